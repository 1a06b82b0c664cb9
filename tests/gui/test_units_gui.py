"""The units in the app: the unit selector, the Per onderdeel chart, the scores grid per unit,
the units editor and undo of every unit command."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gui.charts.ranking import RankingChart
from gui.main_window import MainWindow
from gui.settings import Settings
from gui.units.chart import UnitsChart
from gui.units.editor import UnitsEditor
from gui.views.scores import ScoresView
from model.commands import SetWeight
from model.io import load_case_data
from tests.gui.conftest import make_window
from tests.gui.units_demo import demo_data


@pytest.fixture
def uwindow(qtbot: Any, tmp_path: Path, settings: Settings) -> Iterator[MainWindow]:
    case, _ = load_case_data(demo_data())
    w = make_window(qtbot, tmp_path, case, settings, views=("ranking", "onderdelen", "eenheden"))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def choose_unit(window: MainWindow, unit: str | None) -> None:
    combo = window.unit_selector.combo
    index = combo.findData(unit)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def shown(qtbot: Any, window: MainWindow, name: str) -> Any:
    window.show_view(name)
    view = window.view(name)
    qtbot.waitUntil(lambda: not getattr(view, "_stale", False))
    return view


def test_selector_lists_the_units_and_sets_the_session(uwindow: MainWindow) -> None:
    combo = uwindow.unit_selector.combo
    assert combo.itemText(0) == "All units (case-wide)"
    assert [combo.itemData(k) for k in range(1, combo.count())] == list(
        uwindow.session.case.unit_ids
    )
    assert uwindow.unit_selector.action is not None and uwindow.unit_selector.action.isVisible()
    choose_unit(uwindow, "handhaving")
    assert uwindow.session.unit_id == "handhaving"
    choose_unit(uwindow, None)
    assert uwindow.session.unit_id is None


def test_switching_unit_updates_the_charts(qtbot: Any, uwindow: MainWindow) -> None:
    ranking = shown(qtbot, uwindow, "ranking")
    assert isinstance(ranking, RankingChart)
    assert "rzm" in ranking.evaluation.option_ids
    choose_unit(uwindow, "handhaving")  # excludes rzm
    qtbot.waitUntil(lambda: "rzm" not in ranking.evaluation.option_ids)
    choose_unit(uwindow, "facilitaire-zaken")  # its own scores put pso first
    qtbot.waitUntil(lambda: "rzm" in ranking.evaluation.option_ids)
    assert ranking.evaluation.ranking[0] == "pso"
    choose_unit(uwindow, None)
    qtbot.waitUntil(lambda: ranking.evaluation.ranking[0] == "centrum")


def test_switching_unit_updates_the_grid(qtbot: Any, uwindow: MainWindow) -> None:
    view = shown(qtbot, uwindow, "scores")
    assert isinstance(view, ScoresView)
    model = view.model
    cell = model.index_of("centrum", "continuiteit")
    wide = uwindow.session.case.score_by_pair[("centrum", "continuiteit")]
    assert cell.data() == wide.value
    choose_unit(uwindow, "informatisering")
    assert model.unit == "informatisering"
    assert cell.data() == "● ++ ≈"  # its own score, an estimate
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Own score of Informatisering" in tip and f"case-wide score {wide.value}" in tip
    assert "estimate" in tip
    hindsight = model.index_of("pso", "kwetsbaarheid")
    assert hindsight.data().endswith("†") and "2021-03" in hindsight.data(
        Qt.ItemDataRole.ToolTipRole
    )
    choose_unit(uwindow, "handhaving")
    column = uwindow.session.case.option_ids.index("rzm")
    rzm = model.index(0, column)
    assert not model.flags(rzm) & Qt.ItemFlag.ItemIsEditable
    assert "handhaven" in model.headerData(
        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert model.data(rzm, Qt.ItemDataRole.BackgroundRole).color().name() == "#e0e0e0"


def test_editing_in_a_unit_gives_it_an_own_score_and_reset_goes_back(
    qtbot: Any, uwindow: MainWindow
) -> None:
    view = shown(qtbot, uwindow, "scores")
    choose_unit(uwindow, "communicatie")
    before = uwindow.session.case
    cell = view.model.index_of("rzm", "btw")
    new = "+"  # within the range it starts from (the case-wide score: 0, from - to +)
    assert view.model.setData(cell, new)
    case = uwindow.session.case
    own = case.unit_scores["communicatie"][("rzm", "btw")]
    assert (
        own.value == new
        and case.score_by_pair[("rzm", "btw")] == before.score_by_pair[("rzm", "btw")]
    )
    assert own.rationale == before.score_by_pair[("rzm", "btw")].rationale  # starts from it
    # the editor offers the way back to the case-wide score
    view.select("rzm", "btw")
    assert view.editor.reset_button.isVisibleTo(view.editor)
    assert "case-wide score is" in view.editor.unit_note.text()
    qtbot.mouseClick(view.editor.reset_button, Qt.MouseButton.LeftButton)
    assert ("rzm", "btw") not in uwindow.session.case.unit_scores.get("communicatie", {})
    assert uwindow.session.case == before
    uwindow.undo_stack.undo()  # undo the reset: the own score is back
    assert uwindow.session.case.unit_scores["communicatie"][("rzm", "btw")].value == new
    uwindow.undo_stack.undo()
    assert uwindow.session.case == before
    # Delete on a cell without an own score does not touch the case-wide score
    assert not view.model.clear(cell)
    assert uwindow.session.case == before


def test_estimate_and_source_date_are_edited_in_the_cell_editor(
    qtbot: Any, uwindow: MainWindow
) -> None:
    view = shown(qtbot, uwindow, "scores")
    view.select("pso", "btw")
    view.editor.estimate.setChecked(True)
    assert uwindow.session.case.score_by_pair[("pso", "btw")].estimate
    view.editor.source_date.setText("2022")
    view.editor.source_date.editingFinished.emit()
    score = uwindow.session.case.score_by_pair[("pso", "btw")]
    assert score.source_date == "2022"
    assert view.model.index_of("pso", "btw").data().endswith("≈ †")
    view.editor.source_date.setText("2022-13")
    view.editor.source_date.editingFinished.emit()
    assert uwindow.session.case.score_by_pair[("pso", "btw")].source_date == "2022"


def test_units_chart_marks_best_exclusions_and_follows_weights(
    qtbot: Any, uwindow: MainWindow
) -> None:
    chart = shown(qtbot, uwindow, "onderdelen")
    assert isinstance(chart, UnitsChart)
    assert chart.empty_message is None and chart.result is not None
    case = uwindow.session.case
    n_o = len(case.options)
    fz = case.unit_ids.index("facilitaire-zaken")
    assert chart.cell_labels[fz * n_o + 0].toPlainText().startswith("★")  # pso is its best
    hh = case.unit_ids.index("handhaving")
    rzm = case.option_ids.index("rzm")
    assert chart.cell_labels[hh * n_o + rzm].toPlainText() == "—"
    assert "handhaven" in chart.tooltip_text(hh, rzm)
    assert chart.portfolios_text().count("form") >= 2
    first = chart.result.portfolios[0].value
    updates = chart.updates
    profile = uwindow.session.profile_id
    uwindow.push(SetWeight(profile_id=profile, node="financien", value=80))
    qtbot.waitUntil(lambda: chart.updates > updates)
    assert chart.result.portfolios[0].value != first
    assert chart.result.uniformity_cost is not None and chart.result.uniformity_cost >= 0


def test_units_chart_without_units_says_what_to_do(qtbot: Any) -> None:
    import json

    from gui.catalogue import spec
    from gui.host import StandaloneHost
    from model.session import Session
    from tests.gui.units_demo import FROZEN

    case, _ = load_case_data(json.loads(FROZEN.read_text(encoding="utf-8")))
    assert case.units is None
    chart = spec("onderdelen").make(StandaloneHost(Session(case), "en"))
    qtbot.addWidget(chart)
    chart.show()
    chart.refresh()
    assert chart.empty_message is not None and "no units" in chart.empty_message


def _editor(qtbot: Any, window: MainWindow) -> UnitsEditor:
    view = shown(qtbot, window, "eenheden")
    assert isinstance(view, UnitsEditor)
    return view


def test_every_unit_command_from_the_editor_is_undone(
    qtbot: Any, uwindow: MainWindow, dialogs: Any
) -> None:
    editor = _editor(qtbot, uwindow)
    session = uwindow.session
    steps = [
        lambda: editor.add("Burgerzaken", 7),
        lambda: editor.rename("p-o", "Personeel en Organisatie"),
        lambda: editor.set_size("communicatie", 10.5),
        lambda: editor.set_exclusion("communicatie", "bestuurlijke-fusie", "Te zwaar."),
        lambda: editor.set_exclusion("handhaving", "rzm", None),
        lambda: editor.remove("informatisering"),  # has own scores: asks first
        lambda: editor.set_as_of("2019"),
        lambda: editor.set_epilogue("Anders besloten."),
    ]
    cases = [session.case]
    for step in steps:
        assert step()
        assert session.case != cases[-1]
        cases.append(session.case)
    assert "burgerzaken" in session.case.unit_ids
    assert session.case.unit("p-o").name == "Personeel en Organisatie"
    assert session.case.unit("communicatie").size == 10.5
    assert "informatisering" not in session.case.unit_ids
    assert all(s.unit != "informatisering" for s in session.case.scores)
    assert any("score(s) of its own" in t for t in dialogs.texts("question"))
    history = uwindow.document.history() if uwindow.document else []
    assert [e.kind for e in history][-len(steps) :] == [
        "AddUnit", "SetUnit", "SetUnit", "SetExclusion", "SetExclusion", "RemoveUnit",
        "SetAsOf", "SetEpilogue",
    ]  # fmt: skip
    for expected in reversed(cases[:-1]):
        uwindow.undo_stack.undo()
        assert session.case == expected
    assert len(session.case.unit_scores["informatisering"]) == len(
        cases[0].unit_scores["informatisering"]
    )
    for expected in cases[1:]:
        uwindow.undo_stack.redo()
        assert session.case == expected


def test_remove_asks_and_no_keeps_the_unit(qtbot: Any, uwindow: MainWindow, dialogs: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    editor = _editor(qtbot, uwindow)
    dialogs.answer = QMessageBox.StandardButton.No
    assert not editor.remove("informatisering")
    assert "informatisering" in uwindow.session.case.unit_ids
    assert editor.remove("communicatie")  # no own scores: no question
    assert "communicatie" not in uwindow.session.case.unit_ids


def test_exclusion_needs_a_reason_and_the_table_edits_it(qtbot: Any, uwindow: MainWindow) -> None:
    editor = _editor(qtbot, uwindow)
    editor.list.setCurrentRow(uwindow.session.case.unit_ids.index("communicatie"))
    assert editor.current_unit() == "communicatie"
    asked: list[str] = []

    def answer(title: str, label: str, default: str) -> str | None:
        asked.append(label)
        return "Geen mandaat."

    editor.ask_text = answer
    row = uwindow.session.case.option_ids.index("pso")
    editor.exclusions.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert asked and "Communicatie" in asked[0]
    assert uwindow.session.case.unit("communicatie").reason_for("pso") == "Geen mandaat."
    editor.exclusions.item(row, 1).setText("Andere reden.")
    assert uwindow.session.case.unit("communicatie").reason_for("pso") == "Andere reden."
    assert not editor.set_exclusion("communicatie", "rzm", "  ")
    assert uwindow.session.case.unit("communicatie").reason_for("rzm") is None
    editor.exclusions.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert uwindow.session.case.unit("communicatie").reason_for("pso") is None


def test_hindsight_toggle_is_a_what_if(qtbot: Any, uwindow: MainWindow) -> None:
    toggle = uwindow.unit_selector.hindsight
    assert toggle.isVisibleTo(uwindow.unit_selector)
    choose_unit(uwindow, "informatisering")
    ranking = shown(qtbot, uwindow, "ranking")
    ranking.refresh()  # drawn for Informatisering now
    before = dict(ranking.evaluation.values)
    case = uwindow.session.case
    toggle.setChecked(True)
    assert uwindow.session.without_hindsight
    qtbot.waitUntil(lambda: ranking.evaluation.values != before)
    assert uwindow.session.case is case  # the case itself does not change
    toggle.setChecked(False)
    qtbot.waitUntil(lambda: ranking.evaluation.values == pytest.approx(before))


def test_estimates_read_as_such_in_chart_tooltips() -> None:
    from gui.charts.common import score_label
    from model.unit_view import analysis_case

    case, _ = load_case_data(demo_data())
    team = analysis_case(case, "informatisering")
    assert score_label(team, "bvo", "kwetsbaarheid", "nl") == "++ ≈"  # its own estimate
    assert not score_label(case, "bvo", "kwetsbaarheid", "nl").endswith("≈")


def test_selector_follows_a_renamed_unit_and_ignores_a_weight_step(uwindow: MainWindow) -> None:
    from model.unit_commands import SetUnit

    combo = uwindow.unit_selector.combo
    rebuilt: list[int] = []
    combo.model().rowsRemoved.connect(lambda *_: rebuilt.append(1))
    case = uwindow.session.case
    node = case.criteria[0].id
    assert uwindow.push(SetWeight(profile_id=uwindow.session.profile_id, node=node, value=12))
    assert rebuilt == []  # a weight leaves the units and the hindsight alone
    unit = case.units[0]  # type: ignore[index]
    assert uwindow.push(SetUnit(unit_id=unit.id, unit=unit.replace(name="Nieuwe naam")))
    assert rebuilt
    assert combo.itemText(combo.findData(unit.id)) == "Nieuwe naam"


def test_column_heads_break_long_words_at_dutch_syllables(qtbot: Any, uwindow: MainWindow) -> None:
    from PySide6.QtGui import QFontMetrics

    chart = shown(qtbot, uwindow, "onderdelen")
    assert isinstance(chart, UnitsChart)
    fm = QFontMetrics(chart.theme.font(chart.note_px))
    name = "Bedrijfsvoeringsorganisatie (BVO)"
    width = fm.horizontalAdvance("Bedrijfsvoerings-") + 4  # the long word cannot stand whole
    lines = chart._wrapped(name, width, 4).split("\n")
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
    assert "…" not in "".join(lines)  # it fits in four lines: nothing is cut
    assert lines[0].endswith("-")  # broken where Dutch breaks it, with a hyphen
    text = lines[0]
    for line in lines[1:]:  # a syllable break joins without a space, a word break with one
        text = text[:-1] + line if text.endswith("-") else f"{text} {line}"
    assert text == name

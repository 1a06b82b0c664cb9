"""History view: the audit trail, and snapshots taken, compared and restored (undoable)."""

from __future__ import annotations

from typing import Any

from gui.main_window import MainWindow
from gui.views.history import HistoryView
from model.commands import edit_score


def history(window: MainWindow) -> HistoryView:
    view = window.view("geschiedenis")
    assert isinstance(view, HistoryView)
    window.show_view("geschiedenis")
    return view


def test_models_pass_qtmodeltester(window: MainWindow, qtmodeltester: Any) -> None:
    view = history(window)
    window.push(edit_score(window.session.case, "pso", "btw", value="--"))
    view.take_snapshot("een")
    assert window.push(edit_score(window.session.case, "pso", "btw", rationale="Anders"))
    view.select_snapshots("een")
    assert view.compare_selected()
    for model in (view.history_model, view.snapshot_model, view.diff_model):
        qtmodeltester.check(model, force_py=True)


def test_an_edit_appears_in_the_trail_with_author_and_names(window: MainWindow) -> None:
    view = history(window)
    assert view.history_model.rowCount() == 0
    window.push(edit_score(window.session.case, "pso", "btw", rationale="Nieuwe onderbouwing"))
    m = view.history_model
    assert m.rowCount() == 1
    assert m.index(0, 1).data() == "tester"
    case = window.session.case
    pair = f"{case.option('pso').name} · {case.node_by_id['btw'].name}"
    assert m.index(0, 2).data() == f"Rationale changed: {pair}"
    assert m.index(0, 3).data().endswith("→ Nieuwe onderbouwing")
    assert window.action_undo.text() == "&Undo: Change rationale"
    window.undo_stack.undo()  # the undo is recorded too: the trail is the audit
    assert m.rowCount() == 2


def test_labels_numbers_and_the_filter(window: MainWindow) -> None:
    from model.commands import SetWeight

    view = history(window)
    case = window.session.case
    window.push(edit_score(case, "pso", "btw", source="Rekenkamer 2024"))
    window.push(edit_score(window.session.case, "pso", "btw", value="--"))
    window.push(SetWeight(profile_id="raad-heemstede", node="financien", value=45))
    m = view.history_model
    labels = [m.index(r, 2).data() for r in range(m.rowCount())]
    assert labels[0].startswith("Weight changed: ") and labels[1].startswith("Score changed: ")
    assert labels[2].startswith("Source changed: ")
    assert m.index(0, 3).data().endswith("→ 45")  # not 45.0
    assert ".0" not in m.index(0, 3).data()
    combo = view.filter_combo
    combo.setCurrentIndex(combo.findData("texts"))
    assert [m.index(r, 2).data() for r in range(m.rowCount())] == [labels[2]]
    combo.setCurrentIndex(combo.findData("weights"))
    assert m.rowCount() == 1
    combo.setCurrentIndex(combo.findData(""))
    assert m.rowCount() == 3


def test_take_compare_and_restore_a_snapshot(window: MainWindow) -> None:
    view = history(window)
    original = window.session.case
    assert view.take_snapshot("voor de workshop")
    assert view.snapshot_model.rowCount() == 1
    assert window.push(edit_score(window.session.case, "pso", "btw", rationale="Gewijzigd"))
    view.select_snapshots("voor de workshop")
    assert view.restore_button.isEnabled()
    assert view.compare_selected()
    cells = [
        [view.diff_model.index(r, c).data() for c in range(5)]
        for r in range(view.diff_model.rowCount())
    ]
    name = original.option("pso").name
    assert any(row[0] == "Score" and name in row[1] and "Gewijzigd" in row[4] for row in cells)
    assert all("pso" not in row[1] for row in cells)
    assert any(row[2] == "rationale" for row in cells)
    assert view.restore_selected()
    assert window.session.case == original
    assert "Restore snapshot" in window.action_undo.text()
    window.undo_stack.undo()
    assert window.session.case.score_by_pair[("pso", "btw")].rationale == "Gewijzigd"


def test_snapshot_names_are_checked(window: MainWindow, dialogs: Any) -> None:
    view = history(window)
    assert view.take_snapshot("a")
    assert not view.take_snapshot("a")
    assert not view.take_snapshot("   ")
    assert len(dialogs.texts("warning")) == 2
    assert view.snapshot_model.rowCount() == 1


def test_compare_two_snapshots(window: MainWindow) -> None:
    view = history(window)
    view.take_snapshot("een")
    assert window.push(edit_score(window.session.case, "rzm", "btw", source="Nota 2024"))
    view.take_snapshot("twee")
    view.select_snapshots("een", "twee")
    assert view.compare_selected()
    assert view.diff_model.rowCount() >= 1
    assert "een" in view.diff_title.text() and "twee" in view.diff_title.text()

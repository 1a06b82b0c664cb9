"""Profiles stay true in the window: a slider makes a marked workshop copy; back, difference,
save as new, overwrite; undo covers every step (the issue's "done when" in the real window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gui.main_window import MainWindow
from gui.settings import Settings
from gui.weights import WeightsPanel
from gui.weights.workshop import DifferenceDialog
from tests.gui.conftest import make_window

BASE = "raad-heemstede"
COPY = "raad-heemstede-aangepast"


@pytest.fixture
def main(qtbot: Any, tmp_path: Path, default_case: Any) -> MainWindow:
    w = make_window(
        qtbot,
        tmp_path,
        default_case,
        Settings(tmp_path / "s.ini"),
        views=("gewichten", "ranking", "sensitivity"),
        lang="en",
    )
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.session.profile_id = BASE
    return w


def _panel(main: MainWindow) -> WeightsPanel:
    panel = main.view("gewichten")
    assert isinstance(panel, WeightsPanel)
    return panel


def _drag(panel: WeightsPanel, node: str, *values: int) -> None:
    slider = panel.row(node).slider
    slider.setSliderDown(True)
    for v in values:
        slider.setValue(v)
    slider.setSliderDown(False)


def test_a_drag_works_on_a_marked_copy_and_the_adopted_profile_stays(main: MainWindow) -> None:
    panel = _panel(main)
    adopted = main.session.case.profile(BASE)
    bar = panel.workshop
    assert "Adopted profile" in bar.state.text() and bar.diff_button.isHidden()
    _drag(panel, "vorm", 40, 60, 70)
    case = main.session.case
    assert main.session.profile_id == COPY
    assert case.profile(BASE) == adopted
    copy = case.profile(COPY)
    assert copy.name == f"{adopted.name} — adjusted"
    assert adopted.name in (copy.description or "")
    assert copy.weights is not None and copy.weights["vorm"] == 70
    # the toolbar, the panel and the description say which profile is shown
    assert main.profile_combo.currentText() == copy.name
    assert "Workshop copy" in bar.state.text()
    assert not bar.back_button.isHidden() and not bar.diff_button.isHidden()
    assert panel.description.toPlainText() == copy.description
    # the charts draw the copy
    chart = main.view("ranking")
    main.show_view("ranking")
    chart.refresh()
    assert chart.evaluation.profile == COPY


def test_difference_back_and_save_as_new(main: MainWindow, qtbot: Any) -> None:
    panel, bar = _panel(main), _panel(main).workshop
    loaded = main.session.case
    _drag(panel, "vorm", 70)
    dialog = bar.difference()
    assert isinstance(dialog, DifferenceDialog)
    rows = dialog.rows()
    names = [r[0] for r in rows]
    assert main.session.case.node_by_id["vorm"].name in names
    assert all(r[3].startswith(("+", "-")) for r in rows)
    dialog.close()

    assert bar.back_to_base()
    assert main.session.profile_id == BASE
    assert COPY in [p.id for p in main.session.case.profiles]  # the room's weights are kept
    assert not bar.to_copy_button.isHidden()

    bar.ask_name = lambda suggestion: "Workshop 3 juni"  # type: ignore[method-assign]
    bar._on_q_save()
    case = main.session.case
    assert main.session.profile_id == "workshop-3-juni"
    assert case.profile("workshop-3-juni").name == "Workshop 3 juni"
    assert case.profile("workshop-3-juni").weights["vorm"] == 70  # type: ignore[index]
    assert COPY not in [p.id for p in case.profiles]
    # now an adopted profile itself: the next move makes its own copy
    _drag(panel, "vorm", 10)
    assert main.session.profile_id == "workshop-3-juni-aangepast"
    # undo every step: the document is back as loaded
    while main.undo_stack.canUndo():
        main.undo_stack.undo()
    assert main.session.case.profiles == loaded.profiles


def test_overwrite_asks_first_and_is_one_undo_step(main: MainWindow) -> None:
    panel, bar = _panel(main), _panel(main).workshop
    adopted = main.session.case.profile(BASE)
    _drag(panel, "vorm", 5)
    asked: list[str] = []
    bar.confirm = lambda text: asked.append(text) or False  # type: ignore[method-assign]
    assert not bar.overwrite()
    assert main.session.case.profile(BASE) == adopted
    bar.confirm = lambda text: True  # type: ignore[method-assign]
    steps = main.undo_stack.count()
    assert bar.overwrite()
    case = main.session.case
    assert main.undo_stack.count() == steps + 1
    assert main.session.profile_id == BASE
    assert case.profile(BASE).name == adopted.name
    assert case.profile(BASE).weights["vorm"] == 5  # type: ignore[index]
    assert COPY not in [p.id for p in case.profiles]
    assert asked and adopted.name in asked[0]
    main.undo_stack.undo()
    assert main.session.case.profile(BASE) == adopted
    assert main.session.case.profile(COPY).weights["vorm"] == 5  # type: ignore[index]


def test_presentation_r_goes_back_to_the_adopted_profile(main: MainWindow, qtbot: Any) -> None:
    from gui.charts.presentation import PresentationWindow

    _drag(_panel(main), "vorm", 90)
    pres = PresentationWindow(main)
    qtbot.addWidget(pres)
    assert pres.profile_label.text().endswith("— adjusted")
    assert pres.reset_weights()
    assert main.session.profile_id == BASE
    assert pres.profile_label.text() == main.session.case.profile(BASE).name
    pres.close()

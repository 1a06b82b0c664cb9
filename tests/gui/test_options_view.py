"""Options view: edit in place, add, remove (with confirmation), reorder, colour; undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from gui.main_window import MainWindow
from gui.views.options import OptionsView
from model.commands import SetOption


def options(window: MainWindow) -> OptionsView:
    view = window.view("opties")
    assert isinstance(view, OptionsView)
    window.show_view("opties")
    return view


def test_options_model_passes_qtmodeltester(window: MainWindow, qtmodeltester: Any) -> None:
    qtmodeltester.check(options(window).model, force_py=True)


def test_model_change_shows(window: MainWindow) -> None:
    view = options(window)
    o = window.session.case.options[0]
    window.session.apply(SetOption(option_id=o.id, option=o.replace(name="<b>Nieuw</b>")))
    assert view.model.index(0, 0).data() == "<b>Nieuw</b>"
    assert "&lt;b&gt;" in view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_rename_in_place_and_undo(window: MainWindow) -> None:
    view = options(window)
    old = window.session.case.options[1]
    assert view.model.setData(view.model.index(1, 1), "Art. 1 Wgr")
    assert window.session.case.options[1].legal_basis == "Art. 1 Wgr"
    assert not view.model.setData(view.model.index(1, 0), "   ")  # a name is required
    window.undo_stack.undo()
    assert window.session.case.options[1] == old


def test_add_move_colour_remove(window: MainWindow, dialogs: Any) -> None:
    view = options(window)
    start = window.session.case
    assert view.add_option()
    assert len(window.session.case.options) == len(start.options) + 1
    new = window.session.case.options[-1]
    assert view.move_selected(-1)
    assert window.session.case.options[-2].id == new.id
    assert view.choose_color(QColor("#123456"))
    assert window.session.case.option(new.id).color == "#123456"
    assert view.remove_selected()  # no scores: no question asked
    assert new.id not in window.session.case.option_ids
    assert not dialogs.texts("question")
    for _ in range(4):
        window.undo_stack.undo()
    assert window.session.case == start


def test_removing_an_option_with_scores_asks_first(window: MainWindow, dialogs: Any) -> None:
    view = options(window)
    view.select_row(0)
    dialogs.answer = QMessageBox.StandardButton.No
    assert not view.remove_selected()
    assert "pso" in window.session.case.option_ids
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert view.remove_selected()
    assert "pso" not in window.session.case.option_ids
    assert not any(s.option == "pso" for s in window.session.case.scores)
    window.undo_stack.undo()
    assert window.session.case.score_by_pair[("pso", "btw")]

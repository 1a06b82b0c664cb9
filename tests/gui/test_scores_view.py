"""Scores view: the matrix model, spreadsheet keys, and the cell editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox

from gui.main_window import MainWindow
from gui.views.scores import ScoresView, ScoreTableModel, parse_raw
from model.case import Criterion, Scale
from model.commands import AddCriterion, SetScore, edit_score


def scores(window: MainWindow) -> ScoresView:
    view = window.view("scores")
    assert isinstance(view, ScoresView)
    window.show_view("scores")
    return view


def test_score_model_passes_qtmodeltester(window: MainWindow, qtmodeltester: Any) -> None:
    qtmodeltester.check(scores(window).model, force_py=True)


def test_model_change_shows_in_the_matrix_and_the_editor(window: MainWindow) -> None:
    view = scores(window)
    view.select("pso", "btw")
    index = view.model.index_of("pso", "btw")
    window.session.apply(
        edit_score(window.session.case, "pso", "btw", value="--", rationale="Nieuw <b>argument</b>")
    )
    assert index.data(Qt.ItemDataRole.EditRole) == "--"
    assert index.data() == "--"
    assert index.data(ScoreTableModel.ValueRole) == 0
    assert "&lt;b&gt;argument&lt;/b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert view.editor.rationale.toPlainText() == "Nieuw <b>argument</b>"
    assert view.editor.fields["value"].currentText() == "--"


def test_missing_score_is_marked(window: MainWindow) -> None:
    view = scores(window)
    window.session.apply(SetScore(option="pso", criterion="btw", score=None))
    index = view.model.index_of("pso", "btw")
    assert index.data() == "—"
    brush = index.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.style() == Qt.BrushStyle.BDiagPattern


def test_typing_a_level_and_enter_changes_the_score_and_moves_down(
    window: MainWindow, qtbot: Any
) -> None:
    view = scores(window)
    before = window.session.case.score_by_pair[("pso", "btw")]
    view.select("pso", "btw")
    view.table.setFocus()
    qtbot.keyClicks(view.table, "-")
    editor = view.table.viewport().findChild(QComboBox).lineEdit()
    assert editor.text() == "-"  # the key that started editing is in the editor
    qtbot.keyClicks(editor, "-")
    assert editor.text() == "--"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)
    after = window.session.case.score_by_pair[("pso", "btw")]
    assert after.value == "--"
    assert after.rationale == before.rationale  # only the value changed
    assert view.model.pair(view.table.currentIndex()) == ("pso", "prijs-kwaliteit")
    window.undo_stack.undo()
    assert window.session.case.score_by_pair[("pso", "btw")] == before


def test_an_unknown_level_is_refused_with_one_message(window: MainWindow, dialogs: Any) -> None:
    view = scores(window)
    case = window.session.case
    assert not view.model.setData(view.model.index_of("pso", "btw"), "heel goed")
    assert window.session.case is case
    bubble = view.table.refusal_bubble
    assert bubble.isVisibleTo(view) and "heel goed" in bubble.text()
    assert not dialogs.shown


def test_a_refused_value_stays_at_the_cell_in_dutch_and_esc_restores(
    window: MainWindow, qtbot: Any, dialogs: Any
) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox

    from gui import i18n

    i18n.install(QApplication.instance(), "nl")
    view = scores(window)
    case = window.session.case
    window.activateWindow()
    view.select("pso", "btw")  # range -- to 0 around "-"
    index = view.table.currentIndex()
    view.table.setFocus()
    qtbot.keyClicks(view.table, "+")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentText() == "+"  # still editing
    assert view.table.currentIndex() == index  # the cursor did not move down
    bubble = view.table.refusal_bubble
    option, crit = case.option("pso").name, case.node_by_id["btw"].name
    assert bubble.isVisibleTo(view)
    assert (
        bubble.text() == f"Score van {option} op {crit}: + ligt buiten de bandbreedte (-- tot 0)."
    )
    assert window.session.case is case and not dialogs.shown
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not bubble.isVisibleTo(view)
    assert view.model.index_of("pso", "btw").data() == "-"
    assert window.session.case is case


def test_delete_clears_and_undo_restores(window: MainWindow, qtbot: Any) -> None:
    view = scores(window)
    before = window.session.case.score_by_pair[("rzm", "btw")]
    view.select("rzm", "btw")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert ("rzm", "btw") not in window.session.case.score_by_pair
    window.undo_stack.undo()
    assert window.session.case.score_by_pair[("rzm", "btw")] == before


def test_editor_rationale_source_and_range(window: MainWindow, qtbot: Any) -> None:
    view = scores(window)
    view.select("centrum", "btw")
    before = window.session.case.score_by_pair[("centrum", "btw")]
    editor = view.editor
    editor.rationale.setPlainText("Regel één\nRegel twee")
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (
        window.session.case.score_by_pair[("centrum", "btw")].rationale == "Regel één\nRegel twee"
    )
    editor.source.setText("Raadsvoorstel 2019")
    editor.source.editingFinished.emit()
    editor.fields["low"].setCurrentText("--")
    editor.fields["low"].lineEdit().editingFinished.emit()
    after = window.session.case.score_by_pair[("centrum", "btw")]
    assert (after.source, after.low) == ("Raadsvoorstel 2019", "--")
    assert window.undo_stack.count() == 3
    for _ in range(3):
        window.undo_stack.undo()
    assert window.session.case.score_by_pair[("centrum", "btw")] == before


def test_editor_refuses_a_range_above_the_value(window: MainWindow) -> None:
    view = scores(window)
    view.select("centrum", "btw")
    case = window.session.case
    value = case.score_by_pair[("centrum", "btw")].value
    assert value != "++"
    view.editor.fields["low"].setCurrentText("++")
    view.editor.fields["low"].lineEdit().editingFinished.emit()
    assert window.session.case is case
    assert "Centrumregeling" in view.editor.message.text()


def test_numbers_in_either_notation(window: MainWindow) -> None:
    leaf = Criterion(
        id="kosten", name="Kosten", scale=Scale(kind="numeric", worst=100, best=0, unit="k€")
    )
    window.session.apply(AddCriterion(parent="financien", criterion=leaf))
    case = window.session.case
    assert parse_raw(case, "pso", "kosten", "12.5") == (12.5, None)
    assert parse_raw(case, "pso", "kosten", "40") == (40, None)
    value, error = parse_raw(case, "pso", "kosten", "veel")
    assert value is None and "veel" in (error or "")
    value, error = parse_raw(case, "pso", "kosten", "250")
    assert value is None and "250" in (error or "")
    view = scores(window)
    assert view.model.setData(view.model.index_of("pso", "kosten"), "40")
    assert window.session.case.score_by_pair[("pso", "kosten")].value == 40


def test_ctrl_z_in_the_rationale_field_undoes_in_the_document(
    window: MainWindow, qtbot: Any
) -> None:
    view = scores(window)
    view.select("centrum", "btw")
    editor = view.editor
    before = window.session.case.score_by_pair[("centrum", "btw")]
    window.activateWindow()
    editor.rationale.setFocus()
    editor.rationale.selectAll()
    qtbot.keyClicks(editor.rationale, "Nieuwe onderbouwing")
    # while typing, Ctrl+Z undoes the typing (the field's own undo), nothing is stored yet
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.case.score_by_pair[("centrum", "btw")] == before
    qtbot.keyClicks(editor.rationale, "Nieuwe onderbouwing")
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = window.session.case.score_by_pair[("centrum", "btw")].rationale
    assert stored is not None and stored.endswith("Nieuwe onderbouwing")
    # committed: Ctrl+Z in the same field undoes the document's last step
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.case.score_by_pair[("centrum", "btw")] == before
    assert editor.rationale.toPlainText() == (before.rationale or "")
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.case.score_by_pair[("centrum", "btw")].rationale == stored
    # the source field too
    editor.source.setFocus()
    qtbot.keyClick(editor.source, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.case.score_by_pair[("centrum", "btw")] == before


def test_the_refusal_never_covers_its_cell(window: MainWindow) -> None:
    view = scores(window)
    model = view.model
    for option in ("pso", "rzm", "centrum"):
        index = model.index_of(option, "btw")
        assert not model.setData(index, "heel goed")
        bubble = view.table.refusal_bubble
        assert bubble.isVisibleTo(view)
        assert not bubble.geometry().intersects(view.table.visualRect(index))


def test_ctrl_z_from_any_text_field_with_nothing_of_its_own_to_undo(
    window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QLineEdit

    before = window.session.case
    window.push(edit_score(before, "pso", "btw", value="--"))
    field = QLineEdit(window)  # any text field of the window, e.g. a name freshly shown
    window.statusBar().addWidget(field)
    field.setText("Naam")
    field.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.case == before
    assert field.text() == "Naam"
    qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.case.score_by_pair[("pso", "btw")].value == "--"

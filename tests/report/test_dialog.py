"""Bestand → "Rapport maken…": the preview and the writing, on a stand-in main window."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from model import Case
from model.session import Session

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class FakeWindow(QMainWindow):
    def __init__(self, case: Case) -> None:
        super().__init__()
        self.session = Session(case)
        self.document = None
        self.lang = self.language = "nl"
        self.menus = {"file": self.menuBar().addMenu("Bestand")}
        self.action_close = self.menus["file"].addAction("Sluiten")
        self.messages: list[str] = []

    def status(self, text: str) -> None:
        self.messages.append(text)


@pytest.fixture
def window(qtbot, default_case: Case) -> FakeWindow:  # type: ignore[no-untyped-def]
    w = FakeWindow(default_case)
    qtbot.addWidget(w)
    return w


def test_the_menu_entry_comes_before_close(qtbot, tmp_path, default_case) -> None:  # type: ignore[no-untyped-def]
    from gui.settings import Settings
    from tests.gui.conftest import make_window

    window = make_window(qtbot, tmp_path, default_case, Settings(tmp_path / "s.ini"))
    actions = window.menus["file"].actions()
    assert window.report_action in actions
    assert actions.index(window.report_action) < actions.index(window.action_close)


def test_preview_lists_chapters_and_profiles(qtbot, window: FakeWindow) -> None:  # type: ignore[no-untyped-def]
    from gui.report.dialog import ReportDialog

    dialog = ReportDialog(window, window)
    items = [dialog.section_list.item(k).text() for k in range(dialog.section_list.count())]
    assert items[0] == "1. Inleiding" and "9. Verantwoording" in items
    assert dialog.profile_list.count() == len(window.session.case.profiles)
    dialog.format_box.setCurrentIndex(2)  # Excel: sheets instead of chapters
    assert dialog.section_list.item(2).text() == "3. Scores"
    for k in range(dialog.profile_list.count()):
        dialog.profile_list.item(k).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.save_button.isEnabled()


def test_write_with_chosen_profiles(window: FakeWindow, tmp_path: Path) -> None:
    from gui.report.dialog import ReportDialog

    dialog = ReportDialog(window, window)
    for k in range(1, dialog.profile_list.count()):
        dialog.profile_list.item(k).setCheckState(Qt.CheckState.Unchecked)
    target = dialog.write_to(str(tmp_path / "rapport"))
    assert target == tmp_path / "rapport.docx"
    d = docx.Document(str(target))
    ranking_tables = [t for t in d.tables if t.rows[0].cells[0].text == "Plaats"]
    assert len(ranking_tables) == 1
    assert window.messages and str(target) in window.messages[-1]


def test_refusal_is_one_message(
    window: FakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.report.dialog import ReportDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = ReportDialog(window, window)
    assert dialog.write_to(str(tmp_path / "missing" / "r.docx")) is None
    assert len(shown) == 1 and "bestaat niet" in shown[0]

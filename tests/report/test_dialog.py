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
    assert items[0] == "1. Samenvatting"
    assert any(i.endswith(". Verantwoording") for i in items)
    units = any(i.endswith(". Per onderdeel") for i in items)
    assert units == bool(window.session.case.units)
    assert dialog.profile_list.count() == len(window.session.case.profiles)
    dialog.format_box.setCurrentIndex(2)  # Excel: sheets instead of chapters
    assert dialog.section_list.item(1).text() == "2. Resultaat"
    dialog.format_box.setCurrentIndex(0)
    for k in range(dialog.profile_list.count()):
        dialog.profile_list.item(k).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.save_button.isEnabled()


def test_write_with_chosen_profiles(window: FakeWindow, tmp_path: Path) -> None:
    from gui.report.dialog import ReportDialog

    dialog = ReportDialog(window, window)
    for k in range(1, dialog.profile_list.count()):
        dialog.profile_list.item(k).setCheckState(Qt.CheckState.Unchecked)
    # chapters: only the summary and the options
    for k in range(dialog.section_list.count()):
        item = dialog.section_list.item(k)
        keep = item.data(Qt.ItemDataRole.UserRole) in ("summary", "options")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    assert dialog.chosen_sections() == ["summary", "options"]
    target = dialog.write_to(str(tmp_path / "rapport"))
    assert target == tmp_path / "rapport.docx"
    d = docx.Document(str(target))
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert h1 == ["Samenvatting", "De vraag en de casus", "Opties"]
    first = window.session.case.profiles[0].name
    bullets = [p.text for p in d.paragraphs if p.style.name == "List Bullet"]
    assert sum(1 for b in bullets if b.startswith(first + ":")) == 1
    assert not any(b.startswith(window.session.case.profiles[1].name + ":") for b in bullets)
    assert window.messages and str(target) in window.messages[-1]


def test_the_template_is_chosen_and_remembered(
    window: FakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.report.dialog import ReportDialog
    from gui.settings import Settings
    from tests.report.test_docx import make_template

    template = tmp_path / "huisstijl.dotx"
    make_template(template)
    settings = Settings(tmp_path / "settings.ini")
    dialog = ReportDialog(window, window, settings)
    assert dialog.template is None
    monkeypatch.setattr(
        "gui.report.dialog.QFileDialog.getOpenFileName", lambda *a, **k: (str(template), "")
    )
    dialog.template_button.click()
    assert dialog.template == str(template)
    assert dialog.template_label.text() == "huisstijl.dotx"
    again = ReportDialog(window, window, Settings(tmp_path / "settings.ini"))
    assert again.template == str(template)  # remembered
    target = again.write_to(str(tmp_path / "r.docx"))
    assert target is not None
    d = docx.Document(str(target))
    assert d.sections[0].header.paragraphs[0].text == "Gemeente Voorbeeld – Griffie"
    again.template_clear.click()
    assert Settings(tmp_path / "settings.ini").report_template is None


def test_refusal_is_one_message(
    window: FakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.report.dialog import ReportDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = ReportDialog(window, window)
    assert dialog.write_to(str(tmp_path / "missing" / "r.docx")) is None
    assert len(shown) == 1 and "bestaat niet" in shown[0]

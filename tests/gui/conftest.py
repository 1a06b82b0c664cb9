"""GUI fixtures: a main window on a copy of the default case, in tmp_path, no blocking dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import resources
from gui import plaintext
from gui.catalogue import OWN_VIEWS, VIEWS
from gui.main_window import MainWindow
from gui.settings import Settings
from model.document import Document
from model.io import load_case_file
from model.session import Session
from words import edits

# Qt's offscreen platform says this whenever a QMainWindow with a central widget is shown: a
# limitation of the test platform, not of the app (a real X11/Wayland window does not say it).
# (and "raise()" when a tooltip window is shown)
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"
GUI_TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_TESTS in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class Dialogs:
    """Records every QMessageBox shown; ``answer`` is what ``question`` returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        #: the text format of each dialog built by gui.plaintext (always PlainText)
        self.formats: list[Qt.TextFormat] = []
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for k, t in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def make(kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *args: Any, **kw: Any) -> Any:
            record.shown.append((kind, text))
            if kind == "question":
                return record.answer
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, make(kind))

    def show_box(box: QMessageBox, kind: str) -> Any:
        record.shown.append((kind, box.text()))
        record.formats.append(box.textFormat())
        if kind == "question":
            return record.answer
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(plaintext, "show", show_box)
    return record


@pytest.fixture(autouse=True)
def _restore_language(qapp: QApplication) -> Iterator[None]:
    """Tests that install a language put the app back as it was."""
    before = QLocale()
    words_before = edits.language()
    yield
    from gui import i18n

    edits.use_language(words_before)

    for t in i18n._installed:
        qapp.removeTranslator(t)
    i18n._installed.clear()
    QLocale.setDefault(before)


@pytest.fixture
def default_case() -> Any:
    case, _ = load_case_file(resources.default_case_path())
    return case


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def make_window(
    qtbot: Any,
    tmp_path: Path,
    case: Any,
    settings: Settings,
    *,
    views: tuple[str, ...] = (),
    lang: str = "en",
    name: str = "case.vormkeuze",
) -> MainWindow:
    doc = Document.create(tmp_path / name, case, author="tester")
    session = Session(doc.case, store=doc)
    window = MainWindow(
        session,
        document=doc,
        settings=settings,
        lang=lang,
        views=[v for v in VIEWS if v.name in OWN_VIEWS or v.name in views or views == ("*",)],
        data_dir=tmp_path / "data",
    )
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Settings
) -> Iterator[MainWindow]:
    """The main window (own views only) on a document copy of the default case."""
    w = make_window(qtbot, tmp_path, default_case, settings)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()

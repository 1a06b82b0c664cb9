"""Help inside the app: F1 opens Markdown pages from resources/help in a browser, in Dutch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

import resources
from gui.desk.help import TOPICS, HelpWindow, open_help
from gui.main_window import MainWindow


@pytest.fixture
def no_launcher(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    opened: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def test_f1_opens_the_help_in_the_app(window: MainWindow, qtbot: Any, no_launcher: list) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow, "helpWindow")
    assert isinstance(help_window, HelpWindow) and help_window.isVisible()
    assert help_window.browser.source().toLocalFile().endswith(".md")
    assert no_launcher == []  # nothing handed to the system


def test_the_method_page_in_dutch_has_readable_formulas(
    window: MainWindow, no_launcher: list
) -> None:
    window.lang = "nl"
    help_window = open_help(window, "method")
    text = help_window.browser.toPlainText()
    assert "De methode" in text and "totaalwaarde = gewicht₁ × waarde₁" in text
    for code in ("model/", ".py", "`", "--uniform"):
        assert code not in text
    help_window.browser.show_url(QUrl.fromLocalFile(help_window.browser.source().toLocalFile()))
    # a link to another page opens it inside the browser
    index = resources.path("help", "nl", "index.md")
    help_window.browser.show_url(QUrl.fromLocalFile(str(index)))
    help_window.browser.anchorClicked.emit(QUrl("charts.md"))
    assert help_window.browser.source().toLocalFile().endswith("nl/charts.md")
    help_window.browser.anchorClicked.emit(QUrl("https://example.org"))
    assert help_window.browser.source().toLocalFile().endswith("nl/charts.md")
    assert no_launcher == []


def test_each_topic_opens_its_section(window: MainWindow) -> None:
    window.lang = "en"
    help_window = open_help(window, "sensitivity")
    assert help_window.browser.heading() == "Sensitivity"
    help_window.show_topic("nodig")
    assert help_window.browser.heading() == "What would it take?"
    for topic, (page, _n) in TOPICS.items():
        for lang in ("nl", "en"):
            assert Path(resources.path("help", lang, page)).is_file(), (topic, lang)


def test_every_help_page_exists_in_both_languages_without_code_paths() -> None:
    nl = sorted(p.name for p in Path(resources.path("help", "nl")).glob("*.md"))
    en = sorted(p.name for p in Path(resources.path("help", "en")).glob("*.md"))
    assert nl == en and "index.md" in nl
    for lang in ("nl", "en"):
        for name in nl:
            text = Path(resources.path("help", lang, name)).read_text(encoding="utf-8")
            assert "model/" not in text and ".py" not in text and "docs/" not in text

"""Help inside the app: the user guide and the method, in Dutch and English (F1).

Plain Markdown files in ``resources/help/<nl|en>/`` shown in a :class:`QTextBrowser`: an index,
links between the pages, Back and Forward.  Nothing is handed to the system (no external
links are opened), so help works on any machine.  Each view's "how to read this" line links to
its section (``help_link``); F1 opens the section of the view in front.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import resources
from gui.host import WindowHost
from gui.i18n import translate

#: view name -> (page, number of its second-level heading; 0 = the top of the page)
TOPICS: dict[str, tuple[str, int]] = {
    "index": ("index.md", 0),
    "guide": ("guide.md", 0),
    "method": ("method.md", 0),
    "provisional": ("method.md", 4),
    "ranking": ("charts.md", 1),
    "sensitivity": ("charts.md", 2),
    "headtohead": ("charts.md", 3),
    "radar": ("charts.md", 4),
    "stakeholders": ("charts.md", 5),
    "tradeoff": ("charts.md", 6),
    "robuustheid": ("robustness.md", 1),
    "nodig": ("robustness.md", 2),
    "groep": ("robustness.md", 3),
    "resultaat": ("method.md", 3),
    "scores": ("guide.md", 3),
    "opties": ("guide.md", 2),
    "criteria": ("method.md", 2),
    "geschiedenis": ("guide.md", 7),
    "search": ("guide.md", 5),
}


def help_language(window: QWidget | None = None) -> str:
    """The main window's language; elsewhere (no main window) the system's."""
    if isinstance(window, WindowHost) and window.language in ("nl", "en"):
        return window.language
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def help_folder(lang: str) -> str:
    return str(resources.path("help", lang if lang in ("nl", "en") else "nl"))


def topic_url(topic: str, lang: str) -> QUrl:
    page, section = TOPICS.get(topic, TOPICS["index"])
    url = QUrl.fromLocalFile(f"{help_folder(lang)}/{page}")
    if section:
        url.setFragment(str(section))
    return url


class HelpBrowser(QTextBrowser):
    """Markdown pages from one folder; links stay inside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # every link goes through _on_q_anchor: no system launcher
        self.anchorClicked.connect(self._on_q_anchor)

    def show_url(self, url: QUrl) -> None:
        section = url.fragment()
        page = QUrl(url)
        page.setFragment("")
        if page != self.source():
            self.setSource(page, QTextDocument.ResourceType.MarkdownResource)
        self.scroll_to_section(int(section) if section.isdigit() else 0)

    def _on_q_anchor(self, url: QUrl) -> None:
        target = self.source().resolved(url) if url.isRelative() else url
        if target.isLocalFile() and target.toLocalFile().endswith(".md"):
            self.show_url(target)  # other links (web addresses) are not followed

    def scroll_to_section(self, number: int) -> None:
        """Put the ``number``-th second-level heading at the top (0: the page's top)."""
        doc = self.document()
        block = doc.begin()
        seen = 0
        target = doc.begin()
        while number and block.isValid():
            if block.blockFormat().headingLevel() == 2:
                seen += 1
                if seen == number:
                    target = block
                    break
            block = block.next()
        cursor = QTextCursor(doc.lastBlock())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()  # scroll to the end first, so the heading can come to the top
        self.setTextCursor(QTextCursor(target))
        self.ensureCursorVisible()
        if target == doc.begin():
            self.verticalScrollBar().setValue(0)

    def heading(self) -> str:
        """The heading of the section shown at the top (tests, window title)."""
        return self.textCursor().block().text()


class HelpWindow(QDialog):
    """The help browser: Contents, Back, Forward, and the page."""

    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setModal(False)
        self.lang = lang
        self.setWindowTitle(translate("Help", "Vormkeuze help"))
        self.browser = HelpBrowser(self)
        self.contents = QPushButton(translate("Help", "Contents"), self)
        self.back = QPushButton(translate("Help", "Back"), self)
        self.forward = QPushButton(translate("Help", "Forward"), self)
        self.contents.clicked.connect(lambda: self.show_topic("index"))
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        row = QHBoxLayout()
        for b in (self.contents, self.back, self.forward):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(760, screen.width() - 40), min(640, screen.height() - 80))

    def show_topic(self, topic: str) -> None:
        self.browser.show_url(topic_url(topic, self.lang))


def current_topic(window: QWidget | None) -> str:
    """The help topic of the view in front of the main window (its name), else the index."""
    if not isinstance(window, WindowHost):
        return "index"
    current = window.tabs.currentWidget()
    for name in window.view_names():
        if window.place(name) is current and name in TOPICS:  # the tab's widget: makes nothing
            return name
    return "index"


def open_help(window: QWidget | None, topic: str | None = None) -> HelpWindow:
    """Show the help window of ``window`` at ``topic`` (the view in front when None).

    ``window`` is the main window, or any window a help link sits in (then the help speaks the
    system's language and opens at ``topic`` or the index)."""
    existing = window.findChild(HelpWindow, "helpWindow") if window is not None else None
    help_window = existing if isinstance(existing, HelpWindow) else None
    if help_window is None:
        help_window = HelpWindow(window, help_language(window))
    help_window.show_topic(topic or current_topic(window))
    help_window.show()
    if QGuiApplication.platformName() != "offscreen":
        help_window.raise_()
    help_window.activateWindow()
    return help_window


def help_link(parent: QWidget, topic: str) -> QLabel:
    """A small "More about this" link for a view's how-to-read line (our own words only)."""
    label = QLabel(parent)
    label.setObjectName("helpLink")
    label.setTextFormat(Qt.TextFormat.RichText)
    text = translate("Help", "How to read this (F1)")
    label.setText(f'<a href="help:{topic}">{_escape(text)}</a>')
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.setToolTip(translate("Help", "Opens the explanation in the help"))
    label.linkActivated.connect(lambda _link: open_help(label.window(), topic))
    return label


def _escape(text: str) -> str:
    import html

    return html.escape(text)

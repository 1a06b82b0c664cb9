"""A document someone else holds: say who, and offer a copy to try things in.

When a document is open elsewhere (a second laptop in the room), it opens read-only.  Instead of
a dialog for every slider move, a bar under the toolbar says who holds it (user, computer, since
when) and offers "Open een kopie om te proberen": a copy of the document (history included) in
the data folder, opened for writing.  A refused edit only says so in the status bar.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from gui.i18n import translate

if TYPE_CHECKING:
    from gui.host import WindowHost
    from model.document import Document


def when_text(value: object) -> str:
    """An ISO moment in the user's locale and local time ("1-12-2026 14:05")."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    day = QDate(moment.year, moment.month, moment.day)
    return f"{QLocale().toString(day, QLocale.FormatType.ShortFormat)} {moment:%H:%M}"


def holder_text(document: Document) -> str:
    """Who holds ``document``, in a sentence (or why it is read-only)."""
    name = Path(document.path).name
    locked = document.locked_by  # None: not held by anyone (the file or its folder is read-only)
    if not isinstance(locked, dict) or not any(locked.values()):
        if locked is None:
            return translate(
                "ReadOnly", "{name} cannot be written here; it is open read-only."
            ).format(name=name)
        return translate("ReadOnly", "{name} is open elsewhere; it is open read-only here.").format(
            name=name
        )
    who = locked.get("author") or translate("ReadOnly", "another user")
    host = locked.get("host")
    since = when_text(locked.get("time"))
    if host and since:
        text = translate(
            "ReadOnly", "{name} is in use by {who} on {host} since {since}; read-only here."
        )
    elif host:
        text = translate("ReadOnly", "{name} is in use by {who} on {host}; read-only here.")
    else:
        text = translate("ReadOnly", "{name} is in use by {who}; read-only here.")
    return text.format(name=name, who=who, host=host, since=since)


class ReadOnlyBar(QToolBar):
    """The bar under the main toolbar while the document is read-only."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(translate("ReadOnly", "Read-only"), host.widget)
        self.setObjectName("readOnlyBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.host = host
        box = QWidget(self)
        box.setObjectName("readOnlyBox")
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box.setStyleSheet(
            "#readOnlyBox { background:#FFF4CE; border:1px solid #E0C060; border-radius:3px; }"
        )
        from PySide6.QtWidgets import QHBoxLayout

        row = QHBoxLayout(box)
        row.setContentsMargins(8, 3, 8, 3)
        self.label = QLabel(box)
        self.label.setObjectName("readOnlyText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.copy_button = QPushButton(translate("ReadOnly", "Open a copy to try things"), box)
        self.copy_button.setObjectName("openCopy")
        self.copy_button.clicked.connect(lambda: open_copy(self.host))
        row.addWidget(self.label, 1)
        row.addWidget(self.copy_button)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(box)


def bar(window: WindowHost) -> ReadOnlyBar:
    existing = window.widget.findChild(ReadOnlyBar, "readOnlyBar")
    if isinstance(existing, ReadOnlyBar):
        return existing
    b = ReadOnlyBar(window)
    window.widget.addToolBarBreak()
    window.widget.addToolBar(b)
    return b


def show_state(window: WindowHost, document: Document) -> None:
    """Show or hide the bar for ``document`` (called whenever a document is opened)."""
    existing = window.widget.findChild(ReadOnlyBar, "readOnlyBar")
    if not document.readonly:
        if isinstance(existing, ReadOnlyBar):
            existing.hide()
        return
    b = bar(window)
    b.label.setText(holder_text(document))
    b.show()


def hide(window: WindowHost) -> None:
    """No bar (a screenshot opens its document read-only on purpose)."""
    existing = window.widget.findChild(ReadOnlyBar, "readOnlyBar")
    if isinstance(existing, ReadOnlyBar):
        existing.hide()


def refuse(window: WindowHost) -> None:
    """An edit on a read-only document: a line in the status bar, never a dialog."""
    window.widget.statusBar().showMessage(
        translate(
            "ReadOnly",
            "Read-only: this change is not kept. Use “Open a copy to try things” to experiment.",
        ),
        6000,
    )


def open_copy(window: WindowHost) -> bool:
    """Copy the read-only document (history included) into the data folder and open the copy."""
    from gui.main_window import unique_path

    document = window.document
    if document is None:
        return False
    stem = Path(document.path).stem + " " + translate("ReadOnly", "(copy)")
    target = unique_path(window.folder(), stem)
    try:
        copy = document.save_as(target)
    except Exception as e:  # shown, never raised
        window.show_open_error(target, e)
        return False
    window.set_document(copy)
    window.status(translate("ReadOnly", "You are working in a copy: {path}").format(path=target))
    return True

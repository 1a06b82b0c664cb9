"""Ctrl+Z from a text field: once its edit is committed, the document's undo stack gets it.

A line or text edit keeps its own undo history and swallows Ctrl+Z, so the main window's Undo
never fires while the cursor is in the Onderbouwing or Bron field.  :class:`UndoKeys` watches a
field: while the field shows what is stored (nothing typed since the last commit), Undo and Redo
go to the document's stack; while the user is typing, the field undoes its own typing first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

UNDO = QKeySequence.StandardKey.Undo
REDO = QKeySequence.StandardKey.Redo

if TYPE_CHECKING:
    from gui.host import WindowHost


def is_redo(event: QKeyEvent) -> bool:
    return event.matches(REDO) or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y")


class UndoKeys(QObject):
    """Event filter: Undo/Redo keys of committed fields go to ``stack()``."""

    def __init__(
        self,
        parent: QObject,
        stack: Callable[[], QUndoStack | None],
        committed: Callable[[QWidget], bool],
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._committed = committed

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        undo, redo = event.matches(UNDO), is_redo(event)
        if not (undo or redo) or not self._committed(watched):
            return False
        stack = self._stack()
        if stack is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to us as a key press, not to the field's own undo
            return True
        if undo and stack.canUndo():
            stack.undo()
        elif redo and stack.canRedo():
            stack.redo()
        return True


def _no_local_undo(widget: QWidget, redo: bool) -> bool:
    """A text field with nothing of its own to undo (or redo): the key is the document's."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, QLineEdit):
        return not (widget.isRedoAvailable() if redo else widget.isUndoAvailable())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        doc = widget.document()
        return not (doc.isRedoAvailable() if redo else doc.isUndoAvailable())
    return False


class WindowUndoKeys(QObject):
    """For every other text field of a window: Ctrl+Z/Ctrl+Y go to the document's stack when
    the field has nothing of its own to undo (a freshly shown name, a committed value)."""

    def __init__(self, window: QWidget, stack: Callable[[], QUndoStack | None]) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self._inner = UndoKeys(self, stack, lambda w: True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        undo, redo = event.matches(UNDO), is_redo(event)
        if not (undo or redo) or watched.window() is not self._window:
            return False
        if not _no_local_undo(watched, redo):
            return False
        return self._inner.eventFilter(watched, event)


def install_window_keys(host: WindowHost) -> WindowUndoKeys:
    """Watch each text field of the window from the first time it takes the focus (a filter on
    that field only: nothing runs for the many other events of the app)."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

    window = host.widget
    keys = WindowUndoKeys(window, lambda: host.undo_stack)
    watched: set[int] = set()

    def on_focus(_old: QWidget | None, new: QWidget | None) -> None:
        if (
            isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit)
            and id(new) not in watched
            and new.window() is window
        ):
            watched.add(id(new))
            new.installEventFilter(keys)

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(on_focus)
        window.destroyed.connect(lambda *_: app.focusChanged.disconnect(on_focus))
    return keys

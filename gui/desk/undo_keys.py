"""Ctrl+Z from a text field: once its edit is committed, the document's undo stack gets it.

A line or text edit keeps its own undo history and swallows Ctrl+Z, so the main window's Undo
never fires while the cursor is in the Onderbouwing or Bron field.  :class:`UndoKeys` watches a
field: while the field shows what is stored (nothing typed since the last commit), Undo and Redo
go to the document's stack; while the user is typing, the field undoes its own typing first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

UNDO = QKeySequence.StandardKey.Undo
REDO = QKeySequence.StandardKey.Redo


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

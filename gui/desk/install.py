"""Hook the desk's tools into the main window: Edit › Search, the view groups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from gui.desk.groups import ViewGroups
    from gui.desk.undo_keys import WindowUndoKeys
    from gui.host import WindowHost


@dataclass(frozen=True)
class Desk:
    """What :func:`install` added to a window (the window keeps it)."""

    search: QAction  # Edit › Search… (Ctrl+F)
    groups: ViewGroups  # Voorbereiden / Afwegen / Verantwoorden
    undo_keys: WindowUndoKeys  # Ctrl+Z from any text field with nothing of its own to undo


def install(window: WindowHost) -> Desk:
    from gui.desk.groups import install_groups
    from gui.desk.undo_keys import install_window_keys

    desk = Desk(_search_action(window), install_groups(window), install_window_keys(window))
    if window.document is not None:  # a document opened at start may be someone else's
        from gui.desk.readonly import show_state

        show_state(window, window.document)
    return desk


def _search_action(window: WindowHost) -> QAction:
    """Edit › Search… (Ctrl+F), added to the Edit menu; the search tool (gui.desk.search) is
    loaded when it is first asked for, not with the window."""
    from PySide6.QtGui import QAction, QKeySequence

    from gui.i18n import translate

    action = QAction(translate("Search", "&Search…"), window.widget)
    action.setObjectName("actionSearch")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    action.triggered.connect(lambda _=False: _open_search(window))
    menu = window.menus["edit"]
    menu.addSeparator()
    menu.addAction(action)
    return action


def _open_search(window: WindowHost) -> None:
    from gui.desk.search import open_search

    open_search(window)

"""Hook the desk's tools into the main window: Edit › Search, the view groups."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from gui.desk import search
    from gui.desk.groups import install_groups
    from gui.desk.undo_keys import install_window_keys

    search.install(window)
    install_groups(window)  # Voorbereiden / Afwegen / Verantwoorden
    install_window_keys(window)  # Ctrl+Z from any text field with nothing of its own to undo
    if window.document is not None:  # a document opened at start may be someone else's
        from gui.desk.readonly import show_state

        show_state(window, window.document)

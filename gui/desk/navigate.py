"""Going to a cell of the scores grid from anywhere in the main window.

Views hold no reference to the window; a banner or a search result asks its own top-level
window to show the scores view and select the cell.  A window without a scores view (the
presentation window) simply does nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def goto_cell(widget: QWidget, option: str, leaf: str) -> bool:
    """Show the scores view of ``widget``'s window with the cell (option, leaf) selected."""
    window = widget.window()
    names = getattr(window, "view_names", None)
    if names is None or "scores" not in names():
        return False
    window.show_view("scores")  # type: ignore[attr-defined]
    scores = window.view("scores")  # type: ignore[attr-defined]
    select = getattr(scores, "select", None)
    if select is None:
        return False
    select(option, leaf)
    return True

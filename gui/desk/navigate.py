"""Going to a cell of the scores grid from anywhere in the main window.

Views hold no reference to the window; a banner or a search result asks its own top-level
window to show the scores view and select the cell.  A window that is not the main window (the
presentation window, a dialog) or has no scores view simply does nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.host import WindowHost


def goto_cell(widget: QWidget, option: str, leaf: str) -> bool:
    """Show the scores view of ``widget``'s window with the cell (option, leaf) selected."""
    window = widget.window()
    if not isinstance(window, WindowHost):
        return False
    return show_cell(window, option, leaf)


def show_cell(window: WindowHost, option: str, leaf: str) -> bool:
    """Show ``window``'s scores view with the cell (option, leaf) selected."""
    if "scores" not in window.view_names():
        return False
    from gui.views.scores import ScoresView  # made already: the window has a scores view

    window.show_view("scores")
    scores = window.view("scores")
    if not isinstance(scores, ScoresView):
        return False
    scores.select(option, leaf)
    return True

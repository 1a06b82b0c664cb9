"""Reports for the council: Word, PDF and Excel, from the command line and the File menu.

``install(window)`` adds Bestand → "Rapport maken…" (see :mod:`gui.report.dialog`).  Importing
this package does not import Qt, so the command line can write Word and Excel without a display.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add Bestand → "Rapport maken…"; the dialog (and its imports) load when it is chosen."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from gui.i18n import translate

    parent = window if isinstance(window, QWidget) else None
    action = QAction(translate("ReportDialog", "Create &report…"), parent)
    action.setShortcut("Ctrl+Shift+R")
    action.triggered.connect(lambda: _open_dialog(window))
    menu = window.menus["file"]
    before = getattr(window, "action_close", None)
    if isinstance(before, QAction) and before in menu.actions():
        menu.insertAction(before, action)
        menu.insertSeparator(before)
    else:
        menu.addAction(action)
    window.report_action = action


def _open_dialog(window: Any) -> None:
    from gui.report.dialog import open_dialog

    open_dialog(window)

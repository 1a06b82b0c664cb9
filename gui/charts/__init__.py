"""Live charts and presentation mode (issue 6).

The charts are listed in :data:`gui.catalogue.VIEWS` (``ranking``, ``sensitivity``,
``headtohead``, ``radar``, ``stakeholders``, ``tradeoff``); each offers copy, PNG and SVG in its
context menu (:mod:`gui.charts.export`); the main window's F11 opens presentation mode.
"""

from __future__ import annotations

import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)

"""Live charts and presentation mode (issue 6).

``install(window)`` registers six views (``ranking``, ``sensitivity``, ``headtohead``,
``radar``, ``stakeholders``, ``tradeoff``), adds the Beeld-menu action and F11 for presentation
mode, and export actions (copy, PNG, SVG) in each chart's context menu.
"""

from __future__ import annotations

from typing import Any

import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)

__all__ = ["install"]


def install(window: Any) -> None:
    from gui.charts.install import install as _install

    _install(window)

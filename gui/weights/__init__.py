"""The "Criteria en gewichten" weights side: profile selector, weight sliders, elicitation.

``install(window)`` creates the :class:`WeightsPanel` and registers it as the view
``gewichten`` on the left (the workshop moves weights constantly, so they stay visible).
``WeightsPanel(window, compact=True)`` is the narrow strip for presentation mode.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from gui.i18n import translate
from gui.weights.panel import WeightsPanel

__all__ = ["ElicitationDialog", "WeightsPanel", "install"]


def __getattr__(name: str) -> Any:
    if name == "ElicitationDialog":  # imported when first asked for: not at start-up
        from gui.weights.elicitation import ElicitationDialog

        return ElicitationDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def install(window: Any) -> None:
    parent = window if isinstance(window, QWidget) else None
    panel = WeightsPanel(window, parent=parent)
    window.register_view(
        "gewichten", panel, translate("WeightsPanel", "Criteria and weights"), area="left"
    )
    window.weights_panel = panel

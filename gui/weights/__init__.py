"""The "Criteria en gewichten" weights side: profile selector, weight sliders, elicitation.

The catalogue (:data:`gui.catalogue.VIEWS`) places the :class:`WeightsPanel` as the view
``gewichten`` on the left (the workshop moves weights constantly, so they stay visible).
``WeightsPanel(host, compact=True)`` is the narrow strip for presentation mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.weights.panel import WeightsPanel

if TYPE_CHECKING:
    from gui.weights.elicitation import ElicitationDialog

__all__ = ["ElicitationDialog", "WeightsPanel"]


def __getattr__(name: str) -> type[ElicitationDialog]:
    if name == "ElicitationDialog":  # imported when first asked for: not at start-up
        from gui.weights.elicitation import ElicitationDialog

        return ElicitationDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

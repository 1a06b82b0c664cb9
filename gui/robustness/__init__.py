"""Robustness views (issue 7): ``robuustheid``, ``nodig`` ("Wat is ervoor nodig?"), ``groep``.

Listed in :data:`gui.catalogue.VIEWS`.  Each computes its analysis in a worker thread,
debounced after edits; see :mod:`gui.robustness.base`.
"""

from __future__ import annotations

import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)

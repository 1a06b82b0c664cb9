"""Reports for the council: Word, PDF and Excel, from the command line and the File menu.

``install(window)`` adds Bestand → "Rapport maken…" (see :mod:`gui.report.dialog`).  Importing
this package does not import Qt, so the command line can write Word and Excel without a display.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from gui.report.dialog import install as _install

    _install(window)

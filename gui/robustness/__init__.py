"""Robustness views (issue 7): ``robuustheid``, ``nodig`` ("Wat is ervoor nodig?"), ``groep``.

``install(window)`` registers the three views in the centre area.  Each computes its analysis
in a worker thread, debounced after edits; see :mod:`gui.robustness.base`.
"""

from __future__ import annotations

from typing import Any

import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)

__all__ = ["install"]


def install(window: Any) -> None:
    from gui.i18n import translate
    from gui.robustness.group_view import GroupView
    from gui.robustness.needed_view import NeededView
    from gui.robustness.robustness_view import RobustnessView

    lang = getattr(window, "lang", "nl")
    views = {
        "robuustheid": (
            RobustnessView(window.session, lang=lang, parent=window),
            translate("Robustness", "Robustness"),
        ),
        "nodig": (
            NeededView(window.session, lang=lang, push=window.push, parent=window),
            translate("Robustness", "What would it take?"),
        ),
        "groep": (
            GroupView(window.session, lang=lang, parent=window),
            translate("Robustness", "Group view"),
        ),
    }
    window.robustness_views = {}
    for name, (view, title) in views.items():
        window.register_view(name, view, title)
        window.robustness_views[name] = view

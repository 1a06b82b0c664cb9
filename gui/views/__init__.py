"""The main window's own views: options, criteria, scores, results and history.

Each view follows the house pattern: it takes its host (:class:`gui.host.ViewHost`), subscribes
to the session with :func:`gui.host.subscribe`, ``synchronize()`` reads the model, ``set_*``
methods update widgets with signals blocked, and ``_on_q_*`` slots push commands through
``host.push``. The views are listed in :data:`gui.catalogue.VIEWS`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from gui.plaintext import rich


class SyncWhenShown(QObject):
    """Call ``sync`` now while ``widget`` is shown; while it is hidden (a tab in the back, a
    closed dock), only note that it is out of date and call ``sync`` when it is shown again.

    Use the instance as the session slot: a hidden view then costs nothing per edit (a slider
    drag sends dozens).  A widget of a window that is not (yet) shown counts as shown unless it
    was hidden itself, so that a view is current whenever it is the one to look at.
    """

    def __init__(self, widget: QWidget, sync: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._sync = sync
        self.stale = False
        widget.installEventFilter(self)

    def __call__(self, *_: object) -> None:
        w = self._widget
        if w.isHidden() or (w.window().isVisible() and not w.isVisible()):  # a tab at the back
            self.stale = True
        else:
            self.stale = False
            self._sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.stale and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.Show):
            self.stale = False
            self._sync()
        return False


def plain(text: str | None) -> str:
    """User text made safe for widgets that read rich text (tooltips): see gui.plaintext."""
    return rich(text)

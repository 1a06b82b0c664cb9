"""Hover explanations on a chart that stay up while the pointer rests (see ``gui.charts.why``).

A plain ``QToolTip.showText`` from a mouse-move handler vanishes 0.5–0.8 s after the pointer
stops in a real X window: Qt then sends the view a ``ToolTip`` event, and the graphics scene,
finding no item with a tool tip of its own, hides the text.  :class:`StayingTip` takes that
event and shows the chart's text instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QGraphicsView, QToolTip


class StayingTip(QObject):
    """Hover explanations on a pyqtgraph view that stay up while the pointer rests.

    ``text_at(scene_pos)`` gives the rich text for a point (or None).  The view's own
    ``ToolTip`` event (sent when the pointer rests) is taken here: it shows our text instead of
    letting the scene hide it; a move onto another segment updates it, a move off hides it.
    """

    def __init__(self, view: QGraphicsView, text_at: Callable[[QPointF], str | None]) -> None:
        super().__init__(view)
        self.view = view
        self.text_at = text_at
        self.shown: str | None = None
        view.viewport().installEventFilter(self)
        view.viewport().setMouseTracking(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self.show_at(event.pos())
            return True  # never let the scene hide it for want of an item tool tip
        return False

    def show_at(self, viewport_pos: QPoint) -> str | None:
        text = self.text_at(self.view.mapToScene(viewport_pos))
        if text is None:
            self.hide()
            return None
        self.shown = text
        QToolTip.showText(self.view.viewport().mapToGlobal(viewport_pos), text, self.view)
        return text

    def moved(self, scene_pos: QPointF) -> None:
        """Pointer moved (scene coordinates): keep the tooltip in step with the segment."""
        text = self.text_at(scene_pos)
        if text is None:
            self.hide()
        elif text != self.shown:
            self.shown = text
            at = self.view.viewport().mapToGlobal(self.view.mapFromScene(scene_pos))
            QToolTip.showText(at, text, self.view)

    def hide(self) -> None:
        if self.shown is not None:
            self.shown = None
            QToolTip.hideText()

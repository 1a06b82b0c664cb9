"""Per criterion the room's weights: every answer as a dot, the middle half as a box, the median.

A strip plot with a box (pyqtgraph): criteria along the bottom, the share of the weight (%) up.
Each dot is one participant; the box spans the first to the third quartile; the bar is the median
and the diamond the mean.  Dots of one criterion are spread sideways (deterministically) so that
equal answers stay visible.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.i18n import translate
from gui.style import Theme, theme
from model.participation import RoomView

BOX = 0.5
DOT = QColor("#0B5394")
BOX_FILL = QColor(11, 83, 148, 40)


def _jitter(k: int) -> float:
    """A fixed sideways offset for the k-th dot (golden-ratio sequence in -0.2..0.2)."""
    return ((k * 0.6180339887) % 1.0 - 0.5) * 0.4


class SpreadPlot(QWidget):
    """The room's spread per criterion (a pyqtgraph plot in a plain widget)."""

    def __init__(self, parent: QWidget | None = None, presentation: bool = True) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.canvas = pg.PlotWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        # projectable, but sized for a view beside the weights panel: 16 px type
        self.theme: Theme = theme(presentation).scaled(16 / theme(presentation).small_px)
        t = self.theme
        self.canvas.setBackground(t.background)
        self.canvas.setMenuEnabled(False)
        self.canvas.setMouseEnabled(x=False, y=False)
        self.canvas.hideButtons()
        item = self.canvas.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.3)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(t.foreground, width=1))
            axis.setTextPen(pg.mkPen(t.foreground))
            axis.setStyle(tickFont=t.font(t.small_px))
        item.getAxis("left").setLabel(translate("Participation", "Weight (%)"))
        item.getAxis("left").label.setFont(t.font(t.small_px))
        self.boxes = pg.BarGraphItem(x=[], height=[], y0=[], width=BOX)
        self.medians = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), height=0, beam=BOX)
        self.means = pg.ScatterPlotItem(symbol="d", size=t.marker_size, brush=QColor("#F0A500"))
        self.dots = pg.ScatterPlotItem(size=max(6, t.marker_size - 4), brush=DOT, pen=None)
        for it in (self.boxes, self.medians, self.dots, self.means):
            item.addItem(it)
        item.setYRange(0, 100, padding=0.02)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._ticks()

    def _ticks(self) -> None:
        """Criterion names under their column, shortened to the room each column has."""
        names = self.names
        item = self.canvas.getPlotItem()
        if not names:
            return
        per_column = item.getViewBox().width() / len(names)
        limit = max(6, int(per_column / (0.6 * self.theme.small_px)))
        axis = item.getAxis("bottom")
        axis.setTicks([[(x, _short(name, limit)) for x, name in enumerate(names)]])

    def show_room(self, room: RoomView, names: dict[str, str]) -> None:
        ids = [s.criterion for s in room.spread]
        new_names = [names.get(i, i) for i in ids]
        xs = list(range(len(ids)))
        if new_names != self.names:  # axes only when the question changes
            self.names = new_names
            self._ticks()
            self.canvas.getPlotItem().setXRange(-0.6, len(ids) - 0.4, padding=0)
        t = self.theme
        if room.count == 0:
            self.boxes.setOpts(x=[], height=[], y0=[])
            self.medians.setData(x=np.zeros(0), y=np.zeros(0))
            self.dots.setData([], [])
            self.means.setData([], [])
            return
        spread = room.spread
        self.boxes.setOpts(
            x=xs,
            y0=[100 * s.q1 for s in spread],
            height=[max(0.4, 100 * (s.q3 - s.q1)) for s in spread],
            width=BOX,
            brush=BOX_FILL,
            pen=pg.mkPen(DOT, width=max(1.0, t.line_width / 2)),
        )
        self.medians.setData(
            x=np.array(xs, dtype=float),
            y=np.array([100 * s.median for s in spread]),
            height=0.0,
            beam=BOX,
            pen=pg.mkPen(t.foreground, width=t.line_width),
        )
        dx: list[float] = []
        dy: list[float] = []
        for x, s in zip(xs, spread, strict=True):
            for k, v in enumerate(s.values):
                dx.append(x + _jitter(k))
                dy.append(100 * v)
        self.dots.setData(np.array(dx), np.array(dy))
        self.means.setData(xs, [100 * s.mean for s in spread])


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"

"""Chart 6: trade-off map: options on two axes the user picks, the Pareto front, equal value."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from gui.charts.base import ChartView, fmt_percent, name_combo, node_name, option_name
from gui.charts.layout import LabelPlacer, around, keep_out_line
from gui.charts.state import AxesState, ChartState
from gui.i18n import translate
from gui.style import option_color
from model import Case, evaluate
from model.tradeoff import axis_values, pareto_front

#: the tension the seed names: easy to disentangle vs measurable and controllable
DEFAULT_X = ("ontvlechtbaarheid",)
DEFAULT_Y = ("meetbaarheid", "sturing")


def default_axes(case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    nodes = case.node_by_id
    if all(n in nodes for n in DEFAULT_X + DEFAULT_Y):
        return DEFAULT_X, DEFAULT_Y
    ids = [n.id for n in case.nodes()]
    if len(ids) == 1:
        return (ids[0],), (ids[0],)
    return (ids[0],), (ids[1],)


def equal_value_line(
    x: np.ndarray, y: np.ndarray, wx: float, wy: float
) -> tuple[np.ndarray, np.ndarray] | None:
    """The line wx·x + wy·y = c through the best point on that sum, clipped to [0, 100]²."""
    if wx + wy <= 1e-12:
        return None
    c = float((wx * x + wy * y).max())
    if wy <= 1e-12:
        return np.array([c / wx, c / wx]), np.array([0.0, 100.0])
    xs = np.linspace(0, 100, 201)
    ys = (c - wx * xs) / wy
    keep = (ys >= 0) & (ys <= 100)
    if not keep.any():
        return None
    return xs[keep], ys[keep]


class TradeOffChart(ChartView):
    name = "tradeoff"
    redraw_on_resize = True

    def title(self) -> str:
        return translate("Charts", "Trade-off map: two criteria against each other")

    def how_to_read(self) -> str:
        return translate(
            "Charts",
            "Each point is an option's score on the two chosen axes (0–100). The solid line"
            " joins the options nothing beats on both; along the dashed line the two axes"
            " together are worth the same under the current weights.",
        )

    def build(self) -> None:
        self.x_label = QLabel(self)
        self.y_label = QLabel(self)
        self.x_combo = name_combo(self)
        self.y_combo = name_combo(self)
        for w in (self.x_label, self.x_combo, self.y_label, self.y_combo):
            self.controls.addWidget(w)
        self.controls.addStretch(1)
        for combo in (self.x_combo, self.y_combo):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.plot: pg.PlotItem = self.canvas.addPlot()
        self.plot.setAspectLocked(False)
        self.front = pg.PlotDataItem()
        self.iso = pg.PlotDataItem()
        self.points = pg.ScatterPlotItem()
        for item in (self.front, self.iso, self.points):
            self.plot.addItem(item)
        self.iso_label = self.text_item((1, 1))
        self.plot.addItem(self.iso_label)
        self.labels: dict[str, pg.TextItem] = {}
        self._choices: tuple[tuple[str, ...], ...] = ()
        #: drawn data
        self.xs = np.zeros(0)
        self.ys = np.zeros(0)
        self.front_ids: list[str] = []
        self.option_ids: tuple[str, ...] = ()

    def restyle(self) -> None:
        self.style_plot(self.plot)
        f = self.theme.font(self.theme.small_px)
        for w in (self.x_label, self.x_combo, self.y_label, self.y_combo):
            w.setFont(f)
        self.x_label.setText(translate("Charts", "Horizontal:"))
        self.y_label.setText(translate("Charts", "Vertical:"))

    def state(self) -> AxesState:
        if not self.built:
            return AxesState()
        return AxesState(self.x_combo.currentData(), self.y_combo.currentData())

    def set_state(self, state: ChartState) -> None:
        if isinstance(state, AxesState):
            self.refresh()
            self._choose(self.x_combo, state.x)
            self._choose(self.y_combo, state.y)

    def _fill_axes(self, case: Case) -> None:
        dx, dy = default_axes(case)
        choices: list[tuple[str, ...]] = [(n.id,) for n in case.nodes()]
        for d in (dx, dy):
            if d not in choices:
                choices.insert(0, d)
        key = tuple(choices)
        names = [" + ".join(node_name(case, n) for n in c) for c in choices]
        if key == self._choices and names == [
            self.x_combo.itemText(k) for k in range(self.x_combo.count())
        ]:
            return
        keep = (self.x_combo.currentData(), self.y_combo.currentData())
        for combo, default, kept in ((self.x_combo, dx, keep[0]), (self.y_combo, dy, keep[1])):
            combo.blockSignals(True)
            combo.clear()
            for c, nm in zip(choices, names, strict=True):
                combo.addItem(nm, "+".join(c))
            k = combo.findData(kept if kept else "+".join(default))
            combo.setCurrentIndex(k if k >= 0 else combo.findData("+".join(default)))
            combo.blockSignals(False)
        self._choices = key

    def set_axes(self, x: tuple[str, ...], y: tuple[str, ...]) -> None:
        for combo, v in ((self.x_combo, x), (self.y_combo, y)):
            k = combo.findData("+".join(v))
            if k < 0:
                combo.addItem(" + ".join(v), "+".join(v))
                k = combo.count() - 1
            combo.setCurrentIndex(k)

    def axes(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        x, y = self.x_combo.currentData(), self.y_combo.currentData()
        return tuple(str(x).split("+")), tuple(str(y).split("+"))

    def draw(self, case: Case, profile_id: str) -> None:
        self._fill_axes(case)
        ev = evaluate(case, profile_id)
        ax, ay = self.axes()
        x, wx = axis_values(case, ev, ax)
        y, wy = axis_values(case, ev, ay)
        self.xs, self.ys, self.option_ids = x, y, ev.option_ids
        front = pareto_front(x, y)
        self.front_ids = [ev.option_ids[i] for i in front]
        t = self.theme
        colors = [option_color(case, o) for o in ev.option_ids]
        self.points.setData(
            x=x,
            y=y,
            size=t.marker_size * 1.6,
            brush=colors,
            pen=pg.mkPen(t.background, width=2),
        )
        # the front: the options nothing beats on both axes, joined left to right
        self.front.setData(x[front], y[front], pen=t.pen(t.foreground, t.line_width))
        line = equal_value_line(x, y, wx, wy)
        if line is None:
            self.iso.setData([], [])
            self.set_text(self.iso_label, "")
        else:
            self.iso.setData(*line, pen=t.pen(t.muted, t.line_width * 0.8, dashed=True))
            ratio = fmt_percent(wx / (wx + wy), self.lang)
            self.set_text(
                self.iso_label,
                translate("Charts", "equal value (weights {rx} : {ry})").format(
                    rx=ratio, ry=fmt_percent(wy / (wx + wy), self.lang)
                ),
                t.muted,
            )
        for gone in set(self.labels) - set(ev.option_ids):
            self.plot.removeItem(self.labels.pop(gone))
        # every label beside its point where it covers no point and no earlier label (the one
        # collision mechanism of the charts, gui.charts.layout)
        placer = LabelPlacer(self.plot, (-5.0, 105.0), (-5.0, 105.0))
        for px, py in zip(x, y, strict=True):
            placer.keep_out_point(float(px), float(py), t.marker_size * 1.6)
        # and the front's line: a name written across it reads as struck through
        keep_out_line(placer, x[front], y[front], t.line_width + 6)
        line_h = QFontMetrics(t.font(t.small_px, bold=True)).height() * placer.sy
        gap = t.marker_size * placer.sx
        for i, o in enumerate(ev.option_ids):
            if o not in self.labels:
                self.labels[o] = self.text_item((0, 0.5))
                self.plot.addItem(self.labels[o])
            item = self.labels[o]
            self.set_text(item, option_name(case, o), colors[i])
            item.setFont(t.font(t.small_px, bold=True))
            placer.place(item, around(float(x[i]), float(y[i]), gap, line_h, steps=6))
        if line is not None:  # along the equal-value line, where it covers no option's name
            (x0, x1), (y0, y1) = (
                (float(line[0][0]), float(line[0][-1])),
                (
                    float(line[1][0]),
                    float(line[1][-1]),
                ),
            )
            spots = [
                (x0 + f * (x1 - x0), y0 + f * (y1 - y0), anchor)
                for f in (0.05, 0.95, 0.25, 0.75, 0.5, 0.15, 0.85)
                for anchor in ((0.0, 1.0), (1.0, 1.0), (0.0, 0.0), (1.0, 0.0))
            ]
            placer.place(self.iso_label, spots)
        self.axis_label(self.plot, "bottom", " + ".join(node_name(case, n) for n in ax))
        # the vertical axis' name can be long: written across the top, not rotated and cut off
        self.axis_label(self.plot, "left", "")
        self.plot.setTitle(
            "↑ " + html.escape(" + ".join(node_name(case, n) for n in ay)),
            color=t.foreground.name(),
            size=f"{t.small_px}px",
            justify="left",
        )
        self.plot.setXRange(-5, 105, padding=0)
        self.plot.setYRange(-5, 105, padding=0)
        self.legend.set_entries([], t)

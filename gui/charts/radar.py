"""Chart 4: profile of each option: its value per criteria group on a polar chart (drawn here)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from gui.charts.base import ChartView, node_name, option_name
from gui.charts.layout import LabelPlacer, wrap_name, wrap_names
from gui.charts.state import ChartState, ShownState
from gui.i18n import translate
from gui.plaintext import NAME_CHARS, tooltip
from gui.style import option_color
from model import Case, evaluate
from model.tradeoff import group_values
from words.numbers import rounded as fmt_value

MAX_SHOWN = 6
RINGS = (25, 50, 75, 100)


def polar(values: np.ndarray, n_axes: int) -> tuple[np.ndarray, np.ndarray]:
    """x, y of a closed polygon with ``values`` (0..100) on ``n_axes`` spokes, first at the top."""
    ang = np.pi / 2 - 2 * np.pi * np.arange(n_axes) / max(1, n_axes)
    r = np.asarray(values, dtype=float)
    x, y = r * np.cos(ang), r * np.sin(ang)
    return np.append(x, x[:1]), np.append(y, y[:1])


#: the ring values are drawn above the option shapes
RING_LABEL_Z = 10


class RadarChart(ChartView):
    name = "radar"
    redraw_on_resize = True  # labels and ranges are laid out in pixels

    def title(self) -> str:
        return translate("Charts", "Profile: how each option scores per criteria group")

    def how_to_read(self) -> str:
        return translate(
            "Charts",
            "Each spoke is a criteria group, 0 in the middle and 100 at the rim (the group's"
            " weighted average score). A larger shape is better; tick options on or off.",
        )

    def build(self) -> None:
        self.plot: pg.PlotItem = self.canvas.addPlot()
        self.plot.setAspectLocked(True)
        self.grid_items: list[pg.PlotDataItem] = []
        self.spokes = pg.PlotDataItem(connect="pairs")
        self.plot.addItem(self.spokes)
        self.ring_labels: list[pg.TextItem] = []
        self.group_labels: list[pg.TextItem] = []
        self.shapes: dict[str, pg.PlotDataItem] = {}
        self.checks: dict[str, QCheckBox] = {}
        self._check_names: dict[str, str] = {}  # the names the toggles show
        # the toggles in rows of three: six long names in one row would widen the window
        self.check_area = QWidget(self)
        self.check_grid = QGridLayout(self.check_area)
        self.check_grid.setContentsMargins(0, 0, 0, 0)
        self.controls.addWidget(self.check_area, 1)
        self.values = np.zeros((0, 0))

    def restyle(self) -> None:
        self.style_plot(self.plot, left=False, bottom=False)
        for c in self.checks.values():
            c.setFont(self.theme.font(self.theme.small_px))
        self._columns = 0  # other sizes: arranged again on the next draw
        # projected, the legend names the options shown; the toggles stay on the laptop
        self.check_area.setVisible(self.theme.name != "presentation")

    def state(self) -> ShownState:
        return ShownState(frozenset(self.shown()) if self.built else None)

    def set_state(self, state: ChartState) -> None:
        if isinstance(state, ShownState) and state.shown is not None:
            self.refresh()
            for o, c in self.checks.items():
                c.setChecked(o in state.shown)

    def shown(self) -> list[str]:
        return [o for o, c in self.checks.items() if c.isChecked()]

    def set_shown(self, option_id: str, shown: bool) -> None:
        self.checks[option_id].setChecked(shown)

    def _fill_checks(self, case: Case, ranking: list[str]) -> None:
        names = {o.id: o.name for o in case.options}
        if self._check_names == names and list(self.checks) == list(case.option_ids):
            return
        before = {o: c.isChecked() for o, c in self.checks.items()}
        for c in self.checks.values():
            self.check_grid.removeWidget(c)
            c.deleteLater()
        self.checks = {}
        self._check_names = names
        top = set(ranking[:MAX_SHOWN])
        for o in case.options:
            c = QCheckBox(self)
            c.setFont(self.theme.font(self.theme.small_px))
            # a long name on two lines (whole words), never cut short
            room = QFontMetrics(c.font()).averageCharWidth() * NAME_CHARS
            shown = wrap_name(o.name, c.font(), room, max_lines=2)
            c.setText(shown)
            c.setToolTip(tooltip(o.name) if "…" in shown else "")
            color = option_color(case, o.id).name()
            c.setStyleSheet(f"QCheckBox {{ color:{color}; font-weight:bold; }}")
            c.setChecked(before.get(o.id, o.id in top))
            c.toggled.connect(self._on_toggled)
            self.checks[o.id] = c
        self._columns = 0
        self._arrange_checks()

    def _arrange_checks(self) -> None:
        """The toggles in as many columns (at most three) as fit their names whole."""
        if not self.checks:
            return
        widest = max(c.sizeHint().width() for c in self.checks.values())
        room = max(1, self.width() - 30)
        columns = max(1, min(3, room // max(1, widest + self.check_grid.horizontalSpacing())))
        if columns == getattr(self, "_columns", 0):
            return
        self._columns = columns
        for c in self.checks.values():
            self.check_grid.removeWidget(c)
        for k, c in enumerate(self.checks.values()):
            row, col = divmod(k, columns)
            self.check_grid.addWidget(c, row, col)

    def _on_toggled(self, checked: bool) -> None:
        shown = self.shown()
        if len(shown) > MAX_SHOWN:  # keep at most six: untick the sender again
            sender = self.sender()
            if isinstance(sender, QCheckBox):
                sender.blockSignals(True)
                sender.setChecked(False)
                sender.blockSignals(False)
        self.refresh()

    def draw(self, case: Case, profile_id: str) -> None:
        ev = evaluate(case, profile_id)
        self._fill_checks(case, ev.ranking)
        self._arrange_checks()  # the width may have changed
        t = self.theme
        groups = ev.group_ids
        k = len(groups)
        self.values = group_values(case, ev)
        # grid: rings and spokes
        while len(self.grid_items) < len(RINGS):
            item = pg.PlotDataItem()
            self.plot.addItem(item)
            item.setZValue(-10)
            self.grid_items.append(item)
        theta = np.linspace(0, 2 * np.pi, 200)
        for r, item in zip(RINGS, self.grid_items, strict=True):
            if k >= 3:
                x, y = polar(np.full(k, r), k)
            else:
                x, y = r * np.cos(theta), r * np.sin(theta)
            item.setData(x, y, pen=pg.mkPen(t.grid, width=max(1.0, t.line_width / 2)))
        sx, sy = polar(np.full(k, 100.0), k)
        pairs_x = np.ravel(np.column_stack([np.zeros(k), sx[:k]]))
        pairs_y = np.ravel(np.column_stack([np.zeros(k), sy[:k]]))
        self.spokes.setData(
            pairs_x, pairs_y, pen=pg.mkPen(t.grid, width=max(1.0, t.line_width / 2))
        )
        while len(self.ring_labels) < len(RINGS):
            item = self.text_item((0, 1))
            self.plot.addItem(item)
            self.ring_labels.append(item)
        # the ring values on the background's colour, above the shapes: an option's line
        # through "50" made it unreadable
        ground = QColor(t.background)
        ground.setAlpha(220)
        for r, item in zip(RINGS, self.ring_labels, strict=True):
            self.set_text(item, str(r), t.muted)
            item.fill = pg.mkBrush(ground)
            item.setZValue(RING_LABEL_Z)
            item.setPos(2, r)
        while len(self.group_labels) < k:
            item = self.text_item()
            self.plot.addItem(item)
            self.group_labels.append(item)
        for g, item in enumerate(self.group_labels):
            if g >= k:
                self.set_text(item, "")
                continue
            ang = math.pi / 2 - 2 * math.pi * g / k
            ax, ay = math.cos(ang), math.sin(ang)
            self.set_text(item, node_name(case, groups[g]))
            item.setFont(t.font(t.small_px, bold=True))
            item.setAnchor((0.5 - 0.5 * round(ax, 3), 0.5 + 0.5 * round(ay, 3)))
            item.setPos(108 * ax, 108 * ay)
        # the options
        shown = set(self.shown())
        for gone in set(self.shapes) - set(ev.option_ids):
            self.plot.removeItem(self.shapes.pop(gone))
        for i, o in enumerate(ev.option_ids):
            if o not in self.shapes:
                self.shapes[o] = pg.PlotDataItem()
                self.plot.addItem(self.shapes[o])
            item = self.shapes[o]
            item.setVisible(o in shown)
            x, y = (
                polar(self.values[i], k) if k >= 3 else polar(np.pad(self.values[i], (0, 3 - k)), 3)
            )
            color = option_color(case, o)
            item.setData(
                x,
                y,
                pen=t.pen(color, t.line_width * 1.2),
                fillLevel=None,
                brush=None,
                symbol="o",
                symbolSize=t.marker_size * 0.8,
                symbolBrush=color,
                symbolPen=pg.mkPen(None),
            )
        self.legend.set_entries(
            [
                (
                    option_color(case, o),
                    f"{option_name(case, o)} "
                    + ("" if self.frozen else fmt_value(ev.values[o], self.lang)),
                )
                for o in ev.ranking
                if o in shown
            ],
            t,
        )
        margin = 100 + 0.0
        vbw0 = max(200.0, float(self.plot.vb.width() or 600))
        vbh0 = max(150.0, float(self.plot.vb.height() or 450))
        font = t.font(t.small_px, bold=True)
        # names beside the left and right spokes: wrapped to a fifth of the width at most, and
        # room for them beside the rim (the aspect is locked: whichever side limits the scale)
        for g, item in enumerate(self.group_labels[:k]):
            name = node_name(case, groups[g])
            if _beside(g, k):  # only the side spokes' names need to be narrow
                name = wrap_names([name], font, int(vbw0 * 0.2), 3)[0]
            self.set_text(item, name)
            item.setFont(font)
        label_px = (
            max(
                (
                    item.textItem.boundingRect().width()
                    for g, item in enumerate(self.group_labels[:k])
                    if _beside(g, k)
                ),
                default=0.0,
            )
            + 10
        )
        per_px_h = 2 * (margin + 30) / vbh0
        half_h = 108 + label_px * per_px_h
        if 2 * half_h / vbw0 <= per_px_h:
            extra = half_h - margin
        else:
            extra = 108 / max(0.25, 1 - 2 * label_px / vbw0) - margin
        vbw = max(200.0, float(self.plot.vb.width() or 600))
        vbh = max(150.0, float(self.plot.vb.height() or 450))
        line_px = QFontMetrics(t.font(t.small_px, bold=True)).height()
        # the names above and below the top and bottom spokes need their line inside the plot
        per_px = max(2 * (margin + extra) / vbw, 2 * margin / max(1.0, vbh - 2.6 * line_px))
        extra_y = 1.3 * line_px * per_px + 8
        x_range = (-margin - extra, margin + extra)
        y_range = (-margin - extra_y, margin + extra_y)
        self.plot.vb.setRange(xRange=x_range, yRange=y_range, padding=0)  # both, aspect kept
        # the ring values where they cover no group name (gui.charts.layout)
        placer = LabelPlacer(self.plot, x_range, y_range, inside=False)
        placer.sx = placer.sy = max(placer.sx, placer.sy)  # the aspect is locked
        for g, item in enumerate(self.group_labels[:k]):
            ang = math.pi / 2 - 2 * math.pi * g / k
            ax, ay = math.cos(ang), math.sin(ang)
            anchor = (0.5 - 0.5 * round(ax, 3), 0.5 + 0.5 * round(ay, 3))
            placer.place(item, [(108 * ax, 108 * ay, anchor)], keep=True)
        between = math.pi / 2 - math.pi / max(k, 1)  # halfway between the first two spokes
        for r, item in zip(RINGS, self.ring_labels, strict=True):
            placer.place(
                item,
                [
                    (2.0, float(r), (0.0, 1.0)),
                    (2.0, float(r), (0.0, 0.5)),
                    (2.0, float(r), (0.0, 0.0)),
                    (r * math.cos(between), r * math.sin(between), (0.0, 1.0)),
                    (-2.0, float(r), (1.0, 1.0)),
                ],
            )


def _beside(g: int, k: int) -> bool:
    """Spoke ``g`` of ``k`` points sideways (its name sits beside the rim, not above it)."""
    return abs(math.cos(math.pi / 2 - 2 * math.pi * g / k)) > 0.5

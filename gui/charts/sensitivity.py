"""Chart 2: sensitivity: each option's value as the weight of one criterion (group) goes 0→100%."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel

from gui.charts.base import ChartView, fmt_percent, name_combo, node_name, option_name
from gui.charts.layout import names_width, wrap_names
from gui.charts.state import ChartState, NodeState
from gui.i18n import translate
from gui.style import option_color
from model import Case, Sensitivity, sensitivity


class SensitivityChart(ChartView):
    name = "sensitivity"
    redraw_on_resize = True  # labels are laid out in pixels

    def title(self) -> str:
        return translate("Charts", "Sensitivity: what if this criterion weighed more or less?")

    def how_to_read(self) -> str:
        return translate(
            "Charts",
            "Each line is an option's total value as the chosen weight goes from 0 to 100%"
            " (the others keep their proportions). The vertical line is the current weight;"
            " where lines cross, the order changes. Shaded: where the current winner stays first.",
        )

    def build(self) -> None:
        self.node_label = QLabel(self)
        self.node_combo = name_combo(self)
        self.node_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.controls.addWidget(self.node_label)
        self.controls.addWidget(self.node_combo)
        self.controls.addStretch(1)
        self.plot: pg.PlotItem = self.canvas.addPlot()
        self._label_px = 0.0
        self.plot.vb.sigResized.connect(self._fit_x)  # the names' room depends on the width
        self.region = pg.LinearRegionItem(values=(0, 0), movable=False)
        self.plot.addItem(self.region)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.end_labels: dict[str, pg.TextItem] = {}
        self.current_line = pg.InfiniteLine(angle=90, movable=False)
        self.plot.addItem(self.current_line)
        self.current_label = self.text_item((0, 1))
        self.plot.addItem(self.current_label)
        self.markers = pg.ScatterPlotItem()
        self.plot.addItem(self.markers)
        self.crossover_labels: list[pg.TextItem] = []
        self.data: Sensitivity | None = None
        self._nodes: tuple[str, ...] = ()

    def restyle(self) -> None:
        self.style_plot(self.plot)
        self.node_label.setText(translate("Charts", "Criterion or group:"))
        self.node_label.setFont(self.theme.font(self.theme.small_px))
        self.node_combo.setFont(self.theme.font(self.theme.small_px))
        self.axis_label(self.plot, "bottom", translate("Charts", "Weight of the chosen criterion"))
        self.axis_label(self.plot, "left", translate("Charts", "Total value (0–100)"))

    def state(self) -> NodeState:
        return NodeState(self.node() if self.built else None)

    def set_state(self, state: ChartState) -> None:
        if isinstance(state, NodeState) and state.node is not None:
            self.refresh()
            self.set_node(state.node)

    def set_node(self, node: str) -> None:
        k = self.node_combo.findData(node)
        if k >= 0:
            self.node_combo.setCurrentIndex(k)

    def node(self) -> str | None:
        data = self.node_combo.currentData()
        return str(data) if data is not None else None

    def _fill_nodes(self, case: Case) -> None:
        nodes = tuple(n.id for n in case.nodes())
        if nodes == self._nodes and all(
            self.node_combo.itemText(k).strip() == node_name(case, n) for k, n in enumerate(nodes)
        ):
            return
        keep = self.node()
        self.node_combo.blockSignals(True)
        self.node_combo.clear()
        for n in case.nodes():
            depth = 0
            p = case.parent_of[n.id]
            while p != "root":
                depth, p = depth + 1, case.parent_of[p]
            self.node_combo.addItem("    " * depth + n.name, n.id)
        self._nodes = nodes
        k = self.node_combo.findData(keep) if keep else -1
        self.node_combo.setCurrentIndex(max(0, k))
        self.node_combo.blockSignals(False)

    def draw(self, case: Case, profile_id: str) -> None:
        self._fill_nodes(case)
        node = self.node()
        if node is None:
            self.data = None
            return
        sens = sensitivity(case, node, profile_id)
        self.data = sens
        t = self.theme
        x = np.array([0.0, 100.0])
        ids = sens.option_ids
        for gone in set(self.lines) - set(ids):
            self.plot.removeItem(self.lines.pop(gone))
            self.plot.removeItem(self.end_labels.pop(gone))
        for i, o in enumerate(ids):
            if o not in self.lines:
                self.lines[o] = self.plot.plot()
                self.end_labels[o] = self.text_item((0, 0.5))
                self.plot.addItem(self.end_labels[o])
            color = option_color(case, o)
            self.lines[o].setData(
                x, [sens.at_zero[i], sens.at_one[i]], pen=t.pen(color, t.line_width * 1.3)
            )
            # a long name takes two lines rather than running off the right edge
            name = wrap_names(
                [option_name(case, o)],
                t.font(t.small_px),
                max(120, int(float(self.plot.vb.width() or 800) * 0.28)),
                2,
            )[0]
            self.set_text(self.end_labels[o], "" if self.frozen else name, color)
        self._place_end_labels(case, sens)
        cw = 100.0 * sens.current_weight
        self.current_line.setPos(cw)
        self.current_line.setPen(t.pen(t.foreground, t.line_width, dashed=True))
        self.set_text(
            self.current_label,
            translate("Charts", "now {weight}").format(
                weight=fmt_percent(sens.current_weight, self.lang)
            ),
        )
        ymax = float(max(sens.at_zero.max(), sens.at_one.max()))
        ymin = float(min(sens.at_zero.min(), sens.at_one.min()))
        self.current_label.setPos(cw + 0.8, ymax + 0.02 * (ymax - ymin + 1))
        # the current winner's interval
        winner = next(
            ((lo, hi, o) for lo, hi, o in sens.best if lo <= sens.current_weight <= hi),
            sens.best[0],
        )
        self.region.setRegion((100 * winner[0], 100 * winner[1]))
        self.region.setBrush(pg.mkBrush(t.highlight))
        for line in self.region.lines:
            line.setPen(pg.mkPen(None))
        # crossovers: all marked; those where the leader changes are labelled
        pts = [
            (100 * w, float(sens.value_at(w)[ids.index(lead)])) for w, lead, _ in sens.crossovers
        ]
        self.markers.setData(
            pos=pts,
            size=t.marker_size,
            brush=pg.mkBrush(t.background),
            pen=t.pen(t.foreground, max(1.5, t.line_width * 0.6)),
        )
        labels = self.leader_changes(case, sens)
        while len(self.crossover_labels) < len(labels):
            item = self.text_item((0.5, 1))
            self.plot.addItem(item)
            self.crossover_labels.append(item)
        for k, item in enumerate(self.crossover_labels):
            if k < len(labels):
                w, text, y = labels[k]
                self.set_text(item, "" if self.frozen else text)
                item.setFont(t.font(t.small_px, bold=True))
                ax = 0.0 if w < 0.3 else (1.0 if w > 0.7 else 0.5)  # stay inside the plot
                item.setAnchor((ax, 1.2 + 1.1 * (k % 2)))  # alternate heights: no overlap
                item.setPos(100 * w, y)
            else:
                self.set_text(item, "")
        self.legend.set_entries([], t)
        self._label_px = names_width(
            [self.end_labels[o].toPlainText() or option_name(case, o) for o in ids],
            t.font(t.small_px),
        )
        self._fit_x()
        pad = 0.08 * (ymax - ymin + 1)
        # (a little above 100: the top tick's number stays inside the plot)
        self.plot.setYRange(max(0.0, ymin - pad), min(104.0, ymax + 3 * pad), padding=0)
        self.plot.getAxis("bottom").setTicks(
            [[(v, fmt_percent(v / 100, self.lang)) for v in range(0, 101, 20)]]
        )

    def _fit_x(self, *_: object) -> None:
        """Leave room right of 100% for the option names, in pixels of the current plot."""
        right = getattr(self, "_label_px", 0.0)
        vbw = max(200.0, float(self.plot.vb.width() or 800))
        room = 100 * right / max(vbw / 2, vbw - right)
        self.plot.setXRange(0, 100 + room + 2, padding=0)

    def leader_changes(self, case: Case, sens: Sensitivity) -> list[tuple[float, str, float]]:
        """(weight, "boven 34%: X eerst", value there) at each boundary of the best intervals."""
        out = []
        ids = sens.option_ids
        for lo, _hi, o in sens.best[1:]:
            y = float(sens.value_at(lo)[ids.index(o)])
            text = translate("Charts", "above {weight}: {option} first").format(
                weight=fmt_percent(lo, self.lang), option=option_name(case, o)
            )
            out.append((lo, text, y))
        return out

    def _place_end_labels(self, case: Case, sens: Sensitivity) -> None:
        """Names at the right end of the lines, pushed apart so they do not overlap."""
        ids = sens.option_ids
        ys = sens.at_one.astype(float).copy()
        order = np.argsort(-ys)
        span = float(
            max(sens.at_zero.max(), sens.at_one.max()) - min(sens.at_zero.min(), sens.at_one.min())
        )
        gap = max(1.0, 0.075 * (span + 2)) * (self.theme.small_px / 13.0) ** 0.5
        placed: list[float] = []
        for i in order:
            y = ys[i]
            if placed and placed[-1] - y < gap:
                y = placed[-1] - gap
            placed.append(y)
        # the lowest name stays above the axis (its numbers): push the column up if needed
        ymin = float(min(sens.at_zero.min(), sens.at_one.min()))
        floor = max(0.0, ymin - 0.08 * (span + 1)) + gap / 2
        lift = max(0.0, floor - min(placed, default=floor))
        for i, y in zip(order, placed, strict=True):
            self.end_labels[ids[i]].setPos(101.0, y + lift)

"""Chart 3: head to head: why option A beats option B, criterion by criterion."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout

from gui.charts.base import ChartView, name_combo, node_name, option_name
from gui.charts.layout import names_width, wrap_names
from gui.charts.state import ChartState, PairState
from gui.i18n import translate
from gui.style import option_color
from model import Case, evaluate
from words.numbers import number as fmt_number

BAR = 0.7


class HeadToHeadChart(ChartView):
    name = "headtohead"
    redraw_on_resize = True  # the values beside the bars need room in pixels

    def title(self) -> str:
        return translate("Charts", "Head to head: where one option gains on the other")

    def how_to_read(self) -> str:
        return translate(
            "Charts",
            "Each bar is weight × (score of A − score of B) for one criterion: to the right"
            " A is better, to the left B is better. Together they add up to the difference"
            " in total value.",
        )

    def build(self) -> None:
        self.a_combo = name_combo(self)
        self.b_combo = name_combo(self)
        self.vs_label = QLabel(self)
        for combo in (self.a_combo, self.b_combo):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.controls.addWidget(self.a_combo)
        self.controls.addWidget(self.vs_label)
        self.controls.addWidget(self.b_combo)
        self.controls.addStretch(1)
        self.plot: pg.PlotItem = self.canvas.addPlot()
        self.plot.invertY(True)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[])
        self.plot.addItem(self.bars)
        self.zero = pg.InfiniteLine(pos=0, angle=90, movable=False)
        self.plot.addItem(self.zero)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # the pane's column (gui.pane)
        layout.insertWidget(layout.indexOf(self.stack), self.summary)
        self.value_labels: list[pg.TextItem] = []
        self._options: tuple[tuple[str, ...], tuple[str, ...]] | tuple[()] = ()
        #: drawn data: leaf ids top to bottom and their differences
        self.leaves: list[str] = []
        self.differences = np.zeros(0)
        self.value_difference = 0.0

    def restyle(self) -> None:
        self.style_plot(self.plot)
        f = self.theme.font(self.theme.small_px)
        for w in (self.a_combo, self.b_combo, self.vs_label):
            w.setFont(f)
        self.vs_label.setText(translate("Charts", "compared with"))

    def state(self) -> PairState:
        return PairState(*self.pair()) if self.built else PairState()

    def set_state(self, state: ChartState) -> None:
        if isinstance(state, PairState) and state.a is not None and state.b is not None:
            self.refresh()
            self.set_pair(state.a, state.b)

    def set_pair(self, a: str, b: str) -> None:
        for combo, o in ((self.a_combo, a), (self.b_combo, b)):
            k = combo.findData(o)
            if k >= 0:
                combo.setCurrentIndex(k)

    def pair(self) -> tuple[str | None, str | None]:
        return self.a_combo.currentData(), self.b_combo.currentData()

    def _fill_options(self, case: Case, order: list[str]) -> None:
        ids = case.option_ids
        names = tuple(o.name for o in case.options)
        if (ids, names) == self._options:
            return
        a, b = self.pair()
        for combo in (self.a_combo, self.b_combo):
            combo.blockSignals(True)
            combo.clear()
            for o in case.options:
                combo.addItem(o.name, o.id)
        self._options = (ids, names)
        a = a if a in ids else order[0]
        b = b if b in ids and b != a else next(o for o in order if o != a)
        self.a_combo.setCurrentIndex(self.a_combo.findData(a))
        self.b_combo.setCurrentIndex(self.b_combo.findData(b))
        for combo in (self.a_combo, self.b_combo):
            combo.blockSignals(False)

    def draw(self, case: Case, profile_id: str) -> None:
        ev = evaluate(case, profile_id)
        self._fill_options(case, ev.ranking)
        a, b = self.pair()
        assert a is not None and b is not None  # a case has two options or cannot be drawn
        ia, ib = ev.option_ids.index(a), ev.option_ids.index(b)
        diff = ev.contribution_array[ia] - ev.contribution_array[ib]
        order = sorted(range(len(diff)), key=lambda j: -diff[j])
        self.leaves = [ev.leaf_ids[j] for j in order]
        self.differences = diff[order]
        self.value_difference = float(ev.value_array[ia] - ev.value_array[ib])
        n = len(order)
        t = self.theme
        ca, cb = option_color(case, a), option_color(case, b)
        d = self.differences
        self.bars.setOpts(
            x0=np.minimum(d, 0),
            width=np.abs(d),
            y=np.arange(n, dtype=float),
            height=BAR,
            brushes=[ca if v >= 0 else cb for v in d],
            pens=[pg.mkPen(None)] * n,
        )
        self.zero.setPen(t.pen(t.foreground, max(1.0, t.line_width / 2)))
        # long criterion names take two lines rather than half the chart (gui.charts.layout)
        font = t.font(t.small_px)
        rows_px = float(self.plot.vb.height() or 400) / max(1, n)
        names = wrap_names(
            [node_name(case, leaf) for leaf in self.leaves],
            font,
            max(120, self.width() // 4),
            int((rows_px - 8) // QFontMetrics(font).lineSpacing()),
        )
        left = self.plot.getAxis("left")
        left.setTicks([[(float(k), nm) for k, nm in enumerate(names)]])
        left.setWidth(names_width(names, font) + 24)
        while len(self.value_labels) < n:
            item = self.text_item()
            self.plot.addItem(item)
            self.value_labels.append(item)
        for k, item in enumerate(self.value_labels):
            if k >= n or abs(d[k]) < 0.05 or self.frozen:
                self.set_text(item, "")
                continue
            self.set_text(item, fmt_number(d[k], self.lang))
            item.setAnchor((0, 0.5) if d[k] >= 0 else (1, 0.5))
            item.setPos(float(d[k]) + (0.15 if d[k] >= 0 else -0.15), float(k))
        span = float(max(1.0, np.abs(d).max()))
        # room beyond the longest bars for their values, in pixels of the plot as it is now
        label_px = self.text_width([fmt_number(v, self.lang) for v in d] or ["0"]) + 16
        half_px = max(100.0, float(self.plot.vb.width() or 600) / 2)
        half = span * half_px / max(0.35 * half_px, half_px - label_px)
        self.plot.setXRange(-half * 1.05, half * 1.05, padding=0)
        self.axis_label(  # at the plot's width (wraps when longer)
            self.plot, "bottom", translate("Charts", "Weighted difference (points of total value)")
        )
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        summary = translate(
            "Charts", "{a} {va} − {b} {vb} = difference {d} (sum of the bars)"
        ).format(
            a=option_name(case, a),
            va=fmt_number(ev.value_array[ia], self.lang),
            b=option_name(case, b),
            vb=fmt_number(ev.value_array[ib], self.lang),
            d=fmt_number(self.value_difference, self.lang),
        )
        # the sum in words above the plot: a wrapped label, never cut at the plot's edges
        self.summary.setText("" if self.frozen else summary)
        self.summary.setFont(t.font(t.small_px, bold=True))
        self.summary.setStyleSheet(f"color:{t.foreground.name()};")
        self.legend.set_entries(
            [
                (ca, translate("Charts", "{a} better").format(a=option_name(case, a))),
                (cb, translate("Charts", "{b} better").format(b=option_name(case, b))),
            ],
            t,
        )

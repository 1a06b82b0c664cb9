"""Chart 5: stakeholders: the ranking under every profile (bump chart) and their group weights."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextOption

from gui.charts.base import ChartView, fmt_percent, node_name, option_name
from gui.charts.layout import LabelPlacer, wrap_syllables
from gui.i18n import translate
from gui.participation.live import ShowsLiveRound
from gui.style import group_colors, option_color
from model import Case, compile_case, evaluate


class StakeholdersChart(ShowsLiveRound, ChartView):
    name = "stakeholders"
    redraw_on_resize = True

    def title(self) -> str:
        return translate("Charts", "Stakeholders: the ranking under every profile, and why")

    def how_to_read(self) -> str:
        return translate(
            "Charts",
            "Top: one column per profile, rank 1 at the top; a line follows each option."
            " Bottom: how much weight each profile gives every criteria group.",
        )

    def build(self) -> None:
        self.bump: pg.PlotItem = self.canvas.addPlot(row=0, col=0)
        self.bump.invertY(True)
        self.weights: pg.PlotItem = self.canvas.addPlot(row=1, col=0)
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.canvas.ci.layout.setRowStretchFactor(1, 2)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.name_labels: dict[str, pg.TextItem] = {}
        self.bar_items: list[pg.BarGraphItem] = []
        self.weight_labels: list[pg.TextItem] = []
        self.profile_labels: list[pg.TextItem] = []
        #: drawn: profile ids (columns), ranking per profile, group weights per profile
        self.profiles: list[str] = []
        self.rankings: dict[str, list[str]] = {}
        self.group_weights = np.zeros((0, 0))

    def restyle(self) -> None:
        self.style_plot(self.bump)
        self.style_plot(self.weights)
        self.axis_label(self.bump, "left", translate("Charts", "Rank"))
        self.axis_label(self.weights, "left", translate("Charts", "Weight"))

    def draw(self, case: Case, profile_id: str) -> None:
        t = self.theme
        evs = [evaluate(case, p.id) for p in case.profiles]
        self.profiles = [p.id for p in case.profiles]
        self.rankings = {ev.profile: ev.ranking for ev in evs}
        n_prof = len(evs)
        ids = evs[0].option_ids
        n_opt = len(ids)
        xs = np.arange(n_prof, dtype=float)
        for gone in set(self.lines) - set(ids):
            self.bump.removeItem(self.lines.pop(gone))
            self.bump.removeItem(self.name_labels.pop(gone))
        for i, o in enumerate(ids):
            if o not in self.lines:
                self.lines[o] = self.bump.plot()
                self.name_labels[o] = self.text_item((1, 0.5))
                self.bump.addItem(self.name_labels[o])
            color = option_color(case, o)
            ranks = np.array([float(ev.rank_array[i]) for ev in evs])
            self.lines[o].setData(
                xs,
                ranks,
                pen=t.pen(color, t.line_width * 1.5),
                symbol="o",
                symbolSize=t.marker_size * 1.3,
                symbolBrush=color,
                symbolPen=pg.mkPen(t.background, width=2),
            )
            self.set_text(self.name_labels[o], option_name(case, o), color)
            self.name_labels[o].setPos(-0.15, ranks[0])
        profile_names = [p.name for p in case.profiles]
        active = [k for k, p in enumerate(self.profiles) if p == profile_id]
        ticks = [
            (float(k), ("▶ " if k in active else "") + nm) for k, nm in enumerate(profile_names)
        ]
        for plot in (self.bump, self.weights):
            plot.getAxis("bottom").setTicks([[(x, "") for x, _ in ticks]])
        axis_w = self.text_width(["00%", "Rank"]) + 2 * t.small_px + 16
        for plot in (self.bump, self.weights):
            plot.getAxis("left").setWidth(axis_w)
        width = max(300.0, float(self.canvas.width() - axis_w - 20))
        # option names take at most a quarter of the width; longer ones wrap onto two lines
        names = [option_name(case, o) for o in ids]
        longest_word = self.text_width([w for n in names for w in n.split()], bold=True)
        names_px = max(longest_word, min(self.text_width(names, bold=True), 0.25 * width))
        # rows too low for two lines: the names get more width instead (never on each other)
        vb_h = max(120.0, float(self.bump.vb.height() or 300))
        row_px = vb_h / (n_opt + 1.8)
        line_px = QFontMetrics(t.font(t.small_px, bold=True)).lineSpacing()
        name_px = t.small_px
        if row_px < 2 * line_px + 12:  # two lines and the label's margins do not fit a row
            # one line each: as wide as 40% of the chart allows, in smaller type if need be
            full = self.text_width(names, bold=True) + 12
            name_px = max(
                round(0.65 * t.small_px), min(t.small_px, int(t.small_px * 0.4 * width / full))
            )
            names_px = max(names_px, full * name_px / t.small_px)
        for label in self.name_labels.values():
            label.setFont(t.font(name_px, bold=True))
            label.textItem.setTextWidth(names_px)
            label.textItem.document().setDefaultTextOption(_right())
        left_room = names_px + 16
        frac = left_room / width
        x_min = -0.3 - (n_prof - 0.4) * frac / max(0.2, 1 - frac)
        self.bump.setXRange(x_min, n_prof - 0.45, padding=0)  # the last name's half column
        col_px = width * (1 - frac) / max(1, n_prof) * 0.9
        while len(self.profile_labels) < n_prof:
            item = self.text_item((0.5, 0))
            self.bump.addItem(item)
            self.profile_labels.append(item)
        # the profile names under their columns, wrapped on words and Dutch syllables to their
        # column's width; where a name's syllables do not fit (even in a smaller type, to 70%)
        # the names get two columns' width and two rows, and the label placer puts each on the
        # first row where it covers no other text (never two names over each other)
        texts = [ticks[k][1] if k < n_prof else "" for k in range(len(self.profile_labels))]
        px, rows = self._fit_profiles(texts, col_px, active, 0.55 * vb_h)
        room = col_px * (rows - 0.05)
        for k, item in enumerate(self.profile_labels):
            font = t.font(px, bold=k in active)
            wrapped = wrap_syllables(texts[k], QFontMetrics(font), int(room - 8), self.lang)
            self.set_text(item, wrapped)
            item.setFont(font)  # (after set_text, which sets the chart's small type)
            item.textItem.setTextWidth(-1)
            item.textItem.document().setDefaultTextOption(_centered())
            # as wide as its widest line, so that the lines are centred under the column
            item.textItem.setTextWidth(item.textItem.document().idealWidth() + 1)
        heights = [item.textItem.boundingRect().height() for item in self.profile_labels]
        row_h = max(heights, default=0.0) + 4
        total_px = row_h * rows
        # room below the last rank for the (wrapped, perhaps staggered) profile names
        names_h = max(
            (lab.textItem.boundingRect().height() for lab in self.name_labels.values()), default=0.0
        )
        share = min(0.6, (total_px + names_h / 2 + 8) / vb_h)
        y_max = max(n_opt + 1.5, (n_opt + 0.45 - 0.5 * share) / (1 - share))
        self.bump.setYRange(0.5, y_max, padding=0)
        per_px = (y_max - 0.5) / vb_h
        # below the last option's name too (it may take two lines around its rank)
        top = n_opt + max(0.45, (names_h / 2 + 2) * per_px)
        placer = LabelPlacer(self.bump, (x_min, n_prof - 0.45), (0.5, y_max), inside=False)
        for label in self.name_labels.values():  # the option names are texts too
            if label.toPlainText():
                placer.keep_out(*placer.box(label, *_xy(label), tuple(label.anchor)))
        for k, item in enumerate(self.profile_labels[:n_prof]):
            x, anchor = float(k), (0.5, 0.0)
            if k == n_prof - 1 and item.textItem.boundingRect().width() > col_px + 1:
                x, anchor = n_prof - 0.47, (1.0, 0.0)  # flush with the plot's right edge
            cands = [(x, top + r * row_h * per_px, anchor) for r in range(rows + 1)]
            placer.place(item, [*cands[k % rows :], *cands[: k % rows]], keep=True)
        for item in self.profile_labels[n_prof:]:
            item.setVisible(False)
        self.bump.getAxis("left").setTicks([[(float(r), str(r)) for r in range(1, n_opt + 1)]])
        # grouped bars: one cluster per profile (same columns), one bar per group
        groups = evs[0].group_ids
        n_g = len(groups)
        leaf_group = compile_case(case).leaf_group
        gw = np.array([np.bincount(leaf_group, ev.weight_array, minlength=n_g) for ev in evs])
        self.group_weights = gw
        shades = group_colors(n_g)
        width_bar = 0.8 / max(1, n_g)
        while len(self.bar_items) < n_g:
            item = pg.BarGraphItem(x=[], height=[], width=width_bar)
            self.weights.addItem(item)
            self.bar_items.append(item)
        while len(self.bar_items) > n_g:
            self.weights.removeItem(self.bar_items.pop())
        for g, item in enumerate(self.bar_items):
            item.setOpts(
                x=xs - 0.4 + width_bar * (g + 0.5),
                height=100 * gw[:, g],
                width=width_bar * 0.9,
                brush=shades[g],
                pen=pg.mkPen(None),
            )
        n_lab = n_prof * n_g
        while len(self.weight_labels) < n_lab:
            item = self.text_item((0.5, 1))
            self.weights.addItem(item)
            self.weight_labels.append(item)
        show_labels = width_bar * width / max(1, n_prof + 1) > self.text_width(["00%"]) * 1.1
        for k, item in enumerate(self.weight_labels):
            if k >= n_lab or not show_labels:
                self.set_text(item, "")
                continue
            p, g = divmod(k, n_g)
            self.set_text(item, fmt_percent(gw[p, g], self.lang))
            item.setPos(xs[p] - 0.4 + width_bar * (g + 0.5), 100 * gw[p, g])
        self.weights.setXRange(x_min, n_prof - 0.6, padding=0)
        self.weights.setYRange(0, 100 * float(gw.max()) * 1.25 + 1, padding=0)
        self.weights.getAxis("left").setTicks(
            [[(v, fmt_percent(v / 100, self.lang)) for v in range(0, 101, 20)]]
        )
        self.legend.set_entries(
            [(shades[g], node_name(case, gid)) for g, gid in enumerate(groups)], t
        )

    def _fit_profiles(
        self, texts: list[str], col_px: float, active: list[int], max_h: float
    ) -> tuple[int, int]:
        """Type size and number of staggered rows for the profile names: the largest type
        (from the small size down to 70%) in which, on one, two or three rows (each name then
        as wide as that many columns), every name's syllables fit and all rows together take
        at most ``max_h`` pixels; the smallest type on three rows when nothing fits."""
        t = self.theme
        for px in range(t.small_px, round(0.7 * t.small_px) - 1, -1):
            for rows in (1, 2, 3):
                room = col_px * (rows - 0.05)
                most = 0
                for k, text in enumerate(texts):
                    fm = QFontMetrics(t.font(px, bold=k in active))
                    lines = wrap_syllables(text, fm, int(room - 8), self.lang).split("\n")
                    if max(fm.horizontalAdvance(x) for x in lines) > room - 8:
                        most = 10**6
                        break
                    most = max(most, len(lines) * fm.lineSpacing() + 12)
                if most * rows <= max_h:
                    return px, rows
        return round(0.7 * t.small_px), 3


def _xy(item: pg.TextItem) -> tuple[float, float]:
    return float(item.pos().x()), float(item.pos().y())


def _right() -> QTextOption:
    option = QTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignRight)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    return option


def _centered() -> QTextOption:
    option = QTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    return option

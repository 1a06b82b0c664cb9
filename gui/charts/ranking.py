"""Chart 1: the ranking, each bar split into the contribution of every criterion group."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QVariantAnimation
from PySide6.QtGui import QFontMetrics, QKeyEvent

from gui.charts.base import ChartView, node_name, option_name
from gui.charts.layout import names_width, wrap_names
from gui.charts.why import Why, WhyPanel, explain_leaves, tooltip_html
from gui.i18n import translate
from gui.style import group_colors, option_color
from gui.tips import StayingTip
from model import Case, evaluate
from words.numbers import number as fmt_number
from words.numbers import rounded as fmt_value

BAR = 0.7  # bar thickness (rows are 1 apart)
SWATCH = 2.2  # width of the option colour swatch left of the bar, in value units


class RankingChart(ChartView):
    name = "ranking"
    redraw_on_resize = True  # the option names wrap at a share of the width

    def title(self) -> str:
        return translate("Charts", "Ranking: total value per option, split by criteria group")

    def how_to_read(self) -> str:
        return translate(
            "Charts",
            "Longest bar = best under this profile; each segment is what a criteria group"
            " contributes. Hover a segment for the scores and their rationale; click to pin it.",
        )

    def build(self) -> None:
        # axis-aligned bars gain nothing from antialiasing (text keeps its own); without it a
        # paint of the chart, twice per slider step, costs about a quarter less
        self.canvas.setAntialiasing(False)
        self.plot: pg.PlotItem = self.canvas.addPlot()
        self.plot.invertY(True)
        self.swatches = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[])
        self.plot.addItem(self.swatches)
        self.group_items: list[pg.BarGraphItem] = []
        self.total_labels: list[pg.TextItem] = []
        self.frozen_label = pg.TextItem("", anchor=(0.5, 0.5))
        self.plot.addItem(self.frozen_label)
        #: y position (row) of each option index, as drawn
        self.rows = np.zeros(0)
        self._last: tuple[Case, np.ndarray] | None = None
        self._anim = QVariantAnimation(self)
        self._anim.setDuration(700)
        self._anim.valueChanged.connect(self._animate_step)
        self._anim_from = np.zeros(0)
        self._anim_to = np.zeros(0)
        self.tip = StayingTip(self.canvas, self._tip_at)
        self.plot.scene().sigMouseMoved.connect(self.tip.moved)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.why_panel = WhyPanel(self.page)
        self.why_panel.apply_theme(self.theme)
        self.side_layout.addWidget(self.why_panel)
        #: (option id, group id) of the pinned explanation
        self.pinned: tuple[str, str] | None = None
        # what was last drawn, so that a redraw touches only what changed
        self._style: object = None
        self._frame: object = None
        self._swatch_key: object = None
        self._label_font = self.theme.font(self.theme.body_px, bold=True)

    # --- drawing -------------------------------------------------------------------------
    def _ensure_items(self, n_groups: int, n_options: int) -> None:
        while len(self.group_items) < n_groups:
            item = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[])
            self.plot.addItem(item)
            self.group_items.append(item)
            self._style = None
        while len(self.group_items) > n_groups:
            self.plot.removeItem(self.group_items.pop())
        while len(self.total_labels) < n_options:
            label = self.text_item((0, 0.5))
            label.setFont(self._label_font)
            self.plot.addItem(label)
            self.total_labels.append(label)
        while len(self.total_labels) > n_options:
            self.plot.removeItem(self.total_labels.pop())

    def draw(self, case: Case, profile_id: str) -> None:
        ev = evaluate(case, profile_id)
        self.evaluation = ev
        n = len(ev.option_ids)
        groups = ev.group_ids
        self._ensure_items(len(groups), n)
        order = ev.order
        rows = np.empty(n)
        for pos, i in enumerate(order):
            rows[i] = pos
        if self.frozen:  # no order while the room weighs: case order
            rows = np.arange(n, dtype=float)
        shades = group_colors(len(groups))
        style = (len(groups), self.theme)
        if style != self._style:  # pens and brushes only when groups or theme change
            self._style = style
            self._label_font = self.theme.font(self.theme.body_px, bold=True)
            for label in self.total_labels:
                label.setFont(self._label_font)
            for g, item in enumerate(self.group_items):
                item.setOpts(brush=shades[g], pen=pg.mkPen(self.theme.background, width=1))
        self._set_bars(case, ev.group_contribution_array, rows)
        self.legend.set_entries(
            [(shades[g], node_name(case, gid)) for g, gid in enumerate(groups)], self.theme
        )
        self._update_pinned()
        # option names on the left axis, best first; the axis and ranges only when they change
        # (each change makes pyqtgraph lay the plot out and redraw its axes)
        ticks = sorted((float(rows[i]), option_name(case, ev.option_ids[i])) for i in range(n))
        frozen_text = translate("Charts", "Frozen — press F to reveal") if self.frozen else ""
        label_room = self.text_width(["100"]) / max(1, self.plot.vb.width() or 800) * 110
        rows_h = int(self.plot.vb.height() or 0) // 8  # the names wrap to the rows height
        frame = (
            ticks,
            self.theme,
            self.frozen,
            frozen_text,
            n,
            label_room,
            self.width() // 4,
            rows_h,
        )
        if frame == self._frame:
            return
        self._frame = frame
        left = self.plot.getAxis("left")
        font = self.theme.font(self.theme.small_px)
        rows_px = float(self.plot.vb.height() or 400) / max(1, n)
        lines = int((rows_px - 8) // QFontMetrics(font).lineSpacing())  # margins between rows
        names = wrap_names([t for _, t in ticks], font, max(120, self.width() // 4), lines)
        ticks = [(pos, name) for (pos, _), name in zip(ticks, names, strict=True)]
        left.setTicks([ticks])
        left.setWidth(names_width(names, font) + 24)
        self.plot.setYRange(-1.3 if self.frozen else -0.6, n - 0.4, padding=0)
        self.plot.setXRange(-SWATCH - 0.5, 100 + max(6.0, label_room), padding=0)
        self.frozen_label.setText(frozen_text, color=self.theme.foreground)
        self.frozen_label.setFont(self.theme.font(self.theme.body_px, bold=True))
        self.frozen_label.setPos(50, -0.95)

    def _set_bars(self, case: Case, contrib: np.ndarray, rows: np.ndarray) -> None:
        """Place the bars at ``rows`` (may be fractional during the reveal animation)."""
        ev = self.evaluation
        n = len(rows)
        self.rows = rows.copy()
        self._last = (case, contrib)
        left = np.zeros(n)
        for g, item in enumerate(self.group_items):
            width = contrib[:, g]
            item.setOpts(x0=left.copy(), y=rows, width=width, height=BAR)
            left = left + width
        colors = [option_color(case, o) for o in ev.option_ids]
        swatch_key = (rows.tobytes(), [c.rgba() for c in colors])
        if swatch_key != self._swatch_key:  # the swatches move only when the order does
            self._swatch_key = swatch_key
            self.swatches.setOpts(
                x0=np.full(n, -SWATCH),
                y=rows,
                width=np.full(n, SWATCH * 0.8),
                height=BAR,
                brushes=colors,
                pens=[pg.mkPen(None)] * n,
            )
        fg = self.theme.foreground
        for i, label in enumerate(self.total_labels):
            text = "" if self.frozen else fmt_value(ev.value_array[i], self.lang)
            if label.toPlainText() != text or label.color != fg:
                label.setText(text, color=fg)
            label.setPos(float(left[i]) + 0.8, float(rows[i]))

    def set_frozen(self, frozen: bool) -> None:
        if frozen == self.frozen:
            return
        before = self.rows.copy()
        self.frozen = frozen
        self._frozen_drawn = False
        self.refresh()
        if not frozen and len(before) == len(self.rows) and self.empty_message is None:
            # reveal: slide from case order to the new order
            self._anim_from, self._anim_to = before, self.rows.copy()
            self._anim.stop()
            self._anim.setStartValue(0.0)
            self._anim.setEndValue(1.0)
            self._animate_step(0.0)
            self._anim.start()

    def _animate_step(self, t: object) -> None:
        if self._last is None or len(self._anim_from) != len(self._anim_to):
            return
        f = float(t)  # type: ignore[arg-type]
        f = 1 - (1 - f) ** 3  # ease out
        rows = self._anim_from + (self._anim_to - self._anim_from) * f
        self._set_bars(self._last[0], self._last[1], rows)

    # --- hover ---------------------------------------------------------------------------
    def segment_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(option index, group index) of the segment at data point (x, y), if any."""
        if self.empty_message is not None or not len(self.rows):
            return None
        hits = np.nonzero(np.abs(self.rows - y) <= BAR / 2)[0]
        if not len(hits):
            return None
        i = int(hits[0])
        left = 0.0
        for g in range(len(self.group_items)):
            width = float(self.evaluation.group_contribution_array[i, g])
            if left <= x < left + width:
                return i, g
            left += width
        return None

    def why(self, option_index: int, group_index: int) -> Why:
        """What the hover text and the pinned panel say about one segment."""
        case = self.session.analysis_case
        ev = self.evaluation
        opt = ev.option_ids[option_index]
        group = ev.group_ids[group_index]
        leaves = [n.id for n in case.node_by_id[group].walk() if n.is_leaf]
        contribution = fmt_number(ev.group_contribution_array[option_index, group_index], self.lang)
        return Why(
            title=f"{option_name(case, opt)} — {node_name(case, group)}",
            summary=translate("Charts", "Contributes {points} of the total value {total}.").format(
                points=contribution, total=fmt_value(ev.value_array[option_index], self.lang)
            ),
            lines=explain_leaves(case, opt, leaves, self.lang),
        )

    def tooltip_text(self, option_index: int, group_index: int) -> str:
        """Rich text for the tooltip; every user-written part is escaped."""
        return tooltip_html(self.why(option_index, group_index))

    def _segment_at_scene(self, pos: QPointF) -> tuple[int, int] | None:
        if not self.__dict__.get("_built") or not self.plot.sceneBoundingRect().contains(pos):
            return None
        p = self.plot.vb.mapSceneToView(pos)
        return self.segment_at(p.x(), p.y())

    def _tip_at(self, pos: QPointF) -> str | None:
        hit = self._segment_at_scene(pos)
        return None if hit is None or self.frozen else self.tooltip_text(*hit)

    def _clicked(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        hit = self._segment_at_scene(pos)
        if hit is not None and not self.frozen:
            self.pin(*hit)
            self.setFocus(Qt.FocusReason.MouseFocusReason)

    def pin(self, option_index: int, group_index: int) -> None:
        """Pin the explanation of one segment in the side panel (a click or a tap)."""
        ev = self.evaluation
        self.pinned = (ev.option_ids[option_index], ev.group_ids[group_index])
        self.tip.hide()
        self.why_panel.set_why(self.why(option_index, group_index))

    def unpin(self) -> bool:
        if self.pinned is None:
            return False
        self.pinned = None
        self.why_panel.set_why(None)
        return True

    def _update_pinned(self) -> None:
        """After a redraw: the pinned segment's numbers as they are now (or unpin if gone)."""
        if self.pinned is None:
            return
        ev = self.evaluation
        opt, group = self.pinned
        if opt in ev.option_ids and group in ev.group_ids and not self.frozen:
            self.why_panel.set_why(self.why(ev.option_ids.index(opt), ev.group_ids.index(group)))
        else:
            self.unpin()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.unpin():
            event.accept()
            return
        super().keyPressEvent(event)

    def restyle(self) -> None:
        self.style_plot(self.plot)
        self.axis_label(self.plot, "bottom", translate("Charts", "Total value (0–100)"))
        self.why_panel.apply_theme(self.theme)

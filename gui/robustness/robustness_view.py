"""Robuustheid: the chance of each place (SMAA-2 rank acceptability) as stacked bars."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from gui.charts.common import local_tick_numbers
from gui.charts.layout import fit_axis_height
from gui.i18n import translate
from gui.robustness.base import AnalysisView, node_name, option_name, profile_name
from gui.style import option_color, rank_colors, text_on
from gui.tips import StayingTip
from model import Case
from model.profiles import rank_order, top_weights
from model.robustness import Robustness, robustness
from words.numbers import count as fmt_count
from words.numbers import percent as fmt_percent

BAR = 0.7
SWATCH = 3.0  # width of the option colour marker left of the bar (percent units)
DEFAULT_SAMPLES = 10_000
DEFAULT_SEED = 20240601  # a fixed seed: the same case always gives the same picture


@dataclass(frozen=True)
class RobustnessInputs:
    case: Case
    profile_id: str
    mode: str
    spread: float | None
    samples: int
    seed: int | None


class RobustnessView(AnalysisView[RobustnessInputs, Robustness]):
    help_topic = "robuustheid"
    cancellable = True

    def title(self) -> str:
        return translate("Robustness", "Robustness: the chance of each place per option")

    def how_to_read(self) -> str:
        return translate(
            "Robustness",
            "Each bar is all samples (100%): the darkest part is how often the option comes"
            " first, lighter parts are place 2, 3, … Hover an option for the weights with which"
            " it comes first.",
        )

    # --- widgets ---------------------------------------------------------------------------
    def build(self) -> None:
        self.seed: int | None = DEFAULT_SEED
        self.mode_box = QComboBox(self)
        for mode, text in (
            ("uniform", translate("Robustness", "Every weighting equally likely")),
            ("spread", translate("Robustness", "Around the active profile (± spread)")),
            ("between-profiles", translate("Robustness", "Between the profiles")),
        ):
            self.mode_box.addItem(text, mode)
        self.spread_box = QDoubleSpinBox(self)
        self.spread_box.setRange(1, 100)
        self.spread_box.setDecimals(0)
        self.spread_box.setValue(20)
        self.spread_box.setPrefix("± ")
        self.spread_box.setSuffix(" %")
        self.spread_box.setToolTip(translate("Robustness", "How far each weight may vary"))
        self.samples_box = QSpinBox(self)
        self.samples_box.setRange(1_000, 1_000_000)
        self.samples_box.setSingleStep(5_000)
        self.samples_box.setValue(DEFAULT_SAMPLES)
        self.samples_box.setGroupSeparatorShown(True)
        self.samples_label = QLabel(translate("Robustness", "Samples:"), self)
        self.mode_label = QLabel(translate("Robustness", "Weights:"), self)
        self.controls.addWidget(self.mode_label)
        self.controls.addWidget(self.mode_box)
        self.controls.addWidget(self.spread_box)
        self.controls.addSpacing(16)
        self.controls.addWidget(self.samples_label)
        self.controls.addWidget(self.samples_box)
        self.controls.addStretch(1)
        self.mode_box.currentIndexChanged.connect(self._on_q_mode)
        self.spread_box.valueChanged.connect(lambda _v: self.schedule())
        self.samples_box.valueChanged.connect(lambda _v: self.schedule())
        self.spread_box.setVisible(False)

        self.info_label = QLabel(self.content)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setWordWrap(True)
        self.canvas = pg.GraphicsLayoutWidget(self.content)
        self.plot: pg.PlotItem = self.canvas.addPlot()
        self.plot.invertY(True)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.swatches = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[])
        self.plot.addItem(self.swatches)
        self.rank_items: list[pg.BarGraphItem] = []
        self.segment_labels: list[list[pg.TextItem]] = []
        self.legend_label = QLabel(self.content)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)  # only our own words and colours
        self.legend_label.setWordWrap(True)
        self.details_label = QLabel(self.content)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setWordWrap(True)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box = QVBoxLayout(self.content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.info_label)
        box.addWidget(self.canvas, 1)
        box.addWidget(self.legend_label)
        box.addWidget(self.details_label)
        #: row (position from the top) of each option index, as drawn
        self.rows = np.zeros(0)
        self.hovered: str | None = None
        self.pinned: str | None = None
        self.tip = StayingTip(self.canvas, self._tip_at)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        # the share labels are placed in pixels: place them again at the size the plot got
        self.plot.vb.sigResized.connect(lambda *_: self.redisplay())

    def style_content(self) -> None:
        t = self.theme
        small, body = self.small_font(), self.body_font()
        for side in ("left", "bottom"):
            ax = self.plot.getAxis(side)
            local_tick_numbers(ax, self.lang)  # 1,5 in Dutch
            ax.setPen(pg.mkPen(t.foreground, width=max(1.0, self._px() / 13)))
            ax.setTextPen(pg.mkPen(t.foreground))
            ax.setStyle(tickFont=body if side == "left" else small)
        self.plot.getAxis("bottom").setLabel(
            html.escape(translate("Robustness", "Share of the samples (%)")),
            **{"color": t.foreground.name(), "font-size": f"{small.pixelSize()}px"},
        )
        fit_axis_height(self.plot.getAxis("bottom"), small.pixelSize())
        self.canvas.setBackground(t.background)
        self.info_label.setFont(body)
        self.details_label.setFont(body)
        self.legend_label.setFont(small)
        self.empty_label.setFont(body)
        self.busy.setMaximumHeight(max(6, self._px() // 2))

    # --- view state ------------------------------------------------------------------------
    def _on_q_mode(self, _index: int) -> None:
        self.spread_box.setVisible(self.mode() == "spread")
        self.schedule()

    def mode(self) -> str:
        return str(self.mode_box.currentData())

    def set_mode(self, mode: str, spread: float | None = None) -> None:
        """Choose the weight mode (``spread`` as a share, e.g. 0.2 for ±20%)."""
        k = self.mode_box.findData(mode)
        if k < 0:
            raise ValueError(mode)
        self.mode_box.blockSignals(True)
        self.spread_box.blockSignals(True)
        self.mode_box.setCurrentIndex(k)
        if spread is not None:
            self.spread_box.setValue(100 * spread)
        self.spread_box.setVisible(mode == "spread")
        self.mode_box.blockSignals(False)
        self.spread_box.blockSignals(False)
        self.schedule()

    def set_samples(self, samples: int) -> None:
        self.samples_box.blockSignals(True)
        self.samples_box.setValue(samples)
        self.samples_box.blockSignals(False)
        self.schedule()

    def set_seed(self, seed: int | None) -> None:
        """The random seed (None: a new draw each time)."""
        self.seed = seed
        self.schedule()

    # --- analysis ----------------------------------------------------------------------------
    def inputs(self) -> RobustnessInputs:
        mode = self.mode()
        return RobustnessInputs(
            case=self.analysed_case(),
            profile_id=self.session.profile_id,
            mode=mode,
            spread=self.spread_box.value() / 100 if mode == "spread" else None,
            samples=int(self.samples_box.value()),
            seed=self.seed,
        )

    @staticmethod
    def compute(
        inputs: RobustnessInputs, progress: Callable[[int, int], None] | None = None
    ) -> Robustness:
        return robustness(
            inputs.case,
            inputs.profile_id,
            mode=inputs.mode,
            spread=inputs.spread,
            samples=inputs.samples,
            seed=inputs.seed,
            progress=progress,
        )

    # --- drawing -----------------------------------------------------------------------------
    def _ensure_items(self, n: int) -> None:
        while len(self.rank_items) < n:
            item = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[])
            self.plot.addItem(item)
            self.rank_items.append(item)
        while len(self.rank_items) > n:
            self.plot.removeItem(self.rank_items.pop())
        while len(self.segment_labels) < n:
            row = []
            for _ in range(n):
                label = pg.TextItem("", anchor=(0.5, 0.5))
                self.plot.addItem(label)
                row.append(label)
            self.segment_labels.append(row)
        while len(self.segment_labels) > n:
            for label in self.segment_labels.pop():
                self.plot.removeItem(label)
        for row in self.segment_labels:
            while len(row) < n:
                label = pg.TextItem("", anchor=(0.5, 0.5))
                self.plot.addItem(label)
                row.append(label)
            while len(row) > n:
                self.plot.removeItem(row.pop())

    def present(self, inputs: RobustnessInputs, r: Robustness) -> None:
        case = inputs.case
        self.case = case
        acc = r.rank_acceptability
        n = len(r.option_ids)
        self._ensure_items(n)
        order = rank_order(acc)
        rows = np.empty(n)
        for pos, i in enumerate(order):
            rows[i] = pos
        self.rows = rows
        self.order = [r.option_ids[i] for i in order]
        shades = rank_colors(n)
        left = np.zeros(n)
        vb_width = float(self.plot.vb.width() or 0) or 900.0
        px_per_unit = vb_width / (100 + SWATCH + 1)
        small = self.small_font()
        for k, item in enumerate(self.rank_items):
            width = 100 * acc[:, k]
            item.setOpts(
                x0=left.copy(),
                y=rows,
                width=width,
                height=BAR,
                brush=shades[k],
                pen=pg.mkPen(self.theme.background, width=1),
            )
            for i in range(n):
                label = self.segment_labels[i][k]
                text = fmt_percent(acc[i, k], self.lang, 0)
                fits = width[i] * px_per_unit >= self.text_width([text], small) + 6
                label.setText(text if fits and acc[i, k] > 0 else "", color=text_on(shades[k]))
                label.setFont(small)
                label.setPos(float(left[i] + width[i] / 2), float(rows[i]))
            left = left + width
        self.swatches.setOpts(
            x0=np.full(n, -SWATCH - 0.5),
            y=rows,
            width=np.full(n, SWATCH),
            height=BAR,
            brushes=[option_color(case, o) for o in r.option_ids],
            pens=[pg.mkPen(None)] * n,
        )
        ticks = [(float(rows[i]), option_name(case, o)) for i, o in enumerate(r.option_ids)]
        left_axis = self.plot.getAxis("left")
        left_axis.setTicks([sorted(ticks)])
        left_axis.setWidth(self.text_width([t for _, t in ticks]) + 24)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        self.plot.setXRange(-SWATCH - 1, 104, padding=0)
        self.plot.getAxis("bottom").setTicks([[(x, str(x)) for x in range(0, 101, 20)]])
        self.info_label.setText(self.describe(inputs, r))
        place = translate("Robustness", "place {k}")
        legend = " &nbsp; ".join(
            f"<span style='background-color:{c.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>"
            f"&nbsp;{html.escape(place.format(k=k + 1))}"
            for k, c in enumerate(shades)
        )
        self.legend_label.setText(legend)
        if self.pinned is not None and self.pinned not in r.option_ids:
            self.pinned = None
        shown = self.hovered if self.hovered in r.option_ids else self.order[0]
        if self.pinned is not None:
            self.details_label.setText(self._pinned_text(self.pinned))
        else:
            self.details_label.setText(self.central_text(shown))

    def describe(self, inputs: RobustnessInputs, r: Robustness) -> str:
        """The sample count and the mode, in words."""
        case = inputs.case
        if r.mode == "uniform":
            how = translate("Robustness", "every weighting equally likely (no preferences)")
        elif r.mode == "spread":
            how = translate("Robustness", "weights within ±{pct} of the profile {profile}").format(
                pct=fmt_percent(r.spread or 0.0, self.lang, 0),
                profile=profile_name(case, inputs.profile_id),
            )
        else:
            how = translate("Robustness", "weights between the {n} profiles").format(
                n=len(case.profiles)
            )
        ranges = sum(1 for s in case.scores if s.low is not None or s.high is not None)
        return translate(
            "Robustness", "{samples} samples: {how}; {ranges} scores with a range vary."
        ).format(samples=fmt_count(r.samples, self.lang), how=how, ranges=ranges)

    def central_text(self, option_id: str) -> str:
        """Plain text: how often the option is first, and its central weights (top five)."""
        r: Robustness | None = self.result
        if r is None:
            return ""
        case = self.case
        name = option_name(case, option_id)
        i = r.option_ids.index(option_id)
        first = fmt_percent(r.rank_acceptability[i, 0], self.lang)
        if option_id not in r.central_weights:
            return translate("Robustness", "{option}: first in none of the samples.").format(
                option=name
            )
        head = translate(
            "Robustness",
            "{option}: first in {share} of the samples (confidence {confidence})."
            " Weights with which it comes first, on average:",
        ).format(
            option=name, share=first, confidence=fmt_percent(r.confidence[option_id], self.lang)
        )
        tops = top_weights(r.leaf_ids, r.central_weights[option_id])
        parts = [f"{node_name(case, leaf)} {fmt_percent(w, self.lang)}" for leaf, w in tops]
        return head + "\n" + " · ".join(parts)

    # --- hover -------------------------------------------------------------------------------
    def option_at(self, y: float) -> str | None:
        if self.result is None or not len(self.rows):
            return None
        hits = np.nonzero(np.abs(self.rows - y) <= BAR / 2)[0]
        if not len(hits):
            return None
        oid: str = self.result.option_ids[int(hits[0])]
        return oid

    def _option_at_scene(self, pos: QPointF) -> str | None:
        if self.result is None or not self.plot.sceneBoundingRect().contains(pos):
            return None
        return self.option_at(self.plot.vb.mapSceneToView(pos).y())

    def _tip_at(self, pos: QPointF) -> str | None:
        oid = self._option_at_scene(pos)
        if oid is None:
            return None
        return "<p style='white-space:pre-wrap'>" + html.escape(self.central_text(oid)) + "</p>"

    def _hover(self, pos: QPointF) -> None:
        """The details follow the pointer, unless an option is pinned; the tooltip stays up
        while the pointer rests (``StayingTip``)."""
        oid = self._option_at_scene(pos)
        if oid is not None and self.pinned is None:
            self.hovered = oid
            self.details_label.setText(self.central_text(oid))
        self.tip.moved(pos)

    def _clicked(self, event: object) -> None:
        oid = self._option_at_scene(event.scenePos())  # type: ignore[attr-defined]
        if oid is not None:
            self.pin(oid)
            self.setFocus(Qt.FocusReason.MouseFocusReason)

    def pin(self, option_id: str) -> None:
        """Keep the details of ``option_id`` below the chart until another is chosen or Esc."""
        self.pinned = self.hovered = option_id
        self.tip.hide()
        self.details_label.setText(self._pinned_text(option_id))

    def _pinned_text(self, option_id: str) -> str:
        return (
            translate("Robustness", "Pinned (Esc releases it):")
            + " "
            + self.central_text(option_id)
        )

    def unpin(self) -> bool:
        if self.pinned is None:
            return False
        self.pinned = None
        self.details_label.setText(self.central_text(self.hovered or self.order[0]))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.unpin():
            event.accept()
            return
        super().keyPressEvent(event)

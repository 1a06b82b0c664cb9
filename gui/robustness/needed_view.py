"""Wat is ervoor nodig?  The smallest weight change that makes a chosen option the best."""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.charts.base import name_combo
from gui.charts.common import local_tick_numbers
from gui.charts.layout import fit_axis_height, wrap_syllables
from gui.i18n import translate
from gui.robustness.base import AnalysisView, fit_height, node_name, option_name, profile_name
from gui.style import option_color
from model import Case, evaluate
from model.commands import SetProfile
from model.profiles import changed_leaves, profile_from_stability
from model.stability import Stability, stability
from words.numbers import percent as fmt_percent
from words.sentences import stability_sentence

BAR = 0.38
DISTANCE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class NeededInputs:
    case: Case
    profile_id: str
    target: str


def swatch_icon(color: QColor, side: int = 14) -> QIcon:
    pm = QPixmap(side, side)
    pm.fill(color)
    return QIcon(pm)


def sentence(case: Case, result: Stability, lang: str, *, with_profile: bool = True) -> str:
    """The command line's sentence ("Raad Heemstede: 8,3% van het gewicht verschuiven ...").

    ``with_profile=False`` drops the leading "profile: " (the table names it in its own column).
    """
    text = stability_sentence(case, result, lang)
    who = profile_name(case, result.profile) + ": "
    if not with_profile and text.startswith(who):
        rest = text[len(who) :]
        return rest[:1].upper() + rest[1:]
    return text


class NeededView(AnalysisView[NeededInputs, dict[str, Stability]]):
    help_topic = "nodig"

    def title(self) -> str:
        return translate("Robustness", "What would it take? The smallest change of weights")

    def how_to_read(self) -> str:
        return translate(
            "Robustness",
            "Pick an option: per profile, the share of all weight that must move before it is"
            " the best (0% = it already is). The bars compare the active profile's weights now"
            " with the nearest weights that make the option the best.",
        )

    def build(self) -> None:
        self.target: str | None = None
        self.option_box = name_combo(self)
        self.option_label = QLabel(translate("Robustness", "Option:"), self)
        self.controls.addWidget(self.option_label)
        self.controls.addWidget(self.option_box, 1)
        self.option_box.currentIndexChanged.connect(self._on_q_option)

        self.table = QTableWidget(0, 3, self.content)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Robustness", "Profile"),
                translate("Robustness", "Weight to move"),
                translate("Robustness", "What it takes"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table_scale = 1.0
        self.inputs_shown: NeededInputs | None = None

        lower = QWidget(self.content)
        self.chart_title = QLabel(lower)
        self.chart_title.setTextFormat(Qt.TextFormat.PlainText)
        self.chart_title.setWordWrap(True)
        self.canvas = pg.GraphicsLayoutWidget(lower)
        self.plot: pg.PlotItem = self.canvas.addPlot()
        # the value labels are placed in pixels: place them again at the size the plot got
        self.plot.vb.sigResized.connect(lambda *_: self.redisplay())
        self.plot.invertY(True)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.now_bars = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[])
        self.needed_bars = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[])
        self.plot.addItem(self.now_bars)
        self.plot.addItem(self.needed_bars)
        self.bar_labels: list[pg.TextItem] = []
        self.legend_label = QLabel(lower)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)  # escaped names only
        self.legend_label.setWordWrap(True)
        self.save_button = QPushButton(translate("Robustness", "Save as new profile"), lower)
        self.save_button.setToolTip(
            translate(
                "Robustness",
                "Adds a profile with these weights (the active profile stays as it is; undo"
                " removes it again).",
            )
        )
        self.save_button.clicked.connect(self._on_q_save)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.chart_title)
        lower_box.addWidget(self.canvas, 1)
        lower_box.addWidget(self.legend_label)
        lower_box.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

        box = QVBoxLayout(self.content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addWidget(lower, 1)
        #: (leaf, now, needed) as drawn, largest change first
        self.changes: list[tuple[str, float, float]] = []
        self.active: Stability | None = None

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
            html.escape(translate("Robustness", "Weight (% of all weight)")),
            **{"color": t.foreground.name(), "font-size": f"{small.pixelSize()}px"},
        )
        fit_axis_height(self.plot.getAxis("bottom"), small.pixelSize())
        self.canvas.setBackground(t.background)
        self.table.setFont(body)
        self.table.horizontalHeader().setFont(body)
        self.chart_title.setFont(self.scaled_font(1.1, bold=True))
        self.legend_label.setFont(small)
        self.empty_label.setFont(body)
        icon = max(12, self._px())
        self.option_box.setIconSize(
            self.option_box.iconSize().scaled(icon, icon, Qt.AspectRatioMode.IgnoreAspectRatio)
        )

    # --- view state --------------------------------------------------------------------------
    def _fill_options(self, case: Case) -> None:
        ids = [self.option_box.itemData(k) for k in range(self.option_box.count())]
        names = [self.option_box.itemText(k) for k in range(self.option_box.count())]
        if ids == list(case.option_ids) and names == [o.name for o in case.options]:
            return
        self.option_box.blockSignals(True)
        self.option_box.clear()
        for o in case.options:
            self.option_box.addItem(swatch_icon(option_color(case, o.id)), o.name, o.id)
        if self.target in case.option_ids:
            self.option_box.setCurrentIndex(case.option_ids.index(self.target))
        self.option_box.blockSignals(False)

    def _on_q_option(self, index: int) -> None:
        if index >= 0:
            self.target = str(self.option_box.itemData(index))
            self.schedule()

    def set_target(self, option_id: str) -> None:
        """Choose the option to make the best."""
        self.target = option_id
        k = self.option_box.findData(option_id)
        if k >= 0:
            self.option_box.blockSignals(True)
            self.option_box.setCurrentIndex(k)
            self.option_box.blockSignals(False)
        self.schedule()

    def _default_target(self, case: Case, profile_id: str) -> str:
        """The runner-up of the active profile (the usual question), else the first option."""
        try:
            ev = evaluate(case, profile_id)
        except Exception:
            return case.option_ids[0] if case.option_ids else ""
        order = [ev.option_ids[i] for i in ev.order]
        return order[1] if len(order) > 1 else order[0]

    # --- analysis ----------------------------------------------------------------------------
    def inputs(self) -> NeededInputs:
        case = self.analysed_case()
        self._fill_options(case)
        if self.target not in case.option_ids:
            self.target = self._default_target(case, self.session.profile_id)
            self.set_target(self.target)
            self._timer.stop()
        return NeededInputs(case, self.session.profile_id, self.target or "")

    @staticmethod
    def compute(inputs: NeededInputs) -> dict[str, Stability]:
        return {p.id: stability(inputs.case, inputs.target, p.id) for p in inputs.case.profiles}

    # --- drawing -----------------------------------------------------------------------------
    def present(self, inputs: NeededInputs, results: dict[str, Stability]) -> None:
        case = inputs.case
        self.case = case
        self.inputs_shown = inputs
        body = self.body_font()
        bold = self.scaled_font(1.0, bold=True)
        self.table.setRowCount(len(results))
        for row, (pid, res) in enumerate(results.items()):
            name = QTableWidgetItem(profile_name(case, pid))
            name.setData(Qt.ItemDataRole.UserRole, pid)
            name.setFont(bold if pid == inputs.profile_id else body)
            if res.distance is None:
                dist = QTableWidgetItem(translate("Robustness", "unreachable"))
            else:
                dist = QTableWidgetItem(fmt_percent(res.distance, self.lang))
            dist.setData(DISTANCE_ROLE, res.distance)
            dist.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            dist.setFont(bold)
            words = QTableWidgetItem(sentence(case, res, self.lang, with_profile=False))
            words.setFont(body)
            for col, item in enumerate((name, dist, words)):
                self.table.setItem(row, col, item)
        self.table_scale = 1.0
        self._lay_out_table()

        active = results.get(inputs.profile_id)
        self.active = active
        target_name = option_name(case, inputs.target)
        pname = profile_name(case, inputs.profile_id)
        self.changes = changed_leaves(active) if active is not None else []
        reachable = active is not None and active.reachable
        can_save = reachable and bool(self.changes)
        self.save_button.setEnabled(can_save)
        if active is None:
            self.chart_title.setText("")
        elif not active.reachable:
            self.chart_title.setText(
                translate(
                    "Robustness",
                    "No weighting makes {option} the best: whatever the weights, another option"
                    " scores higher.",
                ).format(option=target_name)
            )
        elif not self.changes:
            self.chart_title.setText(
                translate("Robustness", "{option} is already the best for {profile}.").format(
                    option=target_name, profile=pname
                )
            )
        else:
            self.chart_title.setText(
                translate(
                    "Robustness",
                    "{profile}: weights now and the nearest weights that make {option} the best",
                ).format(profile=pname, option=target_name)
            )
        self._draw_bars(case, inputs.target)
        self.canvas.setVisible(bool(self.changes))
        self.legend_label.setVisible(bool(self.changes))
        self._fit_table()

    def _fit_table(self) -> None:
        """The table as tall as its rows, leaving the chart, its title and the button room."""
        avail = self.stack.height() if self.stack.height() > 100 else int(self.height() * 0.7)
        width = max(200, self.content.width())
        others = (
            self.chart_title.heightForWidth(width)
            + self.legend_label.sizeHint().height()
            + self.save_button.sizeHint().height()
            + 4 * self._px()  # spacing
            # the chart itself: a line per bar and its axis, at least a few lines
            + (round((2 * len(self.changes) + 2) * 0.75 * self._px()) if self.changes else 0)
        )
        cap = max(4 * self._px(), min(int(avail * 0.7), avail - others))
        # a compact table rather than a scrolled one: smaller type (to 70%) until all rows fit
        self.table_scale = 1.0
        self._lay_out_table()
        while self._table_height() > cap and self.table_scale > 0.72:
            self.table_scale = round(self.table_scale - 0.06, 2)
            self._lay_out_table()
        fit_height(self.table, cap)

    def _table_height(self) -> int:
        t = self.table
        rows = sum(t.rowHeight(r) for r in range(t.rowCount()))
        return rows + t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth() + 2

    def _lay_out_table(self) -> None:
        """Fonts at ``table_scale``; the profile names wrap (whole words, Dutch syllables) in
        at most a quarter of the width, the weight column as narrow as its numbers, and the
        sentence gets the rest, so that each row takes a few lines."""
        t = self.table
        f = self.table_scale
        body = self.scaled_font(f)
        bold = self.scaled_font(f, bold=True)
        t.setFont(body)
        t.horizontalHeader().setFont(bold)
        shown = self.inputs_shown
        if shown is None:
            return
        active = shown.profile_id
        width = max(300, t.viewport().width(), self.content.width() - 4)
        pad = 2 * max(4, round(self._px() * f * 0.6))
        fm_body, fm_bold = QFontMetrics(body), QFontMetrics(bold)
        heads = [
            translate("Robustness", "Profile"),
            translate("Robustness", "Weight to move"),
            translate("Robustness", "What it takes"),
        ]
        name_cap = width // 4
        widths = [0, 0]
        for row in range(t.rowCount()):
            name, dist, words = (t.item(row, c) for c in range(3))
            if name is None or dist is None or words is None:
                continue
            pid = name.data(Qt.ItemDataRole.UserRole)
            font, fm = (bold, fm_bold) if pid == active else (body, fm_body)
            name.setFont(font)
            text = wrap_syllables(profile_name(shown.case, str(pid)), fm, name_cap - pad, self.lang)
            name.setText(text)
            widths[0] = max(widths[0], max(fm.horizontalAdvance(x) for x in text.split("\n")))
            dist.setFont(bold)
            widths[1] = max(widths[1], fm_bold.horizontalAdvance(dist.text()))
            words.setFont(body)
        longest_word = max(fm_bold.horizontalAdvance(w) for w in heads[1].split())
        head1 = wrap_syllables(heads[1], fm_bold, max(widths[1], longest_word), self.lang)
        widths[1] = max(widths[1], max(fm_bold.horizontalAdvance(x) for x in head1.split("\n")))
        widths[0] = max(widths[0], fm_bold.horizontalAdvance(heads[0]))
        t.setHorizontalHeaderLabels([heads[0], head1, heads[2]])
        for col in range(3):
            head = t.horizontalHeaderItem(col)
            if head is not None:
                head.setFont(bold)  # the header paints its items' fonts
        header = t.horizontalHeader()
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            t.setColumnWidth(col, widths[col] + pad)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        t.resizeRowsToContents()

    def refit(self) -> None:
        self._fit_table()

    def _draw_bars(self, case: Case, target: str) -> None:
        k = len(self.changes)
        now = np.array([c[1] for c in self.changes]) * 100
        need = np.array([c[2] for c in self.changes]) * 100
        rows = np.arange(k, dtype=float)
        muted = QColor("#9AA5B1")
        color = option_color(case, target)
        self.now_bars.setOpts(
            x0=np.zeros(k),
            y=rows - BAR / 2 - 0.02,
            width=now,
            height=BAR,
            brush=muted,
            pen=pg.mkPen(None),
        )
        self.needed_bars.setOpts(
            x0=np.zeros(k),
            y=rows + BAR / 2 + 0.02,
            width=need,
            height=BAR,
            brush=color,
            pen=pg.mkPen(None),
        )
        while len(self.bar_labels) < 2 * k:
            label = pg.TextItem("", anchor=(0, 0.5))
            self.plot.addItem(label)
            self.bar_labels.append(label)
        small = self.small_font()
        top = float(max(now.max(initial=0), need.max(initial=0)))
        for j, label in enumerate(self.bar_labels):
            if j >= 2 * k:
                label.setText("")
                continue
            i, which = divmod(j, 2)
            value = now[i] if which == 0 else need[i]
            y = rows[i] + (-1 if which == 0 else 1) * (BAR / 2 + 0.02)
            label.setText(fmt_percent(value / 100, self.lang), color=self.theme.foreground)
            label.setFont(small)
            label.setPos(float(value) + top * 0.01, float(y))
        ticks = [
            (float(rows[i]), node_name(case, leaf)) for i, (leaf, _, _) in enumerate(self.changes)
        ]
        axis = self.plot.getAxis("left")
        axis.setTicks([ticks])
        axis.setWidth(self.text_width([t for _, t in ticks]) + 24)
        label_room = self.text_width(["00,0%"], small) / max(
            200.0, float(self.plot.vb.width() or 800)
        )
        self.plot.setXRange(0, max(1.0, top) * (1.04 + 1.3 * label_room), padding=0)
        self.plot.setYRange(-0.6, max(k, 1) - 0.4, padding=0)
        pname = html.escape(profile_name(case, self.session.profile_id))
        oname = html.escape(option_name(case, target))
        now_word = html.escape(translate("Robustness", "now"))
        needed_word = html.escape(translate("Robustness", "needed"))
        self.legend_label.setText(
            f"<span style='background-color:{muted.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>"
            f"&nbsp;{now_word} ({pname}) &nbsp; "
            f"<span style='background-color:{color.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>"
            f"&nbsp;{needed_word} ({oname})"
        )

    # --- saving ------------------------------------------------------------------------------
    def new_profile_name(self, case: Case, result: Stability) -> str:
        return translate("Robustness", "{profile}, with {option} the best").format(
            profile=profile_name(case, result.profile), option=option_name(case, result.target)
        )

    def _on_q_save(self) -> bool:
        res = self.active
        if res is None or self.result is None:
            return False
        case = self.session.analysis_case
        if case is not self.case:  # the case changed since: the weights may be outdated
            res = stability(case, res.target, res.profile)
        profile = profile_from_stability(case, res, self.new_profile_name(case, res))
        if profile is None:
            return False
        return bool(self.host.push(SetProfile(profile_id=profile.id, profile=profile)))

    def save_as_profile(self) -> bool:
        """The button: one ``SetProfile`` adding a profile with the nearest weights."""
        return self._on_q_save()

"""The "Per onderdeel" chart: every unit's value of every option, and the portfolio of forms.

Top: a grid, one row per unit and one column per option, with the unit's value of the option
(its effective scores, the active profile); each unit's best option is marked (★ and the option's
colour), an option the unit excludes is a grey "—" whose reason shows on hover.  Bottom: the best
choice with at most k forms for k = 1..n (value against the number of forms), with the
assignment written out beside it, so that a college sees what a tailored choice gains and what
one form for all costs.  Follows the weights live, like every chart; projectable.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout

from gui.charts.base import ChartView
from gui.charts.layout import wrap_syllables
from gui.i18n import translate
from gui.style import option_color
from model import Case, compile_case
from model.partial import provisional
from model.portfolio import PortfolioResult, portfolio
from words.numbers import number
from words.numbers import rounded as fmt_value


def _tint(color: QColor, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


class UnitsChart(ChartView):
    name = "onderdelen"
    redraw_on_resize = True

    def title(self) -> str:
        return translate("Units", "Per unit: the best form per team, and what one form costs")

    def how_to_read(self) -> str:
        return translate(
            "Units",
            "Each row is a unit (team), each column an option; ★ marks the unit's best option,"
            " — an option the unit excludes (hover for the reason). Below: the best choice with"
            " at most 1, 2, … forms; the rise from 1 form is what uniformity costs.",
        )

    def build(self) -> None:
        self.grid: pg.PlotItem = self.canvas.addPlot(row=0, col=0)
        self.grid.invertY(True)
        self.cells = pg.BarGraphItem(x0=[], y=[], height=0.9, width=[])
        self.grid.addItem(self.cells)
        self.cell_labels: list[pg.TextItem] = []
        self.head_labels: list[pg.TextItem] = []
        self.curve: pg.PlotItem = self.canvas.addPlot(row=1, col=0)
        self.line = pg.PlotDataItem([], [], symbol="o")
        self.curve.addItem(self.line)
        self.point_labels: list[pg.TextItem] = []
        # the assignments written out, below the picture (rich text: every user text escaped)
        self.assignments = QLabel(self)
        self.assignments.setObjectName("assignments")
        self.assignments.setTextFormat(Qt.TextFormat.RichText)
        self.assignments.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.stack)
        assert at >= 0, "built before the pane was laid out"
        layout.insertWidget(at + 1, self.assignments)  # under the picture, above the legend
        self.result: PortfolioResult | None = None
        self.case: Case | None = None
        self.grid.scene().sigMouseMoved.connect(self._hover)

    def restyle(self) -> None:
        self.style_plot(self.grid)
        self.grid.showAxis("bottom", False)
        self.style_plot(self.curve)
        projected = self.theme.name == "presentation"
        self.axis_label(self.curve, "bottom", translate("Units", "Number of forms (at most)"))
        self.axis_label(
            self.curve, "left", "" if projected else translate("Units", "Value (0–100)")
        )
        # on a beamer the grid needs the room: the title says enough, the curve stays small
        self.how_label.setVisible(not projected)
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.canvas.ci.layout.setRowStretchFactor(1, 1 if projected else 2)

    @property
    def head_lines(self) -> int:
        """Lines for an option's name above its column (larger type on a beamer: more lines)."""
        return 5 if self.theme.name == "presentation" else 4

    @property
    def note_px(self) -> int:
        """Type size of the column heads and the written-out assignments: on a beamer a little
        under the body size, still readable from the back of the room (never the small print
        it was: 16 px at 1080 lines)."""
        t = self.theme
        return max(t.small_px * 5 // 6, 12) if t.name == "presentation" else t.small_px

    # --- drawing -------------------------------------------------------------------------
    def analysed_case(self) -> Case:
        """The whole case with its units (whatever unit the other views show), and while scores
        are missing its complete part (model.partial), with the banner saying so."""
        case = self.session.case
        partial = provisional(case)
        self.banner.set_state(case, partial)
        return partial.case if partial.case is not None else case

    def refresh(self) -> None:
        super().refresh()
        case = self.session.case
        if not case.units and self.empty_message is None:
            self.show_empty(
                translate(
                    "Units",
                    "This case has no units (teams) yet. Add them in the view Units; then each"
                    " team can have its own scores and exclude options.",
                )
            )

    def draw(self, case: Case, profile_id: str) -> None:
        case = self.session.case  # all units, whatever unit the other views show
        case = provisional(case).case or case  # while scores are missing: what is complete
        if not case.units:
            compile_case(case)  # what keeps every chart empty comes first (nothing scored)
            return
        result = portfolio(case, profile_id, without_hindsight=self.session.without_hindsight)
        self.result, self.case = result, case
        self._draw_grid(case, result)
        self._draw_curve(case, result)
        # the option colours of the cells, named, when the column heads are cut short (not on
        # a beamer: its height goes to the grid)
        cut = any("…" in h.toPlainText() for h in self.head_labels)
        shown = cut and self.theme.name != "presentation"
        entries = [(option_color(case, o.id), o.name) for o in case.options]
        self.legend.set_entries(entries if shown else [], self.theme)
        self.legend.setVisible(shown)

    def _labels(self, store: list[pg.TextItem], plot: pg.PlotItem, n: int) -> None:
        while len(store) < n:
            item = self.text_item((0.5, 0.5))
            plot.addItem(item)
            store.append(item)
        while len(store) > n:
            plot.removeItem(store.pop())

    def _draw_grid(self, case: Case, result: PortfolioResult) -> None:
        units = case.units or ()
        n_u, n_o = len(units), len(case.options)
        self._labels(self.cell_labels, self.grid, n_u * n_o)
        x0: list[float] = []
        ys: list[float] = []
        brushes: list[QBrush | QColor] = []
        # an excluded cell is hatched (a tint could pass for a light option colour)
        grey = QBrush(_tint(self.theme.muted, 150), Qt.BrushStyle.BDiagPattern)
        selected = self.session.unit_id
        for i, (u, uv) in enumerate(zip(units, result.units, strict=True)):
            for j, o in enumerate(case.option_ids):
                x0.append(j - 0.45)
                ys.append(i)
                label = self.cell_labels[i * n_o + j]
                if o not in uv.values:
                    brushes.append(grey)
                    self.set_text(label, "—", self.theme.muted)
                    continue
                best = o == uv.best
                alpha = 110 if best else (45 if u.id == selected else 18)
                brushes.append(_tint(option_color(case, o), alpha))
                text = "" if self.frozen else fmt_value(uv.values[o], self.lang)
                self.set_text(label, f"★ {text}".strip() if best else text)
                if best:
                    label.setFont(self.theme.font(self.theme.small_px, bold=True))
        for k in range(n_u * n_o):
            i, j = divmod(k, n_o)
            self.cell_labels[k].setPos(float(j), float(i))
        self.cells.setOpts(
            x0=np.array(x0, dtype=float),
            y=np.array(ys, dtype=float),
            width=np.full(len(x0), 0.9),
            height=0.9,
            brushes=brushes,
            pens=[pg.mkPen(self.theme.background, width=1)] * len(x0),
        )
        names = [
            f"{u.name} ({fmt_value(float(u.size), self.lang)})" if u.size != 1 else u.name
            for u in units
        ]
        left = self.grid.getAxis("left")
        left.setTicks([[(float(i), n) for i, n in enumerate(names)]])
        left.setWidth(self.text_width(names) + 20)
        # option names as text items above the columns (an axis drops multi-line labels that
        # it measures as one long line); the y range keeps room for them
        column = 0.9 * (self.grid.vb.width() or 700) / max(1, n_o) - 8
        heads = [self._wrapped(o.name, column, self.head_lines) for o in case.options]
        # one text item per header line, centred over its column: a multi-line item would be
        # left-aligned, and a fixed text width crashes pyqtgraph's text items at exit
        # one text item per line, centred over its column (a multi-line item is left-aligned)
        per = self.head_lines
        self._labels(self.head_labels, self.grid, per * n_o)
        for j, head in enumerate(heads):
            parts = head.split("\n")[:per]
            for k in range(per):
                label = self.head_labels[per * j + k]
                text = parts[k] if k < len(parts) else ""
                label.setText(text, color=self.theme.foreground)
                label.setFont(self.theme.font(self.note_px))
                label.setAnchor((0.5, 1.0 + (len(parts) - 1 - k) if text else 1.0))
                label.setPos(float(j), -0.5)
        lines = max((h.count("\n") + 1 for h in heads), default=1)
        room = lines * (QFontMetrics(self.theme.font(self.note_px)).height() + 8) + 10
        height = max(float(self.grid.vb.height() or 400), room + 40.0)
        extra = room * n_u / (height - room)
        self.grid.setXRange(-0.5, n_o - 0.5, padding=0)
        self.grid.setYRange(-0.5 - extra, n_u - 0.5, padding=0)

    def _wrapped(self, text: str, width: float, max_lines: int = 3) -> str:
        """``text`` broken into lines of at most ``width`` pixels (whole words, a long word at its
        Dutch syllables: :func:`gui.charts.layout.wrap_syllables`); only what still does not fit
        in ``max_lines`` is elided."""
        fm = QFontMetrics(self.theme.font(self.note_px))
        room = int(max(width, 20))
        # a margin, so that elidedText never cuts a line that fits
        lines = wrap_syllables(text, fm, room - 2, self.lang).split("\n")
        if len(lines) > max_lines:  # the rest on the last line, a syllable break undone
            rest = lines[max_lines - 1]
            for line in lines[max_lines:]:
                rest = rest[:-1] + line if rest.endswith("-") else f"{rest} {line}"
            lines = [*lines[: max_lines - 1], rest]
        return "\n".join(fm.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines)

    def _wrap_line(self, head: str, text: str) -> list[str]:
        """One portfolio line as HTML lines that fit the canvas (head in bold, then text)."""
        fm = QFontMetrics(self.theme.font(self.theme.small_px))
        width = 10**6  # the label wraps the text itself
        words = text.split(" ")
        lines: list[str] = []
        current = head
        for word in words:
            trial = f"{current}{word}" if current.endswith(" ") else f"{current} {word}"
            if fm.horizontalAdvance(trial) > width and current.strip():
                lines.append(current.rstrip())
                current = "    " + word
            else:
                current = trial
        lines.append(current)
        out = []
        for k, line in enumerate(lines):
            if k == 0 and line.startswith(head):
                out.append(f"<b>{html.escape(head.rstrip())}</b> {html.escape(line[len(head) :])}")
            else:
                out.append("&nbsp;&nbsp;&nbsp;&nbsp;" + html.escape(line.strip()))
        return out

    def _draw_curve(self, case: Case, result: PortfolioResult) -> None:
        names = {o.id: o.name for o in case.options}
        unit_names = {u.id: u.name for u in case.units or ()}
        points = [(p.forms, p.value) for p in result.portfolios if p.value is not None]
        xs = np.array([float(k) for k, _ in points])
        ys = np.array([float(v) for _, v in points])
        pen = self.theme.pen(self.theme.foreground, self.theme.line_width)
        self.line.setData(
            xs,
            ys,
            pen=pen,
            symbol="o",
            symbolSize=max(8, self.theme.small_px),
            symbolBrush=self.theme.foreground,
            symbolPen=pg.mkPen(self.theme.background),
        )
        self._labels(self.point_labels, self.curve, len(points))
        for label, (k, v) in zip(self.point_labels, points, strict=True):
            self.set_text(label, "" if self.frozen else number(v, self.lang, 1))
            label.setAnchor((0.5, 1.3))
            label.setPos(float(k), float(v))
        n = len(result.portfolios)
        self.curve.getAxis("bottom").setTicks([[(float(k), str(k)) for k in range(1, n + 1)]])
        if len(ys):
            lo, hi = float(ys.min()), float(ys.max())
            span = max(hi - lo, 2.0)
            top = 0.8 if self.theme.name == "presentation" else 0.45  # room for the labels
            self.curve.setYRange(lo - 0.3 * span, hi + top * span, padding=0)
        self.curve.setXRange(0.6, n + 0.4, padding=0)
        lines = []
        runs: list[list[int]] = []  # consecutive k with the same assignment: one line
        for k, p in enumerate(result.portfolios):
            if runs and result.portfolios[runs[-1][0]].assignment == p.assignment:
                runs[-1].append(k)
            else:
                runs.append([k])
        for run in runs:
            p = result.portfolios[run[0]]
            first, last = run[0] + 1, run[-1] + 1
            if first == last:
                forms = (
                    translate("Units", "1 form")
                    if first == 1
                    else translate("Units", "{n} forms").format(n=first)
                )
            else:
                forms = translate("Units", "{a}–{b} forms").format(a=first, b=last)
            if p.assignment is None or p.value is None:
                lines.extend(
                    self._wrap_line(f"{forms}: ", translate("Units", "not possible (exclusions)"))
                )
                continue
            groups: dict[str, list[str]] = {}
            for unit, option in p.assignment.items():
                groups.setdefault(option, []).append(unit_names[unit])
            if len(groups) == 1:
                text = translate("Units", "{option} for every unit").format(
                    option=names[next(iter(groups))]
                )
            else:
                text = "; ".join(f"{names[o]}: {', '.join(us)}" for o, us in groups.items())
            value = "" if self.frozen else f" ({number(p.value, self.lang, 1)})"
            lines.extend(self._wrap_line(f"{forms}{value}: ", text))
        if result.uniformity_cost is not None and not self.frozen:
            lines.append(
                html.escape(
                    translate(
                        "Units", "Cost of one form for all, against the best form per unit: {x}"
                    ).format(x=number(result.uniformity_cost, self.lang, 1))
                )
            )
        self.assignments.setFont(self.theme.font(self.note_px))
        self.assignments.setStyleSheet(f"color:{self.theme.foreground.name()};")
        self.assignments.setText("<br>".join(lines))

    def portfolios_text(self) -> str:
        """The assignments as written under the chart (plain text, for tests and export)."""
        import re

        return html.unescape(re.sub(r"<[^>]+>", " ", self.assignments.text()))

    # --- hover ---------------------------------------------------------------------------
    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(unit index, option index) of the grid cell at data point (x, y), if any."""
        if self.result is None or self.case is None or self.empty_message is not None:
            return None
        i, j = round(y), round(x)
        if 0 <= i < len(self.result.units) and 0 <= j < len(self.case.options):
            return i, j
        return None

    def tooltip_text(self, unit_index: int, option_index: int) -> str:
        """Plain text for the tooltip of one cell (escaped when shown)."""
        assert self.case is not None and self.result is not None
        case = self.case
        unit = (case.units or ())[unit_index]
        option = case.options[option_index]
        reason = unit.reason_for(option.id)
        if reason is not None:
            return translate("Units", "{unit} excludes {option}: {reason}").format(
                unit=unit.name, option=option.name, reason=reason
            )
        uv = self.result.units[unit_index]
        own = sum(1 for o, _leaf in case.unit_scores.get(unit.id, {}) if o == option.id)
        text = translate("Units", "{unit} · {option}: {value}").format(
            unit=unit.name, option=option.name, value=fmt_value(uv.values[option.id], self.lang)
        )
        if own:
            text += "\n" + translate("Units", "{n} own score(s) of this unit").format(n=own)
        if uv.best == option.id:
            text += "\n" + translate("Units", "The best option for this unit")
        return text

    def _hover(self, pos: QPointF) -> None:
        if not self.grid.sceneBoundingRect().contains(pos):
            return
        point = self.grid.vb.mapSceneToView(pos)
        hit = self.cell_at(point.x(), point.y())
        if hit is None:
            QToolTip.hideText()
            return
        view = self.canvas
        global_pos = view.mapToGlobal(view.mapFromScene(pos))
        QToolTip.showText(global_pos, html.escape(self.tooltip_text(*hit)).replace("\n", "<br>"))

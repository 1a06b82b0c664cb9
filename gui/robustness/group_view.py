"""Het groepsbeeld: every profile side by side, where they differ and where they meet."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gui.charts.layout import wrap_syllables
from gui.i18n import translate
from gui.participation.live import ShowsLiveRound
from gui.plaintext import tooltip
from gui.robustness.base import AnalysisView, fit_height, option_name, profile_name
from gui.robustness.needed_view import swatch_icon
from gui.style import option_color, text_on
from model import Case
from model.group import GroupView as GroupResult
from model.group import group
from words.numbers import number as fmt_number
from words.numbers import percent as fmt_percent

VALUE_ROLE = Qt.ItemDataRole.UserRole
DISTANCE_ROLE = Qt.ItemDataRole.UserRole + 1
#: fixed columns of the profile table before one column per option
COL_PROFILE, COL_COUNTS, COL_BEST, FIRST_OPTION = 0, 1, 2, 3
HEADER_WRAP = 16  # characters per line of a column header
TABLE_SCALES = (1.0, 0.9, 0.8, 0.72)  # the table's type, largest first, until its rows fit
HEAD_MARGIN = 8  # px: a header section's margin, beside its colour square and on either side


@dataclass(frozen=True)
class GroupInputs:
    case: Case
    profile_weights: tuple[tuple[str, float], ...] | None


def wrap(text: str, width: int = HEADER_WRAP) -> str:
    """Text on several lines for a header (long words are split rather than cut off)."""
    return textwrap.fill(text, width=width, break_long_words=True) or text


def heat_color(distance: float | None) -> QColor:
    """Dark = close (little weight must move), light = far; grey when unreachable."""
    if distance is None:
        return QColor("#E6E6E6")
    f = min(1.0, max(0.0, distance / 0.5))
    return QColor.fromHsl(210, 60, round(80 + f * (245 - 80)))


class GroupView(ShowsLiveRound, AnalysisView[GroupInputs, GroupResult]):
    help_topic = "groep"

    def title(self) -> str:
        return translate("Robustness", "Group view: all profiles side by side")

    def how_to_read(self) -> str:
        return translate(
            "Robustness",
            "A row per profile: its best option, and per option its place and the weight that"
            " must move before it is the best (darker = closer; 0% = already the best).",
        )

    def build(self) -> None:
        self.given: dict[str, float] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        self._table_scale = 1.0  # see present()
        self.weigh_box = QComboBox(self)
        self.weigh_box.addItem(translate("Robustness", "One profile, one vote (equal)"), "equal")
        self.weigh_box.addItem(translate("Robustness", "Own numbers per profile"), "own")
        self.weigh_box.setToolTip(
            translate(
                "Robustness",
                "For the combined profile: e.g. inhabitants or budget share per council.",
            )
        )
        self.weigh_label = QLabel(translate("Robustness", "Profiles count:"), self)
        self.controls.addWidget(self.weigh_label)
        self.controls.addWidget(self.weigh_box)
        self.controls.addStretch(1)
        self.weigh_box.currentIndexChanged.connect(self._on_q_weigh_mode)

        self.table = QTableWidget(0, FIRST_OPTION, self.content)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnHidden(COL_COUNTS, True)
        self.summary = QLabel(self.content)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        box = QVBoxLayout(self.content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addWidget(self.summary)
        box.addStretch(1)

    def style_content(self) -> None:
        body = self.body_font()
        self.table.setFont(body)
        self.table.horizontalHeader().setFont(self.scaled_font(1.0, bold=True))
        for spin in self.spins.values():
            spin.setFont(body)
        self.summary.setFont(self.scaled_font(1.1))
        self.empty_label.setFont(body)

    # --- view state --------------------------------------------------------------------------
    def own_weights(self) -> bool:
        return bool(self.weigh_box.currentData() == "own")

    def _on_q_weigh_mode(self, _index: int) -> None:
        for spin in self.spins.values():
            spin.setEnabled(self.own_weights())
        self.table.setColumnHidden(COL_COUNTS, not self.own_weights())
        self.schedule()

    def set_profile_weights(self, weights: dict[str, float] | None) -> None:
        """None: every profile counts equally; else the given numbers (e.g. inhabitants)."""
        self.weigh_box.blockSignals(True)
        self.weigh_box.setCurrentIndex(0 if weights is None else 1)
        self.weigh_box.blockSignals(False)
        self.table.setColumnHidden(COL_COUNTS, weights is None)
        if weights is not None:
            self.given.update(weights)
        for pid, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(self.given.get(pid, 1.0))
            spin.setEnabled(weights is not None)
            spin.blockSignals(False)
        self.schedule()

    def _on_q_spin(self, pid: str, value: float) -> None:
        self.given[pid] = value
        self.schedule()

    # --- analysis ----------------------------------------------------------------------------
    def inputs(self) -> GroupInputs:
        case = self.analysed_case()
        weights = None
        if self.own_weights():
            weights = tuple((p.id, float(self.given.get(p.id, 1.0))) for p in case.profiles)
        return GroupInputs(case, weights)

    @staticmethod
    def compute(inputs: GroupInputs) -> GroupResult:
        given = None if inputs.profile_weights is None else dict(inputs.profile_weights)
        return group(inputs.case, given)

    # --- drawing -----------------------------------------------------------------------------
    def _spin(self, pid: str) -> QDoubleSpinBox:
        spin = self.spins.get(pid)
        if spin is None:
            spin = QDoubleSpinBox()
            spin.setRange(0, 1e7)
            spin.setDecimals(1)
            spin.setGroupSeparatorShown(True)
            spin.setValue(self.given.get(pid, 1.0))
            spin.setFont(self.body_font())
            spin.setToolTip(
                translate(
                    "Robustness", "How much this profile counts (any numbers, e.g. inhabitants)"
                )
            )
            spin.valueChanged.connect(lambda v, p=pid: self._on_q_spin(p, v))
            self.spins[pid] = spin
        spin.setEnabled(self.own_weights())
        return spin

    def option_cell_text(self, rank: int, distance: float | None) -> str:
        place = translate("Robustness", "place {rank}").format(rank=rank)
        if distance is None:
            return place + "\n" + translate("Robustness", "unreachable")
        return place + "\n" + fmt_percent(distance, self.lang)

    def present(self, inputs: GroupInputs, g: GroupResult) -> None:
        """The table at the view's type size, or smaller (to 72 %) where its rows would not fit
        the height left (a 1280×720 projector in presentation mode): every row stays in sight."""
        for scale in TABLE_SCALES:
            self._table_scale = scale
            self._present(inputs, g)
            if not self._table_overflows():
                break

    def _table_overflows(self) -> bool:
        t = self.table
        rows = sum(t.rowHeight(r) for r in range(t.rowCount()))
        needed = rows + t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth()
        return needed > t.maximumHeight() - t.horizontalScrollBar().sizeHint().height()

    def _table_font(self, factor: float, *, bold: bool = False) -> QFont:
        return self.scaled_font(factor * self._table_scale, bold=bold)

    def _present(self, inputs: GroupInputs, g: GroupResult) -> None:
        case = inputs.case
        self.case = case
        opts = g.option_ids
        n_opt, n_prof = len(opts), len(g.profile_ids)
        body, bold = self._table_font(1.0), self._table_font(1.0, bold=True)
        t = self.table
        t.setColumnCount(FIRST_OPTION + n_opt)
        t.setRowCount(n_prof + 1)
        # one column per option: share the width left by the first columns, headers wrapped
        headers = [
            translate("Robustness", "Profile"),
            translate("Robustness", "Counts"),
            translate("Robustness", "Best option"),
        ] + [option_name(case, o) for o in opts]
        t.setHorizontalHeaderLabels(headers)
        for c in range(FIRST_OPTION):
            fixed = t.horizontalHeaderItem(c)
            if fixed is not None:
                fixed.setFont(bold)
        for j, o in enumerate(opts):
            head = t.horizontalHeaderItem(FIRST_OPTION + j)
            assert head is not None
            head.setIcon(swatch_icon(option_color(case, o), max(10, round(0.8 * self._px()))))
        # spin boxes live as long as their profile: typing in one is never interrupted
        for pid in list(self.spins):
            if pid not in g.profile_ids:
                self.spins.pop(pid).deleteLater()
        for k, pid in enumerate(g.profile_ids):
            self._set(t, k, COL_PROFILE, wrap(profile_name(case, pid), 22), pid, body)
            share = g.profile_share[pid]
            spin = self._spin(pid)
            if t.cellWidget(k, COL_COUNTS) is not spin:
                t.setCellWidget(k, COL_COUNTS, spin)
            spin.setSuffix(f"  ({fmt_percent(share, self.lang, 0)})")
            winners = g.winners(k)
            best = wrap(", ".join(option_name(case, o) for o in winners), 22)
            self._set(t, k, COL_BEST, best, winners, bold)
            for j, o in enumerate(opts):
                rank = int(g.rank_array[k, j])
                d = g.distance(pid, o)
                item = self._set(
                    t,
                    k,
                    FIRST_OPTION + j,
                    self.option_cell_text(rank, d),
                    rank,
                    bold if rank == 1 else body,
                )
                item.setData(DISTANCE_ROLE, d)
                color = heat_color(d)
                item.setBackground(QBrush(color))
                item.setForeground(QBrush(text_on(color)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        last = n_prof
        self._set(t, last, COL_PROFILE, translate("Robustness", "Combined profile"), None, bold)
        t.removeCellWidget(last, COL_COUNTS)
        self._set(t, last, COL_COUNTS, fmt_percent(1.0, self.lang, 0), 1.0, bold)
        agg = g.aggregate_winners
        best = wrap(", ".join(option_name(case, o) for o in agg), 22)
        self._set(t, last, COL_BEST, best, agg, bold)
        for j in range(n_opt):
            rank = int(g.aggregate_ranks[j])
            text = translate("Robustness", "place {rank}").format(rank=rank)
            item = self._set(t, last, FIRST_OPTION + j, text, rank, bold)
            item.setData(DISTANCE_ROLE, None)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        t.setColumnHidden(COL_COUNTS, inputs.profile_weights is None)
        header = t.horizontalHeader()
        avail = max(t.viewport().width(), self.width() - 40)
        # the profile and best-option columns take at most a sixth of the width each (their
        # names wrap on words and syllables), so that the option columns get the room
        pad = 2 * self._px()
        cap = max(8 * self._px(), avail // 6)
        for col, font in ((COL_PROFILE, body), (COL_BEST, bold)):
            fm_col = QFontMetrics(font)
            for row in range(t.rowCount()):
                cell = t.item(row, col)
                if cell is not None:
                    cell.setText(
                        wrap_syllables(self._plain(case, cell), fm_col, cap - pad, self.lang)
                    )
            t.resizeColumnToContents(col)
            t.setColumnWidth(col, min(t.columnWidth(col), cap))
        t.setColumnWidth(COL_COUNTS, self.text_width(["100.000,0  (100%)"]) + 3 * self._px())
        used = sum(t.columnWidth(c) for c in range(FIRST_OPTION) if not t.isColumnHidden(c))
        per = (avail - used) // max(1, n_opt)
        head_font = self._table_font(1.0, bold=True)
        icon = max(10, round(0.8 * self._px()))
        names = [option_name(case, o) for o in opts]
        # option heads: whole words, long words at their Dutch syllables; a smaller type (to
        # 80%) where a syllable is wider than its column or a head would take over six lines
        texts: list[str] = []
        for step in range(5):
            head_font = self._table_font(1.0 - 0.05 * step, bold=True)
            fm = QFontMetrics(head_font)
            room = max(3 * fm.horizontalAdvance("M"), per - icon - 3 * HEAD_MARGIN)
            texts = [wrap_syllables(nm, fm, room, self.lang) for nm in names]
            lines = [line for x in texts for line in x.split("\n")]
            tall = max((x.count("\n") + 1 for x in texts), default=1)
            wide = max((fm.horizontalAdvance(line) for line in lines), default=0)
            if tall <= 6 and wide <= room:
                break
        header.setFont(head_font)
        for j, text in enumerate(texts):
            head = t.horizontalHeaderItem(FIRST_OPTION + j)
            assert head is not None
            head.setText(text)
            head.setFont(head_font)  # the header paints an item's own font, not its own
            head.setToolTip(tooltip(names[j]))  # user text, shown as written
            header.setSectionResizeMode(FIRST_OPTION + j, QHeaderView.ResizeMode.Stretch)
        t.resizeRowsToContents()
        self.summary.setText(self.summary_text(case, g, inputs.profile_weights is not None))
        # the table takes what the summary leaves of the display (never lies under it)
        room = self.content.height() - self.summary.heightForWidth(max(1, self.content.width()))
        fit_height(t, max(200, room - 12 if self.content.height() > 0 else self.height() - 200))

    @staticmethod
    def _plain(case: Case, cell: QTableWidgetItem) -> str:
        """A profile or best-option cell's text unwrapped: its profile's or options' names."""
        value = cell.data(VALUE_ROLE)
        if isinstance(value, str) and any(p.id == value for p in case.profiles):
            return profile_name(case, value)
        if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            return ", ".join(option_name(case, o) for o in value)
        return " ".join(cell.text().split())

    def _set(
        self, table: QTableWidget, row: int, col: int, text: str, value: object, font: object
    ) -> QTableWidgetItem:
        item = table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            table.setItem(row, col, item)
        item.setText(text)
        item.setData(VALUE_ROLE, value)
        item.setFont(font)  # type: ignore[arg-type]
        return item

    def summary_text(self, case: Case, g: GroupResult, weighted: bool) -> str:
        best = ", ".join(option_name(case, o) for o in g.aggregate_winners)
        how = (
            translate("Robustness", "weighted by the numbers entered")
            if weighted
            else translate("Robustness", "every profile counts equally")
        )
        combined = translate("Robustness", "Combined profile ({how}): {best} is the best.").format(
            how=how, best=best
        )
        acceptable = translate(
            "Robustness",
            "Acceptable to all: {option} (worst place {worst}, average place {mean}).",
        ).format(
            option=option_name(case, g.acceptable),
            worst=g.worst_rank,
            mean=fmt_number(g.mean_rank, self.lang),
        )
        return combined + "\n" + acceptable

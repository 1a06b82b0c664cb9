"""Resultaat: the ranking under the active profile, with the contributions per criteria group.

Live: recomputed (``model.evaluate``, sub-millisecond) on every change of the case or the
profile.  A case that cannot be evaluated (missing scores) shows what to do instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.desk.help import help_link
from gui.desk.provisional import ProvisionalBanner, provisional_text
from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.views import SyncWhenShown, plain
from model.analysis import Evaluation, evaluate
from model.case import Case
from model.errors import VormkeuzeError
from model.partial import provisional

ModelIndex = QModelIndex | QPersistentModelIndex
FIXED = 3  # rank, option, total value


def one_decimal(x: float) -> str:
    return QLocale().toString(float(x), "f", 1)


class RankingModel(QAbstractTableModel):
    """Options best first: rank, name, total value, contribution of each criteria group."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._eval: Evaluation | None = None
        self._order: list[int] = []
        self._groups: list[str] = []

    def set_evaluation(self, case: Case, evaluation: Evaluation | None) -> None:
        groups = list(evaluation.group_ids) if evaluation is not None else []
        n = len(evaluation.option_ids) if evaluation is not None else 0
        if groups != self._groups or n != len(self._order):
            self.beginResetModel()
            self._apply(case, evaluation, groups)
            self.endResetModel()
            return
        self._apply(case, evaluation, groups)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _apply(self, case: Case, evaluation: Evaluation | None, groups: list[str]) -> None:
        self._case = case
        self._eval = evaluation
        self._groups = groups
        self._order = evaluation.order if evaluation is not None else []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self._groups)

    def option_id(self, row: int) -> str:
        assert self._eval is not None
        return self._eval.option_ids[self._order[row]]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return translate("Results", "Rank")
        if section == 1:
            return translate("Results", "Option")
        if section == 2:
            return translate("Results", "Total value")
        assert self._case is not None
        name = self._case.node_by_id[self._groups[section - FIXED]].name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(
                translate("Results", "Contribution of “{group}” to the total value").format(
                    group=name
                )
            )
        return name

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._eval is None or self._case is None:
            return None
        i = self._order[index.row()]
        col = index.column()
        ev = self._eval
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(int(ev.rank_array[i]))
            if col == 1:
                return ev.option_names[i]
            if col == 2:
                return one_decimal(ev.value_array[i])
            return one_decimal(ev.group_contribution_array[i][col - FIXED])
        if role == Qt.ItemDataRole.UserRole:  # the number behind the text
            if col == 0:
                return int(ev.rank_array[i])
            if col == 1:
                return ev.option_ids[i]
            if col == 2:
                return float(ev.value_array[i])
            return float(ev.group_contribution_array[i][col - FIXED])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == 1:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            from gui.style import option_color

            return option_color(self._case, ev.option_ids[i])
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            option = self._case.option(ev.option_ids[i])
            return plain(option.name) + (
                "<br><br>" + plain(option.description) if option.description else ""
            )
        return None


class ResultsView(QWidget):
    """The ranking table, or what to do when the case cannot be evaluated yet."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = RankingModel(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.how_to_read = QLabel(
            translate(
                "Results",
                "Total value 0–100: the weighted sum of the scores. The group columns show how"
                " much each criteria group contributes; together they make the total.",
            ),
            self,
        )
        self.how_to_read.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().height() * 3 + 8)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        how = QHBoxLayout()
        how.addWidget(self.how_to_read, 1)
        how.addWidget(help_link(self, "resultaat"), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(how)
        self.banner = ProvisionalBanner(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        # recomputed only while shown; a hidden tab catches up when it is shown again
        self._on_changed = self._on_profile = SyncWhenShown(self, self.synchronize)
        subscribe(
            self,
            host.session,
            changed=self._on_changed,
            profile=self._on_profile,
            unit=self._on_profile,
        )
        self.synchronize()

    def synchronize(self) -> None:
        session = self.host.session
        case = session.analysis_case  # the chosen unit's case (or the case itself)
        profile = next((p for p in case.profiles if p.id == session.profile_id), None)
        self.heading.setText(
            translate("Results", "Ranking for the profile “{name}”").format(name=profile.name)
            if profile is not None
            else translate("Results", "Ranking")
        )
        partial = provisional(case)  # work in progress: rank what is complete, say the rest
        self.banner.set_state(case, partial)
        shown = partial.case if partial.case is not None else case
        try:
            evaluation = evaluate(shown, session.profile_id or None) if shown.profiles else None
        except VormkeuzeError:
            evaluation = None
        if evaluation is None:
            self.set_empty(self._empty_text(case))
            self.model.set_evaluation(shown, None)
            return
        self.model.set_evaluation(shown, evaluation)
        self.stack.setCurrentWidget(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columnCount() > 1:
            # option names whole (they are what people read); the group columns share the rest
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def set_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    @staticmethod
    def _empty_text(case: Case) -> str:
        if not case.options:
            return translate("Results", "No options yet — add one under Options.")
        if not case.leaf_ids:
            return translate("Results", "No criteria yet — add one under Criteria.")
        if not case.profiles:
            return translate("Results", "No profile yet — add one under Criteria and weights.")
        partial = provisional(case)
        if partial.missing:
            return provisional_text(case, partial)
        return translate("Results", "The ranking cannot be computed for this case.")

"""Geschiedenis: the audit trail of the document and its snapshots (take, restore, compare).

The trail comes from ``document.history()`` (every applied command: time, author, what); the
snapshots are named frozen copies.  Restoring a snapshot is an ordinary, undoable command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.desk.diff_words import diff_names
from gui.desk.help import help_link
from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.views import SyncWhenShown, plain
from model.case import Case
from model.commands import replace_case
from model.diff import CaseDiff, diff_cases
from model.document import HistoryEntry, SnapshotInfo
from model.errors import VormkeuzeError
from words.edits import category_names
from words.history import entry_words
from words.messages import render

ModelIndex = QModelIndex | QPersistentModelIndex
HISTORY_LIMIT = 1000


def time_text(value: str | float | dt.datetime | None) -> str:
    """A moment in the user's locale (``1-12-2026 14:05:09`` in Dutch), in local time."""
    if isinstance(value, int | float):
        value = dt.datetime.fromtimestamp(value)
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone()
        locale = QLocale()
        date = locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
        return f"{date} {value:%H:%M:%S}"
    return "" if value is None else str(value)


class _TextRows(QAbstractTableModel):
    """A read-only table of plain-text rows; long columns repeat their text as a tooltip."""

    #: columns whose (possibly long) text is also shown as a tooltip
    tooltip_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def _set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers()
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in self.tooltip_columns and text:
            return plain(text)
        return None


class HistoryModel(_TextRows):
    """The audit trail, newest first: time, author, change (what, of which), details."""

    tooltip_columns = frozenset({2, 3})

    def __init__(self, parent: QObject | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self._all: list[tuple[str, tuple[str, ...]]] = []  # (category, row)
        self.category = ""  # "" shows every change
        self.lang = lang  # the words' language (the host's; None: the one the app installed)

    def set_entries(self, entries: Sequence[HistoryEntry], case: Case) -> None:
        rows: list[tuple[str, tuple[str, ...]]] = []
        for e in sorted(entries, key=lambda e: e.id, reverse=True):
            words = entry_words(e, case, self.lang)
            row = (time_text(e.time), e.author or "", words.change, words.details)
            rows.append((words.category, row))
        self._all = rows
        self._apply_filter()

    def set_category(self, category: str) -> None:
        self.category = category
        self._apply_filter()

    def _apply_filter(self) -> None:
        self._set_rows([r for c, r in self._all if not self.category or c == self.category])

    def headers(self) -> list[str]:
        return [
            translate("History", "Time"),
            translate("History", "Author"),
            translate("History", "Change"),
            translate("History", "Details"),
        ]


class SnapshotModel(QAbstractTableModel):
    """The document's snapshots: name, time, author."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshots: list[SnapshotInfo] = []

    def set_snapshots(self, snapshots: Sequence[SnapshotInfo]) -> None:
        self.beginResetModel()
        self.snapshots = list(snapshots)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.snapshots)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            translate("History", "Snapshot"),
            translate("History", "Time"),
            translate("History", "Author"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self.snapshots[index.row()]
        return [s.name, time_text(s.time), s.author or ""][index.column()]

    def name(self, row: int) -> str:
        return self.snapshots[row].name


class DiffModel(_TextRows):
    """The differences between two cases: what, which, field, before, after."""

    tooltip_columns = frozenset({3, 4})

    def set_diff(self, diff: CaseDiff | None, case: Case, before: Case | None = None) -> None:
        kinds = {
            "case": translate("History", "Case"),
            "option": translate("History", "Option"),
            "criterion": translate("History", "Criterion"),
            "score": translate("History", "Score"),
            "profile": translate("History", "Profile"),
            "weight": translate("History", "Weight"),
        }
        rows = []
        names = diff_names(case, before)
        for e in diff or ():
            rows.append(
                (
                    kinds.get(e.kind, e.kind),
                    names.thing(e.kind, e.id),
                    names.field(e.kind, e.field),
                    names.value(e.kind, e.field, e.before),
                    names.value(e.kind, e.field, e.after),
                )
            )
        self._set_rows(rows)

    def headers(self) -> list[str]:
        return [
            translate("History", "What"),
            translate("History", "Which"),
            translate("History", "Field"),
            translate("History", "Before"),
            translate("History", "After"),
        ]


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class HistoryView(QWidget):
    """Audit trail (left) and snapshots with their comparison (right)."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.history_model = HistoryModel(self, host.language)
        self.snapshot_model = SnapshotModel(self)
        self.diff_model = DiffModel(self)
        self.history_table = _table(self.history_model, self)
        h = self.history_table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # what changed and its details share the room (the full text is in their tooltips)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_table.setWordWrap(True)  # long names wrap: a row is read whole
        self.history_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.snapshot_table = _table(self.snapshot_model, self)
        self.snapshot_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.snapshot_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.diff_table = _table(self.diff_model, self)
        self.notice = QLabel(self)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.take_button = QPushButton(translate("History", "Take snapshot…"), self)
        self.restore_button = QPushButton(translate("History", "Restore"), self)
        self.compare_button = QPushButton(translate("History", "Compare"), self)
        self.compare_button.setToolTip(
            translate(
                "History",
                "Select two snapshots to compare them, or one to compare it with the case now.",
            )
        )
        self.take_button.clicked.connect(lambda: self.take_snapshot())
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.compare_button.clicked.connect(lambda: self.compare_selected())
        self.diff_title = QLabel(self)
        self.diff_title.setTextFormat(Qt.TextFormat.PlainText)
        self.diff_title.setWordWrap(True)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        caption = QLabel(translate("History", "Every change: who, when, what"), left)
        caption.setWordWrap(True)
        top.addWidget(caption, 1)
        self.filter_combo = QComboBox(left)
        self.filter_combo.setObjectName("historyFilter")
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_combo.setMinimumContentsLength(14)
        for key, label in category_names(host.language):
            self.filter_combo.addItem(label, key)
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: self.history_model.set_category(str(self.filter_combo.currentData() or ""))
        )
        top.addWidget(QLabel(translate("History", "Show:"), left))
        top.addWidget(self.filter_combo)
        lv.addLayout(top)
        lv.addWidget(help_link(left, "geschiedenis"), 0, Qt.AlignmentFlag.AlignRight)
        lv.addWidget(self.history_table, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(translate("History", "Snapshots"), right))
        rv.addWidget(self.snapshot_table, 1)
        buttons = QHBoxLayout()
        for b in (self.take_button, self.restore_button, self.compare_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        rv.addWidget(self.diff_title)
        rv.addWidget(self.diff_table, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.snapshot_table.selectionModel().selectionChanged.connect(self._update_buttons)
        # the trail is read from the document: only while the view is shown (not per slider step)
        self._on_changed = SyncWhenShown(self, self.synchronize)
        subscribe(self, host.session, changed=self._on_changed)
        self.synchronize()

    def synchronize(self) -> None:
        doc = self.host.document
        case = self.host.session.case
        if doc is None:
            self.notice.setText(
                translate(
                    "History",
                    "History and snapshots are kept in a document; use File › Save as to make one.",
                )
            )
            self.notice.show()
            self.history_model.set_entries([], case)
            self.snapshot_model.set_snapshots([])
        else:
            self.notice.hide()
            try:
                self.history_model.set_entries(list(doc.history(limit=HISTORY_LIMIT)), case)
                self.snapshot_model.set_snapshots(list(doc.snapshots()))
            except VormkeuzeError as e:
                self.notice.setText("\n".join(render(i, self.host.language) for i in e.issues))
                self.notice.show()
        self._update_buttons()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.snapshot_table.selectionModel().selectedRows()})

    def _update_buttons(self, *_: object) -> None:
        rows = self._selected_rows()
        has_doc = self.host.document is not None
        self.take_button.setEnabled(has_doc)
        self.restore_button.setEnabled(has_doc and len(rows) == 1)
        self.compare_button.setEnabled(has_doc and len(rows) in (1, 2))

    def select_snapshots(self, *names: str) -> None:
        sel = self.snapshot_table.selectionModel()
        sel.clearSelection()
        for row in range(self.snapshot_model.rowCount()):
            if self.snapshot_model.name(row) in names:
                self.snapshot_table.selectRow(row) if len(names) == 1 else sel.select(
                    self.snapshot_model.index(row, 0),
                    sel.SelectionFlag.Select | sel.SelectionFlag.Rows,
                )

    # actions
    def take_snapshot(self, name: str | None = None) -> bool:
        doc = self.host.document
        if doc is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                translate("History", "Take snapshot"),
                translate("History", "Name of the snapshot (e.g. “after workshop round 1”):"),
            )
            if not ok:
                return False
        name = name.strip()
        if not name:
            self.host.show_error(translate("History", "A snapshot needs a name."))
            return False
        if name in {s.name for s in self.snapshot_model.snapshots}:
            self.host.show_error(
                translate("History", "There is already a snapshot named “{name}”.").format(
                    name=name
                )
            )
            return False
        try:
            doc.take_snapshot(name)
        except VormkeuzeError as e:
            self.host.show_issues(e.issues)
            return False
        self.synchronize()
        self.host.status(translate("History", "Snapshot “{name}” taken.").format(name=name))
        return True

    def restore_selected(self) -> bool:
        rows = self._selected_rows()
        if len(rows) != 1 or self.host.document is None:
            return False
        name = self.snapshot_model.name(rows[0])
        try:
            case = self.host.document.snapshot_case(name)
        except VormkeuzeError as e:
            self.host.show_issues(e.issues)
            return False
        ok = self.host.push(replace_case(self.host.session.case, case))
        if ok:
            self.host.status(
                translate("History", "Snapshot “{name}” restored (Undo takes it back).").format(
                    name=name
                )
            )
        return ok

    def compare_selected(self) -> bool:
        rows = self._selected_rows()
        doc = self.host.document
        if doc is None or len(rows) not in (1, 2):
            return False
        names = [self.snapshot_model.name(r) for r in rows]
        try:
            a = doc.snapshot_case(names[0])
            b = doc.snapshot_case(names[1]) if len(names) == 2 else self.host.session.case
        except VormkeuzeError as e:
            self.host.show_issues(e.issues)
            return False
        diff = diff_cases(a, b)
        later = names[1] if len(names) == 2 else translate("History", "now")
        self.diff_title.setText(
            translate("History", "From “{a}” to “{b}”: {n} differences").format(
                a=names[0], b=later, n=len(diff)
            )
        )
        self.diff_model.set_diff(diff, b, a)
        self.diff_table.resizeColumnsToContents()
        for column in range(self.diff_model.columnCount()):
            if self.diff_table.columnWidth(column) > 220:
                self.diff_table.setColumnWidth(column, 220)
        return True

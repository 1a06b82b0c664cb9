"""Opties: the options (forms of cooperation) with name, legal basis, description and colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.plaintext import ask
from gui.views import plain
from model.case import Case, Option
from model.commands import MoveOption, RemoveOption, SetOption
from model.naming import free_id
from model.session import Changed

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "legal_basis", "description", "color")


def field_text(option: Option, field: str) -> str | None:
    """The text of one of an option's :data:`COLUMNS`."""
    texts = {
        "name": option.name,
        "legal_basis": option.legal_basis,
        "description": option.description,
        "color": option.color,
    }
    return texts[field]


class OptionsModel(QAbstractTableModel):
    """One row per option; name, legal basis and description edit in place."""

    def __init__(self, host: ViewHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._case = host.session.case

    def set_case(self, case: Case) -> None:
        if case.options == self._case.options:  # e.g. a weight moved: nothing to show anew
            self._case = case
            return
        if case.option_ids == self._case.option_ids:
            self._case = case
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
                )
            return
        self.beginResetModel()
        self._case = case
        self.endResetModel()

    def option(self, row: int) -> Option:
        return self._case.options[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._case.options)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = [
            translate("Options", "Name"),
            translate("Options", "Legal basis"),
            translate("Options", "Description"),
            translate("Options", "Colour"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] != "color":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        option = self._case.options[index.row()]
        field = COLUMNS[index.column()]
        if field == "color":
            from gui.style import option_color

            color = option_color(self._case, option.id)
            if role == Qt.ItemDataRole.DecorationRole:
                return color
            if role == Qt.ItemDataRole.DisplayRole:
                return color.name().upper()
            return None
        value = field_text(option, field) or ""
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(value.split())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and value:
            return plain(value)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = COLUMNS[index.column()]
        option = self._case.options[index.row()]
        text = str(value or "").strip()
        if field == "name" and not text:
            self.host.show_error(translate("Options", "An option needs a name."))
            return False
        new_value = text or None
        if field_text(option, field) == new_value:
            return False
        return self.host.push(
            SetOption(option_id=option.id, option=option.replace(**{field: new_value}))
        )


class OptionsView(QWidget):
    """The options table with add, remove, reorder and colour."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = OptionsModel(host, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 4 + 8)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 280)
        self.table.doubleClicked.connect(self._on_q_double_clicked)
        hint = QLabel(
            translate(
                "Options",
                "The options (forms of cooperation) being compared. Double-click a cell to edit"
                " it; the colour is used in every chart.",
            ),
            self,
        )
        hint.setWordWrap(True)
        self.add_button = QPushButton(translate("Options", "Add option"), self)
        self.remove_button = QPushButton(translate("Options", "Remove…"), self)
        self.up_button = QPushButton(translate("Options", "Move up"), self)
        self.down_button = QPushButton(translate("Options", "Move down"), self)
        self.color_button = QPushButton(translate("Options", "Colour…"), self)
        self.add_button.clicked.connect(lambda: self.add_option())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.color_button.clicked.connect(lambda: self.choose_color())
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.color_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        subscribe(self, host.session, changed=self._on_changed)
        self.synchronize()

    def _on_changed(self, command: object, old: Case, new: Case, parts: Changed) -> None:
        if "options" in parts:
            self.synchronize()

    def synchronize(self) -> None:
        self.model.set_case(self.host.session.case)
        self._update_buttons()

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self, *_: object) -> None:
        row = self.current_row()
        n = self.model.rowCount()
        for b in (self.remove_button, self.color_button):
            b.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < n - 1)

    def _on_q_double_clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()] == "color":
            self.choose_color()

    # actions
    def add_option(self) -> bool:
        case = self.host.session.case
        oid = free_id("optie", set(case.option_ids), numbered=True)
        option = Option(id=oid, name=translate("Options", "New option"))
        if not self.host.push(SetOption(option_id=oid, option=option)):
            return False
        row = self.host.session.case.option_ids.index(oid)
        self.select_row(row)
        self.table.edit(self.model.index(row, 0))
        return True

    def remove_selected(self, *, confirm: bool = True) -> bool:
        row = self.current_row()
        if row is None:
            return False
        option = self.model.option(row)
        case = self.host.session.case
        n = sum(1 for s in case.scores if s.option == option.id)
        if (
            confirm
            and n
            and not ask(
                self,
                translate("Options", "Remove option"),
                translate(
                    "Options",
                    "Remove “{name}” and its {n} scores? (Undo brings them back.)",
                ).format(name=option.name, n=n),
            )
        ):
            return False
        return self.host.push(RemoveOption(option_id=option.id))

    def move_selected(self, step: int) -> bool:
        row = self.current_row()
        if row is None:
            return False
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return False
        option = self.model.option(row)
        if not self.host.push(MoveOption(option_id=option.id, index=target)):
            return False
        self.select_row(target)
        return True

    def choose_color(self, color: QColor | None = None) -> bool:
        row = self.current_row()
        if row is None:
            return False
        option = self.model.option(row)
        if color is None:
            from gui.style import option_color

            color = QColorDialog.getColor(
                option_color(self.host.session.case, option.id),
                self,
                translate("Options", "Colour of {name}").format(name=option.name),
            )
            if not color.isValid():
                return False
        value = color.name().upper()
        if option.color == value:
            return False
        return self.host.push(SetOption(option_id=option.id, option=option.replace(color=value)))

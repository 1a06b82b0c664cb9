"""The units editor: the teams of the case, their size and the options they exclude (and why).

Left the list of units with "Add" and "Remove"; right the chosen unit's name and size and, per
option, whether the unit excludes it and the reason.  Below: the moment of decision (``as_of``)
and the epilogue, which is shown only on request so that it does not anchor a workshop.  Every
edit is one command through the host (undoable, stored in the document with a history row).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.plaintext import tooltip
from model.case import Case
from model.unit_commands import (
    RemoveUnit,
    SetAsOf,
    SetEpilogue,
    SetExclusion,
    SetUnit,
    add_unit,
    own_score_count,
    rename_unit,
)


class UnitsEditor(QWidget):
    """Add, rename, size and remove units; exclude options with a reason."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        #: asks the user a yes/no question (replaced in tests)
        self.ask: Callable[[str], bool] = self._ask
        #: asks the user for a text (title, label, default) -> text or None (replaced in tests)
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.intro = QLabel(
            translate(
                "Units",
                "A case may ask its question per unit (team). Each unit can have its own scores"
                " (choose it in the toolbar, then edit the scores) and can exclude options that"
                " cannot serve it. The view Per unit shows the best form per team.",
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setObjectName("unitList")
        self.list.currentRowChanged.connect(lambda _row: self._show_unit())
        self.add_button = QPushButton(translate("Units", "Add unit…"), self)
        self.add_button.clicked.connect(lambda: self._on_q_add())
        self.remove_button = QPushButton(translate("Units", "Remove unit"), self)
        self.remove_button.clicked.connect(lambda: self._on_q_remove())
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        lv.addLayout(row)

        self.name = QLineEdit(self)
        self.name.setObjectName("unitName")
        self.name.editingFinished.connect(self._on_q_name)
        self.size_box = QDoubleSpinBox(self)
        self.size_box.setObjectName("unitSize")
        self.size_box.setRange(0.1, 100000)
        self.size_box.setDecimals(1)
        self.size_box.setToolTip(
            translate("Units", "How much the unit counts in a portfolio total (e.g. its fte)")
        )
        self.size_box.editingFinished.connect(self._on_q_size)
        self.own = QLabel(self)
        self.own.setTextFormat(Qt.TextFormat.PlainText)
        self.own.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("Units", "Name"), self.name)
        form.addRow(translate("Units", "Size"), self.size_box)
        form.addRow("", self.own)
        self.exclusions = QTableWidget(0, 2, self)
        self.exclusions.setObjectName("exclusions")
        self.exclusions.setHorizontalHeaderLabels(
            [translate("Units", "Excluded option"), translate("Units", "Reason")]
        )
        self.exclusions.verticalHeader().setVisible(False)
        # a reason is read whole: rows as tall as their wrapped text (never cut with "…")
        self.exclusions.setWordWrap(True)
        self.exclusions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.exclusions.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.exclusions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.exclusions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exclusions.itemChanged.connect(self._on_q_exclusion)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(form)
        rv.addWidget(
            QLabel(translate("Units", "Options this unit cannot take (tick, give the reason):"))
        )
        rv.addWidget(self.exclusions, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.as_of = QLineEdit(self)
        self.as_of.setObjectName("asOf")
        self.as_of.setPlaceholderText(translate("Units", "e.g. 2019-06"))
        self.as_of.setToolTip(
            translate(
                "Units",
                "The moment of the decision this case is about (2019, 2019-06 or 2019-06-30):"
                " scores whose source dates from later are marked as hindsight",
            )
        )
        self.as_of.editingFinished.connect(self._on_q_as_of)
        self.epilogue_button = QPushButton(translate("Units", "Epilogue…"), self)
        self.epilogue_button.setToolTip(
            translate("Units", "What was decided afterwards (shown only on request)")
        )
        self.epilogue_button.clicked.connect(lambda: self.edit_epilogue())
        evidence = QHBoxLayout()
        evidence.addWidget(QLabel(translate("Units", "Moment of decision:"), self))
        evidence.addWidget(self.as_of)
        evidence.addStretch(1)
        evidence.addWidget(self.epilogue_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(evidence)
        subscribe(self, host.session, changed=self._on_changed)
        self.synchronize()

    # --- model -> widgets --------------------------------------------------------------------
    def _on_changed(self, command: object, old: Case, new: Case, parts: object = None) -> None:
        self.synchronize()

    @property
    def case(self) -> Case:
        return self.host.session.case

    def current_unit(self) -> str | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, str) and data in self.case.unit_by_id else None

    def synchronize(self) -> None:
        case = self.case
        keep = self.current_unit()
        self.list.blockSignals(True)
        self.list.clear()
        for u in case.units or ():
            item = QListWidgetItem(u.name)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            if u.exclude:
                item.setToolTip(
                    tooltip(
                        translate("Units", "Excludes: {options}").format(
                            options=", ".join(case.option(e.option).name for e in u.exclude)
                        )
                    )
                )
            self.list.addItem(item)
        ids = list(case.unit_ids)
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self.as_of.setText(case.as_of or "")
        self._show_unit()

    def _show_unit(self) -> None:
        case = self.case
        unit_id = self.current_unit()
        has = unit_id is not None
        for w in (self.name, self.size_box, self.exclusions, self.remove_button):
            w.setEnabled(has)
        self.exclusions.blockSignals(True)
        try:
            self.exclusions.setRowCount(len(case.options) if has else 0)
            if not has:
                self.name.setText("")
                self.own.setText("")
                return
            assert unit_id is not None
            unit = case.unit(unit_id)
            self.name.setText(unit.name)
            self.size_box.blockSignals(True)
            self.size_box.setValue(float(unit.size))
            self.size_box.blockSignals(False)
            n = own_score_count(case, unit_id)
            self.own.setText(
                translate(
                    "Units", "{n} score(s) of its own; the other scores are case-wide."
                ).format(n=n)
            )
            for r, o in enumerate(case.options):
                check = QTableWidgetItem(o.name)
                check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                reason = unit.reason_for(o.id)
                check.setCheckState(
                    Qt.CheckState.Checked if reason is not None else Qt.CheckState.Unchecked
                )
                check.setData(Qt.ItemDataRole.UserRole, o.id)
                self.exclusions.setItem(r, 0, check)
                text = QTableWidgetItem(reason or "")
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if reason is not None:
                    flags |= Qt.ItemFlag.ItemIsEditable
                text.setFlags(flags)
                self.exclusions.setItem(r, 1, text)
        finally:
            self.exclusions.blockSignals(False)

    # --- widgets -> model ----------------------------------------------------------------------
    def add(self, name: str, size: float = 1) -> bool:
        """Add a unit called ``name``; it becomes the chosen one in the list."""
        name = name.strip()
        if not name:
            return False
        command = add_unit(self.case, name, size)
        if not self.host.push(command):
            return False
        self.list.setCurrentRow(self.list.count() - 1)
        return True

    def rename(self, unit_id: str, name: str) -> bool:
        name = name.strip()
        if not name or name == self.case.unit(unit_id).name:
            return False
        return self.host.push(rename_unit(self.case, unit_id, name))

    def set_size(self, unit_id: str, size: float) -> bool:
        unit = self.case.unit(unit_id)
        if float(unit.size) == size:
            return False
        value: float | int = int(size) if float(size).is_integer() else size
        return self.host.push(SetUnit(unit_id=unit_id, unit=unit.replace(size=value)))

    def remove(self, unit_id: str) -> bool:
        """Remove a unit; when it has scores of its own, ask first (undo brings them back)."""
        unit = self.case.unit(unit_id)
        n = own_score_count(self.case, unit_id)
        if n and not self.ask(
            translate(
                "Units",
                "{unit} has {n} score(s) of its own; they are removed with it. Remove {unit}?"
                " (Undo brings both back.)",
            ).format(unit=unit.name, n=n)
        ):
            return False
        return self.host.push(RemoveUnit(unit_id=unit_id))

    def set_exclusion(self, unit_id: str, option: str, reason: str | None) -> bool:
        """Exclude ``option`` for the unit with ``reason``, or admit it again (None)."""
        if reason is not None and not reason.strip():
            self.host.status(translate("Units", "Give the reason why the option is excluded."))
            self._show_unit()
            return False
        ok = self.host.push(SetExclusion(unit_id=unit_id, option=option, reason=reason))
        if not ok:
            self._show_unit()
        return ok

    def set_as_of(self, text: str) -> bool:
        value = text.strip() or None
        if value == self.case.as_of:
            return False
        ok = self.host.push(SetAsOf(as_of=value))
        if not ok:
            self.as_of.setText(self.case.as_of or "")
        return ok

    def set_epilogue(self, text: str | None) -> bool:
        value = text if text and text.strip() else None
        if value == self.case.epilogue:
            return False
        return self.host.push(SetEpilogue(epilogue=value))

    def edit_epilogue(self) -> bool:
        """Show the epilogue (only on request) in a small dialog where it can be changed."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        dialog = QDialog(self)
        dialog.setWindowTitle(translate("Units", "Epilogue: what was decided afterwards"))
        text = QPlainTextEdit(dialog)
        text.setPlainText(self.case.epilogue or "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(560, 320)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.set_epilogue(text.toPlainText())

    def _on_q_add(self) -> None:
        name = self.ask_text(
            translate("Units", "Add unit"), translate("Units", "Name of the unit (team):"), ""
        )
        if name:
            self.add(name)

    def _on_q_remove(self) -> None:
        unit_id = self.current_unit()
        if unit_id is not None:
            self.remove(unit_id)

    def _on_q_name(self) -> None:
        unit_id = self.current_unit()
        if unit_id is not None and not self.rename(unit_id, self.name.text()):
            self.name.setText(self.case.unit(unit_id).name)

    def _on_q_size(self) -> None:
        unit_id = self.current_unit()
        if unit_id is not None:
            self.set_size(unit_id, self.size_box.value())

    def _on_q_as_of(self) -> None:
        self.set_as_of(self.as_of.text())

    def _on_q_exclusion(self, item: QTableWidgetItem) -> None:
        unit_id = self.current_unit()
        row = item.row()
        check = self.exclusions.item(row, 0)
        if unit_id is None or check is None:
            return
        option = check.data(Qt.ItemDataRole.UserRole)
        unit = self.case.unit(unit_id)
        if item.column() == 0:
            if check.checkState() == Qt.CheckState.Checked:
                reason = self.ask_text(
                    translate("Units", "Exclude an option"),
                    translate("Units", "Why can {unit} not take {option}?").format(
                        unit=unit.name, option=check.text()
                    ),
                    "",
                )
                if reason is None or not self.set_exclusion(unit_id, option, reason):
                    self._show_unit()
            else:
                self.set_exclusion(unit_id, option, None)
        elif unit.reason_for(option) is not None and item.text() != unit.reason_for(option):
            self.set_exclusion(unit_id, option, item.text())

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, "Vormkeuze", text)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_text(self, title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, default)
        return text if ok else None

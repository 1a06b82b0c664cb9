"""The workshop copy in the weights panel: which profile is shown, and what to do with the copy.

A profile as loaded is the *vastgestelde* profile; the first slider move makes a workshop copy
("Raad Heemstede — aangepast", see ``model.workshop``) and shows it.  This bar says which of the
two is shown and offers: the difference with the vastgestelde profile, back to it, save the copy
as a new profile (named by the user) and overwrite the vastgestelde profile (after a
confirmation).  Every change of the case is one command through ``window.push`` (undoable).
The questions go through ``ask_name`` and ``confirm``, which tests replace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate
from gui.weights.widgets import WrapLabel
from model.case import Case, Profile
from model.naming import free_id, free_name, slug
from model.workshop import (
    base_of,
    copy_of,
    discard_copy,
    overwrite_base,
    profile_command,
    save_as_new,
    weight_changes,
    weight_command,
)
from words.numbers import percent

if TYPE_CHECKING:
    from gui.weights.panel import WeightsPanel
    from model.commands import Command

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def copy_name(base_name: str) -> str:
    return translate("Workshop", "{name} — adjusted").format(name=base_name)


def copy_description(base_name: str) -> str:
    return translate(
        "Workshop",
        "Workshop copy of “{name}”: the weights as moved in the session. The adopted profile "
        "itself is unchanged.",
    ).format(name=base_name)


def method_step(case: Case, profile_id: str, changed: Profile) -> tuple[Command, str]:
    """The command for a method's (elicitation's) result while ``profile_id`` is shown."""
    base = case.profile(profile_id)
    return profile_command(
        case,
        profile_id,
        changed,
        name=copy_name(base.name),
        description=copy_description(base.name),
    )


def weight_step(case: Case, profile_id: str, node: str, value: float) -> tuple[Command, str]:
    """The command for a slider move while ``profile_id`` is shown (see ``model.workshop``)."""
    base = case.profile(profile_id)
    return weight_command(
        case,
        profile_id,
        node,
        value,
        name=copy_name(base.name),
        description=copy_description(base.name),
    )


class DifferenceDialog(QDialog):
    """The weights that differ between the vastgestelde profile and its workshop copy."""

    def __init__(self, case: Case, base_id: str, copy_id: str, lang: str, parent: QWidget | None):
        super().__init__(parent)
        base, copy = case.profile(base_id), case.profile(copy_id)
        self.setWindowTitle(translate("Workshop", "Difference with the adopted profile"))
        layout = QVBoxLayout(self)
        intro = WrapLabel(
            translate("Workshop", "“{copy}” compared with “{base}” (share of the total):").format(
                copy=copy.name, base=base.name
            )
        )
        layout.addWidget(intro)
        self.changes = weight_changes(case, base_id, copy_id)
        self.table = QTableWidget(len(self.changes), 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Workshop", "Criterion"),
                translate("Workshop", "Adopted"),
                translate("Workshop", "Adjusted"),
                translate("Workshop", "Difference"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, ch in enumerate(self.changes):
            delta = 100.0 * ch.global_delta
            sign = "+" if delta > 0 else ""
            cells = [
                case.node_by_id[ch.node].name,
                percent(ch.global_before, lang),
                percent(ch.global_after, lang),
                sign + percent(ch.global_delta, lang),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        if not self.changes:
            layout.addWidget(WrapLabel(translate("Workshop", "No weight differs.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("Workshop", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fm = self.fontMetrics()
        self.resize(fm.horizontalAdvance("M") * 40, fm.height() * (len(self.changes) + 10))

    def rows(self) -> list[list[str]]:
        return [
            [self._cell(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


class WorkshopBar(QWidget):
    """Says whether the shown profile is vastgesteld or a workshop copy; the copy's actions."""

    def __init__(self, panel: WeightsPanel) -> None:
        super().__init__(panel)
        self.setObjectName("WorkshopBar")
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = WrapLabel()
        self.state.setObjectName("workshopState")
        layout.addWidget(self.state)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.diff_button = QPushButton(translate("Workshop", "Difference…"))
        self.diff_button.setToolTip(
            translate("Workshop", "Show which weights differ from the adopted profile")
        )
        self.back_button = QPushButton(translate("Workshop", "Adopted"))
        self.back_button.setToolTip(translate("Workshop", "Show the adopted profile again"))
        self.to_copy_button = QPushButton(translate("Workshop", "Adjusted"))
        self.to_copy_button.setToolTip(translate("Workshop", "Show the workshop copy again"))
        self.more = QToolButton()
        self.more.setText(translate("Workshop", "Copy…"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.save_action = self.menu.addAction(translate("Workshop", "Save as a new profile…"))
        self.overwrite_action = self.menu.addAction(
            translate("Workshop", "Overwrite the adopted profile…")
        )
        self.menu.addSeparator()
        self.discard_action = self.menu.addAction(translate("Workshop", "Discard the copy"))
        self.more.setMenu(self.menu)
        for w in (self.diff_button, self.back_button, self.to_copy_button, self.more):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.diff_button.clicked.connect(self._on_q_diff)
        self.back_button.clicked.connect(self.back_to_base)
        self.to_copy_button.clicked.connect(self.to_copy)
        self.save_action.triggered.connect(self._on_q_save)
        self.overwrite_action.triggered.connect(self._on_q_overwrite)
        self.discard_action.triggered.connect(self.discard)

    # --- state -----------------------------------------------------------------------------
    def pair(self) -> tuple[str, str | None]:
        """(vastgesteld profile id, its copy's id or None) for the shown profile."""
        case, active = self.panel.case, self.panel.session.profile_id
        base = base_of(case, active)
        if base is not None:
            return base, active
        return active, copy_of(case, active)

    def showing_copy(self) -> bool:
        return base_of(self.panel.case, self.panel.session.profile_id) is not None

    def update_state(self) -> None:
        case = self.panel.case
        if self.panel.session.profile_id not in [p.id for p in case.profiles]:
            return
        base, copy = self.pair()
        on_copy = self.showing_copy()
        base_name = case.profile(base).name
        if on_copy:
            text = translate(
                "Workshop", "Workshop copy: adjusted from the adopted profile “{name}”."
            ).format(name=base_name)
        elif copy is not None:
            text = translate("Workshop", "Adopted profile. There is an adjusted copy of it.")
        else:
            text = translate("Workshop", "Adopted profile. Moving a weight makes a workshop copy.")
        self.state.setText(text)
        has_copy = copy is not None
        self.diff_button.setVisible(has_copy)
        self.back_button.setVisible(on_copy)
        self.to_copy_button.setVisible(has_copy and not on_copy)
        self.more.setVisible(has_copy)

    # --- questions (tests replace these) ---------------------------------------------------
    def ask_name(self, suggestion: str) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            translate("Workshop", "Save as a new profile"),
            translate("Workshop", "Name of the new profile:"),
            QLineEdit.EchoMode.Normal,
            suggestion,
        )
        return name.strip() if ok and name.strip() else None

    def confirm(self, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Workshop", "Overwrite the adopted profile"),
            text,
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(
            translate("Workshop", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("Workshop", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        chosen = box.clickedButton() is yes
        box.deleteLater()
        return chosen

    # --- actions ---------------------------------------------------------------------------
    def _push(self, command: Command) -> bool:
        return bool(self.panel.host.push(command))

    def back_to_base(self) -> bool:
        base, _copy = self.pair()
        if base == self.panel.session.profile_id:
            return False
        self.panel.session.profile_id = base
        return True

    def to_copy(self) -> bool:
        _base, copy = self.pair()
        if copy is None or copy == self.panel.session.profile_id:
            return False
        self.panel.session.profile_id = copy
        return True

    def difference(self) -> DifferenceDialog | None:
        base, copy = self.pair()
        if copy is None:
            return None
        dialog = DifferenceDialog(self.panel.case, base, copy, self.panel.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_copy_as(self, name: str) -> bool:
        case = self.panel.case
        _base, copy = self.pair()
        if copy is None or not name.strip():
            return False
        new_id = free_id(slug(name), (p.id for p in case.profiles))
        if not self._push(save_as_new(case, copy, new_id, name.strip(), None)):
            return False
        self.panel.session.profile_id = new_id
        return True

    def overwrite(self) -> bool:
        case = self.panel.case
        base, copy = self.pair()
        if copy is None:
            return False
        if not self.confirm(
            translate(
                "Workshop",
                "Give the adopted profile “{name}” the weights of the workshop copy? Reports "
                "will then show these weights under its name. You can undo this.",
            ).format(name=case.profile(base).name)
        ):
            return False
        if not self._push(overwrite_base(case, copy)):
            return False
        self.panel.session.profile_id = base
        return True

    def discard(self) -> bool:
        _base, copy = self.pair()
        if copy is None:
            return False
        return self._push(discard_copy(self.panel.case, copy))

    def _on_q_diff(self) -> None:
        self.difference()

    def _on_q_save(self) -> None:
        case = self.panel.case
        base, _copy = self.pair()
        taken = [p.name for p in case.profiles]
        suggestion = free_name(
            translate("Workshop", "{name} (workshop)").format(name=case.profile(base).name), taken
        )
        name = self.ask_name(suggestion)
        if name is not None:
            self.save_copy_as(name)

    def _on_q_overwrite(self) -> None:
        self.overwrite()

"""Profile actions of the weights panel: add, copy, rename (with description) and delete.

Each is one ``SetProfile`` command through ``host.push`` (so it is undoable).  The questions
asked (a name, a confirmation) go through small methods (``ask_profile``, ``confirm``,
``inform``) that tests replace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from gui.i18n import translate
from model.case import Profile
from model.naming import free_id, free_name, slug

if TYPE_CHECKING:
    from gui.weights.panel import WeightsPanel


class ProfileDialog(QDialog):
    """Name and description of a profile (plain text)."""

    def __init__(self, title: str, name: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name)
        self.name_edit.selectAll()
        self.description_edit = QPlainTextEdit(description)
        self.description_edit.setTabChangesFocus(True)
        form.addRow(translate("ProfileDialog", "&Name:"), self.name_edit)
        form.addRow(translate("ProfileDialog", "&Description:"), self.description_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ProfileDialog", "OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ProfileDialog", "Cancel")
        )
        self.name_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.ok_button.setEnabled(bool(name.strip()))
        self.resize(self.fontMetrics().horizontalAdvance("M") * 36, self.sizeHint().height())


class ProfileActions:
    """The profile menu of a :class:`WeightsPanel` and what its actions do."""

    def __init__(self, panel: WeightsPanel) -> None:
        self.panel = panel
        self.menu = QMenu(panel)
        self.add_action = QAction(translate("ProfileActions", "&New profile…"), panel)
        self.copy_action = QAction(translate("ProfileActions", "&Copy profile…"), panel)
        self.rename_action = QAction(
            translate("ProfileActions", "&Rename and describe profile…"), panel
        )
        self.delete_action = QAction(translate("ProfileActions", "&Delete profile…"), panel)
        self.add_action.triggered.connect(self._on_q_add)
        self.copy_action.triggered.connect(self._on_q_copy)
        self.rename_action.triggered.connect(self._on_q_rename)
        self.delete_action.triggered.connect(self._on_q_delete)
        for a in (self.add_action, self.copy_action, self.rename_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.delete_action)

    # --- questions (tests replace these) ---------------------------------------------------
    def ask_profile(self, title: str, name: str, description: str) -> tuple[str, str] | None:
        dialog = ProfileDialog(title, name, description, self.panel)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.name_edit.text().strip(), dialog.description_edit.toPlainText().strip()
        finally:
            dialog.deleteLater()

    def confirm(self, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ProfileActions", "Delete profile"),
            text,
            parent=self.panel,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(
            translate("ProfileActions", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("ProfileActions", "Keep"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        chosen = box.clickedButton() is delete
        box.deleteLater()
        return chosen

    def inform(self, text: str) -> None:
        self._status(text)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("ProfileActions", "Delete profile"),
            text,
            parent=self.panel,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        box.deleteLater()

    # --- state -----------------------------------------------------------------------------
    def update_enabled(self) -> None:
        last = len(self.panel.case.profiles) <= 1
        self.delete_action.setToolTip(
            translate("ProfileActions", "A case needs at least one profile") if last else ""
        )

    def _status(self, text: str) -> None:
        self.panel.host.status(text)

    def _active(self) -> Profile:
        return self.panel.case.profile(self.panel.session.profile_id)

    # --- actions ---------------------------------------------------------------------------
    def add_profile(
        self, name: str, description: str = "", *, source: Profile | None = None
    ) -> bool:
        """Add a profile after the active one (equal weights, or a copy of ``source``)."""
        from model.commands import SetProfile  # not at import: the first paint needs no edits

        case = self.panel.case
        name = name.strip() or translate("ProfileActions", "New profile")
        new_id = free_id(slug(name), (p.id for p in case.profiles))
        if source is None:
            profile = Profile(id=new_id, name=name, description=description or None)
        else:
            profile = source.replace(id=new_id, name=name, description=description or None)
        index = [p.id for p in case.profiles].index(self.panel.session.profile_id) + 1
        ok = bool(self.panel.host.push(SetProfile(profile_id=new_id, profile=profile, index=index)))
        if ok:
            self.panel.session.profile_id = new_id
        return ok

    def rename_profile(self, name: str, description: str) -> bool:
        from model.commands import SetProfile

        profile = self._active()
        name = name.strip()
        if not name:
            return False
        new = profile.replace(name=name, description=description.strip() or None)
        if new == profile:
            return False
        return bool(self.panel.host.push(SetProfile(profile_id=profile.id, profile=new)))

    def delete_profile(self) -> bool:
        """Delete the active profile (after confirmation); the last one cannot go."""
        from model.commands import SetProfile

        case = self.panel.case
        profile = self._active()
        if len(case.profiles) <= 1:
            self.inform(
                translate(
                    "ProfileActions",
                    "“{name}” is the only profile. A case needs at least one profile, so it "
                    "cannot be deleted. Add another profile first.",
                ).format(name=profile.name)
            )
            return False
        if not self.confirm(
            translate(
                "ProfileActions",
                "Delete the profile “{name}” with its weights? You can undo this.",
            ).format(name=profile.name)
        ):
            return False
        return bool(self.panel.host.push(SetProfile(profile_id=profile.id, profile=None)))

    def _on_q_add(self) -> None:
        taken = [p.name for p in self.panel.case.profiles]
        got = self.ask_profile(
            translate("ProfileActions", "New profile"),
            free_name(translate("ProfileActions", "New profile"), taken),
            "",
        )
        if got is not None:
            self.add_profile(*got)

    def _on_q_copy(self) -> None:
        source = self._active()
        taken = [p.name for p in self.panel.case.profiles]
        name = translate("ProfileActions", "Copy of {name}").format(name=source.name)
        got = self.ask_profile(
            translate("ProfileActions", "Copy profile"),
            free_name(name, taken),
            source.description or "",
        )
        if got is not None:
            self.add_profile(*got, source=source)

    def _on_q_rename(self) -> None:
        profile = self._active()
        got = self.ask_profile(
            translate("ProfileActions", "Rename and describe profile"),
            profile.name,
            profile.description or "",
        )
        if got is not None:
            self.rename_profile(*got)

    def _on_q_delete(self) -> None:
        self.delete_profile()

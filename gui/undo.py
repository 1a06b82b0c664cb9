"""Model commands on Qt's undo stack.

``window.push(command)`` applies the command through ``session.apply`` first (so a refusal is
reported before anything reaches the stack), then pushes a :class:`ModelUndoCommand` that is
already done.  Undo applies the inverse, redo applies the command again; both take the same
path through the session (and the document) as the first apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from gui.i18n import translate
from model.commands import Command, Restore
from model.errors import VormkeuzeError
from model.session import Session

MERGE_ID = 4242


def command_label(
    command: Command | None, kind: str | None = None, inverse: Command | None = None
) -> str:
    """The user's name for an edit ("Score wijzigen", "Onderbouwing wijzigen")."""
    if command is not None and inverse is not None:
        from gui.desk.history_words import action_label, change_key

        return action_label(change_key(command, inverse))
    kind = kind or (command.kind if command is not None else "")
    if kind == "Restore" and isinstance(command, Restore):
        restore_labels = {
            "add option": translate("Commands", "Add option"),
            "remove option": translate("Commands", "Remove option"),
            "add criterion": translate("Commands", "Add criterion"),
            "remove criterion": translate("Commands", "Remove criterion"),
            "move criterion": translate("Commands", "Move criterion"),
            "restore snapshot": translate("Commands", "Restore snapshot"),
            "remove round profiles": translate("Commands", "Remove the round's profiles"),
            "overwrite profile": translate("Commands", "Overwrite the adopted profile"),
        }
        return restore_labels.get(command.label, translate("Commands", "Restore"))
    merge = getattr(command, "merge", None)
    if kind == "SetProfile" and isinstance(merge, str) and merge.startswith("workshop:"):
        return translate("Commands", "Change weight (workshop copy)")
    labels = {
        "SetScore": translate("Commands", "Change score"),
        "SetWeight": translate("Commands", "Change weight"),
        "SetProfile": translate("Commands", "Change profile"),
        "SetOption": translate("Commands", "Change option"),
        "RemoveOption": translate("Commands", "Remove option"),
        "MoveOption": translate("Commands", "Move option"),
        "SetCriterion": translate("Commands", "Change criterion"),
        "AddCriterion": translate("Commands", "Add criterion"),
        "RemoveCriterion": translate("Commands", "Remove criterion"),
        "MoveCriterion": translate("Commands", "Move criterion"),
        "SetCaseInfo": translate("Commands", "Change case details"),
        "Restore": translate("Commands", "Restore"),
        "SaveRound": translate("Commands", "Save round as profiles"),
    }
    return labels.get(kind, kind)


class ModelUndoCommand(QUndoCommand):
    """One model command (already applied) on the undo stack.

    ``merge_token``: consecutive commands with equal ``merge_key()`` and an equal, non-None
    token merge into one step (a slider drag); undo then restores the state before the first.
    """

    def __init__(
        self,
        session: Session,
        command: Command,
        inverse: Command,
        *,
        merge_token: object | None = None,
        on_error: Callable[[VormkeuzeError], None] | None = None,
        label: str | None = None,
    ) -> None:
        super().__init__(label or command_label(command, inverse=inverse))
        self.session = session
        self.command = command
        self.inverse = inverse
        self.merge_token = merge_token
        self._on_error = on_error
        self._done = True  # push() calls redo() once: the command is applied already

    def id(self) -> int:
        return MERGE_ID if self.merge_token is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ModelUndoCommand) or self.merge_token is None:
            return False
        key = self.command.merge_key()
        if key is None or other.merge_token != self.merge_token:
            return False
        if other.command.merge_key() != key:
            return False
        self.command = other.command  # keep our inverse: undo goes back before the first
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.command, store_inverse=True)

    def undo(self) -> None:
        self._run(self.inverse, store_inverse=False)

    def _run(self, command: Command, *, store_inverse: bool) -> None:
        try:
            inverse = self.session.apply(command)
        except VormkeuzeError as e:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(e)
            return
        if store_inverse:
            self.inverse = inverse

"""Model commands on Qt's undo stack.

``window.push(command)`` applies the command through ``session.apply`` first (so a refusal is
reported before anything reaches the stack), then pushes a :class:`ModelUndoCommand` that is
already done.  Undo applies the inverse, redo applies the command again; both take the same
path through the session (and the document) as the first apply.  The step's text (the Edit
menu's "Ongedaan maken: ...") is the vocabulary's name of the edit (:mod:`words.edits`), in the
window's language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from model.errors import VormkeuzeError
from model.session import Session
from words.edits import command_label

if TYPE_CHECKING:
    from model.commands import Command

MERGE_ID = 4242


class ModelUndoCommand(QUndoCommand):
    """One model command (already applied) on the undo stack.

    ``merge_token``: consecutive commands with equal ``merge_key()`` and an equal, non-None
    token merge into one step (a slider drag); undo then restores the state before the first.
    ``lang``: the language of the step's text (the host's; None: the one the app installed).
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
        lang: str | None = None,
    ) -> None:
        super().__init__(label or command_label(command, inverse, lang))
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

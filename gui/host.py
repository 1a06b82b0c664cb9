"""What every view gets from the window it lives in: the typed host, and one way to subscribe.

A view, panel, chart or analysis pane takes a :class:`ViewHost` and keeps it as ``self.host``;
it reads the session and the language from it and sends every edit through
``host.push(command, merge_token=...)``. The main window is the host in the app
(:class:`gui.main_window.MainWindow`); :class:`StandaloneHost` is the host of a view shown on
its own (tests, benchmarks, a chart rendered for a report).

Views subscribe to the session with :func:`subscribe`, which also unsubscribes when the widget
is destroyed, so a closed view is never called again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from model.commands import Command
from model.errors import Issue, VormkeuzeError
from model.session import Session
from words.messages import render

if TYPE_CHECKING:
    from model.document import Document


class ViewHost(Protocol):
    """The contract between a view and the window it lives in."""

    @property
    def session(self) -> Session:
        """The open case, the active profile and the change signals."""
        ...

    @property
    def language(self) -> str:
        """``nl`` or ``en``: the language of the messages and numbers the view shows."""
        ...

    @property
    def document(self) -> Document | None:
        """The open ``.vormkeuze`` document (history, snapshots), or None for a case in memory."""
        ...

    def push(self, command: Command, *, merge_token: object | None = None) -> bool:
        """Apply ``command`` as one undoable step (commands with the same token merge into
        one step and one history row); a refusal is shown to the user and returns False."""
        ...

    def status(self, text: str) -> None:
        """A short message in the status bar."""
        ...

    def show_issues(self, issues: Sequence[Issue]) -> None:
        """Show the model's problems in the user's language."""
        ...

    def show_error(self, text: str) -> None:
        """Show one clear message (already in the user's language)."""
        ...


class StandaloneHost:
    """A host without a window: edits go straight to the session, messages are kept.

    For a view shown on its own (tests, benchmarks, the report's chart renderer). ``messages``
    holds what a window would have shown, in order.
    """

    def __init__(
        self, session: Session, language: str = "nl", document: Document | None = None
    ) -> None:
        self._session = session
        self._language = language
        self._document = document
        self.messages: list[str] = []

    @property
    def session(self) -> Session:
        return self._session

    @property
    def language(self) -> str:
        return self._language

    @property
    def document(self) -> Document | None:
        return self._document

    def push(self, command: Command, *, merge_token: object | None = None) -> bool:
        try:
            self._session.apply(command, merge_token=merge_token)
        except VormkeuzeError as e:
            self.show_issues(e.issues)
            return False
        return True

    def status(self, text: str) -> None:
        self.messages.append(text)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        self.messages.extend(render(i, self._language) for i in issues)

    def show_error(self, text: str) -> None:
        self.messages.append(text)


def subscribe(
    widget: QObject,
    session: Session,
    *,
    changed: Callable[..., Any] | None = None,
    profile: Callable[..., Any] | None = None,
    unit: Callable[..., Any] | None = None,
) -> None:
    """Connect to the session's signals; disconnect when ``widget`` is destroyed.

    ``changed`` receives ``(command, old, new, parts)`` (it may take fewer arguments: psygnal
    passes as many as the slot accepts); ``profile`` receives the new profile id; ``unit`` the
    unit the analyses now show (None: the case as a whole; also when the what-if without
    hindsight is switched).
    """
    if changed is not None:
        session.changed.connect(changed)
    if profile is not None:
        session.profile_changed.connect(profile)
    if unit is not None:
        session.unit_changed.connect(unit)

    def off(*_: object) -> None:
        if changed is not None:
            session.changed.disconnect(changed, missing_ok=True)
        if profile is not None:
            session.profile_changed.disconnect(profile, missing_ok=True)
        if unit is not None:
            session.unit_changed.disconnect(unit, missing_ok=True)

    widget.destroyed.connect(off)

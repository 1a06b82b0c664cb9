"""What every view gets from the window it lives in: the typed host, and one way to subscribe.

A view, panel, chart or analysis pane takes a :class:`ViewHost` and keeps it as ``self.host``;
it reads the session and the language from it and sends every edit through
``host.push(command, merge_token=...)``. The main window is the host in the app
(:class:`gui.main_window.MainWindow`); :class:`StandaloneHost` is the host of a view shown on
its own (tests, benchmarks, a chart rendered for a report).

The desk's window-level tools (search, the tab groups, help, the read-only bar, Ctrl+Z from
text fields: ``gui.desk``) work on the main window through :class:`WindowHost`, the view host
plus the window's tabs, menus, views and documents. Nothing asks a window or a view for a
member by name: a tool that starts from a widget (a banner's button, a help link) checks
``isinstance(widget.window(), WindowHost)`` and a view's own methods are reached through its
class.

Views subscribe to the session with :func:`subscribe`, which also unsubscribes when the widget
is destroyed, so a closed view is never called again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from model.errors import Issue, VormkeuzeError
from model.session import Session
from words.messages import render

if TYPE_CHECKING:
    from gui.settings import Settings
    from model.commands import Command
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

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The window's undo stack (a text field whose edit is committed hands Ctrl+Z to it:
        ``gui.desk.undo_keys``), or None for a host without one."""
        ...

    @property
    def settings(self) -> Settings | None:
        """The user's remembered choices (the projector screen, the last folder…), or None for
        a host that remembers nothing."""
        ...


@runtime_checkable
class WindowHost(ViewHost, Protocol):
    """The main window as the desk's tools see it (``gui.desk``): the view host, its views by
    name, its tabs and menus, and the open document.

    :class:`gui.main_window.MainWindow` is the one implementation. Runtime-checkable, so that a
    tool reached from any widget (``widget.window()``) can tell the main window from a
    presentation window or a dialog, which have none of this.
    """

    @property
    def widget(self) -> QMainWindow:
        """The window itself, as Qt sees it: the parent of the desk's dialogs and bars, with
        its status bar and tool bars."""
        ...

    @property
    def undo_stack(self) -> QUndoStack:
        """The document's undo stack."""
        ...

    @property
    def settings(self) -> Settings:
        """The user's remembered choices."""
        ...

    @property
    def tabs(self) -> QTabWidget:
        """The central tab widget (the views that are not docks)."""
        ...

    @property
    def menus(self) -> Mapping[str, QMenu]:
        """The menu bar's menus: ``file``, ``edit``, ``view``, ``analysis``, ``help``."""
        ...

    @property
    def view_actions(self) -> Mapping[str, QAction]:
        """The View menu's entry of every view, by view name."""
        ...

    @property
    def view_separator(self) -> QAction:
        """The View menu's separator: view entries go before it, the window's own after."""
        ...

    def view_names(self) -> list[str]:
        """The names of the window's views, in the catalogue's order."""
        ...

    def view(self, name: str) -> QWidget:
        """The view called ``name`` (made now if its tab was never shown); KeyError if none."""
        ...

    def place(self, name: str) -> QWidget:
        """The widget holding view ``name`` in its tab or dock (never makes the view)."""
        ...

    def show_view(self, name: str) -> None:
        """Bring view ``name`` to the front (its tab, or its dock) and focus it."""
        ...

    def folder(self) -> Path:
        """The folder new untitled documents and working copies go in (created if missing)."""
        ...

    def set_document(self, document: Document, *, keep_undo: bool = False) -> None:
        """Make ``document`` the open one (closing the previous)."""
        ...

    def show_open_error(self, path: Path, error: Exception) -> None:
        """Say why ``path`` cannot be opened or written (a dialog naming the file)."""
        ...


class StandaloneHost:
    """A host without a window: edits go straight to the session, messages are kept.

    For a view shown on its own (tests, benchmarks, the report's chart renderer). ``messages``
    holds what a window would have shown, in order.
    """

    def __init__(
        self,
        session: Session,
        language: str = "nl",
        document: Document | None = None,
        settings: Settings | None = None,
    ) -> None:
        self._session = session
        self._language = language
        self._document = document
        self._settings = settings
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

    @property
    def undo_stack(self) -> QUndoStack | None:
        return None  # edits go straight to the session: nothing to undo from a text field

    @property
    def settings(self) -> Settings | None:
        return self._settings

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


# The slots are ``Callable[..., object]``: a signal (model.signals) calls a slot with as many
# of the signal's arguments as it accepts (``changed`` has four, a view may take one), which no
# fixed Callable signature can say; what a slot returns is ignored.
def subscribe(
    widget: QObject,
    session: Session,
    *,
    changed: Callable[..., object] | None = None,
    profile: Callable[..., object] | None = None,
    unit: Callable[..., object] | None = None,
) -> None:
    """Connect to the session's signals; disconnect when ``widget`` is destroyed.

    ``changed`` receives ``(command, old, new, parts)`` (it may take fewer arguments: a signal
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

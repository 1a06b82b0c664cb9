"""A small window that is a view host (gui.host.ViewHost), for view tests without MainWindow."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from gui.catalogue import spec
from model import CaseInvalid
from model.session import Session
from words.messages import render


class _Cmd(QUndoCommand):
    def __init__(self, session: Session, command: Any) -> None:
        super().__init__(str(command.kind))
        self.session, self.command, self.inverse = session, command, None
        self.first = True

    def redo(self) -> None:
        self.inverse = self.session.apply(self.command)

    def undo(self) -> None:
        self.session.apply(self.inverse)


class FakeWindow(QMainWindow):
    def __init__(self, session: Session, lang: str = "nl") -> None:
        super().__init__()
        self.session = session
        self.lang = self.language = lang
        self.document = None
        self.undo_stack = QUndoStack(self)
        self.settings = None  # remembers nothing (gui.host.ViewHost.settings)
        self.tabs = QTabWidget(self)
        self.setCentralWidget(self.tabs)
        self.menus = {k: QMenu(k, self) for k in ("file", "edit", "view", "analysis", "help")}
        self.views: dict[str, QWidget] = {}
        self.messages: list[str] = []

    def push(self, command: Any, *, merge_token: object | None = None) -> bool:
        try:
            self.undo_stack.push(_Cmd(self.session, command))
        except CaseInvalid:
            return False
        return True

    def register_view(
        self, name: str, widget: QWidget, title: str, *, area: str = "center"
    ) -> None:
        self.views[name] = widget
        self.tabs.addTab(widget, title)

    def install(self, *names: str) -> None:
        """Make the catalogue's views ``names`` with this window as their host."""
        for name in names:
            view = spec(name)
            self.register_view(name, view.make(self, self), view.title(), area=view.place)

    def show_issues(self, issues: Any) -> None:
        self.messages.extend(render(i, self.lang) for i in issues)

    def show_error(self, text: str) -> None:
        self.messages.append(text)

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.views[name])

    def status(self, text: str) -> None:
        self.messages.append(text)

"""The main window: the open document, the undo stack, the menus and the views.

The window builds its views from the catalogue (:data:`gui.catalogue.VIEWS`, in that order) and
is their host (:class:`gui.host.ViewHost`): every edit goes through :meth:`MainWindow.push` (a
model command on the ``QUndoStack``, applied by the session and persisted by the document at
once).  The desk's tools (``gui.desk``) see it as a :class:`gui.host.WindowHost`.  See
``shared/design/ui.md`` for the layout.
"""

from __future__ import annotations

import getpass
import html
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import resources
from gui.catalogue import VIEWS, ViewSpec
from gui.desk import files
from gui.host import subscribe
from gui.i18n import translate
from gui.plaintext import ask, tooltip, warn
from gui.settings import Settings
from gui.undo import ModelUndoCommand
from model.case import Case
from model.errors import Issue, VormkeuzeError
from model.io import is_document, load_case_file, write_case_file
from model.session import Changed, Session
from words.messages import render

if TYPE_CHECKING:
    from gui.charts.presentation import PresentationWindow
    from gui.desk.groups import ViewGroups
    from model.commands import Command
    from model.document import Document

DOCUMENT_SUFFIX = ".vormkeuze"
MAX_LISTED = 8  # problems listed in one message (the rest are counted)
_AREAS = {
    "tab": Qt.DockWidgetArea.NoDockWidgetArea,
    "left": Qt.DockWidgetArea.LeftDockWidgetArea,
    "right": Qt.DockWidgetArea.RightDockWidgetArea,
    "bottom": Qt.DockWidgetArea.BottomDockWidgetArea,
}


def user_name() -> str | None:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return None


def data_folder() -> Path:
    """The user's data folder for untitled documents (never the installed resources)."""
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(loc) if loc else Path.home() / ".vormkeuze"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unique_path(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}{DOCUMENT_SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{stem} {n}{DOCUMENT_SUFFIX}"
        n += 1
    return path


def _document_class() -> type[Document]:
    from model.document import Document  # sqlite-utils and friends: off the start-up path

    return Document


class DeferredView(QWidget):
    """A tab's place: its view is made on the first show (or when asked for), inside it."""

    def __init__(self, make: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: Callable[[QWidget], QWidget] | None = make
        self.made: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def materialize(self) -> QWidget:
        if self.made is None:
            assert self._make is not None
            self.made = self._make(self)
            self._make = None
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.made)
            if self.isVisible():  # made while (or after) this place was shown: show it now
                self.made.show()
        return self.made

    def showEvent(self, event: QShowEvent) -> None:
        self.materialize()
        super().showEvent(event)


class MainWindow(QMainWindow):
    """The Vormkeuze main window, and the host of every view in it."""

    def __init__(
        self,
        session: Session,
        *,
        document: Document | None = None,
        settings: Settings | None = None,
        lang: str = "nl",
        views: Sequence[ViewSpec] = VIEWS,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._session = session
        self._document = document
        self.settings = settings or Settings()
        self.lang = lang
        self.data_dir = data_dir
        self.undo_stack = QUndoStack(self)
        self._closed = False
        self.menus: dict[str, QMenu] = {}
        self._views: dict[str, tuple[QWidget, str, str, QDockWidget | None]] = {}
        self._charts: list[str] = []
        self.presentation: PresentationWindow | None = None
        self.view_actions: dict[str, QAction] = {}  # the View menu's entry of every view
        self.view_groups: ViewGroups | None = None  # the tab groups (gui.desk.groups)
        self.action_search: QAction | None = None  # Edit › Search… (gui.desk.search)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("centralTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._build_menus()
        self._build_toolbar()
        self.statusBar()
        subscribe(self, session, changed=self._on_model_changed, profile=self._on_profile_changed)
        for view in views:
            self.add_view(view)
        self._add_view_actions()
        if self._charts:  # the window opens on the first chart: what a workshop looks at
            self.tabs.setCurrentWidget(self.place(self._charts[0]))
        else:
            self.tabs.setCurrentIndex(0)
        from gui.desk import install as install_desk  # search, view groups, help (gui.desk)

        desk = install_desk(self)
        self.view_groups, self.action_search = desk.groups, desk.search
        self._restore_layout()
        self._update_title()
        self._sync_profiles()

    # --- the host of the views (gui.host.ViewHost) ---------------------------------------------
    @property
    def session(self) -> Session:
        return self._session

    @property
    def language(self) -> str:
        return self.lang

    @property
    def document(self) -> Document | None:
        return self._document

    # --- the window the desk's tools work on (gui.host.WindowHost) ----------------------------
    @property
    def widget(self) -> QMainWindow:
        return self

    @property
    def view_separator(self) -> QAction:
        return self._view_separator

    def push(self, command: Command, *, merge_token: object | None = None) -> bool:
        """Apply ``command`` as one undoable step; show a refusal and return False."""
        if self.document is not None and self.document.readonly:
            from gui.desk import readonly

            readonly.refuse(self)  # a status line, not a dialog per slider move
            return False
        try:
            inverse = self.session.apply(command, merge_token=merge_token)
        except VormkeuzeError as e:
            self.show_issues(e.issues)
            return False
        except (OSError, sqlite3.Error) as e:
            self.show_error(
                translate("MainWindow", "The change could not be saved: {reason}").format(
                    reason=str(e)
                )
            )
            return False
        self.undo_stack.push(
            ModelUndoCommand(
                self.session,
                command,
                inverse,
                merge_token=merge_token,
                on_error=lambda err: self.show_issues(err.issues),
                lang=self.language,
            )
        )
        return True

    def add_view(self, view: ViewSpec) -> None:
        """Place the view ``view`` describes, with this window as its host.

        A tab's view (and its module) is made when the tab is first shown or the view is asked
        for (:meth:`view`): the first paint needs only the tab in front and the docks.
        """
        if view.place == "tab":
            widget: QWidget = DeferredView(lambda parent: view.make(self, parent=parent), self)
        else:
            widget = view.make(self, parent=self)
        self.register_view(view.name, widget, view.title(), area=view.place)
        if view.chart or view.projected:  # what presentation mode can show
            self._charts.append(view.name)

    def register_view(self, name: str, widget: QWidget, title: str, *, area: str = "tab") -> None:
        """Add a view as a central tab (``tab``) or a dock (``left``/``bottom``/``right``)."""
        if name in self._views:
            raise ValueError(f"view {name!r} registered twice")
        dock: QDockWidget | None = None
        if area in ("tab", "center"):
            self.tabs.addTab(widget, title)
            action = QAction(title, self)
            action.triggered.connect(lambda _=False, n=name: self.show_view(n))
        else:
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock-{name}")
            dock.setWidget(widget)
            self.addDockWidget(_AREAS.get(area, _AREAS["right"]), dock)
            action = dock.toggleViewAction()
        self._views[name] = (widget, title, area, dock)
        self.view_actions[name] = action
        self.menus["view"].insertAction(self._view_separator, action)

    def show_view(self, name: str) -> None:
        widget, _title, _area, dock = self._views[name]
        if dock is None:
            self.tabs.setCurrentWidget(widget)
        else:
            dock.show()
            dock.raise_()
        self.view(name).setFocus()

    def view_names(self) -> list[str]:
        return list(self._views)

    def view(self, name: str) -> QWidget:
        """The view called ``name`` (made now if its tab was never shown)."""
        widget = self._views[name][0]
        return widget.materialize() if isinstance(widget, DeferredView) else widget

    def place(self, name: str) -> QWidget:
        """The widget that holds the view called ``name`` in its tab or dock (the view itself, or
        the deferred place it is made in): what the tab bar knows.  Never makes the view."""
        return self._views[name][0]

    def made_view(self, name: str) -> QWidget | None:
        """The view called ``name`` if it has been made (never makes it)."""
        widget = self._views[name][0]
        return widget.made if isinstance(widget, DeferredView) else widget

    def current_chart(self) -> str | None:
        """The chart on show in the central tabs, if one is."""
        return next((n for n in self._charts if self._views[n][0].isVisible()), None)

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- messages -----------------------------------------------------------------------------
    def render_issue(self, item: Issue, names: Case | Mapping[str, object] | None = None) -> str:
        """One problem in words, its place said in the names of ``names`` (a case, or the JSON
        data of a case file; the open case by default: model.places)."""
        return render(item, self.lang, names if names is not None else self.session.case)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        self.show_error("\n".join(self.render_issue(i) for i in issues))

    def show_error(self, text: str) -> None:
        """One clear message: in the status bar and in a dialog."""
        self.statusBar().showMessage(text.splitlines()[0] if text else "", 15000)
        warn(self, "Vormkeuze", text)

    # --- menus --------------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = self.menus["file"] = bar.addMenu(translate("MainWindow", "&File"))
        std = QKeySequence.StandardKey
        self.action_new = self._action(m, translate("MainWindow", "&New"), self.new_document)
        self.action_new.setShortcut(QKeySequence(std.New))
        self.action_open = self._action(m, translate("MainWindow", "&Open…"), self.open_file)
        self.action_open.setShortcut(QKeySequence(std.Open))
        self.recent_menu = m.addMenu(translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        self.action_save_as = self._action(
            m, translate("MainWindow", "Save &as…"), self.save_as, "Ctrl+Shift+S"
        )
        m.addSeparator()
        self._action(m, translate("MainWindow", "&Import JSON…"), self.import_json, "Ctrl+I")
        self._action(m, translate("MainWindow", "&Export JSON…"), self.export_json, "Ctrl+E")
        m.addSeparator()
        self.action_close = self._action(m, translate("MainWindow", "&Close"), self.close)
        self.action_close.setShortcut(QKeySequence(std.Close))

        m = self.menus["edit"] = bar.addMenu(translate("MainWindow", "&Edit"))
        self.action_undo = self._action(m, "", self.undo_stack.undo)
        self.action_undo.setShortcut(QKeySequence(std.Undo))
        self.action_redo = self._action(m, "", self.undo_stack.redo)
        self.action_redo.setShortcuts([QKeySequence(std.Redo), QKeySequence("Ctrl+Y")])
        self.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.undo_stack.undoTextChanged.connect(self._update_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._update_undo_actions)
        self._update_undo_actions()

        m = self.menus["view"] = bar.addMenu(translate("MainWindow", "&View"))
        self._view_separator = m.addSeparator()
        lang_menu = m.addMenu(translate("MainWindow", "&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            a = QAction(label, self, checkable=True)
            a.setChecked(code == self.lang)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(a)
            lang_menu.addAction(a)
            self.language_actions[code] = a

        self.menus["analysis"] = bar.addMenu(translate("MainWindow", "&Analysis"))
        self.menus["analysis"].menuAction().setVisible(False)  # shown once a package adds to it
        self.menus["analysis"].aboutToShow.connect(lambda: None)

        m = self.menus["help"] = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(m, translate("MainWindow", "&Help contents"), self.show_help, "F1")
        self._action(m, translate("MainWindow", "The &method"), self.show_method)
        self._action(m, translate("MainWindow", "&About Vormkeuze"), self.show_about)

    def _update_undo_actions(self, *_: object) -> None:
        s = self.undo_stack
        self.action_undo.setEnabled(s.canUndo())
        self.action_redo.setEnabled(s.canRedo())
        self.action_undo.setText(
            translate("MainWindow", "&Undo: {what}").format(what=s.undoText())
            if s.canUndo()
            else translate("MainWindow", "&Undo")
        )
        self.action_redo.setText(
            translate("MainWindow", "&Redo: {what}").format(what=s.redoText())
            if s.canRedo()
            else translate("MainWindow", "&Redo")
        )
        self.action_undo.setToolTip(self.action_undo.text().replace("&", ""))
        self.action_redo.setToolTip(self.action_redo.text().replace("&", ""))

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self._toolbar = bar
        label = QLabel(translate("MainWindow", "Profile:"), bar)
        label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(label)
        self.profile_combo = QComboBox(bar)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setToolTip(
            translate("MainWindow", "The profile (weighting) the results are shown for")
        )
        self.profile_combo.activated.connect(self._on_q_profile_chosen)
        bar.addWidget(self.profile_combo)
        from gui.units.selector import UnitSelector  # beside the profile: the unit (team)

        self.unit_selector = UnitSelector(self, bar)
        self.unit_selector.set_action(bar.addWidget(self.unit_selector))
        bar.addSeparator()
        bar.addAction(self.action_undo)
        bar.addAction(self.action_redo)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        if not files:
            a = self.recent_menu.addAction(translate("MainWindow", "(no recent files)"))
            a.setEnabled(False)
            return
        for k, path in enumerate(files, start=1):
            a = self.recent_menu.addAction(f"&{k}  {Path(path).name}")
            a.setToolTip(tooltip(path))
            a.triggered.connect(lambda _=False, p=path: self.open_file(p))

    # --- views --------------------------------------------------------------------------------
    def _add_view_actions(self) -> None:
        """Presentation mode (F11) when there are charts; File → Report…"""
        if self._charts:
            action = QAction(translate("MainWindow", "Presentation mode"), self)
            action.setShortcut(QKeySequence(Qt.Key.Key_F11))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False: self.present())
            self.menus["view"].addAction(action)
            self.presentation_action = action
            swap = QAction(translate("MainWindow", "Swap presentation screens"), self)
            swap.setShortcut(QKeySequence("Ctrl+Shift+F11"))
            swap.triggered.connect(lambda _=False: self.swap_presentation_screens())
            self.menus["view"].addAction(swap)
            self.swap_screens_action = swap
        if "deelname" in self._views:  # live participation (issue 18)
            action = QAction(translate("MainWindow", "Start a participation &round…"), self)
            action.setObjectName("startParticipationRound")
            action.triggered.connect(lambda _=False: self._start_round())
            self.menus["analysis"].addAction(action)
            self.menus["analysis"].menuAction().setVisible(True)
        self.report_action = QAction(translate("ReportDialog", "Create &report…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.report_action.triggered.connect(lambda _=False: self.open_report_dialog())
        self.menus["file"].insertAction(self.action_close, self.report_action)
        self.menus["file"].insertSeparator(self.action_close)

    def _start_round(self) -> None:
        """Show the participation view and ask what the round is about (it is made if need be)."""
        from gui.participation.view import ParticipationView

        view = self.view("deelname")
        self.show_view("deelname")
        if isinstance(view, ParticipationView):
            view.ask_and_start()

    def present(self, chart: str | None = None) -> PresentationWindow:
        """Enter presentation mode on ``chart`` (default: the chart on show)."""
        from gui.charts.base import ChartView
        from gui.charts.presentation import open_presentation

        pres = self.presentation
        if pres is not None and pres.isVisible():
            pres.raise_()
            return pres
        pres = open_presentation(self, chart or self.current_chart())
        for name, projected in pres.panel.charts.items():  # the room sees what was chosen here
            mine = self.made_view(name) if name in self._views else None
            if isinstance(mine, ChartView) and isinstance(projected, ChartView):
                projected.set_state(mine.state())
        pres.destroyed.connect(self._presentation_closed)
        self.presentation = pres
        return pres

    def swap_presentation_screens(self) -> bool:
        """The other screen becomes the projector (now, and remembered for the next time)."""
        from gui.charts.presentation import swap_remembered_screen

        if self.presentation is not None and self.presentation.isVisible():
            return self.presentation.swap_screens()
        return swap_remembered_screen(self.settings)

    def _presentation_closed(self, *_: object) -> None:
        self.presentation = None

    def open_report_dialog(self) -> None:
        from gui.report.dialog import open_dialog

        open_dialog(self, self, self.settings)

    def _restore_layout(self) -> None:
        from gui.desk.screens import fit_to_screen

        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_to_screen(self)  # saved on a larger screen: clamp to this one
        else:  # first start: most of the screen (a laptop's 1366x768 or a projector's 1080p)
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None and screen.width() > 1366:
                self.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))
            else:
                self.resize(1366, 768)
                fit_to_screen(self, first_start=True)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        else:  # first start: give the weights dock room for its sliders
            for widget, _title, _area, dock in self._views.values():
                if dock is not None and self.dockWidgetArea(dock) == _AREAS["left"]:
                    width = max(widget.sizeHint().width(), self.width() // 4)
                    self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def save_layout(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()

    # --- profile ------------------------------------------------------------------------------
    def _sync_profiles(self) -> None:
        combo = self.profile_combo
        combo.blockSignals(True)
        combo.clear()
        for p in self.session.case.profiles:
            combo.addItem(p.name, p.id)
            combo.setItemData(
                combo.count() - 1, tooltip(p.description or p.name), Qt.ItemDataRole.ToolTipRole
            )
        combo.setCurrentIndex(max(0, combo.findData(self.session.profile_id)))
        combo.blockSignals(False)

    def _on_q_profile_chosen(self, index: int) -> None:
        pid = self.profile_combo.itemData(index)
        if isinstance(pid, str) and pid != self.session.profile_id:
            self.session.profile_id = pid

    def _on_profile_changed(self, profile_id: str) -> None:
        self._sync_profiles()
        profile = next((p for p in self.session.case.profiles if p.id == profile_id), None)
        if profile is not None:
            self.status(translate("MainWindow", "Profile: {name}").format(name=profile.name))

    def _on_model_changed(self, command: object, old: Case, new: Case, parts: Changed) -> None:
        # the combo shows names and descriptions: a weight change leaves it as it is
        if "profiles" in parts and [(p.id, p.name, p.description) for p in old.profiles] != [
            (p.id, p.name, p.description) for p in new.profiles
        ]:
            self._sync_profiles()
        if "info" in parts:
            self._update_title()

    # --- documents ----------------------------------------------------------------------------
    def document_name(self) -> str:
        if self.document is None:
            return translate("MainWindow", "(not saved)")
        return Path(self.document.path).name

    def _update_title(self) -> None:
        parts = [self.document_name(), self.session.case.title, "Vormkeuze"]
        if self.document is not None and self.document.readonly:
            parts[0] += " " + translate("MainWindow", "[read-only]")
        self.setWindowTitle(" — ".join(parts))
        if self.document is not None:
            self.setWindowFilePath(str(self.document.path))

    def folder(self) -> Path:
        """The folder new untitled documents and working copies go in (created if missing)."""
        if self.data_dir is None:
            return data_folder()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir

    def set_document(self, document: Document, *, keep_undo: bool = False) -> None:
        """Make ``document`` the open one (closing the previous)."""
        old = self.document
        if not keep_undo:
            self.undo_stack.clear()
        self._document = document
        readonly = document.readonly
        self.session.store = None if readonly else document
        if old is not None and old is not document:
            old.close()
        self.session.reset(document.case)
        self._sync_profiles()
        self._update_title()
        self.settings.add_recent(document.path)
        from gui.desk import readonly as readonly_bar

        readonly_bar.show_state(self, document)  # who holds it, and "open a copy"
        self.announce_document()

    def announce_document(self) -> None:
        """Say what is damaged in the open document while its case is intact (and offer a fix).

        Read-only and who holds the document: ``gui.desk.readonly`` (a bar in the window).
        """
        document = self.document
        if document is None:
            return
        damage = document.damage()
        if damage:
            self.offer_repair(damage)

    def offer_repair(self, damage: Sequence[Issue], path: str | Path | None = None) -> bool:
        """The case is intact but parts of the document are not: say so, offer a repaired copy."""
        text = "\n".join(self.render_issue(i) for i in damage)
        question = translate(
            "MainWindow",
            "You can keep working. Save a repaired copy (without the damaged parts) now?",
        )
        if not ask(self, translate("MainWindow", "Damaged document"), text + "\n\n" + question):
            return False
        doc = self.document
        if doc is None:
            return False
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            stem = Path(doc.path).stem
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("MainWindow", "Save a repaired copy"),
                str(Path(doc.path).with_name(f"{stem} (hersteld).vormkeuze")),
                translate("MainWindow", "Vormkeuze documents (*.vormkeuze)"),
            )
            if not path:
                return False
        try:
            copy = doc.save_repaired_copy(path)
        except VormkeuzeError as e:
            self.show_issues(e.issues)
            return False
        return self.open_file(copy)

    def new_document(self, case: Case | None = None, stem: str | None = None) -> bool:
        """A new untitled document in the data folder, from ``case`` or the default case."""
        if case is None:
            try:
                case, _ = load_case_file(resources.default_case_path())
            except VormkeuzeError as e:
                self.show_issues(e.issues)
                return False
        path = unique_path(self.folder(), stem or translate("MainWindow", "Untitled"))
        try:
            doc = _document_class().create(path, case, author=user_name())
        except (VormkeuzeError, OSError, sqlite3.Error) as e:
            self.show_open_error(path, e)
            return False
        self.set_document(doc)
        self.status(translate("MainWindow", "New document: {path}").format(path=str(path)))
        return True

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a document (``.vormkeuze``) or import a JSON case; errors are shown, not raised."""
        if path is None:
            path = files.open_name(
                self,
                translate("MainWindow", "Open a case"),
                files.documents_folder(),
                translate("MainWindow", "Vormkeuze documents and cases (*.vormkeuze *.json)")
                + ";;"
                + translate("MainWindow", "All files (*)"),
            )
            if not path:
                return False
        path = Path(path)
        if is_document(path):  # a regular file that starts as SQLite (never blocks)
            try:
                doc = _document_class().open(path, author=user_name())
            except (VormkeuzeError, OSError, sqlite3.Error) as e:
                self.show_open_error(path, e)
                self.settings.forget_recent(path)
                return False
            self.set_document(doc)
            return True
        return self.import_json(path)

    def import_json(self, path: str | Path | None = None) -> bool:
        """Read a JSON case into a new document in the data folder."""
        if path is None:
            path = files.open_name(
                self,
                translate("MainWindow", "Import a JSON case"),
                files.documents_folder(),
                translate("MainWindow", "JSON case files (*.json)")
                + ";;"
                + translate("MainWindow", "All files (*)"),
            )
            if not path:
                return False
        path = Path(path)
        try:
            case, warnings = load_case_file(path)
        except VormkeuzeError as e:
            self.show_open_error(path, e)
            return False
        if not self.new_document(case, stem=path.stem):
            return False
        if warnings:
            self.status(self.render_issue(warnings[0]))
        return True

    def show_open_error(self, path: Path, error: Exception) -> None:
        """Say why ``path`` cannot be opened or written, in a dialog naming the file."""
        if isinstance(error, VormkeuzeError):
            from model.places import read_names  # a refused file: its names say the place

            names = read_names(path) if path.suffix.lower() == ".json" else None
            lines = [render(i, self.lang, names) for i in error.issues]
            if not any(str(path) in line for line in lines):
                shown = lines[:MAX_LISTED]
                if len(lines) > MAX_LISTED:
                    shown.append(
                        translate("MainWindow", "… and {n} more problems.").format(
                            n=len(lines) - MAX_LISTED
                        )
                    )
                lines = [
                    translate("MainWindow", "{path} cannot be opened:").format(path=str(path)),
                    *shown,
                ]
            self.show_error("\n".join(lines))
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
            self.show_issues([Issue("file_unreadable", str(path), {"reason": reason})])
        else:
            self.show_issues([Issue("file_unreadable", str(path), {"reason": str(error)})])

    def save_as(self, path: str | Path | None = None) -> bool:
        if self.document is None:
            return self.export_json(path)
        if path is None:
            stem = files.clean_file_name(self.session.case.title)
            path = files.save_name(
                self,
                translate("MainWindow", "Save as"),
                files.documents_folder() / f"{stem}{DOCUMENT_SUFFIX}",
                translate("MainWindow", "Vormkeuze documents (*.vormkeuze)"),
            )
            if not path:
                return False
        path = Path(path)
        if path.suffix != DOCUMENT_SUFFIX:
            path = path.with_name(path.name + DOCUMENT_SUFFIX)
        try:
            doc = self.document.save_as(path)
        except (VormkeuzeError, OSError, sqlite3.Error) as e:
            self.show_open_error(path, e)
            return False
        self.set_document(doc, keep_undo=True)
        self.status(translate("MainWindow", "Saved as {path}").format(path=str(path)))
        return True

    def export_json(self, path: str | Path | None = None) -> bool:
        if path is None:
            stem = files.clean_file_name(self.session.case.title)
            path = files.save_name(
                self,
                translate("MainWindow", "Export as JSON"),
                files.documents_folder() / f"{stem}.json",
                translate("MainWindow", "JSON case files (*.json)"),
            )
            if not path:
                return False
        path = Path(path)
        try:
            write_case_file(self.session.case, path)
        except (OSError, VormkeuzeError) as e:
            self.show_open_error(path, e)
            return False
        self.status(translate("MainWindow", "Exported to {path}").format(path=str(path)))
        return True

    # --- language and help --------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
        if lang != self.lang:
            QMessageBox.information(
                self,
                "Vormkeuze",
                translate(
                    "MainWindow",
                    "The language changes to English when Vormkeuze starts again.",
                )
                if lang == "en"
                else translate(
                    "MainWindow", "The language changes to Dutch when Vormkeuze starts again."
                ),
            )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Vormkeuze"),
            "<p><b>Vormkeuze</b></p><p>"
            + html.escape(
                translate(
                    "MainWindow",
                    "Compare forms of municipal cooperation openly, with multi-criteria analysis.",
                )
            )
            + "</p><p>EUPL-1.2</p>",
        )

    def show_help(self, topic: str | None = None) -> None:
        """The in-app help (gui.desk.help), at the view in front unless a topic is given."""
        from gui.desk.help import open_help

        open_help(self, topic)

    def show_method(self) -> None:
        self.show_help("method")

    # --- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.settings.sync()
        if self.document is not None and not self._closed:
            self._closed = True
            self.document.close()
        super().closeEvent(event)

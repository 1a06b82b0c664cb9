"""Views in three groups, so the tab bar fits a laptop: Voorbereiden, Afwegen, Verantwoorden.

Fifteen tabs do not fit 1280 px.  The views are grouped by what one does with them (ui.md:
preparing, weighing in a workshop, accounting for the choice); three group buttons sit left of
the tab bar and only the tabs of the chosen group show.  Showing any view (a menu, a link, the
"first missing score" button, search) brings its group along.  The View menu lists the views in
the same groups and order as the tabs.

Where the three buttons and the group's tabs do not fit side by side (1280 px with the weights
dock open, a window that is not maximised), the buttons fold into one button that names the
current group and lists the three (the same shortcuts, Alt+1..3): a tab is never scrolled away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QMenu, QToolButton, QWidget

from gui.catalogue import GROUPS as GROUP_KEYS
from gui.catalogue import VIEWS
from gui.i18n import translate

if TYPE_CHECKING:
    from gui.host import WindowHost

# (group key, view names in tab order), from the view catalogue; views without a group join the
# first group
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (key, tuple(v.name for v in VIEWS if v.group == key)) for key in GROUP_KEYS
)


def group_title(key: str) -> str:
    return {
        "prepare": translate("Groups", "Prepare"),
        "weigh": translate("Groups", "Weigh"),
        "account": translate("Groups", "Justify"),
    }[key]


def group_of(name: str) -> str:
    for key, names in GROUPS:
        if name in names:
            return key
    return GROUPS[0][0]


def ordered(names: list[str]) -> list[tuple[str, list[str]]]:
    """The given view names in group order: [(group, [names...]), ...]."""
    out: list[tuple[str, list[str]]] = []
    for key, listed in GROUPS:
        members = [n for n in listed if n in names]
        members += [n for n in names if n not in members and group_of(n) == key]
        out.append((key, members))
    return out


class ViewGroups(QObject):
    """The group buttons beside the tab bar, and the tabs shown for the chosen group."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget)
        self.host = host
        self.tabs = host.tabs
        self.current = ""
        self.last: dict[str, QWidget] = {}
        self.selector = QWidget(self.tabs)
        self.selector.setObjectName("viewGroups")
        row = self._row = QHBoxLayout(self.selector)
        row.setContentsMargins(2, 0, 8, 0)
        row.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for k, (key, _names) in enumerate(GROUPS, start=1):
            b = QToolButton(self.selector)
            b.setObjectName(f"group-{key}")
            b.setText(group_title(key))
            b.setCheckable(True)
            b.setAutoRaise(True)
            b.setToolTip(
                translate("Groups", "{group} (Alt+{n})").format(group=group_title(key), n=k)
            )
            b.setStyleSheet("QToolButton:checked { font-weight: bold; }")
            b.clicked.connect(lambda _=False, g=key: self.show_group(g))
            self._group.addButton(b)
            self.buttons[key] = b
            row.addWidget(b)
        # the folded form: one button naming the current group, the three in its menu
        self.folded = QToolButton(self.selector)
        self.folded.setObjectName("group-folded")
        self.folded.setAutoRaise(True)
        self.folded.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.folded.setStyleSheet("QToolButton { font-weight: bold; }")
        self.folded.setToolTip(translate("Groups", "Choose a group of views (Alt+1, Alt+2, Alt+3)"))
        # one action per group carries its shortcut, on the window (so Alt+n works in both
        # forms) and in the folded button's menu
        menu = QMenu(self.folded)
        self.fold_actions: dict[str, QAction] = {}
        choices = QActionGroup(menu)
        for k, (key, _names) in enumerate(GROUPS, start=1):
            action = QAction(group_title(key), host.widget)
            action.setObjectName(f"show-group-{key}")
            action.setCheckable(True)
            action.setShortcut(f"Alt+{k}")
            action.setShortcutVisibleInContextMenu(True)
            action.triggered.connect(lambda _=False, g=key: self.show_group(g))
            host.widget.addAction(action)
            menu.addAction(action)
            choices.addAction(action)
            self.fold_actions[key] = action
        self.folded.setMenu(menu)
        self.folded.setVisible(False)
        row.addWidget(self.folded)
        self.tabs.setCornerWidget(self.selector, Qt.Corner.TopLeftCorner)
        self.tabs.currentChanged.connect(self._on_q_current)
        self.tabs.installEventFilter(self)
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.timeout.connect(self.fit)

    @property
    def is_folded(self) -> bool:
        return not self.folded.isHidden()

    def fit(self) -> None:
        """The three buttons when they fit beside the group's tabs, else the folded button."""
        bar = self.tabs.tabBar()
        tabs_width = sum(
            bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i)
        )
        margins = self._row.contentsMargins()
        spread = sum(b.sizeHint().width() for b in self.buttons.values())
        spread += 2 * (len(self.buttons) - 1) + margins.left() + margins.right()
        fold = spread + tabs_width > self.tabs.width()
        if fold != self.is_folded:
            for b in self.buttons.values():
                b.setVisible(not fold)
            self.folded.setVisible(fold)
            # the corner widget's size is read when the tab widget lays itself out
            self.selector.adjustSize()
            self.tabs.setCornerWidget(self.selector, Qt.Corner.TopLeftCorner)
            self.selector.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_later.start(0)
        return False

    def _place(self, name: str) -> QWidget:
        """The tab's own widget (a view made on first show sits inside it)."""
        return self.host.place(name)

    def members(self) -> list[tuple[str, list[str]]]:
        names = [n for n in self.host.view_names() if self.tabs.indexOf(self._place(n)) >= 0]
        return ordered(names)

    def arrange(self) -> None:
        """Tabs in group order, the View menu in the same order, the current group shown."""
        target = 0
        for _key, names in self.members():
            for name in names:
                widget = self._place(name)
                self.tabs.tabBar().moveTab(self.tabs.indexOf(widget), target)
                target += 1
        self._arrange_menu()
        current = self.name_of(self.tabs.currentWidget())
        self.show_group(group_of(current) if current else GROUPS[0][0], keep_current=True)

    def name_of(self, widget: QWidget | None) -> str | None:
        for name in self.host.view_names():
            if self._place(name) is widget:
                return name
        return None

    def show_group(self, key: str, *, keep_current: bool = False) -> None:
        wanted = self.tabs.currentWidget()
        if key != self.current and self.current and wanted is not None and not keep_current:
            self.last[self.current] = wanted
        self.current = key
        groups = dict(self.members())
        shown = groups.get(key, [])
        wanted_name = self.name_of(wanted)
        if keep_current and wanted_name in shown:  # it becomes visible first: it stays current
            self.tabs.setTabVisible(self.tabs.indexOf(wanted), True)
        for g, names in groups.items():
            for name in names:
                self.tabs.setTabVisible(self.tabs.indexOf(self._place(name)), g == key)
        self.buttons[key].setChecked(True)
        self.fold_actions[key].setChecked(True)
        self.folded.setText(group_title(key))
        self.fit()  # another group has other tabs
        if keep_current and wanted_name in shown:
            if self.tabs.currentWidget() is not wanted:
                self.tabs.setCurrentWidget(wanted)
            return
        current_name = self.name_of(self.tabs.currentWidget())
        if current_name not in shown and shown:
            remembered = self.last.get(key)
            widget = remembered if remembered is not None else self._place(shown[0])
            self.tabs.setCurrentWidget(widget)

    def _on_q_current(self, index: int) -> None:
        widget = self.tabs.widget(index)
        name = self.name_of(widget)
        if widget is None or name is None:
            return
        if group_of(name) != self.current:
            self.show_group(group_of(name), keep_current=True)
        self.last[self.current] = widget

    def _arrange_menu(self) -> None:
        menu = self.host.menus["view"]
        actions = self.host.view_actions
        separator = self.host.view_separator
        docks = [a for n, a in actions.items() if self.tabs.indexOf(self._place(n)) < 0]
        for a in actions.values():
            menu.removeAction(a)
        for a in menu.actions():  # earlier section headers
            if a.objectName() == "viewGroupSection":
                menu.removeAction(a)
        for a in docks:
            menu.insertAction(separator, a)
        for key, names in self.members():
            if not names:
                continue
            section = menu.insertSection(separator, group_title(key))
            section.setObjectName("viewGroupSection")
            for name in names:
                if name in actions:
                    menu.insertAction(separator, actions[name])


def install_groups(window: WindowHost) -> ViewGroups:
    """The group buttons for ``window``'s tabs, arranged (the window keeps them)."""
    groups = ViewGroups(window)
    groups.arrange()
    return groups

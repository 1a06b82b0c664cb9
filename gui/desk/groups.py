"""Views in three groups, so the tab bar fits a laptop: Voorbereiden, Afwegen, Verantwoorden.

Fifteen tabs do not fit 1280 px.  The views are grouped by what one does with them (ui.md:
preparing, weighing in a workshop, accounting for the choice); three group buttons sit left of
the tab bar and only the tabs of the chosen group show.  Showing any view (a menu, a link, the
"first missing score" button, search) brings its group along.  The View menu lists the views in
the same groups and order as the tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from gui.catalogue import GROUPS as GROUP_KEYS
from gui.catalogue import VIEWS
from gui.i18n import translate

if TYPE_CHECKING:
    from gui.host import WindowHost

#: (group key, view names in tab order), from the view catalogue; views without a group join the
#: first group
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (key, tuple(v.name for v in VIEWS if v.group == key)) for key in GROUP_KEYS
)


def group_title(key: str) -> str:
    return {
        "prepare": translate("Groups", "Prepare"),
        "weigh": translate("Groups", "Weigh"),
        "account": translate("Groups", "Account for"),
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
        row = QHBoxLayout(self.selector)
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
            b.setShortcut(f"Alt+{k}")
            b.setStyleSheet("QToolButton:checked { font-weight: bold; }")
            b.clicked.connect(lambda _=False, g=key: self.show_group(g))
            self._group.addButton(b)
            self.buttons[key] = b
            row.addWidget(b)
        self.tabs.setCornerWidget(self.selector, Qt.Corner.TopLeftCorner)
        self.tabs.currentChanged.connect(self._on_q_current)

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

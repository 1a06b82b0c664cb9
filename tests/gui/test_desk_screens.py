"""Small screens: the window fits the screen; views in three groups; the View menu in tab order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from gui.desk.groups import GROUPS, ViewGroups
from gui.desk.screens import FRAME_ALLOWANCE, fitted
from gui.main_window import MainWindow
from tests.gui.conftest import make_window


def test_a_large_saved_window_is_clamped_to_a_laptop_screen() -> None:
    laptop = QRect(0, 0, 1366, 738)  # 1366x768 less a panel
    r = fitted(QRect(300, 200, 1900, 1040), laptop)
    assert laptop.contains(r.adjusted(0, 0, *FRAME_ALLOWANCE))
    assert r.width() == 1366 - FRAME_ALLOWANCE[0] and r.height() == 738 - FRAME_ALLOWANCE[1]
    moved = fitted(QRect(1500, 900, 800, 500), laptop)  # was on a second screen, now gone
    assert laptop.contains(moved.adjusted(0, 0, *FRAME_ALLOWANCE)) and moved.width() == 800
    same = QRect(10, 10, 800, 500)
    assert fitted(same, laptop) == same


def test_restored_geometry_never_leaves_the_screen(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    w = make_window(qtbot, tmp_path, default_case, settings, name="a.vormkeuze")
    w.setGeometry(0, 0, 4000, 3000)
    w.close()
    w2 = make_window(qtbot, tmp_path, default_case, settings, name="b.vormkeuze")
    area = w2.screen().availableGeometry()
    assert area.contains(w2.geometry())


def full_window(
    qtbot: Any, tmp_path: Path, case: Any, settings: Any, size: tuple[int, int] = (1280, 720)
) -> MainWindow:
    w = make_window(qtbot, tmp_path, case, settings, views=("*",))
    w.setWindowState(Qt.WindowState.WindowNoState)  # the small offscreen screen maximises it
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("width", [1180, 1264, 1280, 1366, 1920])
def test_three_groups_each_fit_and_the_menu_follows_the_tabs(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any, width: int
) -> None:
    """No tab scrolls away beside the weights dock, down to a 1024 px screen and a window that
    is not maximised (1264 px: 1280 less a window manager's frame); narrow, the group buttons
    fold into one (at 1024 px the weighing tabs still scroll a little: below the sizes we
    support)."""
    w = full_window(qtbot, tmp_path, default_case, settings, (width, 700))
    groups = w.view_groups
    assert isinstance(groups, ViewGroups)
    bar = w.tabs.tabBar()
    tab_names = [groups.name_of(w.tabs.widget(i)) for i in range(w.tabs.count())]
    listed = [n for _key, names in GROUPS for n in names if n in tab_names]
    assert tab_names[: len(listed)] == listed  # tabs in group order
    folded: dict[str, bool] = {}
    for key, names in groups.members():
        groups.show_group(key)
        QApplication.processEvents()
        folded[key] = groups.is_folded
        visible = [i for i in range(w.tabs.count()) if w.tabs.isTabVisible(i)]
        assert [groups.name_of(w.tabs.widget(i)) for i in visible] == names
        needed = sum(bar.tabRect(i).width() for i in visible) + groups.selector.width()
        assert needed <= w.tabs.width(), (key, groups.is_folded)  # no scroll arrows
    assert not any(folded.values()) or width < 1366, folded  # the three buttons where they fit
    # the View menu: the same views, in the same order, under the same group titles
    menu_titles = [a.text() for a in w.menus["view"].actions() if a.isSeparator() and a.text()]
    assert menu_titles == [w.view_groups.buttons[k].text() for k, _ in GROUPS]
    texts = [a.text() for a in w.menus["view"].actions() if not a.isSeparator()]
    tab_texts = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    positions = [texts.index(t) for t in tab_texts]
    assert positions == sorted(positions)
    w.close()


def test_showing_a_view_brings_its_group(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    w = full_window(qtbot, tmp_path, default_case, settings)
    w.show_view("geschiedenis")
    assert w.view_groups.current == "account" and w.view("geschiedenis").isVisible()
    w.show_view("scores")
    assert w.view_groups.current == "prepare" and w.view("scores").isVisible()
    w.view_groups.buttons["account"].click()
    assert w.tabs.currentWidget() is w.place("geschiedenis")  # the group's last view
    assert w.statusBar().isVisible()
    w.close()


def test_seven_options_fit_the_scores_grid_at_1280(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    case = default_case
    assert len(case.options) == 7
    w = full_window(qtbot, tmp_path, case, settings)
    w.show_view("scores")
    QApplication.processEvents()
    table = w.view("scores").table  # type: ignore[attr-defined]
    header = table.horizontalHeader()
    used = table.verticalHeader().width() + sum(
        header.sectionSize(c) for c in range(header.count())
    )
    assert header.count() == 7
    assert used <= table.width()  # every option column in view, none cut off
    assert not table.horizontalScrollBar().isVisible()
    w.close()


def test_the_folded_group_button_names_the_group_and_alt_n_still_switches(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    w = full_window(qtbot, tmp_path, default_case, settings, (1024, 700))
    groups = w.view_groups
    assert groups.is_folded and groups.folded.isVisible()
    assert not any(b.isVisible() for b in groups.buttons.values())
    assert groups.folded.text() == groups.buttons[groups.current].text()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)  # shortcuts need it
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert groups.current == "account"
    assert groups.folded.text() == groups.buttons["account"].text()
    menu = groups.folded.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [b.text() for b in groups.buttons.values()]
    menu.actions()[0].trigger()
    assert groups.current == "prepare"
    groups.show_group("weigh")
    assert groups.is_folded
    w.resize(1920, 1000)  # room again: the three buttons come back
    qtbot.waitUntil(lambda: not groups.is_folded, timeout=5000)
    assert all(b.isVisible() for b in groups.buttons.values())
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert groups.current == "weigh"
    w.close()

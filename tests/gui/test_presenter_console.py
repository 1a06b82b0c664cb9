"""Laptop + projector: the presenter console, keys from either window, swapping the screens.

Two screens offscreen (platform-notes 10) need the layout before the QApplication exists, so the
checks run in a child process and report in JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

import resources
from gui.charts.presentation import PresentationWindow
from model import load_case_file
from model.session import Session
from tests.gui.charts_fakes import FakeWindow

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import resources
    from model import load_case_file
    from model.session import Session
    from gui.charts.presentation import PresentationWindow
    from gui.settings import Settings
    from tests.gui.charts_fakes import FakeWindow

    def settle():
        for _ in range(5):
            app.processEvents()

    def key(widget, k, text=""):
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, k, Qt.KeyboardModifier.NoModifier, text)
        )
        settle()

    case, _ = load_case_file(resources.default_case_path())
    w = FakeWindow(Session(case))
    w.settings = Settings(sys.argv[1])
    p = PresentationWindow(w)
    p.start()
    settle()
    c = p.console
    out = {"primary": app.primaryScreen().name(), "room": p.screen().name(),
           "console": c.screen().name() if c else None,
           "strip_on_projector": p.weights is not None or p.rail is not None}
    c.refresh()
    out["preview"] = not c.preview.pixmap().isNull()
    out["now"], out["next"] = c.now_label.text(), c.next_label.text()
    out["profiles"] = c.profiles.count()
    out["console_weights"] = c.weights.isVisibleTo(c)
    out["timer"] = c.timer_label.text()
    key(c, Qt.Key.Key_Right)
    out["after_right"] = p.panel.current_name
    key(c, Qt.Key.Key_3, "3")
    out["profile_after_3"] = w.session.profile_id
    key(p, Qt.Key.Key_Right)
    out["after_right_on_projector"] = p.panel.current_name
    key(c, Qt.Key.Key_F, "f")
    out["frozen"] = p.frozen
    c.profiles.setCurrentRow(1)
    c._on_q_profile(c.profiles.item(1))
    out["profile_from_list"] = w.session.profile_id
    key(c, Qt.Key.Key_S, "s")
    out["room_after_swap"] = p.charts_screen.name()
    out["remembered"] = w.settings.projector_screen
    p.close()
    settle()
    again = PresentationWindow(w)
    out["room_next_time"] = again.charts_screen.name()
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)
    """
)


def test_console_on_the_laptop_keys_from_both_and_swap_is_remembered(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                     "logicalDpi": 96},
                    {"name": "beamer", "x": 1366, "y": 0, "width": 1280, "height": 720,
                     "logicalDpi": 96},
                ]
            }
        )
    )  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["room"] != got["primary"] and got["console"] == got["primary"]
    assert not got["strip_on_projector"]  # the weights are on the laptop only
    assert got["preview"] and got["profiles"] == 5 and got["console_weights"]
    assert "Ranking" in got["now"] or "Rangorde" in got["now"]
    assert got["next"] and got["timer"]
    # every key works from the console and from the projected window
    assert got["after_right"] == "sensitivity"
    assert got["after_right_on_projector"] == "headtohead"
    assert got["profile_after_3"] == "raad-bloemendaal"
    assert got["frozen"] is True
    assert got["profile_from_list"] == "raad-heemstede"
    # S swaps, and the choice is remembered for the next presentation
    assert got["room_after_swap"] == got["primary"]
    assert got["remembered"] == got["primary"]
    assert got["room_next_time"] == got["primary"]


@pytest.fixture
def host(qtbot: Any) -> FakeWindow:
    case, _ = load_case_file(resources.default_case_path())
    w = FakeWindow(Session(case))
    qtbot.addWidget(w)
    return w


def test_with_one_screen_there_is_no_console_and_s_does_nothing(
    qtbot: Any, host: FakeWindow
) -> None:
    pres = PresentationWindow(host)
    qtbot.addWidget(pres)
    assert pres.console is None and pres.rail is not None
    assert not pres.swap_screens()
    qtbot.keyClick(pres, Qt.Key.Key_S)  # no error, nothing to swap
    assert pres.console is None


def test_main_window_has_a_menu_item_to_swap_the_screens(qtbot: Any, tmp_path: Path) -> None:
    from gui.settings import Settings
    from tests.gui.conftest import make_window

    case, _ = load_case_file(resources.default_case_path())
    main = make_window(qtbot, tmp_path, case, Settings(tmp_path / "s.ini"), views=("ranking",))
    action = main.swap_screens_action
    assert action in main.menus["view"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+F11"
    assert main.swap_presentation_screens() is False  # one screen here: nothing to swap

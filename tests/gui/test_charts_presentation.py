"""Presentation mode: keys, reset, freeze/reveal, install, two screens (subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

import resources
from gui.charts.presentation import PresentationWindow
from model import evaluate, load_case_file
from model.commands import SetWeight
from model.session import Session
from tests.gui.charts_fakes import FakeWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot):
    case, _ = load_case_file(resources.default_case_path())
    w = FakeWindow(Session(case))
    qtbot.addWidget(w)
    return w


@pytest.fixture
def pres(qtbot, window):
    p = PresentationWindow(window)
    qtbot.addWidget(p)
    p.resize(1920, 1080)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_the_catalogue_lists_seven_charts(window):
    from gui.catalogue import chart_names

    window.install(*chart_names())
    assert list(window.views) == [
        "ranking",
        "sensitivity",
        "headtohead",
        "radar",
        "stakeholders",
        "tradeoff",
        "onderdelen",
    ]


def test_arrow_keys_step_through_charts(qtbot, pres):
    assert pres.panel.current_name == "ranking"
    qtbot.keyClick(pres, Qt.Key.Key_Right)
    assert pres.panel.current_name == "sensitivity"
    qtbot.keyClick(pres, Qt.Key.Key_Left)
    qtbot.keyClick(pres, Qt.Key.Key_Left)
    assert pres.panel.current_name == "groep"  # the analysis views are projected too
    qtbot.keyClick(pres, Qt.Key.Key_Left)
    qtbot.keyClick(pres, Qt.Key.Key_Left)
    qtbot.keyClick(pres, Qt.Key.Key_Left)
    assert pres.panel.current_name == "onderdelen"  # the last chart: per unit


def test_number_keys_choose_profile(qtbot, pres, window):
    profiles = window.session.case.profiles
    qtbot.keyClick(pres, Qt.Key.Key_3)
    assert window.session.profile_id == profiles[2].id
    assert pres.profile_label.text() == profiles[2].name
    qtbot.keyClick(pres, Qt.Key.Key_9)  # no ninth profile: nothing changes
    assert window.session.profile_id == profiles[2].id


def test_r_resets_weights_made_during_presentation(qtbot, pres, window):
    session = window.session
    stored = session.case.profile(session.profile_id)
    window.push(SetWeight(profile_id=session.profile_id, node="vorm", value=1))
    assert session.case.profile(session.profile_id) != stored
    qtbot.keyClick(pres, Qt.Key.Key_R)
    assert session.case.profile(session.profile_id) == stored
    window.undo_stack.undo()  # the reset is one undo step
    assert session.case.profile(session.profile_id) != stored


def test_freeze_hides_numbers_and_order_then_reveals(qtbot, pres, window):
    ranking = pres.panel.charts["ranking"]
    qtbot.keyClick(pres, Qt.Key.Key_F)
    assert ranking.frozen
    assert all(label.textItem.toPlainText() == "" for label in ranking.total_labels)
    np.testing.assert_allclose(ranking.rows, np.arange(len(ranking.rows)))  # case order
    qtbot.keyClick(pres, Qt.Key.Key_F)
    assert not ranking.frozen
    ev = evaluate(window.session.case, window.session.profile_id)
    qtbot.waitUntil(lambda: ranking._anim.state() != ranking._anim.State.Running, timeout=3000)
    assert [int(ranking.rows[i]) for i in ev.order] == list(range(len(ev.order)))
    assert ranking.total_labels[ev.order[0]].textItem.toPlainText() != ""


def test_ctrl_plus_scales_fonts_and_text_is_large(qtbot, pres):
    chart = pres.panel.charts["ranking"]
    assert chart.theme.small_px >= 24 and chart.theme.title_px >= 36
    assert chart.theme.line_width >= 3
    qtbot.keyClick(pres, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert chart.theme.title_px > 40


def test_escape_leaves(qtbot, pres):
    qtbot.keyClick(pres, Qt.Key.Key_Escape)
    assert not pres.isVisible()


SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import resources
    from model import load_case_file
    from model.session import Session
    from gui.charts.presentation import PresentationWindow
    from tests.gui.charts_fakes import FakeWindow
    case, _ = load_case_file(resources.default_case_path())
    w = FakeWindow(Session(case))
    p = PresentationWindow(w)
    p.start()
    app.processEvents()
    print(json.dumps({"primary": app.primaryScreen().name(), "charts": p.screen().name(),
                      "geometry": [p.geometry().width(), p.geometry().height()]}))
    sys.stdout.flush()
    import os
    os._exit(0)  # skip interpreter teardown of Qt objects
    """
)


def test_two_screens_put_charts_on_the_projector(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                    },
                    {
                        "name": "beamer",
                        "x": 1366,
                        "y": 0,
                        "width": 1920,
                        "height": 1080,
                        "logicalDpi": 96,
                    },
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["charts"] != got["primary"]
    expected = [1920, 1080] if got["charts"] == "beamer" else [1366, 768]
    assert got["geometry"] == expected


def test_frozen_chart_does_not_follow_weights_until_revealed(qtbot, pres, window):
    ranking = pres.panel.charts["ranking"]
    qtbot.keyClick(pres, Qt.Key.Key_F)
    widths = [np.array(item.opts["width"]) for item in ranking.group_items]
    window.push(SetWeight(profile_id=window.session.profile_id, node="vorm", value=1))
    qtbot.wait(40)
    for item, w in zip(ranking.group_items, widths, strict=True):
        np.testing.assert_allclose(item.opts["width"], w)
    qtbot.keyClick(pres, Qt.Key.Key_F)
    ev = evaluate(window.session.case, window.session.profile_id)
    np.testing.assert_allclose(
        ranking.group_items[3].opts["width"], ev.group_contribution_array[:, 3]
    )

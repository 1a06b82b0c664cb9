"""Presentation mode at the screens rooms have: the plot gets the room, no text covers another,
nothing is cut, the type is large enough for the screen (checked on the laid-out widgets)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

import resources
from gui.charts.layout import (
    MIN_PLOT_HEIGHT,
    MIN_PLOT_WIDTH,
    LabelPlacer,
    around,
    check_presentation,
)
from gui.charts.panel import view_names
from gui.charts.presentation import PresentationWindow
from model import load_case_file
from model.session import Session
from tests.gui.charts_fakes import FakeWindow

ROOT = Path(__file__).resolve().parents[2]
SIZES = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080)]


@pytest.fixture
def host(qtbot: Any) -> FakeWindow:
    case, _ = load_case_file(resources.default_case_path())
    session = Session(case)
    session.profile_id = "raad-heemstede"
    w = FakeWindow(session)
    qtbot.addWidget(w)
    return w


def _laid_out(qtbot: Any, host: FakeWindow, size: tuple[int, int]) -> PresentationWindow:
    pres = PresentationWindow(host)
    qtbot.addWidget(pres)
    pres.resize(*size)
    pres.show()
    qtbot.waitExposed(pres)
    return pres


def _settle(qtbot: Any, pres: PresentationWindow) -> None:
    """Laid out at its size, computed, and redrawn at that size (as a user sees it)."""
    for _ in range(3):
        qtbot.wait(20)
    pres.prepare_current()
    for _ in range(3):
        qtbot.wait(20)


def test_every_analysis_view_can_be_projected(qtbot: Any, host: FakeWindow) -> None:
    pres = _laid_out(qtbot, host, (1280, 720))
    assert {"robuustheid", "nodig", "groep"} <= set(pres.panel.charts)
    seen = [pres.panel.current_name]
    for _ in range(len(view_names()) - 1):
        qtbot.keyClick(pres, Qt.Key.Key_Right)
        seen.append(pres.panel.current_name)
    assert seen == list(view_names())


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_view_gets_the_room_and_reads_at_this_size(
    qtbot: Any, host: FakeWindow, size: tuple[int, int]
) -> None:
    pres = _laid_out(qtbot, host, size)
    assert pres.weights is None or pres.weights.isHidden()  # a rail, not a strip
    problems = {}
    for name in view_names():
        pres.panel.show_chart(name)
        _settle(qtbot, pres)
        found = check_presentation(pres)
        if found["problems"]:
            problems[name] = found["problems"]
        width, height = found["plot_share"]
        assert width >= MIN_PLOT_WIDTH and height >= MIN_PLOT_HEIGHT, (name, found)
    assert problems == {}
    # body text scales with the screen: 24 px at 1080 lines
    assert pres.theme.small_px >= round(24 * size[1] / 1080)


def test_ctrl_plus_scales_the_composition_and_the_plot_keeps_its_share(
    qtbot: Any, host: FakeWindow
) -> None:
    pres = _laid_out(qtbot, host, (1280, 720))
    _settle(qtbot, pres)
    before = check_presentation(pres)
    px = pres.theme.small_px
    for _ in range(2):
        qtbot.keyClick(pres, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, pres)
    after = check_presentation(pres)
    assert pres.theme.small_px > px and pres.theme.line_width > 3 * 720 / 1080
    assert after["plot_share"][0] >= MIN_PLOT_WIDTH
    assert after["plot_share"][1] >= MIN_PLOT_HEIGHT
    assert after["problems"] == [] and before["problems"] == []
    assert pres.weights is None  # the strip did not grow into the chart


def test_w_opens_the_weights_strip_and_closes_it_again(qtbot: Any, host: FakeWindow) -> None:
    pres = _laid_out(qtbot, host, (1280, 720))
    assert pres.rail is not None and pres.rail.isVisible()
    qtbot.keyClick(pres, Qt.Key.Key_W)
    assert pres.weights is not None and pres.weights.isVisible()
    assert pres.weights.width() <= pres.width() // 3
    qtbot.keyClick(pres, Qt.Key.Key_W)
    assert pres.weights.isHidden()


SCRIPT_4K = textwrap.dedent(
    """
    import json, os
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import resources
    from model import load_case_file
    from model.session import Session
    from gui.charts.layout import check_presentation
    from gui.charts.panel import view_names
    from gui.charts.presentation import PresentationWindow
    from tests.gui.charts_fakes import FakeWindow
    case, _ = load_case_file(resources.default_case_path())
    w = FakeWindow(Session(case))
    p = PresentationWindow(w)
    p.resize(1920, 1080)
    p.show()
    out = {"dpr": app.devicePixelRatio(), "pixels": p.grab().width()}
    for name in view_names():
        p.panel.show_chart(name)
        for _ in range(4):
            app.processEvents()
        p.prepare_current()
        for _ in range(4):
            app.processEvents()
        out[name] = check_presentation(p)
    print(json.dumps(out))
    os._exit(0)
    """
)


def test_4k_at_device_pixel_ratio_2(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT_4K],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got.pop("dpr") == 2 and got.pop("pixels") == 3840
    bad = {name: found["problems"] for name, found in got.items() if found["problems"]}
    assert bad == {}


@settings(max_examples=25, deadline=None)
@given(
    points=st.lists(
        st.tuples(st.floats(0, 100), st.floats(0, 100)), min_size=2, max_size=9, unique=True
    )
)
def test_the_label_placer_never_lets_two_shown_labels_cover_each_other(
    qapp: Any, points: list[tuple[float, float]]
) -> None:
    widget = pg.GraphicsLayoutWidget()
    widget.resize(640, 480)
    plot = widget.addPlot()
    plot.setXRange(-5, 105, padding=0)
    plot.setYRange(-5, 105, padding=0)
    widget.show()
    qapp.processEvents()
    placer = LabelPlacer(plot, (-5.0, 105.0), (-5.0, 105.0))
    items = []
    for k, (x, y) in enumerate(points):
        placer.keep_out_point(x, y, 10)
        item = pg.TextItem(f"optie nummer {k}")
        plot.addItem(item)
        items.append((item, x, y))
    for item, x, y in items:
        placer.place(item, around(x, y, 2.0, 4.0))
    shown = [
        placer.box(i, i.pos().x(), i.pos().y(), tuple(i.anchor))
        for i, _, _ in items
        if i.isVisible()
    ]
    for a in range(len(shown)):
        for b in range(a + 1, len(shown)):
            p, q = shown[a], shown[b]
            assert p[0] >= q[1] or p[1] <= q[0] or p[2] >= q[3] or p[3] <= q[2]
    assert len(shown) + len(placer.hidden) == len(items)
    assert np.isfinite(placer.sx) and placer.sx > 0
    widget.close()

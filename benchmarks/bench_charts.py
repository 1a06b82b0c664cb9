"""Live chart update: one SetWeight through the session until the visible chart is repainted.

update_p50_ms / update_p95_ms: the results view (the six charts as tabs, the ranking visible)
at 1920x1080 on the default case, 300 weight changes; each timing runs from
``session.apply(SetWeight)`` through the (throttled) redraw to a synchronous repaint.
update_ratio: p95 over the p95 of a bare ``BarGraphItem.setOpts`` + repaint of a plot of the same
size and the same number of bars, measured in the same run (issue 9); update_ratio_p50 likewise.
update_large_ratio: the same (p95) on a generated case of 30 options x 120 criteria.
update_window_p95_ms / update_window_ratio: the real main window (every view of the catalogue,
1920x1080, the ranking chart's tab showing, a document open): one step of a drag of the weights
panel's slider (``setValue`` while the slider is down: the panel, ``window.push``, undo stack,
document transaction, session, every subscriber) until the ranking has redrawn, every dirty
region of the window is painted and the chart's canvas repainted as in the baseline; ratio over
the bare plot's p95 (issue 12), the two measured in alternating blocks (BLOCKS) so that the
machine's drift hits both alike.  The slider is released every DRAG_STEPS steps;
update_window_release_p50_ms is the release (the drag's fsync, ``Session.settle``).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

import resources
from gui.catalogue import chart_class, chart_names
from gui.host import StandaloneHost
from model import Case, load_case_file, parse_case
from model.commands import SetWeight
from model.session import Session

CHANGES = 300
DRAG_STEPS = 30  # steps of one drag of the slider (then it is released)
#: the window's steps and the baseline's alternate in this many blocks (of two drags each)
BLOCKS = 5
SIZE = (1920, 1080)


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def large_case(n_options: int = 30, n_groups: int = 6, per_group: int = 20) -> Case:
    rng = np.random.default_rng(7)
    groups = [
        {
            "id": f"g{g}",
            "name": f"Groep {g + 1}",
            "children": [
                {
                    "id": f"g{g}c{k}",
                    "name": f"Criterium {g + 1}.{k + 1}",
                    "scale": {"kind": "direct"},
                }
                for k in range(per_group)
            ],
        }
        for g in range(n_groups)
    ]
    options = [{"id": f"o{i}", "name": f"Optie {i + 1}"} for i in range(n_options)]
    scores = [
        {"option": o["id"], "criterion": c["id"], "value": int(rng.integers(0, 101))}
        for o in options
        for grp in groups
        for c in grp["children"]
    ]
    weights = {f"g{g}": 10 + g for g in range(n_groups)}
    return parse_case(
        {
            "format": "vormkeuze/case",
            "version": 1,
            "title": "Groot",
            "options": options,
            "criteria": groups,
            "scores": scores,
            "profiles": [{"id": "p", "name": "P", "weights": weights}],
        }
    )


def _measure_view(case: Case, profile: str, node: str) -> list[float]:
    app = _app()
    session = Session(case)
    session.profile_id = profile
    tabs = QTabWidget()
    tabs.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    charts = [chart_class(n)(StandaloneHost(session)) for n in chart_names()]
    for c in charts:
        tabs.addTab(c, c.name)
    tabs.resize(*SIZE)
    tabs.show()
    app.processEvents()
    visible = [c for c in charts if c.isVisible()]
    times = []
    base_weight = 30.0
    for k in range(CHANGES):
        counts = [c.updates for c in visible]
        t0 = time.perf_counter()
        session.apply(SetWeight(profile_id=profile, node=node, value=base_weight + (k % 40)))
        while any(c.updates == n for c, n in zip(visible, counts, strict=True)):
            app.processEvents()
        app.processEvents()
        for c in visible:
            c.canvas.viewport().repaint()
        times.append(time.perf_counter() - t0)
    tabs.close()
    tabs.deleteLater()
    app.processEvents()
    return times


def _measure_window(
    case: Case, profile: str, node: str, changes: int = CHANGES
) -> tuple[list[float], list[float]]:
    """(drag steps, releases): the weights panel's slider dragged in the real main window."""
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from model.document import Document

    app = _app()
    with tempfile.TemporaryDirectory(prefix="vk-bench-") as tmp:
        doc = Document.create(Path(tmp) / "bench.vormkeuze", case, author="bench")
        session = Session(doc.case, store=doc)
        session.profile_id = profile
        window = MainWindow(
            session, document=doc, settings=Settings(Path(tmp) / "s.ini"), data_dir=Path(tmp)
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(*SIZE)
        window.show()
        window.show_view("ranking")
        for _ in range(3):
            app.processEvents()
        chart = window.view("ranking")
        slider = window.view("gewichten").row(node).slider  # type: ignore[attr-defined]
        if slider.value() == 30:  # every step below must move the slider
            slider.setValue(29)
            app.processEvents()
        rows = doc.history_count()
        times, releases = [], []
        for k in range(changes):
            if k % DRAG_STEPS == 0:
                slider.setSliderDown(True)  # sliderPressed: a drag begins
            before = chart.updates  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            slider.setValue(30 + (k % 40))  # the panel pushes SetWeight with the drag's token
            while chart.updates == before:  # type: ignore[attr-defined]
                app.processEvents()
            app.processEvents()  # every dirty region of the window is painted here
            chart.canvas.viewport().repaint()  # type: ignore[attr-defined]  (as the baseline)
            times.append(time.perf_counter() - t0)
            if k % DRAG_STEPS == DRAG_STEPS - 1:
                t0 = time.perf_counter()
                slider.setSliderDown(False)  # sliderReleased: the drag goes to disk
                app.processEvents()
                releases.append(time.perf_counter() - t0)
        if slider.isSliderDown():
            slider.setSliderDown(False)
        drags = -(-changes // DRAG_STEPS)
        assert doc.history_count() == rows + drags, "one history row per drag"
        window.close()
        window.deleteLater()
        app.processEvents()
        doc.close()
    return times, releases


def _measure_baseline(n_bars: int, changes: int = CHANGES) -> list[float]:
    app = _app()
    plot = pg.PlotWidget()
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    plot.resize(*SIZE)
    bars = pg.BarGraphItem(
        x0=np.zeros(n_bars), y=np.arange(n_bars), height=0.7, width=np.ones(n_bars)
    )
    plot.addItem(bars)
    plot.show()
    app.processEvents()
    rng = np.random.default_rng(1)
    times = []
    for _ in range(changes):
        widths = rng.uniform(1, 30, n_bars)
        t0 = time.perf_counter()
        bars.setOpts(width=widths)
        app.processEvents()
        plot.viewport().repaint()
        times.append(time.perf_counter() - t0)
    plot.close()
    plot.deleteLater()
    return times


def _p(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) * 1000


def run() -> dict[str, float]:
    case, _ = load_case_file(resources.default_case_path())
    profile = "raad-heemstede" if "raad-heemstede" in case_ids(case) else case.profiles[0].id
    node = case.criteria[-1].id
    view = _measure_view(case, profile, node)
    base: list[float] = []
    window: list[float] = []
    releases: list[float] = []
    for _ in range(BLOCKS):  # interleaved, so this machine's drift hits both alike
        base += _measure_baseline(len(case.options) * len(case.criteria), CHANGES // BLOCKS)
        steps, released = _measure_window(case, profile, node, CHANGES // BLOCKS)
        window += steps
        releases += released
    big = large_case()
    big_view = _measure_view(big, "p", "g5")
    big_base = _measure_baseline(30 * 6)
    return {
        "update_p50_ms": round(_p(view, 50), 2),
        "update_p95_ms": round(_p(view, 95), 2),
        "update_baseline_p50_ms": round(_p(base, 50), 2),
        "update_baseline_p95_ms": round(_p(base, 95), 2),
        "update_ratio": round(_p(view, 95) / _p(base, 95), 2),
        "update_ratio_p50": round(statistics.median(view) / statistics.median(base), 2),
        "update_window_p50_ms": round(_p(window, 50), 2),
        "update_window_p95_ms": round(_p(window, 95), 2),
        "update_window_ratio": round(_p(window, 95) / _p(base, 95), 2),
        "update_window_release_p50_ms": round(_p(releases, 50), 2),
        "update_large_p50_ms": round(_p(big_view, 50), 2),
        "update_large_p95_ms": round(_p(big_view, 95), 2),
        "update_large_ratio": round(_p(big_view, 95) / _p(big_base, 95), 2),
    }


def case_ids(case: Case) -> list[str]:
    return [p.id for p in case.profiles]


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))

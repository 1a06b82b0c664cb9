"""startup_s / startup_ratio: process start -> main window shown on the default case.

Both the app and the baseline (a QMainWindow with one pyqtgraph PlotWidget) run as fresh
processes that show their window offscreen at 1920x1080, grab it to a PNG and exit, so the
ratio measures what Vormkeuze adds on top of Qt + pyqtgraph.  ``startup_*`` run to the end of
the process; ``startup_paint_*`` to the moment the picture of the first painted window is
written (the PNG's modification time), without the process's teardown.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(pg.PlotWidget()); w.resize(1920, 1080); w.show()
app.processEvents()
w.grab().save(sys.argv[1])
"""

RUNS = 9  # medians of interleaved runs: this machine's start-up times vary by ±10 %


def _time(cmd: list[str], png: str) -> tuple[float, float]:
    """(seconds to the end of the process, seconds until the PNG was written)."""
    with contextlib.suppress(FileNotFoundError):
        os.remove(png)
    wall = time.time()
    start = time.perf_counter()
    subprocess.run(
        cmd,
        check=True,
        capture_output=True,
        timeout=120,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": tempfile.gettempdir(),
        },
    )
    return time.perf_counter() - start, os.stat(png).st_mtime - wall


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        png = str(Path(tmp) / "shot.png")
        app_cmd = [sys.executable, "-m", "cli.main", "--screenshot", png, "--size", "1920x1080"]
        base_cmd = [sys.executable, "-c", BASELINE, png]
        _time(app_cmd, png)  # warm the file cache once
        _time(base_cmd, png)
        app, base = [], []
        for _ in range(RUNS):  # interleaved, so drift hits both alike
            app.append(_time(app_cmd, png))
            base.append(_time(base_cmd, png))
    s, b = statistics.median(a[0] for a in app), statistics.median(x[0] for x in base)
    ps, pb = statistics.median(a[1] for a in app), statistics.median(x[1] for x in base)
    return {
        "startup_s": round(s, 3),
        "startup_baseline_s": round(b, 3),
        "startup_ratio": round(s / b, 3),
        "startup_paint_s": round(ps, 3),
        "startup_paint_baseline_s": round(pb, 3),
        "startup_paint_ratio": round(ps / pb, 3),
    }

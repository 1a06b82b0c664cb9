"""startup_s / startup_ratio: process start -> main window shown on the default case.

Both the app and the baseline (a QMainWindow with one pyqtgraph PlotWidget) run as fresh
processes that show their window offscreen at 1920x1080, grab it to a PNG and exit, so the
ratio measures what Vormkeuze adds on top of Qt + pyqtgraph.
"""

from __future__ import annotations

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

RUNS = 5


def _time(cmd: list[str]) -> float:
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
    return time.perf_counter() - start


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        png = str(Path(tmp) / "shot.png")
        app_cmd = [sys.executable, "-m", "cli.main", "--screenshot", png, "--size", "1920x1080"]
        base_cmd = [sys.executable, "-c", BASELINE, png]
        _time(app_cmd)  # warm the file cache once
        _time(base_cmd)
        app, base = [], []
        for _ in range(RUNS):  # interleaved, so drift hits both alike
            app.append(_time(app_cmd))
            base.append(_time(base_cmd))
    s, b = statistics.median(app), statistics.median(base)
    return {
        "startup_s": round(s, 3),
        "startup_baseline_s": round(b, 3),
        "startup_ratio": round(s / b, 3),
    }

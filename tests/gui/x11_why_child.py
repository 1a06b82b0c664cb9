"""The app side of test_why_x11.py: run in a real X window, drive the pointer with xdotool.

Shows the ranking chart (then the robustness chart) on the X display given by ``DISPLAY``, moves
the real pointer onto a bar, samples ``QToolTip.isVisible()`` for a few seconds while it rests,
clicks, presses Esc, and prints one JSON line with what it saw.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QTimer
from PySide6.QtWidgets import QApplication, QToolTip

import resources
from gui.charts.ranking import RankingChart
from gui.host import StandaloneHost
from gui.robustness.robustness_view import RobustnessView
from model import load_case_file
from model.session import Session

REST_SECONDS = 3.0
SAMPLE_MS = 100


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


class Run:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        case, _ = load_case_file(resources.default_case_path())
        self.session = Session(case)
        self.session.profile_id = "raad-heemstede"
        self.out: dict[str, Any] = {}

    def wait(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def rest_on(self, widget: Any, viewport_point: QPoint) -> list[bool]:
        """Move the real pointer there and sample the tooltip while it rests."""
        g = widget.canvas.viewport().mapToGlobal(viewport_point)
        xdotool("mousemove", str(g.x()), str(g.y()))
        samples = []
        for _ in range(int(REST_SECONDS * 1000 / SAMPLE_MS)):
            self.wait(SAMPLE_MS / 1000)
            samples.append(QToolTip.isVisible())
        return samples

    def show(self, widget: Any) -> None:
        widget.resize(1280, 720)
        widget.move(0, 0)
        widget.show()
        widget.raise_()
        widget.activateWindow()
        self.wait(1.5)  # mapped, laid out, focused by the window manager

    def ranking(self) -> None:
        chart = RankingChart(StandaloneHost(self.session, "en"))
        self.show(chart)
        chart.refresh()
        self.wait(0.3)
        ev = chart.evaluation
        best = ev.order[0]
        x = float(ev.group_contribution_array[best, 0]) / 2
        scene = chart.plot.vb.mapViewToScene(QPointF(x, float(chart.rows[best])))
        point = chart.canvas.mapFromScene(scene)
        self.out["ranking_rest"] = self.rest_on(chart, point)
        self.out["ranking_tip_text"] = QToolTip.text()
        xdotool("click", "1")
        self.wait(0.5)
        self.out["ranking_pinned"] = list(chart.pinned or [])
        self.out["ranking_panel"] = chart.why_panel.isVisible()
        xdotool("key", "Escape")
        self.wait(0.5)
        self.out["ranking_after_esc"] = chart.pinned is None and not chart.why_panel.isVisible()
        chart.close()

    def robustness(self) -> None:
        view = RobustnessView(StandaloneHost(self.session, "en"))
        self.show(view)
        view.samples_box.setValue(2000)
        view.compute_now()
        self.wait(0.5)
        scene = view.plot.vb.mapViewToScene(QPointF(50.0, 0.0))
        point = view.canvas.mapFromScene(scene)
        self.out["robustness_rest"] = self.rest_on(view, point)
        xdotool("click", "1")
        self.wait(0.5)
        self.out["robustness_pinned"] = view.pinned
        xdotool("key", "Escape")
        self.wait(0.5)
        self.out["robustness_after_esc"] = view.pinned is None
        view.close()


def main() -> int:
    app = QApplication(sys.argv)
    run = Run(app)
    QTimer.singleShot(0, lambda: (run.ranking(), run.robustness(), app.quit()))
    app.exec()
    print(json.dumps(run.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

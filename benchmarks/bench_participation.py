"""Live participation under load (issue 18): 40 phones on loopback while the facilitator works.

Two windows, as in a workshop: the charts (1920x1080, the ranking visible) where the facilitator
moves a slider, and the facilitator's round view (1280x720, the projector).

- ``participation_slider_p95_ms`` / ``..._no_round_p95_ms``: one SetWeight through the session
  until the visible chart is repainted, with and without a round running (paced alike, the
  same window, as many samples; the time without is split before and after the round so that
  the machine's drift cancels); ``participation_slider_ratio`` is with over without (<= 1.2).
- ``participation_answer_to_screen_p50/p95_ms``: from a participant's request being sent to the
  end of the repaint of the facilitator's view that first shows it (40 simulated participants
  in a separate process, answering and re-answering every 1-2 s for ``participation_seconds``,
  127.0.0.1 only), while the facilitator watches (the last third of the round).  The view
  redraws at most every ``REFRESH_INTERVAL`` (0.25 s).  ``..._dragging_...``: the same while the
  facilitator drags a slider without pause (the first two thirds): the room then waits for a
  pause, at most ``MAX_DEFER`` (1 s).
- ``participation_http_p95_ms``: the POST round trip; ``participation_answers`` the answers
  accepted, ``participation_refused`` those refused (rate limit), which should be 0.

``VK_BENCH_ROUND_SECONDS`` shortens the loaded phase (default 30 s).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import random
import threading
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

import resources
from gui.catalogue import chart_class, chart_names
from gui.host import StandaloneHost
from gui.participation.dialog import RoundChoice
from gui.participation.view import REFRESH_INTERVAL, ParticipationView
from model import Case, load_case_file
from model.commands import SetWeight
from model.participation import RoundSpec
from model.session import Session
from serve import Snapshot
from tests.participation.client import Device

PARTICIPANTS = 40
LOOPBACK = "127.0.0.1"
PACE = 0.1  # seconds of ordinary event processing between two slider moves


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _phones(url: str, ids: list[str], seconds: float, out: Any) -> None:
    """The phones, in their own process (as on real phones, they share no interpreter with
    the app): each answers, waits 1-2 s, answers again.  Sends back every answer sent after
    the first (participant number, points, monotonic send time), the round trips and counts."""
    lock = threading.Lock()
    sent: list[tuple[int, tuple[float, ...], float]] = []
    http: list[float] = []
    counts = {"accepted": 0, "refused": 0}
    end = time.monotonic() + seconds

    def phone(seed: int) -> None:
        rng = random.Random(seed)
        device = Device(url)
        device.open_page()
        number: int | None = None
        time.sleep(rng.uniform(0, 1.0))  # people do not all press at once
        while time.monotonic() < end:
            points = {i: rng.randint(0, 100) for i in ids}
            points[ids[0]] = max(1, points[ids[0]])
            key = tuple(float(points[i]) for i in ids)
            t0 = time.monotonic()
            status, body = device.answer({"points": points})
            with lock:
                http.append(time.monotonic() - t0)
                if status == 200:
                    counts["accepted"] += 1
                    if number is not None:
                        sent.append((number, key, t0))
                    number = int(body["participant"])
                else:
                    counts["refused"] += 1
            time.sleep(rng.uniform(1.05, 2.0))

    threads = [threading.Thread(target=phone, args=(k,)) for k in range(PARTICIPANTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.put({"sent": sent, "http": http, **counts})


def _slider(
    app: QApplication, session: Session, charts: list[Any], profile: str, node: str, k: int
) -> float:
    counts = [c.updates for c in charts]
    t0 = time.perf_counter()
    session.apply(SetWeight(profile_id=profile, node=node, value=30.0 + (k % 40)))
    while any(c.updates == n for c, n in zip(charts, counts, strict=True)):
        app.processEvents()
    app.processEvents()
    for c in charts:
        c.canvas.viewport().repaint()
    return time.perf_counter() - t0


def _idle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def _p(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)) * 1000, 2) if values else float("nan")


def run() -> dict[str, float]:
    seconds = float(os.environ.get("VK_BENCH_ROUND_SECONDS", "30"))
    app = _app()
    case: Case = load_case_file(resources.default_case_path())[0]
    profile = case.profiles[1].id if len(case.profiles) > 1 else case.profiles[0].id
    node = case.criteria[-1].id
    session = Session(case)
    session.profile_id = profile
    tabs = QTabWidget()
    tabs.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    for name in chart_names():
        chart = chart_class(name)(StandaloneHost(session))
        tabs.addTab(chart, chart.name)
    tabs.resize(1920, 1080)
    tabs.show()
    view = ParticipationView(StandaloneHost(session))
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(1280, 720)
    view.show()
    app.processEvents()
    charts = [tabs.widget(k) for k in range(tabs.count()) if tabs.widget(k).isVisible()]

    without: list[float] = []

    def no_round(duration: float) -> None:
        end = time.perf_counter() + duration
        while time.perf_counter() < end:
            without.append(_slider(app, session, charts, profile, node, len(without)))
            _idle(app, PACE)

    no_round(seconds / 2)  # half before the round, half after: the machine's drift cancels

    assert view.start(RoundChoice(RoundSpec(), LOOPBACK))
    assert view.server is not None
    ids = [c.id for c in RoundSpec().items(session.case)]
    first_seen: dict[tuple[int, tuple[float, ...]], float] = {}

    def on_shown(snapshot: Snapshot) -> None:
        view.repaint()  # the projector shows it once painted
        at = time.monotonic()
        for k, answer in enumerate(snapshot.answers, 1):
            if answer.points is not None:
                first_seen.setdefault((k, tuple(answer.points[i] for i in ids)), at)

    view.shown.connect(on_shown)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    load = context.Process(target=_phones, args=(view.server.url, ids, seconds, results))
    load.start()
    with_round: list[float] = []
    dragging_until = time.monotonic() + seconds * 2 / 3  # then the facilitator just watches
    while time.monotonic() < dragging_until:
        with_round.append(_slider(app, session, charts, profile, node, len(with_round)))
        _idle(app, PACE)
    got: dict[str, Any] = {}
    while not got:  # keep the event loop (and the view) going until the phones report
        try:
            got = results.get(timeout=0.05)
        except queue.Empty:
            app.processEvents()
    load.join(timeout=30)
    results.close()
    results.join_thread()
    _idle(app, 2 * REFRESH_INTERVAL + 0.1)
    dragging: list[float] = []
    watching: list[float] = []
    for n, key, t0 in got["sent"]:
        if (n, key) in first_seen:
            (dragging if t0 < dragging_until else watching).append(first_seen[(n, key)] - t0)
    view.close_round()
    _idle(app, 0.5)
    view.stop_server()
    no_round(seconds / 2)
    view.close()
    tabs.close()
    app.processEvents()
    return {
        "participation_seconds": seconds,
        "participation_participants": PARTICIPANTS,
        "participation_answers": got["accepted"],
        "participation_refused": got["refused"],
        "participation_answers_timed": len(dragging) + len(watching),
        "participation_http_p95_ms": _p(got["http"], 95),
        "participation_answer_to_screen_p50_ms": _p(watching, 50),
        "participation_answer_to_screen_p95_ms": _p(watching, 95),
        "participation_answer_to_screen_dragging_p50_ms": _p(dragging, 50),
        "participation_answer_to_screen_dragging_p95_ms": _p(dragging, 95),
        "participation_slider_no_round_p95_ms": _p(without, 95),
        "participation_slider_p95_ms": _p(with_round, 95),
        "participation_slider_ratio": round(_p(with_round, 95) / _p(without, 95), 2),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))

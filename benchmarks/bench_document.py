"""The working document: milliseconds per acknowledged edit, and opening a long-used document.

* ``edit_ms``: one score edit through ``Session.apply`` until ``record`` returned (changed row
  plus history row committed durably), median over runs of 100 edits each;
* ``edit_weight_ms``: the same for a weight (a slider step);
* ``edit_floor_ms``: the floor in the same run: one durable WAL commit of one small row;
* ``open_1000_ms``: ``Document.open`` + ``close`` of a document with 1,000 history rows.

``python -m benchmarks.bench_document --crash N`` is the stress version of the crash test:
N SIGKILLs at random moments, each followed by the check that no acknowledged edit is lost.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EDITS = 100


def _default_case() -> Any:
    from model import load_case_file

    path = ROOT / "resources" / "cases" / "heemstede-bloemendaal.json"
    if not path.exists():
        path = ROOT.parent / "shared" / "spec" / "example-case.json"
    return load_case_file(path)[0]


def _median_ms(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs)) * 1000


def run(runs: int = 5) -> dict[str, Any]:
    from model.commands import SetWeight, edit_score
    from model.document import Document
    from model.session import Session

    case = _default_case()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc = Document.create(folder / "bench.vormkeuze", case, author="bench")
        session = Session(doc.case, store=doc)
        score = case.scores[0]
        profile = case.profiles[0].id
        node = case.leaf_ids[0]
        counter = iter(range(10**9))

        def score_edits() -> float:
            start = time.perf_counter()
            for _ in range(EDITS):
                k = next(counter)
                session.apply(
                    edit_score(session.case, score.option, score.criterion, rationale=f"r{k}")
                )
            return (time.perf_counter() - start) / EDITS

        def weight_edits() -> float:
            start = time.perf_counter()
            for _ in range(EDITS):
                session.apply(SetWeight(profile_id=profile, node=node, value=next(counter) % 97))
            return (time.perf_counter() - start) / EDITS

        floor_conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
        floor_conn.execute("PRAGMA journal_mode = WAL")
        floor_conn.execute("PRAGMA synchronous = FULL")
        floor_conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")

        def floor() -> float:
            start = time.perf_counter()
            for _ in range(EDITS):
                floor_conn.execute("BEGIN")
                floor_conn.execute("INSERT INTO t (v) VALUES (?)", (f"r{next(counter)}",))
                floor_conn.execute("COMMIT")
            return (time.perf_counter() - start) / EDITS

        score_edits()  # warm up
        edit_ms = _median_ms(score_edits, runs)
        weight_ms = _median_ms(weight_edits, runs)
        floor_ms = _median_ms(floor, runs)
        floor_conn.close()

        while doc.history_count() < 1000:
            score_edits()
        history_rows = doc.history_count()
        path = doc.path
        doc.close()

        def open_close() -> float:
            start = time.perf_counter()
            Document.open(path, author="bench").close()
            return time.perf_counter() - start

        open_close()
        open_ms = _median_ms(open_close, runs)
    return {
        "edit_ms": round(edit_ms, 3),
        "edit_weight_ms": round(weight_ms, 3),
        "edit_floor_ms": round(floor_ms, 3),
        "open_1000_ms": round(open_ms, 2),
        "open_history_rows": history_rows,
    }


EDITOR = """
import sys
sys.path.insert(0, sys.argv[2])
from model.commands import edit_score
from model.document import Document

i = int(sys.stdin.readline())
doc = Document.open(sys.argv[1], author="stress")
print("ready", flush=True)
s = doc.case.scores[0]
while True:
    doc.apply(edit_score(doc.case, s.option, s.criterion, rationale=f"edit {i}"))
    print(i, flush=True)
    i += 1
"""


def crash(kills: int, seed: int = 1) -> dict[str, Any]:
    """Kill an editing process ``kills`` times; raise if an acknowledged edit is ever lost."""
    from model.document import Document

    rng = random.Random(seed)
    lost = 0
    acknowledged_total = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stress.vormkeuze"
        Document.create(path, _default_case()).close()
        start = 0

        def spawn() -> subprocess.Popen[str]:
            return subprocess.Popen(
                [sys.executable, "-c", EDITOR, str(path), str(ROOT)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )

        waiting = spawn()
        for _ in range(kills):
            proc, waiting = waiting, spawn()
            assert proc.stdin is not None
            proc.stdin.write(f"{start}\n")
            proc.stdin.flush()
            assert proc.stdout is not None
            if proc.stdout.readline().strip() != "ready":
                raise AssertionError("the editing process did not start")
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
            acked = [int(x) for x in out.split() if x.isdigit()]
            acknowledged_total += len(acked)
            with Document.open(path) as doc:
                if doc.readonly or doc.integrity_check() != ["ok"]:
                    raise AssertionError("lock not recovered or file damaged")
                recorded = {e.command["score"]["rationale"] for e in doc.history()}
                lost += sum(f"edit {i}" not in recorded for i in acked)
            if acked:
                start = max(acked) + 2
        waiting.kill()
        waiting.communicate()
    if lost:
        raise AssertionError(f"{lost} acknowledged edits lost")
    return {"crash_kills": kills, "crash_acknowledged_edits": acknowledged_total, "crash_lost": 0}


if __name__ == "__main__":
    import json

    if len(sys.argv) > 2 and sys.argv[1] == "--crash":
        print(json.dumps(crash(int(sys.argv[2]))))
    else:
        print(json.dumps(run()))

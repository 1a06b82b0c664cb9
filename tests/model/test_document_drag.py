"""A slider drag: its steps commit without fsync, its release is durable; kills lose nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model import load_case_file
from model.commands import SetCaseInfo, SetWeight
from model.document import Document
from model.session import Drag, Session

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def document(tmp_path: Path, example_case_path: Path) -> Path:
    path = tmp_path / "werk.vormkeuze"
    Document.create(path, load_case_file(example_case_path)[0]).close()
    return path


class _Commits:
    """The ``synchronous`` level in force at each COMMIT of a connection (SQLite's trace)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.levels: list[str] = []
        self._level = conn.execute("PRAGMA synchronous").fetchone()[0]
        self._level = {1: "NORMAL", 2: "FULL"}.get(self._level, str(self._level))
        conn.set_trace_callback(self._statement)

    def _statement(self, sql: str) -> None:
        text = sql.strip().upper()
        if text.startswith("PRAGMA SYNCHRONOUS ="):
            self._level = text.split("=")[1].strip()
        elif text == "COMMIT":
            self.levels.append(self._level)

    def take(self) -> list[str]:
        out, self.levels = self.levels, []
        return out


def _node_and_profile(session: Session) -> tuple[str, str]:
    return session.case.criteria[0].id, session.profile_id


def test_drag_steps_skip_the_fsync_and_the_release_is_a_full_commit(document: Path) -> None:
    with Document.open(document) as doc:
        commits = _Commits(doc._conn)  # type: ignore[arg-type]
        session = Session(doc.case, store=doc)
        node, profile = _node_and_profile(session)
        drag = Drag()
        for value in (5, 15, 25):
            session.apply(SetWeight(profile_id=profile, node=node, value=value), merge_token=drag)
        assert commits.take() == ["NORMAL"] * 3
        session.settle()
        assert commits.take() == ["FULL"]
        session.settle()  # nothing left to put on disk: no transaction at all
        assert commits.take() == []
        # any other edit (and a merge with a token that is not a drag: a key press) is durable
        session.apply(SetCaseInfo(title="Andere titel"))
        session.apply(SetWeight(profile_id=profile, node=node, value=30), merge_token=object())
        assert commits.take() == ["FULL", "FULL"]
        assert doc._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # type: ignore[union-attr]


def test_a_released_drag_is_one_history_row_with_its_last_position(document: Path) -> None:
    with Document.open(document) as doc:
        session = Session(doc.case, store=doc)
        node, profile = _node_and_profile(session)
        before = doc.history_count()
        drag = Drag()
        for value in range(10, 60, 10):
            session.apply(SetWeight(profile_id=profile, node=node, value=value), merge_token=drag)
        session.settle()
        assert doc.history_count() == before + 1
        row = doc.history(limit=1)[0]
        assert row.command["value"] == 50
    reopened, _ = load_case_file(document)
    assert (reopened.profile(profile).weights or {})[node] == 50


def test_an_edit_after_an_unreleased_drag_makes_the_drag_durable_too(document: Path) -> None:
    with Document.open(document) as doc:
        commits = _Commits(doc._conn)  # type: ignore[arg-type]
        session = Session(doc.case, store=doc)
        node, profile = _node_and_profile(session)
        session.apply(SetWeight(profile_id=profile, node=node, value=7), merge_token=Drag())
        session.apply(SetCaseInfo(title="Daarna"))
        session.settle()  # the FULL commit of the title already put the drag on disk
        assert commits.take() == ["NORMAL", "FULL"]


# Drags a weight in a loop: each drag is STEPS steps with one Drag token, then settle().  It
# prints "step D V" once a step returned and "released D V" once settle() returned.
DRAGGER = """
import sys
sys.path.insert(0, sys.argv[2])
from model.commands import SetWeight
from model.document import Document
from model.session import Drag, Session

start = int(sys.stdin.readline())
doc = Document.open(sys.argv[1], author="worker")
assert not doc.readonly, doc.locked_by
session = Session(doc.case, store=doc)
node, profile = session.case.criteria[0].id, session.profile_id
print("ready", flush=True)
d = start
while True:
    drag = Drag()
    for step in range(5):
        value = (d * 5 + step) % 1000
        session.apply(SetWeight(profile_id=profile, node=node, value=value), merge_token=drag)
        print("step", d, value, flush=True)
    session.settle()
    print("released", d, value, flush=True)
    d += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_drags_loses_no_released_drag_and_no_acknowledged_step(
    document: Path,
) -> None:
    """An app crash loses nothing (a power cut may lose a drag's unreleased positions)."""
    rng = random.Random(20261201)
    start = 0
    released_seen = 0
    for _round in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-c", DRAGGER, str(document), str(ROOT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(f"{start}\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.02, 0.2))
        os.kill(proc.pid, signal.SIGKILL)
        # read on through the same text stream: communicate() reads the raw pipe and would
        # skip what readline() above already buffered, cutting a line in two
        out = proc.stdout.read()
        err = proc.stderr.read() if proc.stderr else ""
        proc.communicate(timeout=30)  # reaps it and closes the pipes (all read: nothing more)
        assert proc.returncode == -signal.SIGKILL, err
        lines = [line.split() for line in out.split("\n")[:-1]]  # whole lines only
        released = {int(d): int(v) for kind, d, v in lines if kind == "released"}
        steps = [(int(d), int(v)) for kind, d, v in lines if kind == "step"]
        with Document.open(document, author="controle") as doc:
            assert doc.integrity_check() == ["ok"]
            rows = [e for e in doc.history() if e.kind == "SetWeight"]
            node = doc.case.criteria[0].id
            weight = (doc.case.profile(doc.case.profiles[0].id).weights or {}).get(node)
        by_value = [int(e.command["value"]) for e in rows]
        for d, v in released.items():
            assert v in by_value, f"released drag {d} (at {v}) lost"
        if steps:
            last = steps[-1][1]
            # every acknowledged step survives an app crash, released or not; the step after
            # it (always one more) may have committed just before the kill
            assert weight in (last, (last + 1) % 1000), (weight, last)
            start = steps[-1][0] + 2
        released_seen += len(released)
    assert released_seen > 5  # the kills did land in the middle of dragging

"""Crash safety and locking, with real processes: SIGKILL never loses an acknowledged edit."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model import load_case_file
from model.commands import SetCaseInfo
from model.document import Document, DocumentError

ROOT = Path(__file__).resolve().parents[2]

# Applies score edits in a loop and prints the number of each edit once record() returned.
# It imports first and waits for its start number, so the next worker is ready when one dies.
EDITOR = """
import sys
sys.path.insert(0, sys.argv[3])
from model.commands import edit_score
from model.document import Document

i = int(sys.stdin.readline())  # imported and waiting: the test says where to start
doc = Document.open(sys.argv[1], author="worker")
assert not doc.readonly, doc.locked_by
print("ready", flush=True)
s = doc.case.scores[0]
while True:
    doc.apply(edit_score(doc.case, s.option, s.criterion, rationale=f"edit {i}"))
    print(i, flush=True)
    i += 1
"""

# Opens the document for writing and holds it until its stdin closes.
HOLDER = """
import sys
sys.path.insert(0, sys.argv[2])
from model.document import Document

doc = Document.open(sys.argv[1], author="houder")
print("ready" if not doc.readonly else "readonly", flush=True)
sys.stdin.read()
doc.close()
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _wait_for_line(proc: subprocess.Popen[str], timeout: float = 30) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the worker did not answer"
    return proc.stdout.readline().strip()


@pytest.fixture
def document(tmp_path: Path, example_case_path: Path) -> Path:
    path = tmp_path / "werk.vormkeuze"
    Document.create(path, load_case_file(example_case_path)[0]).close()
    return path


def test_sigkill_at_random_moments_loses_no_acknowledged_edit(document: Path) -> None:
    rng = random.Random(20240601)
    start = 0
    kills = 0
    edits_seen = 0
    waiting = _start(EDITOR, str(document), "", str(ROOT))
    for round_no in range(24):
        proc, waiting = waiting, _start(EDITOR, str(document), "", str(ROOT))
        assert proc.stdin is not None
        proc.stdin.write(f"{start}\n")
        proc.stdin.flush()
        if round_no % 6 == 5:
            # a moment while the process starts or opens the document
            time.sleep(rng.uniform(0.0, 0.05))
            started = False
        else:
            started = _wait_for_line(proc) == "ready"
            assert started, proc.stderr.read() if proc.stderr else ""
            time.sleep(rng.uniform(0.0, 0.15))  # the random moment of the kill
        os.kill(proc.pid, signal.SIGKILL)
        # read on through the text stream: communicate() reads the raw pipe and would skip
        # what readline() already buffered, cutting a number in two
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()
        proc.communicate(timeout=30)  # reaps it and closes the pipes (all read: nothing more)
        assert proc.returncode == -signal.SIGKILL, err
        kills += 1
        acknowledged = [int(line) for line in out.split() if line.isdigit()]
        with Document.open(document, author="controle") as doc:
            assert not doc.readonly, "a killed writer's lock must not block"
            if started:
                assert doc.recovered_lock is not None
            assert doc.integrity_check() == ["ok"]
            recorded = {e.command["score"]["rationale"] for e in doc.history()}
            missing = [i for i in acknowledged if f"edit {i}" not in recorded]
            assert not missing, f"acknowledged but lost: {missing[:5]}"
            if acknowledged:
                last = max(acknowledged)
                # the edit after the last acknowledged one may have committed just before the kill
                now = doc.case.scores[0].rationale
                assert now in (f"edit {last}", f"edit {last + 1}")
                start = last + 2
        edits_seen += len(acknowledged)
    waiting.kill()
    waiting.communicate(timeout=30)
    assert kills >= 20
    assert edits_seen > 20  # the kills did land in the middle of editing


def test_a_second_process_gets_read_only_and_recovers_the_lock_after_a_kill(
    document: Path,
) -> None:
    holder = _start(HOLDER, str(document), str(ROOT))
    try:
        assert _wait_for_line(holder) == "ready"
        with Document.open(document, author="tweede") as second:
            assert second.readonly
            assert second.locked_by is not None
            assert second.locked_by["pid"] == holder.pid
            assert second.locked_by["author"] == "houder"
            with pytest.raises(DocumentError) as err:
                second.apply(SetCaseInfo(title="mag niet"))
            assert err.value.issues[0].code == "document_read_only"
        # a third process is read-only too while the holder lives
        other = _start(HOLDER, str(document), str(ROOT))
        assert _wait_for_line(other) == "readonly"
        other.communicate("", timeout=30)
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    with Document.open(document, author="tweede") as after:
        assert not after.readonly
        assert after.recovered_lock is not None and after.recovered_lock["pid"] == holder.pid
        after.apply(SetCaseInfo(title="Nu wel"))
    assert not Path(str(document) + ".lock").exists()


def test_a_cleanly_closed_document_reports_no_recovered_lock(document: Path) -> None:
    holder = _start(HOLDER, str(document), str(ROOT))
    assert _wait_for_line(holder) == "ready"
    holder.communicate("", timeout=30)  # stdin closes: the holder closes the document
    assert holder.returncode == 0
    with Document.open(document) as doc:
        assert not doc.readonly and doc.recovered_lock is None

"""Every command on a corpus of damaged documents: a clear message or a warning, never a change.

The corpus comes from ``tests/damaged.py``.  Each command either refuses (exit 2, one Dutch
message naming the file) or, where the case itself is intact (a damaged history row), works and
warns.  No traceback, no "Interne fout", and a refused or read-only open leaves the file and its
side files byte for byte as they were (no new ``-wal``/``-shm``/``.lock`` either).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from tests.damaged import Variant, fingerprint, make_corpus

ROOT = Path(__file__).resolve().parents[2]

READ_ONLY = [
    ["validate"],
    ["analyse"],
    ["history"],
    ["history", "--limit", str(10**30)],
    ["snapshot"],
    ["diff", "--from", "begin"],
    ["robustness", "--uniform", "--samples", "50", "--seed", "1"],
    ["stability", "--target", "bvo"],
    ["group"],
]
WRITING = [["snapshot", "--name", "nieuw"]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Variant]:
    return make_corpus(tmp_path_factory.mktemp("damaged"))


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    rc = main(["--lang", "nl", *args])
    return rc, capsys.readouterr().err


def _check(name: str, v: Variant, rc: int, err: str, wrote: bool) -> None:
    assert "Traceback" not in err and "Interne fout" not in err, (name, err)
    assert rc in (0, 2), (name, rc, err)
    if v.expect == "refuse":
        assert rc == 2, (name, err)
    if rc == 2:  # one clear message that names the file
        assert v.path.name in err.strip().splitlines()[-1], (name, err)
    if v.expect == "warn" and not wrote:
        assert "beschadigd" in err, (name, err)


def test_every_command_on_every_damaged_file(
    corpus: dict[str, Variant], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tried = 0
    for name, v in corpus.items():
        if v.special and v.path.is_fifo():
            continue  # below, in a subprocess with a time limit
        for command in [*READ_ONLY, ["export", "--to", str(tmp_path / "uit.json")]]:
            before = fingerprint(v.path)
            rc, err = _run([command[0], str(v.path), *command[1:]], capsys)
            _check(f"{name} {command}", v, rc, err, wrote=False)
            assert fingerprint(v.path) == before, (name, command)
            tried += 1
        for command in WRITING:
            before = fingerprint(v.path)
            rc, err = _run([command[0], str(v.path), *command[1:]], capsys)
            _check(f"{name} {command}", v, rc, err, wrote=True)
            if rc != 0:  # refused: nothing written, no lock row, no new side files
                assert fingerprint(v.path) == before, (name, command, err)
            tried += 1
    assert tried >= 250


def test_a_damaged_history_is_reported_and_can_be_repaired(
    corpus: dict[str, Variant], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    v = corpus["history-json"]
    before = fingerprint(v.path)
    rc, err = _run(["history", str(v.path)], capsys)
    assert rc == 0
    assert "1 vastgelegde wijzigingen in de geschiedenis zijn beschadigd (nr. 2)" in err
    assert "vormkeuze repair" in err
    copy = tmp_path / "hersteld.vormkeuze"
    rc, err = _run(["repair", str(v.path), "--to", str(copy)], capsys)
    assert rc == 0, err
    assert fingerprint(v.path) == before
    rc, err = _run(["history", str(copy)], capsys)
    assert rc == 0 and err == ""
    rc, err = _run(["validate", str(copy)], capsys)
    assert rc == 0


def test_special_files_are_refused_at_once(corpus: dict[str, Variant]) -> None:
    """A FIFO as a case or document: exit 2 at once (the child is killed if it blocks)."""
    fifos = [v for v in corpus.values() if v.path.is_fifo()]
    assert fifos
    for v in fifos:
        for command in (["validate"], ["history"], ["analyse"], ["export", "--to", "x.json"]):
            p = subprocess.run(
                [sys.executable, "-m", "cli.main", command[0], str(v.path), *command[1:]],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert p.returncode == 2, p.stderr
            assert "geen gewoon bestand" in p.stderr
            assert "Traceback" not in p.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused(device: str, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path(device).exists():
        pytest.skip("no such device here")
    for command in ("validate", "history"):
        rc, err = _run([command, device], capsys)
        assert rc == 2 and "geen gewoon bestand" in err


def test_long_names_and_huge_limits_get_clear_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = str(tmp_path / ("x" * 300 + ".json"))
    for command in (["validate", long], ["history", long], ["export", long, "--to", "y.json"]):
        rc, err = _run(command, capsys)
        assert rc == 2 and "Interne fout" not in err
        assert "bestandsnaam te lang" in err
        assert len(err.splitlines()[0]) < 300  # the name is quoted shortened

"""model.safe_write: the old file survives every failed write; new files follow the umask."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from model.safe_write import WriteFailed, atomic_path, write_atomic

ROOT = Path(__file__).resolve().parents[2]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert _leftovers(tmp_path) == []


def test_new_file_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.json", b"x")
        with atomic_path(tmp_path / "b.pdf") as tmp:
            tmp.write_bytes(b"%PDF")
    finally:
        os.umask(old)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "b.pdf").stat().st_mode & 0o777 == 0o640


def test_a_failing_check_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"good")

    def check(p: Path) -> None:
        raise ValueError("Couldn't find trailer dictionary")

    with pytest.raises(WriteFailed) as info:
        write_atomic(target, b"bad", check=check)
    assert info.value.issues[0].place == str(target)
    assert "trailer" in info.value.issues[0].params["reason"]
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path) == []


def test_an_empty_result_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"good")
    with pytest.raises(WriteFailed), atomic_path(target):
        pass  # the writer wrote nothing
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path) == []


def test_an_error_in_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "r.docx"
    target.write_bytes(b"good")
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path) == []


def test_a_folder_or_a_long_name_is_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    with pytest.raises(WriteFailed):
        write_atomic(tmp_path / "d", b"x")
    with pytest.raises(WriteFailed) as info:
        write_atomic(tmp_path / ("x" * 300 + ".json"), b"x")
    assert info.value.issues[0].code == "file_write_failed"
    assert _leftovers(tmp_path) == []


def test_file_size_limit_keeps_the_old_file(tmp_path: Path) -> None:
    """A full disk, as RLIMIT_FSIZE gives it: the error is typed and the old file survives."""
    target = tmp_path / "big.json"
    target.write_bytes(b"good")
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "from model.safe_write import write_atomic, WriteFailed\n"
        "try:\n"
        f"    write_atomic({str(target)!r}, b'x' * 100000)\n"
        "except WriteFailed as e:\n"
        "    print(e.issues[0].params['reason']); sys.exit(2)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 2, out.stderr
    assert "too large" in out.stdout
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path) == []

"""A corpus of damaged documents and case files, for the tests of every way in.

``make_corpus(folder)`` writes one file (plus side files where the variant needs them) per kind
of damage and returns ``{name: Variant}``.  ``Variant.expect`` says what a reader must do:
``"refuse"`` (a clear message, exit 2) or ``"warn"`` (the case is intact: open it and say what
is damaged).  ``fingerprint(path)`` is the SHA-256 of the file and every side file beside it, to
show that a refused or read-only open changed nothing.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from model import load_case_file
from model.commands import SetCaseInfo
from model.document import Document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT.parent / "shared" / "spec" / "example-case.json"
SIDE = ("-wal", "-shm", "-journal", ".lock")
MARK_CMD = "MARKCOMMAND"


@dataclass(frozen=True)
class Variant:
    path: Path
    expect: str  # "refuse" | "warn"
    special: bool = False  # a FIFO, directory or device: never read in-process without a guard


def fingerprint(path: Path) -> dict[str, str | None]:
    """SHA-256 of ``path`` and of each side file (None: absent; 'fifo'/'dir' for special)."""
    out: dict[str, str | None] = {}
    for suffix in ("", *SIDE):
        p = Path(str(path) + suffix)
        if p.is_fifo():
            out[suffix] = "fifo"
        elif p.is_dir():
            out[suffix] = "dir"
        elif p.is_file():
            out[suffix] = hashlib.sha256(p.read_bytes()).hexdigest()
        elif p.exists():
            out[suffix] = "special"
        else:
            out[suffix] = None
    return out


def _good(path: Path, edits: int = 3) -> Path:
    case, _ = load_case_file(EXAMPLE)
    with Document.create(path, case, author="maker") as doc:
        for i in range(edits):
            doc.apply(SetCaseInfo(title=f"{MARK_CMD} {i}"))
        doc.take_snapshot("begin")
    _checkpoint(path)
    return path


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    for s in statements:
        conn.execute(s)
    conn.close()
    _checkpoint(path)


def _flip_at(path: Path, needle: bytes, offset: int = 0, value: int = 0xFF, nth: int = 0) -> None:
    data = bytearray(path.read_bytes())
    at = -1
    for _ in range(nth + 1):
        at = data.index(needle, at + 1)
    data[at + offset] = value
    path.write_bytes(bytes(data))


def _page_of(path: Path, needle: bytes) -> tuple[int, int]:
    data = path.read_bytes()
    size = int.from_bytes(data[16:18], "big")
    return data.index(needle) // size, size


def _flip_page(path: Path, page: int, size: int, seed: int, count: int = 8) -> None:
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(count):
        k = page * size + rng.randrange(size)
        data[k] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def _live_wal(path: Path, sql: str = "UPDATE case_info SET title = 'uit de wal'") -> None:
    """A committed transaction that is only in ``-wal`` (as a crashed writer leaves it)."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(sys.argv[2])\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path), sql], check=True)


def make_corpus(folder: Path) -> dict[str, Variant]:
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Variant] = {}
    good = _good(folder / "goed.vormkeuze")

    def copy(name: str) -> Path:
        p = folder / f"{name}.vormkeuze"
        shutil.copyfile(good, p)
        return p

    # history: bad JSON, invalid UTF-8, random flips in the history rows (case intact)
    p = copy("history-json")
    _sql(p, "UPDATE history SET command = '{\"kind\": ' WHERE id = 2")
    out["history-json"] = Variant(p, "warn")
    p = copy("history-utf8")
    _flip_at(p, (MARK_CMD + " 0").encode(), 2)  # inside the first history row
    out["history-utf8"] = Variant(p, "warn")
    p = copy("history-inverse-utf8")
    _sql(p, "UPDATE history SET inverse = CAST(X'7B22FFFE22' AS TEXT) WHERE id = 1")
    out["history-inverse-utf8"] = Variant(p, "warn")
    p = copy("history-author-utf8")
    _sql(p, "UPDATE history SET author = CAST(X'6DFF' AS TEXT) WHERE id = 3")
    out["history-author-utf8"] = Variant(p, "warn")
    p = copy("snapshot-json")
    _sql(p, "UPDATE snapshots SET case_json = '{' WHERE name = 'begin'")
    out["snapshot-json"] = Variant(p, "warn")
    # schema page: a table name and its SQL with bytes that are not UTF-8
    p = copy("schema-name")
    _flip_at(p, b"CREATE TABLE options", 14)
    out["schema-name"] = Variant(p, "refuse")
    p = copy("schema-utf8")
    _flip_at(p, b"CREATE TABLE meta", 13, 0xC3)
    out["schema-utf8"] = Variant(p, "refuse")
    # data pages: the case's own text not UTF-8, random flips in the options' page
    p = copy("data-utf8")
    _sql(p, "UPDATE options SET name = CAST(X'4FFF70' AS TEXT) WHERE position = 0")
    out["data-utf8"] = Variant(p, "refuse")
    for seed in range(4):
        p = copy(f"data-flip-{seed}")
        page, size = _page_of(p, b"Bedrijfsvoeringsorganisatie")
        _flip_page(p, page, size, seed)
        out[f"data-flip-{seed}"] = Variant(p, "refuse_or_warn")
    for seed in range(4):  # the schema page (sqlite_master), past the 100-byte header
        p = copy(f"schema-flip-{seed}")
        _flip_page(p, 0, 4096, 100 + seed, count=12)
        out[f"schema-flip-{seed}"] = Variant(p, "refuse_or_warn")
    for seed in range(3):
        p = copy(f"header-flip-{seed}")
        _flip_page(p, 0, 100, seed, count=3)
        out[f"header-flip-{seed}"] = Variant(p, "refuse_or_warn")
    # truncation
    data = good.read_bytes()
    p = folder / "half.vormkeuze"
    p.write_bytes(data[: len(data) // 2])
    out["half"] = Variant(p, "refuse")
    p = folder / "odd-length.vormkeuze"
    p.write_bytes(data[:-100])
    out["odd-length"] = Variant(p, "refuse")
    p = folder / "header-only.vormkeuze"
    p.write_bytes(data[:100])
    out["header-only"] = Variant(p, "refuse")
    # a table dropped; a foreign SQLite database
    p = copy("no-scores")
    _sql(p, "PRAGMA foreign_keys=OFF", "DROP TABLE scores")
    out["no-scores"] = Variant(p, "refuse")
    p = folder / "vreemd.vormkeuze"
    _sql(p, "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)")
    out["foreign"] = Variant(p, "refuse")
    # write-ahead logs: a live one (committed, not checkpointed) and a stale one of another file
    p = copy("live-wal")
    _live_wal(p)
    out["live-wal"] = Variant(p, "warn_or_ok")
    p = copy("stale-wal")
    other = folder / "ander.vormkeuze"
    _other_document(other)
    _live_wal(other, "UPDATE options SET description = hex(randomblob(900))")
    os.replace(str(other) + "-wal", str(p) + "-wal")
    Path(str(other) + "-shm").unlink(missing_ok=True)
    other.unlink()
    out["stale-wal"] = Variant(p, "refuse")
    # JSON case files: bad UTF-8 and bad JSON
    p = folder / "kapot.json"
    p.write_bytes(EXAMPLE.read_bytes()[:-40])
    out["json-cut"] = Variant(p, "refuse")
    p = folder / "latin1.json"
    p.write_bytes(EXAMPLE.read_bytes().replace(b"e", b"\xe9", 3))
    out["json-latin1"] = Variant(p, "refuse")
    # special files
    p = folder / "fifo.vormkeuze"
    os.mkfifo(p)
    out["fifo"] = Variant(p, "refuse", special=True)
    p = folder / "fifo.json"
    os.mkfifo(p)
    out["fifo-json"] = Variant(p, "refuse", special=True)
    p = folder / "map.vormkeuze"
    p.mkdir()
    out["directory"] = Variant(p, "refuse", special=True)
    good.unlink()
    return out


def _other_document(path: Path) -> None:
    """A document with other content (so its log does not fit a copy of the good one)."""
    case, _ = load_case_file(EXAMPLE)
    with Document.create(path, case, author="ander") as doc:
        for i in range(40):
            doc.apply(SetCaseInfo(title="ander " * (i + 20)))
    _checkpoint(path)

"""The document's own transaction helper (it replaces sqlite_utils' at start-up)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from model.document import _Database


def _db(tmp_path: Path) -> _Database:
    conn = sqlite3.connect(str(tmp_path / "t.db"), isolation_level=None)
    conn.execute("CREATE TABLE t (x INTEGER)")
    return _Database(conn)


def _rows(db: _Database) -> list[int]:
    return [r[0] for r in db.conn.execute("SELECT x FROM t ORDER BY x")]


def test_commit_and_rollback(tmp_path: Path) -> None:
    db = _db(tmp_path)
    with db.atomic():
        db.conn.execute("INSERT INTO t VALUES (1)")
    assert not db.conn.in_transaction
    with pytest.raises(ValueError), db.atomic():
        db.conn.execute("INSERT INTO t VALUES (2)")
        raise ValueError
    assert not db.conn.in_transaction
    assert _rows(db) == [1]


def test_a_nested_block_is_a_savepoint(tmp_path: Path) -> None:
    db = _db(tmp_path)
    with db.atomic():
        db.conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), db.atomic():
            db.conn.execute("INSERT INTO t VALUES (2)")
            raise ValueError
        with db.atomic():
            db.conn.execute("INSERT INTO t VALUES (3)")
    assert _rows(db) == [1, 3]


def test_wal(tmp_path: Path) -> None:
    db = _db(tmp_path)
    db.enable_wal()
    db.enable_wal()
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

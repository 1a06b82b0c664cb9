"""The working document: a ``.vormkeuze`` file (SQLite, WAL) that never loses an edit.

``Document`` implements :class:`model.session.Store`: ``Session.apply`` calls :meth:`record`,
which writes the changed rows of the case and one ``history`` row in one transaction and returns
only when that transaction is durable (WAL with ``synchronous=FULL``); the steps of a slider drag
still going on are durable when the drag ends (:meth:`Document.settle`, ``model.session.Drag``).
Snapshots are named frozen copies of the whole case.  See ``docs/document-format.md``.

Opening is careful: a file that is not SQLite, not a Vormkeuze document, truncated or corrupt,
or written by a newer schema is refused with one :class:`DocumentError` and left byte for byte
as it was (it is only read, through a read-only connection).  One process at a time writes a
document: it holds an OS lock on ``<document>.lock`` and names itself in the ``lock`` table;
another process then gets the document read-only and learns who holds it.  The OS releases the
lock when a process dies, so a crashed session never blocks the document.
"""

from __future__ import annotations

import contextlib
import datetime
import getpass
import itertools
import json
import os
import socket
import sqlite3
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.case import Case
from model.document_schema import (
    APPLICATION,
    APPLICATION_ID,
    CASE_TABLES,
    MIGRATIONS,
    SCHEMA_SQL,
    SCHEMA_VERSION,
    TABLES,
    Row,
    Rows,
    TreeError,
    case_data,
    case_rows,
)
from model.errors import CaseInvalid, Issue, VormkeuzeError, issue
from model.io import SQLITE_MAGIC, dump_case, parse_case
from model.session import Drag
from model.validation import check_case
from model.version import VERSION

if TYPE_CHECKING:
    from model.commands import Command
    from model.diff import CaseDiff

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "DocumentError",
    "HistoryEntry",
    "SnapshotInfo",
    "default_author",
    "read_case",
]

SUFFIX = ".vormkeuze"


class DocumentError(VormkeuzeError):
    """A document cannot be opened, read or written (the place is the file's path)."""


def _error(code: str, path: Path | str, **params: Any) -> DocumentError:
    return DocumentError([issue(code, str(path), **params)])


def app_version() -> str:
    return VERSION


def default_author() -> str:
    """The login name of the user (``onbekend`` when the system cannot tell)."""
    try:
        return getpass.getuser() or "onbekend"
    except Exception:
        return "onbekend"


_savepoints = itertools.count(1)


class _Database:
    """What the document needs of ``sqlite_utils.Database``: ``atomic()`` and ``enable_wal()``.

    Importing sqlite_utils pulls in click, pluggy and dateutil (~65 ms of the app's start-up),
    so the two are written out here with sqlite_utils' semantics; a migration step still gets
    a real ``sqlite_utils.Database`` (imported only then).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @contextlib.contextmanager
    def atomic(self) -> Iterator[_Database]:
        """One transaction; nested blocks are savepoints (rolled back alone on an error)."""
        conn = self.conn
        if conn.in_transaction:
            name = f"vormkeuze_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def enable_wal(self) -> None:
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode=wal")

    def for_migration(self) -> Any:
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded edit: who, when, which command, and its inverse (the state before)."""

    id: int
    time: str
    author: str
    kind: str
    label: str
    command: dict[str, Any]
    inverse: dict[str, Any]
    #: the row could not be read whole (not UTF-8, not JSON); command and inverse are empty
    damaged: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time,
            "author": self.author,
            "kind": self.kind,
            "label": self.label,
            "command": self.command,
            "inverse": self.inverse,
            **({"damaged": True} if self.damaged else {}),
        }


_HISTORY_TEXT = ("time", "author", "kind", "label", "command", "inverse")


def _text(raw: object) -> tuple[str, bool]:
    """(text, damaged) of a history cell read as bytes."""
    if raw is None:
        return "", False
    data = bytes(raw) if isinstance(raw, bytes | bytearray | memoryview) else str(raw).encode()
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace"), True


def _history_entry(row: tuple[Any, ...]) -> HistoryEntry:
    texts = [_text(v) for v in row[1:]]
    damaged = any(bad for _, bad in texts)
    time, author, kind, label, command, inverse = (t for t, _ in texts)
    parsed: list[dict[str, Any]] = []
    for raw in (command, inverse):
        try:
            value = json.loads(raw)
        except (ValueError, RecursionError):
            value, damaged = {}, True
        if not isinstance(value, dict):
            value, damaged = {}, True
        parsed.append(value)
    if damaged:
        parsed = [{}, {}]
    return HistoryEntry(int(row[0]), time, author, kind, label, parsed[0], parsed[1], damaged)


@dataclass(frozen=True)
class SnapshotInfo:
    name: str
    time: str
    author: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "time": self.time, "author": self.author}


def command_label(command: Command) -> str:
    """A short description of what a command touches (``pso / ontvlechtbaarheid``)."""
    data = command.to_json()
    if isinstance(data.get("label"), str):
        return str(data["label"])
    keys = (
        "unit_id",
        "unit",
        "option",
        "criterion",
        "option_id",
        "profile_id",
        "node",
        "parent",
        "title",
    )
    return " / ".join(str(data[k]) for k in keys if isinstance(data.get(k), str))


# --- the OS lock -------------------------------------------------------------------------------
class _FileLock:
    """An exclusive advisory lock on ``<document>.lock``, released by the OS if we die."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd

    @staticmethod
    def lock_path(doc: Path) -> Path:
        return doc.with_name(doc.name + ".lock")

    @classmethod
    def try_acquire(cls, doc: Path) -> _FileLock | None:
        """The lock, or None when another live process holds it.  OSError if it cannot be made."""
        path = cls.lock_path(doc)
        for _ in range(10):
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            if not _os_lock(fd):
                os.close(fd)
                return None
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same = False
            if same:  # not a file that the previous holder unlinked while we waited
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                    os.write(fd, f"{os.getpid()}@{socket.gethostname()}\n".encode())
                return cls(path, fd)
            os.close(fd)
        return None

    def release(self) -> None:
        if self.fd < 0:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self.fd)
        self.fd = -1


if sys.platform == "win32":  # pragma: no cover - Linux is what the tests run on
    import msvcrt

    def _os_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _os_test_lock(fd: int) -> bool:
        return True  # a read-only descriptor cannot take a Windows lock: assume no writer

else:
    import fcntl

    def _os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _os_test_lock(fd: int) -> bool:
        """True when no process holds the lock (a shared lock taken and given back at once)."""
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True


# --- opening safely ----------------------------------------------------------------------------
#: (device, inode) of the documents this process has open: reading such a file with a plain
#: open()/close() would drop SQLite's POSIX locks on it, so the probe skips the raw read.
_OPEN_FILES: dict[tuple[int, int], int] = {}


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return (st.st_dev, st.st_ino)


#: the largest document this program opens (a case of any real size is a few MB)
MAX_DOCUMENT_BYTES = 1 << 30


def _check_header(path: Path) -> None:
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _error("file_missing", name) from None
    except OSError as e:  # a name over 255 bytes, a folder without access, ...
        raise _error("file_unreadable", name, reason=e.strerror or str(e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise _error("file_is_directory", name)
    if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
        raise _error("file_special", name)
    if st.st_size > MAX_DOCUMENT_BYTES:
        raise _error("file_too_large", name, limit=f"{MAX_DOCUMENT_BYTES >> 20} MB")
    if _identity(path) in _OPEN_FILES:
        return
    try:
        with open(path, "rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except OSError as e:
        raise _error("file_unreadable", name, reason=e.strerror or str(e)) from None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise _error("document_not_sqlite", name)
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise _error("document_not_ours", name)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    wal = Path(name + "-wal")
    if not wal.exists() and (size % max(page_size, 1) or size < pages * page_size):
        raise _error("document_corrupt", name, detail="truncated")


def _live_writer(path: Path) -> bool:
    """True when a process (this one too) holds the document's write lock.

    Tested without creating anything: no ``.lock`` file means no writer.
    """
    lock = _FileLock.lock_path(path)
    try:
        fd = os.open(lock, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        return not _os_test_lock(fd)
    finally:
        os.close(fd)


def _recovered_copy(path: Path) -> sqlite3.Connection:
    """An in-memory copy of a document and its left-over ``-wal`` (no writer holds it).

    SQLite would replay (checkpoint) the log into the file and create a ``-shm``; a reader must
    change nothing, so the pair is copied to a private folder, opened there and copied into
    memory.  A log that does not fit the file (from another document) is refused with a hint.
    """
    import shutil
    import tempfile

    wal = Path(str(path) + "-wal")
    with tempfile.TemporaryDirectory(prefix="vormkeuze-read-") as tmp:
        db = Path(tmp) / "doc"
        shutil.copyfile(path, db)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(wal, Path(tmp) / "doc-wal")
        mem = sqlite3.connect(":memory:", isolation_level=None)
        try:
            src = sqlite3.connect(str(db), isolation_level=None)
            try:
                ok = src.execute("PRAGMA quick_check").fetchall() == [("ok",)]
                if ok:
                    src.backup(mem)
            finally:
                src.close()
        except sqlite3.DatabaseError:
            ok = False
        if not ok:
            mem.close()
            plain = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
            try:
                alone = plain.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            except sqlite3.DatabaseError:
                alone = False
            finally:
                plain.close()
            if alone:
                raise _error("document_stale_wal", path, wal=str(wal))
            raise _error("document_corrupt", path, detail="quick_check")
    return mem


def _read_connection(path: Path, *, lasting: bool = False) -> sqlite3.Connection:
    """A connection that can only read, and that changes nothing on disk.

    No ``-wal`` beside the file: immutable (no side files).  A ``-wal`` of a live writer: a
    read-only connection that shares the writer's log (and follows its later writes).  A
    left-over ``-wal`` with no writer: an in-memory copy with the log applied (SQLite would
    otherwise checkpoint it into the file).  A lasting reader of a file that no one writes now
    also gets the immutable or in-memory view.
    """
    wal = Path(str(path) + "-wal")
    if wal.exists() or lasting:
        if _live_writer(path):
            uri = f"{path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
            conn.execute("PRAGMA query_only=ON")
            return conn
        if wal.exists():
            conn = _recovered_copy(path)
            conn.execute("PRAGMA query_only=ON")
            return conn
    uri = f"{path.resolve().as_uri()}?immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.execute("PRAGMA query_only=ON")
    return conn


def _check_content(conn: sqlite3.Connection, path: Path) -> int:
    """Integrity, ownership and schema version of an open document; returns the version."""
    name = str(path)
    try:
        found = conn.execute("PRAGMA quick_check").fetchall()
        if found != [("ok",)]:
            raise _error("document_corrupt", name, detail=str(found[0][0]) if found else "")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:
            raise _error("document_not_ours", name)
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as e:
        raise _error("document_corrupt", name, detail=str(e)) from None
    except (UnicodeError, ValueError) as e:  # text in the schema that is not UTF-8
        raise _error("document_corrupt", name, detail=type(e).__name__) from None
    if meta.get("application") != APPLICATION:
        raise _error("document_not_ours", name)
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise _error("document_corrupt", name, detail="schema_version") from None
    if version > SCHEMA_VERSION:
        raise _error(
            "document_too_new",
            name,
            found=version,
            supported=SCHEMA_VERSION,
            app_version=meta.get("app_version", "?"),
        )
    if version < 1:
        raise _error("document_corrupt", name, detail="schema_version")
    missing = [t for t in TABLES if t not in tables] if version == SCHEMA_VERSION else []
    if missing:
        raise _error("document_corrupt", name, detail=f"missing table {missing[0]}")
    return version


def _probe(path: Path, *, lasting: bool = False) -> tuple[sqlite3.Connection, int]:
    """Refuse a file that is not a readable document of ours; else a read connection."""
    _check_header(path)
    try:
        conn = _read_connection(path, lasting=lasting)
    except sqlite3.Error as e:
        raise _error("document_corrupt", path, detail=str(e)) from None
    except OSError as e:
        raise _error("file_unreadable", path, reason=e.strerror or str(e)) from None
    try:
        return conn, _check_content(conn, path)
    except BaseException:
        conn.close()
        raise


def _migrate(db: _Database, version: int, path: Path) -> None:
    """Upgrade an open database from ``version`` to the current schema in one transaction."""
    try:
        with db.atomic():
            for v in range(version, SCHEMA_VERSION):
                step = MIGRATIONS.get(v)
                if step is None:
                    raise _error("document_migration_failed", path, found=version, detail=v)
                step(db.for_migration())
            db.conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
            )
            db.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('app_version', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (app_version(),),
            )
    except sqlite3.Error as e:
        raise _error("document_migration_failed", path, found=version, detail=str(e)) from None


def _read_tables(conn: sqlite3.Connection) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for table in CASE_TABLES:
        cols = TABLES[table][1]
        sql = "SELECT {} FROM {}".format(", ".join(f'"{c}"' for c in cols), table)
        out[table] = [dict(zip(cols, row, strict=True)) for row in conn.execute(sql)]
    return out


def _read_case(conn: sqlite3.Connection, path: Path) -> Case:
    try:
        data = case_data(_read_tables(conn))
    except sqlite3.DatabaseError as e:
        raise _error("document_corrupt", path, detail=str(e)) from None
    except (TreeError, ValueError, KeyError, TypeError, UnicodeError, RecursionError) as e:
        raise _error("document_corrupt", path, detail=str(e)) from None
    try:
        return parse_case(data)
    except CaseInvalid as e:
        raise DocumentError([issue("document_invalid_case", str(path)), *e.issues]) from None


def _read_back(conn: sqlite3.Connection, path: Path, written: Case | None) -> Case:
    """The document's case, refused when invalid; ``written`` (the case just written to the
    file) when the file holds exactly its rows, without parsing it again."""
    if written is not None:
        with contextlib.suppress(sqlite3.DatabaseError):
            rows, want = _read_tables(conn), case_rows(written)
            if all(rows[t] == list(want[t].values()) for t in CASE_TABLES):
                return written
    case = _read_case(conn, path)
    _refuse_invalid(case, path)
    return case


def _memory_copy(conn: sqlite3.Connection, version: int, path: Path) -> sqlite3.Connection:
    """An in-memory copy of the document, migrated to the current schema (for reading)."""
    mem = sqlite3.connect(":memory:", isolation_level=None)
    conn.backup(mem)
    _migrate(_Database(mem), version, path)
    return mem


def _history_rows(conn: sqlite3.Connection, limit: int | None = None) -> list[HistoryEntry]:
    cols = "id, " + ", ".join(f"CAST({c} AS BLOB)" for c in _HISTORY_TEXT)
    if limit is None:
        rows = conn.execute(f"SELECT {cols} FROM history ORDER BY id").fetchall()
    else:
        rows = conn.execute(
            f"SELECT * FROM (SELECT {cols} FROM history ORDER BY id DESC LIMIT ?) ORDER BY id",
            (min(max(0, limit), 2**62),),
        ).fetchall()
    return [_history_entry(r) for r in rows]


def _damaged_snapshots(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(rowid, name) of every snapshot whose case cannot be read."""
    out: list[tuple[int, str]] = []
    rows = conn.execute(
        "SELECT rowid, CAST(name AS BLOB), CAST(case_json AS BLOB) FROM snapshots ORDER BY rowid"
    )
    for rowid, raw_name, raw in rows:
        name, bad = _text(raw_name)
        try:
            parse_case(json.loads(bytes(raw or b"").decode("utf-8")))
        except (ValueError, CaseInvalid, RecursionError):
            bad = True
        if bad:
            out.append((int(rowid), name))
    return out


def _damage(conn: sqlite3.Connection, path: Path) -> list[Issue]:
    """Warnings for damage the case survives: unreadable history rows and snapshots."""
    try:
        bad = [e.id for e in _history_rows(conn) if e.damaged]
        snaps = _damaged_snapshots(conn)
    except sqlite3.DatabaseError as e:
        return [
            Issue(
                "document_history_damaged",
                str(path),
                {"count": "?", "ids": str(e)},
                severity="warning",
            )
        ]
    found: list[Issue] = []
    if bad:
        found.append(
            Issue(
                "document_history_damaged",
                str(path),
                {"count": len(bad), "ids": bad[:20]},
                severity="warning",
            )
        )
    for _, name in snaps:
        found.append(Issue("document_snapshot_damaged", str(path), {"name": name}, "warning"))
    return found


def read_case_and_damage(path: str | os.PathLike[str]) -> tuple[Case, list[Issue]]:
    """The current case of a document and warnings about damage it survives (read-only)."""
    p = Path(path)
    conn, version = _probe(p)
    try:
        if version < SCHEMA_VERSION:
            mem = _memory_copy(conn, version, p)
            try:
                return _read_case(mem, p), _damage(mem, p)
            finally:
                mem.close()
        return _read_case(conn, p), _damage(conn, p)
    finally:
        conn.close()


def read_case(path: str | os.PathLike[str]) -> Case:
    """The current case of a document, read-only and without taking its lock."""
    p = Path(path)
    conn, version = _probe(p)
    try:
        if version < SCHEMA_VERSION:
            mem = _memory_copy(conn, version, p)
            try:
                return _read_case(mem, p)
            finally:
                mem.close()
        return _read_case(conn, p)
    finally:
        conn.close()


def _lock_row(conn: sqlite3.Connection) -> dict[str, Any] | None:
    try:
        row = conn.execute("SELECT pid, host, author, time FROM lock WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    return {"pid": row[0], "host": row[1], "author": row[2], "time": row[3]}


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _lock_new(target: Path) -> _FileLock:
    """The lock of a document about to be written at ``target``; refused when someone holds it."""
    try:
        lock = _FileLock.try_acquire(target)
    except OSError as e:
        raise _error("document_unwritable", target, reason=e.strerror or str(e)) from None
    if lock is None:
        raise _error("document_locked", target, **_who(target))
    return lock


def _tmp_beside(target: Path) -> Path:
    from model.safe_write import temp_beside

    return temp_beside(target)  # short enough for a target name of 255 bytes


def _install(tmp: Path, target: Path) -> None:
    """Make a finished temporary database the target, atomically (we hold target's lock).

    The copy is synced and verified first (not empty, SQLite's quick check passes), so a
    full disk or a size limit never replaces a good document with a broken one.
    """
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
        size = os.fstat(f.fileno()).st_size
    if size == 0:
        raise OSError(5, "the written document is empty")
    check = sqlite3.connect(f"{tmp.resolve().as_uri()}?immutable=1", uri=True)
    try:
        found = check.execute("PRAGMA quick_check").fetchall()
    finally:
        check.close()
    if found != [("ok",)]:
        raise OSError(5, "the written document does not read back")
    for side in ("-wal", "-shm"):  # a stale WAL must never be replayed onto the new file
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(target) + side)
    os.replace(tmp, target)
    _fsync_dir(target)


def _upsert_sql(table: str) -> str:
    keys, cols = TABLES[table]
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    conflict = ", ".join(f'"{c}"' for c in keys)
    sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c not in keys)
    if not sets:
        return f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})"
    return (
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({conflict}) DO UPDATE SET "
        + sets
    )


_UPSERT = {t: _upsert_sql(t) for t in TABLES}
_DELETE = {
    t: "DELETE FROM {} WHERE {}".format(t, " AND ".join(f'"{k}" = ?' for k in TABLES[t][0]))
    for t in TABLES
}


def _same(a: Row | None, b: Row) -> bool:
    """Rows equal including the type of each value (1 and 1.0 differ here)."""
    return a is b or (a is not None and a == b and repr(a) == repr(b))


def _write_rows(conn: sqlite3.Connection, old: Rows, new: Rows) -> int:
    """Write the difference between two row sets; return the number of rows touched."""
    touched = 0
    for table in TABLES:
        o, n = old.get(table, {}), new[table]
        if o is n:
            continue
        for key in o.keys() - n.keys():
            conn.execute(_DELETE[table], key)
            touched += 1
        cols = TABLES[table][1]
        for key, row in n.items():
            if not _same(o.get(key), row):
                conn.execute(_UPSERT[table], [row[c] for c in cols])
                touched += 1
    return touched


def _create_file(path: Path, case: Case, author: str) -> None:
    """Write a complete document to ``path`` (a temporary file: fsynced by the caller)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript("BEGIN;\n" + SCHEMA_SQL)
        meta = {
            "application": APPLICATION,
            "schema_version": str(SCHEMA_VERSION),
            "app_version": app_version(),
            "created": _now(),
            "created_by": author,
            "case_format": "vormkeuze/case",
            "case_version": "1",
        }
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", list(meta.items()))
        _write_rows(conn, {}, case_rows(case))
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


# --- the document ------------------------------------------------------------------------------
class Document:
    """An open ``.vormkeuze`` document (see the module docstring)."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        case: Case,
        *,
        author: str,
        readonly: bool,
        lock: _FileLock | None = None,
        locked_by: dict[str, Any] | None = None,
        recovered_lock: dict[str, Any] | None = None,
        migrated_from: int | None = None,
        backup_path: Path | None = None,
    ) -> None:
        self.path = path
        self.author = author
        self.readonly = readonly
        #: who holds the document when it was opened read-only because it is in use
        self.locked_by = locked_by
        #: the lock row of a session that ended without closing (crash), taken over on open
        self.recovered_lock = recovered_lock
        #: the schema version the file had before this open migrated it (None: no migration)
        self.migrated_from = migrated_from
        #: the copy kept before migrating
        self.backup_path = backup_path
        self._conn: sqlite3.Connection | None = conn
        self._db = _Database(conn)
        self._lock = lock
        self._identity: tuple[int, int] | None = None
        self.case = case
        self._rows = case_rows(case)
        #: case rows written by the last :meth:`record` (inserted, updated or deleted)
        self.last_write_rows = 0
        #: (merge token, merge key, history row) of the last record, for merging a drag
        self._last_merge: tuple[object | None, str | None, int | None] = (None, None, None)
        #: the history row of a drag step committed without fsync, until settle()
        self._unsettled: int | None = None
        with contextlib.suppress(OSError):
            self._identity = _identity(path)
            _OPEN_FILES[self._identity] = _OPEN_FILES.get(self._identity, 0) + 1

    # --- opening --------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        case: Case,
        *,
        author: str | None = None,
        overwrite: bool = False,
    ) -> Document:
        """A new document holding ``case`` (written beside the target, then renamed)."""
        target = Path(path)
        author = author or default_author()
        if target.exists() and (not overwrite or target.is_dir()):
            raise _error("document_exists", target)
        errors = [i for i in check_case(case) if i.severity == "error"]
        if errors:
            raise CaseInvalid(errors)
        lock = _lock_new(target)
        tmp = _tmp_beside(target)
        try:
            _create_file(tmp, case, author)
            _install(tmp, target)
        except OverflowError:
            lock.release()
            raise _error("document_number_too_large", target) from None
        except (OSError, sqlite3.Error) as e:
            lock.release()
            reason = getattr(e, "strerror", None) or str(e)
            raise _error("document_unwritable", target, reason=reason) from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        return cls._open_writable(target, lock, author, version=SCHEMA_VERSION, written=case)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, author: str | None = None, readonly: bool = False
    ) -> Document:
        """Open a document for writing (or read-only: asked for, or in use elsewhere)."""
        p = Path(path)
        author = author or default_author()
        conn, version = _probe(p)
        try:  # the whole case is read and checked before anything is written (lock row, WAL);
            if version == SCHEMA_VERSION:  # an older file is checked after its migration
                _refuse_invalid(_read_case(conn, p), p)
        finally:
            conn.close()
        lock: _FileLock | None = None
        if not readonly and os.access(p, os.W_OK) and os.access(p.parent, os.W_OK):
            try:
                lock = _FileLock.try_acquire(p)
            except OSError:
                lock = None
            if lock is None:
                return cls._open_readonly(p, author, locked_by=_who(p))
            try:
                return cls._open_writable(p, lock, author, version=version)
            except BaseException:
                lock.release()
                raise
        return cls._open_readonly(p, author, locked_by=None)

    @classmethod
    def _open_readonly(
        cls, path: Path, author: str, *, locked_by: dict[str, Any] | None
    ) -> Document:
        conn, version = _probe(path, lasting=True)
        try:
            if version < SCHEMA_VERSION:
                mem = _memory_copy(conn, version, path)
                conn.close()
                conn = mem
            case = _read_case(conn, path)
            _refuse_invalid(case, path)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, case, author=author, readonly=True, locked_by=locked_by)

    @classmethod
    def _open_writable(
        cls,
        path: Path,
        lock: _FileLock,
        author: str,
        *,
        version: int,
        written: Case | None = None,
    ) -> Document:
        """Open for writing; ``written``: the case just written to the new file, which is read
        back and compared with it (when equal it is the document's case, checked already)."""
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        except sqlite3.Error as e:
            raise _error("document_unwritable", path, reason=str(e)) from None
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 10000")
            db = _Database(conn)
            db.enable_wal()
            conn.execute("PRAGMA synchronous = FULL")
            backup: Path | None = None
            migrated_from: int | None = None
            if version < SCHEMA_VERSION:
                backup = _backup_before_migration(conn, path, version)
                _migrate(db, version, path)
                migrated_from = version
            case = _read_back(conn, path, written)
            recovered = _lock_row(conn)
            with db.atomic():
                conn.execute("DELETE FROM lock")
                conn.execute(
                    "INSERT INTO lock (id, pid, host, author, time) VALUES (1, ?, ?, ?, ?)",
                    (os.getpid(), socket.gethostname(), author, _now()),
                )
        except sqlite3.Error as e:
            conn.close()
            raise _error("document_unwritable", path, reason=str(e)) from None
        except BaseException:
            conn.close()
            raise
        return cls(
            path,
            conn,
            case,
            author=author,
            readonly=False,
            lock=lock,
            recovered_lock=recovered,
            migrated_from=migrated_from,
            backup_path=backup,
        )

    # --- Store --------------------------------------------------------------------------------
    def _writable(self) -> sqlite3.Connection:
        conn = self._connection()
        if self.readonly:
            raise _error("document_read_only", self.path, **(self.locked_by or {}))
        return conn

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise _error("document_closed", self.path)
        return self._conn

    def record(
        self, command: Command, inverse: Command, case: Case, *, merge_token: object | None = None
    ) -> None:
        """Write the new case and one history row in one durable transaction.

        A command with the same non-None ``merge_token`` and ``merge_key()`` as the one recorded
        just before (the steps of one slider drag) updates that row instead of adding one: its
        command becomes the latest, its inverse stays the one from before the first step.  A
        step of a :class:`~model.session.Drag` is committed whole but without waiting for the
        disk; :meth:`settle` (the slider's release) makes it durable.
        """
        conn = self._writable()
        key = command.merge_key() if merge_token is not None else None
        last = self._last_merge
        merge_row = last[2] if key is not None and last[:2] == (merge_token, key) else None
        # a step of a drag still going on waits for settle() to reach the disk (see Drag)
        relaxed = isinstance(merge_token, Drag) and key is not None and not conn.in_transaction
        try:
            new_rows = case_rows(case, (self.case, self._rows))
            if relaxed:
                conn.execute("PRAGMA synchronous = NORMAL")
            with self._db.atomic():
                touched = _write_rows(conn, self._rows, new_rows)
                command_json = json.dumps(command.to_json(), ensure_ascii=False)
                row_id: int | None = merge_row
                if merge_row is not None:
                    conn.execute(
                        "UPDATE history SET time = ?, command = ? WHERE id = ?",
                        (_now(), command_json, merge_row),
                    )
                else:
                    cursor = conn.execute(
                        "INSERT INTO history (time, author, kind, label, command, inverse)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            _now(),
                            self.author,
                            command.kind,
                            command_label(command),
                            command_json,
                            json.dumps(inverse.to_json(), ensure_ascii=False),
                        ),
                    )
                    row_id = cursor.lastrowid
        except OverflowError:
            raise _error("document_number_too_large", self.path) from None
        except sqlite3.Error as e:
            raise _error("document_write_failed", self.path, reason=str(e)) from None
        finally:
            if relaxed:
                conn.execute("PRAGMA synchronous = FULL")
        self.case = case
        self._rows = new_rows
        self.last_write_rows = touched
        self._last_merge = (merge_token, key, row_id) if key is not None else (None, None, None)
        # a FULL commit puts every earlier commit on disk too (the WAL is one file, in order)
        self._unsettled = row_id if relaxed else None

    def settle(self) -> None:
        """Return when every recorded edit is on disk (a drag's steps wait for this).

        The drag's history row gets the time of the release in a ``synchronous=FULL``
        transaction: its fsync of the WAL covers the drag's earlier, unsynced commits.
        """
        row = self._unsettled
        if row is None or self._conn is None:
            return
        try:
            with self._db.atomic():
                self._conn.execute("UPDATE history SET time = ? WHERE id = ?", (_now(), row))
        except sqlite3.Error as e:
            raise _error("document_write_failed", self.path, reason=str(e)) from None
        self._unsettled = None

    def apply(self, command: Command) -> Command:
        """Apply a command to the current case and record it (without a Session)."""
        new, inverse = command.apply(self.case)
        self.record(command, inverse, new)
        return inverse

    def reload(self) -> Case:
        """Read the current case again (a read-only view of a document another process edits)."""
        self.case = _read_case(self._connection(), self.path)
        self._rows = case_rows(self.case)
        return self.case

    # --- history and snapshots ------------------------------------------------------------------
    def history(self, limit: int | None = None) -> list[HistoryEntry]:
        """The recorded edits, oldest first (the newest ``limit`` when given).

        A damaged row (text that is not UTF-8, JSON that does not parse) does not stop the
        reading: it comes back with ``damaged=True`` and empty command and inverse; see
        :meth:`damage` and :meth:`save_repaired_copy`.
        """
        try:
            return _history_rows(self._connection(), limit)
        except sqlite3.DatabaseError as e:
            raise _error("document_corrupt", self.path, detail=str(e)) from None

    def damage(self) -> list[Issue]:
        """What is damaged in this document while its case is intact (warnings; [] if none)."""
        return _damage(self._connection(), self.path)

    def _damaged_snapshots(self) -> list[tuple[int, str]]:
        return _damaged_snapshots(self._connection())

    def save_repaired_copy(self, path: str | os.PathLike[str]) -> Path:
        """A copy of this document without its damaged history rows and snapshots.

        The case, the intact history and the intact snapshots are kept; this document is not
        changed.  Returns the path of the copy (closed, ready to open).
        """
        damaged_ids = [e.id for e in self.history() if e.damaged]
        damaged_snaps = self._damaged_snapshots()
        target = Path(path)
        if target.exists() and target.resolve() == self.path.resolve():
            raise _error("document_exists", target)
        from model.safe_write import atomic_path

        with atomic_path(target) as tmp:
            dst = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                self._connection().backup(dst)
                dst.execute("BEGIN")
                dst.executemany("DELETE FROM history WHERE id = ?", [(i,) for i in damaged_ids])
                dst.executemany(
                    "DELETE FROM snapshots WHERE rowid = ?", [(r,) for r, _ in damaged_snaps]
                )
                dst.execute("DELETE FROM lock")
                dst.execute("COMMIT")
                dst.execute("PRAGMA journal_mode = DELETE")
                dst.execute("VACUUM")
                ok = dst.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            except sqlite3.Error as e:
                raise OSError(5, str(e)) from None
            finally:
                dst.close()
            if not ok:
                raise OSError(5, "integrity_check")
        return target

    def history_count(self) -> int:
        return int(self._connection().execute("SELECT count(*) FROM history").fetchone()[0])

    def take_snapshot(self, name: str) -> SnapshotInfo:
        """Keep a named frozen copy of the whole current case."""
        conn = self._writable()
        name = name.strip()
        if not name:
            raise _error("snapshot_name_empty", self.path)
        info = SnapshotInfo(name, _now(), self.author)
        payload = json.dumps(dump_case(self.case), ensure_ascii=False)
        try:
            with self._db.atomic():
                conn.execute(
                    "INSERT INTO snapshots (name, time, author, case_json) VALUES (?, ?, ?, ?)",
                    (info.name, info.time, info.author, payload),
                )
        except sqlite3.IntegrityError:
            raise _error("snapshot_exists", self.path, name=name) from None
        except sqlite3.Error as e:
            raise _error("document_write_failed", self.path, reason=str(e)) from None
        return info

    def snapshots(self) -> list[SnapshotInfo]:
        rows = self._connection().execute(
            "SELECT CAST(name AS BLOB), CAST(time AS BLOB), CAST(author AS BLOB) FROM snapshots"
            " ORDER BY time, rowid"
        )
        return [SnapshotInfo(*(_text(v)[0] for v in r)) for r in rows]

    def snapshot_case(self, name: str) -> Case:
        row = (
            self._connection()
            .execute("SELECT CAST(case_json AS BLOB) FROM snapshots WHERE name = ?", (name,))
            .fetchone()
        )
        if row is None:
            known = [s.name for s in self.snapshots()]
            raise _error("snapshot_unknown", self.path, name=name, known=known)
        try:
            return parse_case(json.loads(bytes(row[0] or b"").decode("utf-8")))
        except (ValueError, CaseInvalid, RecursionError):
            raise _error("document_snapshot_damaged", self.path, name=name) from None

    def delete_snapshot(self, name: str) -> None:
        conn = self._writable()
        with self._db.atomic():
            cur = conn.execute("DELETE FROM snapshots WHERE name = ?", (name,))
        if cur.rowcount == 0:
            known = [s.name for s in self.snapshots()]
            raise _error("snapshot_unknown", self.path, name=name, known=known)

    def diff(self, before: str, after: str | None = None) -> CaseDiff:
        """The changes from snapshot ``before`` to snapshot ``after`` (default: now)."""
        a = self.snapshot_case(before)
        b = self.case if after is None else self.snapshot_case(after)
        from model.diff import diff_cases  # the history's compare: not needed to open a file

        return diff_cases(a, b)

    def meta(self) -> dict[str, str]:
        return dict(self._connection().execute("SELECT key, value FROM meta").fetchall())

    # --- copies and closing ---------------------------------------------------------------------
    def save_as(self, path: str | os.PathLike[str], *, overwrite: bool = True) -> Document:
        """Copy the whole document (history and snapshots too) and open the copy for writing.

        This document stays open; close it when the copy takes over.
        """
        conn = self._connection()
        target = Path(path)
        if target.exists() and (
            not overwrite or target.is_dir() or target.resolve() == self.path.resolve()
        ):
            raise _error("document_exists", target)
        lock = _lock_new(target)
        tmp = _tmp_beside(target)
        try:
            dst = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.backup(dst)
                dst.execute("PRAGMA journal_mode = WAL")
                dst.execute("DELETE FROM lock")
            finally:
                dst.close()
            _install(tmp, target)
        except (OSError, sqlite3.Error) as e:
            lock.release()
            reason = getattr(e, "strerror", None) or str(e)
            raise _error("document_unwritable", target, reason=reason) from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        return Document._open_writable(target, lock, self.author, version=SCHEMA_VERSION)

    def close(self) -> None:
        """Release the lock and close the file (safe to call twice)."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if not self.readonly:
                with contextlib.suppress(sqlite3.Error), self._db.atomic():
                    conn.execute("DELETE FROM lock WHERE pid = ?", (os.getpid(),))
        finally:
            conn.close()
            if self._identity is not None:
                left = _OPEN_FILES.pop(self._identity, 1) - 1
                if left > 0:
                    _OPEN_FILES[self._identity] = left
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    @property
    def closed(self) -> bool:
        return self._conn is None

    def integrity_check(self) -> list[str]:
        """``["ok"]`` for a sound file (SQLite's full integrity check)."""
        return [r[0] for r in self._connection().execute("PRAGMA integrity_check")]

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self.readonly else "open")
        return f"<Document {self.path} {state}>"


def _refuse_invalid(case: Case, path: Path) -> None:
    errors: list[Issue] = [i for i in check_case(case) if i.severity == "error"]
    if errors:
        raise DocumentError([issue("document_invalid_case", str(path)), *errors])


def _who(path: Path) -> dict[str, Any]:
    """Who holds the document (from its lock row), for messages and ``locked_by``."""
    unknown: dict[str, Any] = {"pid": None, "host": None, "author": None, "time": None}
    try:
        conn, _ = _probe(path)
    except VormkeuzeError:
        return unknown
    try:
        return _lock_row(conn) or unknown
    finally:
        conn.close()


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    backup = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.name}.v{version}-{n}.bak")
    dst = sqlite3.connect(str(backup), isolation_level=None)
    try:
        conn.backup(dst)
    finally:
        dst.close()
    with open(backup, "rb+") as f:
        os.fsync(f.fileno())
    return backup


def history_of(path: str | os.PathLike[str], limit: int | None = None) -> list[HistoryEntry]:
    """The history of a document, read-only."""
    with Document.open(path, readonly=True) as doc:
        return doc.history(limit)

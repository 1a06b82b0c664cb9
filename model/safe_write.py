"""Write a file atomically and verified: the old file survives every failure.

Two ways in, both Qt-free:

* :func:`write_atomic` ``(target, data, check=None)`` – write ``bytes`` (or let a callback
  write into a binary file object);
* :func:`atomic_path` ``(target, check=None)`` – a context manager that yields the path of a
  temporary file for a writer that wants a file *name* (a PDF or SQLite writer); when the block
  ends without an exception the file is verified and renamed over ``target``.

Either way the temporary file lies in the target's folder (so the rename is atomic), is created
with the permissions the user's umask gives (``0o666 & ~umask``, like any new file), is flushed
and fsynced, must not be empty and (for ``bytes``) must have exactly the size written, may be
re-opened by ``check(tmp_path)`` (raise anything to refuse it), and only then replaces the target;
the folder is fsynced after the rename.  On any error the temporary file is removed, the target
is left as it was, and :class:`WriteFailed` is raised with the target's path as its place and
the reason in the user's words (``file_write_failed`` in the message catalogue).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from model.errors import VormkeuzeError, issue

__all__ = ["WriteFailed", "atomic_path", "fsync_dir", "temp_beside", "write_atomic"]

Check = Callable[[Path], object]


class WriteFailed(VormkeuzeError):
    """A file could not be written; an existing file of that name is unchanged."""


def _reason(e: BaseException) -> str:
    if isinstance(e, OSError):
        if e.errno == errno.ENOSPC:
            return "disk full"
        if e.errno == errno.EFBIG:
            return "file too large for this disk or limit"
        return e.strerror or str(e) or type(e).__name__
    return str(e) or type(e).__name__


def failed(target: str | os.PathLike[str], e: BaseException | str) -> WriteFailed:
    """The typed error for ``target`` (``e``: the cause, or a reason already in words)."""
    reason = e if isinstance(e, str) else _reason(e)
    return WriteFailed([issue("file_write_failed", str(target), reason=reason)])


def temp_beside(target: str | os.PathLike[str]) -> Path:
    """A fresh name in the target's folder, short enough for any file system (< 255 bytes)."""
    t = Path(target)
    stem = t.name.encode("utf-8", "surrogateescape")[:40].decode("utf-8", "ignore")
    return t.with_name(f".{stem}.{os.getpid()}-{os.urandom(4).hex()}.tmp")


def _create(tmp: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    return os.open(tmp, flags, 0o666)  # the umask decides, as for any new file


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path``'s folder durable (best effort where folders cannot be synced)."""
    with contextlib.suppress(OSError):
        fd = os.open(path.parent if str(path.parent) else Path("."), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _refuse_target(target: Path) -> None:
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as e:  # e.g. a name over 255 bytes
        raise failed(target, e) from None
    if stat.S_ISDIR(mode):
        raise failed(target, "a folder of that name exists")
    if not stat.S_ISREG(mode):
        raise failed(target, "not a regular file")


def _finish(tmp: Path, target: Path, size: int | None, check: Check | None) -> None:
    """Sync, verify and install ``tmp`` as ``target``; raises OSError or the check's error."""
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
        actual = os.fstat(f.fileno()).st_size
    if actual == 0 or (size is not None and actual != size):
        raise OSError(errno.EIO, f"{actual} bytes on disk, expected {size or 'more than 0'}")
    if check is not None:
        check(tmp)
    os.replace(tmp, target)
    fsync_dir(target)


def write_atomic(
    target: str | os.PathLike[str],
    data: bytes | Callable[[BinaryIO], None],
    *,
    check: Check | None = None,
) -> None:
    """Write ``data`` (bytes, or a callback writing into a binary file) to ``target`` atomically."""
    t = Path(target)
    _refuse_target(t)
    tmp = temp_beside(t)
    try:
        fd = _create(tmp)
        with os.fdopen(fd, "wb") as f:
            if isinstance(data, bytes | bytearray | memoryview):
                f.write(data)
                size: int | None = len(data)
            else:
                data(f)
                size = f.tell()
            f.flush()
            os.fsync(f.fileno())
        _finish(tmp, t, size, check)
    except WriteFailed:
        raise
    except Exception as e:
        raise failed(t, e) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, check: Check | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success verify it and rename it over.

    The file exists (empty, with umask permissions) when the block starts; a writer may
    truncate and fill it, or replace it.  An exception in the block removes it and propagates
    (an ``OSError`` becomes :class:`WriteFailed`); ``KeyboardInterrupt`` also removes it.
    """
    t = Path(target)
    _refuse_target(t)
    tmp = temp_beside(t)
    try:
        try:
            os.close(_create(tmp))
        except OSError as e:
            raise failed(t, e) from None
        try:
            yield tmp
        except OSError as e:
            raise failed(t, e) from None
        try:
            _finish(tmp, t, None, check)
        except WriteFailed:
            raise
        except Exception as e:
            raise failed(t, e) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()

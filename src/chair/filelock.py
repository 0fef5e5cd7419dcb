"""An exclusive, non-blocking lock on an open file, on Windows and POSIX alike.

One meeting, one journal: a second chair on the same file must be refused at once, not
queued. POSIX has `fcntl.flock`; Windows has `msvcrt.locking`, whose byte-range locks are
mandatory (a locked range cannot be read by anyone else), so there the lock covers one
byte far past the end of any journal and readers such as `chair display` are not blocked.
The platform's module is imported when first used, never at import time.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys
from types import ModuleType

WINDOWS_LOCK_OFFSET = 2**40
"""Where the one locked byte lies on Windows: beyond any real journal, so no read meets it."""


class LockedError(OSError):
    """Another open file (in this process or another) holds the lock."""


def _windows() -> bool:
    return sys.platform == "win32"


def _module(name: str) -> ModuleType:
    """`fcntl` or `msvcrt`, imported when first needed: each exists on one platform only."""
    return importlib.import_module(name)


def lock(fd: int) -> None:
    """Take the exclusive lock on `fd`, or raise LockedError at once; other OSErrors pass."""
    if _windows():
        _windows_lock(fd, exclusive=True)
        return
    fcntl = _module("fcntl")
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        raise LockedError(exc.errno, "locked by another process") from None


def unlock(fd: int) -> None:
    """Release the lock before the file is closed.

    POSIX drops a flock with the last close; Windows releases a lock left at close only
    "eventually", so a `chair resume` right after a quit could be refused.
    """
    if not _windows():
        return
    try:
        _windows_unlock(fd)
    except OSError:
        pass  # not locked (or already closed): closing releases whatever remains


def is_held(fd: int) -> bool:
    """True when someone else holds the lock on the file `fd` is open on.

    Takes and drops a lock of its own to find out (shared on POSIX); `fd` is the caller's
    own read-only descriptor, closed by the caller afterwards.
    """
    try:
        if _windows():
            _windows_lock(fd, exclusive=False)
            _windows_unlock(fd)
        else:
            fcntl = _module("fcntl")
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except LockedError:
        return True
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def _windows_lock(fd: int, *, exclusive: bool) -> None:
    msvcrt = _module("msvcrt")
    mode = msvcrt.LK_NBLCK if exclusive else msvcrt.LK_NBRLCK
    where = os.lseek(fd, 0, os.SEEK_CUR)
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, mode, 1)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EDEADLK, errno.EAGAIN):
            raise LockedError(exc.errno, "locked by another process") from None
        raise
    finally:
        os.lseek(fd, where, os.SEEK_SET)


def _windows_unlock(fd: int) -> None:
    msvcrt = _module("msvcrt")
    where = os.lseek(fd, 0, os.SEEK_CUR)
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    finally:
        os.lseek(fd, where, os.SEEK_SET)


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Make a newly created directory entry durable where the platform allows it.

    Windows cannot open a directory as a file (and NTFS journals its metadata): skipped.
    Some filesystems refuse it too; that is not an error.
    """
    if _windows():
        return
    try:
        dfd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


BINARY = getattr(os, "O_BINARY", 0)
"""Windows opens files in text mode unless told: a journal line must stay byte for byte."""
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
"""POSIX only: opening a FIFO given as a journal must not hang."""

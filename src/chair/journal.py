"""The meeting journal: one append-only JSON-lines file per meeting (docs/journal-format.md).

The journal stores records (the JSON object of each line) and checks only that each line is
one; `chair.events` turns records into typed events and back.

A meeting happens once, so every event is written, flushed and fsynced before the screen
shows its effect. When the disk refuses (full, permission lost, file removed) the meeting
must go on: events wait in memory and are written, in order, as soon as writing works.
No Textual here: `chair export` and `chair resume` read journals without a screen.

Not thread-safe: call one Journal from one thread (the app's event loop).
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import unicodedata
from collections import deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from chair import filelock, paths
from chair.errors import ChairError
from chair.events import (
    JOURNAL_VERSION,
    BadLine,
    Event,
    Record,
    check_header,
    decode_all,
    parse_record,
)

# A four-hour meeting writes well under 1 MB; anything this big is not a journal of ours,
# and refusing it keeps `chair resume` / `chair export` memory bounded.
MAX_JOURNAL_BYTES = 64 * 1024 * 1024
# find_unfinished() reads only this much of each file to find its header.
_MAX_HEADER_BYTES = 1024 * 1024

ProblemCallback = Callable[[str | None], None]

REMOVED_MESSAGE = "journal file was removed; re-created"
_BINARY = filelock.BINARY


def encode(event: Record) -> bytes:
    """One journal line, as bytes. NaN/Infinity are refused: every line must be standard JSON.

    A lone surrogate (it can come from pasted text) cannot be UTF-8; it is written as
    the JSON escape `\\udXXX`, which reads back as the same string.
    """
    text = json.dumps(event, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text + "\n").encode("utf-8", "backslashreplace")


def _why(exc: OSError) -> str:
    """The errno text of an OSError, without Python's '[Errno N]' noise."""
    return exc.strerror or str(exc)


def _write_all(fd: int, data: bytes) -> None:
    """os.write until every byte is out; a short write is not an error, a raise is."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        if n <= 0:  # pragma: no cover - write(2) returns >0 or raises
            raise OSError(errno.EIO, "write wrote nothing")
        view = view[n:]


def _fsync_dir(path: Path) -> None:
    """Make a newly created directory entry durable (skipped where the platform cannot)."""
    filelock.fsync_dir(path)


def _lock(fd: int, path: Path) -> None:
    """Exclusive, non-blocking: a second chair on the same journal is refused, not queued."""
    try:
        filelock.lock(fd)
    except filelock.LockedError:
        raise ChairError("journal is in use by another chair process", path) from None
    except OSError as exc:
        raise ChairError(f"cannot lock the journal: {_why(exc)}", path) from None


def is_locked(path: str | Path) -> bool:
    """True when another open file (this process or another) holds the journal's lock."""
    try:
        fd = os.open(path, os.O_RDONLY | filelock.NONBLOCK | filelock.BINARY)
    except OSError:
        return False
    try:
        return filelock.is_held(fd)
    finally:
        os.close(fd)  # closing also drops the shared lock we may have taken


class Journal:
    """An append-only JSON-lines file for one meeting, locked while open.

    `events` holds every event accepted so far (header first), on disk or not; `problem`
    is a short message while some of them are not on disk yet, else None.
    """

    def __init__(
        self,
        path: Path,
        fd: int,
        events: list[Record],
        on_problem: ProblemCallback | None = None,
    ) -> None:
        self.path = path
        self.events = events
        self.on_problem = on_problem
        self.problem: str | None = None
        self._fd: int | None = fd
        self._pending: deque[bytes] = deque()  # encoded lines not fully written yet, in order
        self._head_written = 0  # bytes of _pending[0] already in the file
        self._unsynced = 0  # lines fully written since the last successful fsync
        self._finished = any(e.get("type") == "end" for e in events)

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        header: Record,
        on_problem: ProblemCallback | None = None,
    ) -> Journal:
        """Start a new journal with its header on disk, or stop the meeting before it starts.

        An empty file at `path` is taken over (a crash before the header was written);
        a non-empty one belongs to a meeting and must be resumed instead.
        """
        path = Path(path)
        full = {"type": "meeting", "version": JOURNAL_VERSION} | header
        if full["type"] != "meeting":
            raise ValueError(f"a journal header has type 'meeting', not {full['type']!r}")
        line = encode(full)
        created = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(
                    path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND | _BINARY, 0o600
                )
                created = True
            except FileExistsError:
                fd = os.open(path, os.O_WRONLY | os.O_APPEND | _BINARY)
        except OSError as exc:
            raise ChairError(f"cannot create the journal: {_why(exc)}", path) from None
        try:
            _lock(fd, path)
            if not created and os.fstat(fd).st_size > 0:
                raise ChairError(
                    f"a journal already exists here; go on with `chair resume {path}` "
                    "or choose another --journal",
                    path,
                )
            _write_all(fd, line)
            os.fsync(fd)
        except ChairError:
            os.close(fd)
            raise
        except OSError as exc:
            if created:  # leave nothing half-made behind: we hold the lock, it is ours
                try:
                    os.unlink(path)
                except OSError:
                    pass
            else:
                try:
                    os.ftruncate(fd, 0)
                except OSError:
                    pass
            os.close(fd)
            raise ChairError(f"cannot write the journal: {_why(exc)}", path) from None
        if created:
            _fsync_dir(path.parent)
        return cls(path, fd, [full], on_problem)

    @classmethod
    def reopen(
        cls, path: str | Path, on_problem: ProblemCallback | None = None
    ) -> tuple[Journal, list[Record], list[str]]:
        """Open a journal to go on appending (`chair resume`): lock, read, repair the tail.

        A torn last line is cut off the file, so later appends start on a clean line.
        """
        path = Path(path)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | _BINARY)
        except FileNotFoundError:
            raise ChairError("no such journal", path) from None
        except IsADirectoryError:
            raise ChairError("is a directory, not a journal", path) from None
        except OSError as exc:
            raise ChairError(f"cannot open the journal: {_why(exc)}", path) from None
        try:
            _lock(fd, path)  # before reading, so nobody appends while we read
            scan = _scan(path)
            if scan.torn_line is not None:
                os.ftruncate(fd, scan.keep_bytes)
                os.fsync(fd)
            elif not scan.ends_with_newline:
                _write_all(fd, b"\n")  # a complete last line without "\n": end it
                os.fsync(fd)
        except ChairError:
            os.close(fd)
            raise
        except OSError as exc:
            os.close(fd)
            raise ChairError(f"cannot repair the journal: {_why(exc)}", path) from None
        journal = cls(path, fd, list(scan.events), on_problem)
        return journal, scan.events, scan.warnings

    # -- writing ---------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        """An `end` event has been accepted: the meeting is over."""
        return self._finished

    @property
    def unwritten(self) -> int:
        """How many accepted events are not on disk yet (0 when all is well)."""
        return len(self._pending) + self._unsynced

    @property
    def closed(self) -> bool:
        return self._fd is None

    def append(self, event: Record) -> bool:
        """Accept an event; True once it (and all before it) is fsynced to disk.

        Never raises on I/O trouble: the event waits in memory, `problem` says why, and
        the next append or retry() writes everything waiting, in order. Raises ValueError
        or TypeError only for an event that is not a JSON object with a string "type"
        (a bug in the caller, caught before anything is accepted).
        """
        if self._fd is None:
            raise ValueError(f"journal {self.path} is closed")
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            raise ValueError(f"a journal event is a dict with a string 'type', not {event!r}")
        if event["type"] == "meeting":
            raise ValueError("the meeting header is written once, by Journal.create")
        line = encode(event)
        self.events.append(event)
        self._pending.append(line)
        if event["type"] == "end":
            self._finished = True
        return self._flush()

    def retry(self) -> bool:
        """Write whatever is waiting (the screen calls this once a second); True if all on disk.

        Also notices a journal file deleted while the meeting was quiet.
        """
        if self._fd is None:
            return False
        return self._flush()

    def _flush(self) -> bool:
        assert self._fd is not None
        try:
            if os.fstat(self._fd).st_nlink == 0:
                return self._recreate()
            if not self._pending and not self._unsynced:
                return True
            while self._pending:
                # Go on from the byte where a failed write stopped: rewriting the whole
                # line would leave half a line in the middle of the file.
                view = memoryview(self._pending[0])[self._head_written :]
                while view:
                    n = os.write(self._fd, view)
                    self._head_written += n
                    view = view[n:]
                self._pending.popleft()
                self._head_written = 0
                self._unsynced += 1
            os.fsync(self._fd)
            self._unsynced = 0
        except OSError as exc:
            self._set_problem(
                f"cannot write the journal: {_why(exc)}; {self.unwritten} event(s) kept in memory"
            )
            return False
        self._set_problem(None)
        return True

    def _recreate(self) -> bool:
        """The file was deleted under us: write every event so far into a new one."""
        assert self._fd is not None
        data = b"".join(encode(e) for e in self.events)
        fd = -1
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(
                self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND | _BINARY, 0o600
            )
            try:
                filelock.lock(fd)
                _write_all(fd, data)
                os.fsync(fd)
            except OSError:
                os.unlink(self.path)  # ours and half-made: the next retry starts clean
                raise
        except FileExistsError:
            if fd >= 0:
                os.close(fd)
            self._set_problem(
                "journal file was removed and another file now has its name; "
                f"{len(self.events)} event(s) kept in memory"
            )
            return False
        except OSError as exc:
            if fd >= 0:
                os.close(fd)
            self._set_problem(
                f"journal file was removed and cannot be re-created: {_why(exc)}; "
                f"{len(self.events)} event(s) kept in memory"
            )
            return False
        _fsync_dir(self.path.parent)
        old, self._fd = self._fd, fd
        filelock.unlock(old)
        os.close(old)
        self._pending.clear()
        self._head_written = 0
        self._unsynced = 0
        # Say it once, then all is well again.
        self._set_problem(REMOVED_MESSAGE)
        self._set_problem(None)
        return True

    def _set_problem(self, message: str | None) -> None:
        if message == self.problem:
            return
        self.problem = message
        if self.on_problem is not None:
            self.on_problem(message)

    # -- closing ---------------------------------------------------------------------

    def close(self) -> None:
        """Write what is waiting if possible, then release the lock. Safe to call twice."""
        if self._fd is None:
            return
        if self._pending or self._unsynced:
            self._flush()
        fd, self._fd = self._fd, None
        filelock.unlock(fd)
        os.close(fd)  # closing the last fd releases the flock

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._fd is None else f"{len(self.events)} events"
        return f"<Journal {self.path} {state}>"


# -- reading -----------------------------------------------------------------------


class _Scan:
    """What reading a journal found, including where the last complete line ends."""

    def __init__(self) -> None:
        self.events: list[Record] = []
        self.warnings: list[str] = []
        self.keep_bytes = 0
        self.ends_with_newline = True
        self.torn_line: int | None = None


def _scan(path: Path) -> _Scan:
    """Read and check a journal. The size is fixed at open, so a growing file reads as a snapshot."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ChairError("no such journal", path) from None
    except OSError as exc:
        raise ChairError(f"cannot read the journal: {_why(exc)}", path) from None
    if stat.S_ISDIR(st.st_mode):
        raise ChairError("is a directory, not a journal", path)
    if not stat.S_ISREG(st.st_mode):  # a FIFO or device would hang or never end
        raise ChairError("not a regular file", path)
    if st.st_size > MAX_JOURNAL_BYTES:
        raise ChairError(
            f"journal is too large ({st.st_size} bytes; the limit is {MAX_JOURNAL_BYTES})", path
        )
    if st.st_size == 0:
        raise ChairError("journal is empty (no meeting header)", path)
    scan = _Scan()
    try:
        with open(path, "rb") as f:
            remaining = st.st_size
            lineno = 0
            while remaining > 0:
                raw = f.readline(remaining)
                if not raw:
                    break
                remaining -= len(raw)
                lineno += 1
                complete = raw.endswith(b"\n")
                try:
                    event = parse_record(raw)
                    if lineno == 1:
                        check_header(event)
                    elif event["type"] == "meeting":
                        raise BadLine("a second meeting header")
                except BadLine as bad:
                    if complete:
                        raise ChairError(str(bad), path, lineno) from None
                    # Only the last line can lack "\n": a crash mid-write tore it.
                    scan.torn_line = lineno
                    scan.warnings.append(
                        f"{path}:{lineno}: dropped a torn last line "
                        "(chair stopped while writing it)"
                    )
                    break
                scan.events.append(event)
                scan.keep_bytes += len(raw)
                scan.ends_with_newline = complete
    except OSError as exc:
        raise ChairError(f"cannot read the journal: {_why(exc)}", path) from None
    if not scan.events:
        raise ChairError("journal holds only a torn meeting header (no events)", path, 1)
    return scan


def read_events(path: str | Path) -> tuple[list[Record], list[str]]:
    """All events of a journal, header first, and warnings (a dropped torn last line).

    Any other damage is a ChairError naming the line: guessing would put wrong facts
    in the minutes.
    """
    scan = _scan(Path(path))
    return scan.events, scan.warnings


def read_journal(path: str | Path) -> tuple[list[Event], list[str]]:
    """All events of a journal, decoded (header first), and warnings (a dropped torn last
    line). A damaged line is a ChairError naming it."""
    records, warnings = read_events(path)
    return decode_all(records, path), warnings


# -- finding journals --------------------------------------------------------------

_UNSAFE = re.compile(r"[^\w-]+")


def _slug(text: str, limit: int) -> str:
    """Letters (CJK included) and digits; every other run becomes one '-'."""
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub("-", text).strip("-_")
    return text[:limit].strip("-_")


def default_journal_path(title: str, mode: str, when: datetime) -> Path:
    """A name a person can find again: `2026-11-26_1930_<title>_<mode>.jsonl`, never taken."""
    stem = f"{when:%Y-%m-%d_%H%M}_{_slug(title, 16) or 'meeting'}_{_slug(mode, 16) or 'run'}"
    folder = paths.journal_dir()
    candidate = folder / f"{stem}.jsonl"
    n = 2
    while os.path.lexists(candidate):
        candidate = folder / f"{stem}-{n}.jsonl"
        n += 1
    return candidate


def _read_header(path: Path) -> Record | None:
    """The header of a journal from its first line only, or None if it is not one."""
    try:
        with open(path, "rb") as f:
            raw = f.readline(_MAX_HEADER_BYTES)
        event = parse_record(raw)
        check_header(event)
    except (OSError, BadLine):
        return None
    return event


def _has_end(path: Path) -> bool:
    """True if any complete line is an `end` event. Unreadable counts as ended (skip it)."""
    try:
        if path.stat().st_size > MAX_JOURNAL_BYTES:
            return True
        with open(path, "rb") as f:
            for raw in f:
                if b'"end"' not in raw:  # cheap filter before parsing
                    continue
                try:
                    if parse_record(raw).get("type") == "end":
                        return True
                except BadLine:
                    continue
    except OSError:
        return True
    return False


def find_unfinished(sha256: str, mode: str = "run") -> Path | None:
    """The newest journal of this script (by content hash) and mode that has no `end`.

    Lets `chair run SCRIPT` offer to resume. Unreadable or foreign files are skipped.
    """
    folder = paths.journal_dir()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return None
    candidates: list[tuple[int, str, Path]] = []
    for entry in entries:
        if not entry.name.endswith(".jsonl"):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            mtime = entry.stat(follow_symlinks=False).st_mtime_ns
        except OSError:
            continue
        path = Path(entry.path)
        header = _read_header(path)
        if header is None or header.get("sha256") != sha256 or header.get("mode") != mode:
            continue
        candidates.append((mtime, entry.name, path))
    for _mtime, _name, path in sorted(candidates, reverse=True):
        if not _has_end(path):
            return path
    return None

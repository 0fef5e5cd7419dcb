"""The journal, its lock and the signal handling with the POSIX-only modules gone, as on
Windows: `fcntl` cannot be imported, SIGHUP does not exist, the event loop has no signal
handlers, and a stand-in for `msvcrt` keeps byte-range locks the way Windows does."""

from __future__ import annotations

import errno
import os
import signal
import stat
import sys
import types

import pytest

from chair import filelock
from chair import journal as jmod
from chair.errors import ChairError
from chair.journal import Journal, is_locked, read_events

HEADER = {
    "script": "s.txt",
    "sha256": "ab" * 32,
    "title": "第三次全体会议",
    "mode": "run",
    "lang": "zh",
    "t": 0.0,
}


class FakeMsvcrt(types.ModuleType):
    """`msvcrt.locking` as Windows does it: a lock on the bytes from the file position, held
    by one open file; a second one is refused with EACCES; LK_UNLCK releases."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int, int], int] = {}
        self.offsets: list[int] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        st = os.fstat(fd)
        where = os.lseek(fd, 0, os.SEEK_CUR)
        key = (st.st_dev, st.st_ino, where)
        owner = self.held.get(key)
        if mode == self.LK_UNLCK:
            if owner != fd:
                raise OSError(errno.EACCES, "Permission denied")
            del self.held[key]
            return
        if owner is not None:
            raise OSError(errno.EACCES, "Permission denied")
        self.held[key] = fd
        self.offsets.append(where)


@pytest.fixture
def windows(monkeypatch):
    """No fcntl, a Windows platform for the lock module, and the fake msvcrt."""
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "fcntl", None)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    return fake


def test_the_journal_imports_without_fcntl(monkeypatch):
    monkeypatch.setitem(sys.modules, "fcntl", None)
    for name in ("chair.journal", "chair.filelock"):
        monkeypatch.delitem(sys.modules, name)
    import chair.journal  # noqa: F401  - the import itself is the test

    with pytest.raises(ImportError):
        import fcntl  # noqa: F401


def test_a_second_chair_is_refused_on_windows(windows, tmp_path):
    path = tmp_path / "m.jsonl"
    first = Journal.create(path, HEADER)
    assert windows.held, "the journal holds a lock while open"
    with pytest.raises(ChairError, match="in use by another chair"):
        Journal.reopen(path)
    with pytest.raises(ChairError, match="in use by another chair"):
        Journal.create(path, HEADER)
    assert is_locked(path)

    first.append({"type": "note", "text": "记录", "t": 1.0})
    first.close()
    assert not windows.held, "closing releases the lock at once, not eventually"
    assert not is_locked(path)

    second, events, warnings = Journal.reopen(path)
    assert [e["type"] for e in events] == ["meeting", "note"] and not warnings
    second.append({"type": "end", "t": 2.0})
    second.close()
    assert [e["type"] for e in read_events(path)[0]] == ["meeting", "note", "end"]


def test_the_windows_lock_leaves_every_byte_of_the_journal_readable(windows, tmp_path):
    """Windows locks are mandatory: a lock on the journal's own bytes would stop
    `chair display` from reading them. The locked byte lies past any journal."""
    path = tmp_path / "m.jsonl"
    with Journal.create(path, HEADER) as j:
        j.append({"type": "note", "text": "x" * 1000, "t": 1.0})
        assert windows.offsets and min(windows.offsets) >= jmod.MAX_JOURNAL_BYTES
        assert path.read_bytes().count(b"\n") == 2


def test_the_lock_does_not_move_where_the_journal_writes(windows, tmp_path):
    path = tmp_path / "m.jsonl"
    with Journal.create(path, HEADER) as j:
        for i in range(3):
            j.append({"type": "note", "text": f"第{i}条", "t": float(i)})
    size = path.stat().st_size
    assert size < 4096, "no write landed at the lock's far offset"
    events, warnings = read_events(path)
    assert [e.get("text") for e in events[1:]] == ["第0条", "第1条", "第2条"] and not warnings


def test_no_directory_fsync_on_windows(windows, tmp_path, monkeypatch):
    opened: list[str] = []
    real_open = os.open

    def spy(path, flags, *args):
        opened.append(os.fspath(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", spy)
    path = tmp_path / "sub" / "m.jsonl"
    Journal.create(path, HEADER).close()
    assert os.fspath(path.parent) not in opened
    assert opened == [os.fspath(path)]


def test_the_directory_is_fsynced_elsewhere(tmp_path, monkeypatch):
    synced: list[bool] = []
    real_fsync = os.fsync

    def spy(fd):
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    Journal.create(tmp_path / "m.jsonl", HEADER).close()
    assert True in synced, "the new directory entry is made durable"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_journals_are_private_to_the_user(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "m.jsonl"
        Journal.create(path, HEADER).close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_posix_lock_refuses_a_second_open_file(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_bytes(b"")
    a = os.open(path, os.O_RDWR)
    b = os.open(path, os.O_RDWR)
    try:
        filelock.lock(a)
        with pytest.raises(filelock.LockedError):
            filelock.lock(b)
        assert filelock.is_held(b)
    finally:
        os.close(a)
        os.close(b)


# -- signals -------------------------------------------------------------------------


async def test_the_app_runs_and_is_interrupted_without_posix_signals(monkeypatch, clock):
    """No SIGHUP, and an event loop that cannot take signal handlers (Windows' proactor):
    the meeting runs, and an interruption still reaches the journal."""
    import asyncio

    from chair.tui.app import make_app
    from tests.screen_helpers import sample_session

    monkeypatch.delattr(signal, "SIGHUP", raising=False)

    def refuse(self, *args, **kwargs):
        raise NotImplementedError

    monkeypatch.setattr(asyncio.AbstractEventLoop, "add_signal_handler", refuse)
    monkeypatch.setattr(type(asyncio.new_event_loop()), "add_signal_handler", refuse)
    from chair.events import Interrupted

    events: list = []
    session = sample_session(clock, events)
    app = make_app(session, lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app._signals == []
        app.interrupt("SIGTERM")
        await pilot.pause()
    app.cancel_watchdog()
    assert isinstance(events[-1], Interrupted) and events[-1].signal == "SIGTERM"
    assert app.return_code == 128 + int(signal.SIGTERM)

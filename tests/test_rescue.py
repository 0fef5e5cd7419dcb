"""When the journal's own file refuses every write, the events go to a rescue file at the end.

The rescue file holds every event the session accepted, in order, readable by the journal
reader, and it is private (0600) like the journal: a meeting's names and notes are the office's.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from chair import journal as journal_mod
from chair import live_meeting
from chair.journal import read_events
from chair.live_meeting import LiveMeeting
from tests.conftest import FakeClock, small_meeting

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def broken_disk(monkeypatch, live: LiveMeeting) -> None:
    """Every later write to the journal's own file fails with ENOSPC."""
    real = os.write

    def write(fd: int, data: bytes) -> int:
        if fd == live.journal._fd:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(journal_mod.os, "write", write)


def run_with_a_full_disk(tmp_path: Path, monkeypatch) -> LiveMeeting:
    clock = FakeClock()
    live = LiveMeeting.start(
        small_meeting(), tmp_path / "m.jsonl", speed=200, clock=clock, start_wall=START
    )
    broken_disk(monkeypatch, live)
    live.session.jump_to(4)  # the first speaker's cue
    live.session.set_name("赵六")
    live.session.add_note("会场空调太冷")
    return live


def test_events_the_disk_refused_are_in_a_private_rescue_file(tmp_path, monkeypatch, user_dirs):
    live = run_with_a_full_disk(tmp_path, monkeypatch)
    assert live.journal.unwritten == 3
    done = live.conclude()
    assert done.unwritten == 3 and not done.ended
    assert done.rescue is not None and done.rescue.parent == user_dirs / "journals"
    assert done.rescue.name.startswith("m.rescue-")
    events, _torn = read_events(done.rescue)
    assert events == live.journal.events, "every event, in order, header first"
    assert [e["type"] for e in events[-3:]] == ["step", "name", "note"]
    assert events[-2]["name"] == "赵六" and events[-1]["text"] == "会场空调太冷"
    if sys.platform != "win32":
        assert stat.S_IMODE(done.rescue.stat().st_mode) == 0o600


def test_rescue_falls_back_to_the_temporary_directory(tmp_path, monkeypatch, user_dirs):
    live = run_with_a_full_disk(tmp_path, monkeypatch)
    spare = tmp_path / "tmp"
    spare.mkdir()
    monkeypatch.setattr(live_meeting.tempfile, "gettempdir", lambda: str(spare))
    real_open = os.open

    def refuse_user_dir(path, flags, mode=0o777):
        if Path(path).parent == user_dirs / "journals" and "rescue" in Path(path).name:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(live_meeting.os, "open", refuse_user_dir)
    done = live.conclude()
    assert done.rescue is not None and done.rescue.parent == spare
    assert read_events(done.rescue)[0] == live.journal.events


def test_no_rescue_file_when_the_disk_took_everything(tmp_path, user_dirs):
    live = LiveMeeting.start(
        small_meeting(), tmp_path / "m.jsonl", speed=200, clock=FakeClock(), start_wall=START
    )
    live.session.next_step()
    done = live.conclude()
    assert done.unwritten == 0 and done.rescue is None
    assert not list(user_dirs.rglob("*.rescue-*"))


@pytest.fixture(autouse=True)
def _no_leftover_umask():
    """The mode must come from the open, not from a permissive umask."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)

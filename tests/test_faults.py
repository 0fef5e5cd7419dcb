"""Journal faults during a meeting on the real screen (Pilot): disk full, permission lost,
the file removed, a second process, the wall clock jumping; and a four-hour meeting with
60 speakers and 500 notes that stays responsive and replays to the same state."""

from __future__ import annotations

import errno
import gc
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.widget import Widget

from chair import journal as journal_mod
from chair import paths
from chair.events import decode_all
from chair.journal import Journal, read_events
from chair.live_meeting import LiveMeeting
from chair.model import Item, Meeting, Passage, SpeakerCue, meeting_from_dict
from chair.script.load import load_meeting
from chair.session import MeetingClock, Session
from chair.tui.app import make_app
from tests.conftest import FakeClock
from tests.screen_helpers import clock_text, clock_text_when, until

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def live_session(meeting: Meeting, path: Path, clock) -> tuple[Session, Journal]:
    live = LiveMeeting.start(meeting, path, speed=200, clock=clock, start_wall=START)
    return live.session, live.journal


def on_disk(path: Path) -> list[dict]:
    return read_events(path)[0]


@pytest.mark.parametrize(
    "fault", [("write", errno.ENOSPC), ("fsync", errno.EIO), ("write", errno.EACCES)]
)
async def test_write_fault_is_shown_at_once_and_the_meeting_goes_on(tmp_path, monkeypatch, fault):
    clock = FakeClock()
    path = tmp_path / "j.jsonl"
    session, journal = live_session(load_meeting(paths.sample_script()), path, clock)
    app = make_app(session, journal=journal)
    call, code = fault
    real = getattr(os, call)
    broken = {"on": False}

    def faulty(fd, *args):
        if broken["on"] and fd == journal._fd:
            raise OSError(code, os.strerror(code))
        return real(fd, *args)

    monkeypatch.setattr(journal_mod.os, call, faulty)
    async with app.run_test(size=(100, 30)) as pilot:
        status = app.meeting_screen.query_one("#status")
        await pilot.press("space")
        broken["on"] = True
        for _ in range(5):
            await pilot.press("space")
        await pilot.pause()
        assert status.has_class("problem") and status.display, "shown at once"
        assert os.strerror(code) in str(status.render())
        assert journal.unwritten > 0
        assert session.index > 0 or session.sentence >= 5, "the meeting goes on"
        broken["on"] = False
        # The app retries once a second, by itself.
        await until(pilot, lambda: not status.has_class("problem"), what="the retry")
        await pilot.press("space")
        await pilot.press("q", "l")
    journal.close()
    assert on_disk(path) == journal.events, "everything on disk, in order"


async def test_journal_removed_mid_meeting_is_recreated(tmp_path):
    clock = FakeClock()
    path = tmp_path / "j.jsonl"
    session, journal = live_session(load_meeting(paths.sample_script()), path, clock)
    app = make_app(session, journal=journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "space")
        path.unlink()
        await pilot.press("space")
        assert path.exists() and on_disk(path) == journal.events
        path.unlink()
        # Noticed by the retry even with no key pressed.
        await until(pilot, path.exists, what="the journal re-created")
        assert on_disk(path) == journal.events
        await pilot.press("q", "l")
    journal.close()


def test_second_process_on_one_journal_is_refused(tmp_path, user_dirs):
    """A real chair holds the journal; `run --journal J` and `resume J` each exit 2, one line."""
    path = tmp_path / "j.jsonl"
    _session, journal = live_session(load_meeting(paths.sample_script()), path, FakeClock())
    env = dict(os.environ, CHAIR_HOME=str(user_dirs))
    try:
        for argv in (["run", "--journal", str(path)], ["resume", str(path)]):
            proc = subprocess.run(
                [sys.executable, "-m", "chair", *argv],
                capture_output=True,
                text=True,
                timeout=60,
                env=env,
                stdin=subprocess.DEVNULL,
            )
            assert proc.returncode == 2, proc.stderr
            lines = proc.stderr.strip().splitlines()
            assert lines == [f"chair: error: {path}: journal is in use by another chair process"]
        assert on_disk(path) == journal.events, "the refused process wrote nothing"
    finally:
        journal.close()


async def test_wall_clock_jumps_do_not_move_the_timer(tmp_path, monkeypatch):
    """The timer runs on the monotonic clock: time.time() jumping an hour either way (NTP,
    a laptop's clock corrected) changes nothing on the screen or in the journal."""
    mono = FakeClock(1000.0)
    wall = {"offset": 0.0}
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + wall["offset"])
    meeting = load_meeting(paths.sample_script())
    session, journal = live_session(meeting, tmp_path / "j.jsonl", MeetingClock(mono=mono))
    app = make_app(session, journal=journal)
    async with app.run_test(size=(100, 30)) as pilot:
        while not session.current.is_cue:
            await pilot.press("pagedown")
        await pilot.press("t")
        mono.advance(90)
        before = await clock_text_when(pilot, app, "08:30")
        assert "08:30" in before
        for jump in (3600.0, -7200.0):
            wall["offset"] = jump
            app.meeting_screen.tick()  # what the once-a-tick redraw does after the jump
            await pilot.pause()
            assert clock_text(app) == before
            assert session.remaining() == pytest.approx(510)
        await pilot.press("q", "l")
    journal.close()
    assert all(0 <= e.get("t", 0) <= 91 for e in journal.events)


def long_meeting() -> Meeting:
    """Ten items of six speakers each, with a passage before every speaker."""
    items = []
    line = 2
    for n in range(1, 11):
        steps = []
        for k in range(6):
            steps.append(Passage(f"下面，请第{n}组第{k + 1}位同志发言。大家认真听取。", line))
            steps.append(
                SpeakerCue(
                    f"请代表{n}-{k + 1}发言。", line + 1, name=f"代表{n}-{k + 1}", limit_s=240
                )
            )
            line += 2
        items.append(Item(n, f"第{n}组交流", line, steps))
    return Meeting(
        title="长会议主持词",
        opening=[Passage("长会议主持词", 1, "title")],
        items=items,
        closing=[Passage("本次会议结束。", line, "closing")],
    )


async def test_four_hour_meeting_stays_responsive_and_replays(tmp_path):
    """Driven through the screen's own actions (what the keys call) with a frame drawn after
    each speaker; the live objects counted. (How fast a redraw is: scripts/bench.py.)"""
    clock = FakeClock()
    path = tmp_path / "long.jsonl"
    session, journal = live_session(long_meeting(), path, clock)
    app = make_app(session, journal=journal)
    notes = 0
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.meeting_screen
        for speaker in range(60):
            while not session.current.is_cue:
                screen.action_next_page()
            screen.action_timer()
            for _ in range(8):  # four minutes each, eight notes on the way (480 + 20 = 500)
                clock.advance(30)
                screen._do(session.add_note, f"第{notes + 1}条记录：发言要点")
                notes += 1
                screen.tick()
                screen.refresh_view()
            await pilot.press("pagedown")  # stops the timer; a frame is drawn
            if speaker == 5:
                gc.collect()
                widgets_then = sum(isinstance(o, Widget) for o in gc.get_objects())
                objects_then = len(gc.get_objects())
        for _ in range(500 - notes):
            screen._do(session.add_note, "补充记录")
        await pilot.pause()
        gc.collect()
        widgets_now = sum(isinstance(o, Widget) for o in gc.get_objects())
        objects_now = len(gc.get_objects())
        assert session.now() >= 4 * 3600 - 1 and len(session.notes) == 500
        assert len(session.speakers) == 60
        await pilot.press("q", "y")
    journal.close()
    # Memory flat: no widget left behind (the footer's keys leaked before), and the objects
    # that grow are the session's and journal's own records (dicts, strings, notes, log
    # entries: about fifty objects per event, a few MB for a whole day).
    assert widgets_now == widgets_then
    assert objects_now - objects_then < 64 * len(journal.events), objects_now - objects_then
    events = on_disk(path)
    assert events == journal.events and events[-1]["type"] == "end"
    again = Session.replay(
        meeting_from_dict(events[0]["meeting"]),
        decode_all(events, path),
        clock=lambda: events[-1]["t"],
        start_wall=START,
    )
    assert again.snapshot() == session.snapshot()

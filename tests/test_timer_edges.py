"""The speaker timer's phases at their exact edges, on the session, the screen and the display.

Warning begins at 2:00 left, final at 0:30, overtime below zero: the seconds on either side
of each edge are where a wrong comparison or constant shows.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest

from chair.events import MeetingHeader, from_record, to_record
from chair.journal import encode
from chair.model import meeting_to_dict
from chair.session import Session
from chair.timefmt import format_clock
from chair.tui.app import make_app
from chair.tui.display_app import DisplayApp
from chair.tui.widgets.big_clock import BigClock
from tests.conftest import FakeClock, small_meeting
from tests.screen_helpers import START, clock_text, sample_session, screen_of

LIMIT = 300  # the small meeting's speakers have 5 minutes

# (seconds left, phase, the clock as shown)
EDGES = [
    (180, "normal", "03:00"),
    (121, "normal", "02:01"),
    (120, "warning", "02:00"),
    (46, "warning", "00:46"),
    (31, "warning", "00:31"),
    (30, "final", "00:30"),
    (0, "final", "00:00"),
    (-0.001, "overtime", "+00:00"),
    (-75, "overtime", "+01:15"),
]


def running_speaker(clock: FakeClock) -> Session:
    s = Session(small_meeting(), clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=small_meeting(), start_wall=START, t=0.0))
    s.start()
    s.jump_to(s.index_of("s5"))  # 张三, 5 minutes
    s.toggle_timer()
    return s


@pytest.mark.parametrize(("left", "phase", "shown"), EDGES)
def test_session_phase_at_the_edge(clock, left, phase, shown):
    s = running_speaker(clock)
    clock.advance(LIMIT - left)
    assert s.remaining() == pytest.approx(left)
    assert s.phase() == phase
    assert format_clock(s.remaining()) == shown


@pytest.mark.parametrize(("left", "phase", "shown"), EDGES)
def test_paused_at_the_edge_keeps_the_time_and_says_paused(clock, left, phase, shown):
    """A paused timer shows its time, and in overtime stays the loudest state."""
    s = running_speaker(clock)
    clock.advance(LIMIT - left)
    s.toggle_timer()
    clock.advance(1000)
    assert format_clock(s.remaining()) == shown
    assert s.phase() == ("overtime" if phase == "overtime" else "paused")


def test_phases_follow_each_cue_limit(clock):
    """The edges are seconds left, not seconds spoken: a 10-minute cue warns at 8:00 spoken."""
    long = Session(small_meeting(), clock=clock, start_wall=START)
    long.apply(MeetingHeader(meeting=small_meeting(), start_wall=START, t=0.0))
    long.start()
    cue = long.add_extra("赵六", limit_s=600)
    long.jump_to(long.index_of(cue))
    long.toggle_timer()
    clock.advance(479)
    assert long.phase() == "normal"
    clock.advance(1)
    assert long.phase() == "warning"
    clock.advance(90)
    assert long.phase() == "final"


SCREEN_WORDS = {"normal": "正常", "warning": "即将结束", "final": "最后30秒", "overtime": "超时"}


async def test_screen_phase_at_every_edge(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        while not session.current.is_cue:
            await pilot.press("pagedown")
        limit = session.current.step.limit_s
        await pilot.press("t")
        spoken = 0.0
        for left, phase, shown in EDGES:
            clock.advance(limit - left - spoken)
            spoken = limit - left
            screen_of(app).tick()
            await pilot.pause()
            text = clock_text(app)
            assert SCREEN_WORDS[phase] in text, (left, text)
            assert app.screen.query_one(BigClock).text == shown
            speaker = app.screen.query_one("#speaker")
            assert speaker.has_class(f"phase-{phase}")
            others = {"normal", "warning", "final", "overtime"} - {phase}
            assert not any(speaker.has_class(f"phase-{p}") for p in others), (left, phase)


EPOCH = 1_750_000_000.0
WALL = datetime.fromtimestamp(EPOCH).astimezone()
DISPLAY_WORDS = {"normal": "剩余", "warning": "即将结束", "final": "最后30秒", "overtime": "超时"}


def write_journal(path: Path, clock: FakeClock) -> Session:
    """The chair's side: a session whose every event is appended to the journal file."""
    meeting = small_meeting()
    header = {
        "type": "meeting",
        "version": 1,
        "script": "x.txt",
        "sha256": "0" * 64,
        "title": meeting.title,
        "mode": "run",
        "lang": "zh",
        "chair": None,
        "speed": 200.0,
        "start_wall": WALL.isoformat(timespec="seconds"),
        "epoch": EPOCH,
        "meeting": meeting_to_dict(meeting),
        "t": 0.0,
        "wall": WALL.isoformat(timespec="seconds"),
    }

    def write(event: dict) -> None:
        with open(path, "ab") as f:
            f.write(encode(event))

    write(header)
    s = Session(meeting, clock=clock, start_wall=WALL, sink=lambda ev: write(to_record(ev)))
    s.apply(from_record(header))
    s.start()
    return s


async def test_display_phase_at_every_edge(tmp_path, clock):
    journal = tmp_path / "meeting.jsonl"
    s = write_journal(journal, clock)
    s.jump_to(s.index_of("s5"))
    s.toggle_timer()
    app = DisplayApp(journal, wall=lambda: EPOCH + clock.t, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        spoken = 0.0
        for left, phase, shown in EDGES:
            clock.advance(LIMIT - left - spoken)
            spoken = LIMIT - left
            app.sync()
            await pilot.pause()
            assert app.query_one("#d-clock", BigClock).text == shown, left
            assert str(app.query_one("#d-phase").render()) == f"{DISPLAY_WORDS[phase]}  {shown}"
            assert app.screen.has_class(f"phase-{phase}"), (left, phase)
            others = {"normal", "warning", "final", "overtime"} - {phase}
            assert not any(app.screen.has_class(f"phase-{p}") for p in others), (left, phase)


async def test_the_screen_wakes_once_a_second_only_while_a_clock_runs():
    """A passage being read wakes the screen when its header (to the minute) next changes;
    a running speaker's clock, every second, just after its MM:SS changes."""
    clock = FakeClock()
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = screen_of(app)
        clock.advance(15.5)
        screen.refresh_view()
        await pilot.pause()
        screen._schedule_tick()
        pending = screen._tick_timer
        assert pending is not None
        wait = pending.when() - asyncio.get_running_loop().time()
        assert 1.0 < wait <= 44.5 + 0.01, "the header's next minute, not the next second"
        session.jump_to(next(i for i, s in enumerate(session.steps) if s.is_cue))
        session.toggle_timer()
        clock.advance(0.25)
        screen.refresh_view()
        pending = screen._tick_timer
        assert pending is not None
        wait = pending.when() - asyncio.get_running_loop().time()
        assert 0.7 < wait <= 0.76, "the speaker's clock: just after its next second"
        session.toggle_timer()
        assert screen._to_clock_change() is None, "paused: nothing to count down"

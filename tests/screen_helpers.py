"""What the screen tests share: the sample's session on a fake clock, and reading the screen."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from textual.widgets import Input, Static, TextArea

from chair import paths
from chair.events import MeetingHeader
from chair.script.load import load_meeting
from chair.session import Session
from chair.tui.screens.meeting_screen import MeetingScreen
from tests.conftest import FakeClock

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def sample_session(clock: FakeClock, events: list | None = None) -> Session:
    meeting = load_meeting(paths.sample_script())
    s = Session(
        meeting, clock=clock, start_wall=START, sink=events.append if events is not None else None
    )
    header = MeetingHeader(meeting=meeting, start_wall=START, t=0.0)
    if events is not None:
        events.append(header)  # the journal's line 1: written by the journal, not the sink
    s.apply(header)
    s.start()
    return s


def screen_of(app) -> MeetingScreen:
    assert isinstance(app.screen, MeetingScreen)
    return app.screen


def clock_text(app) -> str:
    return str(app.screen.query_one("#clock-text", Static).render())


async def type_into_dialog(pilot, text: str) -> None:
    """Type into the open dialog and confirm it (Enter, or Ctrl+S in a several-line note)."""
    await pilot.pause()
    areas = pilot.app.screen.query(TextArea)
    if areas:
        areas.first().text = text
        await pilot.press("ctrl+s")
    else:
        pilot.app.screen.query_one(Input).value = text
        await pilot.press("enter")
    await pilot.pause()


async def until(pilot, condition, timeout: float = 10.0, what: str = "the condition") -> None:
    """Let the app run until `condition()` holds; fail after `timeout` seconds of waiting."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} never came true within {timeout} s")
        await pilot.pause(0.05)


async def clock_text_when(pilot, app, word: str, timeout: float = 5.0) -> str:
    """The speaker's plain-text clock once it says `word` (the screen ticks when the shown
    time changes, at most a second apart): a condition waited for, not a fixed time."""
    loop_time = 0.0
    text = clock_text(app)
    while word not in text and loop_time < timeout:
        await pilot.pause(0.05)
        loop_time += 0.05
        text = clock_text(app)
    return text

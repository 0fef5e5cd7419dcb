"""Snapshots of the live screen with a frozen clock, at the smallest and a roomy terminal."""

from __future__ import annotations

import pytest

from chair.tui.app import make_app
from tests.conftest import FakeClock
from tests.screen_helpers import sample_session

SIZES = [(80, 24), (120, 40)]
LANGS = ["zh", "en"]


def at_speaker(clock: FakeClock, seconds: float, name: str = "张三"):
    """A session at the first speaker cue, named, timed for `seconds`."""
    session = sample_session(clock)
    first = next(i for i, s in enumerate(session.steps) if s.is_cue)
    clock.advance(1500)
    session.jump_to(first)
    session.set_name(name)
    session.toggle_timer()
    clock.advance(seconds)
    session.add_note("记录一条备注")
    return session


async def _settle(pilot) -> None:
    pilot.app.screen.refresh_view()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_opening(snap_compare, lang, size):
    app = make_app(sample_session(FakeClock()), lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_speaker_warning(snap_compare, lang, size):
    app = make_app(at_speaker(FakeClock(), 500), lang=lang)  # 1:40 left
    assert snap_compare(app, terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_speaker_overtime(snap_compare, lang, size):
    app = make_app(at_speaker(FakeClock(), 675), lang=lang)  # +01:15
    assert snap_compare(app, terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_help(snap_compare, lang, size):
    app = make_app(sample_session(FakeClock()), lang=lang)

    async def run_before(pilot):
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def long_passage(clock: FakeClock):
    """A session at the longest passage of the sample."""
    session = sample_session(clock)
    clock.advance(300)
    index = max(
        (i for i, s in enumerate(session.steps) if not s.is_cue),
        key=lambda i: len(session.steps[i].step.text),
    )
    session.jump_to(index)
    return session


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_long_passage_paged(snap_compare, size):
    session = long_passage(FakeClock())
    app = make_app(session)

    async def run_before(pilot):
        await _settle(pilot)
        await pilot.press("pagedown")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_current_sentence(snap_compare, size):
    session = long_passage(FakeClock())
    session.next_sentence()
    session.next_sentence()
    app = make_app(session)
    assert snap_compare(app, terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_speaker_final(snap_compare, size):
    app = make_app(at_speaker(FakeClock(), 580))  # 0:20 left
    assert snap_compare(app, terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_break(snap_compare, size):
    clock = FakeClock()
    session = at_speaker(clock, 200)
    session.take_break()
    clock.advance(312)
    app = make_app(session)
    assert snap_compare(app, terminal_size=size, run_before=_settle)


def _display_with(tmp_path, clock: FakeClock, session_setup):
    """A journal written by a session on `clock`, and the display following it."""
    from chair.events import to_record
    from chair.journal import encode
    from chair.tui.display_app import DisplayApp
    from tests.screen_helpers import START

    journal = tmp_path / "meeting.jsonl"
    events: list = []
    session = sample_session(clock, events)
    session_setup(session, clock)
    with open(journal, "wb") as f:
        for event in events:
            record = to_record(event)
            if record["type"] == "meeting":
                record["epoch"] = START.timestamp()
            f.write(encode(record))
    return DisplayApp(journal, wall=lambda: START.timestamp() + clock(), follow=False, blink=False)


def _speaking(seconds: float, message: str | None):
    def setup(session, clock):
        first = next(i for i, s in enumerate(session.steps) if s.is_cue)
        clock.advance(1500)
        session.jump_to(first)
        session.set_name("张三")
        session.toggle_timer()
        clock.advance(seconds)
        if message:
            session.send_message(message)

    return setup


async def _sync(pilot) -> None:
    pilot.app.sync()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_display_message(snap_compare, tmp_path, size):
    app = _display_with(tmp_path, FakeClock(), _speaking(500, "请抓紧时间"))
    assert snap_compare(app, terminal_size=size, run_before=_sync)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_display_overtime(snap_compare, tmp_path, size):
    app = _display_with(tmp_path, FakeClock(), _speaking(605, None))
    assert snap_compare(app, terminal_size=size, run_before=_sync)

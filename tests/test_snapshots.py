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

"""Terminals: ambiguous-wide mode draws nothing East Asian Ambiguous outside the teleprompter;
a too-small terminal says so until resized; resizing keeps the place; NO_COLOR and 16 colours
still show the timer phase in words."""

from __future__ import annotations

import argparse
import unicodedata

import pytest
from textual.strip import Strip
from textual.widgets import Static

from chair.commands.live import ambiguous_wide
from chair.tui.app import make_app
from chair.tui.screens.help_screen import HelpScreen
from chair.tui.screens.quit_dialog import QuitDialog
from chair.tui.widgets.teleprompter import Teleprompter
from chair.tui.wrapping import is_ambiguous, unambiguous
from tests.screen_helpers import (
    clock_text_when,
    sample_session,
    screen_of,
    type_into_dialog,
    until,
)


def ambiguous_outside_prompter(app) -> list[tuple[int, str]]:
    """(row, text) of every screen line holding an ambiguous character, the teleprompter's
    own cells (the right-most text column) left out."""
    screen = app.screen
    widget = app.meeting_screen.query_one(Teleprompter)
    prompter = widget.region if widget.display and widget.region.area else None
    bad = []
    for y, strip in enumerate(screen._compositor.render_strips()):
        parts: list[Strip] = [strip]
        if prompter is not None and prompter.y <= y < prompter.bottom:
            parts = [strip.crop(0, prompter.x), strip.crop(prompter.right, strip.cell_length)]
        text = "".join(seg.text for part in parts for seg in part)
        if any(unicodedata.east_asian_width(ch) == "A" for ch in text):
            bad.append((y, text))
    return bad


def test_unambiguous_replaces_every_ambiguous_character() -> None:
    assert (
        unambiguous("“四下基层”……——买买提·艾力 ○ ▶ ✓ ⚠ ‖ ■ é")
        == "「四下基层」⋯⋯－－买买提・艾力 〇 > v ! || # e"
    )
    everything = "".join(chr(c) for c in range(0x20, 0x3000) if chr(c).isprintable())
    assert not any(is_ambiguous(ch) for ch in unambiguous(everything))


def test_option_and_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHAIR_AMBIGUOUS_WIDE", raising=False)
    assert not ambiguous_wide(argparse.Namespace(ambiguous_wide=False))
    assert ambiguous_wide(argparse.Namespace(ambiguous_wide=True))
    monkeypatch.setenv("CHAIR_AMBIGUOUS_WIDE", "1")
    assert ambiguous_wide(argparse.Namespace(ambiguous_wide=False))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_ambiguous_wide_screen_draws_nothing_ambiguous(clock, size) -> None:
    session = sample_session(clock)
    app = make_app(session, ambiguous_wide=True)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "“" in session.meeting.title  # the sample's title holds quotes...
        assert ambiguous_outside_prompter(app) == []  # ...drawn as 「」 in the header
        while not session.current.is_cue:
            await pilot.press("pagedown")
        await pilot.press("enter")
        await type_into_dialog(pilot, "买买提·艾力")
        await pilot.press("t")
        for seconds in (0, 500, 100, 60):  # normal, warning, final, overtime
            clock.advance(seconds)
            screen_of(app).tick()
            await pilot.pause()
            assert ambiguous_outside_prompter(app) == [], seconds
        await pilot.press("n")
        await type_into_dialog(pilot, "“超时”——请注意…")
        await pilot.press("t")  # paused: ‖
        screen_of(app).tick()
        await pilot.pause()
        assert ambiguous_outside_prompter(app) == []
        app.journal_problem("No space left on device — 3 event(s) kept")
        await pilot.pause()
        assert ambiguous_outside_prompter(app) == []
        for key, screen_type in (("question_mark", HelpScreen), ("q", QuitDialog)):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen_type)
            assert ambiguous_outside_prompter(app) == [], key
            await pilot.press("escape")
            await pilot.pause()


async def test_default_mode_keeps_its_signs(clock) -> None:
    """The default screen is unchanged (the snapshots hold it): borders and ○ ▶ markers."""
    app = make_app(sample_session(clock))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert ambiguous_outside_prompter(app)


async def test_too_small_then_resized_keeps_the_place(clock) -> None:
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(6):
            await pilot.press("space")
        place = (session.index, session.sentence)
        await pilot.resize_terminal(60, 20)
        screen = app.screen
        await until(pilot, lambda: screen.has_class("too-small"), what="the too-small notice")
        message = str(screen.query_one("#too-small", Static).render())
        assert "80" in message and "24" in message and "60" in message
        assert not screen.query_one("#body").display or screen.query_one("#body").region.area == 0
        await pilot.press("space", "pagedown", "t", "up")  # the chair cannot see: nothing moves
        assert (session.index, session.sentence) == place
        for size in ((80, 24), (120, 40), (80, 24)):
            await pilot.resize_terminal(*size)
            # The resize reaches the screen as a message; on a loaded machine one pause
            # is not always enough, so wait for the screen to see it.
            await until(
                pilot,
                lambda size=size: tuple(screen.size) == size and not screen.has_class("too-small"),
                what=f"the resize to {size}",
            )
            await pilot.pause()
            assert (session.index, session.sentence) == place
            prompter = screen.query_one(Teleprompter)
            assert prompter.region.area > 0 and prompter.view.sentence == session.sentence


@pytest.mark.parametrize("colours", ["no_color", "16"])
async def test_phase_in_words_without_colour(clock, monkeypatch, colours) -> None:
    if colours == "no_color":
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        import textual.constants

        monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "standard")
    session = sample_session(clock)
    app = make_app(session)
    assert app.no_color == (colours == "no_color")
    async with app.run_test(size=(80, 24)) as pilot:
        while not session.current.is_cue:
            await pilot.press("pagedown")
        await pilot.press("t")
        seen = []
        for seconds, word in ((1, "正常"), (480, "即将结束"), (100, "最后30秒"), (60, "超时")):
            clock.advance(seconds)
            text = await clock_text_when(pilot, app, word)
            assert word in text, text
            seen.append(text)
        assert "+00:" in seen[-1] or "+01:" in seen[-1]

"""Pilot tests of the live screen: the whole sample walked with the keys, timers driven by a
fake clock through every phase, names, an extra speaker and a note."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from chair import paths
from chair.script.load import load_meeting
from chair.session import Session
from chair.tui.app import make_app
from chair.tui.screens.meeting_screen import MeetingScreen
from chair.tui.widgets.agenda_panel import AgendaPanel
from chair.tui.widgets.big_clock import BigClock
from chair.tui.widgets.log_panel import LogPanel
from chair.tui.widgets.teleprompter import Teleprompter
from tests.screen_helpers import (
    START,
    clock_text,
    sample_session,
    screen_of,
    type_into_dialog,
    until,
)


async def test_pagedown_alone_runs_the_whole_meeting(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        seen = [session.current.id]
        for _ in range(len(session.steps) - 1):
            await pilot.press("pagedown")
            seen.append(session.current.id)
        assert session.at_last_step
        assert list(dict.fromkeys(seen)) == [s.id for s in session.steps]
        for _ in range(len(session.steps) + 5):
            await pilot.press("pageup")
        assert session.index == 0


async def test_space_reads_every_sentence_in_order(clock):
    session = sample_session(clock)
    app = make_app(session)
    total = sum(len(s.sentences) for s in session.steps)
    async with app.run_test(size=(100, 30)) as pilot:
        positions = {(session.index, session.sentence)}
        for _ in range(total - 1):
            await pilot.press("space")
            positions.add((session.index, session.sentence))
        assert session.at_end
        assert len(positions) == total
        await pilot.press("space", "space", "enter")  # past the end: asks; focus is on cancel
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen) and not session.ended
        await pilot.press("up")
        assert (
            session.sentence == len(session.current.sentences) - 2
            or session.index < len(session.steps) - 1
        )


async def test_teleprompter_keeps_the_sentence_in_the_upper_third(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        # The longest passage of the sample, read to its last sentence.
        longest = max(range(len(session.steps)), key=lambda i: len(session.steps[i].step.text))
        session.jump_to(longest)
        screen_of(app).refresh_view()
        prompter = app.screen.query_one(Teleprompter)
        for _ in range(len(session.current.sentences) - 1):
            await pilot.press("space")
        await pilot.pause()
        from chair.tui.wrapping import wrap_sentences

        height = prompter.content_size.height
        wrapped = wrap_sentences(session.current.sentences, prompter.text_width())
        first = wrapped.spans[session.sentence][0][0]
        assert prompter.top_line > 0, "a long passage scrolls with the sentence"
        assert 0 <= first - prompter.top_line <= height // 3
        assert prompter.text_width() % 2 == 0


async def test_speakers_named_timed_through_every_phase(clock):
    events: list = []
    session = sample_session(clock, events)
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        cues = [i for i, s in enumerate(session.steps) if s.is_cue]
        assert len(cues) == 3
        names = ["张三", "李四", "王五"]
        while not session.current.is_cue:
            await pilot.press("pagedown")
        assert "10:00" in clock_text(app)
        assert app.screen.query_one(BigClock).text == "10:00"
        await pilot.press("enter")
        await type_into_dialog(pilot, names[0])
        assert session.name_of(session.current.id) == "张三"
        agenda = app.screen.query_one(AgendaPanel)
        assert any("张三" in line.text for line in agenda.lines)

        await pilot.press("t")
        clock.advance(3)
        screen_of(app).tick()
        assert "09:57" in clock_text(app) and "正常" in clock_text(app)
        clock.advance(480)  # 1:57 left
        screen_of(app).tick()
        assert "即将结束" in clock_text(app)
        assert app.screen.query_one("#speaker").has_class("phase-warning")
        await pilot.press("t")  # pause
        clock.advance(600)
        screen_of(app).tick()
        assert "01:57" in clock_text(app) and "暂停" in clock_text(app)
        await pilot.press("t")  # resume
        clock.advance(100)
        screen_of(app).tick()
        assert "最后30秒" in clock_text(app)
        clock.advance(92)
        screen_of(app).tick()
        assert "+01:15" in clock_text(app) and "超时" in clock_text(app)
        assert app.screen.query_one(BigClock).text == "+01:15"

        first = session.current.id
        await pilot.press("pagedown")  # leaving a running cue stops it and logs the speaker
        rec = session.speakers[first]
        assert not rec.timer.running and round(rec.spoken(clock())) == 675
        log = app.screen.query_one(LogPanel)
        assert any("张三" in text and "11:15" in text for text, _ in log.lines)

        for name in names[1:]:
            while not session.current.is_cue:
                await pilot.press("pagedown")
            await pilot.press("enter")
            await type_into_dialog(pilot, name)
            await pilot.press("t")
            clock.advance(60)
            await pilot.press("pagedown")

        # An extra speaker after the current step, and a note.
        await pilot.press("i")
        await type_into_dialog(pilot, "赵六")
        await pilot.press("pagedown")
        assert session.current.step.extra and session.name_of(session.current.id) == "赵六"
        await pilot.press("t")
        clock.advance(30)
        await pilot.press("n")
        await type_into_dialog(pilot, "赵六补充了基层调研情况")
        await pilot.press("pagedown")

    spoken = [(r.name, round(r.spoken(clock()))) for r in session.speakers.values()]
    assert spoken == [("张三", 675), ("李四", 60), ("王五", 60), ("赵六", 30)]
    assert [n.text for n in session.notes] == ["赵六补充了基层调研情况"]
    assert [e.kind for e in events].count("name") == 3
    replayed = Session.replay(
        load_meeting(paths.sample_script()), events, clock=clock, start_wall=START
    )
    assert replayed.snapshot() == session.snapshot()


async def test_quit_asks_first_then_ends_the_meeting(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen) and not session.ended
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert session.ended and app.return_value.choice == "end"


async def test_leave_keeps_the_meeting_open(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
    assert not session.ended and app.return_value.choice == "leave"


async def test_auto_advance_and_speed(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        assert session.auto
        await pilot.press("plus")
        assert session.speed == 210
        await pilot.press("minus", "minus")
        assert session.speed == 190
        before = (session.index, session.sentence)
        clock.advance(120)
        screen_of(app).tick()
        assert (session.index, session.sentence) != before


async def test_goto_item_and_help(clock):
    session = sample_session(clock)
    app = make_app(session, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")  # Opening, Item 1, Item 2, Item 3
        await pilot.pause()
        assert session.current.item == 2
        await pilot.press("question_mark")
        await pilot.pause()
        assert "Help" in str(app.screen.query_one("#dialog-title", Static).render())
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)


@pytest.mark.parametrize("size", [(79, 24), (80, 23)])
async def test_too_small_terminal_says_so(clock, size):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert app.screen.has_class("too-small")
        assert "80×24" in str(app.screen.query_one("#too-small", Static).render())
        await pilot.resize_terminal(100, 30)
        # The resize arrives as a message: wait for the screen to see it, not one pause.
        await until(pilot, lambda: not app.screen.has_class("too-small"), what="the resize")


async def test_the_clicker_finishes_the_meeting_at_the_last_step(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        session.jump_to(len(session.steps) - 1)
        await pilot.press("pagedown")  # past the last step: asks
        await pilot.pause()
        assert not isinstance(app.screen, MeetingScreen)
        await pilot.press("pageup")  # not yet
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen) and not session.ended
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
    assert session.ended and app.return_value.choice == "end"

"""The screen in front of the room: a clicker pages through long passages, the current sentence
is a band, overtime is the loudest state, breaks and leaving are recorded, time changes live,
the cue reads right, messages reach the speaker, and everything fits at 80×24."""

from __future__ import annotations

import argparse

import pytest
from textual.widgets import OptionList, Static, TextArea

from chair.events import BreakTaken, Heartbeat, Left, LimitSet, MessageSent
from chair.i18n import tr
from chair.model import SpeakerCue
from chair.tui.app import make_app
from chair.tui.screens.meeting_screen import MeetingScreen
from chair.tui.widgets.big_clock import BigClock, scale_for
from chair.tui.widgets.key_bar import KeyBar
from chair.tui.widgets.teleprompter import Teleprompter
from chair.tui.wrapping import wrap_sentences
from tests.screen_helpers import clock_text, sample_session, screen_of, type_into_dialog

SIZES = [(80, 24), (120, 40)]
sizes = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")


def longest_passage(session) -> int:
    return max(
        (i for i, s in enumerate(session.steps) if not s.is_cue),
        key=lambda i: len(session.steps[i].step.text),
    )


def first_cue(session) -> int:
    return next(i for i, s in enumerate(session.steps) if s.is_cue)


# ---------------------------------------------------------------- 1. clicker paging
@sizes
async def test_pagedown_pages_through_a_long_passage_before_moving_on(clock, size):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        index = longest_passage(session)
        session.jump_to(index)
        screen_of(app).refresh_view()
        await pilot.pause()
        prompter = app.screen.query_one(Teleprompter)
        height = prompter.content_size.height
        wrapped = wrap_sentences(session.current.sentences, prompter.text_width())
        seen: set[int] = set()
        pages = 0
        while session.index == index:
            prompter.render_line(0)
            shown = height - (1 if prompter.hidden_below else 0)
            seen.update(
                range(prompter.top_line, min(len(wrapped.lines), prompter.top_line + shown))
            )
            if prompter.hidden_below:
                mark = "".join(seg.text for seg in prompter.render_line(height - 1))
                assert f"▼ 还有 {prompter.hidden_below} 行" in mark
            await pilot.press("pagedown")
            pages += 1
            assert pages < 40
        assert seen == set(range(len(wrapped.lines))), "every line was on screen before moving on"
        if size == (80, 24):
            assert pages > 1, "the longest passage of the sample takes more than a page at 80×24"
        # PageUp goes back through the pages, to the passage's first sentence, then the step before.
        session.jump_to(index, len(session.current.sentences) - 1)
        screen_of(app).refresh_view()
        await pilot.pause()
        back = 0
        while session.sentence > 0:
            await pilot.press("pageup")
            back += 1
            assert session.index == index and back < 40
        await pilot.press("pageup")
        assert session.index == index - 1


async def test_space_still_goes_sentence_by_sentence(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        session.jump_to(longest_passage(session))
        screen_of(app).refresh_view()
        await pilot.press("space")
        assert session.sentence == 1
        await pilot.press("down")
        assert session.sentence == 2


# ---------------------------------------------------------------- 2. the current sentence
@sizes
@pytest.mark.parametrize("colours", ["truecolor", "no_color", "16"])
async def test_the_current_sentence_is_a_reversed_band(clock, monkeypatch, size, colours):
    if colours == "no_color":
        monkeypatch.setenv("NO_COLOR", "1")
    elif colours == "16":
        monkeypatch.setenv("TEXTUAL_COLOR_SYSTEM", "standard")
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        session.jump_to(longest_passage(session), 1)
        screen_of(app).refresh_view()
        await pilot.pause()
        prompter = app.screen.query_one(Teleprompter)
        lines = [prompter.render_line(y) for y in range(prompter.content_size.height)]
        band = "".join(
            seg.text
            for line in lines
            for seg in line
            if seg.style is not None
            and seg.style.reverse
            and seg.text.strip()
            and "▼" not in seg.text
        )
        assert band.replace(" ", "") == session.current.sentences[1].replace(" ", "")


async def test_width_option_and_focus_mode(clock):
    session = sample_session(clock)
    app = make_app(session, width=40, focus=True)
    async with app.run_test(size=(120, 40)) as pilot:
        session.jump_to(longest_passage(session), 2)
        screen_of(app).refresh_view()
        await pilot.pause()
        prompter = app.screen.query_one(Teleprompter)
        assert prompter.text_width() == 40
        text = "".join(
            seg.text for y in range(prompter.content_size.height) for seg in prompter.render_line(y)
        ).replace(" ", "")
        assert text == session.current.sentences[2].replace(" ", ""), "the sentence alone"


# ---------------------------------------------------------------- 3. overtime
@sizes
async def test_overtime_fills_the_panel_says_it_once_and_blinks(clock, size):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        session.jump_to(first_cue(session))
        session.toggle_timer()
        screen = screen_of(app)
        screen.refresh_view()
        await pilot.pause()
        clock_widget = app.screen.query_one("#clock", BigClock)
        w, h = clock_widget.size
        normal_scale = scale_for("10:00", w, h)
        clock.advance(605.2)
        screen.tick()
        await pilot.pause()
        panel = app.screen.query_one("#speaker")
        assert panel.has_class("phase-overtime")
        assert clock_text(app).startswith("超时 +00:05")
        assert clock_text(app).count("超时") == 1
        assert scale_for(clock_widget.text, w, h) == normal_scale, "digits never shrink"
        inverted = set()
        for _ in range(4):
            clock.advance(1.0)
            screen.tick()
            inverted.add(clock_widget.inverted)
        assert inverted == {True, False}, "a slow blink, one second on, one off"


async def test_blink_can_be_turned_off(clock):
    session = sample_session(clock)
    app = make_app(session, blink=False)
    async with app.run_test(size=(80, 24)):
        session.jump_to(first_cue(session))
        session.toggle_timer()
        clock.advance(700)
        for _ in range(3):
            clock.advance(1.0)
            screen_of(app).tick()
            assert not app.screen.query_one("#clock", BigClock).inverted


async def test_bell_rings_at_the_warning_and_at_zero(clock, monkeypatch):
    session = sample_session(clock)
    app = make_app(session, bell=True)
    rung: list[str] = []
    async with app.run_test(size=(80, 24)):
        monkeypatch.setattr(app, "bell", lambda: rung.append(session.phase()))
        session.jump_to(first_cue(session))
        session.toggle_timer()
        for step in (100, 400, 50, 30, 25, 10):
            clock.advance(step)
            screen_of(app).tick()
    assert rung == ["warning", "overtime"]


def test_notification_escapes_drop_control_characters():
    from chair.tui.bell import notification

    text = notification("超时", "张三\x1b]0;x\x07 +00:05")
    assert text.startswith("\x1b]9;") and "\x1b]777;notify;" in text
    assert text.count("\x1b") == 2 and text.count("\x07") == 2


# ---------------------------------------------------------------- 4. breaks and leaving
@sizes
async def test_p_takes_a_break_and_goes_on(clock, size):
    events: list = []
    session = sample_session(clock, events)
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        session.jump_to(first_cue(session))
        session.toggle_timer()
        clock.advance(60)
        await pilot.press("p")
        await pilot.pause()
        assert session.on_break and session.phase() == "paused"
        assert app.screen.query_one("#break").display
        assert not app.screen.query_one("#speaker").region.area
        await pilot.press("pagedown", "space", "t")  # the meeting stands still
        assert session.on_break and session.current.is_cue
        clock.advance(300)
        screen_of(app).tick()
        since = str(app.screen.query_one("#break-since", Static).render())
        assert "09:01" in since and "5:00" in since
        await pilot.press("p")
        await pilot.pause()
        assert not session.on_break and session.phase() == "normal"
        assert [type(e) for e in events if isinstance(e, BreakTaken)] == [BreakTaken] * 2


async def test_leaving_for_later_pauses_the_timer_and_journals_it(clock):
    events: list = []
    session = sample_session(clock, events)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        session.jump_to(first_cue(session))
        session.toggle_timer()
        clock.advance(30)
        await pilot.press("q")
        await pilot.pause()
        assert "暂停" in str(app.screen.query("Label").nodes[1].render())
        await pilot.press("l")
        await pilot.pause()
    assert isinstance(events[-1], Left) and session.running_cue() is None
    assert app.return_value.choice == "leave"


async def test_a_heartbeat_only_when_the_clock_moved(clock):
    events: list = []
    session = sample_session(clock, events)
    app = make_app(session)
    async with app.run_test(size=(80, 24)):
        screen_of(app).heartbeat()
        assert not any(isinstance(e, Heartbeat) for e in events)
        clock.advance(5)
        screen_of(app).heartbeat()
        assert isinstance(events[-1], Heartbeat) and events[-1].t == clock()


# ---------------------------------------------------------------- 5. time changes live
async def test_e_adds_a_minute_and_records_it(clock):
    events: list = []
    session = sample_session(clock, events)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")  # not at a cue: nothing
        assert not any(isinstance(e, LimitSet) for e in events)
        session.jump_to(first_cue(session))
        screen_of(app).refresh_view()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(events[-1], LimitSet) and events[-1].limit_s == 660
        assert "11:00" in clock_text(app)


def test_limit_on_the_command_line_overrides_the_script(tmp_path, capsys):
    from chair.commands.live import limit_override
    from chair.script.load import load_meeting

    script = tmp_path / "s.txt"
    script.write_text("测试会议\n首先，请张三发言，时间不超过5分钟。\n", encoding="utf-8")
    meeting = load_meeting(script)
    assert meeting.speakers[0].limit_s == 300
    notice = limit_override(meeting, argparse.Namespace(limit=3.0, lang="zh"))
    assert meeting.speakers[0].limit_s == 180
    assert notice is not None and "03:00" in notice and "--limit" in notice
    assert limit_override(meeting, argparse.Namespace(limit=None, lang="zh")) is None


# ---------------------------------------------------------------- 6. the cue reads right
@sizes
async def test_a_filled_in_name_replaces_the_placeholder(clock, size):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        session.jump_to(first_cue(session))
        screen_of(app).refresh_view()
        await pilot.press("enter")
        await type_into_dialog(pilot, "张三")
        cue = str(app.screen.query_one("#cue-text", Static).render())
        assert cue == "首先，请张三同志发言；"
        await pilot.press("i")
        await type_into_dialog(pilot, "李四")
        await pilot.press("pagedown")
        await pilot.pause()
        assert session.current.id == "x1"
        assert str(app.screen.query_one("#cue-text", Static).render()) == "下面请李四同志发言。"


# ---------------------------------------------------------------- 7. messages
@sizes
async def test_m_sends_a_stock_message_and_m_again_clears_it(clock, size):
    events: list = []
    session = sample_session(clock, events)
    app = make_app(session)
    async with app.run_test(size=size) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert len(app.screen.query_one(OptionList).options) == 3
        await pilot.press("1")
        await pilot.pause()
        assert session.message == "请抓紧时间" and isinstance(events[-1], MessageSent)
        assert "请抓紧时间" in str(app.screen.query_one("#status", Static).render())
        await pilot.press("m")
        await pilot.pause()
        assert session.message is None and events[-1].text is None
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one("#message-input").focus()
        await type_into_dialog(pilot, "请看一下时间")
        assert session.message == "请看一下时间"


# ---------------------------------------------------------------- 8. fit at 80×24
@sizes
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_key_bar_shows_every_key_that_works(clock, size, lang):
    session = sample_session(clock)
    app = make_app(session, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        bar.render()
        for action in (
            "next_sentence",
            "next_page",
            "prev_page",
            "timer",
            "name",
            "minute",
            "message",
            "break",
            "extra",
            "note",
            "goto",
            "auto",
            "quit_meeting",
            "help",
        ):
            assert action in bar.drawn, action
        assert "skip" not in bar.drawn, "the rehearsal's key is not in a live run"


async def test_the_rehearsal_key_bar_has_skip(clock):
    session = sample_session(clock)
    app = make_app(session, rehearsal=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        bar.render()
        assert "skip" in bar.drawn and "help" in bar.drawn


async def test_the_agenda_column_grows_with_the_terminal(clock):
    widths = []
    for size in SIZES:
        app = make_app(sample_session(clock))
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            widths.append(app.screen.query_one("#side").outer_size.width)
    assert widths[1] > widths[0] >= 26


async def test_goto_lists_the_opening_and_the_closing(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert labels[0] == "开场" and labels[-1] == "结束语"
        assert labels[2].startswith("第二项 ")
        await pilot.press("end", "enter")
        await pilot.pause()
        assert session.current.item is None and session.index > first_cue(session)


async def test_the_note_dialog_takes_several_lines(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        assert area.size.height >= 4
        await pilot.press("a", "enter", "b", "ctrl+s")
        await pilot.pause()
    assert session.notes[-1].text == "a\nb"


# ---------------------------------------------------------------- 9. smaller things
async def test_the_quit_dialog_at_the_end_says_what_pagedown_does(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        session.jump_to(len(session.steps) - 1)
        await pilot.press("pagedown")
        await pilot.pause()
        body = " ".join(str(label.render()) for label in app.screen.query("Label"))
        assert "PageDown" in body and "结束会议" in body


async def test_the_rehearsal_quit_dialog_says_end_the_rehearsal(clock):
    app = make_app(sample_session(clock), rehearsal=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert "结束彩排" in str(app.screen.query_one("#dialog-title").render())


def test_help_lists_slower_on_its_own_key():
    from chair.i18n import HELP_KEYS

    keys = dict(HELP_KEYS)
    assert keys["-"] == "key.slower" and keys["+"] == "key.faster"
    assert tr("zh")[keys["-"]] == "减速"


async def test_screen_and_display_use_the_same_words(clock):
    from chair.views import header_view, item_label

    session = sample_session(clock)
    session.jump_to_item(1)
    strings = tr("zh")
    assert item_label(session, strings).startswith("第二项 ")
    assert header_view(session, strings).item == item_label(session, strings)
    assert strings["phase.final"].endswith(strings["display.phase.final"])


async def test_localised_keys_are_the_screens_own_bindings(clock):
    """The keys of a language are a MeetingScreen subclass's BINDINGS (public Textual API):
    the active bindings carry the interface language's words."""
    for lang, word in (("en", "Break"), ("zh", "休会")):
        app = make_app(sample_session(clock), lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            active = app.screen.active_bindings
            assert {"p", "e", "m", "pagedown", "space"} <= set(active)
            assert active["p"].binding.description == word
            assert isinstance(app.screen, MeetingScreen)


def test_a_cue_with_its_name_in_the_script_is_renamed_in_place():
    from chair.views import cue_text

    strings = tr("zh")
    cue = SpeakerCue(text="下面，请张三同志发言。", line=1, name="张三")
    assert cue_text(cue, "王五", strings) == "下面，请王五同志发言。"
    blank = SpeakerCue(text="下面，请×××同志发言。", line=1)
    assert cue_text(blank, "赵六", strings) == "下面，请赵六同志发言。"
    assert cue_text(SpeakerCue(text="请*发言", line=1), "李局长", strings) == "请李局长发言"
    assert (
        cue_text(SpeakerCue(text="临时发言", line=0, extra=True), None, strings)
        == "下面请临时发言人发言。"
    )


async def test_the_big_clock_redraws_only_the_glyphs_that_change(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        session.jump_to(first_cue(session))
        screen_of(app).refresh_view()
        await pilot.pause()
        big = app.screen.query_one("#clock", BigClock)
        width = big.size.width
        span = big._changed_cells("09:58", "09:57")
        assert span is not None and span.width < width // 4, "the last digit only"
        assert span.height < big.size.height, "the rows of the digits, not the blank ones"
        assert big._changed_cells("00:01", "+00:01") is None, "another length: all of it"
        whole = big._changed_cells("19:58", "09:57")
        assert whole is not None and whole.width > span.width
        assert big._band().height == span.height, "the blink redraws the same rows"

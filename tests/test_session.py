"""The live session: steps, timers through every phase, names, extras, notes, replay."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from chair.events import Absence, MeetingHeader
from chair.session import Session
from chair.timefmt import format_clock, format_duration
from tests.conftest import FakeClock, small_meeting

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def make(clock, events=None, **kw):
    sink = events.append if events is not None else None
    s = Session(small_meeting(), clock=clock, start_wall=START, sink=sink, **kw)
    header = MeetingHeader(meeting=small_meeting(), start_wall=START, t=0.0)
    if events is not None:
        events.append(header)  # the journal's line 1: written by the journal, not the sink
    s.apply(header)
    s.start()
    return s


def goto_cue(s: Session, n: int = 0) -> None:
    cues = [i for i, st_ in enumerate(s.steps) if st_.is_cue]
    s.jump_to(cues[n])


def test_steps_walk_the_whole_meeting(clock):
    s = make(clock)
    assert s.current.step.kind == "salutation"  # the title is shown, never a step to read
    assert all(getattr(st_.step, "kind", "") != "title" for st_ in s.steps)
    seen = [s.current.id]
    while not s.at_end:
        s.next_sentence()
        if s.current.id != seen[-1]:
            seen.append(s.current.id)
    assert seen == [st_.id for st_ in s.steps]
    s.next_step()  # at the end: nothing moves
    assert s.at_end
    while s.index > 0:
        s.prev_step()
    assert (s.index, s.sentence) == (0, 0)


def test_sentences_then_next_step(clock):
    s = make(clock)
    s.jump_to(2)  # item 1: two sentences
    assert len(s.current.sentences) == 2
    s.next_sentence()
    assert (s.index, s.sentence) == (2, 1)
    s.next_sentence()
    assert (s.index, s.sentence) == (3, 0)
    s.prev_sentence()
    assert (s.index, s.sentence) == (2, 1)
    s.prev_step()
    assert (s.index, s.sentence) == (2, 0)


def test_timer_phases_into_overtime_with_pause(clock):
    s = make(clock)
    goto_cue(s)
    assert s.phase() == "idle" and format_clock(s.remaining()) == "05:00"
    s.toggle_timer()
    assert s.phase() == "normal"
    clock.advance(3)
    assert format_clock(s.remaining()) == "04:57"
    clock.advance(177)  # 2:00 left
    assert s.phase() == "warning"
    s.toggle_timer()  # pause
    assert s.phase() == "paused"
    clock.advance(1000)
    assert format_clock(s.remaining()) == "02:00"
    s.toggle_timer()  # resume
    clock.advance(90)
    assert s.phase() == "final"
    clock.advance(45)
    assert s.phase() == "overtime"
    assert format_clock(s.remaining()) == "+00:15"
    rec = s.speakers[s.current.id]
    assert rec.name == "张三" and round(rec.spoken(clock())) == 315
    assert round(rec.overtime(clock())) == 15


def test_leaving_a_running_cue_stops_and_logs(clock):
    events = []
    s = make(clock, events)
    goto_cue(s)
    cue = s.current.id
    s.toggle_timer()
    clock.advance(42)
    s.next_step()
    rec = s.speakers[cue]
    assert not rec.timer.running and rec.timer.stopped_at == 42
    assert rec.spoken(clock()) == 42
    assert [e.kind for e in events[-2:]] == ["timer", "step"]
    assert events[-2].action == "stop"
    assert s.log[0].kind == "speaker" and s.log[0].ref == cue


def test_names_extras_notes(clock):
    s = make(clock)
    goto_cue(s, 1)
    cue = s.current.id
    assert s.name_of(cue) is None
    s.set_name(" 李四 ")
    assert s.name_of(cue) == "李四"
    x = s.add_extra("王五")
    assert s.steps[s.index + 1].id == x and s.steps[s.index + 1].step.extra
    assert s.steps[s.index + 1].step.limit_s == 300
    s.next_step()
    assert s.current.id == x and s.name_of(x) == "王五"
    s.toggle_timer()
    clock.advance(60)
    s.add_note("王五提出补充意见")
    assert s.notes[0].text == "王五提出补充意见" and s.notes[0].t == 60
    s.end()
    assert s.ended and s.speakers[x].spoken(clock()) == 60


def test_item_spans_and_forecast(clock):
    s = make(clock)
    full = s.remaining_forecast()
    assert full > 600  # two speakers at five minutes each plus reading
    s.jump_to_item(0)
    clock.advance(10)
    s.jump_to_item(1)
    assert s.items[0].start == 0 and s.items[0].end == 10
    assert s.item_state(0) == "done" and s.item_state(1) == "now"
    assert s.remaining_forecast() < full


def test_auto_advance_due_at_reading_speed(clock):
    s = make(clock, speed=60)  # one character a second
    s.jump_to(2)
    s.set_auto(True)
    assert not s.auto_due()
    clock.advance(100)
    assert s.auto_due()


def test_format_clock():
    assert format_clock(600) == "10:00"
    assert format_clock(597.2) == "09:58"
    assert format_clock(0) == "00:00"
    assert format_clock(-75.5) == "+01:15"
    assert format_duration(3725) == "1:02:05"


# ---------------------------------------------------------------- replay (property)
ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "ns",
                "ps",
                "nst",
                "pst",
                "t",
                "name",
                "extra",
                "note",
                "jump",
                "auto",
                "speed",
                "skip",
                "resume",
                "attendance",
                "decision",
                "vote",
                "break",
                "leave",
                "beat",
                "minute",
                "message",
            ]
        ),
        st.integers(0, 400),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(ACTIONS, st.booleans())
def test_replay_rebuilds_the_same_state(actions, end):
    clock = FakeClock()
    events: list = []
    s = make(clock, events)
    for act, n in actions:
        clock.advance(n / 7)
        if act == "ns":
            s.next_sentence()
        elif act == "ps":
            s.prev_sentence()
        elif act == "nst":
            s.next_step()
        elif act == "pst":
            s.prev_step()
        elif act == "t":
            s.toggle_timer()
        elif act == "name":
            s.set_name(f"人{n}")
        elif act == "extra":
            s.add_extra(f"临{n}" if n % 2 else None)
        elif act == "note":
            s.add_note(f"记录{n}")
        elif act == "jump":
            s.jump_to_item(n % 2)
        elif act == "auto":
            s.set_auto(bool(n % 2))
        elif act == "speed":
            s.set_speed(100 + n)
        elif act == "skip":
            s.skip_cue()
        elif act == "resume":
            s.resume(lost=s.last_t)
        elif act == "attendance":
            s.take_attendance(
                expected=n,
                present=n // 2 + n % 3,
                absent=[Absence(name=f"缺{n}")],
                observers=[f"列{n}"],
                attendees=[f"出{n}"],
            )
        elif act == "decision":
            s.record_decision(f"决定{n}")
        elif act == "vote":
            s.record_vote(
                n % 7,
                n % 3,
                n % 2,
                unanimous=n % 5 == 0,
                subject=f"事项{n}",
                rule="two_thirds" if n % 2 else "majority",
            )
        elif act == "break":
            s.end_break() if s.on_break else s.take_break()
        elif act == "leave":
            s.leave()
        elif act == "beat":
            s.heartbeat()
        elif act == "minute":
            s.add_minute()
        elif act == "message":
            s.send_message(None if n % 3 == 0 else f"请抓紧时间{n}")
    if end:
        s.end()
    again = Session.replay(small_meeting(), events, clock=clock, start_wall=START)
    assert again.snapshot() == s.snapshot()


# ---------------------------------------------------------------- breaks, limits, messages
def test_a_break_pauses_the_running_timer_and_resumes_it(clock):
    events: list = []
    s = make(clock, events)
    goto_cue(s)
    s.toggle_timer()
    clock.advance(60)
    s.take_break()
    assert s.on_break and s.phase() == "paused"
    kinds = [type(e).__name__ for e in events[-2:]]
    assert kinds == ["TimerAction", "BreakTaken"]  # the pause is its own event, just before
    clock.advance(600)
    assert s.remaining() == 240
    s.end_break()
    assert not s.on_break and s.phase() == "normal"
    assert s.breaks[0].start == 60 and s.breaks[0].end == 660 and s.breaks[0].cue == s.current.id
    again = Session.replay(small_meeting(), events, clock=clock, start_wall=START)
    assert again.snapshot() == s.snapshot()


def test_a_break_at_a_passage_pauses_nothing(clock):
    s = make(clock)
    s.take_break()
    s.take_break()  # twice: one break
    assert len(s.breaks) == 1 and s.breaks[0].cue is None
    s.end_break()
    assert s.running_cue() is None and not s.on_break


def test_leaving_pauses_the_timer_and_is_dated(clock):
    events: list = []
    s = make(clock, events)
    goto_cue(s)
    s.toggle_timer()
    clock.advance(30)
    s.leave()
    assert s.running_cue() is None and s.leaves == [30]
    assert type(events[-1]).__name__ == "Left"


def test_heartbeats_date_a_crash(clock):
    events: list = []
    s = make(clock, events)
    goto_cue(s)
    s.toggle_timer()
    for _ in range(4):
        clock.advance(5)
        s.heartbeat()
    # kill -9 after 22 s: the next process resumes from the journal and its last heartbeat
    again = Session.replay(small_meeting(), events, clock=clock, start_wall=START)
    assert again.last_t == 20
    clock.advance(100)
    again.resume(lost=again.last_t)
    assert again.interruptions[0].t_lost == 20
    assert again.speakers[again.current.id].interrupted  # the timer ran through it


def test_one_more_minute_is_recorded_and_counts(clock):
    events: list = []
    s = make(clock, events)
    goto_cue(s)
    s.toggle_timer()
    clock.advance(290)
    s.add_minute()
    assert s.limit_of(s.current.id) == 360 and s.remaining() == 70
    assert s.speakers[s.current.id].limit_s == 360
    s.add_minute()
    assert s.limit_of(s.current.id) == 420
    s.jump_to(0)
    s.add_minute()  # not at a cue: nothing
    assert type(events[-1]).__name__ == "Moved"


def test_a_message_is_sent_and_cleared(clock):
    events: list = []
    s = make(clock, events)
    s.send_message("请抓紧时间")
    assert s.message == "请抓紧时间"
    s.send_message("请抓紧时间")  # the same again: no event
    s.send_message(None)
    assert s.message is None
    assert [getattr(e, "text", "?") for e in events[-2:]] == ["请抓紧时间", None]


def test_the_forecast_does_not_jump_when_a_speaker_pauses(clock):
    s = make(clock)
    goto_cue(s)
    s.toggle_timer()
    clock.advance(60)
    running = s.remaining_forecast()
    s.toggle_timer()  # pause
    assert s.remaining_forecast() == running


def test_a_journal_that_stood_on_the_title_replays(clock):
    from chair.events import Moved

    s = Session(small_meeting(), clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=small_meeting(), start_wall=START, t=0.0))
    s.apply(Moved(step="s0", sentence=0, t=0.0))
    assert s.current.id == "s1"


def test_the_header_names_the_part_the_chair_stands_in(clock):
    """Stepping back from the first item into the opening is the opening again, not the
    closing: the part is where the step stands, not whether an item was ever opened."""
    from chair.i18n import tr
    from chair.views import item_label

    s = make(clock)
    strings = tr("zh")
    assert item_label(s, strings) == strings["opening"]
    s.jump_to_item(0)
    assert item_label(s, strings).startswith("第一项 ")
    s.prev_step()
    assert s.current.item is None
    assert item_label(s, strings) == strings["opening"]
    s.jump_to(len(s.steps) - 1)
    assert s.current.item is None
    assert item_label(s, strings) == strings["closing"]

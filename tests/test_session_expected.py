"""The session's observable state after a known walk, every field worked out by hand.

The replay property compares a session with its own replay; here the numbers come from the
rules: seconds spent per step and sentence, the forecast, what skip and the sentence keys do.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from chair.events import MeetingHeader, from_record, to_record
from chair.session import MeetingClock, Session
from chair.timefmt import format_clock, format_duration, format_minutes
from tests.conftest import FakeClock, small_meeting
from tests.journal_helpers import START, header, replayed, write_lines

# small_meeting: its title (s0, 7 characters) is shown in the header and is no step, so step
# index i has id s{i+1}: 0 s1 salutation (3), 1 s2 overview (19), 2 s3 item 1 (two sentences:
# 13 + 7), 3 s4 item 2 (13 + 10), 4 s5 张三 5 min, 5 s6 unnamed 5 min, 6 s7 closing (6).


def started(clock: FakeClock, **kw) -> Session:
    s = Session(small_meeting(), clock=clock, start_wall=START, **kw)
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.start()
    return s


def into(records: list[dict]):
    """A sink keeping each event as the JSON object of its journal line."""
    return lambda event: records.append(to_record(event))


def test_snapshot_of_a_known_walk(clock):
    events: list[dict] = []
    s = started(clock)
    s.sink = into(events)
    clock.advance(5)
    s.jump_to(2)  # t=5: item 1
    clock.advance(4)
    s.next_sentence()  # t=9: its second sentence
    clock.advance(6)
    s.jump_to(4)  # t=15: 张三
    s.toggle_timer()
    clock.advance(50)
    s.add_note("张三谈预算")  # t=65
    clock.advance(20)
    s.set_name("李四", "s6")
    s.next_step()  # t=85: 张三 stops at 70 s spoken; 李四
    clock.advance(1)
    s.set_auto(True)
    s.set_speed(250)
    snap = s.snapshot()
    assert snap.pop("sentences") == [ls.sentences for ls in s.steps]
    assert snap == {
        "steps": ["s1", "s2", "s3", "s4", "s5", "s6", "s7"],
        "index": 5,
        "sentence": 0,
        "names": {"s6": "李四"},
        "speakers": {"s5": ("张三", 300, False, False, False, 70.0, False, 15.0, 85.0)},
        "log": [("speaker", "s5"), ("note", 0)],
        "notes": [(65.0, "张三谈预算", 1, "s5")],
        "attendance": None,
        "decisions": [],
        "votes": [],
        "breaks": [],
        "limits": {},
        "items": [(5.0, 15.0), (15.0, None)],
        "auto": True,
        "speed": 250.0,
        "ended": False,
        "step_time": {"s1": 5.0, "s3": 10.0, "s5": 70.0},
        "leaves": [],
        "limit_changes": [],
        "message": None,
    }
    assert s.sentence_time == {("s1", 0): 5.0, ("s3", 0): 4.0, ("s3", 1): 6.0, ("s5", 0): 70.0}
    assert s.visited == {"s1", "s3", "s5", "s6"}
    assert [e["type"] for e in events] == [
        "step",
        "step",
        "step",
        "timer",
        "note",
        "name",
        "timer",
        "step",
        "auto",
        "speed",
    ]
    assert events[6] == {
        "type": "timer",
        "cue": "s5",
        "action": "stop",
        "t": 85.0,
        "wall": "2026-11-26T09:01:25+08:00",
    }
    assert s.last_t == 86.0


def test_end_closes_the_item_the_timers_and_the_last_step(clock):
    s = started(clock)
    s.jump_to(4)
    s.toggle_timer()
    clock.advance(30)
    s.end()
    assert s.ended and s.items == [s.items[0], s.items[1]]
    assert [(i.start, i.end) for i in s.items] == [(None, None), (0.0, 30.0)]
    assert s.speakers["s5"].timer.stopped_at == 30.0
    assert s.step_time == {"s1": 0.0, "s5": 30.0}
    s.end()  # once only
    assert s.last_t == 30.0


def test_forecast_counts_the_reading_left_and_the_speakers_left(clock):
    s = started(clock)
    # 3 + 19 + 20 + 23 + 6 = 71 characters at 200 a minute, two speakers at 5 minutes.
    assert s.remaining_forecast() == pytest.approx(71 * 0.3 + 600)
    s.jump_to(2, 1)  # the second sentence of item 1: 7 + 23 + 6 characters are left
    assert s.remaining_forecast() == pytest.approx(36 * 0.3 + 600)
    s.jump_to(4)
    s.toggle_timer()
    clock.advance(100)  # 张三 has 200 s left, the next speaker 300, the closing 6 characters
    assert s.remaining_forecast() == pytest.approx(200 + 300 + 1.8)
    assert s.forecast_end() == START + timedelta(seconds=100 + 501.8)
    s.next_step()  # 张三 done: counts nothing any more
    assert s.remaining_forecast() == pytest.approx(300 + 1.8)
    clock.advance(400)
    s.jump_to(4)  # back at the finished 张三: he counts nothing
    assert s.remaining_forecast() == pytest.approx(300 + 1.8)


def test_forecast_in_overtime_adds_nothing_for_the_speaker(clock):
    s = started(clock)
    s.jump_to(5)
    s.toggle_timer()
    clock.advance(400)
    assert s.remaining_forecast() == pytest.approx(1.8)


def test_prev_sentence_goes_to_the_last_sentence_of_the_step_before(clock):
    s = started(clock)
    s.jump_to(3)
    s.prev_sentence()
    assert (s.index, s.sentence) == (2, 1)
    s.prev_sentence()
    assert (s.index, s.sentence) == (2, 0)
    s.jump_to(0)
    s.prev_sentence()  # at the very start: nothing
    assert (s.index, s.sentence) == (0, 0)


def test_prev_step_from_a_cue_goes_to_the_step_before(clock):
    s = started(clock)
    s.jump_to(3, 1)
    s.prev_step()  # the start of the passage first
    assert (s.index, s.sentence) == (3, 0)
    s.prev_step()
    assert (s.index, s.sentence) == (2, 0)
    s.jump_to(4)
    s.prev_step()
    assert (s.index, s.sentence) == (3, 0)


def test_jump_outside_the_meeting_is_ignored_and_sentences_are_clamped(clock):
    events: list[dict] = []
    s = started(clock)
    s.sink = into(events)
    s.jump_to(7)
    s.jump_to(-1)
    assert events == [] and s.index == 0
    s.jump_to(2, 9)
    assert (s.index, s.sentence) == (2, 1)
    s.jump_to(2, 1)  # already there: no event
    assert len(events) == 1
    s.jump_to_item(5)  # no such item: nothing
    assert len(events) == 1


def test_skip_counts_the_limit_only_for_an_untimed_cue(clock):
    s = started(clock, mode="rehearse")
    s.jump_to(4)
    s.skip_cue()
    assert s.index == 5 and s.speakers["s5"].skipped
    assert s.speakers["s5"].spoken(clock()) == 300.0
    s.toggle_timer()
    clock.advance(40)
    s.skip_cue()  # timed: no skip, only the move (which stops the timer)
    assert s.index == 6 and not s.speakers["s6"].skipped
    assert s.speakers["s6"].spoken(clock()) == 40.0
    s.jump_to(2)
    s.skip_cue()  # not a cue: nothing
    assert s.index == 2


def test_a_skipped_cue_timed_later_counts_its_time(clock):
    s = started(clock, mode="rehearse")
    s.jump_to(4)
    s.skip_cue()
    s.jump_to(4)
    s.toggle_timer()
    clock.advance(12)
    rec = s.speakers["s5"]
    assert not rec.skipped and rec.spoken(clock()) == 12.0


def test_toggle_and_name_only_at_a_cue(clock):
    events: list[dict] = []
    s = started(clock)
    s.sink = into(events)
    s.toggle_timer()
    s.set_name("张三")
    s.set_name("   ", "s5")
    s.set_name("王五", "s99")
    assert events == [] and s.phase() == "idle" and s.running_cue() is None
    s.jump_to(4)
    s.toggle_timer()
    assert s.running_cue() == "s5"


def test_stop_timer_writes_stop_once(clock):
    events: list[dict] = []
    s = started(clock)
    s.jump_to(4)
    s.sink = into(events)
    s.stop_timer()  # never started: nothing
    s.toggle_timer()
    s.toggle_timer()  # paused
    s.stop_timer()
    s.stop_timer()
    assert [e.get("action") for e in events] == ["start", "pause", "stop"]
    assert s.phase() == "done"


def test_a_timer_resumed_twice_does_not_restart(clock):
    s = started(clock)
    s.jump_to(4)
    s.toggle_timer()
    clock.advance(10)
    s.apply(from_record({"type": "timer", "cue": "s5", "action": "resume", "t": 10.0}))
    clock.advance(10)
    assert s.speakers["s5"].spoken(clock()) == 20.0


def test_names_and_limits_of_cues(clock):
    s = started(clock, default_limit_s=420)
    assert s.name_of("s5") == "张三" and s.name_of("s6") is None and s.name_of("s3") is None
    assert s.limit_of("s5") == 300 and s.limit_of("s3") == 420
    assert s.remaining("s6") == 300.0 and s.phase("s6") == "idle"
    s.set_name("李四", "s6")
    assert s.name_of("s6") == "李四"
    assert s.current_item is None
    s.jump_to(2)
    assert s.current_item is s.meeting.items[0]
    assert [s.item_state(0), s.item_state(1)] == ["now", "todo"]


def test_at_end_means_the_last_sentence_of_the_last_step(clock):
    s = started(clock)
    assert not s.at_last_step and not s.at_end
    s.jump_to(6)
    assert s.at_last_step and s.at_end
    s.next_step()
    s.next_sentence()
    assert s.index == 6


def test_wall_times_of_events(clock):
    events: list[dict] = []
    s = started(clock)
    s.sink = into(events)
    clock.advance(3661.4)
    s.add_note("一小时后")
    assert events[-1]["t"] == 3661.4 and events[-1]["wall"] == "2026-11-26T10:01:01+08:00"
    assert s.wall_at(60) == START + timedelta(minutes=1)


def test_event_time_never_goes_back(clock):
    events: list[dict] = []
    s = started(clock)
    s.sink = into(events)
    clock.advance(50)
    s.add_note("a")
    clock.t = 20.0  # a clock that went back (never, from MeetingClock; still guarded)
    s.add_note("b")
    assert [e["t"] for e in events] == [50.0, 50.0]


def test_meeting_clock_counts_from_its_offset():
    mono = FakeClock(1000.0)
    c = MeetingClock(offset=120.0, mono=mono)
    assert c() == 120.0
    mono.advance(2.5)
    assert c() == 122.5


@pytest.mark.parametrize(
    ("seconds", "clock_text", "duration"),
    [
        (0, "00:00", "00:00"),
        (0.2, "00:01", "00:00"),
        (59.5, "01:00", "01:00"),
        (600, "10:00", "10:00"),
        (3599.4, "60:00", "59:59"),
        (3600, "60:00", "1:00:00"),
        (3725, "62:05", "1:02:05"),
        (-0.5, "+00:00", "00:00"),
        (-61, "+01:01", "00:00"),
        (-3600, "+60:00", "00:00"),
    ],
)
def test_clock_and_duration_texts(seconds, clock_text, duration):
    assert format_clock(seconds) == clock_text
    assert format_duration(seconds) == duration


@pytest.mark.parametrize(
    ("seconds", "zh", "en"),
    [
        (0, "0分钟", "0 min"),
        (59.9, "0分钟", "0 min"),
        (60, "1分钟", "1 min"),
        (3599, "59分钟", "59 min"),
        (3600, "1小时", "1 h 0 min"),
        (3725, "1小时2分", "1 h 2 min"),
        (-3, "0分钟", "0 min"),
    ],
)
def test_minutes_never_round_up(seconds, zh, en):
    assert (format_minutes(seconds), format_minutes(seconds, "en")) == (zh, en)


def test_header_speed_and_resume_turn_auto_off(clock):
    s = Session(small_meeting(), clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, speed=320, t=0.0))
    assert s.started and s.speed == 320.0
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, speed=0, t=0.0))
    assert s.speed == 320.0  # no speed in the header: the one given stays
    s.apply(from_record({"type": "auto", "on": True, "t": 1.0}))
    s.apply(from_record({"type": "resume", "t": 5.0}))
    assert s.auto is False
    # No `lost` written: the gap is dated from the last event before the resume.
    assert [(i.t_lost, i.t_resumed) for i in s.interruptions] == [(1.0, 5.0)]


def test_a_new_session_before_any_event(clock):
    s = Session(small_meeting(), clock=clock, start_wall=START)
    assert (s.index, s.sentence, s.auto, s.started, s.ended) == (0, 0, False, False, False)
    assert (s.mode, s.speed, s.default_limit_s, s.last_t) == ("run", 200.0, 600, 0.0)
    assert s.speakers == {} and s.names == {} and s.notes == [] and s.log == []
    assert [(i.start, i.end) for i in s.items] == [(None, None), (None, None)]
    assert s.interruptions == [] and s.step_time == {} and s.visited == set()
    assert [ls.item for ls in s.steps] == [None, None, 0, 1, 1, 1, None]
    assert s.steps[2].sentences == ["首先，进行会议第一项，学习文件。", "请大家认真学习！"]
    assert s.steps[4].sentences == ["请张三同志发言。"] and s.steps[4].is_cue


def test_start_writes_the_header_then_the_first_position(clock, tmp_path):
    from chair.live_meeting import LiveMeeting

    clock.advance(0.0004)
    live = LiveMeeting.start(
        small_meeting(),
        tmp_path / "j.jsonl",
        clock=clock,
        start_wall=START,
        epoch=START.timestamp(),
    )
    s = live.session
    live.conclude()
    events = [json.loads(x) for x in (tmp_path / "j.jsonl").read_text("utf-8").splitlines()]
    head = events[0]
    assert (head["type"], head["version"], head["t"], head["wall"]) == (
        "meeting",
        1,
        0.0,
        "2026-11-26T09:00:00+08:00",
    )
    assert events[1:] == [
        {
            "type": "step",
            "step": "s1",
            "sentence": 0,
            "t": 0.0,
            "wall": "2026-11-26T09:00:00+08:00",
        },
    ]
    assert s.started and s.visited == {"s1"}


def test_events_carry_rounded_time_and_keep_a_given_one(clock):
    events: list[dict] = []
    s = started(clock)
    s.sink = into(events)
    clock.advance(12.34567)
    s.add_note("x")
    assert events[-1]["t"] == 12.346 and events[-1]["wall"] == "2026-11-26T09:00:12+08:00"
    s.resume(lost=3.5, pid=42)
    assert events[-1] == {
        "type": "resume",
        "lost": 3.5,
        "pid": 42,
        "t": 12.346,
        "wall": "2026-11-26T09:00:12+08:00",
    }
    s.interrupted("SIGHUP")
    assert events[-1]["type"] == "interrupted" and events[-1]["signal"] == "SIGHUP"
    assert not s.ended and s.index == 0


def test_replay_attaches_the_sink_after_replaying(clock):
    written: list[dict] = []
    events = [
        MeetingHeader(meeting=small_meeting(), start_wall=START, t=0.0),
        from_record({"type": "step", "step": "s3", "sentence": 1, "t": 2.0}),
    ]
    s = Session.replay(
        small_meeting(),
        events,
        clock=clock,
        start_wall=START,
        sink=into(written),
        mode="rehearse",
        speed=240,
    )
    assert written == [] and s.sink is not None
    assert (s.index, s.sentence, s.mode, s.speed, s.start_wall) == (2, 1, "rehearse", 240.0, START)
    s.add_note("接着")
    assert [e["type"] for e in written] == ["note"]


def test_a_timer_just_started_has_its_whole_limit(clock):
    s = started(clock)
    s.jump_to(4)
    clock.advance(7)
    s.toggle_timer()
    rec = s.speakers["s5"]
    assert s.remaining() == 300.0 and rec.spoken(clock()) == 0.0 and rec.overtime(clock()) == 0.0
    assert rec.spoken(3.0) == 0.0  # a clock behind the start adds nothing
    assert format_clock(s.remaining()) == "05:00"
    clock.advance(299)
    assert rec.overtime(clock()) == 0.0
    s.toggle_timer()  # paused at 299 s spoken, then resumed at once
    s.toggle_timer()
    assert rec.spoken(clock()) == 299.0


def test_a_skipped_cue_is_idle_and_a_paused_untimed_one_spoke_nothing(tmp_path):
    jpath = tmp_path / "j.jsonl"
    write_lines(
        jpath,
        [
            header(),
            {"type": "step", "step": "s5", "t": 0.0},
            {"type": "skip", "cue": "s5", "t": 1.0},
            {"type": "timer", "cue": "s6", "action": "pause", "t": 2.0},
            {"type": "timer", "cue": "s3", "action": "start", "t": 3.0},
        ],
    )
    r = replayed(jpath, now=10.0)
    assert r.phase("s5") == "idle" and r.speakers["s5"].spoken(10.0) == 300.0
    assert r.speakers["s6"].spoken(10.0) == 0.0 and r.phase("s6") == "idle"
    odd = r.speakers["s3"]  # a timer on a passage: the default limit, under its item
    assert (odd.cue_id, odd.limit_s, odd.item, odd.extra, odd.name) == ("s3", 600, 0, False, None)
    assert odd.spoken(10.0) == 7.0


def test_the_remaining_time_and_phase_of_another_cue(clock):
    s = started(clock)
    s.jump_to(4)
    s.toggle_timer()
    clock.advance(70)
    s.next_step()
    assert s.current.id == "s6"
    assert s.remaining("s5") == 230.0 and s.phase("s5") == "done"
    assert s.remaining() == 300.0 and s.phase() == "idle"
    assert s.timer("s5") is s.speakers["s5"].timer and s.timer() is None


def test_three_sentences_forth_and_back(clock):
    s = started(clock)
    s.jump_to(1)  # the overview: three sentences
    assert len(s.current.sentences) == 3
    seen = []
    for _ in range(4):
        s.next_sentence()
        seen.append((s.index, s.sentence))
    assert seen == [(1, 1), (1, 2), (2, 0), (2, 1)]
    back = []
    for _ in range(5):
        s.prev_sentence()
        back.append((s.index, s.sentence))
    assert back == [(2, 0), (1, 2), (1, 1), (1, 0), (0, 0)]
    s.prev_sentence()  # at the very start: nothing
    assert (s.index, s.sentence) == (0, 0)
    s.jump_to(1)
    s.prev_step()
    assert (s.index, s.sentence) == (0, 0)


def test_jump_to_an_item_lands_on_its_first_sentence(clock):
    s = started(clock)
    s.jump_to(2, 1)
    s.jump_to(6)
    s.jump_to_item(0)
    assert (s.index, s.sentence) == (2, 0)
    s.jump_to_item(1)
    assert (s.index, s.sentence) == (3, 0)


def test_an_extra_speaker_takes_the_first_cue_limit_of_its_item(clock):
    from chair.model import Item, Meeting, Passage, SpeakerCue

    m = Meeting(
        title="会",
        opening=[Passage("开会。", 1)],
        items=[
            Item(
                1,
                "发言",
                2,
                [
                    Passage("发言。", 2),
                    SpeakerCue("请甲发言。", 3, name="甲", limit_s=180),
                    SpeakerCue("请乙发言。", 4, name="乙", limit_s=420),
                ],
            )
        ],
        closing=[],
    )
    s = Session(m, clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=m, start_wall=START, t=0.0))
    s.start()
    s.jump_to(1)
    cue = s.add_extra("丙")
    assert s.limit_of(cue) == 180 and s.steps[2].id == cue and s.steps[2].item == 0


def test_the_snapshot_rounds_to_the_millisecond(clock):
    s = started(clock)
    clock.advance(0.00049)
    s.jump_to(4)
    s.toggle_timer()
    clock.advance(1.23456)
    s.next_step()
    snap = s.snapshot()
    assert snap["speakers"]["s5"][5] == 1.235
    assert snap["step_time"] == {"s1": 0.0, "s5": 1.235}


def test_lines_written_by_hand_that_leave_things_out(tmp_path):
    """A journal without stops, without times, without sentences: the rules fill them in."""
    jpath = tmp_path / "j.jsonl"
    write_lines(
        jpath,
        [
            header(),
            {"type": "step", "step": "s3", "sentence": 1, "t": 2.0},
            {"type": "step", "step": "s3", "t": 3.0},  # no sentence: the first
            {"type": "step", "step": "s1", "sentence": 5, "t": 4.0},  # one sentence only
            {"type": "step", "step": "s3", "t": 6.0},
            {"type": "step", "step": "s5", "t": 7.0},
            {"type": "timer", "cue": "s5", "action": "start", "t": 10.0},
            {"type": "note", "text": "无时间"},  # takes the last time
            {"type": "end", "t": 50.0},  # stops the running timer itself
        ],
    )
    r = replayed(jpath)
    assert r.sentence_time[("s3", 0)] == 2.0  # 3→4 and 6→7: both visits count
    assert r.sentence_time[("s3", 1)] == 1.0 and r.sentence_time[("s1", 0)] == 4.0
    assert r.notes[0].t == 10.0
    sp = r.speakers["s5"]
    assert (sp.timer.stopped_at, sp.timer.running, sp.spoken(99.0)) == (50.0, False, 40.0)
    assert r.ended and [(i.start, i.end) for i in r.items] == [(2.0, 7.0), (7.0, 50.0)]


def test_replayed_extra_speaker_step(tmp_path):
    jpath = tmp_path / "j.jsonl"
    write_lines(
        jpath,
        [
            header(),
            {"type": "extra", "after": "s4", "cue": "x1", "name": "赵六", "limit_s": 90, "t": 1.0},
            {"type": "extra", "after": "s0", "cue": "x2", "name": None, "limit_s": 60, "t": 2.0},
        ],
    )
    r = replayed(jpath)
    x1 = r.step_by_id("x1")
    assert (x1.step.text, x1.step.line, x1.step.name, x1.step.limit_s, x1.step.extra) == (
        "临时发言",
        0,
        "赵六",
        90,
        True,
    )
    assert x1.item == 1 and x1.sentences == ["临时发言"] and r.names == {"x1": "赵六"}
    x2 = r.step_by_id("x2")
    assert x2.item is None and x2.step.name is None and r.name_of("x2") is None


def test_renaming_a_speaker_who_has_spoken(clock):
    s = started(clock)
    s.jump_to(4)
    s.toggle_timer()
    s.set_name("张三丰")
    assert s.speakers["s5"].name == "张三丰" and s.name_of("s5") == "张三丰"


def test_a_move_writes_the_sentence_it_lands_on(clock):
    events: list[dict] = []
    s = started(clock)
    s.sink = into(events)
    s.jump_to(2, 9)
    assert events[-1]["sentence"] == 1


@pytest.mark.parametrize("speed", [-5, 10001, "fast", True])
def test_a_header_with_a_bad_speed_is_refused(tmp_path, capsys, speed):
    from chair.cli import main as cli_main

    jpath = tmp_path / "j.jsonl"
    write_lines(jpath, [header(speed=speed)])
    assert cli_main(["export", str(jpath)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"chair: error: {jpath}:1: 'speed' must be a number from 0 to 10000, not {speed!r}\n"
    )

"""The secretary's records in the session: attendance, decisions, votes, notes where they
were taken; the rules of quorum and votes; the quorum sentence filled in."""

from __future__ import annotations

import pytest

from chair.events import Absence, AttendanceTaken, BreakTaken, Heartbeat, Left, LimitSet, decode
from chair.model import Item, Meeting, Passage
from chair.procedure import (
    expected_in_script,
    fill_quorum,
    format_absences,
    parse_absences,
    quorum_holds,
    split_names,
    third_person,
    vote_passes,
    votes_needed,
)
from chair.session import Session
from tests.conftest import FakeClock, small_meeting


def make(clock: FakeClock, meeting: Meeting | None = None) -> tuple[Session, list]:
    events: list = []
    s = Session(meeting or small_meeting(), clock=clock, sink=events.append)
    s.start()
    return s, events


def test_majority_and_two_thirds_count_against_those_present():
    assert votes_needed(30) == 16 and votes_needed(31) == 16
    assert votes_needed(30, "two_thirds") == 20 and votes_needed(31, "two_thirds") == 21
    assert vote_passes(16, 10, 4, present=30)
    assert not vote_passes(15, 0, 0, present=30)  # abstaining or absent is not 同意
    assert vote_passes(15, 0, 0, present=None)  # no attendance: against the votes cast
    assert not vote_passes(19, 0, 0, present=30, rule="two_thirds")
    assert vote_passes(0, 0, 0, present=None, unanimous=True)
    assert not vote_passes(0, 0, 0, present=None)


def test_quorum_is_more_than_half():
    assert quorum_holds(35, 18) is True
    assert quorum_holds(35, 17) is False
    assert quorum_holds(None, 17) is None


def test_names_and_absences_as_typed():
    assert split_names("张三、李四，王五;张三\n赵六") == ["张三", "李四", "王五", "赵六"]
    absent = parse_absences("张三（出差、培训）、李四(病假)，王五")
    assert absent == [
        Absence(name="张三", reason="出差、培训"),
        Absence(name="李四", reason="病假"),
        Absence(name="王五"),
    ]
    assert format_absences(absent) == "张三（出差、培训）、李四（病假）、王五"
    assert format_absences(absent, "en") == "张三 (出差、培训), 李四 (病假), 王五"


def test_the_quorum_sentence_is_filled_in():
    holds = AttendanceTaken(expected=35, present=30)
    assert (
        fill_quorum("应到委员35人，实到委员  人，符合规定人数。", holds)
        == "应到委员35人，实到委员30人，符合规定人数。"
    )
    short = AttendanceTaken(expected=None, present=12)
    assert (
        fill_quorum("应到委员35人，实到委员  人，符合规定人数。", short)
        == "应到委员35人，实到委员12人，不符合规定人数。"
    )
    assert (
        fill_quorum("本次会议应到××人，实到××人，符合法定人数。", holds)
        == "本次会议应到35人，实到30人，符合法定人数。"
    )
    assert fill_quorum("请大家起立。", holds) == "请大家起立。"
    assert expected_in_script(["同志们：", "应到委员35人，实到委员  人"]) == 35


def test_item_titles_in_the_third_person():
    assert (
        third_person("由我围绕本次学习主题作集中学习领学", "王书记")
        == "由王书记围绕本次学习主题作集中学习领学"
    )
    assert third_person("由我作总结发言", None) == "由主持人作总结发言"
    assert third_person("由我们共同学习", "王书记") == "由我们共同学习"


def test_attendance_fills_the_scripts_quorum_line_on_screen(clock):
    meeting = small_meeting()
    meeting.opening.append(Passage("本次会议应到委员35人，实到委员  人，符合规定人数。", 3))
    s, events = make(clock, meeting)
    line = next(ls for ls in s.steps if "应到" in ls.step.text)
    assert "实到委员  人" in line.sentences[0]
    s.take_attendance(
        expected=35,
        present=30,
        absent=[Absence(name="张三", reason="出差")],
        observers=["李四"],
        attendees=["王五"],
    )
    assert line.sentences == ["本次会议应到委员35人，实到委员30人，符合规定人数。"]
    assert s.present == 30 and s.attendance is not None
    assert s.attendance.absent == (Absence(name="张三", reason="出差"),)
    s.take_attendance(expected=35, present=17)  # the latest holds
    assert line.sentences == ["本次会议应到委员35人，实到委员17人，不符合规定人数。"]
    assert s.attendance.observers == ()


def test_decisions_votes_and_notes_belong_to_where_they_were_taken(clock):
    s, events = make(clock)
    s.record_decision("开场决定")
    s.jump_to_item(1)
    s.take_attendance(expected=10, present=9)
    s.record_decision("  同意实施方案  ")
    assert s.record_vote(5, 3, 1, subject="实施方案") is True
    assert s.record_vote(4, 4, 1) is False
    assert s.record_vote(0, unanimous=True) is True
    s.next_step()  # onto 张三
    s.toggle_timer()
    s.add_note("张三发言时调整音响")
    assert [(d.text, d.item) for d in s.decisions] == [("开场决定", None), ("同意实施方案", 1)]
    assert [(v.yes, v.no, v.abstain, v.passed, v.present, v.subject) for v in s.votes] == [
        (5, 3, 1, True, 9, "实施方案"),
        (4, 4, 1, False, 9, None),
        (9, 0, 0, True, 9, None),
    ]
    assert (s.notes[-1].item, s.notes[-1].cue) == (1, s.current.id)
    replayed = Session.replay(small_meeting(), events, clock=clock).snapshot()
    live = s.snapshot()
    for key in ("notes", "decisions", "votes", "attendance"):
        assert replayed[key] == live[key]


def test_a_limit_set_live_changes_the_timer_and_is_recorded(clock):
    s, _ = make(clock)
    s.jump_to_item(1)
    s.next_step()
    cue = s.current.id
    s.toggle_timer()
    clock.advance(290)
    s.apply(LimitSet(cue=cue, limit_s=360, t=clock.t))
    assert s.limit_of(cue) == 360 and s.remaining() == 70
    assert [(c.old_s, c.new_s) for c in s.limit_changes] == [(300, 360)]


def test_breaks_and_the_ways_a_process_goes_away(clock):
    s, _ = make(clock)
    s.apply(BreakTaken(on=True, t=10.0))
    s.apply(BreakTaken(on=True, t=11.0))  # already on a break
    s.apply(BreakTaken(on=False, t=70.0))
    s.apply(Heartbeat(t=75.0))
    s.resume(lost=75.0)  # a crash after the heartbeat
    s.apply(Left(t=clock.t + 80))
    s.apply(decode('{"type":"resume","lost":80.0,"t":200.0}', 9))
    s.interrupted("SIGTERM")
    s.resume(lost=200.0)
    assert [(b.start, b.end) for b in s.breaks] == [(10.0, 70.0)]
    assert [(i.t_lost, i.kind) for i in s.interruptions] == [
        (75.0, "crash"),
        (80.0, "left"),
        (200.0, "signal"),
    ]


def test_a_note_away_from_any_item_has_none():
    clock = FakeClock()
    s, _ = make(
        clock,
        Meeting(
            title="t",
            opening=[Passage("同志们：", 1)],
            items=[Item(1, "一", 2, [Passage("进行第一项。", 2)])],
        ),
    )
    s.add_note("开场记录")
    assert (s.notes[0].item, s.notes[0].cue) == (None, None)


def test_counts_the_journal_could_not_read_back_are_refused(clock):
    s, events = make(clock)
    with pytest.raises(ValueError):
        s.take_attendance(expected=2_000_000, present=1)
    with pytest.raises(ValueError):
        s.record_vote(-1)
    assert s.attendance is None and s.votes == [] and len(events) == 1

"""Rules of the session at their edges, each worked out by hand on `small_meeting`.

Step index i has id s{i+1} (the title s0 is no step): 0 s1 salutation, 1 s2 overview,
2 s3 item 1 (two sentences), 3 s4 item 2, 4 s5 张三 5 min, 5 s6 unnamed 5 min, 6 s7 closing.
Every event the session emits is kept as its journal line.
"""

from __future__ import annotations

import pytest

from chair.events import Absence, MeetingHeader, NoteTaken, to_record
from chair.model import Meeting, Passage
from chair.session import MAX_COUNT, BadEvent, Session
from tests.conftest import FakeClock, small_meeting
from tests.journal_helpers import START


def started(clock: FakeClock, records: list[dict]) -> Session:
    s = Session(small_meeting(), clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.start()
    s.sink = lambda event: records.append(to_record(event))
    return s


def kinds(records: list[dict]) -> list[str]:
    return [r["type"] for r in records]


def test_a_script_of_a_title_alone_shows_the_title() -> None:
    meeting = Meeting(title="通知", opening=[Passage("通知", 1, "title")])
    s = Session(meeting, clock=FakeClock(), start_wall=START)
    assert [(ls.id, ls.step.text, ls.item, ls.sentences) for ls in s.steps] == [
        ("s0", "通知", None, ["通知"])
    ]


def test_back_from_the_very_first_position_stays_there(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.prev_step()
    s.prev_sentence()
    assert (s.index, s.sentence, records) == (0, 0, [])


def test_a_note_on_a_cue_is_that_speakers_even_before_the_timer_runs(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.jump_to(4)
    s.add_note("  张三：先讲预算  ")
    assert records[-1] == {
        "type": "note",
        "text": "张三：先讲预算",
        "item": 1,
        "cue": "s5",
        "t": 0.0,
        "wall": "2026-11-26T09:00:00+08:00",
    }


def test_attendance_is_journaled_whole(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.take_attendance(
        expected=35,
        present=33,
        absent=[Absence(name="王五", reason="病假")],
        observers=["赵六"],
        attendees=["张三", "李四"],
    )
    record = records[-1]
    assert {k: v for k, v in record.items() if k not in ("t", "wall")} == {
        "type": "attendance",
        "expected": 35,
        "present": 33,
        "absent": [{"name": "王五", "reason": "病假"}],
        "observers": ["赵六"],
        "attendees": ["张三", "李四"],
    }
    assert s.present == 33


@pytest.mark.parametrize("field", ["expected", "present"])
def test_a_count_out_of_range_is_refused_before_it_is_written(clock, field) -> None:
    records: list[dict] = []
    s = started(clock, records)
    counts = {"expected": 10, "present": 10, field: MAX_COUNT + 1}
    with pytest.raises(ValueError, match=f"a count must be from 0 to {MAX_COUNT}, not"):
        s.take_attendance(**counts)
    counts[field] = MAX_COUNT  # the largest count is a count
    s.take_attendance(**counts)
    assert kinds(records) == ["attendance"]


@pytest.mark.parametrize("which", [1, 2])
def test_a_vote_count_out_of_range_is_refused(clock, which) -> None:
    records: list[dict] = []
    s = started(clock, records)
    counts = [5, 5, 5]
    counts[which] = -1
    with pytest.raises(ValueError, match="a count must be from 0 to 1000000, not -1"):
        s.record_vote(*counts)
    assert records == []


def test_a_vote_with_only_its_yes_count_is_a_majority_vote_under_this_item(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.take_attendance(expected=35, present=30)
    s.jump_to(3)  # item 2
    assert s.record_vote(16) is True  # 16 of 30 present: more than half
    vote = records[-1]
    assert {k: v for k, v in vote.items() if k not in ("t", "wall")} == {
        "type": "vote",
        "item": 1,
        "subject": None,
        "yes": 16,
        "no": 0,
        "abstain": 0,
        "unanimous": False,
        "passed": True,
        "rule": "majority",
    }
    assert s.record_vote(15) is False  # 15 of 30 is not more than half


def test_a_two_thirds_vote_and_a_unanimous_one(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.take_attendance(expected=35, present=30)
    assert s.record_vote(20, 10, 0, rule="two_thirds", subject=" 章程 ") is True  # 20 of 30
    assert (records[-1]["rule"], records[-1]["subject"]) == ("two_thirds", "章程")
    assert s.record_vote(19, 11, 0, rule="two_thirds") is False
    assert s.record_vote(0, 3, 4, unanimous=True) is True
    assert (records[-1]["yes"], records[-1]["no"], records[-1]["abstain"]) == (30, 0, 0)
    assert records[-1]["unanimous"] is True


def test_no_break_and_no_heartbeat_once_the_meeting_has_ended(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.end()
    s.take_break()
    s.heartbeat()
    assert kinds(records) == ["end"]


def test_no_heartbeat_before_the_meeting_starts(clock) -> None:
    records: list[dict] = []
    s = Session(small_meeting(), clock=clock, start_wall=START)
    s.sink = lambda event: records.append(to_record(event))
    s.heartbeat()
    assert records == []
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.start()
    s.heartbeat()
    assert kinds(records) == ["step", "heartbeat"]


def test_a_minute_more_for_the_speaker_named_not_the_current_one(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.jump_to(5)  # s6
    s.add_minute("s5")
    assert (s.limit_of("s5"), s.limit_of("s6")) == (360, 300)
    assert records[-1]["type"] == "limit" and records[-1]["cue"] == "s5"
    s.set_limit(120, "s5")
    assert (s.limit_of("s5"), s.limit_of("s6")) == (120, 300)


def test_a_limit_is_clamped_to_one_second_and_one_day(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.jump_to(4)
    s.set_limit(0)
    assert s.limit_of("s5") == 1
    s.set_limit(24 * 3600 + 1)
    assert s.limit_of("s5") == 24 * 3600
    s.set_limit(24 * 3600)  # the same limit again: nothing to record
    assert [r["limit_s"] for r in records if r["type"] == "limit"] == [1, 24 * 3600]


def test_a_pause_right_after_the_start_counts_what_was_spoken(clock) -> None:
    records: list[dict] = []
    s = started(clock, records)
    s.jump_to(4)
    clock.advance(10)
    s.toggle_timer()
    clock.advance(0.4)
    s.toggle_timer()
    assert s.speakers["s5"].timer.spoken(clock()) == pytest.approx(0.4)


def test_a_note_under_an_item_the_meeting_lacks_is_refused() -> None:
    s = Session(small_meeting(), clock=FakeClock(), start_wall=START)
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.apply(NoteTaken(text="x", item=1, t=1.0))  # the second of two items
    with pytest.raises(BadEvent, match="no item 2 in this meeting"):
        s.apply(NoteTaken(text="x", item=2, t=2.0))
    assert [n.text for n in s.notes] == ["x"]

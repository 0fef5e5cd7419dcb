"""Typed events at the journal boundary: every kind round-trips through its line, a damaged line
is one `ChairError` naming FILE:LINE in every command, and a newer writer's kind is kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from chair.cli import main as cli_main
from chair.errors import ChairError
from chair.events import (
    KINDS,
    Absence,
    AttendanceTaken,
    AutoAdvance,
    BreakTaken,
    CueSkipped,
    DecisionMade,
    Ended,
    Event,
    ExtraSpeaker,
    Heartbeat,
    Interrupted,
    Left,
    LimitSet,
    MeetingHeader,
    MessageSent,
    Moved,
    Named,
    NoteTaken,
    Resumed,
    SpeedChanged,
    TimerAction,
    UnknownEvent,
    VoteTaken,
    decode,
    encode,
    event_kind,
)
from chair.journal import read_journal
from chair.live_meeting import LiveMeeting
from tests.conftest import FakeClock, small_meeting

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

SAMPLES: list[Event] = [
    Moved(step="s3", sentence=1, t=1.5, wall="2026-11-26T09:00:01+00:00"),
    TimerAction(cue="s5", action="pause", t=2.0),
    Named(cue="s5", name="张三", t=3.0),
    ExtraSpeaker(after="s5", cue="x1", name=None, limit_s=300, t=4.0),
    NoteTaken(text="会场调整音响", t=5.0),
    CueSkipped(cue="s5", t=6.0),
    AutoAdvance(on=True, t=7.0),
    SpeedChanged(cpm=240.0, t=8.0),
    Resumed(lost=8.0, pid=42, t=9.0),
    Interrupted(signal="SIGTERM", t=10.0),
    Ended(t=11.0),
    BreakTaken(on=True, t=12.0),
    Left(t=13.0),
    Heartbeat(t=14.0),
    LimitSet(cue="s5", limit_s=660, t=15.0),
    MessageSent(text="请抓紧时间", t=16.0),
    MessageSent(text=None, t=16.5),
    AttendanceTaken(
        expected=35,
        present=30,
        absent=(Absence(name="张三", reason="出差"), Absence(name="李四")),
        observers=("王五",),
        attendees=("赵六", "钱七"),
        t=17.0,
    ),
    DecisionMade(text="同意《实施方案》", item=1, t=18.0),
    VoteTaken(
        item=1,
        subject="实施方案",
        yes=20,
        no=3,
        abstain=2,
        unanimous=False,
        passed=True,
        rule="majority",
        t=19.0,
    ),
    VoteTaken(
        item=None, subject=None, yes=30, unanimous=True, passed=True, rule="two_thirds", t=20.0
    ),
    NoteTaken(text="张三发言时会场调整音响", item=1, cue="s5", t=21.0),
]


@pytest.mark.parametrize("event", SAMPLES, ids=lambda e: e.kind)
def test_every_kind_round_trips_through_its_line(event: Event) -> None:
    line = encode(event)
    assert json.loads(line)["type"] == event.kind
    assert decode(line, 2) == event


def test_every_registered_kind_has_a_sample() -> None:
    assert {e.kind for e in SAMPLES} | {"meeting"} == set(KINDS)


def test_header_round_trips_and_keeps_the_timezone() -> None:
    header = MeetingHeader(
        meeting=small_meeting(),
        start_wall=START,
        title="测试",
        speed=200.0,
        default_limit_s=300,
        epoch=1.7e9,
        t=0.0,
    )
    again = decode(encode(header), 1)
    assert again == header
    assert isinstance(again, MeetingHeader) and again.start_wall.utcoffset() is not None


def test_the_line_keeps_the_documented_field_order() -> None:
    assert encode(Moved(step="s1", sentence=0, t=1.0, wall="w")) == (
        '{"type":"step","step":"s1","sentence":0,"t":1.0,"wall":"w"}'
    )


@pytest.mark.parametrize(
    "line, why",
    [
        ('{"type":"timer","cue":"s1","action":"fly"}', "'action' must be one of"),
        ('{"type":"step"}', "needs 'step'"),
        ('{"type":"step","step":"s1","sentence":"2"}', "'sentence' must be a whole number"),
        ('{"type":"note","text":5}', "'text' must be text"),
        ('{"type":"auto","on":1}', "'on' must be true or false"),
        ('{"type":"note","text":"x","t":1e12}', "'t' must be a number"),
        ('{"type":"extra","after":"s1","cue":"x1","limit_s":0}', "'limit_s'"),
        ('{"type":"meeting","version":1}', "a second meeting header"),
        ("[1]", "not a JSON object"),
        ('{"type":"attendance","absent":"张三"}', "'absent' must be a list"),
        ('{"type":"attendance","absent":[{"reason":"病假"}]}', "needs 'name'"),
        ('{"type":"attendance","observers":[1]}', "'observers' must be text"),
        ('{"type":"vote","yes":3,"passed":true,"rule":"most"}', "'rule' must be one of"),
        ('{"type":"vote","yes":-1,"passed":true}', "'yes' must be a whole number"),
        ('{"type":"decision","item":1}', "needs 'text'"),
    ],
)
def test_a_damaged_line_names_the_file_and_line(line: str, why: str) -> None:
    with pytest.raises(ChairError) as err:
        decode(line, 7, "m.jsonl")
    assert err.value.path == "m.jsonl" and err.value.line == 7
    assert why in err.value.message


def test_an_unknown_kind_is_kept_and_ignored() -> None:
    line = '{"type":"vote-2030","for":3,"t":2.5}'
    event = decode(line, 3)
    assert isinstance(event, UnknownEvent) and event.t == 2.5
    assert json.loads(encode(event)) == json.loads(line)


def test_a_new_kind_needs_only_a_dataclass_and_registration() -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True, kw_only=True)
    class Probe(Event):
        words: str

    try:
        event_kind("probe-test")(Probe)
        assert decode('{"type":"probe-test","words":"休会"}', 2) == Probe(words="休会")
        with pytest.raises(ChairError, match="'words' must be text"):
            decode('{"type":"probe-test","words":1}', 2)
    finally:
        KINDS.pop("probe-test")


def _damaged_journal(tmp_path: Path) -> Path:
    """A meeting whose line 4 is a timer event with an action nobody knows."""
    path = tmp_path / "m.jsonl"
    live = LiveMeeting.start(small_meeting(), path, clock=FakeClock(), start_wall=START)
    live.session.next_step()
    live.session.next_step()
    live.conclude()
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines[3] = '{"type":"timer","cue":"s1","action":"fly","t":3.0}\n'
    path.write_text("".join(lines), "utf-8")
    return path


def test_resume_export_and_display_report_the_same_damage(tmp_path: Path, capsys) -> None:
    path = _damaged_journal(tmp_path)
    expected = f"{path}:4: 'action' must be one of start, pause, resume, stop, not 'fly'"
    with pytest.raises(ChairError) as err:
        read_journal(path)
    assert err.value.render() == expected
    for argv in (["export", str(path)], ["resume", str(path)]):
        assert cli_main(argv) == 2
        assert capsys.readouterr().err.strip() == f"chair: error: {expected}"
    follower = LiveMeeting.follow(path, wall=lambda: 0.0)
    follower.poll()
    assert follower.problem == expected


def test_resume_keeps_the_limit_the_meeting_started_with(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    live = LiveMeeting.start(
        small_meeting(), path, default_limit_s=420, clock=FakeClock(), start_wall=START
    )
    live.conclude()
    again, warnings = LiveMeeting.resume(path)
    try:
        assert warnings == [] and again.session.default_limit_s == 420
        assert again.journal.events[-1]["type"] == "resume"
    finally:
        again.conclude()


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m["items"][0]["steps"][0].update(text=5),
        lambda m: m["items"][1]["steps"][1].update(limit_s="ten"),
        lambda m: m["items"][0].update(number=None),
        lambda m: m.update(items=[{"title": "x"}]),
    ],
)
def test_a_header_agenda_of_the_wrong_shape_names_line_1(change) -> None:
    header = json.loads(encode(MeetingHeader(meeting=small_meeting(), start_wall=START, t=0.0)))
    change(header["meeting"])
    with pytest.raises(ChairError) as err:
        decode(json.dumps(header), 1, "m.jsonl")
    assert err.value.line == 1 and "no usable agenda" in err.value.message


def test_the_follower_keeps_the_header_timezone(tmp_path: Path) -> None:
    east8 = datetime(2026, 11, 26, 9, 0).astimezone(timezone(timedelta(hours=8)))
    path = tmp_path / "m.jsonl"
    live = LiveMeeting.start(small_meeting(), path, clock=FakeClock(), start_wall=east8)
    live.conclude()
    follower = LiveMeeting.follow(path, wall=lambda: 0.0)
    follower.poll()
    assert follower.session is not None
    assert follower.session.start_wall == east8
    assert follower.session.start_wall.utcoffset() == timedelta(hours=8)

"""Replay and resume against states computed by hand, not against another replay.

Each test drives the session's commands (or writes journal lines by hand), reads the journal
FILE back the way `chair export` and `chair resume` do, and compares with numbers worked out
here from the rules: item spans, spoken times across a crash, auto-advance waits, speeds.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from chair.cli import main as cli_main
from chair.errors import ChairError
from chair.events import MeetingHeader, decode_all, to_record
from chair.journal import read_events
from chair.model import Meeting
from chair.replay import replay_journal
from chair.session import Session
from chair.speeds import KEYED_MAX_CPM, KEYED_MIN_CPM
from chair.timefmt import format_clock
from chair.tui.widgets.big_clock import BigClock
from tests.conftest import FakeClock, small_meeting
from tests.journal_helpers import START, Recorder, header, replayed, write_lines

# small_meeting's steps: s0 title, s1 salutation, s2 overview, s3 item 1 (two sentences),
# s4 item 2's passage, s5 张三 (5 min), s6 an unnamed cue (5 min), s7 the closing.


@pytest.fixture
def jpath(tmp_path: Path) -> Path:
    return tmp_path / "meeting.jsonl"


def export(path: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = cli_main(["export", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- item spans


def test_returning_to_an_item_clears_its_end(jpath):
    rec = Recorder(jpath)
    s, clock = rec.session, rec.clock
    clock.advance(10)
    s.jump_to_item(0)
    clock.advance(40)
    s.jump_to_item(1)
    clock.advance(30)
    s.jump_to_item(0)  # back to item 1 at t=80: its end is gone, item 2 ended at 80
    expected = [(10.0, None), (50.0, 80.0)]
    assert [(i.start, i.end) for i in s.items] == expected
    assert [(i.start, i.end) for i in replayed(jpath).items] == expected
    assert [s.item_state(0), s.item_state(1)] == ["now", "done"]


def test_item_spans_of_a_whole_meeting(jpath, capsys):
    rec = Recorder(jpath)
    s, clock = rec.session, rec.clock
    clock.advance(15)
    s.jump_to_item(0)
    clock.advance(45)  # t=60
    s.jump_to_item(1)
    clock.advance(125)  # t=185
    s.jump_to(s.index_of("s7"))  # the closing ends item 2
    clock.advance(5)
    s.end()
    r = replayed(jpath)
    assert [(i.start, i.end) for i in r.items] == [(15.0, 60.0), (60.0, 185.0)]
    assert r.ended
    code, out, _ = export(jpath, capsys)
    assert code == 0
    assert "时间：09:00:15–09:01:00，用时45秒" in out
    assert "时间：09:01:00–09:03:05，用时2分5秒" in out
    assert "09:00–09:03（历时3分钟）" in out  # 3:10, to the minute


# ---------------------------------------------------------------- timers


def test_pause_resume_stop_add_up(jpath):
    rec = Recorder(jpath)
    s, clock = rec.session, rec.clock
    s.jump_to(s.index_of("s5"))
    clock.advance(10)
    s.toggle_timer()  # start at 10
    clock.advance(100)
    s.toggle_timer()  # pause at 110: 100 s spoken
    clock.advance(500)
    s.toggle_timer()  # resume at 610
    clock.advance(250)
    s.next_step()  # leaving stops at 860: 350 s spoken, 50 s over
    actions = [ev["action"] for ev in rec.lines() if ev["type"] == "timer"]
    assert actions == ["start", "pause", "resume", "stop"]
    r = replayed(jpath, now=2000.0)
    sp = r.speakers["s5"]
    assert sp.spoken(2000.0) == pytest.approx(350.0)
    assert sp.overtime(2000.0) == pytest.approx(50.0)
    assert (sp.timer.started_at, sp.timer.stopped_at, sp.timer.running) == (10.0, 860.0, False)
    assert r.index == r.index_of("s6")


def test_a_crash_while_a_speaker_runs_keeps_the_time_spoken_in_the_room(jpath):
    rec = Recorder(jpath)
    s, clock = rec.session, rec.clock
    s.jump_to(s.index_of("s5"))
    clock.advance(100)
    s.toggle_timer()  # 张三 starts at 100
    clock.advance(30)
    s.add_note("张三谈到预算")  # the last line before the crash, t=130
    # `chair resume` 70 s later: a resume line, then the meeting goes on.
    rec.write({"type": "resume", "lost": 130.0, "pid": 1, "t": 200.0})
    r = replayed(jpath, now=250.0)
    sp = r.speakers["s5"]
    assert sp.timer.running and sp.interrupted
    assert sp.spoken(250.0) == pytest.approx(150.0)  # 100 → 250, the gap included
    assert r.remaining("s5") == pytest.approx(150.0)
    assert [(i.t_lost, i.t_resumed) for i in r.interruptions] == [(130.0, 200.0)]
    assert r.auto is False


def make_app_headless(monkeypatch, seen: dict) -> None:
    """`chair resume` runs its real screen headless, looks at it once and leaves."""
    import chair.tui.app as tui_app

    real = tui_app.make_app

    def fake(session, **kw):
        app = real(session, **kw)
        seen["session"], seen["kw"] = session, kw
        run = app.run

        async def look(pilot) -> None:
            await pilot.pause()
            seen["clock"] = app.screen.query_one(BigClock).text
            seen["remaining"] = session.remaining()
            seen["wall"] = time.time()
            app.exit()

        app.run = lambda *a, **k: run(headless=True, size=(100, 30), auto_pilot=look)
        return app

    monkeypatch.setattr(tui_app, "make_app", fake)


def test_resume_on_a_running_timer_keeps_the_spoken_time(jpath, monkeypatch, capsys):
    """The speaker went on while chair was down: started at 100 s, resumed at 200 s."""
    began = time.time()
    events = [
        header(epoch=began - 200.0),  # the meeting began 200 s ago
        {"type": "step", "step": "s5", "sentence": 0, "t": 0.0},
        {"type": "timer", "cue": "s5", "action": "start", "t": 100.0},
        {"type": "note", "text": "张三谈到预算", "t": 100.5},
    ]
    write_lines(jpath, events)
    seen: dict = {}
    make_app_headless(monkeypatch, seen)
    assert cli_main(["resume", str(jpath)]) == 0
    session: Session = seen["session"]
    # 300 s limit; spoken from 100 s to now, the gap included: 100 s and what this test took.
    took = seen["wall"] - began
    assert seen["remaining"] == pytest.approx(200.0 - took, abs=0.25)
    shown = {format_clock(seen["remaining"] + d) for d in (0.0, 1.0, 2.0)}
    assert seen["clock"] in shown
    assert session.speakers["s5"].interrupted and session.speakers["s5"].timer.running
    lines = [json.loads(x) for x in jpath.read_text("utf-8").splitlines()]
    resume = [ev for ev in lines if ev["type"] == "resume"]
    assert len(resume) == 1 and resume[0]["lost"] == 100.5 and resume[0]["t"] >= 200.0


def test_resumed_rehearsal_stays_a_rehearsal(jpath, monkeypatch, capsys):
    rec = Recorder(jpath, mode="rehearse", epoch=time.time() - 60.0)
    rec.clock.advance(20)
    rec.session.jump_to(rec.session.index_of("s5"))
    rec.session.skip_cue()
    seen: dict = {}
    make_app_headless(monkeypatch, seen)
    assert cli_main(["resume", str(jpath)]) == 0
    assert seen["session"].mode == "rehearse"
    assert seen["kw"]["rehearsal"] is True
    assert seen["session"].speakers["s5"].skipped
    assert seen["session"].index == seen["session"].index_of("s6")


def test_resume_of_an_ended_meeting_is_refused(jpath, capsys):
    rec = Recorder(jpath)
    rec.session.end()
    assert cli_main(["resume", str(jpath)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"chair: error: {jpath}: this meeting has ended")


# ---------------------------------------------------------------- auto-advance and speed


def test_auto_switched_on_mid_sentence_waits_a_full_reading_time(clock):
    s = Session(small_meeting(), clock=clock, start_wall=START, speed=240)
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.start()
    clock.advance(10)
    s.jump_to(s.index_of("s3"))  # reached at t=10
    assert s.current.sentences[0] == "首先，进行会议第一项，学习文件。"  # 13 characters
    clock.advance(30)
    s.set_auto(True)  # t=40: the sentence has been on screen 30 s already
    # 13 characters at 240 a minute: 3.25 s from the moment auto was switched on.
    clock.advance(3.0)
    assert not s.auto_due()
    clock.advance(0.25)
    assert s.auto_due()
    s.next_sentence()  # t=43.25: the next sentence has its own time, 7 characters = 1.75 s
    clock.advance(1.5)
    assert not s.auto_due()
    clock.advance(0.25)
    assert s.auto_due()


def test_auto_waits_at_least_a_second_and_never_at_a_cue(clock):
    m = small_meeting()
    m.items[0].steps[0].text = "好。"  # one character: 0.3 s at 200, but never under 1 s
    s = Session(m, clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.start()
    s.jump_to(s.index_of("s3"))
    s.set_auto(True)
    clock.advance(0.99)
    assert not s.auto_due()
    clock.advance(0.01)
    assert s.auto_due()
    s.jump_to(s.index_of("s5"))
    clock.advance(1000)
    assert not s.auto_due()  # a speaker's turn is timed by the speaker timer, not auto
    s.set_auto(False)
    s.jump_to(s.index_of("s4"))
    clock.advance(1000)
    assert not s.auto_due()


def test_auto_wait_follows_the_speed(clock):
    s = Session(small_meeting(), clock=clock, start_wall=START, speed=120)
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.start()
    s.jump_to(s.index_of("s3"))
    s.set_auto(True)
    clock.advance(6.25)  # 13 characters at 120 a minute: 6.5 s
    assert not s.auto_due()
    clock.advance(0.25)
    assert s.auto_due()


def test_speed_is_clamped_and_journaled_clamped(jpath):
    rec = Recorder(jpath)
    s = rec.session
    s.set_speed(10)
    assert s.speed == KEYED_MIN_CPM == 60.0
    s.set_speed(5000)
    assert s.speed == KEYED_MAX_CPM == 600.0
    s.set_speed(600.0)  # no change, no line
    s.set_speed(260)
    assert [ev["cpm"] for ev in rec.lines() if ev["type"] == "speed"] == [60.0, 600.0, 260.0]
    assert replayed(jpath).speed == 260.0


def test_speed_skip_and_auto_survive_replay(jpath):
    rec = Recorder(jpath, mode="rehearse")
    s, clock = rec.session, rec.clock
    clock.advance(5)
    s.set_speed(260)
    s.jump_to(s.index_of("s5"))
    s.skip_cue()  # counts at its limit and moves on to s6
    clock.advance(5)
    s.set_auto(True)
    r = replayed(jpath, mode="rehearse")
    assert (r.speed, r.auto, r.index) == (260.0, True, r.index_of("s6"))
    assert r.speakers["s5"].skipped and r.speakers["s5"].spoken(99.0) == 300.0
    assert r.mode == "rehearse"
    s.set_auto(False)
    assert replayed(jpath).auto is False


def test_header_speed_is_the_starting_speed(jpath):
    write_lines(jpath, [header(speed=320.0), {"type": "step", "step": "s0", "t": 0.0}])
    assert replayed(jpath).speed == 320.0


# ---------------------------------------------------------------- names and extras


def test_names_and_extras_land_where_they_were_added(jpath):
    rec = Recorder(jpath)
    s, clock = rec.session, rec.clock
    s.jump_to(s.index_of("s6"))
    s.set_name("  李四 ")
    s.set_name("李四")  # same name: no second line
    clock.advance(3)
    first = s.add_extra("赵六", limit_s=120)
    second = s.add_extra(None)
    assert (first, second) == ("x1", "x2")
    r = replayed(jpath)
    assert [st.id for st in r.steps][4:8] == ["s5", "s6", "x2", "x1"]
    assert r.name_of("s6") == "李四" and r.name_of("x1") == "赵六" and r.name_of("x2") is None
    assert r.limit_of("x1") == 120 and r.limit_of("x2") == 300  # the item's own limit
    names = [ev for ev in rec.lines() if ev["type"] == "name"]
    assert [ev["name"] for ev in names] == ["李四"]


def test_extra_in_the_opening_gets_the_default_limit(jpath):
    rec = Recorder(jpath)
    rec.session.add_extra("来宾")
    r = replayed(jpath)
    assert r.limit_of("x1") == 600 and r.steps[1].id == "x1" and r.steps[1].item is None


# ---------------------------------------------------------------- refused lines


def base_lines() -> list[dict]:
    return [header(), {"type": "step", "step": "s4", "sentence": 0, "t": 1.0}]


BAD = {
    "duplicate extra": (
        {"type": "extra", "after": "s4", "cue": "x1", "name": "赵六", "limit_s": 300, "t": 3.0},
        "cannot replay this 'extra' event (extra speaker 'x1' added twice)",
    ),
    "limit 0": (
        {"type": "extra", "after": "s4", "cue": "x2", "name": None, "limit_s": 0, "t": 3.0},
        "'limit_s' must be a whole number from 1 to 86400, not 0",
    ),
    "limit negative": (
        {"type": "extra", "after": "s4", "cue": "x2", "name": None, "limit_s": -60, "t": 3.0},
        "'limit_s' must be a whole number from 1 to 86400, not -60",
    ),
    "limit over a day": (
        {"type": "extra", "after": "s4", "cue": "x2", "name": None, "limit_s": 86401, "t": 3.0},
        "'limit_s' must be a whole number from 1 to 86400, not 86401",
    ),
    "limit as text": (
        {"type": "extra", "after": "s4", "cue": "x2", "name": None, "limit_s": "300", "t": 3.0},
        "'limit_s' must be a whole number from 1 to 86400, not '300'",
    ),
    "limit as bool": (
        {"type": "extra", "after": "s4", "cue": "x2", "name": None, "limit_s": True, "t": 3.0},
        "'limit_s' must be a whole number from 1 to 86400, not True",
    ),
    "unknown timer action": (
        {"type": "timer", "cue": "s5", "action": "restart", "t": 3.0},
        "'action' must be one of start, pause, resume, stop, not 'restart'",
    ),
    "unknown step": (
        {"type": "step", "step": "s99", "t": 3.0},
        "cannot replay this 'step' event (no step 's99' in this meeting)",
    ),
    "negative time": (
        {"type": "note", "text": "x", "t": -1.0},
        "'t' must be a number from 0 to 1e+08, not -1.0",
    ),
    "speed zero": (
        {"type": "speed", "cpm": 0, "t": 3.0},
        "'cpm' must be a number from 1 to 10000, not 0",
    ),
    "auto not a bool": (
        {"type": "auto", "on": "yes", "t": 3.0},
        "'on' must be true or false, not 'yes'",
    ),
    "name not text": (
        {"type": "name", "cue": "s5", "name": 7, "t": 3.0},
        "'name' must be text, not 7",
    ),
    "sentence negative": (
        {"type": "step", "step": "s4", "sentence": -1, "t": 3.0},
        "'sentence' must be a whole number from 0 to 1e+09, not -1",
    ),
    "sentence as text": (
        {"type": "step", "step": "s4", "sentence": "1", "t": 3.0},
        "'sentence' must be a whole number from 0 to 1e+09, not '1'",
    ),
    "step id not text": (
        {"type": "step", "step": 4, "t": 3.0},
        "'step' must be text, not 4",
    ),
    "time too large": (
        {"type": "note", "text": "x", "t": 100000001},
        "'t' must be a number from 0 to 1e+08, not 100000001",
    ),
    "time as text": (
        {"type": "note", "text": "x", "t": "3"},
        "'t' must be a number from 0 to 1e+08, not '3'",
    ),
    "note text missing": (
        {"type": "note", "t": 3.0},
        "a 'note' event needs 'text'",
    ),
    "note not text": (
        {"type": "note", "text": ["x"], "t": 3.0},
        "'text' must be text, not ['x']",
    ),
    "extra after not text": (
        {"type": "extra", "after": 4, "cue": "x2", "name": None, "limit_s": 60, "t": 3.0},
        "'after' must be text, not 4",
    ),
    "extra cue not text": (
        {"type": "extra", "after": "s4", "cue": None, "name": None, "limit_s": 60, "t": 3.0},
        "'cue' must be text, not None",
    ),
    "extra name not text": (
        {"type": "extra", "after": "s4", "cue": "x2", "name": 5, "limit_s": 60, "t": 3.0},
        "'name' must be text, not 5",
    ),
    "skip cue not text": (
        {"type": "skip", "cue": 5, "t": 3.0},
        "'cue' must be text, not 5",
    ),
    "timer cue not text": (
        {"type": "timer", "cue": 5, "action": "start", "t": 3.0},
        "'cue' must be text, not 5",
    ),
    "name cue not text": (
        {"type": "name", "cue": None, "name": "x", "t": 3.0},
        "'cue' must be text, not None",
    ),
    "cpm too large": (
        {"type": "speed", "cpm": 10001, "t": 3.0},
        "'cpm' must be a number from 1 to 10000, not 10001",
    ),
    "cpm as bool": (
        {"type": "speed", "cpm": True, "t": 3.0},
        "'cpm' must be a number from 1 to 10000, not True",
    ),
    "resume lost negative": (
        {"type": "resume", "lost": -3, "t": 3.0},
        "'lost' must be a number from 0 to 1e+08, not -3",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_line_is_refused_naming_it(jpath, capsys, case):
    bad, message = BAD[case]
    good_extra = {
        "type": "extra",
        "after": "s4",
        "cue": "x1",
        "name": "赵六",
        "limit_s": 300,
        "t": 2.0,
    }
    write_lines(jpath, [*base_lines(), good_extra, bad, {"type": "end", "t": 9.0}])
    with pytest.raises(ChairError) as info:
        replayed(jpath)
    assert (info.value.line, info.value.message) == (4, message)
    code, out, err = export(jpath, capsys)
    assert (code, out) == (2, "")
    assert err == f"chair: error: {jpath}:4: {message}\n"


@pytest.mark.parametrize("limit", [1, 86400])
def test_limits_at_the_bounds_are_accepted(jpath, limit):
    write_lines(
        jpath,
        [
            *base_lines(),
            {"type": "extra", "after": "s4", "cue": "x1", "name": None, "limit_s": limit, "t": 2.0},
        ],
    )
    assert replayed(jpath).limit_of("x1") == limit


def test_unknown_event_kinds_are_kept_and_ignored(jpath):
    write_lines(
        jpath,
        [
            *base_lines(),
            {"type": "poll", "yes": 12, "t": 2.0},  # a kind of a newer chair
            {"type": "note", "text": "通过", "t": 3.0},
        ],
    )
    r = replayed(jpath)
    assert [n.text for n in r.notes] == ["通过"] and r.index == r.index_of("s4")


# ---------------------------------------------------------------- the header


def minutes_of(path: Path, capsys) -> str:
    code, out, err = export(path, capsys)
    assert code == 0, err
    return out


def test_header_with_a_naive_time_is_local_time(jpath, capsys):
    h = header(start_wall="2026-11-26T09:00:00", wall="2026-11-26T09:00:00")
    write_lines(jpath, [h, {"type": "step", "step": "s3", "t": 60.0}, {"type": "end", "t": 90.0}])
    r = replayed(jpath)
    assert r.start_wall.tzinfo is not None
    assert r.start_wall.replace(tzinfo=None).isoformat() == "2026-11-26T09:00:00"
    assert "2026年11月26日 09:00–09:01（历时2分钟）" in minutes_of(jpath, capsys)


def test_header_with_only_wall(jpath, capsys):
    h = header()
    del h["start_wall"]
    h["wall"] = "2026-11-26T14:30:00+08:00"
    write_lines(jpath, [h, {"type": "step", "step": "s3", "t": 30.0}, {"type": "end", "t": 60.0}])
    assert replayed(jpath).start_wall.isoformat() == "2026-11-26T14:30:00+08:00"
    assert "2026年11月26日 14:30–14:31（历时1分钟）" in minutes_of(jpath, capsys)


@pytest.mark.parametrize("start_wall", [None, "yesterday", 1700000000])
def test_header_without_a_usable_time_is_refused(jpath, capsys, start_wall):
    h = header(start_wall=start_wall)
    del h["wall"]
    write_lines(jpath, [h])
    code, out, err = export(jpath, capsys)
    assert code == 2
    assert err == f"chair: error: {jpath}:1: the meeting header has no valid start_wall time\n"


def test_header_with_an_empty_agenda_is_refused(jpath, capsys):
    write_lines(jpath, [header(Meeting(title="空会议", opening=[], items=[], closing=[]))])
    code, out, err = export(jpath, capsys)
    assert code == 2
    assert err == f"chair: error: {jpath}:1: the meeting header's agenda has no steps\n"


def test_header_without_an_agenda_is_refused(jpath, capsys):
    h = header()
    del h["meeting"]
    write_lines(jpath, [h])
    code, _, err = export(jpath, capsys)
    assert code == 2 and err == f"chair: error: {jpath}:1: the meeting header holds no agenda\n"


def test_replay_journal_of_nothing_is_refused():
    with pytest.raises(ChairError) as info:
        replay_journal([], "j.jsonl", clock=lambda: 0.0)
    assert info.value.render() == "j.jsonl: journal is empty (no meeting header)"


def test_replay_journal_names_the_journal_in_header_errors():
    h = header()
    del h["start_wall"], h["wall"]
    with pytest.raises(ChairError) as info:
        replay_journal(decode_all([h], "j.jsonl"), "j.jsonl", clock=lambda: 0.0)
    assert info.value.render() == "j.jsonl:1: the meeting header has no valid start_wall time"


def test_replay_journal_refuses_an_event_that_is_not_an_object(jpath):
    jpath.write_text(json.dumps(header()) + '\n["step"]\n', "utf-8")
    with pytest.raises(ChairError) as info:
        replayed(jpath)
    assert (info.value.line, info.value.message) == (2, "not a JSON object but list")


# ---------------------------------------------------------------- a write that fails


class DiskSays:
    """A sink that refuses every event, as a journal does when its write raises."""

    def __init__(self) -> None:
        self.tried: list[dict] = []

    def __call__(self, event: dict) -> None:
        self.tried.append(to_record(event))
        raise OSError(28, "No space left on device")


COMMANDS = {
    "next_sentence": lambda s: s.next_sentence(),
    "next_step": lambda s: s.next_step(),
    "prev_step": lambda s: s.prev_step(),
    "jump_to_item": lambda s: s.jump_to_item(0),
    "toggle_timer": lambda s: s.toggle_timer(),
    "set_name": lambda s: s.set_name("王五"),
    "add_extra": lambda s: s.add_extra("赵六"),
    "add_note": lambda s: s.add_note("记一笔"),
    "set_speed": lambda s: s.set_speed(300),
    "set_auto": lambda s: s.set_auto(True),
    "skip_cue": lambda s: s.skip_cue(),
    "end": lambda s: s.end(),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_journal_write_that_raises_leaves_the_state_unchanged(command):
    clock = FakeClock()
    s = Session(small_meeting(), clock=clock, start_wall=START, mode="rehearse")
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.start()
    s.jump_to(s.index_of("s6"))
    clock.advance(12)
    before = s.snapshot()
    sink = DiskSays()
    s.sink = sink
    with pytest.raises(OSError):
        COMMANDS[command](s)
    assert len(sink.tried) == 1
    assert s.snapshot() == before
    assert s.last_t == 0.0 and not s.ended


def test_a_running_speaker_left_with_a_failing_journal_keeps_running(clock):
    s = Session(small_meeting(), clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=s.meeting, start_wall=START, t=0.0))
    s.start()
    s.jump_to(s.index_of("s5"))
    s.toggle_timer()
    clock.advance(40)
    s.sink = DiskSays()
    with pytest.raises(OSError):
        s.next_step()  # the stop is refused first: nothing moves
    assert s.current.id == "s5" and s.speakers["s5"].timer.running
    assert s.remaining() == pytest.approx(260.0)


def test_read_events_sees_what_the_session_saw(jpath):
    rec = Recorder(jpath)
    rec.session.add_note("第一条")
    rec.clock.advance(2.5)
    rec.session.add_note("第二条")
    events, warnings = read_events(jpath)
    assert warnings == []
    assert [(ev["type"], ev["t"]) for ev in events] == [
        ("meeting", 0.0),
        ("step", 0.0),
        ("note", 0.0),
        ("note", 2.5),
    ]
    assert events[3]["wall"] == "2026-11-26T09:00:02+08:00"


def test_header_with_an_unusable_agenda_is_refused(jpath, capsys):
    h = header()
    del h["meeting"]["title"]
    write_lines(jpath, [h])
    code, _, err = export(jpath, capsys)
    assert code == 2
    assert err == (
        f"chair: error: {jpath}:1: the meeting header holds no usable agenda (KeyError: 'title')\n"
    )


def test_a_time_with_an_offset_keeps_its_offset(jpath):
    h = header(start_wall="2026-11-26T09:00:00-05:00", wall="2026-11-26T23:00:00+09:00")
    write_lines(jpath, [h])
    assert replayed(jpath).start_wall.isoformat() == "2026-11-26T09:00:00-05:00"

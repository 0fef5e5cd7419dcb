"""A meeting run in this process: its header on disk, the clock it resumes on, its rescue file.

The clocks are parameters: `wall` and `mono` are injected, so where the meeting clock of a
resumed meeting stands is worked out by hand from the header's epoch and the journal's last
event. Write failures are injected (`ENOSPC` from `os.write` on the journal's descriptor).
"""

from __future__ import annotations

import errno
import json
import os
import time
from pathlib import Path

import pytest

from chair import journal as journal_mod
from chair import paths
from chair.errors import ChairError
from chair.live_meeting import MAX_BRIDGE_S, LiveMeeting
from chair.model import DEFAULT_SPEED
from tests.conftest import FakeClock, small_meeting
from tests.journal_helpers import START, header, write_lines


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


# --- start ---------------------------------------------------------------------------------


def test_start_writes_the_header_it_is_given(tmp_path: Path) -> None:
    meeting = small_meeting()
    meeting.chair = "王主任"
    clock = FakeClock()
    path = tmp_path / "m.jsonl"
    live = LiveMeeting.start(
        meeting,
        path,
        mode="rehearse",
        script=tmp_path / "会议.txt",
        sha256="ab" * 32,
        lang="en",
        speed=180,
        default_limit_s=420,
        clock=clock,
        start_wall=START,
        epoch=1234.5,
    )
    first, step = lines_of(path)
    assert {k: v for k, v in first.items() if k != "meeting"} == {
        "type": "meeting",
        "version": 1,
        "script": str(tmp_path / "会议.txt"),
        "sha256": "ab" * 32,
        "title": "测试会议主持词",
        "mode": "rehearse",
        "lang": "en",
        "chair": "王主任",  # the script's chair when none is given
        "speed": 180.0,
        "default_limit_s": 420,
        "start_wall": "2026-11-26T09:00:00+08:00",
        "epoch": 1234.5,
        "t": 0.0,
        "wall": "2026-11-26T09:00:00+08:00",
    }
    assert step == {
        "type": "step",
        "step": "s1",
        "sentence": 0,
        "t": 0.0,
        "wall": "2026-11-26T09:00:00+08:00",
    }
    assert live.mode == "rehearse" and live.header.mode == "rehearse"
    session = live.session
    assert (session.mode, session.speed, session.default_limit_s) == ("rehearse", 180.0, 420)
    clock.advance(65)  # the session runs on the clock it was given
    session.next_step()
    assert lines_of(path)[-1]["t"] == 65.0
    live.conclude()


def test_start_without_choices_is_a_run_in_chinese_named_after_the_meeting(tmp_path: Path) -> None:
    before = time.time()
    live = LiveMeeting.start(small_meeting(), clock=FakeClock(), start_wall=START, chair="李四")
    after = time.time()
    live.conclude()
    expected = paths.journal_dir() / "2026-11-26_0900_测试会议主持词_run.jsonl"
    assert live.journal.path == expected
    first = lines_of(expected)[0]
    assert (first["mode"], first["lang"], first["chair"], first["script"]) == (
        "run",
        "zh",
        "李四",
        None,
    )
    assert before <= first["epoch"] <= after  # the epoch is now when none is given
    again = LiveMeeting.start(small_meeting(), mode="rehearse", clock=FakeClock(), start_wall=START)
    again.conclude()
    assert again.journal.path.name == "2026-11-26_0900_测试会议主持词_rehearse.jsonl"


# --- a failing disk: the problem said, the events rescued ----------------------------------


def _break_writes(monkeypatch, live: LiveMeeting) -> None:
    real = os.write

    def full(fd, data):
        if fd == live.journal._fd:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(journal_mod.os, "write", full)


def test_a_disk_that_fills_up_is_reported_and_every_event_rescued(tmp_path, monkeypatch) -> None:
    problems: list[str | None] = []
    path = tmp_path / "m.jsonl"
    live = LiveMeeting.start(
        small_meeting(), path, clock=FakeClock(), start_wall=START, on_problem=problems.append
    )
    _break_writes(monkeypatch, live)
    live.session.next_step()
    live.session.add_note("张三谈到预算")
    full = os.strerror(errno.ENOSPC)
    assert problems == [
        f"cannot write the journal: {full}; 1 event(s) kept in memory",
        f"cannot write the journal: {full}; 2 event(s) kept in memory",
    ]
    done = live.conclude()
    assert (done.path, done.ended, done.unwritten) == (path, False, 2)
    assert done.rescue == paths.journal_dir() / f"m.rescue-{os.getpid()}.jsonl"
    rescued = done.rescue.read_text("utf-8")
    assert "张三谈到预算" in rescued  # UTF-8, not escaped
    assert [json.loads(line) for line in rescued.splitlines()] == live.journal.events
    assert [e["type"] for e in live.journal.events] == ["meeting", "step", "step", "note"]
    assert len(lines_of(path)) == 2  # the header and the first step, before the disk filled


def test_the_rescue_goes_to_the_temporary_directory_when_the_journals_cannot_take_it(
    tmp_path, monkeypatch
) -> None:
    path = tmp_path / "m.jsonl"
    live = LiveMeeting.start(small_meeting(), path, clock=FakeClock(), start_wall=START)
    _break_writes(monkeypatch, live)
    live.session.next_step()
    paths.journal_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.journal_dir().write_text("a file where the folder should be", "utf-8")
    spare = tmp_path / "tmp"
    spare.mkdir()
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(spare))
    done = live.conclude()
    assert done.rescue == spare / f"m.rescue-{os.getpid()}.jsonl"
    assert [json.loads(x) for x in done.rescue.read_text("utf-8").splitlines()] == (
        live.journal.events
    )


def test_a_rescue_folder_is_made_with_its_parents(tmp_path, monkeypatch) -> None:
    path = tmp_path / "m.jsonl"
    live = LiveMeeting.start(small_meeting(), path, clock=FakeClock(), start_wall=START)
    _break_writes(monkeypatch, live)
    live.session.next_step()
    assert not paths.data_dir().exists()
    done = live.conclude()
    assert done.rescue is not None and done.rescue.parent == paths.journal_dir()


def test_a_meeting_on_a_healthy_disk_needs_no_rescue(tmp_path) -> None:
    path = tmp_path / "m.jsonl"
    live = LiveMeeting.start(small_meeting(), path, clock=FakeClock(), start_wall=START)
    live.session.end()
    done = live.conclude()
    assert (done.path, done.ended, done.unwritten, done.rescue) == (path, True, 0, None)


# --- resume: where the meeting clock stands ------------------------------------------------


def _journal(path: Path, *, epoch: float | None, last_t: float, **fields) -> Path:
    head = header(**fields)
    head["epoch"] = epoch
    if epoch is None:
        del head["epoch"]
    return write_lines(
        path,
        [
            head,
            {"type": "step", "step": "s0", "sentence": 0, "t": 0.0},
            {"type": "step", "step": "s1", "sentence": 0, "t": last_t},
        ],
    )


@pytest.mark.parametrize(
    ("since", "last_t", "now"),
    [
        (500.0, 100.25, 500.0),  # chair was down 400 s: the meeting went on without it
        (0.5, 0.0, 0.5),  # a resume at once still counts the half second
        (50.0, 100.25, 100.25),  # never behind the journal's last event
        (-1.0, 100.25, 100.25),  # a wall clock set back: the journal's time
        (MAX_BRIDGE_S, 10.0, MAX_BRIDGE_S),  # three years: the longest gap believed
        (MAX_BRIDGE_S + 1.0, 10.0, 10.0),  # longer: a wrong clock
    ],
)
def test_resume_starts_the_clock_from_the_wall_clock(tmp_path, since, last_t, now) -> None:
    path = _journal(tmp_path / "m.jsonl", epoch=1000.0, last_t=last_t)
    mono = FakeClock(77.0)
    live, warnings = LiveMeeting.resume(path, wall=lambda: 1000.0 + since, mono=mono)
    try:
        assert warnings == []
        assert live.session.now() == now
        resume = lines_of(path)[-1]
        assert resume == {
            "type": "resume",
            "lost": last_t,
            "pid": os.getpid(),
            "t": now,
            "wall": resume["wall"],
        }
        mono.advance(12.5)  # and then runs on the monotonic clock
        assert live.session.now() == now + 12.5
    finally:
        live.conclude()


def test_resume_without_an_epoch_goes_on_from_the_last_event(tmp_path) -> None:
    path = _journal(tmp_path / "m.jsonl", epoch=None, last_t=0.0, speed=None)
    live, _ = LiveMeeting.resume(path, wall=lambda: 1e9, mono=FakeClock())
    try:
        assert live.session.now() == 0.0
        assert live.session.speed == DEFAULT_SPEED
    finally:
        live.conclude()


def test_resume_records_the_lost_time_to_the_millisecond(tmp_path) -> None:
    path = _journal(tmp_path / "m.jsonl", epoch=1000.0, last_t=100.12345)
    live, _ = LiveMeeting.resume(path, wall=lambda: 1000.0, mono=FakeClock())
    live.conclude()
    assert lines_of(path)[-1]["lost"] == 100.123


def test_resume_keeps_the_speed_of_the_header(tmp_path) -> None:
    path = _journal(tmp_path / "m.jsonl", epoch=1000.0, last_t=1.0, speed=150.0)
    live, _ = LiveMeeting.resume(path, wall=lambda: 1000.0, mono=FakeClock())
    live.conclude()
    assert live.session.speed == 150.0


def test_resume_of_a_header_without_steps_names_the_journal(tmp_path) -> None:
    head = header()
    head["meeting"] = {**head["meeting"], "opening": [], "items": [], "closing": []}
    path = write_lines(tmp_path / "m.jsonl", [head])
    with pytest.raises(ChairError) as err:
        LiveMeeting.resume(path, wall=lambda: 0.0, mono=FakeClock())
    assert err.value.render() == f"{path}:1: the meeting header's agenda has no steps"


def test_resume_of_an_event_that_does_not_fit_names_its_line(tmp_path) -> None:
    path = write_lines(
        tmp_path / "m.jsonl",
        [header(), {"type": "step", "step": "s99", "sentence": 0, "t": 1.0}],
    )
    with pytest.raises(ChairError) as err:
        LiveMeeting.resume(path, wall=lambda: 0.0, mono=FakeClock())
    assert err.value.render().startswith(f"{path}:2: cannot replay this 'step' event")


def test_a_resumed_meeting_reports_a_failing_disk_too(tmp_path, monkeypatch) -> None:
    path = _journal(tmp_path / "m.jsonl", epoch=1000.0, last_t=1.0)
    problems: list[str | None] = []
    live, _ = LiveMeeting.resume(
        path, wall=lambda: 1000.0, mono=FakeClock(), on_problem=problems.append
    )
    _break_writes(monkeypatch, live)
    live.session.next_step()
    assert problems == [
        f"cannot write the journal: {os.strerror(errno.ENOSPC)}; 1 event(s) kept in memory"
    ]
    live.conclude()

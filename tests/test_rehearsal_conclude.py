"""The end of a rehearsal: the report file, the remembered speed, and failures collected.

A whole rehearsal read at exactly 240 characters a minute (0.25 s a character), so the
measured speed and what is remembered are known before the code runs.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from chair import speeds
from chair.rehearsal import build_report, conclude, report_path_for
from chair.speeds import remembered_speed
from tests.conftest import FakeClock
from tests.test_rehearsal import SPEED, drive, frozen_sample, new_session


def rehearsed(clock: FakeClock, **kw):
    session = new_session(frozen_sample(), clock, **kw)
    drive(session, clock)
    return session


def test_a_whole_rehearsal_writes_its_report_and_remembers_the_speed(clock, tmp_path):
    session = rehearsed(clock)
    path = tmp_path / "deep" / "r.report.md"
    saved = conclude(session, planned_speed=180, script_sha256="f00d", report_path=path)
    assert saved.errors == []
    assert saved.path == path and path.read_text("utf-8").startswith("# ")
    assert saved.report.measured_speed == SPEED and saved.report.speed_usable
    assert saved.remembered == SPEED and remembered_speed("f00d") == SPEED
    assert saved.report.planned_speed == 180.0  # the header's speed is what was planned
    assert saved.report.reached_end


def test_without_a_header_nothing_is_remembered_and_the_session_speed_is_planned(clock):
    session = rehearsed(clock, speed=300.0)
    saved = conclude(session)
    assert saved.path is None and saved.remembered is None and saved.errors == []
    assert saved.report.planned_speed == 300.0
    assert build_report(session, planned_speed=150.0).planned_speed == 150.0


def test_a_report_that_cannot_be_written_is_an_error_collected(clock, tmp_path):
    session = rehearsed(clock)
    path = tmp_path / "r.report.md"
    path.mkdir()  # a directory where the report should go
    saved = conclude(session, planned_speed=200, script_sha256="beef", report_path=path)
    assert saved.path is None
    assert saved.errors == [f"{path}: Is a directory"]
    assert saved.remembered == SPEED  # the speed is still remembered


def test_a_speed_that_cannot_be_remembered_is_an_error_collected(clock, tmp_path, monkeypatch):
    session = rehearsed(clock)

    def full(*args, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(speeds, "remember_speed", full)
    saved = conclude(
        session, planned_speed=200, script_sha256="cafe", report_path=tmp_path / "r.report.md"
    )
    assert saved.errors == ["speeds: No space left on device"]
    assert saved.remembered is None and saved.path == tmp_path / "r.report.md"


@pytest.mark.parametrize(
    ("journal", "report"),
    [
        ("/x/2026-05-01_0900_会议_rehearse.jsonl", "/x/2026-05-01_0900_会议_rehearse.report.md"),
        ("j.jsonl", "j.report.md"),
        ("/a.b/meeting", "/a.b/meeting.report.md"),
    ],
)
def test_the_report_goes_beside_the_journal(journal, report):
    assert report_path_for(journal) == Path(report)

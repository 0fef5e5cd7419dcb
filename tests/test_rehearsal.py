"""Rehearsal: the report's numbers, skipped cues, the remembered speed, the
Markdown golden file and the report screen snapshot.

The sample is used in two forms: `load_meeting(sample_script())` for what the parser makes
of it today, and `tests/data/rehearsal/sample_meeting.json` (the same sample, parsed once
and frozen with `meeting_to_dict`) where exact numbers, a golden file or a snapshot must
not move when the parser improves.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from chair import cli, paths
from chair.live_meeting import LiveMeeting
from chair.model import count_chars, forecast_seconds, meeting_from_dict
from chair.rehearsal import build_report, conclude, render_markdown, report_path_for
from chair.script.load import load_meeting, script_sha256
from chair.session import Session
from chair.speeds import remember_speed, remembered_speed
from chair.tui.app import make_app
from chair.tui.screens.report_screen import ReportScreen
from tests.conftest import FakeClock

DATA = Path(__file__).parent / "data" / "rehearsal"
START = datetime(2026, 5, 1, 9, 0, tzinfo=timezone(timedelta(hours=8)))
SPEED = 240.0
"""0.25 s a character: every reading time is exact in binary floating point."""
CUE_S = 2.0
"""Seconds spent reading a cue (请…发言) before `f` skips it."""


def frozen_sample():
    return meeting_from_dict(json.loads((DATA / "sample_meeting.json").read_text("utf-8")))


def new_session(meeting, clock, speed: float = 200.0, **kw) -> Session:
    s = Session(meeting, clock=clock, start_wall=START, mode="rehearse", speed=speed, **kw)
    s.start()
    return s


def sentence_seconds(session: Session, factor: float = 1.0) -> float:
    """The time the chair spends on the current sentence: its characters at SPEED."""
    ls = session.current
    return count_chars(ls.sentences[session.sentence]) * 60.0 / SPEED * factor


def pace(index: int) -> float:
    """A different (exact) pace for each step, so the slowest and fastest are clear."""
    return (0.75, 1.0, 1.25, 1.5, 1.0)[index % 5]


def step_number(session: Session) -> int:
    """The script's number of the current step (`s<N>`): the pace follows the script."""
    return int(session.current.id[1:])


def drive(
    session: Session,
    clock: FakeClock,
    *,
    title_s: float = 3.0,
    timed: dict | None = None,
    factor=lambda index: 1.0,
) -> None:
    """Rehearse the whole script on the session directly (no screen): the reference."""
    timed = timed or {}
    while True:
        ls = session.current
        if not ls.is_cue and ls.step.kind == "title":
            clock.advance(title_s)
            session.next_sentence()
            continue
        if ls.is_cue:
            clock.advance(CUE_S)
            if ls.id in timed:
                session.toggle_timer()
                clock.advance(timed[ls.id])
                session.next_step()
            else:
                session.skip_cue()
            continue
        clock.advance(sentence_seconds(session, factor(step_number(session))))
        if session.at_end:
            break
        session.next_sentence()
    session.end()


async def pilot_drive(
    pilot,
    session: Session,
    clock: FakeClock,
    *,
    title_s: float = 3.0,
    timed: dict | None = None,
    factor=lambda index: 1.0,
) -> None:
    """The same rehearsal, as the chair does it: keys on the screen, then q and y."""
    timed = timed or {}
    while True:
        ls = session.current
        if not ls.is_cue and ls.step.kind == "title":
            clock.advance(title_s)
            await pilot.press("space")
            continue
        if ls.is_cue:
            clock.advance(CUE_S)
            if ls.id in timed:
                await pilot.press("t")
                clock.advance(timed[ls.id])
                await pilot.press("pagedown")
            else:
                await pilot.press("f")
            continue
        clock.advance(sentence_seconds(session, factor(step_number(session))))
        if session.at_end:
            break
        await pilot.press("space")
    await pilot.press("q")
    await pilot.pause()
    await pilot.press("y")
    await pilot.pause()


# ---------------------------------------------------------------------------- numbers


async def test_pilot_rehearsal_gives_exact_report_numbers(tmp_path):
    meeting = frozen_sample()
    clock = FakeClock()
    session = new_session(meeting, clock)
    app = make_app(session, lang="zh", rehearsal=True, report_path=tmp_path / "r.report.md")
    async with app.run_test(size=(100, 30)) as pilot:
        assert "彩排" in str(app.screen.query_one("#header").render())
        await pilot_drive(pilot, session, clock)
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("q")
        await pilot.pause()
    assert session.ended
    report = app.return_value.rehearsal.report

    # The sample, frozen: 4459 characters, 3 speakers at 10:00, 25 steps (title left out).
    assert meeting.chars == 4459
    assert len(report.passages) == 24
    assert report.visited == 24 and report.reached_end
    # Every sentence but the last (本次会议结束。, 6 characters) is measured; cues are not.
    assert report.read_chars == 4459 - 3 * 5 - 6 == 4438
    assert report.read_s == 4438 * 0.25
    assert report.measured_speed == 240.0
    assert report.planned_speed == 200.0
    # Forecast: 4459 chars at 240/min = 1114.75 s, + 3 × 600 s = 2914.75 → 2915 (48:35);
    # planned: 4459 at 200/min = 1337.7 s + 1800 = 3137.7 → 3138 (52:18).
    assert report.forecast_s == 2915 == forecast_seconds(meeting, 240)
    assert report.planned_s == 3138 == forecast_seconds(meeting, 200)
    assert report.speakers_s == 1800
    # Skipped cues: 2 s at the cue plus the limit.
    cues = [r for r in report.passages if r.kind == "cue"]
    assert [(r.skipped, r.real_s, r.forecast_s) for r in cues] == [(True, 602.0, 601.5)] * 3
    # Per passage: chars at 0.25 s; the first passage of item 1 (s5, 26 chars) took 6.5 s.
    row = next(r for r in report.passages if r.step_id == "s5")
    assert (row.chars, row.real_s, row.forecast_s, row.cpm) == (26, 6.5, 7.8, 240.0)
    # Per item: all at 240.
    assert [round(i.cpm or 0, 6) for i in report.items] == [240.0] * 4 + [0.0]
    assert [i.part for i in report.items] == ["opening", "item", "item", "item", "closing"]
    assert report.items[0].chars == 612 and report.items[1].chars == 1586
    # The time it took: the reading, 2 s at each cue (skipping takes none); the title is
    # shown in the header, never a step to stand on.
    assert report.duration_s == (4438 + 6) * 0.25 + 3 * CUE_S == 1117


async def test_pilot_report_equals_the_direct_one():
    """The screen adds nothing and loses nothing: same keys, same report as the session alone."""
    meeting = frozen_sample()
    c1, c2 = FakeClock(), FakeClock()
    direct = new_session(meeting, c1)
    drive(direct, c1, timed={"s13": 125.0}, factor=pace)
    live = new_session(frozen_sample(), c2)
    app = make_app(live, lang="en", rehearsal=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot_drive(pilot, live, c2, timed={"s13": 125.0}, factor=pace)
        await pilot.press("enter")
        await pilot.pause()
    assert live.step_time == direct.step_time
    assert render_markdown(build_report(live), "en") == render_markdown(build_report(direct), "en")


def test_skipped_cues_count_at_their_limits_and_timed_ones_at_their_time(clock):
    meeting = frozen_sample()
    session = new_session(meeting, clock)
    drive(session, clock, timed={"s13": 125.0})
    report = build_report(session)
    cues = {r.step_id: r for r in report.passages if r.kind == "cue"}
    assert cues["s12"].skipped and cues["s12"].real_s == CUE_S + 600
    assert cues["s13"].timed and not cues["s13"].skipped
    assert cues["s13"].real_s == CUE_S + 125.0
    assert cues["s14"].skipped and cues["s14"].real_s == CUE_S + 600
    assert report.skipped == 2 and report.timed == 1
    # Speakers do not change the reading speed.
    assert report.measured_speed == 240.0
    item2 = report.items[2]
    assert item2.real_s == 60 * 0.25 + (602 + 127 + 602) + 172 * 0.25


def test_slowest_fastest_and_per_item_speed(clock):
    session = new_session(frozen_sample(), clock)
    drive(session, clock, factor=pace)
    report = build_report(session)
    # pace(index) 1.5 is the slowest (160/min), 0.75 the fastest (320/min); the first of
    # each with at least 20 characters wins a tie.
    assert report.slowest is not None and report.fastest is not None
    assert round(report.slowest.cpm, 6) == 160.0 and report.slowest.step_id == "s3"
    assert round(report.fastest.cpm, 6) == 320.0 and report.fastest.step_id == "s5"
    # Opening s1 (3 chars, ×1.0), s2 (×1.25), s3 (×1.5), s4 (×1.0): chars / time.
    opening = report.items[0]
    secs = (3 * 1.0 + 260 * 1.25 + 256 * 1.5 + 93 * 1.0) * 0.25
    assert opening.read_chars == 612 and opening.read_s == pytest.approx(secs, abs=0.01)
    assert opening.cpm == pytest.approx(612 * 60 / secs, abs=0.01)


def test_current_parser_sample_measures_the_reading_speed(clock):
    """Whatever the parser makes of the sample today, reading at 240/min measures 240/min."""
    meeting = load_meeting(paths.sample_script())
    session = new_session(meeting, clock)
    drive(session, clock)
    report = build_report(session)
    last = count_chars(session.current.sentences[session.sentence])
    cue_chars = sum(c.chars for c in meeting.speakers)
    assert report.read_chars == meeting.chars - cue_chars - last
    assert report.measured_speed == 240.0
    assert report.forecast_s == forecast_seconds(meeting, 240.0)
    assert report.skipped == len(meeting.speakers)


def test_a_short_rehearsal_is_reported_but_not_remembered(clock, tmp_path):
    session = new_session(frozen_sample(), clock)
    clock.advance(1)
    session.next_sentence()  # 同志们： read
    clock.advance(5)
    session.end()  # ended on the first sentence of s2: nothing of it is measured
    saved = conclude(
        session, planned_speed=200, script_sha256="abc", report_path=tmp_path / "x.report.md"
    )
    assert saved.report.read_chars == 3 and saved.report.measured_speed == 180.0
    assert not saved.report.speed_usable and saved.remembered is None
    assert remembered_speed("abc") is None
    assert not saved.report.reached_end
    text = (tmp_path / "x.report.md").read_text("utf-8")
    assert "未记住" in text and "未读完" in text and "未到" in text


def test_nothing_read_gives_no_speed_and_the_planned_forecast(clock):
    session = new_session(frozen_sample(), clock)
    clock.advance(10)
    session.end()
    report = build_report(session)
    assert report.measured_speed is None
    assert report.forecast_s == report.planned_s
    assert "未测得" in render_markdown(report)
    assert "not measured" in render_markdown(report, "en")


# ---------------------------------------------------------------------------- golden


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_markdown_golden(clock, lang):
    session = new_session(frozen_sample(), clock)
    drive(session, clock, timed={"s13": 125.0}, factor=pace)
    text = render_markdown(build_report(session, planned_speed=200), lang)
    golden = DATA / f"report.{lang}.md"
    if os.environ.get("CHAIR_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text("utf-8")


# ---------------------------------------------------------------------------- memory


async def test_remembered_speed_changes_the_next_forecast(tmp_path, capsys):
    sample = paths.sample_script()
    sha = script_sha256(sample)
    meeting = frozen_sample()

    # Before: the default speed.
    assert cli.main(["check", str(sample), "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert (before["speed"], before["speed_source"]) == (200.0, "default")

    journal_path = tmp_path / "j" / "rehearsal.jsonl"
    clock = FakeClock()
    live = LiveMeeting.start(
        meeting,
        journal_path,
        mode="rehearse",
        script=sample,
        sha256=sha,
        speed=200.0,
        clock=clock,
        start_wall=START,
    )
    session, journal = live.session, live.journal
    app = make_app(session, lang="zh", journal=journal, rehearsal=True)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot_drive(pilot, session, clock)
            await pilot.press("x")  # any key closes the report
            await pilot.pause()
    finally:
        journal.close()

    report_md = report_path_for(journal_path)
    assert report_md == tmp_path / "j" / "rehearsal.report.md"
    assert app.return_value.rehearsal.path == report_md
    text = report_md.read_text("utf-8")
    assert "**240 字/分钟**" in text and "全场预计" in text
    assert remembered_speed(sha) == 240.0

    assert cli.main(["check", str(sample), "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert (after["speed"], after["speed_source"]) == (240.0, "rehearsal")
    live = load_meeting(sample)
    assert after["estimated_s"] == forecast_seconds(live, 240.0) < before["estimated_s"]

    # The tree says it too; --speed still wins.
    assert cli.main(["check", str(sample)]) == 0
    out = capsys.readouterr().out
    assert "240 字/分钟" in out and "彩排实测" in out
    assert cli.main(["check", str(sample), "--json", "--speed", "300"]) == 0
    forced = json.loads(capsys.readouterr().out)
    assert (forced["speed"], forced["speed_source"]) == (300.0, "--speed")

    # The next rehearsal (or run) starts at the remembered speed.
    from chair.speeds import resolve_speed

    assert resolve_speed(None, sha) == (240.0, "rehearsal")

    # A rehearsal has a report, never minutes.
    assert cli.main(["export", str(journal_path)]) == 2
    err = capsys.readouterr().err
    assert "rehearsal" in err and str(journal_path) in err


def test_speeds_file_is_atomic_and_keyed_by_script():
    remember_speed("a" * 64, 231.44, "甲")
    remember_speed("b" * 64, 180, "乙")
    remember_speed("a" * 64, 250, "甲")
    assert remembered_speed("a" * 64) == 250.0
    assert remembered_speed("b" * 64) == 180.0
    assert remembered_speed("c" * 64) is None
    folder = paths.speeds_file().parent
    assert [p.name for p in folder.iterdir()] == ["speeds.json"]  # no temporary file left
    data = json.loads(paths.speeds_file().read_text("utf-8"))
    assert data["scripts"]["b" * 64]["title"] == "乙"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"\xff\xfe garbage",
        b"[]",
        b'{"scripts": []}',
        b'{"scripts": {"k": {"cpm": "fast"}}}',
        b'{"scripts": {"k": {"cpm": -3}}}',
        b'{"scripts": {"k": 5}}',
    ],
)
def test_a_corrupt_speeds_file_is_ignored(content):
    path = paths.speeds_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert remembered_speed("k") is None
    remember_speed("k", 210, "t")  # and is replaced by a good one
    assert remembered_speed("k") == 210.0


def test_check_still_imports_no_textual():
    import subprocess
    import sys

    code = (
        "import sys, chair.commands.check as c, chair.rehearsal, chair.speeds; "
        "sys.exit(1 if any(m.startswith('textual') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# ---------------------------------------------------------------------------- snapshot


def test_report_screen_snapshot(snap_compare):
    clock = FakeClock()
    session = new_session(frozen_sample(), clock)
    drive_until = 12  # read the opening and item 1, skip into item 2
    while session.index < drive_until:
        clock.advance(
            sentence_seconds(session, pace(session.index)) if not session.current.is_cue else CUE_S
        )
        session.next_sentence()
    app = make_app(session, lang="zh", rehearsal=True)

    async def quit_rehearsal(pilot):
        await pilot.press("f")
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=quit_rehearsal)


def test_paging_past_passages_does_not_count_as_reading(clock):
    session = new_session(frozen_sample(), clock)
    while session.index < 4:  # read the opening (s1–s4) at 240/min
        clock.advance(sentence_seconds(session))
        session.next_sentence()
    for _ in range(6):  # then page through item 1 to its end, 0.4 s a passage
        clock.advance(0.4)
        session.next_step()
    clock.advance(sentence_seconds(session))  # the first sentence of s11 read, then on
    session.next_step()
    clock.advance(1)
    session.end()
    report = build_report(session)
    assert report.measured_speed == 240.0
    assert report.read_chars == 612 + 45  # the opening and the first sentence of s11
    paged = {r.step_id: r for r in report.passages}
    assert paged["s7"].real_s == pytest.approx(0.4) and paged["s7"].cpm is None


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_report_screen_at_the_smallest_and_a_roomy_terminal(snap_compare, size):
    clock = FakeClock()
    session = new_session(frozen_sample(), clock)
    while session.index < 12:
        clock.advance(
            sentence_seconds(session, pace(session.index)) if not session.current.is_cue else CUE_S
        )
        session.next_sentence()
    app = make_app(session, lang="zh", rehearsal=True)

    async def quit_rehearsal(pilot):
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=quit_rehearsal)

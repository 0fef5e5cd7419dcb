"""The minutes: built from a recorded journal, rendered as Markdown, YAML and Word; `chair export`.

The journal is recorded here by driving a `Session` with a fake clock and a fixed start,
so the golden files are deterministic. `CHAIR_UPDATE_GOLDEN=1` rewrites them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from chair.cli import main as cli_main
from chair.events import decode_all, from_record, to_record
from chair.minutes import Minutes, build_minutes, render_markdown, render_yaml, write_docx
from chair.model import SpeakerCue, meeting_to_dict
from chair.session import Session
from tests.conftest import FakeClock, small_meeting

START = datetime(2026, 11, 26, 9, 0, tzinfo=timezone(timedelta(hours=8)))
GOLDEN = Path(__file__).parent / "data" / "minutes"


def header(mode: str = "run", lang: str = "zh", cues: list[SpeakerCue] | None = None) -> dict:
    """The journal's header for the small meeting, with `cues` added to its second item."""
    meeting = small_meeting()
    meeting.written_statements = ["其他同志作书面发言。"]
    meeting.items[1].steps += cues or []
    return {
        "type": "meeting",
        "version": 1,
        "script": "/tmp/测试会议.txt",
        "sha256": "0" * 64,
        "title": meeting.title,
        "mode": mode,
        "lang": lang,
        "chair": "王主任",
        "start_wall": START.isoformat(),
        "speed": 200,
        "meeting": meeting_to_dict(meeting),
        "t": 0.0,
        "wall": START.isoformat(timespec="seconds"),
    }


def new_session(clock: FakeClock, events: list, **kw) -> Session:
    h = header(**kw)
    from chair.model import meeting_from_dict

    s = Session(
        meeting_from_dict(h["meeting"]),
        clock=clock,
        start_wall=START,
        sink=lambda ev: events.append(to_record(ev)),
        mode=h["mode"],
    )
    events.append(h)
    s.apply(from_record(h))
    s.start()
    return s


def goto_cue(s: Session, n: int) -> None:
    s.jump_to([i for i, step in enumerate(s.steps) if step.is_cue][n])


def record_full(**kw) -> list[dict]:
    """A whole meeting: two items, 张三 in overtime, 李四 named live and paused, an extra."""
    clock, events = FakeClock(), []
    s = new_session(clock, events, **kw)
    clock.advance(20)
    s.jump_to_item(0)
    clock.advance(40)
    s.jump_to_item(1)
    clock.advance(25)
    goto_cue(s, 0)  # 张三
    clock.advance(5)
    s.toggle_timer()
    clock.advance(320)  # 20 s over the five minutes
    goto_cue(s, 1)  # leaving stops 张三
    s.set_name("李四")
    s.toggle_timer()
    clock.advance(200)
    s.toggle_timer()  # pause
    s.add_note("李四发言时会场调整音响")
    clock.advance(30)
    s.toggle_timer()  # resume
    clock.advance(50)
    s.add_extra("王五")
    s.next_step()  # stops 李四, onto the extra
    clock.advance(3)
    s.toggle_timer()
    clock.advance(61)
    s.add_note("王五提出补充意见")
    s.next_step()  # closing: stops 王五, item 2 ends
    clock.advance(15)
    s.end()
    return events


def record_interrupted() -> list[dict]:
    """张三's timer runs when the process dies; 100 s later the meeting resumes and goes on."""
    clock, events = FakeClock(), []
    s = new_session(clock, events)
    clock.advance(30)
    goto_cue(s, 0)
    clock.advance(2)
    s.toggle_timer()
    clock.advance(30)
    s.add_note("会场断电")  # the last line the first process wrote
    lost = s.last_t
    clock.advance(100)  # the gap: nothing written
    s.resume(lost=lost)
    clock.advance(20)
    s.next_step()  # stops 张三: 150 s counted from the start
    clock.advance(5)
    return events


def record_cut() -> list[dict]:
    """The journal stops mid-meeting with 张三 still speaking (SIGKILL, never resumed)."""
    clock, events = FakeClock(), []
    s = new_session(clock, events)
    clock.advance(30)
    goto_cue(s, 0)
    clock.advance(2)
    s.toggle_timer()
    clock.advance(40)
    s.add_note("记录")
    return events


def write_journal(path: Path, events: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8"
    )
    return path


def minutes_of(records: list[dict], **kw) -> Minutes:
    events = decode_all(records, kw.get("path"))
    return build_minutes(events[0], events, **kw)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CHAIR_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text


# ---------------------------------------------------------------------- the tree


def test_build_minutes_from_a_whole_meeting():
    m = minutes_of(record_full())
    assert m.ended and m.chair == "王主任" and m.mode == "run"
    assert m.start == START and m.duration_s == 20 + 40 + 25 + 5 + 320 + 280 + 64 + 15
    assert [s.name for s in m.speakers] == ["张三", "李四", "王五"]
    zhang, li, wang = m.speakers
    assert (zhang.spoken_s, zhang.limit_s, zhang.overtime_s) == (320, 300, 20)
    assert zhang.start == START + timedelta(seconds=90)
    assert zhang.end == START + timedelta(seconds=410)
    assert (li.spoken_s, li.overtime_s) == (250, 0)
    assert li.end == START + timedelta(seconds=690)
    assert wang.extra and wang.item == 2 and wang.spoken_s == 61
    first, second = m.items
    assert (first.duration_s, second.duration_s) == (40, 25 + 5 + 320 + 280 + 64)
    assert first.speakers == [] and [s.name for s in second.speakers] == ["张三", "李四", "王五"]
    assert [n.text for n in m.notes] == ["李四发言时会场调整音响", "王五提出补充意见"]
    assert m.written_statements == ["其他同志作书面发言。"] and m.interruptions == []


def test_unnamed_speaker_is_not_filled_in():
    clock, events = FakeClock(), []
    s = new_session(clock, events)
    goto_cue(s, 1)
    s.toggle_timer()
    clock.advance(12)
    s.end()
    m = minutes_of(events)
    assert m.speakers[0].name is None
    assert "| 1 | 未填写 |" in render_markdown(m, "zh")
    assert "(not filled in)" in render_markdown(m, "en")
    assert yaml.safe_load(render_yaml(m, "zh"))["speakers"][0]["name"] is None


def test_a_named_speaker_never_timed_is_listed_untimed():
    clock, events = FakeClock(), []
    s = new_session(clock, events)
    goto_cue(s, 0)  # 张三, named in the script: the chair forgot `t`
    clock.advance(300)
    goto_cue(s, 1)
    s.set_name("李四")
    s.toggle_timer()
    clock.advance(60)
    s.end()
    m = minutes_of(events)
    assert [(sp.name, sp.spoken_s, sp.untimed) for sp in m.speakers] == [
        ("李四", 60, False),
        ("张三", 0, True),
    ]
    assert "已发言，未计时" in render_markdown(m, "zh")
    assert yaml.safe_load(render_yaml(m, "en"))["speakers"][1]["untimed"] is True


def test_acts_reached_are_listed_as_acts_and_a_group_by_its_words():
    """宣布开工 by a named leader and 培土 by 各位领导和嘉宾: both reached, neither timed. The
    minutes list them as acts (no limit, no speaking time), the group under its own words."""
    acts = [
        SpeakerCue("请县长颜卫国宣布开工。", 9, name="颜卫国", role="县长", kind="action"),
        SpeakerCue("请各位领导和嘉宾培土。", 9, role="各位领导和嘉宾", kind="action", group=True),
        SpeakerCue("请监票人宣布计票结果。", 9, role="监票人", kind="action"),
    ]
    clock, events = FakeClock(), []
    s = new_session(clock, events, cues=acts)
    for n in (1, 2, 3, 4):  # 请*发言 reached in passing, then the three acts
        goto_cue(s, n)
        clock.advance(30)
    s.end()
    m = minutes_of(events)
    assert [(sp.name, sp.role, sp.act, sp.group) for sp in m.speakers] == [
        ("颜卫国", "县长", True, False),
        (None, "各位领导和嘉宾", True, True),
        (None, "监票人", True, False),
    ]
    md = render_markdown(m, "zh")
    assert "| 1 | 颜卫国 | 县长 | — | — | — | — | — | 事项，不计时 |" in md
    assert "| 2 | 各位领导和嘉宾 |  | — | — | — | — | — | 事项，不计时 |" in md
    assert "| 3 | 未填写 | 监票人 | — | — | — | — | — | 事项，不计时 |" in md
    assert "已发言" not in md
    assert m.totals == []  # acts nobody timed are no speaking time
    assert "an act, not timed" in render_markdown(m, "en")
    data = yaml.safe_load(render_yaml(m, "zh"))["speakers"]
    assert [(x["act"], x["group"]) for x in data] == [(True, False), (True, True), (True, False)]


def test_a_group_speech_timed_is_listed_and_totalled_by_its_words():
    group = SpeakerCue("由各位班组长依次述职。", 9, role="各位班组长", group=True)
    clock, events = FakeClock(), []
    s = new_session(clock, events, cues=[group])
    goto_cue(s, 2)
    s.toggle_timer()
    clock.advance(90)
    s.end()
    m = minutes_of(events)
    md = render_markdown(m, "zh")
    assert "| 1 | 各位班组长 |  | 09:00:00 | 09:01:30 | 1分30秒 | 10分钟 | — | |" in md
    assert [(t.name, t.turns, t.spoken_s) for t in m.totals] == [("各位班组长", 1, 90)]


def test_interruption_is_shown_and_the_speaker_marked():
    m = minutes_of(record_interrupted())
    (gap,) = m.interruptions
    assert gap.gap_s == 100 and gap.start == START + timedelta(seconds=62)
    (zhang,) = m.speakers
    assert zhang.interrupted and zhang.spoken_s == 150 and not zhang.running
    md = render_markdown(m, "zh")
    assert "## 中断" in md and "09:01:02–09:02:42 程序意外中断，中断1分40秒" in md
    assert "计时跨越中断" in md
    assert not m.ended and "会议未结束" in md
    data = yaml.safe_load(render_yaml(m, "zh"))
    assert data["interruptions"] == [
        {
            "from": "2026-11-26T09:01:02+08:00",
            "to": "2026-11-26T09:02:42+08:00",
            "gap_s": 100,
            "kind": "crash",
        }
    ]
    assert data["speakers"][0]["interrupted"] is True


def test_a_journal_cut_mid_speech_counts_to_its_last_event():
    m = minutes_of(record_cut())
    (zhang,) = m.speakers
    assert zhang.running and zhang.spoken_s == 40 and zhang.end == START + timedelta(seconds=72)
    assert not m.ended and m.end == START + timedelta(seconds=72)
    assert m.items[1].ongoing and m.items[1].duration_s == 42
    md = render_markdown(m, "zh")
    assert "记录截止时仍在发言" in md and "日志在 09:01:12 中止" in md


# ---------------------------------------------------------------------- golden files


def test_markdown_golden():
    events = record_full()
    check_golden("full.zh.md", render_markdown(minutes_of(events), "zh"))
    check_golden("full.en.md", render_markdown(minutes_of(events, lang="en"), "en"))


def test_yaml_golden_and_shape():
    text = render_yaml(minutes_of(record_full()), "zh")
    check_golden("full.yaml", text)
    data = yaml.safe_load(text)
    assert list(data)[:4] == ["title", "name", "date", "start"]
    assert data["speakers"][0]["name"] == "张三"
    assert data["items"][1]["speakers"][0]["spoken_s"] == 320
    assert isinstance(data["duration_s"], int) and data["end"] == "2026-11-26T09:12:49+08:00"


# ---------------------------------------------------------------------- Word


def test_docx_reads_back(tmp_path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm

    path = tmp_path / "minutes.docx"
    write_docx(minutes_of(record_full()), "zh", path)
    doc = Document(str(path))
    title = doc.paragraphs[0]
    assert title.text == "测试会议记录"
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    texts = [p.text for p in doc.paragraphs]
    assert "主持人：王主任" in texts and any(t.startswith("时间：2026年11月26日") for t in texts)
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][:7] == [
        "序号",
        "发言人",
        "开始",
        "结束",
        "发言时长",
        "时限",
        "超时",
    ]
    assert [r.cells[1].text for r in table.rows[1:]] == ["张三", "李四", "王五"]
    assert table.rows[1].cells[6].text == "+20秒"
    for style, font in (
        ("Normal", "仿宋_GB2312"),
        ("Title", "方正小标宋简体"),
        ("Heading 1", "黑体"),
        ("Heading 2", "楷体"),
    ):
        fonts = doc.styles[style].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) == font
        assert fonts.get(qn("w:eastAsiaTheme")) is None
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)


# ---------------------------------------------------------------------- chair export


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main(["export", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def journal(tmp_path) -> Path:
    return write_journal(tmp_path / "meeting.jsonl", record_full())


def test_export_markdown_to_stdout(capsys, journal):
    code, out, err = run_cli(capsys, str(journal), "--format", "md")
    assert code == 0 and err == ""
    assert out.startswith("# 测试会议记录\n")
    assert "| 1 | 张三 | 09:01:30 | 09:06:50 | 5分20秒 | 5分钟 | +20秒 |" in out


def test_export_yaml_lists_zhang_san_first(capsys, journal, tmp_path):
    code, out, _ = run_cli(capsys, str(journal), "--format", "yaml")
    assert code == 0
    data = yaml.safe_load(out)
    assert data["speakers"][0]["name"] == "张三" and data["speakers"][0]["spoken_s"] == 320
    target = tmp_path / "minutes.yaml"
    code, out, _ = run_cli(
        capsys, str(journal), "--format", "yaml", "-o", str(target), "--chair", "李主任"
    )
    assert code == 0 and out == ""
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["chair"] == "李主任"


def test_export_docx_to_file(capsys, journal, tmp_path):
    from docx import Document

    target = tmp_path / "minutes.docx"
    code, out, _ = run_cli(capsys, str(journal), "--format", "docx", "-o", str(target))
    assert code == 0 and out == ""
    cells = [c.text for t in Document(str(target)).tables for r in t.rows for c in r.cells]
    assert "张三" in cells


def test_export_english_minutes(capsys, tmp_path):
    path = write_journal(tmp_path / "en.jsonl", record_full(lang="en"))
    code, out, _ = run_cli(capsys, str(path))
    assert code == 0 and out.startswith("# Minutes: 测试会议\n") and "Overtime" in out
    code, out, _ = run_cli(capsys, str(path), "--lang", "zh")
    assert code == 0 and out.startswith("# 测试会议记录\n")


@pytest.mark.parametrize("case", ["docx-no-output", "rehearsal", "missing", "damaged"])
def test_export_errors_are_one_line(capsys, tmp_path, journal, case):
    if case == "docx-no-output":
        argv = [str(journal), "--format", "docx"]
        expect = "-o"
    elif case == "rehearsal":
        rehearsal = write_journal(tmp_path / "r.jsonl", record_full(mode="rehearse"))
        argv = [str(rehearsal)]
        expect = "this is a rehearsal journal; "
    elif case == "missing":
        argv = [str(tmp_path / "nope.jsonl")]
        expect = "nope.jsonl"
    else:
        lines = journal.read_text(encoding="utf-8").splitlines(keepends=True)
        lines[3] = "{not json\n"
        journal.write_text("".join(lines), encoding="utf-8")
        argv = [str(journal)]
        expect = ":4:"
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("chair: error: ") and expect in err


def test_an_event_that_cannot_be_replayed_names_its_line(capsys, tmp_path):
    events = record_full()
    events.insert(5, {"type": "step", "step": "s99", "t": 1, "wall": START.isoformat()})
    path = write_journal(tmp_path / "bad.jsonl", events)
    code, out, err = run_cli(capsys, str(path))
    assert code == 2 and out == "" and f"{path}:6: cannot replay" in err


def test_export_refuses_to_overwrite_its_journal(capsys, journal):
    code, _, err = run_cli(capsys, str(journal), "-o", str(journal))
    assert code == 2 and "journal itself" in err
    assert journal.read_text(encoding="utf-8").startswith('{"type": "meeting"')


def test_export_does_not_import_textual():
    code = (
        "import sys; from chair.commands import export; import chair.minutes, chair.journal; "
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

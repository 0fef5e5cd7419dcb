"""The minutes a secretary files: every field of the 会议记录 and the 会议纪要 in Markdown and
YAML, the CSV of planned against actual, the Word file read back (GB/T 9704 page, fonts on
the East Asian slot, sizes, the page-number field, headings, tables, properties), and every
event kind the secretary and the screen add surviving journal → resume → export.

The meeting is written by hand with the session's commands on a fake clock; the screen's
own kinds (break, leave, heartbeat, limit, message) are written as journal lines.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest
import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chair.cli import main as cli_main
from chair.events import (
    Absence,
    BreakTaken,
    Event,
    Heartbeat,
    LimitSet,
    MessageSent,
    decode_all,
    from_record,
    to_record,
)
from chair.live_meeting import LiveMeeting
from chair.minutes import (
    Minutes,
    build_minutes,
    render_csv,
    render_markdown,
    render_yaml,
    write_docx,
)
from chair.model import Item, Meeting, Passage, SpeakerCue, meeting_to_dict
from chair.session import Session
from tests.conftest import FakeClock

START = datetime(2026, 11, 26, 14, 30, tzinfo=timezone(timedelta(hours=8)))


def office_meeting() -> Meeting:
    return Meeting(
        title="局党组2026年第12次会议主持词",
        opening=[
            Passage("局党组2026年第12次会议主持词", 1, "title"),
            Passage("同志们：本次会议应到委员7人，实到委员  人，符合规定人数。", 2),
        ],
        items=[
            Item(
                1,
                "由我传达上级会议精神",
                3,
                [Passage("首先，进行第一项，由我传达上级会议精神。", 3)],
            ),
            Item(
                2,
                "审议《年度工作要点》",
                4,
                [
                    Passage("下面进行第二项，审议《年度工作要点》。", 4),
                    SpeakerCue(
                        "请办公室主任陈静作起草说明。",
                        5,
                        name="陈静",
                        role="办公室主任",
                        limit_s=300,
                    ),
                    SpeakerCue("请*发言。", 6, limit_s=300),
                    Passage("同意的请举手。反对的请举手。弃权的请举手。", 7, "vote"),
                ],
            ),
        ],
        closing=[Passage("散会。", 8, "closing")],
        written_statements=["其他同志作书面发言。"],
        place="局机关三楼会议室",
    )


def stamp(session: Session, event: Event) -> Event:
    """What the screen's commands write for the kinds the session has no command for."""
    from dataclasses import replace

    t = round(session.now(), 3)
    event = replace(event, t=t, wall=session.wall_at(t).isoformat(timespec="seconds"))
    session.sink(event)  # type: ignore[misc]
    session.apply(event)
    return event


def record_office(*, end: bool = True) -> list[dict]:
    """签到, the chair's item, two speakers (one given a minute more), notes under a speaker
    and under an item, a break, a decision, two votes; a crash dated from a heartbeat."""
    clock, records = FakeClock(), []
    meeting = office_meeting()
    header = {
        "type": "meeting",
        "version": 1,
        "title": meeting.title,
        "mode": "run",
        "lang": "zh",
        "chair": "王建国",
        "start_wall": START.isoformat(),
        "speed": 200,
        "epoch": START.timestamp(),
        "meeting": meeting_to_dict(meeting),
        "t": 0.0,
    }
    s = Session(
        meeting, clock=clock, start_wall=START, sink=lambda ev: records.append(to_record(ev))
    )
    records.append(header)
    s.apply(from_record(header))
    s.start()
    clock.advance(30)
    s.take_attendance(
        expected=7,
        present=6,
        absent=[Absence(name="孙悦", reason="外出学习")],
        observers=["马丽"],
        attendees=["王建国", "李明", "张华", "刘洋", "陈静", "杨帆"],
    )
    s.add_note("开会前通报会场纪律")
    clock.advance(20)
    s.jump_to_item(0)
    clock.advance(300)
    s.add_note("传达了市委全会精神")
    s.jump_to_item(1)
    clock.advance(15)
    s.next_step()  # 陈静
    s.toggle_timer()
    clock.advance(290)
    stamp(s, LimitSet(cue=s.current.id, limit_s=360))
    clock.advance(40)
    s.add_note("陈静说明了三处修改")
    clock.advance(10)
    s.next_step()  # the placeholder cue: 李明
    s.set_name("李明")
    s.toggle_timer()
    clock.advance(5)
    stamp(s, Heartbeat())
    lost = s.last_t
    clock.advance(80)  # the process dies; 80 s lost
    s.resume(lost=lost)
    clock.advance(100)
    stamp(s, MessageSent(text="请抓紧时间"))
    clock.advance(20)
    stamp(s, MessageSent(text=None))
    s.next_step()  # the vote step
    stamp(s, BreakTaken(on=True))
    clock.advance(300)
    stamp(s, BreakTaken(on=False))
    s.record_decision("原则通过《年度工作要点》，由办公室根据讨论意见修改后印发")
    s.record_vote(5, 0, 1, subject="《年度工作要点》")
    s.record_vote(2, 3, 1, subject="增设专项经费", rule="two_thirds")
    clock.advance(30)
    if end:
        s.next_step()
        clock.advance(10)
        s.end()
    return records


def minutes_of(records: list[dict], **kw) -> Minutes:
    events = decode_all(records, None)
    return build_minutes(events[0], events, **kw)


@pytest.fixture
def office() -> Minutes:
    """Built for each test (not once a module): a mutation run then knows which tests
    read the minutes, and runs them all against each changed line."""
    return minutes_of(record_office(), recorder="周强")


# ---------------------------------------------------------------------- the 会议记录


def test_the_record_in_markdown_has_every_field(office):
    md = render_markdown(office, "zh")
    lines = md.splitlines()
    assert lines[0] == "# 局党组2026年第12次会议记录"
    for field in (
        "- 会议名称：局党组2026年第12次会议",
        "- 时间：2026年11月26日 14:30–14:50（历时21分钟）",
        "- 地点：局机关三楼会议室",
        "- 主持人：王建国",
        "- 出席情况：应到7人，实到6人（符合规定人数，过半数为4人）",
        "- 出席：王建国、李明、张华、刘洋、陈静、杨帆",
        "- 列席：马丽",
        "- 缺席：孙悦（外出学习）",
        "- 记录人：周强",
    ):
        assert any(line.startswith(field) for line in lines), field
    assert "## 其他记录" in lines
    # Items in the third person, with planned and actual time.
    assert "## 一、由王建国传达上级会议精神" in lines
    assert "## 二、审议《年度工作要点》" in lines
    assert any(line.startswith("时间：14:30:50–14:35:50，用时5分钟（计划") for line in lines)
    # Speakers: role, start, end, duration in 分/秒, limit, overtime, the extension.
    assert (
        "| 1 | 陈静 | 办公室主任 | 14:36:05 | 14:41:45 | 5分40秒 | 6分钟 | — | "
        "延时1分钟（时限改为6分钟） |" in lines
    )
    assert any(
        line.startswith("| 2 | 李明 |  | 14:41:45 |") and "计时跨越中断" in line for line in lines
    )
    # Notes under the speaker and under the item they were taken in.
    assert "陈静（办公室主任）发言时：" in lines
    assert "- 14:41:35 陈静说明了三处修改" in lines
    assert "- 14:40:55 延时1分钟（时限改为6分钟）" in lines
    assert "- 14:44:50 向发言人提示：请抓紧时间" in lines  # under 李明, who had the floor
    assert "- 14:35:50 传达了市委全会精神" in md.split("## 二、")[0]
    # Decisions and votes under the item.
    assert "### （三）决定事项" in lines or "### （二）决定事项" in lines
    assert "1. 原则通过《年度工作要点》，由办公室根据讨论意见修改后印发" in lines
    assert any(
        "《年度工作要点》：同意5票，反对0票，弃权1票；实到6人，过半数须4票；通过。" in line
        for line in lines
    )
    assert any(
        "增设专项经费：同意2票，反对3票，弃权1票；实到6人，三分之二以上须4票；未通过。" in line
        for line in lines
    )
    # Written statements, the break, the crash, planned against actual, 散会, signatures.
    assert "- 其他同志作书面发言。" in lines
    assert any(line.startswith("- 14:45:10–14:50:10 休会5分钟") for line in lines)
    assert "- 14:41:50–14:43:10 程序意外中断，中断1分20秒（自最后一次记录起计）" in lines
    assert "## 计划与实际" in lines and any(line.startswith("计划结束 ") for line in lines)
    assert "| 陈静 | 1 | 5分40秒 |" in lines
    assert "- 14:30:30 开会前通报会场纪律" in lines  # a note of the opening
    assert any(line.startswith("散会：") for line in lines)
    assert lines[-2].startswith("主持人（签字）") and lines[-1].startswith("记录人（签字）")


def test_the_record_in_english(office):
    md = render_markdown(office, "en")
    assert md.startswith("# Minutes: 局党组2026年第12次会议\n")
    for text in (
        "- Place: 局机关三楼会议室",
        "- Attendance: expected 7, present 6 (a quorum",
        "- Absent: 孙悦 (外出学习)",
        "- Minutes taken by: 周强",
        "## Item 1: 由王建国传达上级会议精神",
        "While 陈静 (办公室主任) spoke:",
        "5 for, 0 against, 1 abstaining; 6 present, a majority is 4; carried.",
        "break of 5 min",
        "Planned end",
        "Adjourned: ",
    ):
        assert text in md, text


def test_the_yaml_carries_every_field(office):
    data = yaml.safe_load(render_yaml(office, "zh"))
    assert (data["place"], data["chair"], data["recorder"]) == (
        "局机关三楼会议室",
        "王建国",
        "周强",
    )
    assert data["attendance"] == {
        "expected": 7,
        "present": 6,
        "quorum": True,
        "attendees": ["王建国", "李明", "张华", "刘洋", "陈静", "杨帆"],
        "absent": [{"name": "孙悦", "reason": "外出学习"}],
        "observers": ["马丽"],
    }
    first, second = data["items"]
    assert first["title"] == "由王建国传达上级会议精神"
    assert first["planned_s"] > 0 and first["planned_start"] and first["planned_end"]
    assert [n["text"] for n in first["notes"]] == ["传达了市委全会精神"]
    chen, li = second["speakers"]
    assert (chen["name"], chen["role"], chen["limit_s"], chen["spoken_s"]) == (
        "陈静",
        "办公室主任",
        360,
        340,
    )
    assert chen["limit_changes"] == [
        {"time": "2026-11-26T14:40:55+08:00", "from_s": 300, "to_s": 360}
    ]
    assert [n["text"] for n in chen["notes"]] == ["陈静说明了三处修改"]
    assert li["interrupted"] is True
    assert li["messages"] == [{"time": "2026-11-26T14:44:50+08:00", "text": "请抓紧时间"}]
    assert [d["text"] for d in second["decisions"]] == [
        "原则通过《年度工作要点》，由办公室根据讨论意见修改后印发"
    ]
    assert [
        (v["subject"], v["passed"], v["rule"], v["needed"], v["present"]) for v in second["votes"]
    ] == [("《年度工作要点》", True, "majority", 4, 6), ("增设专项经费", False, "two_thirds", 4, 6)]
    assert data["notes"][0] == {
        "time": "2026-11-26T14:30:30+08:00",
        "text": "开会前通报会场纪律",
        "item": None,
        "speaker": None,
    }
    assert data["breaks"] == [
        {
            "from": "2026-11-26T14:45:10+08:00",
            "to": "2026-11-26T14:50:10+08:00",
            "duration_s": 300,
            "open": False,
        }
    ]
    assert data["interruptions"][0]["kind"] == "crash"
    assert data["interruptions"][0]["gap_s"] == 80
    assert data["speaking_totals"][0] == {"name": "陈静", "turns": 1, "spoken_s": 340}
    assert data["planned_s"] > 0 and data["planned_end"].startswith("2026-11-26T")
    assert len(data["votes"]) == 2 and len(data["decisions"]) == 1


def test_a_meeting_without_attendance_or_recorder_says_so():
    records = record_office()
    records = [r for r in records if r["type"] != "attendance"]
    m = minutes_of(records)
    md = render_markdown(m, "zh")
    assert "- 出席情况：未记录" in md and "- 记录人：未填写" in md
    assert "实到" not in md.split("## ")[0].replace("出席情况", "")
    # Without 实到 a vote counts against the votes cast.
    assert m.votes[0].present is None


def test_chair_unnamed_gives_the_chair_in_the_third_person():
    records = record_office()
    records[0]["chair"] = None
    m = minutes_of(records)
    assert m.items[0].title == "由主持人传达上级会议精神"


# ---------------------------------------------------------------------- the 会议纪要


def test_the_summary_in_markdown(office):
    md = render_markdown(office, "zh", "summary")
    lines = [line for line in md.splitlines() if line]
    assert lines[0] == "# 局党组2026年第12次会议纪要"
    opening = lines[1]
    assert opening.startswith("2026年11月26日下午，在局机关三楼会议室召开局党组2026年第12次会议。")
    assert "会议由王建国主持。应到7人，实到6人。" in opening
    assert "会议议程：一是由王建国传达上级会议精神；二是审议《年度工作要点》。" in opening
    assert opening.endswith("现将议定事项纪要如下：")
    assert lines[2] == "一、原则通过《年度工作要点》，由办公室根据讨论意见修改后印发。"
    assert lines[3] == "二、会议表决通过《年度工作要点》（同意5票，反对0票，弃权1票）。"
    assert lines[4] == "三、会议对增设专项经费进行了表决，未获通过（同意2票，反对3票，弃权1票）。"
    assert lines[5:] == [
        "出席：王建国、李明、张华、刘洋、陈静、杨帆",
        "请假：孙悦（外出学习）",
        "列席：马丽",
    ]
    assert "由我" not in md


def test_the_summary_in_english_keeps_a_chinese_full_stop(office):
    md = render_markdown(office, "en", "summary")
    assert "1. 原则通过《年度工作要点》，由办公室根据讨论意见修改后印发." in md
    records = record_office()
    for r in records:
        if r["type"] == "decision":
            r["text"] += "。"
    md = render_markdown(minutes_of(records), "en", "summary")
    assert "修改后印发。\n" in md and "印发。." not in md


def test_a_summary_without_decisions_says_so():
    records = [r for r in record_office() if r["type"] not in ("decision", "vote")]
    md = render_markdown(minutes_of(records), "en", "summary")
    assert "The meeting made no decisions to record." in md
    assert md.startswith("# Summary of decisions: 局党组2026年第12次会议")


# ---------------------------------------------------------------------- planned against actual


def test_csv_planned_against_actual(office):
    rows = list(csv.reader(io.StringIO(render_csv(office, "en"))))
    assert rows[0] == [
        "kind",
        "number",
        "name",
        "planned_start",
        "planned_end",
        "planned_s",
        "actual_start",
        "actual_end",
        "actual_s",
        "diff_s",
        "turns",
    ]
    items = [r for r in rows if r[0] == "item"]
    assert [r[2] for r in items] == ["由王建国传达上级会议精神", "审议《年度工作要点》"]
    for r in items:
        assert int(r[8]) - int(r[5]) == int(r[9])
    (meeting,) = [r for r in rows if r[0] == "meeting"]
    assert int(meeting[8]) == office.duration_s and int(meeting[5]) == office.planned_s
    speakers = {r[2]: (int(r[8]), int(r[10])) for r in rows if r[0] == "speaker"}
    assert speakers["陈静"] == (340, 1)
    zh = list(csv.reader(io.StringIO(render_csv(office, "zh"))))
    assert zh[0][0] == "类别" and zh[1][0] == "议程"


def test_export_options(capsys, tmp_path):
    path = tmp_path / "office.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in record_office()), encoding="utf-8"
    )
    assert cli_main(["export", str(path), "--kind", "纪要", "--recorder", "周强"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 局党组2026年第12次会议纪要")
    assert cli_main(["export", str(path), "--recorder", "周强"]) == 0
    assert "- 记录人：周强" in capsys.readouterr().out
    target = tmp_path / "plan.csv"
    assert cli_main(["export", str(path), "--format", "csv", "-o", str(target)]) == 0
    assert target.read_bytes().startswith("\ufeff类别,".encode())
    assert (
        cli_main(
            [
                "export",
                str(path),
                "--kind",
                "summary",
                "--format",
                "docx",
                "-o",
                str(tmp_path / "s.docx"),
            ]
        )
        == 0
    )
    assert Document(str(tmp_path / "s.docx")).paragraphs[0].text == "局党组2026年第12次会议纪要"


# ---------------------------------------------------------------------- Word


@pytest.fixture
def record_docx(office, tmp_path) -> Document:
    path = tmp_path / "记录.docx"
    write_docx(office, "zh", path)
    return Document(str(path))


def east_asian(style) -> str | None:
    return style.element.rPr.rFonts.get(qn("w:eastAsia"))


def test_word_page_is_a4_with_the_official_margins(record_docx):
    section = record_docx.sections[0]
    for got, mm in (
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, 37),
        (section.bottom_margin, 35),
        (section.left_margin, 28),
        (section.right_margin, 26),
    ):
        assert abs(got - Mm(mm)) < Mm(0.1), (got, mm)  # Word keeps twentieths of a point


def test_word_fonts_are_on_the_east_asian_slot_with_their_sizes(record_docx):
    styles = record_docx.styles
    for name, font, size in (
        ("Normal", "仿宋_GB2312", 16),
        ("Title", "方正小标宋简体", 22),
        ("Heading 1", "黑体", 16),
        ("Heading 2", "楷体", 16),
    ):
        style = styles[name]
        fonts = style.element.rPr.rFonts
        assert east_asian(style) == font, name
        assert fonts.get(qn("w:eastAsiaTheme")) is None and fonts.get(qn("w:asciiTheme")) is None
        assert style.font.size == Pt(size), name
        assert not style.font.bold, name
    body = styles["Normal"].paragraph_format
    assert body.line_spacing_rule == WD_LINE_SPACING.EXACTLY and body.line_spacing == Pt(28)
    assert styles["Title"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    font_table = next(
        p for p in record_docx.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"
    ).blob.decode("utf-8")
    assert 'w:name="方正小标宋简体"' in font_table and 'w:val="宋体"' in font_table
    assert 'w:name="仿宋_GB2312"' in font_table and 'w:val="仿宋"' in font_table


def test_word_headings_and_tables(record_docx):
    paragraphs = record_docx.paragraphs
    assert (
        paragraphs[0].text == "局党组2026年第12次会议记录" and paragraphs[0].style.name == "Title"
    )
    h1 = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    assert h1[:2] == ["一、由王建国传达上级会议精神", "二、审议《年度工作要点》"]
    assert "计划与实际" in h1 and "休会" in h1 and "中断" in h1
    assert h2[:2] == ["（一）记录", "（一）发言"]
    assert h2[2:] == ["（二）决定事项", "（三）表决"]
    texts = [p.text for p in paragraphs]
    assert "地点：局机关三楼会议室" in texts and "记录人：周强" in texts
    assert "缺席：孙悦（外出学习）" in texts
    assert texts[-2].startswith("主持人（签字）") and texts[-1].startswith("记录人（签字）")
    speakers, plan, totals = record_docx.tables
    assert [c.text for c in speakers.rows[0].cells] == [
        "序号",
        "发言人",
        "职务",
        "开始",
        "结束",
        "发言时长",
        "时限",
        "超时",
        "说明",
    ]
    assert [c.text for c in speakers.rows[1].cells][:6] == [
        "1",
        "陈静",
        "办公室主任",
        "14:36:05",
        "14:41:45",
        "5分40秒",
    ]
    assert speakers.rows[1].cells[0].paragraphs[0].style.name == "Table Text"
    assert [c.text for c in plan.rows[0].cells][0] == "议程" and len(plan.rows) == 3
    assert [c.text for c in totals.rows[1].cells] == ["陈静", "1", "5分40秒"]


def test_word_page_numbers_are_page_fields_between_dashes(record_docx):
    section = record_docx.sections[0]
    assert record_docx.settings.odd_and_even_pages_header_footer
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        (para,) = footer.paragraphs
        assert para.alignment == align
        xml = para._p.xml
        assert "fldChar" in xml and " PAGE " in xml
        assert para.text.startswith("— ") and para.text.endswith(" —")
        for run in para.runs:
            assert run.font.size == Pt(14)
            assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"


def test_word_properties_name_the_recorder_not_python_docx(record_docx, office):
    props = record_docx.core_properties
    assert props.title == "局党组2026年第12次会议记录"
    assert props.author == "周强" and props.last_modified_by == "周强"
    assert props.created == office.start  # the meeting's start, as an aware UTC time
    assert "python-docx" not in (props.comments + props.author + props.last_modified_by)


def test_word_summary(office, tmp_path):
    path = tmp_path / "纪要.docx"
    write_docx(minutes_of(record_office()), "zh", path, "summary")
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs if p.text]
    assert texts[0] == "局党组2026年第12次会议纪要"
    assert texts[1].endswith("现将议定事项纪要如下：")
    point = next(p for p in doc.paragraphs if p.text.startswith("一、"))
    assert point.runs[0].text == "一、"
    assert point.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert point.paragraph_format.first_line_indent == Pt(32)
    assert texts[-3:] == [
        "出席：王建国、李明、张华、刘洋、陈静、杨帆",
        "请假：孙悦（外出学习）",
        "列席：马丽",
    ]
    assert doc.core_properties.author == "王建国"  # no recorder given: the chair


# ---------------------------------------------------------------------- replay


NEW_KINDS = (
    "attendance",
    "decision",
    "vote",
    "note",
    "break",
    "heartbeat",
    "limit",
    "message",
    "leave",
)


def test_every_new_kind_survives_journal_resume_export(tmp_path, capsys):
    """Written, resumed by a new process (which goes on and ends), exported: each kind is in
    the minutes, and the replay the export makes equals the session that wrote it."""
    records = record_office(end=False)
    clock_t = max(r.get("t", 0) for r in records)
    records.append(
        {
            "type": "leave",
            "t": clock_t + 1,
            "wall": (START + timedelta(seconds=clock_t + 1)).isoformat(),
        }
    )
    path = tmp_path / "office.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    assert {r["type"] for r in records} >= set(NEW_KINDS)

    mono = FakeClock(1000.0)
    live, warnings = LiveMeeting.resume(
        path, wall=lambda: START.timestamp() + clock_t + 120, mono=mono
    )
    assert warnings == []
    before = live.session.snapshot()
    live.session.record_decision("续会后补充的决定")
    mono.advance(20)
    live.session.end()
    done = live.conclude()
    assert done.ended

    assert cli_main(["export", str(path), "--format", "yaml", "--recorder", "周强"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["attendance"]["present"] == 6
    assert [d["text"] for d in data["decisions"]][-1] == "续会后补充的决定"
    assert len(data["votes"]) == 2
    assert [b["duration_s"] for b in data["breaks"]] == [300]
    assert [i["kind"] for i in data["interruptions"]] == ["crash", "left"]
    assert data["items"][1]["speakers"][0]["limit_changes"][0]["to_s"] == 360
    assert data["notes"][2]["speaker"] == 1 and data["notes"][1]["item"] == 1

    lines = path.read_text(encoding="utf-8").splitlines()
    events = decode_all([json.loads(line) for line in lines], path)
    replayed = Session.replay(events[0].meeting, events, clock=lambda: 0.0, start_wall=START)
    snap = replayed.snapshot()
    for key in ("attendance", "votes", "breaks", "limits", "sentences"):
        assert snap[key] == before[key], key
    assert snap["decisions"][:-1] == before["decisions"]


SECRETARY_ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "attendance",
                "decision",
                "vote",
                "note",
                "break",
                "limit",
                "message",
                "heartbeat",
                "step",
                "timer",
            ]
        ),
        st.integers(0, 50),
    ),
    max_size=25,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(SECRETARY_ACTIONS)
def test_property_what_the_secretary_records_reaches_the_minutes_through_a_resume(
    tmp_path, capsys, actions
):
    """Any sequence of the new kinds, written by one process and resumed by another, gives
    minutes holding each of them, and the replay equals the state that wrote them."""
    path = tmp_path / f"{uuid.uuid4().hex}.jsonl"  # one journal per example
    clock = FakeClock()
    live = LiveMeeting.start(
        office_meeting(),
        path,
        clock=clock,
        start_wall=START,
        epoch=START.timestamp(),
        chair="王建国",
    )
    s = live.session
    expect = {"decisions": 0, "votes": 0, "notes": 0, "breaks": 0, "limits": 0}
    on_break = False
    last_attendance = None
    for act, n in actions:
        clock.advance(n + 1)
        if act == "attendance":
            s.take_attendance(expected=n + 1, present=n // 2 + 1, absent=[Absence(name=f"缺{n}")])
            last_attendance = (n + 1, n // 2 + 1)
        elif act == "decision":
            s.record_decision(f"决定{n}")
            expect["decisions"] += 1
        elif act == "vote":
            s.record_vote(n, n % 3, n % 2, unanimous=n % 7 == 0)
            expect["votes"] += 1
        elif act == "note":
            s.add_note(f"记录{n}")
            expect["notes"] += 1
        elif act == "break":
            stamp(s, BreakTaken(on=not on_break))
            expect["breaks"] += 0 if on_break else 1
            on_break = not on_break
        elif act == "limit" and s.current.is_cue:
            stamp(s, LimitSet(cue=s.current.id, limit_s=60 * (n + 1)))
            expect["limits"] += 1
        elif act == "message":
            stamp(s, MessageSent(text=f"提示{n}" if n % 2 else None))
        elif act == "heartbeat":
            stamp(s, Heartbeat())
        elif act == "step":
            s.next_step()
        elif act == "timer":
            s.toggle_timer()
    written = s.snapshot()
    live.conclude()

    resumed, _ = LiveMeeting.resume(
        path, wall=lambda: START.timestamp() + clock.t, mono=FakeClock(0.0)
    )
    for key in ("attendance", "decisions", "votes", "notes", "breaks", "limits", "sentences"):
        assert resumed.session.snapshot()[key] == written[key], key
    resumed.session.end()
    resumed.conclude()

    assert cli_main(["export", str(path), "--format", "yaml"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert len(data["decisions"]) == expect["decisions"]
    assert len(data["votes"]) == expect["votes"]
    assert len(data["notes"]) == expect["notes"]
    assert len(data["breaks"]) == expect["breaks"]
    changes = sum(len(sp["limit_changes"]) for sp in data["speakers"])
    assert changes <= expect["limits"]  # a limit set at a cue never timed has no speaker row
    got = data["attendance"]
    assert (None if got is None else (got["expected"], got["present"])) == last_attendance

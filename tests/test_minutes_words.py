"""The minutes' words where the office record does not reach: a meeting cut short with no
attendance, a lowered limit, a unanimous vote, an open break; the 纪要's time of day at each
edge; the spreadsheet row by row.

The journal is written by a session on a fake clock. Expected lines are worked out by hand:
the meeting starts 09:30:00; item 1 at +60 s, its note at +90 s; item 2 at +90 s; 陈静 is
given 4 minutes (from 5) and speaks from +100 s to +300 s (3分20秒); the votes and the
break are at +300 s, where the journal stops.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import RGBColor

from chair.events import Absence, BreakTaken, LimitSet, from_record, to_record
from chair.minutes import (
    AttendanceMinutes,
    Minutes,
    render_csv,
    render_markdown,
    summary_attendance,
    summary_opening,
    write_docx,
)
from chair.model import meeting_to_dict
from chair.session import Session
from tests.conftest import FakeClock
from tests.test_minutes_office import START, minutes_of, office_meeting, record_office, stamp

NINE_THIRTY = START.replace(hour=9)


def cut_short() -> Minutes:
    clock, records = FakeClock(), []
    meeting = office_meeting()
    header = {
        "type": "meeting",
        "version": 1,
        "title": meeting.title,
        "mode": "run",
        "lang": "zh",
        "start_wall": NINE_THIRTY.isoformat(),
        "speed": 200,
        "meeting": meeting_to_dict(meeting),
        "t": 0.0,
    }
    s = Session(
        meeting, clock=clock, start_wall=NINE_THIRTY, sink=lambda ev: records.append(to_record(ev))
    )
    records.append(header)
    s.apply(from_record(header))
    s.start()
    clock.advance(60)
    s.jump_to_item(0)
    clock.advance(30)
    s.add_note("传达了会议精神")
    s.jump_to_item(1)
    clock.advance(10)
    s.next_step()  # 陈静
    stamp(s, LimitSet(cue=s.current.id, limit_s=240))
    s.toggle_timer()
    clock.advance(200)
    s.next_step()
    s.next_step()  # the vote step
    s.record_vote(0, unanimous=True, subject="工作要点")
    s.record_vote(3, 2, 1)
    stamp(s, BreakTaken(on=True))
    return minutes_of(records)


def test_a_record_cut_short_in_chinese() -> None:
    lines = render_markdown(cut_short(), "zh").splitlines()
    for line in (
        "- 时间：2026年11月26日 09:30–09:35（历时5分钟）",
        "- 主持人：未填写",
        "- 出席情况：未记录",
        "- 记录人：未填写",
        "> 日志在 09:35:00 中止，会议未结束；以下记录截至该时刻。",
        "时间：09:31:00–09:31:30，用时30秒（计划5秒）",
        "- 09:31:30 传达了会议精神",
        "时间：09:31:30–09:35:00，用时3分30秒（计划10分15秒）；记录截止时进行中",
        "| 1 | 陈静 | 办公室主任 | 09:31:40 | 09:35:00 | 3分20秒 | 4分钟 | — | 时限改为4分钟 |",
        "- 09:31:40 时限改为4分钟",
        "1. 09:35:00 工作要点：全体同意；以投票数计，过半数须1票；通过。",
        "2. 09:35:00 表决事项：同意3票，反对2票，弃权1票；以投票数计，过半数须4票；未通过。",
        "- 09:35:00–09:35:00 休会0秒；记录截止时进行中",
        "计划结束 09:40，实际结束 09:35（-5分28秒）；计划用时10分钟，实际用时5分钟。",
        "日志止于 09:35:00，会议未宣布散会。",
    ):
        assert line in lines, line
    # Item 1 has notes alone: they are its first part; item 2's votes its second.
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [
        "# 局党组2026年第12次会议记录",
        "## 一、由主持人传达上级会议精神",
        "### （一）记录",
        "## 二、审议《年度工作要点》",
        "### （一）发言",
        "### （二）表决",
        "## 书面发言",
        "## 休会",
        "## 计划与实际",
    ]


def test_a_record_cut_short_in_english() -> None:
    lines = render_markdown(cut_short(), "en").splitlines()
    for line in (
        "- Chair: (not filled in)",
        "- Attendance: not recorded",
        "### (1) Notes",
        "### (2) Votes",
        "| 1 | 陈静 | 办公室主任 | 09:31:40 | 09:35:00 | 3 min 20 s | 4 min | — | limit set to 4 min |",
        "1. 09:35:00 工作要点: unanimous; of the votes cast, a majority is 1; carried.",
        "2. 09:35:00 the motion: 3 for, 2 against, 1 abstaining; of the votes cast, "
        "a majority is 4; not carried.",
        "- 09:35:00–09:35:00 break of 0 s; under way when the journal stops",
        "The journal stops at 09:35:00; the meeting was not closed.",
    ):
        assert line in lines, line


def test_a_summary_cut_short() -> None:
    m = cut_short()
    zh = [line for line in render_markdown(m, "zh", "summary").splitlines() if line]
    assert zh[2:] == [
        "2026年11月26日上午，在局机关三楼会议室召开局党组2026年第12次会议。会议由主持人主持。"
        "会议议程：一是由主持人传达上级会议精神；二是审议《年度工作要点》。现将议定事项纪要如下：",
        "一、会议表决通过工作要点（全体同意）。",
        "二、会议对表决事项进行了表决，未获通过（同意3票，反对2票，弃权1票）。",
    ]
    en = [line for line in render_markdown(m, "en", "summary").splitlines() if line]
    assert en[0] == "# Summary of decisions: 局党组2026年第12次会议"
    assert en[2:] == [
        "On 2026-11-26, the meeting “局党组2026年第12次会议” was held at 局机关三楼会议室. "
        "It was chaired by the chair. The agenda: (1) 由主持人传达上级会议精神; "
        "(2) 审议《年度工作要点》. The decisions are recorded as follows:",
        "1. The meeting approved 工作要点 (unanimous).",
        "2. The meeting voted on the motion; it was not carried (3 for, 2 against, 1 abstaining).",
    ]


@pytest.mark.parametrize(
    ("hour", "minute", "part"),
    [(0, 0, "上午"), (11, 59, "上午"), (12, 0, "下午"), (17, 59, "下午"), (18, 0, "晚上")],
)
def test_the_summary_says_the_part_of_the_day(hour: int, minute: int, part: str) -> None:
    m = replace(minutes_of(record_office()), start=START.replace(hour=hour, minute=minute))
    assert summary_opening(m, "zh").startswith(f"2026年11月26日{part}，在局机关三楼会议室召开")


def test_a_summary_without_place_chair_or_attendance() -> None:
    m = replace(minutes_of(record_office()), place=None, chair=None, attendance=None)
    assert summary_opening(m, "zh") == (
        "2026年11月26日下午，召开局党组2026年第12次会议。会议由主持人主持。"
        "会议议程：一是由王建国传达上级会议精神；二是审议《年度工作要点》。现将议定事项纪要如下："
    )
    assert summary_opening(m, "en") == (
        "On 2026-11-26, the meeting “局党组2026年第12次会议” was held. It was chaired by the "
        "chair. The agenda: (1) 由王建国传达上级会议精神; (2) 审议《年度工作要点》. "
        "The decisions are recorded as follows:"
    )
    assert summary_attendance(m, "zh") == []


def test_the_summarys_attendance_lines() -> None:
    m = minutes_of(record_office())
    count_only = AttendanceMinutes(
        expected=None, present=12, attendees=[], absent=[], observers=[], quorum=None
    )
    assert summary_attendance(replace(m, attendance=count_only), "zh") == [("出席", "实到12人")]
    assert summary_attendance(replace(m, attendance=count_only), "en") == [
        ("Present", "present 12")
    ]
    named = AttendanceMinutes(
        expected=9,
        present=8,
        attendees=["张三", "李四"],
        absent=[Absence(name="孙悦", reason="病假"), Absence(name="马丽", reason=None)],
        observers=["赵六", "钱七"],
        quorum=True,
    )
    assert summary_attendance(replace(m, attendance=named), "zh") == [
        ("出席", "张三、李四"),
        ("请假", "孙悦（病假）、马丽"),
        ("列席", "赵六、钱七"),
    ]
    assert summary_attendance(replace(m, attendance=named), "en") == [
        ("Present", "张三, 李四"),
        ("On leave", "孙悦 (病假), 马丽"),
        ("Observers", "赵六, 钱七"),
    ]


def test_the_spreadsheet_row_by_row() -> None:
    """Actual times from the walk in test_minutes_office: item 1 at +50 s, item 2 at +350 s,
    the closing at +1240 s, the end at +1250 s; 陈静 290+40+10 s, 李明 from +705 s to +910 s
    (across the crash). Planned: the opening read in 7 s, item 1 in 5 s, 628 s in all."""
    text = render_csv(minutes_of(record_office(), recorder="周强"), "zh")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert list(csv.reader(io.StringIO(text))) == [
        [
            "类别",
            "序号",
            "名称",
            "计划开始",
            "计划结束",
            "计划用时（秒）",
            "实际开始",
            "实际结束",
            "实际用时（秒）",
            "差额（秒）",
            "发言次数",
        ],
        ["议程", "1", "由王建国传达上级会议精神", "14:30:07", "14:30:12", "5"]
        + ["14:30:50", "14:35:50", "300", "295", ""],
        ["议程", "2", "审议《年度工作要点》", "14:30:12", "14:40:27", "615"]
        + ["14:35:50", "14:50:40", "890", "275", ""],
        ["会议", "", "局党组2026年第12次会议", "14:30:00", "14:40:28", "628"]
        + ["14:30:00", "14:50:50", "1250", "622", ""],
        ["发言人", "", "陈静", "", "", "", "", "", "340", "", "1"],
        ["发言人", "", "李明", "", "", "", "", "", "205", "", "1"],
    ]


def test_the_spreadsheet_of_a_meeting_cut_short_leaves_what_did_not_happen_empty() -> None:
    rows = list(csv.reader(io.StringIO(render_csv(cut_short(), "en"))))
    assert rows[1][0] == "item" and rows[1][6:10] == ["09:31:00", "09:31:30", "30", "25"]
    assert rows[2][6:10] == ["09:31:30", "09:35:00", "210", str(210 - 615)]
    assert rows[3][0] == "meeting" and rows[3][6:10] == ["09:30:00", "09:35:00", "300", "-328"]


# --- the same meeting in Word ---------------------------------------------------------------

INDENT = 32.0
"""Two characters of the 16 pt body: the first-line indent of running text."""


def word(m: Minutes, lang: str, tmp_path: Path, kind: str = "record") -> Any:
    path = tmp_path / f"{kind}-{lang}.docx"
    write_docx(m, lang, path, kind)  # type: ignore[arg-type]
    return Document(str(path))


def layout(doc: Any) -> list[tuple[str, str, float | None, str | None]]:
    """Each paragraph: style, text, first-line indent in points, alignment if set."""
    out = []
    for p in doc.paragraphs:
        indent = p.paragraph_format.first_line_indent
        align = p.alignment.name if p.alignment is not None else None
        out.append((p.style.name, p.text, indent.pt if indent is not None else None, align))
    return out


def test_the_record_cut_short_in_word(tmp_path: Path) -> None:
    doc = word(cut_short(), "zh", tmp_path)
    body, h1, h2 = "Normal", "Heading 1", "Heading 2"
    assert layout(doc) == [
        ("Title", "局党组2026年第12次会议记录", None, None),
        (body, "日志在 09:35:00 中止，会议未结束；以下记录截至该时刻。", INDENT, None),
        (body, "会议名称：局党组2026年第12次会议", None, None),
        (body, "时间：2026年11月26日 09:30–09:35（历时5分钟）", None, None),
        (body, "地点：局机关三楼会议室", None, None),
        (body, "主持人：未填写", None, None),
        (body, "出席情况：未记录", None, None),
        (body, "记录人：未填写", None, None),
        (h1, "一、由主持人传达上级会议精神", None, None),
        (body, "时间：09:31:00–09:31:30，用时30秒（计划5秒）", INDENT, None),
        (h2, "（一）记录", None, None),
        (body, "09:31:30\u3000传达了会议精神", INDENT, None),
        (h1, "二、审议《年度工作要点》", None, None),
        (
            body,
            "时间：09:31:30–09:35:00，用时3分30秒（计划10分15秒）；记录截止时进行中",
            INDENT,
            None,
        ),
        (h2, "（一）发言", None, None),
        (body, "陈静（办公室主任）发言时：", INDENT, None),
        (body, "09:31:40 时限改为4分钟", INDENT, None),
        (h2, "（二）表决", None, None),
        (body, "1. 09:35:00 工作要点：全体同意；以投票数计，过半数须1票；通过。", INDENT, None),
        (
            body,
            "2. 09:35:00 表决事项：同意3票，反对2票，弃权1票；以投票数计，过半数须4票；未通过。",
            INDENT,
            None,
        ),
        (h1, "书面发言", None, None),
        (body, "其他同志作书面发言。", INDENT, None),
        (h1, "休会", None, None),
        (body, "09:35:00–09:35:00 休会0秒；记录截止时进行中", INDENT, None),
        (h1, "计划与实际", None, None),
        (
            body,
            "计划结束 09:40，实际结束 09:35（-5分28秒）；计划用时10分钟，实际用时5分钟。",
            INDENT,
            None,
        ),
        (body, "发言时长统计", INDENT, None),
        (body, "日志止于 09:35:00，会议未宣布散会。", INDENT, None),
        (body, "", None, None),
        (body, "主持人（签字）：＿＿＿＿＿＿＿＿", None, "RIGHT"),
        (body, "记录人（签字）：＿＿＿＿＿＿＿＿", None, "RIGHT"),
    ]
    assert not doc.styles["Title"].font.bold  # 小标宋 is heavy enough in Chinese


def centred(table: Any, row: int) -> list[bool]:
    return [c.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER for c in table.rows[row].cells]


def test_word_tables_centre_numbers_and_times_not_names(tmp_path: Path) -> None:
    speakers, plan, totals = word(cut_short(), "zh", tmp_path).tables
    assert [c.text for c in speakers.rows[1].cells] == [
        "1",
        "陈静",
        "办公室主任",
        "09:31:40",
        "09:35:00",
        "3分20秒",
        "4分钟",
        "—",
        "时限改为4分钟",
    ]
    assert centred(speakers, 0) == [True] * 9  # the header row
    assert centred(speakers, 1) == [True, False, False, True, True, True, True, True, False]
    assert [c.text for c in plan.rows[2].cells] == [
        "二、审议《年度工作要点》",
        "09:30",
        "09:31",
        "10分15秒",
        "3分30秒",
        "-6分45秒",
    ]
    assert centred(plan, 2) == [False, True, True, True, True, True]
    assert [c.text for c in totals.rows[1].cells] == ["陈静", "1", "3分20秒"]
    assert centred(totals, 1) == [False, True, True]


def test_word_speakers_without_roles_have_no_role_column(tmp_path: Path) -> None:
    m = cut_short()
    for item in m.items:
        item.speakers[:] = [replace(s, role=None) for s in item.speakers]
    speakers = word(m, "zh", tmp_path).tables[0]
    assert [c.text for c in speakers.rows[0].cells] == [
        "序号",
        "发言人",
        "开始",
        "结束",
        "发言时长",
        "时限",
        "超时",
        "说明",
    ]
    assert centred(speakers, 1) == [True, False, True, True, True, True, True, False]


def test_the_summary_cut_short_in_word_in_english(tmp_path: Path) -> None:
    doc = word(cut_short(), "en", tmp_path, "summary")
    assert doc.styles["Title"].font.bold  # Latin letters have no 小标宋 weight
    assert layout(doc) == [
        ("Title", "Summary of decisions: 局党组2026年第12次会议", None, None),
        (
            "Normal",
            "The journal stops at 09:35:00 before the meeting ended; these minutes go up to "
            "that moment.",
            INDENT,
            None,
        ),
        (
            "Normal",
            "On 2026-11-26, the meeting “局党组2026年第12次会议” was held at 局机关三楼会议室. "
            "It was chaired by the chair. The agenda: (1) 由主持人传达上级会议精神; "
            "(2) 审议《年度工作要点》. The decisions are recorded as follows:",
            INDENT,
            "JUSTIFY",
        ),
        ("Normal", "1. The meeting approved 工作要点 (unanimous).", INDENT, "JUSTIFY"),
        (
            "Normal",
            "2. The meeting voted on the motion; it was not carried "
            "(3 for, 2 against, 1 abstaining).",
            INDENT,
            "JUSTIFY",
        ),
    ]
    point = doc.paragraphs[3]
    assert [r.text for r in point.runs] == ["1. ", "The meeting approved 工作要点 (unanimous)."]


def test_the_word_record_is_titled_for_its_recorder_or_its_chair(tmp_path: Path) -> None:
    m = cut_short()
    assert word(m, "zh", tmp_path).core_properties.author == "主持人"  # nobody named
    assert word(m, "en", tmp_path).core_properties.author == "the chair"
    assert word(replace(m, chair="王建国"), "zh", tmp_path).core_properties.author == "王建国"
    named = replace(m, chair="王建国", recorder="周强")
    assert word(named, "zh", tmp_path).core_properties.author == "周强"


def test_the_word_record_in_english_speaks_english_in_its_tables(tmp_path: Path) -> None:
    doc = word(cut_short(), "en", tmp_path)
    speakers = doc.tables[0]
    assert [c.text for c in speakers.rows[0].cells] == [
        "No.",
        "Speaker",
        "Role",
        "Start",
        "End",
        "Spoken",
        "Limit",
        "Overtime",
        "Remarks",
    ]
    assert [c.text for c in speakers.rows[1].cells][5:] == [
        "3 min 20 s",
        "4 min",
        "—",
        "limit set to 4 min",
    ]
    texts = [p.text for p in doc.paragraphs]
    at = texts.index("While 陈静 (办公室主任) spoke:")
    assert texts[at + 1] == "09:31:40 limit set to 4 min"
    assert "Item 1: 由主持人传达上级会议精神" in texts and "(1) Notes" in texts


# --- the official layout (GB/T 9704), read back -----------------------------------------------


def test_word_styles_are_plain_black_with_exact_spacing(tmp_path: Path) -> None:
    doc = word(cut_short(), "zh", tmp_path)
    for name, size, line, indent in (
        ("Normal", 16, 28, None),
        ("Title", 22, 36, None),
        ("Heading 1", 16, 28, 32),  # two characters in, as a heading of a 公文 is
        ("Heading 2", 16, 28, 32),
        ("Table Text", 10.5, None, None),
    ):
        style = doc.styles[name]
        fmt = style.paragraph_format
        assert style.font.size.pt == size, name
        assert style.font.italic is False and style.font.color.rgb == RGBColor(0, 0, 0), name
        assert (fmt.space_before.pt, fmt.space_after.pt) == (0, 28 if name == "Title" else 0)
        if line is None:
            assert fmt.line_spacing_rule == WD_LINE_SPACING.SINGLE, name
        else:
            assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY, name
            assert fmt.line_spacing.pt == line, name
        got = fmt.first_line_indent
        assert (got.pt if got is not None else None) == indent, name
    assert doc.styles["Heading 1"].paragraph_format.keep_with_next is True
    assert doc.styles["Heading 2"].paragraph_format.keep_with_next is True
    assert doc.styles["Table Text"].base_style.name == "Normal"
    section = doc.sections[0]
    assert round(section.header_distance.mm, 1) == 15
    assert round(section.footer_distance.mm, 1) == round(35 - 7 - 14 * 25.4 / 72, 1)


def test_word_page_numbers_sit_a_character_in_from_the_edge(tmp_path: Path) -> None:
    section = word(cut_short(), "zh", tmp_path).sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.paragraph_format.right_indent.pt == 14 and odd.paragraph_format.left_indent is None
    assert even.paragraph_format.left_indent.pt == 14 and even.paragraph_format.right_indent is None
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    kinds = [el.get(f"{w}fldCharType") for el in odd._p.iter(f"{w}fldChar")]
    assert kinds == ["begin", "separate", "end"]
    (instr,) = list(odd._p.iter(f"{w}instrText"))
    assert instr.text == " PAGE "
    assert instr.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert odd.text == "— 1 —"


def test_word_tables_keep_rows_whole_and_repeat_their_header(tmp_path: Path) -> None:
    speakers, plan, totals = word(cut_short(), "zh", tmp_path).tables
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for table, widths in ((speakers, [12, 15, 18, 19, 19, 20, 16, 14, 23]), (totals, [70, 30, 56])):
        assert table.style.name == "Table Grid"
        assert table.alignment == WD_TABLE_ALIGNMENT.CENTER and table.autofit is False
        assert [round(c.width.mm) for c in table.columns] == widths
        rows = table.rows
        assert all(r._tr.trPr.find(f"{w}cantSplit") is not None for r in rows)
        headers = [r._tr.trPr.find(f"{w}tblHeader") is not None for r in rows]
        assert headers == [True] + [False] * (len(rows) - 1)
        assert all(run.bold for cell in rows[0].cells for run in cell.paragraphs[0].runs)
        assert all(c.paragraphs[0].style.name == "Table Text" for r in rows for c in r.cells)
        margins = table._tbl.tblPr.find(f"{w}tblCellMar")
        assert [(m.tag.removeprefix(w), m.get(f"{w}w"), m.get(f"{w}type")) for m in margins] == [
            ("left", "57", "dxa"),
            ("right", "57", "dxa"),
        ]
    assert [round(c.width.mm) for c in plan.columns] == [48, 21, 21, 22, 22, 22]


def test_word_properties_hold_nothing_but_title_author_and_dates(tmp_path: Path) -> None:
    props = word(cut_short(), "zh", tmp_path).core_properties
    assert props.revision == 1
    assert (props.comments, props.subject, props.keywords, props.category) == ("", "", "", "")
    assert props.created == props.modified == NINE_THIRTY  # the meeting's start, in UTC

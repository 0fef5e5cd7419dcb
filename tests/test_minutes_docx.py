"""The Word minutes read back: page, styles, fonts on the East Asian slot, every section.

The journal is written by a session on a fake clock and exported with `chair export -o`,
so each expected paragraph is known from the journal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from chair.cli import main as cli_main
from tests.journal_helpers import Recorder, header, write_lines


def exported(journal: Path, tmp_path: Path, *args: str) -> Document:
    out = tmp_path / "minutes.docx"
    assert cli_main(["export", str(journal), "--format", "docx", "-o", str(out), *args]) == 0
    return Document(str(out))


@pytest.fixture
def full(tmp_path: Path) -> Path:
    """张三 timed 5:20 in item 2, an extra speaker in the opening, a note, no end."""
    path = tmp_path / "j.jsonl"
    rec = Recorder(path)
    s, clock = rec.session, rec.clock
    cue = s.add_extra("来宾")
    s.jump_to(s.index_of(cue))
    s.toggle_timer()
    clock.advance(30)
    s.jump_to_item(1)
    clock.advance(10)
    s.jump_to(s.index_of("s5"))
    s.toggle_timer()
    clock.advance(320)
    s.add_note("张三超时二十秒")
    s.next_step()
    return path


def test_page_is_a4_with_office_margins(full, tmp_path):
    section = exported(full, tmp_path).sections[0]
    mm = [
        round(x.mm, 1)
        for x in (
            section.page_width,
            section.page_height,
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    ]
    assert mm == [210, 297, 37, 35, 28, 26]  # Word keeps twips: 210 mm is 210.008


@pytest.mark.parametrize(
    ("style", "east_asia", "latin", "size", "bold"),
    [
        ("Normal", "宋体", "Times New Roman", 12, None),
        ("Title", "宋体", "Times New Roman", 22, True),
        ("Heading 1", "黑体", "Arial", 16, False),
        ("Heading 2", "黑体", "Arial", 14, False),
        ("Heading 3", "黑体", "Arial", 12, False),
    ],
)
def test_styles_set_both_font_slots(full, tmp_path, style, east_asia, latin, size, bold):
    st = exported(full, tmp_path).styles[style]
    fonts = st.element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == east_asia
    assert fonts.get(qn("w:ascii")) == latin and fonts.get(qn("w:hAnsi")) == latin
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        assert fonts.get(qn(theme)) is None, theme
    assert st.font.name == latin and st.font.size == Pt(size) and st.font.bold is bold
    assert st.font.color.rgb == RGBColor(0, 0, 0)


def test_text_is_checked_as_english_and_chinese_and_the_title_has_no_rule(full, tmp_path):
    doc = exported(full, tmp_path)
    langs = doc.styles["Normal"].element.rPr.findall(qn("w:lang"))
    assert len(langs) == 1
    assert langs[0].get(qn("w:val")) == "en-US" and langs[0].get(qn("w:eastAsia")) == "zh-CN"
    ppr = doc.styles["Title"].element.pPr
    assert ppr is None or ppr.findall(qn("w:pBdr")) == []


def test_paragraphs_in_order(full, tmp_path):
    doc = exported(full, tmp_path)
    assert doc.core_properties.title == "测试会议记录"
    paras = [(p.style.name, p.text) for p in doc.paragraphs]
    assert paras == [
        ("Title", "测试会议记录"),
        ("Normal", "会议名称：测试会议"),
        ("Normal", "时间：2026年11月26日 09:00–09:06（历时 06:00）"),
        ("Normal", "主持人：王主任"),
        ("Normal", "记录："),
        ("Normal", "日志在 09:06:00 中止，会议未结束；以下记录截至该时刻。"),
        ("Heading 1", "议程"),
        ("Heading 2", "一、学习"),
        ("Normal", "时间：未进行"),
        ("Heading 2", "二、发言"),
        ("Normal", "时间：09:00:30–09:06:00（用时 05:30）；记录截止时进行中"),
        ("Heading 2", "其他发言"),
        ("Heading 1", "备注"),
        ("Normal", "09:06:00　张三超时二十秒"),
    ]
    title = doc.paragraphs[0]
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and title.runs[0].bold
    unfinished = doc.paragraphs[5]
    assert unfinished.runs[0].italic


def test_speaker_tables(full, tmp_path):
    doc = exported(full, tmp_path)
    item, other = doc.tables
    for table in (item, other):
        assert table.style.name == "Table Grid" and table.alignment == WD_TABLE_ALIGNMENT.CENTER
        head = table.rows[0].cells
        assert [c.text for c in head] == [
            "序号",
            "姓名",
            "开始",
            "结束",
            "发言时长",
            "时限",
            "超时",
            "说明",
        ]
        for c in head:
            assert c.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
            assert c.paragraphs[0].runs[0].bold
    assert [c.text for c in item.rows[1].cells] == [
        "1",
        "张三",
        "09:00:40",
        "09:06:00",
        "05:20",
        "05:00",
        "+00:20",
        "",
    ]
    assert [c.text for c in other.rows[1].cells] == [
        "1",
        "来宾",
        "09:00:00",
        "09:00:30",
        "00:30",
        "10:00",
        "—",
        "临时发言",
    ]
    aligns = [c.paragraphs[0].alignment for c in item.rows[1].cells]
    centred = WD_ALIGN_PARAGRAPH.CENTER
    assert aligns == [centred, None, centred, centred, centred, centred, centred, None]


def test_written_statements_and_interruptions(tmp_path):
    from tests.conftest import small_meeting

    meeting = small_meeting()
    meeting.written_statements = ["其他同志作书面发言。"]
    path = tmp_path / "j.jsonl"
    write_lines(
        path,
        [
            header(meeting),
            {"type": "step", "step": "s3", "t": 0.0},
            {"type": "resume", "lost": 10.0, "t": 75.0},
            {"type": "end", "t": 80.0},
        ],
    )
    doc = exported(path, tmp_path)
    paras = [(p.style.name, p.text) for p in doc.paragraphs]
    assert paras[-4:] == [
        ("Heading 1", "书面发言"),
        ("Normal", "其他同志作书面发言。"),
        ("Heading 1", "中断"),
        ("Normal", "09:00:10–09:01:15，中断 01:05"),
    ]
    assert not any(p.runs and p.runs[0].italic for p in doc.paragraphs), "ended: no notice"
    assert doc.tables == []


def test_english_word_minutes(full, tmp_path):
    doc = exported(full, tmp_path, "--lang", "en")
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Minutes: 测试会议"
    assert "Item 2: 发言" in texts
    assert doc.tables[0].rows[0].cells[1].text == "Name"

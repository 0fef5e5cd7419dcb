"""The Word minutes read back: the page and the proofing languages.

Fonts, headings, tables and every section of the GB/T 9704 layout are read back in
test_minutes_office.

The journal is written by a session on a fake clock and exported with `chair export -o`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from chair.cli import main as cli_main
from tests.journal_helpers import Recorder


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


def test_text_is_checked_as_english_and_chinese_and_the_title_has_no_rule(full, tmp_path):
    doc = exported(full, tmp_path)
    langs = doc.styles["Normal"].element.rPr.findall(qn("w:lang"))
    assert len(langs) == 1
    assert langs[0].get(qn("w:val")) == "en-US" and langs[0].get(qn("w:eastAsia")) == "zh-CN"
    ppr = doc.styles["Title"].element.pPr
    assert ppr is None or ppr.findall(qn("w:pBdr")) == []

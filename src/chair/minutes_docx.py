"""The minutes as a Word file, laid out the way Chinese offices file documents (GB/T 9704).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; the title in 二号 (22 pt)
方正小标宋简体, centred; the body in 三号 (16 pt) 仿宋_GB2312 at a fixed 28 pt line; `一、`
headings in 黑体, `（一）` headings in 楷体, both indented two characters like the body; page
numbers `— 1 —` in 四号 (14 pt) 宋体 at the foot, odd pages right, even pages left.

Chinese fonts live on the East Asian slot of `w:rFonts` (`w:eastAsia`): python-docx's
`font.name` sets only the Latin slots, and Word then draws Chinese in the theme's font. The
fonts a machine may lack (方正小标宋简体, 仿宋_GB2312) carry an alternative name in the font
table (宋体, 仿宋) that Word falls back to.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chair.minutes import (
    Minutes,
    MinutesKind,
    SpeakerMinutes,
    adjourned_line,
    break_text,
    info_lines,
    interruption_text,
    item_heading,
    item_time,
    labels,
    minutes_heading,
    plan_columns,
    plan_end_line,
    plan_rows,
    point_label,
    signature_lines,
    speaker_columns,
    speaker_details,
    speaker_notes_title,
    speaker_row,
    sub_heading,
    summary_attendance,
    summary_opening,
    summary_points,
    totals_columns,
    totals_rows,
    unfinished_line,
    vote_text,
    with_roles,
)
from chair.timefmt import format_time_of_day

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体"
PAGE_NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"
HEADING_LATIN_FONT = "Arial"
"""Latin letters in a 黑体 heading: a sans serif beside it."""
FALLBACKS = {TITLE_FONT: "宋体", BODY_FONT: "仿宋"}
"""Fonts an office machine may lack, and what Word draws instead (the font table's altName)."""

TITLE_PT = 22  # 二号
BODY_PT = 16  # 三号
PAGE_NUMBER_PT = 14  # 四号
TABLE_PT = 10.5  # 五号: nine columns fit the 156 mm line
LINE_PT = 28
"""Fixed line spacing of the body: 22 lines on the page."""
TABLE_STYLE = "Table Text"


def _fonts(rpr_owner: Any, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Set every slot of `w:rFonts` (East Asian included) and drop the theme fonts."""
    from docx.oxml.ns import qn

    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _style(
    doc: Any,
    name: str,
    east_asia: str,
    size_pt: float,
    *,
    bold: bool = False,
    line_pt: float | None = LINE_PT,
    indent_chars: float = 0,
    base: str | None = None,
    latin: str = LATIN_FONT,
) -> Any:
    """A paragraph style (created when missing) with its fonts on every slot."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base:
            style.base_style = doc.styles[base]
    style.font.size = Pt(size_pt)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    _fonts(style.element, east_asia, latin)
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if line_pt is None:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        fmt.line_spacing = Pt(line_pt)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.first_line_indent = Pt(size_pt * indent_chars) if indent_chars else None
    return style


def _lang_tags(style: Any) -> None:
    """Latin text checked as English, East Asian text as Chinese."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), "en-US")
    el.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(el)


def _no_border(style: Any) -> None:
    from docx.oxml.ns import qn

    ppr = style.element.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def _font_table(doc: Any) -> None:
    """Name the fallback of each font an office machine may lack (`w:altName`)."""
    from lxml import etree  # type: ignore[import-untyped]

    part = next(
        (p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"), None
    )
    if part is None:  # pragma: no cover - python-docx's template has one
        return
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = etree.fromstring(part.blob)
    for name, alt in FALLBACKS.items():
        font = etree.SubElement(root, f"{{{w}}}font")
        font.set(f"{{{w}}}name", name)
        etree.SubElement(font, f"{{{w}}}altName").set(f"{{{w}}}val", alt)
        etree.SubElement(font, f"{{{w}}}charset").set(f"{{{w}}}val", "86")
        etree.SubElement(font, f"{{{w}}}family").set(f"{{{w}}}val", "modern")
        etree.SubElement(font, f"{{{w}}}pitch").set(f"{{{w}}}val", "fixed")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_number(paragraph: Any, right: bool) -> None:
    """`— N —` with N a PAGE field, in 四号 宋体; a character in from the page's edge."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT
    fmt = paragraph.paragraph_format
    fmt.line_spacing = None
    if right:
        fmt.right_indent = Pt(PAGE_NUMBER_PT)
    else:
        fmt.left_indent = Pt(PAGE_NUMBER_PT)

    def run(text: str = "") -> Any:
        r = paragraph.add_run(text)
        r.font.size = Pt(PAGE_NUMBER_PT)
        _fonts(r._element, PAGE_NUMBER_FONT, PAGE_NUMBER_FONT)
        return r

    def field_char(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run()._element.append(el)

    run("— ")
    field_char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run()._element.append(instr)
    field_char("separate")
    run("1")
    field_char("end")
    run(" —")


def new_document(title: str, author: str, created: Any) -> Any:
    """An empty A4 document with the GB/T 9704 page, styles, footers and properties."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(15)
    # The page number's rule: 7 mm below the text block; the footer is measured from its foot.
    section.footer_distance = Mm(35 - 7) - Pt(PAGE_NUMBER_PT)

    normal = _style(doc, "Normal", BODY_FONT, BODY_PT)
    _lang_tags(normal)
    title_style = _style(doc, "Title", TITLE_FONT, TITLE_PT, line_pt=36)
    title_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_style.paragraph_format.space_after = Pt(LINE_PT)
    _no_border(title_style)
    for name, font, latin in (
        ("Heading 1", HEADING_FONT, HEADING_LATIN_FONT),
        ("Heading 2", SUBHEADING_FONT, LATIN_FONT),
    ):
        heading = _style(doc, name, font, BODY_PT, indent_chars=2, latin=latin)
        heading.paragraph_format.keep_with_next = True
    _style(doc, TABLE_STYLE, BODY_FONT, TABLE_PT, line_pt=None, base="Normal")
    _font_table(doc)

    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], right=True)
    _page_number(section.even_page_footer.paragraphs[0], right=False)

    if isinstance(created, datetime) and created.tzinfo is not None:
        created = created.astimezone(UTC)  # python-docx writes the value as UTC
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = created
    props.modified = created
    props.revision = 1
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    return doc


def _para(
    doc: Any, text: str, *, indent: bool = False, style: str | None = None, align: str | None = None
) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph(text, style=style)
    if indent:
        p.paragraph_format.first_line_indent = Pt(BODY_PT * 2)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


SPEAKER_WIDTHS_MM = [12, 17, 19, 19, 21, 17, 15, 36]
SPEAKER_WIDTHS_ROLES_MM = [12, 15, 18, 19, 19, 20, 16, 14, 23]
PLAN_WIDTHS_MM = [48, 21, 21, 22, 22, 22]
TOTALS_WIDTHS_MM = [70, 30, 56]
CELL_MARGIN_TWIPS = 57
"""Column widths filling the 156 mm line: the long texts (remarks, item titles) get room."""


def _table(
    doc: Any, head: list[str], rows: list[list[str]], centred: set[int], widths_mm: Sequence[float]
) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table = doc.add_table(rows=1, cols=len(head))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        para = cell.paragraphs[0]
        para.style = doc.styles[TABLE_STYLE]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for col, (cell, text) in enumerate(zip(cells, row, strict=True)):
            para = cell.paragraphs[0]
            para.style = doc.styles[TABLE_STYLE]
            para.add_run(text)
            if col in centred:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    margins = OxmlElement("w:tblCellMar")  # 1 mm either side: times fit their column
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(CELL_MARGIN_TWIPS))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)
    for n, row in enumerate(table.rows):  # rows never split; the header repeats on each page
        props = row._tr.get_or_add_trPr()
        props.append(OxmlElement("w:cantSplit"))
        if n == 0:
            props.append(OxmlElement("w:tblHeader"))
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _speakers(doc: Any, speakers: list[SpeakerMinutes], lang: str) -> None:
    roles = with_roles(speakers)
    centred = {0, 3, 4, 5, 6, 7} if roles else {0, 2, 3, 4, 5, 6}
    _table(
        doc,
        speaker_columns(lang, roles),
        [speaker_row(n, s, lang, roles) for n, s in enumerate(speakers, 1)],
        centred,
        SPEAKER_WIDTHS_ROLES_MM if roles else SPEAKER_WIDTHS_MM,
    )
    for s in speakers:
        details = speaker_details(s, lang)
        if details:
            _para(doc, speaker_notes_title(s, lang), indent=True)
            for line in details:
                _para(doc, line, indent=True)


def write_minutes_docx(
    m: Minutes, lang: str, path: str | Path, kind: MinutesKind = "record"
) -> None:
    """Write a 会议记录 (`record`) or a 会议纪要 (`summary`) as a Word file."""
    heading = minutes_heading(m, lang, kind)
    doc = new_document(heading, m.recorder or m.chair or labels(lang)["chair_word"], m.start)
    if lang == "en":  # 小标宋's weight, for Latin letters that have no such face
        doc.styles["Title"].font.bold = True
    doc.add_paragraph(heading, style="Title")
    if (line := unfinished_line(m, lang)) is not None:
        _para(doc, line, indent=True)
    if kind == "summary":
        _summary(doc, m, lang)
    else:
        _record(doc, m, lang)
    doc.save(str(path))


def _summary(doc: Any, m: Minutes, lang: str) -> None:
    lab = labels(lang)
    _para(doc, summary_opening(m, lang), indent=True, align="justify")
    for n, point in enumerate(summary_points(m, lang), 1):
        p = _para(doc, "", indent=True, align="justify")
        label = p.add_run(point_label(n, lang))
        _fonts(label._element, HEADING_FONT)
        p.add_run(point)
    if lines := summary_attendance(m, lang):
        doc.add_paragraph()
        for key, value in lines:
            _para(doc, f"{key}{lab['colon']}{value}")


def _record(doc: Any, m: Minutes, lang: str) -> None:
    lab = labels(lang)
    for key, value in info_lines(m, lang):
        _para(doc, f"{key}{lab['colon']}{value}")
    for item in m.items:
        doc.add_heading(item_heading(item, lang), level=1)
        _para(doc, f"{lab['time']}{lab['colon']}{item_time(item, lang)}", indent=True)
        n = 0
        if item.speakers:
            n += 1
            doc.add_heading(sub_heading(n, lab["speakers"], lang), level=2)
            _speakers(doc, item.speakers, lang)
        if item.notes:
            n += 1
            doc.add_heading(sub_heading(n, lab["notes"], lang), level=2)
            for note in item.notes:
                _para(doc, f"{format_time_of_day(note.time)}　{note.text}", indent=True)
        if item.decisions:
            n += 1
            doc.add_heading(sub_heading(n, lab["decisions"], lang), level=2)
            for i, d in enumerate(item.decisions, 1):
                _para(doc, f"{i}. {d.text}", indent=True)
        if item.votes:
            n += 1
            doc.add_heading(sub_heading(n, lab["votes"], lang), level=2)
            for i, v in enumerate(item.votes, 1):
                _para(doc, f"{i}. {vote_text(v, lang)}", indent=True)
    if m.other_speakers:
        doc.add_heading(lab["other_speakers"], level=1)
        _speakers(doc, m.other_speakers, lang)
    sections: list[tuple[str, list[str]]] = [
        (lab["other_notes"], [f"{format_time_of_day(n.time)}　{n.text}" for n in m.general_notes]),
        (
            lab["other_decisions"],
            [d.text for d in m.outside_decisions] + [vote_text(v, lang) for v in m.outside_votes],
        ),
        (lab["written"], list(m.written_statements)),
        (lab["breaks"], [break_text(b, lang) for b in m.breaks]),
        (lab["interruptions"], [interruption_text(i, lang) for i in m.interruptions]),
    ]
    for title, lines in sections:
        if lines:
            doc.add_heading(title, level=1)
            for line in lines:
                _para(doc, line, indent=True)
    doc.add_heading(lab["plan"], level=1)
    _table(doc, plan_columns(lang), plan_rows(m, lang), {1, 2, 3, 4, 5}, PLAN_WIDTHS_MM)
    _para(doc, plan_end_line(m, lang), indent=True)
    if m.totals:
        _para(doc, lab["totals"], indent=True)
        _table(doc, totals_columns(lang), totals_rows(m, lang), {1, 2}, TOTALS_WIDTHS_MM)
    _para(doc, adjourned_line(m, lang), indent=True)
    doc.add_paragraph()
    for line in signature_lines(lang):
        _para(doc, line, align="right")

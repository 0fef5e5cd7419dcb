"""The minutes (会议记录) of a meeting, built from its journal. No Textual, no screen.

`build_minutes` replays the journal through `Session` (the same code that ran the meeting,
so the minutes can never disagree with what the screen showed) into a plain `Minutes`
tree; the renderers turn that tree into Markdown, YAML or a Word file. The minutes say
what the journal says: a journal that stops mid-meeting gives minutes up to its last
event, and a speaker still running then is counted up to that event and marked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from chair.events import Ended, Event, MeetingHeader, TimerAction
from chair.replay import apply_events, header_of
from chair.session import Session
from chair.timefmt import format_duration, format_time_of_day

# ---------------------------------------------------------------------- the tree


@dataclass
class SpeakerMinutes:
    """One speaker as the minutes list them."""

    order: int
    """1-based place in the meeting's speaking order (first timer start)."""
    name: str | None
    """None when nobody filled the name in (rendered as 未填写)."""
    item: int | None
    """The agenda item's number, or None for a speaker outside any item."""
    start: datetime | None
    end: datetime | None
    spoken_s: int
    limit_s: int
    overtime_s: int
    extra: bool = False
    """Added live (临时发言), not in the script."""
    interrupted: bool = False
    """The timer ran across a gap in the journal (the chair's process died)."""
    skipped: bool = False
    """Rehearsal only: counted at the limit without being timed."""
    running: bool = False
    """Still speaking when the journal stops: counted up to its last event."""
    untimed: bool = False
    """Named and reached, but the timer was never started: the chair forgot `t`."""


@dataclass
class ItemMinutes:
    number: int
    title: str
    start: datetime | None
    """None when the meeting never reached the item."""
    end: datetime | None
    duration_s: int | None
    ongoing: bool = False
    """The journal stops while the item is under way."""
    speakers: list[SpeakerMinutes] = field(default_factory=list)


@dataclass
class NoteMinutes:
    time: datetime
    text: str


@dataclass
class InterruptionMinutes:
    start: datetime
    """The last event the lost process wrote."""
    end: datetime
    """When the meeting was resumed."""
    gap_s: int


@dataclass
class Minutes:
    title: str
    """The script's title as written (often ending in 主持词)."""
    date: date
    start: datetime
    end: datetime
    """The `end` event, or the journal's last event when the meeting did not end."""
    duration_s: int
    chair: str | None
    mode: str
    lang: str
    ended: bool
    items: list[ItemMinutes] = field(default_factory=list)
    speakers: list[SpeakerMinutes] = field(default_factory=list)
    """Every speaker in speaking order (the items' speakers plus those outside items)."""
    notes: list[NoteMinutes] = field(default_factory=list)
    written_statements: list[str] = field(default_factory=list)
    interruptions: list[InterruptionMinutes] = field(default_factory=list)

    @property
    def other_speakers(self) -> list[SpeakerMinutes]:
        """Speakers added outside any agenda item (an extra in the opening or closing)."""
        return [s for s in self.speakers if s.item is None]


# ---------------------------------------------------------------------- building


def build_minutes(header: MeetingHeader, events: list[Event], *, chair: str | None = None,
                  lang: str | None = None, path: str | Path | None = None) -> Minutes:
    """Replay the journal and describe it. `events` may start with the header itself.

    `chair` and `lang` override the header (`--chair`, `--lang`); `path` only names the
    journal in errors.
    """
    meeting = header_of([header], path).meeting
    start_wall = header.start_wall

    first_line = 1 if events and events[0] is header else 2
    last_t = max((ev.t for ev in events if ev.t is not None), default=0.0)
    session = Session.replay(meeting, [], clock=lambda: last_t, start_wall=start_wall,
                             mode=header.mode)
    last_timer_t: dict[str, float] = {}
    """Meeting time of each cue's last timer event: the end of a timer left paused."""
    end_t: float | None = None

    def note_times(ev: Event) -> None:
        nonlocal end_t
        if isinstance(ev, TimerAction):
            last_timer_t[ev.cue] = session.last_t
        elif isinstance(ev, Ended) and end_t is None:
            end_t = session.last_t

    apply_events(session, events, path, first_line, note_times)
    now = session.last_t
    stop_t = end_t if end_t is not None else now
    wall = session.wall_at

    speakers: list[SpeakerMinutes] = []
    by_item: dict[int, list[SpeakerMinutes]] = {}
    for entry in session.log:
        if entry.kind != "speaker":
            continue
        rec = session.speakers[str(entry.ref)]
        timer = rec.timer
        spoken = int(round(rec.spoken(now)))
        if timer.running:
            end = wall(now)
        elif timer.stopped_at is not None:
            end = wall(timer.stopped_at)
        elif rec.cue_id in last_timer_t and timer.started_at is not None:
            end = wall(last_timer_t[rec.cue_id])
        else:
            end = None
        item = meeting.items[rec.item].number if rec.item is not None else None
        speakers.append(sm := SpeakerMinutes(
            order=len(speakers) + 1,
            name=rec.name,
            item=item,
            start=wall(timer.started_at) if timer.started_at is not None else None,
            end=end,
            spoken_s=spoken,
            limit_s=int(rec.limit_s),
            overtime_s=max(0, spoken - int(rec.limit_s)),
            extra=rec.extra,
            interrupted=rec.interrupted,
            skipped=rec.skipped,
            running=timer.running,
        ))
        if rec.item is not None:
            by_item.setdefault(rec.item, []).append(sm)

    # A speaker the chair named and reached without starting the timer still spoke: the
    # secretary lists them, untimed, after those timed (the journal knows no better order).
    for live in session.steps:
        name = session.names.get(live.id) or getattr(live.step, "name", None)
        if not live.is_cue or live.id in session.speakers or not name or live.id not in session.visited:
            continue
        limit = int(getattr(live.step, "limit_s", 0))
        item = meeting.items[live.item].number if live.item is not None else None
        speakers.append(sm := SpeakerMinutes(
            order=len(speakers) + 1, name=name, item=item, start=None, end=None, spoken_s=0,
            limit_s=limit, overtime_s=0, extra=bool(getattr(live.step, "extra", False)),
            untimed=True,
        ))
        if live.item is not None:
            by_item.setdefault(live.item, []).append(sm)

    items: list[ItemMinutes] = []
    for index, (it, span) in enumerate(zip(meeting.items, session.items, strict=True)):
        ongoing = span.start is not None and span.end is None
        span_end = span.end if span.end is not None else (now if ongoing else None)
        items.append(ItemMinutes(
            number=it.number,
            title=it.title,
            start=wall(span.start) if span.start is not None else None,
            end=wall(span_end) if span_end is not None else None,
            duration_s=(int(round(span_end - span.start))
                        if span.start is not None and span_end is not None else None),
            ongoing=ongoing and not session.ended,
            speakers=by_item.get(index, []),
        ))

    return Minutes(
        title=header.title or meeting.title,
        date=start_wall.date(),
        start=start_wall,
        end=wall(stop_t),
        duration_s=int(round(stop_t)),
        chair=chair or header.chair or meeting.chair,
        mode=header.mode,
        lang=lang or _lang(header.lang),
        ended=session.ended,
        items=items,
        speakers=speakers,
        notes=[NoteMinutes(wall(note.t), note.text) for note in session.notes],
        written_statements=list(meeting.written_statements),
        interruptions=[
            InterruptionMinutes(wall(i.t_lost), wall(i.t_resumed),
                                int(round(max(0.0, i.t_resumed - i.t_lost))))
            for i in session.interruptions
        ],
    )


def _lang(value: Any) -> str:
    return value if value in ("zh", "en") else "zh"


# ---------------------------------------------------------------------- labels

_TITLE_SUFFIXES = ("主持词", "主持稿", "主持辞", "主持人讲话", "主持讲话", "串词")
_DIGITS = "零一二三四五六七八九"


def labels(lang: str) -> dict[str, str]:
    """The minutes' words (`minutes.*` in `chair.i18n`)."""
    from chair.i18n import section

    return section(lang, "minutes.")


def meeting_name(m: Minutes) -> str:
    """The meeting's name: the script title without 主持词 / 主持稿."""
    base = m.title.strip()
    for suffix in _TITLE_SUFFIXES:
        if base.endswith(suffix):
            base = base[: -len(suffix)].rstrip(" 　:：-—")
            break
    return base


def minutes_heading(m: Minutes, lang: str) -> str:
    """`测试会议记录` from `测试会议主持词`; `Minutes: …` in English."""
    base = meeting_name(m)
    if lang == "en":
        return f"Minutes: {base}" if base else "Minutes"
    if not base:
        return "会议记录"
    return base + ("记录" if base.endswith("会议") or base.endswith("会") else "会议记录")


def chinese_number(n: int) -> str:
    """一, 十二, 二十 … for item headings; digits beyond 99."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def item_heading(item: ItemMinutes, lang: str) -> str:
    if lang == "en":
        return f"Item {item.number}: {item.title}"
    return f"{chinese_number(item.number)}、{item.title}"


def _date(d: date, lang: str) -> str:
    return d.isoformat() if lang == "en" else f"{d.year}年{d.month}月{d.day}日"


def meeting_time(m: Minutes, lang: str) -> str:
    """`2026年11月26日 09:00–09:25（历时 25:10）`; the end's date too past midnight."""
    end = m.end.strftime("%H:%M")
    if m.end.date() != m.start.date():
        end = f"{_date(m.end.date(), lang)} {end}"
    span = labels(lang)["span"].format(start=m.start.strftime("%H:%M"), end=end,
                                       duration=format_duration(m.duration_s))
    return f"{_date(m.date, lang)} {span}"


def item_time(item: ItemMinutes, lang: str) -> str:
    lab = labels(lang)
    if item.start is None:
        return lab["not_reached"]
    text = lab["item_span"].format(start=format_time_of_day(item.start), end=format_time_of_day(item.end),
                                   duration=format_duration(item.duration_s or 0))
    return text + (lab["sep"] + lab["ongoing"] if item.ongoing else "")


def speaker_name(s: SpeakerMinutes, lang: str) -> str:
    return s.name or labels(lang)["not_filled"]


def speaker_remarks(s: SpeakerMinutes, lang: str) -> str:
    lab = labels(lang)
    marks = [lab[key] for key, on in (("extra", s.extra), ("interrupted", s.interrupted),
                                       ("running", s.running), ("skipped", s.skipped),
                                       ("untimed", s.untimed)) if on]
    return lab["sep"].join(marks)


def speaker_columns(lang: str) -> list[str]:
    lab = labels(lang)
    return [lab[k] for k in ("order", "name", "start", "end", "spoken", "limit", "overtime",
                             "remarks")]


def speaker_row(n: int, s: SpeakerMinutes, lang: str) -> list[str]:
    """One table row; `n` numbers the row within its table (序号)."""
    return [
        str(n),
        speaker_name(s, lang),
        format_time_of_day(s.start),
        format_time_of_day(s.end),
        format_duration(s.spoken_s),
        format_duration(s.limit_s),
        "+" + format_duration(s.overtime_s) if s.overtime_s > 0 else "—",
        speaker_remarks(s, lang),
    ]


def info_lines(m: Minutes, lang: str) -> list[tuple[str, str]]:
    """The block under the title: 会议名称, 时间, 主持人 (地点 is not known to chair)."""
    lab = labels(lang)
    lines = [(lab["meeting"], meeting_name(m) or m.title), (lab["time"], meeting_time(m, lang)),
             (lab["chair"], m.chair or lab["not_filled"])]
    return lines


def unfinished_line(m: Minutes, lang: str) -> str | None:
    return None if m.ended else labels(lang)["unfinished"].format(time=format_time_of_day(m.end))


# ---------------------------------------------------------------------- Markdown


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _md_table(rows: list[list[str]], lang: str) -> list[str]:
    head = speaker_columns(lang)
    out = ["| " + " | ".join(head) + " |",
           "| " + " | ".join(["---:", "---", "---", "---", "---:", "---:", "---:", "---"]) + " |"]
    out += ["| " + " | ".join(_cell(c) for c in row).rstrip() + " |" for row in rows]
    return out


def render_markdown(m: Minutes, lang: str) -> str:
    """Minutes a person reads: heading, the info block, items with speaker tables, notes."""
    lab = labels(lang)
    out = [f"# {minutes_heading(m, lang)}", ""]
    out += [f"- {k}{lab['colon']}{_cell(v)}" for k, v in info_lines(m, lang)]
    out.append("")
    if (line := unfinished_line(m, lang)) is not None:
        out += [f"> {line}", ""]
    out += [f"## {lab['agenda']}", ""]
    for item in m.items:
        out += [f"### {_cell(item_heading(item, lang))}", ""]
        out += [f"{lab['time']}{lab['colon']}{item_time(item, lang)}", ""]
        if item.speakers:
            out += _md_table([speaker_row(n, s, lang) for n, s in enumerate(item.speakers, 1)],
                             lang)
            out.append("")
    if m.other_speakers:
        out += [f"### {lab['other_speakers']}", ""]
        out += _md_table([speaker_row(n, s, lang) for n, s in enumerate(m.other_speakers, 1)],
                         lang)
        out.append("")
    if m.notes:
        out += [f"## {lab['notes']}", ""]
        out += [f"- {format_time_of_day(n.time)} {_cell(n.text)}" for n in m.notes]
        out.append("")
    if m.written_statements:
        out += [f"## {lab['written']}", ""]
        out += [f"- {_cell(w)}" for w in m.written_statements]
        out.append("")
    if m.interruptions:
        out += [f"## {lab['interruptions']}", ""]
        out += [f"- {interruption_text(i, lang)}" for i in m.interruptions]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def interruption_text(i: InterruptionMinutes, lang: str) -> str:
    return labels(lang)["gap"].format(start=format_time_of_day(i.start), end=format_time_of_day(i.end),
                                      gap=format_duration(i.gap_s))


# ---------------------------------------------------------------------- YAML


def _iso(t: datetime | None) -> str | None:
    return t.isoformat(timespec="seconds") if t is not None else None


def _speaker_dict(s: SpeakerMinutes) -> dict[str, Any]:
    return {
        "order": s.order,
        "name": s.name,
        "item": s.item,
        "start": _iso(s.start),
        "end": _iso(s.end),
        "spoken_s": s.spoken_s,
        "limit_s": s.limit_s,
        "overtime_s": s.overtime_s,
        "extra": s.extra,
        "interrupted": s.interrupted,
        "skipped": s.skipped,
        "running": s.running,
        "untimed": s.untimed,
    }


def minutes_to_dict(m: Minutes, lang: str) -> dict[str, Any]:
    """The machine-readable minutes: English keys in a fixed order, ISO times, int seconds.

    `speakers` is the whole meeting in speaking order (the first speaker first); each
    item repeats its own speakers so a reader of one item needs nothing else.
    """
    return {
        "title": m.title,
        "name": meeting_name(m),
        "date": m.date.isoformat(),
        "start": _iso(m.start),
        "end": _iso(m.end),
        "duration_s": m.duration_s,
        "chair": m.chair,
        "mode": m.mode,
        "lang": lang,
        "ended": m.ended,
        "items": [
            {
                "number": i.number,
                "title": i.title,
                "start": _iso(i.start),
                "end": _iso(i.end),
                "duration_s": i.duration_s,
                "ongoing": i.ongoing,
                "speakers": [_speaker_dict(s) for s in i.speakers],
            }
            for i in m.items
        ],
        "speakers": [_speaker_dict(s) for s in m.speakers],
        "notes": [{"time": _iso(n.time), "text": n.text} for n in m.notes],
        "written_statements": list(m.written_statements),
        "interruptions": [
            {"from": _iso(i.start), "to": _iso(i.end), "gap_s": i.gap_s} for i in m.interruptions
        ],
    }


def render_yaml(m: Minutes, lang: str) -> str:
    import yaml

    return yaml.safe_dump(minutes_to_dict(m, lang), allow_unicode=True, sort_keys=False,
                          width=1000)


# ---------------------------------------------------------------------- Word

BODY_FONT = {"zh": "宋体", "latin": "Times New Roman"}
HEADING_FONT = {"zh": "黑体", "latin": "Arial"}


def _set_fonts(style: Any, east_asia: str, latin: str, size_pt: float | None = None,
               bold: bool | None = None) -> None:
    """Fonts on a style, East Asian included; theme fonts removed so Word uses these."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = latin
    if size_pt is not None:
        style.font.size = Pt(size_pt)
    if bold is not None:
        style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _set_lang(style: Any) -> None:
    """Latin text checked as English, East Asian text as Chinese (names are Chinese in
    English minutes too)."""
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


def _docx_table(doc: Any, speakers: list[SpeakerMinutes], lang: str) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cols = speaker_columns(lang)
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, cols, strict=True):
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(text).bold = True
    for n, s in enumerate(speakers, 1):
        row = table.add_row().cells
        for col, (cell, text) in enumerate(zip(row, speaker_row(n, s, lang), strict=True)):
            para = cell.paragraphs[0]
            para.add_run(text)
            if col not in (1, 7):
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def write_docx(m: Minutes, lang: str, path: str | Path) -> None:
    """Minutes as a Chinese office files them: A4, centred bold title, an info block,
    one heading and speaker table per item, notes, written statements, interruptions."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    lab = labels(lang)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)

    styles = doc.styles
    _set_fonts(styles["Normal"], BODY_FONT["zh"], BODY_FONT["latin"], 12)
    _set_lang(styles["Normal"])
    _set_fonts(styles["Title"], BODY_FONT["zh"], BODY_FONT["latin"], 22, bold=True)
    _no_border(styles["Title"])
    for name, size in (("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12)):
        _set_fonts(styles[name], HEADING_FONT["zh"], HEADING_FONT["latin"], size, bold=False)

    heading = minutes_heading(m, lang)
    doc.core_properties.title = heading
    # python-docx's template names itself as the author; the minutes are the meeting's.
    doc.core_properties.author = m.chair or "chair"
    doc.core_properties.last_modified_by = "chair"
    title = doc.add_paragraph(style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(heading).bold = True

    for key, value in info_lines(m, lang):
        doc.add_paragraph(f"{key}{lab['colon']}{value}")
    doc.add_paragraph(f"{lab['recorder']}{lab['colon']}")  # signed by the secretary
    if (line := unfinished_line(m, lang)) is not None:
        doc.add_paragraph().add_run(line).italic = True

    doc.add_heading(lab["agenda"], level=1)
    for item in m.items:
        doc.add_heading(item_heading(item, lang), level=2)
        doc.add_paragraph(f"{lab['time']}{lab['colon']}{item_time(item, lang)}")
        if item.speakers:
            _docx_table(doc, item.speakers, lang)
    if m.other_speakers:
        doc.add_heading(lab["other_speakers"], level=2)
        _docx_table(doc, m.other_speakers, lang)
    if m.notes:
        doc.add_heading(lab["notes"], level=1)
        for note in m.notes:
            doc.add_paragraph(f"{format_time_of_day(note.time)}　{note.text}")
    if m.written_statements:
        doc.add_heading(lab["written"], level=1)
        for text in m.written_statements:
            doc.add_paragraph(text)
    if m.interruptions:
        doc.add_heading(lab["interruptions"], level=1)
        for gap in m.interruptions:
            doc.add_paragraph(interruption_text(gap, lang))
    doc.save(str(path))

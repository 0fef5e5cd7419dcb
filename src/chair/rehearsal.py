"""The rehearsal report: how long the script really takes when the chair reads it aloud.

Pure and deterministic: `build_report(session)` reads only the session's accounting
(`step_time`, `sentence_time`, speakers) and `render_markdown(report, lang)` turns it into
text. No Textual, no clock, no I/O.

How the numbers are made:

- A *passage* is a step the chair reads (its characters are `model.count_chars` of the
  text; stage directions and the title count no characters and are left out of the table).
  A speaker cue is a row too: its characters are those of the cue (请…发言), its forecast the
  reading of the cue plus the speaker's limit, its real time the time spent at the cue, plus
  the limit when the cue was skipped (`f`), or at least the spoken time when it was timed.
- The *reading speed* is characters read / minutes spent reading them, counted sentence by
  sentence: only sentences the chair actually stayed on count (>0 s, and not passed over
  faster than `SKIM_CPM`), and the sentence the rehearsal ended on does not (nothing says
  when the chair finished reading it).
- The *forecast* of the whole meeting is `model.forecast_seconds` at the measured speed
  (speakers at their limits); the *planned length* is the same at the speed the rehearsal
  started with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from chair.model import (
    DEFAULT_SPEED,
    Passage,
    SpeakerCue,
    count_chars,
    forecast_seconds,
    reading_seconds,
)
from chair.speeds import REMEMBER_MAX_CPM, REMEMBER_MIN_CPM
from chair.timefmt import format_signed_span, format_span

MIN_PACE_CHARS = 20
"""A passage needs this many characters read to be called the slowest or fastest."""
MIN_MEASURED_CHARS = 50
"""Fewer characters read than this and the measured speed is not trusted (nor remembered)."""
SKIM_CPM = 900.0
"""A sentence left faster than this (15 characters a second) was passed over, not read:
paging through the script to get somewhere must not make the chair a fast reader."""

RowKind = Literal["passage", "cue"]


Part = Literal["opening", "item", "closing"]
"""Where a passage stands: before the first item, in an item, or after the last."""


@dataclass(frozen=True)
class PassageRow:
    """One step of the script as rehearsed."""

    step_id: str
    number: int
    """1-based row number in the report (steps with nothing to read are left out)."""
    item: int | None
    """Index into `meeting.items`, None for the opening and the closing."""
    part: Part
    kind: RowKind
    text: str
    chars: int
    forecast_s: float
    real_s: float | None
    """None when the rehearsal never reached this step."""
    read_chars: int = 0
    """Characters of the sentences that were measured (passages only)."""
    read_s: float = 0.0
    skipped: bool = False
    timed: bool = False
    extra: bool = False

    @property
    def cpm(self) -> float | None:
        """Characters a minute on this passage, or None if it was not measured."""
        if self.kind != "passage" or self.read_s <= 0 or self.read_chars <= 0:
            return None
        return self.read_chars * 60.0 / self.read_s


@dataclass(frozen=True)
class ItemRow:
    """The opening, one agenda item, or the closing."""

    item: int | None
    number: int | None
    title: str
    part: Part
    chars: int
    forecast_s: float
    real_s: float | None
    """None when the rehearsal never reached this part."""
    read_chars: int
    read_s: float

    @property
    def cpm(self) -> float | None:
        if self.read_s <= 0 or self.read_chars <= 0:
            return None
        return self.read_chars * 60.0 / self.read_s


@dataclass
class RehearsalReport:
    title: str
    started: datetime
    duration_s: float
    """Meeting time from the start of the rehearsal to its end."""
    planned_speed: float
    measured_speed: float | None
    read_chars: int
    read_s: float
    planned_s: int
    """The whole meeting at the planned speed, speakers at their limits."""
    forecast_s: int
    """The whole meeting at the measured speed (the planned one if nothing was measured)."""
    speakers_s: int
    """Every speaker of the script at their limit."""
    passages: list[PassageRow] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    slowest: PassageRow | None = None
    fastest: PassageRow | None = None
    reached_end: bool = False

    @property
    def speed_usable(self) -> bool:
        """Whether the measured speed is worth remembering for later forecasts."""
        return (
            self.measured_speed is not None
            and self.read_chars >= MIN_MEASURED_CHARS
            and REMEMBER_MIN_CPM <= self.measured_speed <= REMEMBER_MAX_CPM
        )

    @property
    def remembered_speed(self) -> float | None:
        """The speed to remember (rounded to 0.1), or None."""
        return round(self.measured_speed, 1) if self.speed_usable and self.measured_speed else None

    @property
    def visited(self) -> int:
        return sum(1 for r in self.passages if r.real_s is not None)

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.passages if r.skipped)

    @property
    def timed(self) -> int:
        return sum(1 for r in self.passages if r.timed)


def _cpm(chars: int, seconds: float) -> float | None:
    return chars * 60.0 / seconds if seconds > 0 and chars > 0 else None


def build_report(session: Any, *, planned_speed: float | None = None) -> RehearsalReport:
    """The report of a rehearsal `session` (ended or not).

    `planned_speed` is the speed the rehearsal started with (the journal header's); by
    default the session's current speed.
    """
    meeting = session.meeting
    planned = float(planned_speed or session.speed or DEFAULT_SPEED)
    now = session.last_t
    final = (session.current.id, session.sentence) if session.steps else None
    rows: list[PassageRow] = []
    closing_from = len(meeting.opening) + sum(len(it.steps) for it in meeting.items)
    part: Part = "opening"
    for ls in session.steps:
        step = ls.step
        number = len(rows) + 1
        if ls.item is not None:
            part = "item"
        elif ls.id.startswith("s"):  # a script step (`x<N>` extras keep the part before them)
            part = "closing" if int(ls.id[1:]) >= closing_from else "opening"
        visited = ls.id in session.visited
        spent = session.step_time.get(ls.id, 0.0) if visited else None
        if isinstance(step, SpeakerCue):
            rec = session.speakers.get(ls.id)
            skipped = bool(rec and rec.skipped and rec.timer.started_at is None)
            timed = bool(rec and rec.timer.started_at is not None)
            real = spent
            if skipped:
                real = (spent or 0.0) + rec.limit_s  # type: ignore[union-attr]
            elif timed:
                real = max(spent or 0.0, rec.timer.spoken(now))  # type: ignore[union-attr]
            chars = step.chars
            rows.append(
                PassageRow(
                    ls.id,
                    number,
                    ls.item,
                    part,
                    "cue",
                    step.text,
                    chars,
                    0.0 if step.extra else reading_seconds(chars, planned) + step.limit_s,
                    real,
                    skipped=skipped,
                    timed=timed,
                    extra=step.extra,
                )
            )
            continue
        assert isinstance(step, Passage)
        if step.chars <= 0:
            continue  # the title, stage directions: nothing to read
        read_chars, read_s = 0, 0.0
        for i, sentence in enumerate(ls.sentences):
            t = session.sentence_time.get((ls.id, i), 0.0)
            chars = count_chars(sentence)
            if chars > 0 and t > 0 and (ls.id, i) != final and chars * 60.0 / t <= SKIM_CPM:
                read_chars += chars
                read_s += t
        rows.append(
            PassageRow(
                ls.id,
                number,
                ls.item,
                part,
                "passage",
                step.text,
                step.chars,
                reading_seconds(step.chars, planned),
                spent,
                read_chars,
                read_s,
            )
        )

    read_chars = sum(r.read_chars for r in rows)
    read_s = sum(r.read_s for r in rows)
    measured = _cpm(read_chars, read_s)
    paced = [r for r in rows if r.cpm is not None and r.read_chars >= MIN_PACE_CHARS]
    # Ties (to 0.01 of a character a minute: event times are kept to the millisecond) go
    # to the earlier passage, so the report is the same on every run.
    slowest = min(paced, key=lambda r: (round(r.cpm or 0.0, 2), r.number)) if paced else None
    fastest = max(paced, key=lambda r: (round(r.cpm or 0.0, 2), -r.number)) if paced else None
    speakers_s = sum(c.limit_s for c in meeting.speakers)
    return RehearsalReport(
        title=meeting.title,
        started=session.start_wall,
        duration_s=float(now),
        planned_speed=planned,
        measured_speed=measured,
        read_chars=read_chars,
        read_s=read_s,
        planned_s=forecast_seconds(meeting, planned),
        forecast_s=forecast_seconds(meeting, measured or planned),
        speakers_s=speakers_s,
        passages=rows,
        items=_item_rows(meeting, rows),
        slowest=slowest,
        fastest=fastest,
        reached_end=bool(session.at_last_step),
    )


def _item_rows(meeting: Any, rows: list[PassageRow]) -> list[ItemRow]:
    groups: list[tuple[str, int | None]] = []
    if any(r.part == "opening" for r in rows):
        groups.append(("opening", None))
    groups += [("item", i) for i in range(len(meeting.items))]
    if any(r.part == "closing" for r in rows):
        groups.append(("closing", None))
    out: list[ItemRow] = []
    for part, item in groups:
        members = [r for r in rows if r.part == part and r.item == item]
        reached = [r.real_s for r in members if r.real_s is not None]
        it = meeting.items[item] if item is not None else None
        out.append(
            ItemRow(
                item=item,
                number=it.number if it else None,
                title=it.title if it else "",
                part=part,  # type: ignore[arg-type]
                chars=sum(r.chars for r in members),
                forecast_s=sum(r.forecast_s for r in members),
                real_s=sum(reached) if reached else None,
                read_chars=sum(r.read_chars for r in members),
                read_s=sum(r.read_s for r in members),
            )
        )
    return out


# ---------------------------------------------------------------------------- text


def labels(lang: str) -> dict[str, str]:
    """The report's words (`report.*` in `chair.i18n`), without the prefix."""
    from chair.i18n import section

    return section(lang, "report.")


def speed_text(cpm: float | None) -> str:
    return "—" if cpm is None else f"{cpm:.0f}"


def label_of(row: PassageRow, width: int = 14) -> str:
    """The start of a passage's text, for a table cell."""
    text = " ".join(row.text.split())
    return text if len(text) <= width else text[:width] + "…"


def part_name(row: ItemRow, lang: str) -> str:
    t = labels(lang)
    if row.part == "item":
        return t["item"].format(n=row.number, title=row.title)
    return t[row.part]


def row_note(row: PassageRow, lang: str) -> str:
    t = labels(lang)
    if row.kind == "cue":
        what = t["extra"] if row.extra else t["cue"]
        if row.skipped:
            return t["note_and"].format(what=what, state=t["skipped"])
        if row.timed:
            return t["note_and"].format(what=what, state=t["timed"])
        return what
    return "" if row.real_s is not None else t["not_reached"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: RehearsalReport, lang: str = "zh") -> str:
    """The report as Markdown (deterministic: the same report gives the same text)."""
    t = labels(lang)
    r = report
    out: list[str] = [f"# {t['title'].format(title=r.title)}", ""]
    sep = t["sep"]
    out.append(f"- {t['when']}{sep}{r.started:%Y-%m-%d %H:%M}")
    out.append(f"- {t['duration']}{sep}{format_span(r.duration_s)}")
    out.append(
        f"- {t['covered']}{sep}"
        + t["covered_v"].format(
            visited=r.visited,
            total=len(r.passages),
            end=t["reached_end"] if r.reached_end else t["not_end"],
            skipped=r.skipped,
            timed=r.timed,
        )
    )
    if r.measured_speed is not None:
        out.append(
            f"- {t['speed']}{sep}"
            + t["speed_v"].format(
                cpm=speed_text(r.measured_speed),
                planned=speed_text(r.planned_speed),
                chars=r.read_chars,
                secs=format_span(r.read_s),
            )
        )
    else:
        out.append(f"- {t['speed']}{sep}{t['speed_none']}")
    out.append(
        f"- {t['forecast']}{sep}"
        + t["forecast_v"].format(
            forecast=format_span(r.forecast_s),
            speakers=format_span(r.speakers_s),
            planned=format_span(r.planned_s),
            pspeed=speed_text(r.planned_speed),
            diff=format_signed_span(r.forecast_s - r.planned_s),
        )
    )
    for key, pace in (("slowest", r.slowest), ("fastest", r.fastest)):
        if pace is not None:
            out.append(
                f"- {t[key]}{sep}"
                + t["pace_v"].format(n=pace.number, label=label_of(pace), cpm=speed_text(pace.cpm))
            )
    out.append("")
    out.append(
        t["remembered"].format(cpm=speed_text(r.remembered_speed))
        if r.remembered_speed
        else t["not_remembered"]
    )
    out.append("")
    out.append(f"## {t['items']}")
    out.append("")
    out.append(
        f"| {t['h.part']} | {t['h.chars']} | {t['h.forecast']} | {t['h.real']} | {t['h.cpm']} |"
    )
    out.append("| --- | ---: | ---: | ---: | ---: |")
    for part in r.items:
        out.append(
            f"| {_cell(part_name(part, lang))} | {part.chars} | {format_span(part.forecast_s)} | "
            f"{format_span(part.real_s)} | {speed_text(part.cpm)} |"
        )
    out.append("")
    out.append(f"## {t['passages']}")
    out.append("")
    out.append(
        f"| {t['h.n']} | {t['h.passage']} | {t['h.chars']} | {t['h.forecast']} | "
        f"{t['h.real']} | {t['h.cpm']} | {t['h.note']} |"
    )
    out.append("| ---: | --- | ---: | ---: | ---: | ---: | --- |")
    for row in r.passages:
        out.append(
            f"| {row.number} | {_cell(label_of(row))} | {row.chars} | "
            f"{format_span(row.forecast_s) if not row.extra else '—'} | {format_span(row.real_s)} | "
            f"{speed_text(row.cpm)} | {_cell(row_note(row, lang))} |"
        )
    out.append("")
    out.append(t["final_note"])
    out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------- files


def report_path_for(journal_path: str | Path) -> Path:
    """`<journal stem>.report.md`, beside the rehearsal journal."""
    journal_path = Path(journal_path)
    return journal_path.with_name(journal_path.stem + ".report.md")


@dataclass
class Saved:
    """What `conclude` did with a report: where it went, what it remembered, what failed."""

    report: RehearsalReport
    path: Path | None = None
    remembered: float | None = None
    errors: list[str] = field(default_factory=list)


def conclude(
    session: Any,
    *,
    planned_speed: float | None = None,
    script_sha256: str | None = None,
    report_path: str | Path | None = None,
    lang: str = "zh",
) -> Saved:
    """The end of a rehearsal: build the report, write its Markdown, remember the speed.

    `planned_speed` is the speed the rehearsal started with (the journal header's), and
    `script_sha256` keys the remembered speed. Writes to `report_path` when given. Failures
    to write are collected in `errors`, never raised: the rehearsal is over and its journal
    is safe.
    """
    report = build_report(session, planned_speed=float(planned_speed) if planned_speed else None)
    saved = Saved(report)
    if report_path is not None:
        path = Path(report_path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render_markdown(report, lang), encoding="utf-8")
            saved.path = path
        except OSError as exc:
            saved.errors.append(f"{path}: {exc.strerror or exc}")
    if script_sha256 and report.remembered_speed:
        from chair.speeds import remember_speed

        try:
            remember_speed(script_sha256, report.remembered_speed, report.title)
            saved.remembered = report.remembered_speed
        except OSError as exc:
            saved.errors.append(f"speeds: {exc.strerror or exc}")
    return saved

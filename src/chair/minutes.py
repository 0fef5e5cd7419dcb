"""The minutes of a meeting, built from its journal: a 会议记录 or a 会议纪要. No screen.

`build_minutes` replays the journal through `Session` (the same code that ran the meeting,
so the minutes can never disagree with what the screen showed) into a plain `Minutes`
tree; the renderers turn that tree into Markdown, YAML, CSV (planned against actual) or a
Word file (`chair.minutes_docx`). The minutes say what the journal says: a journal that
stops mid-meeting gives minutes up to its last event, and a speaker still running then is
counted up to that event and marked.

Both kinds are written in the third person, as a secretary files them: the chair's script
says 由我作总结, the minutes say 由王主任作总结 (or 由主持人…).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from chair.events import Absence, Ended, Event, MeetingHeader, MessageSent, TimerAction
from chair.i18n import chinese_number
from chair.model import DEFAULT_SPEED, Meeting, SpeakerCue, reading_seconds
from chair.procedure import (
    format_absences,
    join_names,
    quorum,
    quorum_holds,
    third_person,
    vote_base,
    votes_needed,
)
from chair.replay import apply_events, header_of
from chair.session import Session
from chair.timefmt import format_lasting, format_spoken, format_time_of_day

MinutesKind = Literal["record", "summary"]
"""`record`: 会议记录, everything in order; `summary`: 会议纪要, the decisions."""

KIND_WORDS: dict[str, MinutesKind] = {
    "记录": "record",
    "纪要": "summary",
    "record": "record",
    "summary": "summary",
}

# ---------------------------------------------------------------------- the tree


@dataclass
class NoteMinutes:
    time: datetime
    text: str
    item: int | None = None
    """The item's number the note was taken under, or None."""
    speaker: int | None = None
    """The speaker's place in the speaking order (`SpeakerMinutes.order`) it was taken under."""


@dataclass
class LimitChangeMinutes:
    """A limit set live for a speaker (延时)."""

    time: datetime
    old_s: int
    new_s: int


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
    role: str | None = None
    """The speaker's office as the script gives it (部门经理)."""
    cue: str = ""
    """The cue's id in the journal (`s12`, `x1`)."""
    notes: list[NoteMinutes] = field(default_factory=list)
    limit_changes: list[LimitChangeMinutes] = field(default_factory=list)
    messages: list[NoteMinutes] = field(default_factory=list)
    """Messages shown on the speaker's display while this speaker had the floor."""
    act: bool = False
    """An act (宣读, 颁奖, 培土), not a speech: no limit, and no speaking time unless timed."""
    group: bool = False
    """Several people acting together, listed by their own words (各位领导和嘉宾)."""


@dataclass
class DecisionMinutes:
    time: datetime
    text: str
    item: int | None
    """The item's number, or None outside any item."""


@dataclass
class VoteMinutes:
    time: datetime
    item: int | None
    subject: str | None
    yes: int
    no: int
    abstain: int
    unanimous: bool
    passed: bool
    rule: str
    present: int | None
    """实到 when the vote was taken."""
    needed: int
    """同意 votes the rule asked for."""


@dataclass
class ItemMinutes:
    number: int
    title: str
    """In the third person (由我 → the chair's name)."""
    start: datetime | None
    """None when the meeting never reached the item."""
    end: datetime | None
    duration_s: int | None
    ongoing: bool = False
    """The journal stops while the item is under way."""
    speakers: list[SpeakerMinutes] = field(default_factory=list)
    planned_s: int = 0
    """The forecast at the start: its reading at the meeting's speed, speeches at their limits."""
    planned_start: datetime | None = None
    planned_end: datetime | None = None
    notes: list[NoteMinutes] = field(default_factory=list)
    """Notes taken under the item but under none of its speakers."""
    decisions: list[DecisionMinutes] = field(default_factory=list)
    votes: list[VoteMinutes] = field(default_factory=list)


@dataclass
class AttendanceMinutes:
    expected: int | None
    present: int | None
    attendees: list[str]
    absent: list[Absence]
    observers: list[str]
    quorum: bool | None
    """Whether more than half of 应到 are present; None when a figure is missing."""


@dataclass
class BreakMinutes:
    start: datetime
    end: datetime
    duration_s: int
    open: bool = False
    """The journal stops during the break."""


@dataclass
class InterruptionMinutes:
    start: datetime
    """The last event the lost process wrote (a heartbeat at most a few seconds before)."""
    end: datetime
    """When the meeting was resumed."""
    gap_s: int
    kind: str = "crash"
    """`crash`, `left` (the chair left to resume later) or `signal`."""


@dataclass
class SpeakingTotal:
    """A person's speaking time over the whole meeting."""

    name: str | None
    turns: int
    spoken_s: int


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
    """Every note, in the order taken."""
    written_statements: list[str] = field(default_factory=list)
    interruptions: list[InterruptionMinutes] = field(default_factory=list)
    place: str | None = None
    recorder: str | None = None
    attendance: AttendanceMinutes | None = None
    decisions: list[DecisionMinutes] = field(default_factory=list)
    votes: list[VoteMinutes] = field(default_factory=list)
    breaks: list[BreakMinutes] = field(default_factory=list)
    planned_s: int = 0
    planned_end: datetime | None = None
    totals: list[SpeakingTotal] = field(default_factory=list)

    @property
    def other_speakers(self) -> list[SpeakerMinutes]:
        """Speakers added outside any agenda item (an extra in the opening or closing)."""
        return [s for s in self.speakers if s.item is None]

    @property
    def general_notes(self) -> list[NoteMinutes]:
        """Notes under no item and no speaker."""
        return [n for n in self.notes if n.item is None and n.speaker is None]

    @property
    def outside_decisions(self) -> list[DecisionMinutes]:
        return [d for d in self.decisions if d.item is None]

    @property
    def outside_votes(self) -> list[VoteMinutes]:
        return [v for v in self.votes if v.item is None]


# ---------------------------------------------------------------------- building


def planned_seconds(meeting: Meeting, speed: float) -> tuple[int, list[int], int]:
    """The forecast at the start: the opening, each item and the closing, in seconds."""

    def of(steps: list[Any]) -> int:
        reading = reading_seconds(sum(s.chars for s in steps), speed)
        speaking = sum(s.limit_s for s in steps if isinstance(s, SpeakerCue) and s.timed)
        return int(round(reading + speaking))

    return of(meeting.opening), [of(i.steps) for i in meeting.items], of(meeting.closing)


def build_minutes(
    header: MeetingHeader,
    events: list[Event],
    *,
    chair: str | None = None,
    lang: str | None = None,
    path: str | Path | None = None,
    recorder: str | None = None,
) -> Minutes:
    """Replay the journal and describe it. `events` may start with the header itself.

    `chair` and `lang` override the header (`--chair`, `--lang`), `recorder` names the
    secretary (`--recorder`); `path` only names the journal in errors.
    """
    meeting = header_of([header], path).meeting
    start_wall = header.start_wall

    first_line = 1 if events and events[0] is header else 2
    last_t = max((ev.t for ev in events if ev.t is not None), default=0.0)
    session = Session.replay(
        meeting, [], clock=lambda: last_t, start_wall=start_wall, mode=header.mode
    )
    last_timer_t: dict[str, float] = {}
    """Meeting time of each cue's last timer event: the end of a timer left paused."""
    end_t: float | None = None

    messages: list[tuple[float, str, str | None]] = []
    """(t, text, the cue current then) of each message shown to the speaker."""

    def note_times(ev: Event) -> None:
        nonlocal end_t
        if isinstance(ev, MessageSent) and ev.text:
            cue = session.current.id if session.current.is_cue else session.running_cue()
            messages.append((session.last_t, ev.text, cue))
        elif isinstance(ev, TimerAction):
            last_timer_t[ev.cue] = session.last_t
        elif isinstance(ev, Ended) and end_t is None:
            end_t = session.last_t

    apply_events(session, events, path, first_line, note_times)
    now = session.last_t
    stop_t = end_t if end_t is not None else now
    wall = session.wall_at
    chair_name = chair or header.chair or meeting.chair
    lang = lang or _lang(header.lang)

    def number(index: int | None) -> int | None:
        return meeting.items[index].number if index is not None else None

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
        live = session.step_by_id(rec.cue_id)
        speakers.append(
            sm := SpeakerMinutes(
                order=len(speakers) + 1,
                name=rec.name,
                item=number(rec.item),
                start=wall(timer.started_at) if timer.started_at is not None else None,
                end=end,
                spoken_s=spoken,
                limit_s=int(rec.limit_s),
                overtime_s=max(0, spoken - int(rec.limit_s)),
                extra=rec.extra,
                interrupted=rec.interrupted,
                skipped=rec.skipped,
                running=timer.running,
                role=_role(live.step if live else None),
                cue=rec.cue_id,
                act=live is not None and isinstance(live.step, SpeakerCue) and not live.step.timed,
                group=live is not None and isinstance(live.step, SpeakerCue) and live.step.group,
            )
        )
        if rec.item is not None:
            by_item.setdefault(rec.item, []).append(sm)

    # A speaker the chair reached without starting the timer still spoke (an act was still
    # done): the secretary lists them, untimed, after those timed (the journal knows no
    # better order) — by name, else by the role the script gives (监票人, 新员工代表); a bare
    # placeholder reached in passing (请*发言) says nothing and is left out.
    for live_step in session.steps:
        step = live_step.step
        if not isinstance(step, SpeakerCue) or live_step.id in session.speakers:
            continue
        name = session.names.get(live_step.id) or step.name
        if live_step.id not in session.visited or not (name or step.role):
            continue
        speakers.append(
            sm := SpeakerMinutes(
                order=len(speakers) + 1,
                name=name,
                item=number(live_step.item),
                start=None,
                end=None,
                spoken_s=0,
                limit_s=session.limit_of(live_step.id),
                overtime_s=0,
                extra=step.extra,
                untimed=True,
                role=step.role,
                cue=live_step.id,
                act=not step.timed,
                group=step.group,
            )
        )
        if live_step.item is not None:
            by_item.setdefault(live_step.item, []).append(sm)

    by_cue = {s.cue: s for s in speakers}
    for change in session.limit_changes:
        if change.cue in by_cue:
            by_cue[change.cue].limit_changes.append(
                LimitChangeMinutes(wall(change.t), change.old_s, change.new_s)
            )

    for t, text, cue in messages:
        if cue is not None and cue in by_cue:
            shown = by_cue[cue]
            shown.messages.append(NoteMinutes(wall(t), text, shown.item, shown.order))

    notes: list[NoteMinutes] = []
    for note in session.notes:
        speaker = by_cue.get(note.cue) if note.cue else None
        nm = NoteMinutes(
            wall(note.t), note.text, number(note.item), speaker.order if speaker else None
        )
        notes.append(nm)
        if speaker is not None:
            speaker.notes.append(nm)

    present_at_end = session.present
    decisions = [DecisionMinutes(wall(d.t), d.text, number(d.item)) for d in session.decisions]
    votes = [
        VoteMinutes(
            wall(v.t),
            number(v.item),
            v.subject,
            v.yes,
            v.no,
            v.abstain,
            v.unanimous,
            v.passed,
            v.rule,
            v.present,
            votes_needed(
                vote_base(v.yes, v.no, v.abstain, v.present),
                "two_thirds" if v.rule == "two_thirds" else "majority",
            ),
        )
        for v in session.votes
    ]

    speed = float(header.speed or DEFAULT_SPEED)
    opening_s, item_plans, closing_s = planned_seconds(meeting, speed)
    planned_at = start_wall + timedelta(seconds=opening_s)

    items: list[ItemMinutes] = []
    for index, (it, span) in enumerate(zip(meeting.items, session.items, strict=True)):
        ongoing = span.start is not None and span.end is None
        span_end = span.end if span.end is not None else (now if ongoing else None)
        planned = item_plans[index]
        im = ItemMinutes(
            number=it.number,
            title=third_person(it.title, chair_name, lang),
            start=wall(span.start) if span.start is not None else None,
            end=wall(span_end) if span_end is not None else None,
            duration_s=(
                int(round(span_end - span.start))
                if span.start is not None and span_end is not None
                else None
            ),
            ongoing=ongoing and not session.ended,
            speakers=by_item.get(index, []),
            planned_s=planned,
            planned_start=planned_at,
            planned_end=planned_at + timedelta(seconds=planned),
            notes=[n for n in notes if n.item == it.number and n.speaker is None],
            decisions=[d for d in decisions if d.item == it.number],
            votes=[v for v in votes if v.item == it.number],
        )
        planned_at = im.planned_end or planned_at
        items.append(im)
    planned_total = opening_s + sum(item_plans) + closing_s

    att = session.attendance
    attendance = None
    if att is not None:
        attendance = AttendanceMinutes(
            expected=att.expected,
            present=att.present,
            attendees=list(att.attendees),
            absent=list(att.absent),
            observers=list(att.observers),
            quorum=quorum_holds(att.expected, present_at_end),
        )

    breaks = []
    for b in session.breaks:
        b_end = b.end if b.end is not None else now
        breaks.append(
            BreakMinutes(
                wall(b.start), wall(b_end), int(round(b_end - b.start)), open=b.end is None
            )
        )

    return Minutes(
        title=header.title or meeting.title,
        date=start_wall.date(),
        start=start_wall,
        end=wall(stop_t),
        duration_s=int(round(stop_t)),
        chair=chair_name,
        mode=header.mode,
        lang=lang,
        ended=session.ended,
        items=items,
        speakers=speakers,
        notes=notes,
        written_statements=list(meeting.written_statements),
        interruptions=[
            InterruptionMinutes(
                wall(i.t_lost),
                wall(i.t_resumed),
                int(round(max(0.0, i.t_resumed - i.t_lost))),
                i.kind,
            )
            for i in session.interruptions
        ],
        place=meeting.place,
        recorder=recorder,
        attendance=attendance,
        decisions=decisions,
        votes=votes,
        breaks=breaks,
        planned_s=planned_total,
        planned_end=start_wall + timedelta(seconds=planned_total),
        totals=speaking_totals(speakers),
    )


def _role(step: object) -> str | None:
    return step.role if isinstance(step, SpeakerCue) else None


def speaking_totals(speakers: list[SpeakerMinutes]) -> list[SpeakingTotal]:
    """Each person's turns and speaking time, in order of first speaking; the unnamed apart."""
    totals: dict[str, SpeakingTotal] = {}
    unnamed: list[SpeakingTotal] = []
    for s in speakers:
        if s.act and s.untimed:
            continue  # an act nobody timed is no speaking turn
        if s.name is None:
            unnamed.append(SpeakingTotal(s.role if s.group else None, 1, s.spoken_s))
            continue
        total = totals.setdefault(s.name, SpeakingTotal(s.name, 0, 0))
        total.turns += 1
        total.spoken_s += s.spoken_s
    return list(totals.values()) + unnamed


def _lang(value: Any) -> str:
    return value if value in ("zh", "en") else "zh"


# ---------------------------------------------------------------------- words

_TITLE_SUFFIXES = ("主持词", "主持稿", "主持辞", "主持人讲话", "主持讲话", "串词")


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


def _as_meeting(base: str) -> str:
    """`…研讨` → `…研讨会议`; a name already ending in 会 / 会议 stays."""
    return base if base.endswith(("会议", "会")) else base + "会议"


def minutes_heading(m: Minutes, lang: str, kind: MinutesKind = "record") -> str:
    """`测试会议记录` from `测试会议主持词` (`测试会议纪要`); `Minutes: …` in English."""
    base = meeting_name(m)
    if lang == "en":
        word = "Minutes" if kind == "record" else "Summary of decisions"
        return f"{word}: {base}" if base else word
    suffix = "记录" if kind == "record" else "纪要"
    if not base:
        return "会议" + suffix
    return _as_meeting(base) + suffix


def item_heading(item: ItemMinutes, lang: str) -> str:
    if lang == "en":
        return f"Item {item.number}: {item.title}"
    return f"{chinese_number(item.number)}、{item.title}"


def sub_heading(n: int, text: str, lang: str) -> str:
    """The second level: `（一）发言` / `(1) Speakers`."""
    return f"({n}) {text}" if lang == "en" else f"（{chinese_number(n)}）{text}"


def _date(d: date, lang: str) -> str:
    return d.isoformat() if lang == "en" else f"{d.year}年{d.month}月{d.day}日"


def _hm(t: datetime) -> str:
    return t.strftime("%H:%M")


def meeting_time(m: Minutes, lang: str) -> str:
    """`2026年11月26日 09:00–10:12（历时1小时12分）`; the end's date too past midnight."""
    end = _hm(m.end)
    if m.end.date() != m.start.date():
        end = f"{_date(m.end.date(), lang)} {end}"
    span = labels(lang)["span"].format(
        start=_hm(m.start), end=end, duration=format_lasting(m.duration_s, lang)
    )
    return f"{_date(m.date, lang)} {span}"


def item_time(item: ItemMinutes, lang: str) -> str:
    """`09:00:20–09:31:00，用时31分钟（计划25分钟）`."""
    lab = labels(lang)
    planned = lab["planned_note"].format(planned=format_spoken(item.planned_s, lang))
    if item.start is None:
        return lab["not_reached"] + planned
    text = lab["item_span"].format(
        start=format_time_of_day(item.start),
        end=format_time_of_day(item.end),
        duration=format_spoken(item.duration_s or 0, lang),
    )
    return text + planned + (lab["sep"] + lab["ongoing"] if item.ongoing else "")


def speaker_name(s: SpeakerMinutes, lang: str) -> str:
    """The name, else a group's own words, else 未填写 (a blank the chair never filled)."""
    if s.name:
        return s.name
    return s.role if s.group and s.role else labels(lang)["not_filled"]


def speaker_role(s: SpeakerMinutes) -> str:
    """The 职务 column: empty where the group's words already stand as its name."""
    return "" if not s.name and s.group else s.role or ""


def speaker_remarks(s: SpeakerMinutes, lang: str) -> str:
    lab = labels(lang)
    marks = [
        lab[key]
        for key, on in (
            ("extra", s.extra),
            ("interrupted", s.interrupted),
            ("running", s.running),
            ("skipped", s.skipped),
            ("untimed", s.untimed and not s.act),
            ("act_untimed", s.untimed and s.act),
        )
        if on
    ]
    marks += [limit_change_text(c, lang, with_time=False) for c in s.limit_changes]
    return lab["sep"].join(marks)


def with_roles(speakers: list[SpeakerMinutes]) -> bool:
    """Whether a speaker table needs its 职务 column (a script that names no role has none)."""
    return any(s.role for s in speakers)


def speaker_columns(lang: str, roles: bool = True) -> list[str]:
    lab = labels(lang)
    keys = ["order", "name", "role", "start", "end", "spoken", "limit", "overtime", "remarks"]
    return [lab[k] for k in keys if roles or k != "role"]


def speaker_row(n: int, s: SpeakerMinutes, lang: str, roles: bool = True) -> list[str]:
    """One table row; `n` numbers the row within its table (序号)."""
    return [
        str(n),
        speaker_name(s, lang),
        *([speaker_role(s)] if roles else []),
        format_time_of_day(s.start),
        format_time_of_day(s.end),
        format_spoken(s.spoken_s, lang) if not s.untimed else "—",
        format_spoken(s.limit_s, lang) if not (s.act and s.untimed) else "—",
        "+" + format_spoken(s.overtime_s, lang) if s.overtime_s > 0 else "—",
        speaker_remarks(s, lang),
    ]


def limit_change_text(c: LimitChangeMinutes, lang: str, with_time: bool = True) -> str:
    """`延时1分钟（时限改为11分钟）`, or `时限改为5分钟` when shortened."""
    lab = labels(lang)
    if c.new_s > c.old_s:
        text = lab["extended"].format(
            by=format_spoken(c.new_s - c.old_s, lang), limit=format_spoken(c.new_s, lang)
        )
    else:
        text = lab["limit_set"].format(limit=format_spoken(c.new_s, lang))
    return f"{format_time_of_day(c.time)} {text}" if with_time else text


def attendance_figures(a: AttendanceMinutes, lang: str, with_quorum: bool = True) -> str:
    """`应到12人，实到11人（符合规定人数，过半数为7人）`."""
    lab = labels(lang)
    parts = []
    if a.expected is not None:
        parts.append(lab["expected_n"].format(n=a.expected))
    if a.present is not None:
        parts.append(lab["present_n"].format(n=a.present))
    text = lab["comma"].join(parts)
    if with_quorum and a.quorum is not None and a.expected is not None:
        word = lab["quorum_yes"] if a.quorum else lab["quorum_no"]
        text += lab["paren"].format(text=word.format(n=quorum(a.expected)))
    return text


def info_lines(m: Minutes, lang: str) -> list[tuple[str, str]]:
    """The block under the title: name, time, place, chair, attendance, recorder."""
    lab = labels(lang)
    lines = [
        (lab["meeting"], meeting_name(m) or m.title),
        (lab["time"], meeting_time(m, lang)),
        (lab["place"], m.place or lab["not_recorded"]),
        (lab["chair"], m.chair or lab["not_filled"]),
    ]
    a = m.attendance
    if a is None:
        lines.append((lab["attendance"], lab["not_recorded"]))
    else:
        if a.expected is not None or a.present is not None:
            lines.append((lab["attendance"], attendance_figures(a, lang)))
        if a.attendees:
            lines.append((lab["attendees"], join_names(a.attendees, lang)))
        if a.observers:
            lines.append((lab["observers"], join_names(a.observers, lang)))
        if a.absent:
            lines.append((lab["absent"], format_absences(a.absent, lang)))
    lines.append((lab["recorder"], m.recorder or lab["not_filled"]))
    return lines


def unfinished_line(m: Minutes, lang: str) -> str | None:
    return None if m.ended else labels(lang)["unfinished"].format(time=format_time_of_day(m.end))


def vote_text(v: VoteMinutes, lang: str) -> str:
    """`实施方案：同意20票，反对3票，弃权2票；实到30人，过半数须16票；通过。`"""
    lab = labels(lang)
    subject = v.subject or lab["vote_subject"]
    if v.unanimous:
        counts = lab["unanimous_n"].format(yes=v.yes) if v.yes else lab["unanimous"]
    else:
        counts = lab["counts"].format(yes=v.yes, no=v.no, abstain=v.abstain)
    rule = lab["rule." + ("two_thirds" if v.rule == "two_thirds" else "majority")]
    base = (
        lab["against_present"].format(n=v.present) if v.present is not None else lab["against_cast"]
    )
    needs = lab["needs"].format(base=base, rule=rule, n=v.needed)
    outcome = lab["passed"] if v.passed else lab["not_passed"]
    return lab["vote_line"].format(
        time=format_time_of_day(v.time),
        subject=subject,
        counts=counts,
        needs=needs,
        outcome=outcome,
    )


def interruption_text(i: InterruptionMinutes, lang: str) -> str:
    lab = labels(lang)
    return lab["gap." + i.kind].format(
        start=format_time_of_day(i.start),
        end=format_time_of_day(i.end),
        gap=format_spoken(i.gap_s, lang),
    )


def break_text(b: BreakMinutes, lang: str) -> str:
    lab = labels(lang)
    text = lab["break_span"].format(
        start=format_time_of_day(b.start),
        end=format_time_of_day(b.end),
        duration=format_spoken(b.duration_s, lang),
    )
    return text + (lab["sep"] + lab["ongoing"] if b.open else "")


def adjourned_line(m: Minutes, lang: str) -> str:
    """`散会：10:12`; a meeting the journal does not end is said to be unfinished."""
    lab = labels(lang)
    if not m.ended:
        return lab["not_adjourned"].format(time=format_time_of_day(m.end))
    return f"{lab['adjourned']}{lab['colon']}{_hm(m.end)}"


def signature_lines(lang: str) -> list[str]:
    """Where the chair and the secretary sign."""
    lab = labels(lang)
    return [lab["sign.chair"], lab["sign.recorder"]]


def diff_text(seconds: int, lang: str) -> str:
    """`+7分钟` later than planned, `-30秒` earlier, `±0` on time."""
    if seconds == 0:
        return "±0"
    return ("+" if seconds > 0 else "-") + format_spoken(abs(seconds), lang)


def plan_rows(m: Minutes, lang: str) -> list[list[str]]:
    """Planned against actual per item: title, planned start, actual start, planned, actual,
    difference."""
    rows = []
    for item in m.items:
        actual = item.duration_s
        rows.append(
            [
                item_heading(item, lang),
                format_time_of_day(item.planned_start)[:5],
                format_time_of_day(item.start)[:5],
                format_spoken(item.planned_s, lang),
                format_spoken(actual, lang) if actual is not None else "—",
                diff_text(actual - item.planned_s, lang) if actual is not None else "—",
            ]
        )
    return rows


def plan_columns(lang: str) -> list[str]:
    lab = labels(lang)
    return [
        lab[k]
        for k in (
            "plan.item",
            "plan.planned_start",
            "plan.actual_start",
            "plan.planned",
            "plan.actual",
            "plan.diff",
        )
    ]


def plan_end_line(m: Minutes, lang: str) -> str:
    """`计划结束 09:55，实际结束 10:12（+17分钟）；计划用时…，实际用时…`."""
    lab = labels(lang)
    planned_end = m.planned_end or m.start
    return lab["plan.end"].format(
        planned_end=_hm(planned_end),
        actual_end=_hm(m.end),
        diff=diff_text(int(round((m.end - planned_end).total_seconds())), lang),
        planned=format_lasting(m.planned_s, lang),
        actual=format_lasting(m.duration_s, lang),
    )


def totals_columns(lang: str) -> list[str]:
    lab = labels(lang)
    return [lab["name"], lab["turns"], lab["spoken_total"]]


def totals_rows(m: Minutes, lang: str) -> list[list[str]]:
    lab = labels(lang)
    return [
        [t.name or lab["not_filled"], str(t.turns), format_spoken(t.spoken_s, lang)]
        for t in m.totals
    ]


def speaker_notes_title(s: SpeakerMinutes, lang: str) -> str:
    """`张三（部门经理）发言时：`."""
    lab = labels(lang)
    role = speaker_role(s)
    who = speaker_name(s, lang) + (lab["paren"].format(text=role) if role else "")
    return lab["during"].format(name=who)


def speaker_details(s: SpeakerMinutes, lang: str) -> list[str]:
    """The notes, limit changes and messages under a speaker, in time order."""
    entries = [(n.time, f"{format_time_of_day(n.time)} {n.text}") for n in s.notes]
    entries += [(c.time, limit_change_text(c, lang)) for c in s.limit_changes]
    lab = labels(lang)
    entries += [
        (x.time, f"{format_time_of_day(x.time)} {lab['message'].format(text=x.text)}")
        for x in s.messages
    ]
    return [text for _, text in sorted(entries, key=lambda e: e[0])]


# ---------------------------------------------------------------------- 纪要


def summary_opening(m: Minutes, lang: str) -> str:
    """The opening paragraph: when, where, who chaired, attendance, the topics."""
    lab = labels(lang)
    name = meeting_name(m) or m.title
    when = _date(m.date, lang) + _part_of_day(m.start, lang)
    where = lab["sum.where"].format(place=m.place) if m.place else ""
    parts = [
        lab["sum.held"].format(
            when=when, where=where, name=_as_meeting(name) if lang != "en" else name
        )
    ]
    parts.append(lab["sum.chaired"].format(chair=m.chair or lab["chair_word"]))
    a = m.attendance
    if a is not None and (a.expected is not None or a.present is not None):
        figures = attendance_figures(a, lang, with_quorum=False)
        parts.append(figures[:1].upper() + figures[1:] + lab["stop"])
    topics = [item.title for item in m.items if item.start is not None] or [
        item.title for item in m.items
    ]
    if topics:
        listed = lab["sum.topic_sep"].join(
            lab["sum.topic"].format(n=chinese_number(i) if lang != "en" else i, title=t)
            for i, t in enumerate(topics, 1)
        )
        parts.append(lab["sum.topics"].format(topics=listed))
    decided = bool(m.decisions or m.votes)
    parts.append(lab["sum.lead"] if decided else lab["sum.none"])
    return lab["sum.join"].join(parts)


def _part_of_day(t: datetime, lang: str) -> str:
    if lang == "en":
        return ""
    return "上午" if t.hour < 12 else ("下午" if t.hour < 18 else "晚上")


def summary_points(m: Minutes, lang: str) -> list[str]:
    """议定事项 in the order taken: decisions as recorded, votes as their outcome."""
    lab = labels(lang)
    points: list[tuple[datetime, str]] = [(d.time, _end_stop(d.text, lang)) for d in m.decisions]
    for v in m.votes:
        subject = v.subject or lab["vote_subject"]
        if v.unanimous:
            counts = lab["unanimous"]
        else:
            counts = lab["counts"].format(yes=v.yes, no=v.no, abstain=v.abstain)
        key = "sum.vote_passed" if v.passed else "sum.vote_failed"
        points.append((v.time, lab[key].format(subject=subject, counts=counts)))
    points.sort(key=lambda p: p[0])
    return [text for _, text in points]


def _end_stop(text: str, lang: str) -> str:
    """The text ending in a full stop, unless it ends a sentence already (in either script)."""
    text = text.strip()
    if text.endswith((".", "!", "?", "。", "！", "？", "；")):
        return text
    return text + ("." if lang == "en" else "。")


def point_label(n: int, lang: str) -> str:
    return f"{n}. " if lang == "en" else f"{chinese_number(n)}、"


def summary_attendance(m: Minutes, lang: str) -> list[tuple[str, str]]:
    """The lines at the end of a 纪要: 出席 / 请假 / 列席."""
    lab = labels(lang)
    a = m.attendance
    if a is None:
        return []
    lines = []
    if a.attendees:
        lines.append((lab["sum.attendees"], join_names(a.attendees, lang)))
    elif a.present is not None:
        lines.append((lab["sum.attendees"], lab["present_n"].format(n=a.present)))
    if a.absent:
        lines.append((lab["sum.absent"], format_absences(a.absent, lang)))
    if a.observers:
        lines.append((lab["sum.observers"], join_names(a.observers, lang)))
    return lines


# ---------------------------------------------------------------------- Markdown


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _md_table(head: list[str], rows: list[list[str]], align: list[str]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
    out += ["| " + " | ".join(_cell(c) for c in row).rstrip() + " |" for row in rows]
    return out


_SPEAKER_ALIGN = ["---:", "---", "---", "---", "---", "---:", "---:", "---:", "---"]


def _md_speakers(speakers: list[SpeakerMinutes], lang: str) -> list[str]:
    roles = with_roles(speakers)
    align = _SPEAKER_ALIGN if roles else _SPEAKER_ALIGN[:2] + _SPEAKER_ALIGN[3:]
    out = _md_table(
        speaker_columns(lang, roles),
        [speaker_row(n, s, lang, roles) for n, s in enumerate(speakers, 1)],
        align,
    )
    out.append("")
    for s in speakers:
        details = speaker_details(s, lang)
        if details:
            out += [speaker_notes_title(s, lang), ""]
            out += [f"- {_cell(d)}" for d in details]
            out.append("")
    return out


def _md_item_body(item: ItemMinutes, lang: str) -> list[str]:
    lab = labels(lang)
    out = [f"{lab['time']}{lab['colon']}{item_time(item, lang)}", ""]
    n = 0
    if item.speakers:
        n += 1
        out += [f"### {sub_heading(n, lab['speakers'], lang)}", ""]
        out += _md_speakers(item.speakers, lang)
    if item.notes:
        n += 1
        out += [f"### {sub_heading(n, lab['notes'], lang)}", ""]
        out += [f"- {format_time_of_day(x.time)} {_cell(x.text)}" for x in item.notes]
        out.append("")
    if item.decisions:
        n += 1
        out += [f"### {sub_heading(n, lab['decisions'], lang)}", ""]
        out += [f"{i}. {_cell(d.text)}" for i, d in enumerate(item.decisions, 1)]
        out.append("")
    if item.votes:
        n += 1
        out += [f"### {sub_heading(n, lab['votes'], lang)}", ""]
        out += [f"{i}. {_cell(vote_text(v, lang))}" for i, v in enumerate(item.votes, 1)]
        out.append("")
    return out


def render_markdown(m: Minutes, lang: str, kind: MinutesKind = "record") -> str:
    """The minutes a person reads: a 会议记录 (`record`) or a 会议纪要 (`summary`)."""
    if kind == "summary":
        return render_summary_markdown(m, lang)
    lab = labels(lang)
    out = [f"# {minutes_heading(m, lang)}", ""]
    out += [f"- {k}{lab['colon']}{_cell(v)}" for k, v in info_lines(m, lang)]
    out.append("")
    if (line := unfinished_line(m, lang)) is not None:
        out += [f"> {line}", ""]
    for item in m.items:
        out += [f"## {_cell(item_heading(item, lang))}", ""]
        out += _md_item_body(item, lang)
    if m.other_speakers:
        out += [f"## {lab['other_speakers']}", ""]
        out += _md_speakers(m.other_speakers, lang)
    if m.general_notes:
        out += [f"## {lab['other_notes']}", ""]
        out += [f"- {format_time_of_day(n.time)} {_cell(n.text)}" for n in m.general_notes]
        out.append("")
    if m.outside_decisions or m.outside_votes:
        out += [f"## {lab['other_decisions']}", ""]
        out += [f"- {_cell(d.text)}" for d in m.outside_decisions]
        out += [f"- {_cell(vote_text(v, lang))}" for v in m.outside_votes]
        out.append("")
    if m.written_statements:
        out += [f"## {lab['written']}", ""]
        out += [f"- {_cell(w)}" for w in m.written_statements]
        out.append("")
    if m.breaks:
        out += [f"## {lab['breaks']}", ""]
        out += [f"- {break_text(b, lang)}" for b in m.breaks]
        out.append("")
    if m.interruptions:
        out += [f"## {lab['interruptions']}", ""]
        out += [f"- {interruption_text(i, lang)}" for i in m.interruptions]
        out.append("")
    out += [f"## {lab['plan']}", ""]
    out += _md_table(
        plan_columns(lang), plan_rows(m, lang), ["---", "---", "---", "---:", "---:", "---:"]
    )
    out += ["", plan_end_line(m, lang), ""]
    if m.totals:
        out += [f"**{lab['totals']}**", ""]
        out += _md_table(totals_columns(lang), totals_rows(m, lang), ["---", "---:", "---:"])
        out.append("")
    out += [adjourned_line(m, lang), ""]
    out += [line + "  " for line in signature_lines(lang)]
    return "\n".join(out).rstrip("\n") + "\n"


def render_summary_markdown(m: Minutes, lang: str) -> str:
    """A 会议纪要: the opening paragraph, 议定事项 一、二、…, the attendance lines."""
    lab = labels(lang)
    out = [f"# {minutes_heading(m, lang, 'summary')}", ""]
    if (line := unfinished_line(m, lang)) is not None:
        out += [f"> {line}", ""]
    out += [summary_opening(m, lang), ""]
    for n, point in enumerate(summary_points(m, lang), 1):
        out += [f"{point_label(n, lang)}{point}", ""]
    for key, value in summary_attendance(m, lang):
        out += [f"{key}{lab['colon']}{value}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------- YAML


def _iso(t: datetime | None) -> str | None:
    return t.isoformat(timespec="seconds") if t is not None else None


def _note_dict(n: NoteMinutes) -> dict[str, Any]:
    return {"time": _iso(n.time), "text": n.text, "item": n.item, "speaker": n.speaker}


def _speaker_dict(s: SpeakerMinutes) -> dict[str, Any]:
    return {
        "order": s.order,
        "name": s.name,
        "role": s.role,
        "item": s.item,
        "cue": s.cue,
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
        "act": s.act,
        "group": s.group,
        "notes": [_note_dict(n) for n in s.notes],
        "limit_changes": [
            {"time": _iso(c.time), "from_s": c.old_s, "to_s": c.new_s} for c in s.limit_changes
        ],
        "messages": [{"time": _iso(x.time), "text": x.text} for x in s.messages],
    }


def _decision_dict(d: DecisionMinutes) -> dict[str, Any]:
    return {"time": _iso(d.time), "item": d.item, "text": d.text}


def _vote_dict(v: VoteMinutes) -> dict[str, Any]:
    return {
        "time": _iso(v.time),
        "item": v.item,
        "subject": v.subject,
        "yes": v.yes,
        "no": v.no,
        "abstain": v.abstain,
        "unanimous": v.unanimous,
        "passed": v.passed,
        "rule": v.rule,
        "present": v.present,
        "needed": v.needed,
    }


def minutes_to_dict(m: Minutes, lang: str) -> dict[str, Any]:
    """The machine-readable minutes: English keys in a fixed order, ISO times, int seconds.

    `speakers` is the whole meeting in speaking order (the first speaker first); each
    item repeats its own speakers, notes, decisions and votes so a reader of one item needs
    nothing else.
    """
    a = m.attendance
    return {
        "title": m.title,
        "name": meeting_name(m),
        "date": m.date.isoformat(),
        "start": _iso(m.start),
        "end": _iso(m.end),
        "duration_s": m.duration_s,
        "place": m.place,
        "chair": m.chair,
        "recorder": m.recorder,
        "mode": m.mode,
        "lang": lang,
        "ended": m.ended,
        "attendance": None
        if a is None
        else {
            "expected": a.expected,
            "present": a.present,
            "quorum": a.quorum,
            "attendees": list(a.attendees),
            "absent": [{"name": x.name, "reason": x.reason} for x in a.absent],
            "observers": list(a.observers),
        },
        "planned_s": m.planned_s,
        "planned_end": _iso(m.planned_end),
        "items": [
            {
                "number": i.number,
                "title": i.title,
                "start": _iso(i.start),
                "end": _iso(i.end),
                "duration_s": i.duration_s,
                "ongoing": i.ongoing,
                "planned_s": i.planned_s,
                "planned_start": _iso(i.planned_start),
                "planned_end": _iso(i.planned_end),
                "speakers": [_speaker_dict(s) for s in i.speakers],
                "notes": [_note_dict(n) for n in i.notes],
                "decisions": [_decision_dict(d) for d in i.decisions],
                "votes": [_vote_dict(v) for v in i.votes],
            }
            for i in m.items
        ],
        "speakers": [_speaker_dict(s) for s in m.speakers],
        "speaking_totals": [
            {"name": t.name, "turns": t.turns, "spoken_s": t.spoken_s} for t in m.totals
        ],
        "notes": [_note_dict(n) for n in m.notes],
        "decisions": [_decision_dict(d) for d in m.decisions],
        "votes": [_vote_dict(v) for v in m.votes],
        "written_statements": list(m.written_statements),
        "breaks": [
            {"from": _iso(b.start), "to": _iso(b.end), "duration_s": b.duration_s, "open": b.open}
            for b in m.breaks
        ],
        "interruptions": [
            {"from": _iso(i.start), "to": _iso(i.end), "gap_s": i.gap_s, "kind": i.kind}
            for i in m.interruptions
        ],
    }


def render_yaml(m: Minutes, lang: str) -> str:
    import yaml

    return yaml.safe_dump(minutes_to_dict(m, lang), allow_unicode=True, sort_keys=False, width=1000)


# ---------------------------------------------------------------------- CSV


def render_csv(m: Minutes, lang: str) -> str:
    """Planned against actual for a spreadsheet: one row per item, one for the meeting, one
    per person with their total speaking time. Seconds as whole numbers, times as HH:MM:SS."""
    lab = labels(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            lab["csv." + k]
            for k in (
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
            )
        ]
    )

    def clock(t: datetime | None) -> str:
        return t.strftime("%H:%M:%S") if t is not None else ""

    for item in m.items:
        actual = item.duration_s
        writer.writerow(
            [
                lab["csv.item"],
                item.number,
                item.title,
                clock(item.planned_start),
                clock(item.planned_end),
                item.planned_s,
                clock(item.start),
                clock(item.end),
                "" if actual is None else actual,
                "" if actual is None else actual - item.planned_s,
                "",
            ]
        )
    writer.writerow(
        [
            lab["csv.meeting"],
            "",
            meeting_name(m) or m.title,
            clock(m.start),
            clock(m.planned_end),
            m.planned_s,
            clock(m.start),
            clock(m.end),
            m.duration_s,
            m.duration_s - m.planned_s,
            "",
        ]
    )
    for total in m.totals:
        writer.writerow(
            [
                lab["csv.speaker"],
                "",
                total.name or lab["not_filled"],
                "",
                "",
                "",
                "",
                "",
                total.spoken_s,
                "",
                total.turns,
            ]
        )
    return buffer.getvalue()


# ---------------------------------------------------------------------- Word


def write_docx(m: Minutes, lang: str, path: str | Path, kind: MinutesKind = "record") -> None:
    """The minutes as a Word file in the layout offices file (`chair.minutes_docx`)."""
    from chair.minutes_docx import write_minutes_docx

    write_minutes_docx(m, lang, path, kind)

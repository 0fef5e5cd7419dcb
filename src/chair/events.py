"""What happens in a meeting, one frozen dataclass per kind of event, and its journal line.

The journal holds one JSON object a line (docs/journal-format.md). `decode()` turns a line
into a typed event and `encode()` turns an event back into its line: they are the one
boundary between the file and the session. Every check of a line's shape happens here,
so a damaged line is reported the same way (`ChairError` naming FILE:LINE) by every
command that reads a journal, and `Session.apply` handles only well-formed events.

To add a kind of event: a frozen dataclass with `@event_kind("word")`, typed fields (the
decoder checks str, int, float, bool, Literal and `X | None` by itself; `field(metadata=
{"low": …, "high": …})` bounds a number), a handler in `Session`, and a test. A kind this
version does not know decodes to `UnknownEvent`: a newer chair's journal still replays.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from collections.abc import Callable
from dataclasses import field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Literal, TypeVar

from chair.dataclass_lite import dataclass
from chair.errors import ChairError
from chair.model import Meeting, SpeakerCue, meeting_from_dict, meeting_to_dict

JOURNAL_VERSION = 1
"""The journal format's version, written in its header; a reader refuses any other."""

MAX_T = 1e8
"""No meeting time is larger (three years): a bigger `t` in a journal is damage."""

Record = dict[str, Any]
"""An event as the JSON object of its journal line."""


class BadLine(ValueError):
    """A journal line that is not an event; the message says what is wrong with it."""


# -- the events ----------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Event:
    """Fields every event has: meeting time `t` and the wall-clock time it stands for.

    `t` and `wall` are None only in an event not yet emitted (the session stamps them).
    """

    kind: ClassVar[str] = ""
    t: float | None = field(default=None, metadata={"high": MAX_T})
    wall: str | None = None


E = TypeVar("E", bound=Event)

KINDS: dict[str, type[Event]] = {}
"""Every event kind this version knows, by its journal `type`."""


def event_kind(word: str) -> Callable[[type[E]], type[E]]:
    """Register an event class under its journal `type`."""

    def register(cls: type[E]) -> type[E]:
        if word in KINDS:
            raise ValueError(f"event kind {word!r} registered twice")
        cls.kind = word
        KINDS[word] = cls
        return cls

    return register


@event_kind("step")
@dataclass(frozen=True, kw_only=True)
class Moved(Event):
    """The chair moved to step `step` (an id `s<N>` or `x<N>`), at sentence `sentence`."""

    step: str
    sentence: int = field(default=0, metadata={"high": 1e9})


@event_kind("timer")
@dataclass(frozen=True, kw_only=True)
class TimerAction(Event):
    """A speaker timer was started, paused, resumed or stopped."""

    cue: str
    action: Literal["start", "pause", "resume", "stop"]


@event_kind("name")
@dataclass(frozen=True, kw_only=True)
class Named(Event):
    """A speaker cue was filled in or renamed."""

    cue: str
    name: str


@event_kind("extra")
@dataclass(frozen=True, kw_only=True)
class ExtraSpeaker(Event):
    """A speaker not in the script (临时发言), inserted after step `after`."""

    after: str
    cue: str
    name: str | None = None
    limit_s: int = field(metadata={"low": 1, "high": 24 * 3600})


@event_kind("note")
@dataclass(frozen=True, kw_only=True)
class NoteTaken(Event):
    """A note for the log and the minutes, under the item and speaker current when taken."""

    text: str
    item: int | None = field(default=None, metadata={"high": 1e6})
    """Index into `meeting.items`, or None outside any item."""
    cue: str | None = None
    """The speaker cue current (or still timed) when the note was taken."""


@event_kind("skip")
@dataclass(frozen=True, kw_only=True)
class CueSkipped(Event):
    """Rehearsal: the cue was skipped and counts at its limit."""

    cue: str


@event_kind("auto")
@dataclass(frozen=True, kw_only=True)
class AutoAdvance(Event):
    """Auto-advance at the reading speed was switched on or off."""

    on: bool


@event_kind("speed")
@dataclass(frozen=True, kw_only=True)
class SpeedChanged(Event):
    """The reading speed (characters a minute) was changed."""

    cpm: float = field(metadata={"low": 1, "high": 10_000})


@event_kind("resume")
@dataclass(frozen=True, kw_only=True)
class Resumed(Event):
    """`chair resume` took the meeting over; `lost` is the `t` of the last event before."""

    lost: float | None = field(default=None, metadata={"high": MAX_T})
    pid: int | None = None


@event_kind("interrupted")
@dataclass(frozen=True, kw_only=True)
class Interrupted(Event):
    """The process was stopped by a signal and wrote this on its way out."""

    signal: str | None = None


@event_kind("end")
@dataclass(frozen=True, kw_only=True)
class Ended(Event):
    """The meeting is over; the journal is finished."""


@event_kind("break")
@dataclass(frozen=True, kw_only=True)
class BreakTaken(Event):
    """The chair paused the whole meeting in place (休会, `on`) or went on (继续).

    Running speaker timers are paused by their own `timer` events just before, and resumed
    by `timer` events just after the break ends."""

    on: bool


@event_kind("leave")
@dataclass(frozen=True, kw_only=True)
class Left(Event):
    """The chair left the meeting to resume it later; running timers were paused before."""


@event_kind("heartbeat")
@dataclass(frozen=True, kw_only=True)
class Heartbeat(Event):
    """The chair's process was alive at `t`: after a crash the gap is dated from the last."""


@event_kind("limit")
@dataclass(frozen=True, kw_only=True)
class LimitSet(Event):
    """A speaker's limit changed live (`e`: one more minute)."""

    cue: str
    limit_s: int = field(metadata={"low": 1, "high": 24 * 3600})


@event_kind("message")
@dataclass(frozen=True, kw_only=True)
class MessageSent(Event):
    """A message to the speaker's display; None clears it."""

    text: str | None = None


@dataclass(frozen=True, kw_only=True)
class Absence:
    """Somebody expected who is not there (请假 / 缺席), and why when known."""

    name: str
    reason: str | None = None


@event_kind("attendance")
@dataclass(frozen=True, kw_only=True)
class AttendanceTaken(Event):
    """签到: 应到 / 实到, who is away and why, 列席 and 出席; the latest one holds."""

    expected: int | None = field(default=None, metadata={"high": 1e6})
    present: int | None = field(default=None, metadata={"high": 1e6})
    absent: tuple[Absence, ...] = ()
    observers: tuple[str, ...] = ()
    """列席: attending without a vote."""
    attendees: tuple[str, ...] = ()
    """出席: the members present, by name, when known."""


@event_kind("decision")
@dataclass(frozen=True, kw_only=True)
class DecisionMade(Event):
    """决定事项 under an item (index into `meeting.items`; None outside any item)."""

    text: str
    item: int | None = field(default=None, metadata={"high": 1e6})


@event_kind("vote")
@dataclass(frozen=True, kw_only=True)
class VoteTaken(Event):
    """表决: the counts, whether it passed and by which rule (过半数 of 实到, or 三分之二)."""

    item: int | None = field(default=None, metadata={"high": 1e6})
    subject: str | None = None
    yes: int = field(metadata={"high": 1e6})
    no: int = field(default=0, metadata={"high": 1e6})
    abstain: int = field(default=0, metadata={"high": 1e6})
    unanimous: bool = False
    passed: bool
    rule: Literal["majority", "two_thirds"] = "majority"


@event_kind("meeting")
@dataclass(frozen=True, kw_only=True)
class MeetingHeader(Event):
    """Line 1 of every journal: the agenda and what the meeting started with."""

    version: int = JOURNAL_VERSION
    script: str | None = None
    sha256: str | None = None
    title: str = ""
    mode: str = "run"
    lang: str | None = None
    chair: str | None = None
    speed: float | None = field(default=None, metadata={"high": 10_000})
    default_limit_s: int | None = field(default=None, metadata={"low": 1, "high": 24 * 3600})
    """The per-speaker limit where the script names none (`--limit`), for a resumed meeting."""
    start_wall: datetime
    """Wall-clock time at meeting time 0, timezone-aware."""
    epoch: float | None = field(default=None, metadata={"low": -1e11, "high": 1e11})
    """Unix time at meeting time 0: `chair resume` and the display bridge processes with it."""
    meeting: Meeting


@dataclass(frozen=True, kw_only=True)
class UnknownEvent(Event):
    """A kind this version does not know (a newer writer): kept in the journal, ignored."""

    type: str
    record: Record = field(compare=False, repr=False)


# -- records: an event as a JSON object -------------------------------------------------


def to_record(event: Event) -> Record:
    """The JSON object of an event: `type` first, its own fields, then `t` and `wall`."""
    if isinstance(event, UnknownEvent):
        return dict(event.record)
    record: Record = {"type": event.kind}
    if isinstance(event, MeetingHeader):
        record["version"] = event.version
    for f in dataclasses.fields(event):
        if f.name in ("t", "wall", "version"):
            continue
        value = getattr(event, f.name)
        if isinstance(value, Meeting):
            value = meeting_to_dict(value)
        elif isinstance(value, datetime):
            value = value.isoformat(timespec="seconds")
        elif isinstance(value, tuple):
            value = [
                dataclasses.asdict(v)
                if dataclasses.is_dataclass(v) and not isinstance(v, type)
                else v
                for v in value
            ]
        record[f.name] = value
    if event.t is not None:
        record["t"] = event.t
    if event.wall is not None:
        record["wall"] = event.wall
    return record


def parse_wall(value: Any) -> datetime | None:
    """An ISO time from a journal, made timezone-aware; None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        wall = datetime.fromisoformat(value)
    except ValueError:
        return None
    try:
        return wall if wall.tzinfo is not None else wall.astimezone()
    except (OverflowError, OSError, ValueError):
        return None


def _hints(cls: type[Event]) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


_HINTS: dict[type[Event], dict[str, Any]] = {}


def _check(name: str, value: Any, hint: Any, meta: Any) -> Any:
    """`value` if it fits the field's type (and bounds), else BadLine saying why."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        others = [o for o in options if o is not type(None)]
        if len(others) != 1:  # a bug in a new event class, not damage in a journal
            raise TypeError(f"the decoder checks `X | None` unions only, not {hint!r}")
        hint = others[0]
        origin = typing.get_origin(hint)
    if origin is tuple:
        return _check_tuple(name, value, typing.get_args(hint)[0])
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise BadLine(
                f"{name!r} must be one of {', '.join(typing.get_args(hint))}, not {value!r}"
            )
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise BadLine(f"{name!r} must be true or false, not {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise BadLine(f"{name!r} must be text, not {value!r:.60}")
        return value
    if hint in (int, float):
        low, high = meta.get("low", 0), meta.get("high", MAX_T)
        whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
            or (hint is int and not whole)
        ):
            what = "a whole number" if hint is int else "a number"
            raise BadLine(f"{name!r} must be {what} from {low:g} to {high:g}, not {value!r:.60}")
        return int(value) if hint is int else float(value)
    raise TypeError(f"the decoder cannot check a field of type {hint!r}")  # a bug, not damage


def _check_tuple(name: str, value: Any, hint: Any) -> tuple[Any, ...]:
    """A JSON list as a tuple of `hint`: text, or a small dataclass from an object."""
    if not isinstance(value, list) or len(value) > 10_000:
        raise BadLine(f"{name!r} must be a list, not {value!r:.60}")
    if not (isinstance(hint, type) and dataclasses.is_dataclass(hint)):
        return tuple(_check(name, v, hint, {}) for v in value)
    hints = typing.get_type_hints(hint)
    out = []
    for entry in value:
        if not isinstance(entry, dict):
            raise BadLine(f"{name!r} must hold objects, not {entry!r:.60}")
        fields: dict[str, Any] = {}
        for f in dataclasses.fields(hint):
            if f.name not in entry:
                if f.default is dataclasses.MISSING:
                    raise BadLine(f"each of {name!r} needs {f.name!r}")
                continue
            fields[f.name] = _check(f"{name}.{f.name}", entry[f.name], hints[f.name], f.metadata)
        out.append(hint(**fields))
    return tuple(out)


def from_record(record: Record) -> Event:
    """The typed event a JSON object holds; BadLine when a field is missing or wrong."""
    word = record.get("type")
    if not isinstance(word, str):
        raise BadLine('the event\'s "type" is not a string')
    cls = KINDS.get(word)
    if cls is None:
        return UnknownEvent(type=word, record=dict(record), t=_time(record), wall=None)
    if cls is MeetingHeader:
        return _header(record)
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in record:
            if f.default is dataclasses.MISSING:
                raise BadLine(f"a {word!r} event needs {f.name!r}")
            continue
        values[f.name] = _check(f.name, record[f.name], hints[f.name], f.metadata)
    return cls(**values)


def _time(record: Record) -> float | None:
    t = record.get("t")
    if t is None:
        return None
    return _check("t", t, float, {"high": MAX_T})  # type: ignore[no-any-return]


def _header(record: Record) -> MeetingHeader:
    check_header(record)
    agenda = record.get("meeting")
    if not isinstance(agenda, dict):
        raise BadLine("the meeting header holds no agenda")
    try:
        meeting = meeting_from_dict(agenda)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # foreign agenda shape
        raise BadLine(
            f"the meeting header holds no usable agenda ({type(exc).__name__}: {exc})"
        ) from None
    _check_agenda(meeting)
    start_wall = parse_wall(record.get("start_wall")) or parse_wall(record.get("wall"))
    if start_wall is None:
        raise BadLine("the meeting header has no valid start_wall time")
    hints = _hints(MeetingHeader)
    values: dict[str, Any] = {"meeting": meeting, "start_wall": start_wall}
    for f in dataclasses.fields(MeetingHeader):
        if f.name in values or f.name not in record or record[f.name] is None:
            continue
        value = record[f.name]
        if f.name in (
            "script",
            "sha256",
            "title",
            "mode",
            "lang",
            "chair",
            "wall",
        ) and not isinstance(value, str):
            continue  # informative fields: a foreign value is ignored, as unknown fields are
        values[f.name] = _check(f.name, value, hints[f.name], f.metadata)
    return MeetingHeader(**values)


def _check_agenda(meeting: Meeting) -> None:
    """What a session reads of the agenda has the types it reads it with."""
    why = ""
    if not isinstance(meeting.title, str):
        why = "its title is not text"
    for item in meeting.items:
        if (
            isinstance(item.number, bool)
            or not isinstance(item.number, int)
            or not isinstance(item.title, str)
        ):
            why = f"item {item.number!r:.20} has no number or title"
    for step in meeting.steps():
        if not isinstance(step.text, str):
            why = f"a step's text is {step.text!r:.20}"
        elif isinstance(step, SpeakerCue) and (
            isinstance(step.limit_s, bool)
            or not isinstance(step.limit_s, int)
            or step.limit_s <= 0
            or not isinstance(step.name, str | None)
        ):
            why = f"the cue {step.text!r:.20} has no usable name or limit"
    if why:
        raise BadLine(f"the meeting header holds no usable agenda ({why})")


# -- lines -----------------------------------------------------------------------------


def _finite(text: str) -> float:
    """A JSON number as float, refusing what overflows to infinity (`1e999`)."""
    value = float(text)
    if not math.isfinite(value):
        raise BadLine(f"not valid JSON: number out of range ({text[:20]})")
    return value


def _no_constant(name: str) -> float:
    raise BadLine(f"not valid JSON: {name} is not a number")


def parse_record(raw: bytes | str) -> Record:
    """The JSON object of one journal line, with a string `type`; BadLine otherwise."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadLine(f"not valid UTF-8 (byte {exc.start + 1} of the line)") from None
    else:
        text = raw
    if not text.strip():
        raise BadLine("empty line")
    try:
        value = json.loads(text, parse_float=_finite, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise BadLine("not valid JSON: nested too deeply") from None
    except BadLine:
        raise  # NaN, Infinity, 1e999: already says why
    except ValueError as exc:  # an integer of thousands of digits
        raise BadLine(f"not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise BadLine(f"not a JSON object but {type(value).__name__}")
    if "type" not in value:
        raise BadLine('the event has no "type"')
    if not isinstance(value["type"], str):
        raise BadLine('the event\'s "type" is not a string')
    return value


def check_header(record: Record) -> None:
    """Line 1 must be a meeting header of this format version."""
    if record["type"] != "meeting":
        raise BadLine(
            f"not a chair journal: the first line must be the meeting header, not {record['type']!r}"
        )
    version = record.get("version")
    if version != JOURNAL_VERSION or isinstance(version, bool):  # true == 1 in Python
        if isinstance(version, int) and not isinstance(version, bool) and version > JOURNAL_VERSION:
            raise BadLine(f"journal version {version} was written by a newer chair")
        raise BadLine(f"unsupported journal version {version!r}")


def event_at(record: Record, lineno: int, path: str | Path | None = None) -> Event:
    """The typed event of line `lineno`; a damaged one is a ChairError naming FILE:LINE."""
    try:
        if lineno == 1:
            check_header(record)
        elif record.get("type") == "meeting":
            raise BadLine("a second meeting header")
        return from_record(record)
    except BadLine as bad:
        raise ChairError(str(bad), path, lineno) from None


def decode_all(records: list[Record], path: str | Path | None) -> list[Event]:
    """The typed events of a whole journal (header first); a damaged line is a ChairError."""
    if not records:
        raise ChairError("journal is empty (no meeting header)", path)
    return [event_at(record, n, path) for n, record in enumerate(records, start=1)]


def decode(line: bytes | str, lineno: int, path: str | Path | None = None) -> Event:
    """One journal line as a typed event; a damaged one is a ChairError naming FILE:LINE."""
    try:
        record = parse_record(line)
    except BadLine as bad:
        raise ChairError(str(bad), path, lineno) from None
    return event_at(record, lineno, path)


def encode(event: Event) -> str:
    """The journal line of an event (without its newline). NaN and Infinity are refused."""
    return json.dumps(to_record(event), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

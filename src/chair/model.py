"""The meeting as the script describes it: plain dataclasses, no Textual, no I/O.

A script becomes a `Meeting`: a title, the opening passages (salutation, introduction,
agenda overview), the agenda `Item`s and the closing. Everything the chair reads or waits
through is a *step*: a `Passage` (text to read, or a stage direction on a line of its
own) or a `SpeakerCue` (somebody else speaks, timed against a limit). `Meeting.steps()`
flattens them into the order the chair walks through them live.
"""

from __future__ import annotations

from dataclasses import field
from functools import lru_cache
from typing import Literal

from chair.dataclass_lite import dataclass

DEFAULT_LIMIT_S = 600
"""Per-speaker limit when neither the script nor `--limit` names one (10 minutes)."""

DEFAULT_SPEED = 200
"""Reading speed for forecasts, in characters a minute, when nothing better is known."""

PassageKind = Literal[
    "text", "direction", "title", "salutation", "overview", "closing", "vote", "heading"
]
"""What a passage is: read aloud (`text`, `salutation`, `overview`, `closing`), a stage
direction or a piece of logistics (`direction`: 请大家起立, （掌声）), the script's title (never
read), a vote the chair calls (`vote`: 同意的请举手…反对的…弃权的…), or the heading that names an
item in a script laid out by headings (`heading`: 二、宣读表彰决定; never read)."""

CueKind = Literal["speech", "action"]
"""What happens at a cue: a `speech` (讲话, 发言, 致辞, 报告, 述职…) is timed against a limit; an
`action` by another person (宣读, 颁奖, 领誓, 宣布, 启动…) is a step with a name, untimed."""


@dataclass
class Passage:
    """Text the chair reads aloud, or a stage direction such as （奏国歌）."""

    text: str
    line: int
    """1-based line (or paragraph) number in the source, for errors and `check`."""
    kind: PassageKind = "text"

    @property
    def is_read(self) -> bool:
        """Whether the chair reads it aloud (stage directions and the title are not)."""
        return self.kind not in ("direction", "title", "heading")

    @property
    def chars(self) -> int:
        """Characters read aloud: what the reading-time forecast counts."""
        return count_chars(self.text) if self.is_read else 0


@dataclass
class SpeakerCue:
    """A point where someone else speaks: 请张三同志发言 / 请*发言 / 有请…"""

    text: str
    line: int
    name: str | None = None
    """The speaker's name, or None where the script has a placeholder (`*`, `XXX`, `×××`)."""
    limit_s: int = DEFAULT_LIMIT_S
    extra: bool = False
    """True for a speaker added live (临时发言), not in the script."""
    after: str | None = None
    """The stage direction that closes the cue, such as （发言毕）."""
    kind: CueKind = "speech"
    role: str | None = None
    """The speaker's office or title beside the name: 部门经理 in 请部门经理陈静发言."""
    group: bool = False
    """A turn of several people named together (由各位班组长依次述职): no one name to fill in."""

    @property
    def timed(self) -> bool:
        """Whether the speaker timer runs here by default (speeches, not actions)."""
        return self.kind == "speech"

    @property
    def chars(self) -> int:
        """Characters of the cue the chair reads aloud (请…发言)."""
        return count_chars(self.text)


Step = Passage | SpeakerCue


@dataclass
class Decision:
    """A call the parser made where a careful reader could differ, for `chair check`.

    `what` is a word of `chair.i18n` (``check.decision.WHAT``): the sentence shown is in the
    interface's language, `detail` fills it (the verb, a limit, an item number)."""

    line: int
    text: str
    what: str
    detail: str = ""


@dataclass
class Item:
    """One agenda item (议程): 进行会议第二项 …"""

    number: int
    title: str
    line: int
    steps: list[Step] = field(default_factory=list)

    @property
    def passages(self) -> list[Passage]:
        return [s for s in self.steps if isinstance(s, Passage)]

    @property
    def speakers(self) -> list[SpeakerCue]:
        return [s for s in self.steps if isinstance(s, SpeakerCue)]

    @property
    def chars(self) -> int:
        return sum(s.chars for s in self.steps)


@dataclass
class Meeting:
    """A whole script, parsed."""

    title: str
    opening: list[Step] = field(default_factory=list)
    """Everything before the first item: title, salutation, introduction, overview."""
    items: list[Item] = field(default_factory=list)
    closing: list[Step] = field(default_factory=list)
    """What follows the last item when the script marks it apart (本次会议结束 / 散会)."""
    overview: list[str] = field(default_factory=list)
    """Item titles the agenda overview promises (一是……二是……), in order."""
    written_statements: list[str] = field(default_factory=list)
    """Sentences that announce written statements (其他同志作书面发言)."""
    warnings: list[str] = field(default_factory=list)
    chair: str | None = None
    date: str | None = None
    roster: list[str] = field(default_factory=list)
    source: str | None = None
    """The path the meeting was read from, for messages."""
    place: str | None = None
    """Where the meeting is held, when the script says so (在三楼会议室)."""
    attendance: list[str] = field(default_factory=list)
    """The script's quorum and attendance sentences as written (应到委员35人，实到委员  人…;
    出席今天会议的有…; 列席…), for the screen to ask for the figures and the minutes to use."""
    decisions: list[Decision] = field(default_factory=list)
    """What the parser decided where a reader could differ; empty for an agenda file."""

    def steps(self) -> list[Step]:
        """Every step in the order the chair walks through them."""
        out: list[Step] = list(self.opening)
        for item in self.items:
            out.extend(item.steps)
        out.extend(self.closing)
        return out

    def item_of_steps(self) -> list[int | None]:
        """For each step of `steps()`, the index into `items` it belongs to (None outside)."""
        out: list[int | None] = [None] * len(self.opening)
        for i, item in enumerate(self.items):
            out.extend([i] * len(item.steps))
        out.extend([None] * len(self.closing))
        return out

    @property
    def speakers(self) -> list[SpeakerCue]:
        """Every cue, speeches and actions alike (the steps where someone else has the floor)."""
        return [s for s in self.steps() if isinstance(s, SpeakerCue)]

    @property
    def timed_speakers(self) -> list[SpeakerCue]:
        """The cues the speaker timer runs for: speeches, not actions."""
        return [s for s in self.speakers if s.timed]

    @property
    def chars(self) -> int:
        return sum(s.chars for s in self.steps())


@lru_cache(maxsize=8192)
def count_chars(text: str) -> int:
    """Characters that take time to read: everything but whitespace and punctuation."""
    n = 0
    for ch in text:
        if ch.isspace():
            continue
        if ch.isalnum():
            n += 1
    return n


def reading_seconds(chars: int, speed: float) -> float:
    """Seconds to read `chars` characters at `speed` characters a minute."""
    return chars * 60.0 / speed if speed > 0 else 0.0


def forecast_seconds(meeting: Meeting, speed: float) -> int:
    """The whole meeting: the chair's reading at `speed` plus every speech at its limit.

    Actions (宣读, 颁奖…) and votes have no limit to count: they add their cue's reading only."""
    reading = reading_seconds(meeting.chars, speed)
    speaking = sum(c.limit_s for c in meeting.timed_speakers)
    return round(reading + speaking)


def meeting_to_dict(meeting: Meeting) -> dict:
    """A JSON-ready copy of the meeting, so a journal carries the agenda it was run on."""
    from dataclasses import asdict

    def step(s: Step) -> dict:
        d = asdict(s)
        d["cue"] = isinstance(s, SpeakerCue)
        return d

    return {
        "title": meeting.title,
        "opening": [step(s) for s in meeting.opening],
        "items": [
            {
                "number": i.number,
                "title": i.title,
                "line": i.line,
                "steps": [step(s) for s in i.steps],
            }
            for i in meeting.items
        ],
        "closing": [step(s) for s in meeting.closing],
        "overview": list(meeting.overview),
        "written_statements": list(meeting.written_statements),
        "warnings": list(meeting.warnings),
        "chair": meeting.chair,
        "date": meeting.date,
        "roster": list(meeting.roster),
        "source": meeting.source,
        "place": meeting.place,
        "attendance": list(meeting.attendance),
        "decisions": [asdict(d) for d in meeting.decisions],
    }


def meeting_from_dict(data: dict) -> Meeting:
    """The inverse of `meeting_to_dict`."""

    def step(d: dict) -> Step:
        d = dict(d)
        if d.pop("cue", False):
            return SpeakerCue(**d)
        return Passage(**d)

    return Meeting(
        title=data["title"],
        opening=[step(s) for s in data.get("opening", [])],
        items=[
            Item(
                number=i["number"],
                title=i["title"],
                line=i["line"],
                steps=[step(s) for s in i["steps"]],
            )
            for i in data.get("items", [])
        ],
        closing=[step(s) for s in data.get("closing", [])],
        overview=list(data.get("overview", [])),
        written_statements=list(data.get("written_statements", [])),
        warnings=list(data.get("warnings", [])),
        chair=data.get("chair"),
        date=data.get("date"),
        roster=list(data.get("roster", [])),
        source=data.get("source"),
        place=data.get("place"),
        attendance=list(data.get("attendance", [])),
        decisions=[Decision(**d) for d in data.get("decisions", [])],
    )

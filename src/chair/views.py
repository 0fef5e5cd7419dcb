"""What the screens show, as frozen views built by pure functions from the session.

The chair's screen and the speaker's display draw these and nothing else: equal views need
no redraw (the widgets hold them in reactives, which compare), and every word and number a
screen shows is decided here, where a test reaches it without a terminal. No Textual, no
Rich: the core's import contract holds for this module too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chair.dataclass_lite import dataclass
from chair.i18n import Strings, chinese_number
from chair.model import Passage, SpeakerCue
from chair.session import Phase, Session
from chair.timefmt import format_clock, format_duration, format_minutes

if TYPE_CHECKING:
    from chair.follow import MeetingFollower

PLACEHOLDER = re.compile(r"[*＊]+|[Xx×]{2,}|某某")
"""Where a script leaves the speaker's name to be filled in: 请*发言, 请×××同志发言."""
TITLED = ("同志", "先生", "女士", "书记", "主席", "代表", "长", "任", "理", "员", "师", "授", "委")
"""Endings of a name that carries its own title: no 同志 added after it."""


def item_number(number: int, strings: Strings) -> str:
    """An item's number as both screens say it: 第二项 / Item 2."""
    shown = str(number) if strings.lang == "en" else chinese_number(number)
    return strings("item.number", number=shown)


def cue_text(cue: SpeakerCue, name: str | None, strings: Strings) -> str:
    """The cue as the chair reads it, with the speaker's name where the script had a blank.

    `首先，请*发言；` with 张三 filled in reads `首先，请张三同志发言；`; a renamed speaker
    replaces the script's name; an extra speaker gets a cue of their own to read.
    """
    if cue.extra:
        return strings(
            "cue.extra", name=_addressed(name, strings) if name else strings["cue.extra_unnamed"]
        )
    text = cue.text
    if not name:
        return text
    if cue.name and cue.name != name and cue.name in text:
        return text.replace(cue.name, name, 1)
    if not cue.name:
        blank = PLACEHOLDER.search(text)
        if blank:
            who = _addressed(name, strings)
            if text[blank.end() : blank.end() + 2] == "同志":
                who = name
            return text[: blank.start()] + who + text[blank.end() :]
    return text


def _addressed(name: str, strings: Strings) -> str:
    """张三 → 张三同志 in a Chinese cue; a name with its own title, or a Latin one, as it is."""
    if (
        strings.lang == "en"
        or name.endswith(TITLED)
        or not all("\u4e00" <= c <= "\u9fff" for c in name)
    ):
        return name
    return name + "同志"


# -- the chair's screen ---------------------------------------------------------------


@dataclass(frozen=True)
class PromptView:
    """The teleprompter: the passage, its current sentence, and what follows it."""

    sentences: tuple[str, ...] = ()
    kind: str = "text"
    sentence: int = 0
    following: tuple[str, ...] = ()
    following_kind: str = "text"


@dataclass(frozen=True)
class SpeakerView:
    """The speaker panel at a cue: the cue to read, the name, the clock and its words."""

    cue_text: str = ""
    name: str | None = None
    extra: bool = False
    limit_s: int = 0
    clock: str = ""
    """MM:SS left, or +MM:SS in overtime: never shorter when the `+` appears."""
    phase: Phase = "idle"
    words: str = ""
    """The phase in words, once: `剩余 01:40 · ⚠ 即将结束 · 时限 10:00`, `超时 +00:05 · 时限 …`."""


@dataclass(frozen=True)
class HeaderView:
    title: str = ""
    item: str = ""
    wall: str = ""
    elapsed: str = ""
    forecast: str = ""
    badge: str | None = None


@dataclass(frozen=True)
class BreakView:
    """休会: shown over the whole screen until the chair goes on."""

    since: str
    """Wall-clock time the break began (HH:MM)."""
    length: str
    """How long it has lasted (M:SS)."""


@dataclass(frozen=True)
class StatusView:
    """The line under the passage: a problem to see at once, a message the speaker has on
    screen, auto-advance; empty, the line is not shown."""

    text: str = ""
    problem: bool = False


def status_view(s: Session, strings: Strings, problem: str = "") -> StatusView:
    parts = [problem] if problem else []
    if s.message:
        parts.append(strings("message.shown", text=s.message))
    if s.auto:
        parts.append(strings("auto_on", speed=int(s.speed)))
    return StatusView("  ".join(parts), bool(problem))


def prompt_view(s: Session, strings: Strings) -> PromptView:
    cur = s.current
    kind = cur.step.kind if isinstance(cur.step, Passage) else "text"
    nxt = s.steps[s.index + 1] if s.index + 1 < len(s.steps) else None
    if nxt is not None:
        following = tuple(_read_text(s, nxt.id, nxt.sentences, strings))
        nkind = nxt.step.kind if isinstance(nxt.step, Passage) else "text"
    else:
        following, nkind = (strings["end_of_meeting"],), "direction"
    return PromptView(tuple(cur.sentences), kind, s.sentence, following, nkind)


def _read_text(s: Session, step_id: str, sentences: list[str], strings: Strings) -> list[str]:
    """A step's sentences as the chair will read them (a cue with its name filled in)."""
    step = s.step_by_id(step_id)
    if step is not None and isinstance(step.step, SpeakerCue):
        return [cue_text(step.step, s.name_of(step_id), strings)]
    return sentences


def speaker_view(s: Session, strings: Strings) -> SpeakerView:
    cue = s.current.step
    assert isinstance(cue, SpeakerCue)
    cue_id = s.current.id
    rec = s.speakers.get(cue_id)
    skipped = bool(rec and rec.skipped and rec.timer.started_at is None)
    phase: Phase = "done" if skipped else s.phase()
    remaining = s.remaining()
    limit = s.limit_of(cue_id)
    name = s.name_of(cue_id)
    return SpeakerView(
        cue_text(cue, name, strings),
        name,
        cue.extra,
        limit,
        format_clock(remaining),
        phase,
        clock_words(strings, remaining, phase, limit),
    )


def clock_words(strings: Strings, remaining: float, phase: Phase, limit_s: int) -> str:
    """The clock's plain-text twin; the phase said once (overtime's word is the `超时` itself)."""
    shown = format_clock(remaining)
    parts = [
        strings("overtime_text", time=shown) if remaining < 0 else strings("remaining", time=shown)
    ]
    if phase != "overtime":
        parts.append(strings["phase." + phase])
    parts.append(strings("limit", time=format_clock(limit_s)))
    return strings["sep"].join(parts)


def item_label(s: Session, strings: Strings) -> str:
    """The current part of the meeting, the same words on the chair's screen and the display."""
    item = s.current_item
    if item is None:
        # Where the step stands, not whether an item was ever opened: a chair who steps
        # back from item 1 into the opening is in the opening, not at the closing.
        before_items = all(st.item is None for st in s.steps[: s.index])
        return strings["opening" if before_items else "closing"]
    return f"{item_number(item.number, strings)} {item.title}"


def header_view(s: Session, strings: Strings, *, rehearsal: bool = False) -> HeaderView:
    """The title bar, to the minute: the big clock has the seconds, and a header that
    changed every second would be redrawn every second through a three-hour meeting."""
    now = s.now()
    return HeaderView(
        s.meeting.title,
        item_label(s, strings),
        s.wall_at(now).strftime("%H:%M"),
        f"{strings['elapsed']} {format_minutes(now, strings.lang)}",
        f"{strings['forecast_end']} {s.forecast_end().strftime('%H:%M')}",
        badge=strings["rehearsal"] if rehearsal else None,
    )


def break_view(s: Session) -> BreakView | None:
    if not s.on_break:
        return None
    start = s.breaks[-1].start
    return BreakView(s.wall_at(start).strftime("%H:%M"), format_duration(s.now() - start))


# -- the speaker's display ------------------------------------------------------------


@dataclass(frozen=True)
class DisplayView:
    """Everything `chair display` shows; equal views need no redraw."""

    kind: str
    """`waiting`, `between`, `speaker`, `break`, `ended` or `bad`."""
    title: str = ""
    item: str = ""
    name: str = ""
    extra: bool = False
    clock: str = ""
    phase: Phase = "idle"
    next_name: str = ""
    message: str = ""
    """The problem (`bad`), or the journal's path (`waiting`)."""
    notice: str = ""
    """The chair's message to the speaker, shown large until cleared."""


def display_view(meeting: MeetingFollower, strings: Strings) -> DisplayView:
    """What the speaker's screen shows of the followed meeting now."""
    s = meeting.session
    if s is None:
        if (
            meeting.header is not None
            or meeting.problem is not None
            or (meeting.follower.error and not meeting.follower.has_header)
        ):
            return DisplayView("bad", message=meeting.follower.error or meeting.problem or "")
        return DisplayView("waiting")
    title = s.meeting.title
    if meeting.header is not None and meeting.header.mode == "rehearse":
        title = f"{strings['rehearsal']}{strings['sep']}{title}"
    if s.ended:
        return DisplayView("ended", title=title)
    item = item_label(s, strings)
    notice = s.message or ""
    if s.on_break:
        return DisplayView("break", title=title, item=item, notice=notice)
    cue = s.running_cue()
    if cue is None and s.current.is_cue:
        cue = s.current.id
    if cue is not None:
        step = s.step_by_id(cue)
        extra = bool(step is not None and getattr(step.step, "extra", False))
        return DisplayView(
            "speaker",
            title=title,
            item=item,
            name=s.name_of(cue) or "",
            extra=extra,
            clock=format_clock(s.remaining(cue)),
            phase=s.phase(cue),
            notice=notice,
        )
    return DisplayView(
        "between", title=title, item=item, next_name=_next_speaker(s, strings), notice=notice
    )


def who(s: Session, step_id: str, strings: Strings, unnamed: str = "tbd") -> str:
    """A turn's speaker as a list names them: the name, else the role the script gives (six
    unnamed 负责人 are still told apart; a group that acts together is named by its words
    alone), else `strings[unnamed]`."""
    name = s.name_of(step_id)
    if name:
        return name
    step = s.step_by_id(step_id)
    cue = step.step if step and isinstance(step.step, SpeakerCue) else None
    role = cue.role if cue else None
    if cue is not None and cue.group and role:
        return role  # 各位领导和嘉宾 act together: no one name is still to come
    return strings["tbd_role"].format(role=role) if role else strings[unnamed]


def _next_speaker(s: Session, strings: Strings) -> str:
    """The next speaker within the current item, if any (who should get ready)."""
    item = s.current.item
    if item is None:
        return ""
    for step in s.steps[s.index + 1 :]:
        if step.item != item:
            return ""
        if step.is_cue:
            return who(s, step.id, strings, "display.unnamed")
    return ""

"""Fixing a misread agenda: edits on a `Meeting`, one line of the script at a time.

No parser reads every script right. The chair corrects what it read on the review screen:
this line is an item heading, that one a speaker cue, these two lines are one passage.
Each edit is a pure function from one `Draft` to the next, so undo is a stack of the
drafts before (`Review`), and the screen only draws a draft and calls these.

A `Draft` is the meeting flattened into `Row`s, the order the chair reads them. A row
carries its kind (a passage kind, or `speech` / `action` for a cue) and two marks: it
starts an agenda item, or it starts the closing. `to_meeting` rebuilds the `Meeting`
from the rows: items numbered 1, 2, 3… in order, so renumbering is never a step of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from chair.model import (
    DEFAULT_LIMIT_S,
    Decision,
    Item,
    Meeting,
    Passage,
    PassageKind,
    SpeakerCue,
    Step,
)
from chair.script import patterns as P
from chair.script.normal import normalise
from chair.script.people import PLACEHOLDER, find_cue, title_names_a_turn

RowKind = Literal[
    "title",
    "salutation",
    "overview",
    "text",
    "heading",
    "direction",
    "vote",
    "closing",
    "speech",
    "action",
]
CUE_KINDS: tuple[RowKind, ...] = ("speech", "action")

Role = Literal[
    "title",
    "opening",
    "overview",
    "item",
    "passage",
    "speech",
    "action",
    "vote",
    "direction",
    "closing",
]
"""What the margin of the review screen calls a row."""

MakeKind = Literal["speech", "action", "vote", "text", "direction"]
"""The kinds a key can give a row."""


class EditRefused(ValueError):
    """An edit that does not apply to this row (the screen greys its key out first)."""


@dataclass(frozen=True)
class Row:
    """One step of the script as the review screen shows it."""

    text: str
    line: int
    kind: RowKind = "text"
    starts_item: bool = False
    item_title: str | None = None
    """The title of the item this row starts; None: taken from the overview or the text."""
    starts_closing: bool = False
    name: str | None = None
    role: str | None = None
    limit_s: int = DEFAULT_LIMIT_S
    after: str | None = None
    group: bool = False
    extra: bool = False
    decisions: tuple[Decision, ...] = ()
    """What the parser decided on this row where a reader could differ; dropped once the
    chair gives the row a kind of their own."""

    @property
    def is_cue(self) -> bool:
        return self.kind in CUE_KINDS


@dataclass(frozen=True)
class Draft:
    """The meeting being corrected: its rows, its title, and the rest as the parser read it."""

    rows: tuple[Row, ...]
    title: str
    base: Meeting = field(compare=False)
    """Where chair, date, place, roster, overview… come from; never changed."""
    default_limit_s: int = DEFAULT_LIMIT_S


# --- between a Meeting and a Draft ----------------------------------------------------------


def _row(step: Step, decisions: tuple[Decision, ...] = ()) -> Row:
    if isinstance(step, SpeakerCue):
        return Row(
            step.text,
            step.line,
            step.kind,
            name=step.name,
            role=step.role,
            limit_s=step.limit_s,
            after=step.after,
            group=step.group,
            extra=step.extra,
            decisions=decisions,
        )
    return Row(step.text, step.line, step.kind, decisions=decisions)


def from_meeting(meeting: Meeting, default_limit_s: int = DEFAULT_LIMIT_S) -> Draft:
    """The meeting as rows; each parser decision goes to the row it was made on."""
    rows: list[Row] = [_row(s) for s in meeting.opening]
    for item in meeting.items:
        first = len(rows)
        rows += [_row(s) for s in item.steps]
        if len(rows) == first:  # an item with no steps: its heading as a row of its own
            rows.append(Row(item.title, item.line, "heading"))
        rows[first] = replace(rows[first], starts_item=True, item_title=item.title)
    if meeting.closing:
        first = len(rows)
        rows += [_row(s) for s in meeting.closing]
        rows[first] = replace(rows[first], starts_closing=True)
    for decision in meeting.decisions:
        at = _row_of(rows, decision)
        if at is not None:
            rows[at] = replace(rows[at], decisions=rows[at].decisions + (decision,))
    return Draft(tuple(rows), meeting.title, meeting, default_limit_s)


def _row_of(rows: list[Row], decision: Decision) -> int | None:
    """The row a decision speaks of: on its line, the one whose text it quotes."""
    quoted = " ".join(decision.text.split()).rstrip("…")
    on_line = [i for i, r in enumerate(rows) if r.line == decision.line]
    for i in on_line:
        if quoted and quoted in " ".join(rows[i].text.split()):
            return i
    return on_line[0] if on_line else None


def item_starts(draft: Draft) -> list[int]:
    """The rows that start an item, in order: item k is `item_starts(draft)[k - 1]`."""
    return [i for i, r in enumerate(draft.rows) if r.starts_item]


def closing_at(draft: Draft) -> int | None:
    """The row the closing starts at (after every item), or None."""
    return next((i for i, r in enumerate(draft.rows) if r.starts_closing), None)


def item_titles(draft: Draft) -> list[str]:
    """Each item's title: its own, else the overview's when it promises as many, else the
    first clause after the item's number, else 第N项."""
    starts = item_starts(draft)
    overview = draft.base.overview if len(draft.base.overview) == len(starts) else []
    titles = []
    for n, i in enumerate(starts, start=1):
        row = draft.rows[i]
        title = row.item_title or (overview[n - 1] if overview else "") or title_from(row.text)
        titles.append(title or f"第{n}项")
    return titles


def title_from(text: str) -> str:
    """进行会议第二项，交流发言。… -> 交流发言 ; a passage without a number: its first clause."""
    norm = normalise(text)
    end = P.item_end(norm)
    if not end:  # 接下来，王强… -> 王强… ; 先说说上半年 stays whole
        m = re.match(r"\s*(?:(?:" + P.LEAD_WORDS + r")\s*[，,：:、]\s*)+", norm)
        end = m.end() if m else 0
    rest = re.sub(r"^[\s，、：:。是即为]+", "", text[end:])
    m = re.search(r"[。！？!?；;，,]", rest)
    clause = (rest[: m.start()] if m else rest).strip(" ，、：；。,;:")
    return clause[:24]


def _step(row: Row, in_closing: bool) -> Step:
    if row.kind == "speech" or row.kind == "action":
        return SpeakerCue(
            row.text,
            row.line,
            name=row.name,
            limit_s=row.limit_s,
            extra=row.extra,
            after=row.after,
            kind=row.kind,
            role=row.role,
            group=row.group,
        )
    kind: PassageKind = "closing" if in_closing and row.kind == "text" else row.kind
    return Passage(row.text, row.line, kind)


def to_meeting(draft: Draft) -> Meeting:
    """The meeting the rows describe: items numbered in order, the parser's decisions gone
    (the agenda is the chair's own now), warnings recomputed."""
    from chair.script.parse import review

    base = draft.base
    meeting = Meeting(
        title=draft.title,
        overview=list(base.overview),
        written_statements=list(base.written_statements),
        chair=base.chair,
        date=base.date,
        roster=list(base.roster),
        source=base.source,
        place=base.place,
        attendance=list(base.attendance),
    )
    titles = item_titles(draft)
    closing = closing_at(draft)
    section = meeting.opening
    for i, row in enumerate(draft.rows):
        if i == closing:
            section = meeting.closing
        elif row.starts_item:
            n = len(meeting.items) + 1
            meeting.items.append(Item(n, titles[n - 1], row.line))
            section = meeting.items[-1].steps
        section.append(_step(row, section is meeting.closing))
    meeting.warnings = review(meeting)
    return meeting


# --- what each row is -----------------------------------------------------------------------


def role(draft: Draft, i: int) -> Role:
    """The row's role in the margin: title, opening, item heading, passage, cue…"""
    row = draft.rows[i]
    if row.kind == "title":
        return "title"
    if row.is_cue:
        return "speech" if row.kind == "speech" else "action"
    if row.starts_item:
        return "item"
    if row.kind in ("vote", "direction", "overview"):
        return row.kind  # type: ignore[return-value]
    closing = closing_at(draft)
    if row.kind == "closing" or (closing is not None and i >= closing):
        return "closing"
    if row.kind == "heading":
        return "item"
    first_item = next(iter(item_starts(draft)), len(draft.rows))
    return "opening" if i < first_item else "passage"


def item_numbers(draft: Draft) -> list[int | None]:
    """For each row, the number of the item it belongs to (None in the opening and closing)."""
    out: list[int | None] = []
    n, inside = 0, False
    closing = closing_at(draft)
    for i, row in enumerate(draft.rows):
        if i == closing:
            inside = False
        elif row.starts_item:
            n, inside = n + 1, True
        out.append(n if inside else None)
    return out


# --- the edits ------------------------------------------------------------------------------


def _with_row(draft: Draft, i: int, row: Row) -> Draft:
    return replace(draft, rows=draft.rows[:i] + (row,) + draft.rows[i + 1 :])


def _check_index(draft: Draft, i: int) -> Row:
    if not 0 <= i < len(draft.rows):
        raise EditRefused(f"no row {i}")
    return draft.rows[i]


def can_make_item(draft: Draft, i: int) -> bool:
    return 0 <= i < len(draft.rows) and draft.rows[i].kind != "title"


def make_item(draft: Draft, i: int) -> Draft:
    """This row starts an agenda item; on a row that starts one already, it no longer does.

    An item after the closing's first row takes the closing mark away: the closing follows
    the last item."""
    row = _check_index(draft, i)
    if not can_make_item(draft, i):
        raise EditRefused("the title cannot start an item")
    if row.starts_item:
        return _with_row(draft, i, replace(row, starts_item=False, item_title=None, decisions=()))
    out = _with_row(draft, i, replace(row, starts_item=True, starts_closing=False, decisions=()))
    closing = closing_at(out)
    if closing is not None and closing < i:
        out = _with_row(out, closing, replace(out.rows[closing], starts_closing=False))
    return out


def can_make_closing(draft: Draft, i: int) -> bool:
    if not 0 <= i < len(draft.rows):
        return False
    row = draft.rows[i]
    if row.starts_closing:
        return True
    starts = item_starts(draft)
    return row.kind != "title" and not row.starts_item and (not starts or starts[-1] < i)


def make_closing(draft: Draft, i: int) -> Draft:
    """The closing starts at this row (after the last item); again, and there is none."""
    row = _check_index(draft, i)
    if not can_make_closing(draft, i):
        raise EditRefused("the closing starts after the last item")
    if row.starts_closing:
        return _with_row(draft, i, replace(row, starts_closing=False))
    rows = tuple(replace(r, starts_closing=False) if r.starts_closing else r for r in draft.rows)
    out = replace(draft, rows=rows)
    return _with_row(out, i, replace(out.rows[i], starts_closing=True))


def can_make(draft: Draft, i: int, kind: MakeKind) -> bool:
    if not 0 <= i < len(draft.rows):
        return False
    row = draft.rows[i]
    if kind == "text" and row.kind == "closing" and role(draft, i) == "closing":
        return False  # a plain passage of the closing is a closing passage already
    return row.kind != kind


def _governing_limit(draft: Draft, i: int) -> int:
    """The limit a new cue at row i gets: its own words (不超过5分钟), else a limit said
    earlier in its item or the other cues' of the item, else the default."""
    own = P.find_limit(normalise(draft.rows[i].text))
    if own:
        return own
    numbers = item_numbers(draft)
    here = numbers[i]
    if here is not None:
        same = [k for k, n in enumerate(numbers) if n == here and k != i]
        for k in reversed([k for k in same if k < i]):
            said = P.find_limit(normalise(draft.rows[k].text))
            if said:
                return said
        limits = {draft.rows[k].limit_s for k in same if draft.rows[k].is_cue}
        if len(limits) == 1:
            return limits.pop()
    return draft.default_limit_s


def make(draft: Draft, i: int, kind: MakeKind) -> Draft:
    """Give the row a kind: a speech or an action (a cue: name and role read from its
    words, where the parser's patterns find them), a vote, a plain passage, a direction.

    A cue that becomes a passage keeps its closing direction （发言毕） as a row after it."""
    row = _check_index(draft, i)
    if not can_make(draft, i, kind):
        raise EditRefused(f"already {kind}")
    if kind in CUE_KINDS:
        if row.is_cue:
            new = replace(row, kind=kind, decisions=())
        else:
            found = find_cue(normalise(row.text))
            name = role_ = None
            group = False
            if found is not None:
                name = _original(row.text, found.name)
                role_ = _original(row.text, found.role)
                group = found.group
            new = replace(
                row,
                kind=kind,
                name=name,
                role=role_,
                group=group,
                limit_s=_governing_limit(draft, i),
                decisions=(),
            )
        return _with_row(draft, i, new)
    plain = replace(
        row,
        kind=kind,
        name=None,
        role=None,
        after=None,
        group=False,
        limit_s=DEFAULT_LIMIT_S,
        decisions=(),
    )
    out = _with_row(draft, i, plain)
    if row.is_cue and row.after:
        out = replace(
            out,
            rows=out.rows[: i + 1] + (Row(row.after, row.line, "direction"),) + out.rows[i + 1 :],
        )
    return out


def _original(text: str, value: str | None) -> str | None:
    """A name or role found in the normalised text, as written in the original."""
    if not value:
        return None
    at = normalise(text).find(value)
    return text[at : at + len(value)] if at >= 0 else value


def can_join(draft: Draft, i: int) -> bool:
    return 0 <= i < len(draft.rows) - 1 and "title" not in (
        draft.rows[i].kind,
        draft.rows[i + 1].kind,
    )


def _glue(left: str, right: str) -> str:
    """Chinese joins without a space; two words of Latin letters or digits keep one."""
    left, right = left.rstrip(), right.lstrip()
    if (
        left
        and right
        and left[-1].isascii()
        and left[-1].isalnum()
        and right[0].isascii()
        and right[0].isalnum()
    ):
        return left + " " + right
    return left + right


def join(draft: Draft, i: int) -> Draft:
    """Row i and the next become one (a passage broken in two, a cue and its words).

    The joined row is a cue when either was (the first's name and limit before the
    second's); it starts an item or the closing when either did."""
    if not can_join(draft, i):
        raise EditRefused("nothing to join with")
    a, b = draft.rows[i], draft.rows[i + 1]
    cue = a if a.is_cue else b if b.is_cue else None
    text = _glue(_glue(a.text, a.after or ""), b.text) if a.after else _glue(a.text, b.text)
    joined = replace(
        a,
        text=text,
        kind=cue.kind if cue is not None else a.kind,
        name=cue.name if cue is not None else None,
        role=cue.role if cue is not None else None,
        limit_s=cue.limit_s if cue is not None else a.limit_s,
        group=cue.group if cue is not None else False,
        after=b.after,
        starts_item=a.starts_item or b.starts_item,
        item_title=a.item_title or b.item_title,
        starts_closing=a.starts_closing or b.starts_closing,
        decisions=a.decisions + b.decisions,
    )
    if joined.starts_item and joined.starts_closing:
        joined = replace(joined, starts_closing=False)
    return replace(draft, rows=draft.rows[:i] + (joined,) + draft.rows[i + 2 :])


def can_split(draft: Draft, i: int, at: int | None = None) -> bool:
    if not 0 <= i < len(draft.rows) or draft.rows[i].kind == "title":
        return False
    text = draft.rows[i].text
    if at is None:
        return len(text.strip()) >= 2
    return 0 < at < len(text) and bool(text[:at].strip()) and bool(text[at:].strip())


def split(draft: Draft, i: int, at: int) -> Draft:
    """Row i becomes two at character `at` (a passage run into the next, a cue inside one).

    The first part keeps the item and closing marks. A cue stays with the part whose
    words are a cue (the first, when both or neither are); the other part is a passage of
    the same kind as before, or plain text for a title, heading or overview."""
    if not can_split(draft, i, at):
        raise EditRefused("no text on one side of the cut")
    row = draft.rows[i]
    first_text, second_text = row.text[:at].rstrip(), row.text[at:].lstrip()
    plain: RowKind = (
        row.kind if row.kind in ("text", "direction", "vote", "closing", "salutation") else "text"
    )
    first = replace(row, text=first_text)
    second = Row(second_text, row.line, plain)
    rest: tuple[Row, ...] = ()
    if row.is_cue:
        in_second = find_cue(normalise(second_text)) is not None
        in_first = find_cue(normalise(first_text)) is not None
        if in_second and not in_first:
            second = replace(
                row,
                text=second_text,
                starts_item=False,
                item_title=None,
                starts_closing=False,
                decisions=(),
            )
            first = Row(
                first_text,
                row.line,
                "text",
                starts_item=row.starts_item,
                item_title=row.item_title,
                starts_closing=row.starts_closing,
                decisions=row.decisions,
            )
        else:
            first = replace(first, after=None)
            second = Row(second_text, row.line, "text")
            if row.after:
                rest = (Row(row.after, row.line, "direction"),)
    return replace(draft, rows=draft.rows[:i] + (first, second) + rest + draft.rows[i + 1 :])


def sentence_cuts(text: str) -> list[int]:
    """Where a split at a sentence's end may fall: the offsets after each sentence but the last."""
    from chair.text import split_sentences

    cuts, at = [], 0
    for sentence in split_sentences(text)[:-1]:
        at += len(sentence)
        cuts.append(at)
    return [c for c in cuts if text[:c].strip() and text[c:].strip()]


def can_set(draft: Draft, i: int) -> bool:
    """Whether the row has anything to set: a cue's name, role, limit; an item's title."""
    if not 0 <= i < len(draft.rows):
        return False
    row = draft.rows[i]
    return row.is_cue or row.starts_item or row.kind == "title"


def set_cue(draft: Draft, i: int, *, name: str | None, role: str | None, limit_s: int) -> Draft:
    """The cue's speaker, office and limit; an empty name is one to fill in live."""
    row = _check_index(draft, i)
    if not row.is_cue:
        raise EditRefused("not a speaker cue")
    if limit_s <= 0 or limit_s > 24 * 3600:
        raise EditRefused("a limit is more than zero and less than a day")
    name = (name or "").strip() or None
    role = (role or "").strip() or None
    decisions = tuple(d for d in row.decisions if not d.what.startswith("limit"))
    return _with_row(
        draft,
        i,
        replace(
            row,
            name=name,
            role=role,
            limit_s=limit_s,
            group=row.group and name is None,
            decisions=decisions,
        ),
    )


def set_item_title(draft: Draft, i: int, title: str | None) -> Draft:
    """The title of the item row i starts; empty: taken from the overview or the text again."""
    row = _check_index(draft, i)
    if not row.starts_item:
        raise EditRefused("the row does not start an item")
    return _with_row(draft, i, replace(row, item_title=(title or "").strip() or None))


def set_title(draft: Draft, title: str) -> Draft:
    """The meeting's title (shown in the header, never read aloud)."""
    title = title.strip()
    if not title:
        raise EditRefused("a meeting has a title")
    rows = tuple(replace(r, text=title) if r.kind == "title" else r for r in draft.rows)
    return replace(draft, title=title, rows=rows)


def parse_limit(text: str) -> int | None:
    """A limit as the chair types it: 5 (minutes), 7.5, 5:30, 90s, 5分钟 -> seconds; None if
    it is not one (or not more than zero and less than a day)."""
    raw = text.strip().lower()
    clock = re.fullmatch(r"(?:(\d+):)?(\d+):(\d{1,2})", raw)
    seconds: float | None = None
    if clock:
        h, m, s = clock.groups()
        seconds = int(h or 0) * 3600 + int(m) * 60 + int(s)
    else:
        unit = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(s|sec|秒|m|min|分钟|分|h|小时)?", raw)
        if unit:
            factor = {"s": 1, "sec": 1, "秒": 1, "h": 3600, "小时": 3600}.get(
                unit.group(2) or "", 60
            )
            seconds = float(unit.group(1)) * factor
    if seconds is None or not 0 < seconds <= 24 * 3600:
        return None
    return round(seconds)


# --- what to look at twice ------------------------------------------------------------------


@dataclass(frozen=True)
class Doubt:
    """Why a row deserves a second look: `what` is a word of `chair.i18n` (`review.doubt.WHAT`,
    or `check.decision.WHAT` for the parser's own decisions), `detail` fills it in."""

    what: str
    detail: str = ""
    decision: bool = False


def doubts(draft: Draft) -> dict[int, list[Doubt]]:
    """The rows a careful reader would look at again, each with its reasons: the parser's
    decisions on it, a cue whose name is still a placeholder, a passage whose words read
    like a cue or an item's start, an overview that promises another number of items."""
    out: dict[int, list[Doubt]] = {}
    starts = item_starts(draft)
    n_items = len(starts)
    overview = len(draft.base.overview)

    def add(i: int, doubt: Doubt) -> None:
        out.setdefault(i, []).append(doubt)

    for k, (start, title) in enumerate(zip(starts, item_titles(draft), strict=True)):
        end = starts[k + 1] if k + 1 < len(starts) else closing_at(draft) or len(draft.rows)
        if title_names_a_turn(title) and not any(r.is_cue for r in draft.rows[start:end]):
            add(start, Doubt("no_turn", title))  # 教师代表发言 and nobody found to speak
    for i, row in enumerate(draft.rows):
        for d in row.decisions:
            add(i, Doubt(d.what, d.detail, decision=True))
        if row.kind == "title":
            continue
        norm = normalise(row.text)
        if row.is_cue:
            if row.name is None and not row.group:
                add(i, Doubt("unnamed"))
            elif row.name and PLACEHOLDER.search(row.name):
                add(i, Doubt("unnamed"))
            continue
        if row.kind == "overview" and overview and overview != n_items:
            add(i, Doubt("overview", f"{overview}/{n_items}"))
        if row.kind in ("text", "salutation") and find_cue(norm) is not None:
            add(i, Doubt("looks_cue"))
        number = P.item_number(norm)
        if not row.starts_item and number is not None and number[1]:
            add(i, Doubt("looks_item", str(number[0]) if number[0] > 0 else ""))
    return out


def doubtful(meeting: Meeting) -> set[int]:
    """The source lines of the steps worth a second look (`doubts`), for a front end that
    shows the script by its lines."""
    draft = from_meeting(meeting)
    return {draft.rows[i].line for i in doubts(draft)}


# --- undo -----------------------------------------------------------------------------------


Edit = Callable[..., Draft]


class Review:
    """The draft being corrected with its history: every edit can be undone and redone."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self._undo: list[Draft] = []
        self._redo: list[Draft] = []
        self.saved: Draft | None = None
        """The draft last saved, to tell whether there is anything left to save."""

    def apply(self, edit: Edit, *args: object, **kwargs: object) -> Draft:
        """Run an edit on the current draft; an edit that changes nothing is not recorded."""
        new = edit(self.draft, *args, **kwargs)
        if new != self.draft:
            self._undo.append(self.draft)
            self._redo.clear()
            self.draft = new
        return self.draft

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> Draft:
        if self._undo:
            self._redo.append(self.draft)
            self.draft = self._undo.pop()
        return self.draft

    def redo(self) -> Draft:
        if self._redo:
            self._undo.append(self.draft)
            self.draft = self._redo.pop()
        return self.draft

    @property
    def edited(self) -> bool:
        """Whether the draft differs from what was read, or from what was saved last."""
        reference = (
            self.saved if self.saved is not None else (self._undo[0] if self._undo else self.draft)
        )
        return self.draft != reference

    def meeting(self) -> Meeting:
        return to_meeting(self.draft)

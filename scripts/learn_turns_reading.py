"""What a learned reader of turns sees of one sentence: the rules' reading and the words.

A part of the meeting (the opening, an item) is a run of sentences; the rules gave each
some turns (`SpeakerCue`s, none for most). For each sentence the reader is shown what the
rules found (how many turns, of what kind, named or not), what the cue finder alone says of
it, where it stands in its item, what its neighbours are, and its characters with the names
the rules cut masked, so it learns the shape of a sentence rather than who is in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chair.model import Meeting

_DIGITS = str.maketrans({c: "0" for c in "0123456789０１２３４５６７８９"})
_MASK = "某"


@dataclass
class Turn:
    name: str | None
    kind: str
    role: str | None
    group: bool


@dataclass
class Sentence:
    """One step as the rules left it: a passage (no turn) or the turns of one cue."""

    text: str
    line: int
    kind: str
    """`cue`, or the passage's kind (text, direction, vote, heading…)."""
    turns: list[Turn] = field(default_factory=list)
    norm: str = ""
    clues: list[str] = field(default_factory=list)
    """What the rules' finders say of the sentence alone (`clues`)."""


def clues(norm: str) -> list[str]:
    """The cue finder's reading of the sentence alone (before any pass weighed it against
    its neighbours), whether it numbers an item, whether it sets a limit."""
    from chair.script.patterns import find_limit, item_number
    from chair.script.people import find_cue

    out = []
    if item_number(norm):
        out.append("item_number")
    if find_limit(norm):
        out.append("limit")
    cue = find_cue(norm) if len(norm) < 400 else None
    if cue is not None:
        out += [
            "cue.kind:" + cue.kind,
            "cue.group:" + str(cue.group),
            "cue.named:" + str(cue.name is not None),
            "cue.people:" + _bucket(len(cue.people)),
            "cue.verb:" + cue.verb,
        ]
    return out


@dataclass
class Part:
    """The opening (`item` None) or one item, as the rules read it."""

    item: int | None
    line: int
    sentences: list[Sentence]


def _sentences(steps: list[Any]) -> list[Sentence]:
    from chair.model import SpeakerCue
    from chair.script.normal import normalise

    out: list[Sentence] = []
    for s in steps:
        if isinstance(s, SpeakerCue):
            turn = Turn(s.name, s.kind, s.role, bool(getattr(s, "group", False)))
            last = out[-1] if out else None
            if (
                last is not None
                and last.kind == "cue"
                and (last.text, last.line) == (s.text, s.line)
            ):
                last.turns.append(turn)
            else:
                out.append(Sentence(s.text, s.line, "cue", [turn]))
        else:
            out.append(Sentence(s.text, s.line, str(getattr(s, "kind", "text"))))
    for sentence in out:
        sentence.norm = normalise(sentence.text)
        sentence.clues = clues(sentence.norm)
    return out


def parts(meeting: Meeting) -> list[Part]:
    """The opening and each item, as runs of sentences with the rules' turns."""
    out = [Part(None, -1, _sentences(meeting.opening))]
    for k, item in enumerate(meeting.items):
        out.append(Part(k, item.line, _sentences(item.steps)))
    return out


def _masked(text: str, norm: str, names: list[str]) -> str:
    """`norm` with the rules' names (found in the original `text`) and digits masked."""
    chars = list(norm) if len(norm) == len(text) else list(text)
    for name in names:
        start = text.find(name)
        while start >= 0:
            chars[start : start + len(name)] = _MASK * len(name)
            start = text.find(name, start + len(name))
    return "".join(chars).translate(_DIGITS)


def _bucket(n: int, top: int = 3) -> str:
    return str(min(n, top))


def features(part: Part) -> list[list[str]]:
    """One list of feature names for each sentence of `part`."""
    sents = part.sentences
    names = sorted(
        {t.name for s in sents for t in s.turns if t.name and len(t.name) >= 2},
        key=len,
        reverse=True,
    )
    masked = [_masked(s.text, s.norm, names)[:200] for s in sents]
    counts = [len(s.turns) for s in sents]
    named = [sum(1 for t in s.turns if t.name) for s in sents]
    out = []
    n = len(sents)
    for k, s in enumerate(sents):
        r = counts[k]
        f = [
            "bias",
            "r" + _bucket(r),
            "kind:" + s.kind,
            "part:" + ("open" if part.item is None else "item"),
            "pos:" + _bucket(k),
            "left:" + _bucket(n - 1 - k),
            "named:" + _bucket(named[k]),
            "later_named:" + _bucket(sum(named[k + 1 :])),
            "earlier_named:" + _bucket(sum(named[:k])),
            "later_turns:" + _bucket(sum(counts[k + 1 :])),
            "earlier_turns:" + _bucket(sum(counts[:k])),
            "prev_r:" + (_bucket(counts[k - 1]) if k else "-"),
            "next_r:" + (_bucket(counts[k + 1]) if k + 1 < n else "-"),
            "prev_kind:" + (sents[k - 1].kind if k else "-"),
            "next_kind:" + (sents[k + 1].kind if k + 1 < n else "-"),
            "len:" + _bucket(len(s.text) // 20, 6),
        ]
        if s.line == part.line:
            f.append("item_line")
        f += s.clues
        if r == 0 and any(c.startswith("cue.kind") for c in s.clues):
            f.append("cue_not_taken")
        elif r and not any(c.startswith("cue.kind") for c in s.clues):
            f.append("turn_without_cue")
        for t in s.turns:
            f.append("turn:" + t.kind + (":named" if t.name else ":nameless"))
            if t.group:
                f.append("turn:group")
            if t.role:
                f.append("turn.role_end:" + t.role[-2:])
        text = masked[k]
        f += ["h:" + text[:2], "h:" + text[:3], "t:" + text[-2:], "t:" + text[-3:]]
        grams = {text[j : j + w] for w in (1, 2, 3) for j in range(len(text) - w + 1)}
        f += ["g:" + g for g in sorted(grams)]
        if k:
            p = masked[k - 1]
            f += ["p.h:" + p[:2], "p.t:" + p[-3:]]
        if k + 1 < n:
            q = masked[k + 1]
            f += ["n.h:" + q[:2], "n.h:" + q[:3]]
        regime = "R0|" if r == 0 else "R1|" if r == 1 else "R2|"
        f += [regime + x for x in f]
        out.append(f)
    return out

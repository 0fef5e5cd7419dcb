"""The rules a meeting keeps: quorum, whether a vote passed, names as a secretary writes them.

No screen, no journal: the session, the dialogs and the minutes all ask these functions,
so the screen and the minutes can never disagree on whether a vote passed.
"""

from __future__ import annotations

import re
from typing import Literal

from chair.events import Absence, AttendanceTaken

VoteRule = Literal["majority", "two_thirds"]

_SEPARATORS = "、，,;；\n"


def quorum(expected: int) -> int:
    """The fewest present that make a quorum: more than half of 应到 (过半数)."""
    return expected // 2 + 1


def quorum_holds(expected: int | None, present: int | None) -> bool | None:
    """Whether more than half of those expected are present; None when a figure is missing."""
    if expected is None or present is None or expected <= 0:
        return None
    return present >= quorum(expected)


def votes_needed(base: int, rule: VoteRule = "majority") -> int:
    """The fewest 同意 votes that carry: more than half of `base`, or two thirds of it."""
    if rule == "two_thirds":
        return -(-2 * base // 3)
    return base // 2 + 1


def vote_base(yes: int, no: int, abstain: int, present: int | None) -> int:
    """What the rule counts against: 实到 when known (and not fewer than the votes cast)."""
    cast = yes + no + abstain
    return max(present, cast) if present is not None else cast


def vote_passes(
    yes: int,
    no: int,
    abstain: int,
    present: int | None,
    rule: VoteRule = "majority",
    unanimous: bool = False,
) -> bool:
    """A vote carries when 同意 reaches the rule's share of 实到 (or of the votes cast)."""
    if unanimous:
        return True
    base = vote_base(yes, no, abstain, present)
    return base > 0 and yes >= votes_needed(base, rule)


def split_names(text: str) -> list[str]:
    """Names as typed: separated by 、 ， ; or new lines, each once, in order."""
    out: list[str] = []
    for part in re.split(f"[{_SEPARATORS}]", text):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


_ABSENCE = re.compile(r"^(?P<name>[^（(]+?)\s*(?:[（(](?P<reason>[^）)]*)[）)])?$")


def parse_absences(text: str) -> list[Absence]:
    """`张三（出差）、李四（病假）、王五` → names with their reasons (the reason is optional)."""
    out: list[Absence] = []
    for part in _split_outside_brackets(text):
        m = _ABSENCE.match(part)
        if m is None:
            out.append(Absence(name=part))
            continue
        reason = (m.group("reason") or "").strip() or None
        out.append(Absence(name=m.group("name").strip(), reason=reason))
    return out


def _split_outside_brackets(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if ch in _SEPARATORS and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def format_absences(absent: tuple[Absence, ...] | list[Absence], lang: str = "zh") -> str:
    """`张三（出差）、李四` in Chinese; `张三 (出差), 李四` in English."""
    if lang == "en":
        return ", ".join(a.name + (f" ({a.reason})" if a.reason else "") for a in absent)
    return "、".join(a.name + (f"（{a.reason}）" if a.reason else "") for a in absent)


def join_names(names: tuple[str, ...] | list[str], lang: str = "zh") -> str:
    return (", " if lang == "en" else "、").join(names)


# The script's quorum sentence: 应到委员35人，实到委员  人，符合规定人数.
_EXPECTED = re.compile(
    r"应到(?P<who>[^\d\s，,。；;人]{0,8}?)\s*(?P<n>\d+|\s*|[×xX*＊_＿]+)\s*(?P<unit>人|名)"
)
_PRESENT = re.compile(
    r"实到(?P<who>[^\d\s，,。；;人]{0,8}?)\s*(?P<n>\d+|\s*|[×xX*＊_＿]+)\s*(?P<unit>人|名)"
)
_HOLDS = re.compile(r"(?<!不)符合(?P<what>规定|法定)人数")


def expected_in_script(sentences: list[str]) -> int | None:
    """应到 as the script writes it (应到委员35人), to offer in the attendance dialog."""
    for sentence in sentences:
        m = _EXPECTED.search(sentence)
        if m and m.group("n").strip().isdigit():
            return int(m.group("n").strip())
    return None


def fill_quorum(sentence: str, attendance: AttendanceTaken | None) -> str:
    """The quorum sentence with 应到 / 实到 filled in, and 不符合 when the quorum fails."""
    if attendance is None or "到" not in sentence:
        return sentence

    expected = attendance.expected
    text = sentence
    if expected is not None:
        text = _EXPECTED.sub(lambda m: _fill_match(m, expected), text, count=1)
    if attendance.present is not None:
        present = attendance.present
        text = _PRESENT.sub(lambda m: _fill_match(m, present), text, count=1)
    holds = quorum_holds(_script_expected(text, expected), attendance.present)
    if holds is False:
        text = _HOLDS.sub(lambda m: f"不符合{m.group('what')}人数", text)
    return text


def _script_expected(text: str, expected: int | None) -> int | None:
    if expected is not None:
        return expected
    m = _EXPECTED.search(text)
    return int(m.group("n")) if m and m.group("n").strip().isdigit() else None


def _fill_match(m: re.Match[str], value: int | None) -> str:
    if value is None:
        return m.group(0)
    start = m.start("n") - m.start(0)
    end = m.end("n") - m.start(0)
    whole = m.group(0)
    return whole[:start].rstrip() + str(value) + whole[end:].lstrip()


def is_quorum_sentence(sentence: str) -> bool:
    """Whether a sentence states 实到 (the figure the secretary fills in)."""
    return _PRESENT.search(sentence) is not None


# Item titles are written by the chair in the first person: 由我围绕…领学.
_FIRST_PERSON = re.compile(r"由我(?!们)|本人(?=[作对就围主])")


def third_person(text: str, chair: str | None, lang: str = "zh") -> str:
    """`由我作总结` → `由王主任作总结` (or `由主持人…` when the chair is not named)."""
    who = chair or ("主持人" if lang != "en" else "the chair")
    return _FIRST_PERSON.sub(lambda m: ("由" if m.group(0).startswith("由") else "") + who, text)

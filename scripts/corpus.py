#!/usr/bin/env python3
"""Score the parser on annotated scripts: `NAME.txt` (or .docx) beside `NAME.expect.yaml`.

    python scripts/corpus.py [DIR] [--json] [--detail]
    python scripts/corpus.py DIR --against OTHER   # two readers' annotations, compared

Prints one row per script and one per style (the annotation's `style`) and the total, with
the share right of: items (count and titles), cues (how many, per item), kinds, names,
roles, limits, votes, title, place. A change that helps one style and breaks another shows
at once. The default DIR is tests/data/scripts.

An item's title is right when it names the item as the annotation does (`title`, or one of
`also`: the other names the script itself gives the item, an overview entry, a heading or
the announcement's words), with punctuation ignored and either one allowed to hold the other
whole or in order (`区长致辞` for `请区长韦丽君致辞`). Readers differ on which name an item
goes by and whether it keeps the speaker's name; the count and the turns of each item are
what a wrong reading changes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

from chair.model import DEFAULT_LIMIT_S, Meeting, SpeakerCue  # noqa: E402
from chair.script.load import load_meeting  # noqa: E402

FIELDS = ("items", "cues", "kinds", "names", "roles", "limits", "votes", "title", "place")
_PUNCT = re.compile(r"[\W_]+")


def _bare(text: str | None) -> str:
    return _PUNCT.sub("", text or "")


def same_text(expected: str | None, ours: str | None) -> bool:
    """Equal, or one contains the other after punctuation is stripped; None only matches None."""
    if expected is None or ours is None:
        return expected is None and ours is None
    a, b = _bare(expected), _bare(ours)
    return bool(a and b) and (a in b or b in a)


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


def same_title(expected: str | None, ours: str | None) -> bool:
    """An item's title: as `same_text`, or the shorter one's words all in the longer one, in
    order (`支部书记讲专题党课` names the item `请支部书记苗文斌同志讲专题党课` announces:
    readers differ on whether the title keeps the speaker's name; the item is the same)."""
    if same_text(expected, ours):
        return True
    a, b = _bare(expected), _bare(ours)
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and _in_order(short, long)


def named(expected_item: dict[str, Any], ours: str | None) -> bool:
    """The item's title or one of the other names the script gives it (`also`: an overview
    entry, a heading, the announcement's words), any of which a secretary would accept."""
    names = [expected_item.get("title"), *(expected_item.get("also") or [])]
    return any(same_title(n, ours) for n in names)


def annotation(path: Path) -> dict[str, Any]:
    """An annotation file read with libyaml where PyYAML has it (eight times faster than the
    pure-Python reader, and the corpus has thousands of them)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}


def scripts(folder: Path) -> list[tuple[Path, Path]]:
    """(script, annotation) pairs in `folder`, by name."""
    out = []
    for expect in sorted(folder.glob("*.expect.yaml")):
        stem = expect.name[: -len(".expect.yaml")]
        for suffix in (".txt", ".md", ".docx"):
            script = expect.with_name(stem + suffix)
            if script.exists():
                out.append((script, expect))
                break
    return out


def _cue_rows(cues: list[SpeakerCue], expected: list[dict[str, Any]]) -> dict[str, bool]:
    same = len(cues) == len(expected)
    pairs = list(zip(cues, expected, strict=False)) if same else []
    return {
        "kinds": same and all(c.kind == e.get("kind", "speech") for c, e in pairs),
        "names": same and all(same_text(e.get("name"), c.name) for c, e in pairs),
        "roles": same and all(same_text(e.get("role"), c.role) for c, e in pairs),
        "limits": same
        and all(
            c.limit_s == e.get("limit_s", DEFAULT_LIMIT_S)
            for c, e in pairs
            if e.get("kind", "speech") == "speech"
        ),
    }


def score(meeting: Meeting, expect: dict[str, Any]) -> dict[str, Any]:
    """Which fields of one annotation the parsed meeting gets right, and why not."""
    items = expect.get("items") or []
    got_items = meeting.items
    result: dict[str, Any] = {"why": []}
    n_ok = len(got_items) == len(items)
    titles_ok = n_ok and all(named(e, g.title) for e, g in zip(items, got_items, strict=False))
    result["items"] = titles_ok
    if not n_ok:
        result["why"].append(f"items {len(got_items)} != {len(items)}")
    elif not titles_ok:
        bad = [
            (e.get("title"), g.title)
            for e, g in zip(items, got_items, strict=False)
            if not named(e, g.title)
        ]
        result["why"].append(f"titles {bad[:2]}")
    groups = [
        (
            [c for c in meeting.opening if isinstance(c, SpeakerCue)],
            expect.get("opening_cues") or [],
        )
    ]
    groups += [(g.speakers, e.get("cues") or []) for e, g in zip(items, got_items, strict=False)]
    counts_ok = n_ok and all(len(c) == len(e) for c, e in groups)
    result["cues"] = counts_ok
    if n_ok and not counts_ok:
        result["why"].append("cues " + str([(len(c), len(e)) for c, e in groups]))
    rows = [_cue_rows(c, e) for c, e in groups] if counts_ok else []
    for name in ("kinds", "names", "roles", "limits"):
        result[name] = counts_ok and all(r[name] for r in rows)
        if counts_ok and not result[name]:
            result["why"].append(name + " " + _first_diff(name, groups))
    result["votes"] = n_ok and all(
        sum(1 for s in g.steps if getattr(s, "kind", None) == "vote") == (e.get("votes") or 0)
        for e, g in zip(items, got_items, strict=False)
    )
    if n_ok and not result["votes"]:
        result["why"].append(
            "votes "
            + str(
                [sum(1 for s in g.steps if getattr(s, "kind", None) == "vote") for g in got_items]
            )
        )
    result["title"] = same_text(expect.get("title"), meeting.title) if expect.get("title") else True
    result["place"] = same_text(expect.get("place"), meeting.place) if expect.get("place") else True
    if not result["title"]:
        result["why"].append(f"title {meeting.title!r} != {expect.get('title')!r}")
    if not result["place"]:
        result["why"].append(f"place {meeting.place!r} != {expect.get('place')!r}")
    return result


def _first_diff(name: str, groups: list[tuple[list[SpeakerCue], list[dict[str, Any]]]]) -> str:
    for cues, expected in groups:
        for c, e in zip(cues, expected, strict=False):
            got = {"kinds": c.kind, "names": c.name, "roles": c.role, "limits": c.limit_s}[name]
            want = {
                "kinds": e.get("kind", "speech"),
                "names": e.get("name"),
                "roles": e.get("role"),
                "limits": e.get("limit_s", DEFAULT_LIMIT_S),
            }[name]
            if name == "limits" and e.get("kind", "speech") != "speech":
                continue
            if (got != want) if name in ("kinds", "limits") else not same_text(want, got):
                return f"{got!r} != {want!r}"
    return ""


def run(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for script, expect_path in scripts(folder):
        expect = annotation(expect_path)
        try:
            meeting = load_meeting(script)
            row = score(meeting, expect)
        except Exception as exc:  # a crash is a row of failures, not the end of the table
            row = {name: False for name in FIELDS} | {"why": [f"crash: {exc!r}"]}
        row["script"] = script.name
        row["style"] = expect.get("style") or "-"
        rows.append(row)
    return rows


def table(rows: list[dict[str, Any]], detail: bool) -> str:
    head = f"{'script':34} " + " ".join(f"{f[:6]:>6}" for f in FIELDS)
    lines = [head, "-" * len(head)]
    for row in rows:
        marks = " ".join(f"{'✓' if row[f] else '✗':>6}" for f in FIELDS)
        lines.append(f"{row['script'][:34]:34} {marks}")
        if detail and row["why"]:
            lines.append(f"    {'; '.join(row['why'])}")
    lines.append("-" * len(head))
    by_style: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_style[row["style"]].append(row)
    for style, group in sorted(by_style.items()):
        lines.append(_summary(f"style {style} ({len(group)})", group))
    lines.append(_summary(f"TOTAL ({len(rows)})", rows))
    both = sum(1 for r in rows if r["items"] and r["cues"])
    lines.append(f"items and cues both right: {both}/{len(rows)}")
    return "\n".join(lines)


def _summary(label: str, group: list[dict[str, Any]]) -> str:
    return f"{label[:34]:34} " + " ".join(f"{sum(1 for r in group if r[f]):>6}" for f in FIELDS)


def _names(item: dict[str, Any]) -> list[str]:
    return [n for n in [item.get("title"), *(item.get("also") or [])] if n]


def agree(one: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """Where two readers' annotations of one script differ in what the corpus scores first:
    the number of items, their names (any of one's names like any of the other's), and the
    number of turns before the first item and in each item. Empty when they agree."""
    items, others = one.get("items") or [], other.get("items") or []
    if len(items) != len(others):
        return [f"items {len(items)} != {len(others)}"]
    why = [
        f"item {n}: {a.get('title')} / {b.get('title')}"
        for n, (a, b) in enumerate(zip(items, others, strict=True), start=1)
        if not any(same_title(x, y) for x in _names(a) for y in _names(b))
    ]
    counts = [len(one.get("opening_cues") or []), *(len(i.get("cues") or []) for i in items)]
    theirs = [len(other.get("opening_cues") or []), *(len(i.get("cues") or []) for i in others)]
    if counts != theirs:
        why.append(f"cues {counts} != {theirs}")
    return why


def agreement(folder: Path, against: Path) -> str:
    """Every annotation in `against` compared with the one of the same name in `folder`: a
    second reader's, written blind, shows whether careful readers agree on a script."""
    lines, same, total = [], 0, 0
    for path in sorted(against.glob("*.expect.yaml")):
        mine = folder / path.name
        if not mine.is_file():
            continue
        total += 1
        why = agree(annotation(mine), annotation(path))
        same += not why
        lines += [f"{path.name[: -len('.expect.yaml')]}: {'; '.join(why)}"] if why else []
    lines.append(f"items and cues agree: {same}/{total}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "data" / "scripts"))
    ap.add_argument("--json", action="store_true", help="rows as JSON")
    ap.add_argument("--detail", action="store_true", help="say why a row is wrong")
    ap.add_argument("--against", metavar="OTHER", help="compare with another reader's annotations")
    args = ap.parse_args(argv)
    if args.against:
        print(agreement(Path(args.folder), Path(args.against)))
        return 0
    rows = run(Path(args.folder))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(table(rows, args.detail))
    return 0


if __name__ == "__main__":
    sys.exit(main())

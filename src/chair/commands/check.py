"""`chair check SCRIPT [--json]`: the parsed agenda, without starting the meeting.

Lets the chair (or a script in CI) see what `chair run` will walk through: the items,
their speakers and limits, the reading time, the forecast, and what looked odd.
Imports stay minimal (no Textual): this command must start fast.
"""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from typing import Any

from chair.model import (
    DEFAULT_LIMIT_S,
    Meeting,
    SpeakerCue,
    forecast_seconds,
    reading_seconds,
)
from chair.timefmt import format_hours, format_span


def _sha_if_rehearsed(args: Namespace, script_sha256: Any) -> str | None:
    """The script's SHA-256 only when a remembered speed could apply: with `--speed`, or
    before any rehearsal has written the speeds file, hashing (and importing hashlib and
    chair.speeds) would only slow the check down."""
    from chair import paths

    if getattr(args, "speed", None) or not paths.speeds_file().exists():
        return None
    return script_sha256(args.script)


def summary(meeting: Meeting, speed: float, source: str) -> dict[str, Any]:
    """The object `chair check --json` prints (plus the speed used)."""
    return {
        "title": meeting.title,
        "items": [
            {
                "number": item.number,
                "title": item.title,
                "chars": item.chars,
                "speakers": [{"name": c.name, "limit_s": c.limit_s} for c in item.speakers],
            }
            for item in meeting.items
        ],
        "speakers": len(meeting.speakers),
        "estimated_s": forecast_seconds(meeting, speed),
        "warnings": list(meeting.warnings),
        "speed": speed,
        "speed_source": source,
    }


def _limit_s(args: Namespace) -> int:
    limit = getattr(args, "limit", None)
    return round(limit * 60) if limit else DEFAULT_LIMIT_S


def main(args: Namespace) -> int:
    from chair.script.load import load_meeting, script_sha256

    meeting = load_meeting(args.script, default_limit_s=_limit_s(args))
    from chair.speeds import resolve_speed

    speed, source = resolve_speed(getattr(args, "speed", None),
                                  _sha_if_rehearsed(args, script_sha256))
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(summary(meeting, speed, source), ensure_ascii=False, indent=2) + "\n")
        return 0
    render(meeting, speed, source, getattr(args, "lang", "zh") or "zh")
    return 0


MAX_TREE_LINES = 1000
"""The most agenda lines (and warnings) `chair check` prints; `--json` has them all."""


def render(meeting: Meeting, speed: float, source: str, lang: str) -> None:
    """The agenda as a Rich tree, counts and forecast below, warnings in yellow."""
    from rich.console import Console
    from rich.markup import escape
    from rich.tree import Tree

    from chair.i18n import section

    t = section(lang, "check.")
    console = Console(highlight=False)

    def reading(chars: int) -> str:
        return f"{chars} {t['chars']} · {t['reading']} {format_span(reading_seconds(chars, speed))}"

    tree = Tree(f"[bold]{escape(meeting.title)}[/bold]")
    shown = 0
    """Tree lines so far: a huge agenda shows its first `MAX_TREE_LINES` (the counts and the
    forecast below still cover all of it), so `check` stays fast on any file."""

    def add(parent: Tree, label: str) -> Tree | None:
        nonlocal shown
        shown += 1
        return parent.add(label) if shown <= MAX_TREE_LINES else None

    opening_chars = sum(s.chars for s in meeting.opening)
    if meeting.opening:
        add(tree, f"[dim]{t['opening']} · {reading(opening_chars)}[/dim]")
    for item in meeting.items:
        node = add(tree, f"[bold]{item.number}.[/bold] {escape(item.title)} [dim]· {reading(item.chars)}[/dim]")
        for n, cue in enumerate(item.speakers, start=1):
            name = escape(cue.name) if cue.name else f"[italic]{t['tbd']}[/italic]"
            add(node or tree, f"{n}. {name} · {t['limit']} {format_span(cue.limit_s)}")
    if not meeting.items:
        add(tree, f"[dim]{t['no_items']}[/dim]")
    outside = [c for c in meeting.opening + meeting.closing if isinstance(c, SpeakerCue)]
    for cue in outside:
        add(tree, f"{escape(cue.name) if cue.name else t['tbd']} · {t['limit']} {format_span(cue.limit_s)}")
    if meeting.closing:
        closing_chars = sum(s.chars for s in meeting.closing)
        add(tree, f"[dim]{t['closing']} · {reading(closing_chars)}[/dim]")
    if shown > MAX_TREE_LINES:
        tree.add(f"[dim]… +{shown - MAX_TREE_LINES}[/dim]")
    console.print(tree)
    if meeting.written_statements:
        console.print(f"{t['written']}: " + escape("；".join(meeting.written_statements)))
    console.print(
        f"{len(meeting.items)} {t['items']} · {len(meeting.speakers)} {t['speakers']} · "
        f"{meeting.chars} {t['chars']}"
    )
    src = t.get(f"source.{source}", source)
    console.print(
        f"[bold]{t['forecast']}: {format_hours(forecast_seconds(meeting, speed))}[/bold] "
        f"({t['speed']} {speed:g} {t['per_min']}, {src})"
    )
    for warning in meeting.warnings[:MAX_TREE_LINES]:
        console.print(f"[yellow]⚠ {escape(warning)}[/yellow]")
    if len(meeting.warnings) > MAX_TREE_LINES:
        console.print(f"[yellow]⚠ … +{len(meeting.warnings) - MAX_TREE_LINES}[/yellow]")

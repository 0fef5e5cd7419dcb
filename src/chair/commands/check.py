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
    Decision,
    Meeting,
    Passage,
    SpeakerCue,
    Step,
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


def _cue(cue: SpeakerCue) -> dict[str, Any]:
    return {
        "name": cue.name,
        "limit_s": cue.limit_s,
        "kind": cue.kind,
        "role": cue.role,
        "timed": cue.timed,
        "group": cue.group,
    }


def decision_text(decision: Decision, lang: str) -> str:
    """第3行：请工作人员宣读名单 → 宣读，不计时 — one parser decision, as `check` says it."""
    from chair.i18n import section

    t = section(lang, "check.")
    detail = decision.detail
    if decision.what.startswith("limit_") and detail.isdigit():
        detail = format_span(int(detail))
    said = t.get(f"decision.{decision.what}", decision.what).format(detail=detail)
    return f"{t['at_line'].format(line=decision.line)}{decision.text} → {said}"


def summary(meeting: Meeting, speed: float, source: str, lang: str = "zh") -> dict[str, Any]:
    """The object of the `check --json` contract, plus the speed used, each cue's kind and
    role, and what the parser decided. `speakers` counts the speeches (the cues the timer
    runs for); `actions` the untimed steps by another person (宣读, 颁奖…)."""
    cues = meeting.speakers
    return {
        "title": meeting.title,
        "items": [
            {
                "number": item.number,
                "title": item.title,
                "chars": item.chars,
                "speakers": [_cue(c) for c in item.speakers],
                "votes": sum(1 for s in item.steps if isinstance(s, Passage) and s.kind == "vote"),
            }
            for item in meeting.items
        ],
        "speakers": sum(1 for c in cues if c.timed),
        "actions": sum(1 for c in cues if not c.timed),
        "estimated_s": forecast_seconds(meeting, speed),
        "warnings": list(meeting.warnings),
        "place": meeting.place,
        "attendance": list(meeting.attendance),
        "decisions": [
            {
                "line": d.line,
                "text": d.text,
                "what": d.what,
                "detail": d.detail,
                "said": decision_text(d, lang),
            }
            for d in meeting.decisions
        ],
        "speed": speed,
        "speed_source": source,
    }


def _limit_s(args: Namespace) -> int:
    limit = getattr(args, "limit", None)
    return round(limit * 60) if limit else DEFAULT_LIMIT_S


def _reviewed(args: Namespace, script_sha256: Any) -> Meeting | None:
    """The agenda `chair review` saved for these very script bytes: what `chair run` will
    run, so what `check` must show (and say so). Hashing only once anything was reviewed."""
    from chair import paths

    if not paths.reviewed_file().exists():
        return None
    from pathlib import Path

    from chair.commands.review import reviewed_meeting

    lang = getattr(args, "lang", None) or "zh"
    script = Path(args.script)
    found = reviewed_meeting(script, script_sha256(script), lang, _limit_s(args))
    return found[0] if found is not None else None


def main(args: Namespace) -> int:
    from chair.script.load import load_meeting, script_sha256

    meeting = _reviewed(args, script_sha256) or load_meeting(
        args.script, default_limit_s=_limit_s(args)
    )
    from chair.speeds import resolve_speed

    speed, source = resolve_speed(
        getattr(args, "speed", None), _sha_if_rehearsed(args, script_sha256)
    )
    if getattr(args, "json", False):
        lang = getattr(args, "lang", "zh") or "zh"
        data = summary(meeting, speed, source, lang)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
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

    def part(steps: list[Step], name: str) -> None:
        """The opening or the closing, with any turn it holds under it, where it happens."""
        chars = sum(s.chars for s in steps)
        node = add(tree, f"[dim]{t[name]} · {reading(chars)}[/dim]")
        for cue in steps:
            if isinstance(cue, SpeakerCue):
                add(node or tree, _cue_label(cue, t))

    if meeting.opening:
        part(meeting.opening, "opening")
    for item in meeting.items:
        votes = sum(1 for s in item.steps if isinstance(s, Passage) and s.kind == "vote")
        voted = f" · {t['vote']} ×{votes}" if votes else ""
        node = add(
            tree,
            f"[bold]{item.number}.[/bold] {escape(item.title)} [dim]· {reading(item.chars)}{voted}[/dim]",
        )
        for n, cue in enumerate(item.speakers, start=1):
            add(node or tree, f"{n}. {_cue_label(cue, t)}")
    if not meeting.items:
        add(tree, f"[dim]{t['no_items']}[/dim]")
    if meeting.closing:
        part(meeting.closing, "closing")
    if shown > MAX_TREE_LINES:
        tree.add(f"[dim]… +{shown - MAX_TREE_LINES}[/dim]")
    console.print(tree)
    if meeting.written_statements:
        console.print(f"{t['written']}: " + escape("；".join(meeting.written_statements)))
    actions = len(meeting.speakers) - len(meeting.timed_speakers)
    console.print(
        f"{len(meeting.items)} {t['items']} · {len(meeting.timed_speakers)} {t['speakers']} · "
        + (f"{actions} {t['actions']} · " if actions else "")
        + f"{meeting.chars} {t['chars']}"
    )
    src = t.get(f"source.{source}", source)
    console.print(
        f"[bold]{t['forecast']}: {format_hours(forecast_seconds(meeting, speed))}[/bold] "
        f"({t['speed']} {speed:g} {t['per_min']}, {src})"
    )
    _notes(console, meeting, lang, t)


def _notes(console: Any, meeting: Meeting, lang: str, t: dict[str, str]) -> None:
    """What the parser decided where a reader could differ, then the warnings."""
    from rich.markup import escape

    from chair.i18n import warning_in

    if meeting.decisions:
        console.print(f"[dim]{t['decisions']}:[/dim]")
        for decision in meeting.decisions[:MAX_TREE_LINES]:
            shown = "\n".join(
                escape(line)
                for line in _decision_lines(decision_text(decision, lang), console.width)
            )
            console.print(f"[dim]{shown}[/dim]", soft_wrap=True)
    for warning in meeting.warnings[:MAX_TREE_LINES]:  # in the interface's language, as run says it
        console.print(f"[yellow]⚠ {escape(warning_in(warning, lang))}[/yellow]")
    if len(meeting.warnings) > MAX_TREE_LINES:
        console.print(f"[yellow]⚠ … +{len(meeting.warnings) - MAX_TREE_LINES}[/yellow]")


def _decision_lines(text: str, columns: int) -> list[str]:
    """One decision, `第9行：… → 宣读，不计时`, on one line where it fits; else what was read on
    the first and `→ what was decided` under it, each wrapped under the punctuation rules and
    hung under the line number (Rich's own wrap breaks at the space after →)."""
    from chair.tui.wrapping import cell_width, wrap

    width = max(20, columns - 4)
    if cell_width(text) <= columns - 2:
        return ["  " + text]
    read, arrow, decided = text.partition(" → ")
    parts = [read, arrow.strip() + " " + decided] if arrow else [text]
    lines: list[str] = []
    for part in parts:
        lines.extend(wrap(part, width))
    return [("  " if k == 0 else "    ") + line for k, line in enumerate(lines)]


def _cue_label(cue: SpeakerCue, t: dict[str, str]) -> str:
    """张三（局长） · 限时 10:00 ; 宣读 steps say 不计时; an unnamed cue says 待定."""
    from rich.markup import escape

    if cue.name:
        name = escape(cue.name)
    elif cue.group:
        name = f"[italic]{t['group']}[/italic]"
    else:
        name = f"[italic]{t['tbd']}[/italic]"
    if cue.role:
        name += f"（{escape(cue.role)}）"
    timing = f"{t['limit']} {format_span(cue.limit_s)}" if cue.timed else t["untimed"]
    return f"{name} · {timing}"

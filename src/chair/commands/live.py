"""What `chair run`, `chair rehearse` and `chair resume` share: read the options, start or
resume a `LiveMeeting`, run the screen on it, say where the journal is at start and at exit."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chair import paths
from chair.errors import ChairError
from chair.model import DEFAULT_LIMIT_S, Meeting

if TYPE_CHECKING:
    from chair.live_meeting import LiveMeeting
    from chair.model import Meeting


def say(message: str) -> None:
    """A line for the user outside the screen (stderr, so stdout stays clean).

    The terminal may be gone (its window closed: SIGHUP); the journal holds the facts.
    """
    try:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def default_limit_s(args: argparse.Namespace) -> int:
    return int(round(args.limit * 60)) if getattr(args, "limit", None) else DEFAULT_LIMIT_S


def limit_override(meeting: Meeting, args: argparse.Namespace) -> str | None:
    """`--limit` given: the chair's decision for this meeting wins over the limits the
    script names. Returns what to tell the chair at the start, or None."""
    if not getattr(args, "limit", None):
        return None
    limit_s = default_limit_s(args)
    for cue in meeting.speakers:
        cue.limit_s = limit_s
    from chair.i18n import tr
    from chair.timefmt import format_clock

    return tr(args.lang or "zh")("limit_override", time=format_clock(limit_s))


def read_roster(path: str | None) -> list[str]:
    """Names, one a line (or separated by commas / 、), from a text file in any encoding."""
    if not path:
        return []
    from chair.script.decode import decode_bytes
    from chair.script.load import read_bytes

    text = decode_bytes(read_bytes(path), path)
    names: list[str] = []
    for line in text.splitlines():
        for part in line.replace("，", ",").replace("、", ",").split(","):
            part = part.strip()
            if part and part not in names:
                names.append(part)
    return names


def ambiguous_wide(args: argparse.Namespace) -> bool:
    """Measure East Asian Ambiguous characters as two cells (option or CHAIR_AMBIGUOUS_WIDE=1)."""
    if getattr(args, "ambiguous_wide", False):
        return True
    return os.environ.get("CHAIR_AMBIGUOUS_WIDE", "").lower() in ("1", "yes", "true", "wide")


def start(args: argparse.Namespace, mode: str) -> int:
    """A new meeting (or rehearsal) from a script."""
    from chair.script.load import read_script

    script = Path(args.script) if args.script else paths.sample_script()
    limit_s = default_limit_s(args)
    data, sha = read_script(script)
    meeting = _agenda_for(script, sha, args, limit_s, data)
    notice = limit_override(meeting, args)
    if notice:
        say(f"chair: {notice}")
    if not meeting.steps():
        raise ChairError(
            "the script has nothing to show or read (no title, passage or item)", script
        )
    roster = read_roster(args.roster)

    from chair.journal import find_unfinished

    if mode == "run" and not args.journal:
        unfinished = find_unfinished(sha, mode)
        if unfinished is not None and _ask_resume(unfinished, args.lang):
            return resume_path(unfinished, args)

    from chair.live_meeting import LiveMeeting
    from chair.speeds import resolve_speed

    speed, _source = resolve_speed(getattr(args, "speed", None), sha)
    live = LiveMeeting.start(
        meeting,
        args.journal,
        mode=mode,
        script=script,
        sha256=sha,
        lang=args.lang,
        chair=args.chair,
        speed=speed,
        default_limit_s=limit_s,
    )
    return _run_app(live, args, roster, notice)


def _agenda_for(
    script: Path, sha: str, args: argparse.Namespace, limit_s: int, data: bytes | None = None
) -> Meeting:
    """The agenda corrected with `chair review` for this script, if there is one; else the
    script as parsed, after offering the review when the parser left warnings."""
    from chair.commands.review import is_agenda_file, reviewed_meeting
    from chair.script.load import load_meeting

    found = reviewed_meeting(script, sha, args.lang, limit_s)
    if found is not None:
        return found[0]
    meeting = load_meeting(script, default_limit_s=limit_s, data=data)
    if meeting.warnings and not is_agenda_file(script) and _ask_review(meeting, script, args):
        import gc

        from chair.commands.review import run_review

        gc.enable()  # off for the meeting screen's startup (`chair.cli`); the review is another app
        from chair.speeds import resolve_speed

        speed, _source = resolve_speed(getattr(args, "speed", None), sha)
        outcome = run_review(meeting, script, sha, args, speed)
        if outcome.meeting is not None:
            return outcome.meeting
    return meeting


def _ask_review(meeting: Meeting, script: Path, args: argparse.Namespace) -> bool:
    """Offer the review screen before the meeting (on a terminal; elsewhere a note)."""
    from chair.i18n import tr, warning_in

    t = tr(args.lang)
    n = len(meeting.warnings)
    for warning in meeting.warnings:  # 第3项“教师代表发言”没有找到发言人…: what to look at
        say(f"chair: ⚠ {warning_in(warning, args.lang)}")
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        say(t("review.offer_note", n=n, script=script))
        return False
    sys.stderr.write(t("review.offer", n=n))
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("r", "review", "审阅")


def resume_path(path: Path, args: argparse.Namespace) -> int:
    """Go on with the meeting a journal describes, where it stopped."""
    from chair.live_meeting import LiveMeeting

    roster = read_roster(getattr(args, "roster", None))
    live, warnings = LiveMeeting.resume(path)
    for w in warnings:
        say(f"chair: warning: {w}")
    if getattr(args, "lang", None) is None:
        args.lang = live.header.lang if live.header.lang in ("zh", "en") else "zh"
    return _run_app(live, args, roster)


def _run_app(
    live: LiveMeeting, args: argparse.Namespace, roster: list[str], notice: str | None = None
) -> int:
    say(f"chair: journal: {live.journal.path}")
    from chair.tui.app import make_app
    from chair.tui.widgets.teleprompter import DEFAULT_WIDTH

    app = make_app(
        live.session,
        lang=args.lang,
        journal=live.journal,
        roster=roster,
        ambiguous_wide=ambiguous_wide(args),
        rehearsal=live.mode == "rehearse",
        width=getattr(args, "width", None) or DEFAULT_WIDTH,
        focus=bool(getattr(args, "focus", False)),
        bell=bool(getattr(args, "bell", False)),
        blink=not getattr(args, "no_blink", False),
        notice=notice,
    )
    try:
        app.run()
    finally:
        app.cancel_watchdog()
        done = live.conclude()
    say(f"chair: journal: {done.path}")
    if done.rescue is not None:
        raise ChairError(
            f"{done.unwritten} events could not be written to the journal; "
            f"all events were saved to {done.rescue}",
            done.path,
        )
    from chair.launcher import next_step  # only at exit: subprocess, shlex, sysconfig

    outcome = app.return_value
    saved = outcome.rehearsal if outcome is not None else None
    if saved is not None and saved.path is not None:
        say(f"chair: rehearsal report: {saved.path}")
    if done.ended and live.mode == "run":
        say(f"chair: minutes: {next_step('export', done.path)} --format md")
    elif not done.ended:
        say(f"chair: resume with: {next_step('resume', done.path)}")
    if app.return_code not in (None, 0):
        return int(app.return_code)
    return 0


def _ask_resume(path: Path, lang: str) -> bool:
    """Offer to resume an unfinished journal of the same script (only on a terminal)."""
    if not sys.stdin.isatty():
        from chair.launcher import next_step

        say(
            f"chair: note: unfinished meeting journal {path}; go on with: "
            f"{next_step('resume', path)}"
        )
        return False
    from chair.i18n import tr

    question = tr(lang)("resume.ask", path=path)
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("", "y", "yes", "是", "好")

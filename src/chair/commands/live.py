"""What `chair run`, `chair rehearse` and `chair resume` share: open the journal, build or
replay the session, run the screen, say where the journal is at start and at exit."""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from chair import paths
from chair.errors import ChairError
from chair.launcher import next_step
from chair.model import DEFAULT_LIMIT_S, DEFAULT_SPEED, Meeting, meeting_to_dict

JOURNAL_VERSION = 1


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


def resolve_speed(args: argparse.Namespace, sha: str) -> tuple[float, str]:
    """`--speed`, else the speed rehearsed for this script, else the default."""
    if getattr(args, "speed", None):
        return float(args.speed), "--speed"
    try:
        from chair.speeds import remembered_speed
    except ImportError:  # pragma: no cover - rehearsal memory not installed
        return float(DEFAULT_SPEED), "default"
    speed = remembered_speed(sha)
    if speed:
        return speed, "rehearsal"
    return float(DEFAULT_SPEED), "default"


def ambiguous_wide(args: argparse.Namespace) -> bool:
    """Measure East Asian Ambiguous characters as two cells (option or CHAIR_AMBIGUOUS_WIDE=1)."""
    if getattr(args, "ambiguous_wide", False):
        return True
    return os.environ.get("CHAIR_AMBIGUOUS_WIDE", "").lower() in ("1", "yes", "true", "wide")


def build_header(meeting: Meeting, script: Path, sha: str, mode: str, args: argparse.Namespace,
                 speed: float, start_wall: datetime) -> dict[str, Any]:
    return {
        "type": "meeting",
        "version": JOURNAL_VERSION,
        "script": str(script),
        "sha256": sha,
        "title": meeting.title,
        "mode": mode,
        "lang": args.lang,
        "chair": args.chair or meeting.chair,
        "speed": speed,
        "start_wall": start_wall.isoformat(timespec="seconds"),
        "epoch": time.time(),
        "meeting": meeting_to_dict(meeting),
        "t": 0.0,
        "wall": start_wall.isoformat(timespec="seconds"),
    }


def start(args: argparse.Namespace, mode: str) -> int:
    """A new meeting (or rehearsal) from a script."""
    from chair.script.load import load_meeting, script_sha256

    script = Path(args.script) if args.script else paths.sample_script()
    meeting = load_meeting(script, default_limit_s=default_limit_s(args))
    if not meeting.steps():
        raise ChairError("the script has nothing to show or read (no title, passage or item)",
                         script)
    sha = script_sha256(script)
    roster = read_roster(args.roster)

    from chair import journal as journal_mod

    if mode == "run" and not args.journal:
        unfinished = journal_mod.find_unfinished(sha, mode)
        if unfinished is not None and _ask_resume(unfinished, args.lang):
            return resume_path(unfinished, args)

    speed, _source = resolve_speed(args, sha)
    start_wall = datetime.now().astimezone()
    header = build_header(meeting, script, sha, mode, args, speed, start_wall)
    path = Path(args.journal) if args.journal else journal_mod.default_journal_path(meeting.title, mode, start_wall)
    journal = journal_mod.Journal.create(path, header)

    from chair.session import MeetingClock, Session

    session = Session(meeting, clock=MeetingClock(), start_wall=start_wall, mode=mode, speed=speed,
                      default_limit_s=default_limit_s(args))
    session.apply(header)
    session.sink = journal.append
    session.start()
    return _run_app(session, journal, args, roster, mode)


def resume_path(path: Path, args: argparse.Namespace) -> int:
    """Go on with the meeting a journal describes, where it stopped."""
    from chair import journal as journal_mod

    roster = read_roster(getattr(args, "roster", None))
    journal, events, warnings = journal_mod.Journal.reopen(path)
    for w in warnings:
        say(f"chair: warning: {w}")
    header = events[0]
    try:
        if any(ev.get("type") == "end" for ev in events):
            raise ChairError("this meeting has ended; use `chair export` for its minutes", path)
        from chair.replay import replay_journal
        from chair.session import MeetingClock

        speed = header.get("speed")
        session = replay_journal(
            events, path, clock=lambda: 0.0, mode=str(header.get("mode", "run")),
            speed=float(speed) if isinstance(speed, int | float) and speed > 0 else DEFAULT_SPEED)
        last_t = session.last_t
        epoch = header.get("epoch")
        since = time.time() - epoch if isinstance(epoch, int | float) else 0.0
        # The wall clock bridges the gap between two processes, once; never backwards.
        session.clock = MeetingClock(max(last_t, since) if 0 <= since <= 1e8 else last_t)
    except BaseException:
        journal.close()
        raise
    session.sink = journal.append
    session.resume(lost=round(last_t, 3), pid=os.getpid())
    if getattr(args, "lang", None) is None:
        args.lang = header.get("lang") if header.get("lang") in ("zh", "en") else "zh"
    return _run_app(session, journal, args, roster, session.mode)


def _run_app(session: Any, journal: Any, args: argparse.Namespace, roster: list[str], mode: str) -> int:
    say(f"chair: journal: {journal.path}")
    from chair.tui.app import make_app

    app = make_app(session, lang=args.lang, journal=journal, roster=roster,
                   ambiguous_wide=ambiguous_wide(args), rehearsal=mode == "rehearse")
    try:
        app.run()
    finally:
        app.cancel_watchdog()
        journal.retry()
        unwritten = journal.unwritten
        journal.close()
    say(f"chair: journal: {journal.path}")
    if unwritten:
        rescue = _rescue(journal)
        raise ChairError(f"{unwritten} events could not be written to the journal; "
                         f"all events were saved to {rescue}", journal.path)
    saved = getattr(app, "rehearsal_saved", None)  # rehearsal (issue 5): where its report went
    if mode == "rehearse" and saved is not None and saved.path is not None:
        say(f"chair: rehearsal report: {saved.path}")
    if session.ended and mode == "run":
        say(f"chair: minutes: {next_step('export', journal.path)} --format md")
    elif not session.ended:
        say(f"chair: resume with: {next_step('resume', journal.path)}")
    if app.return_code not in (None, 0):
        return int(app.return_code)
    return 0


def _rescue(journal: Any) -> Path:
    """Write every event the journal accepted to a fresh file, when its own file failed."""
    import json
    import tempfile

    for folder in (paths.journal_dir(), Path(tempfile.gettempdir())):
        target = folder / f"{journal.path.stem}.rescue-{os.getpid()}.jsonl"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8") as fh:
                for ev in journal.events:
                    fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
            return target
        except OSError:
            continue
    return journal.path


def _ask_resume(path: Path, lang: str) -> bool:
    """Offer to resume an unfinished journal of the same script (only on a terminal)."""
    if not sys.stdin.isatty():
        say(f"chair: note: unfinished meeting journal {path}; go on with: "
            f"{next_step('resume', path)}")
        return False
    from chair.i18n import tr

    question = tr(lang)("resume.ask", path=path)
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("", "y", "yes", "是", "好")

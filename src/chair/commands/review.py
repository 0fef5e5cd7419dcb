"""`chair review SCRIPT`: correct what the parser read, on a screen, and save the agenda.

The corrected agenda goes beside the script (`NAME.agenda.yaml`; never over a file there
without asking) and is remembered by the script's SHA-256, so `chair run SCRIPT` and
`chair rehearse SCRIPT` run it from then on, and say so. A script reviewed before opens
as it was saved.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from chair.commands.live import ambiguous_wide, default_limit_s, read_roster, say
from chair.model import Meeting

if TYPE_CHECKING:
    from chair.tui.review_app import ReviewOutcome

YAML_SUFFIXES = (".yaml", ".yml")


def is_agenda_file(path: Path) -> bool:
    return path.suffix.lower() in YAML_SUFFIXES


def reviewed_meeting(
    script: Path, sha: str, lang: str, limit_s: int
) -> tuple[Meeting, Path] | None:
    """The agenda corrected before for this script (by its hash), read, and where it is;
    says so on stderr. None for an agenda file or a script never reviewed."""
    if is_agenda_file(script):
        return None
    from chair.i18n import tr
    from chair.reviewed import reviewed_agenda
    from chair.script.load import load_meeting

    agenda = reviewed_agenda(sha)
    if agenda is None:
        return None
    say(tr(lang)("review.using", agenda=agenda, script=script))
    return load_meeting(agenda, default_limit_s=limit_s), agenda


def run_review(
    meeting: Meeting,
    script: Path,
    sha: str,
    args: argparse.Namespace,
    speed: float,
    opened: Path | None = None,
) -> ReviewOutcome:
    """The review screen on `meeting`; saving writes beside `script` and remembers it.

    `opened` is the agenda this command wrote before for the script, if the meeting was read
    from it: saving over it is what the chair means; over any other existing file (an agenda
    file given as SCRIPT included) the screen asks first."""
    from chair.reviewed import agenda_path, save
    from chair.script.edit import Review, from_meeting
    from chair.tui.review_app import make_review_app

    target = opened if opened is not None else agenda_path(script)
    ask = target.exists() and opened is None
    limit_s = default_limit_s(args)

    def write(edited: Meeting) -> Path:
        save(edited, target, script, sha)
        return target

    app = make_review_app(
        Review(from_meeting(meeting, limit_s)),
        save=write,
        target=target,
        ask_overwrite=ask,
        lang=args.lang,
        speed=speed,
        names=read_roster(getattr(args, "roster", None)),
        ambiguous_wide=ambiguous_wide(args),
    )
    outcome = app.run()
    from chair.tui.review_app import ReviewOutcome

    return outcome if outcome is not None else ReviewOutcome(None, None)


def main(args: argparse.Namespace) -> int:
    from chair.script.load import load_meeting, read_script
    from chair.speeds import resolve_speed

    script = Path(args.script)
    limit_s = default_limit_s(args)
    data, sha = read_script(script)
    found = reviewed_meeting(script, sha, args.lang, limit_s)
    opened: Path | None
    if found is not None:
        meeting, opened = found
    else:
        meeting = load_meeting(script, default_limit_s=limit_s, data=data)
        opened = None  # an agenda file given as SCRIPT is saved over only when the chair says so
    if getattr(args, "chair", None):
        meeting.chair = args.chair
    speed, _source = resolve_speed(getattr(args, "speed", None), sha)
    outcome = run_review(meeting, script, sha, args, speed, opened)
    if outcome.saved is not None:
        say(f"chair: wrote {outcome.saved}")
        if not is_agenda_file(script):
            say(f"chair: `chair run {script}` runs this agenda from now on")
    return 0

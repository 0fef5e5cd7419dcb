"""`chair import SCRIPT [-o FILE.yaml [--force]]`: write the editable agenda file.

The secretary fills in names and fixes what the parser got wrong in the YAML, then runs
the meeting from it. Writes to stdout unless `-o` is given.
"""

from __future__ import annotations

import os
import sys
import tempfile
from argparse import Namespace
from pathlib import Path

from chair.errors import ChairError
from chair.model import DEFAULT_LIMIT_S


def main(args: Namespace) -> int:
    from chair.script.agenda import dump
    from chair.script.load import load_meeting

    limit = getattr(args, "limit", None)
    meeting = load_meeting(
        args.script, default_limit_s=round(limit * 60) if limit else DEFAULT_LIMIT_S
    )
    if getattr(args, "chair", None):
        meeting.chair = args.chair
    text = dump(meeting)
    output = getattr(args, "output", None)
    if not output or output == "-":
        sys.stdout.write(text)
        return 0
    if Path(output).exists() and not Path(output).is_dir() and not getattr(args, "force", False):
        raise ChairError(
            "already exists; an agenda may hold hand edits: add --force to "
            "overwrite it, or choose another -o FILE",
            output,
        )
    write_atomically(Path(output), text)
    sys.stderr.write(f"chair: wrote {output}\n")
    return 0


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a crash never leaves half an agenda."""
    if path.is_dir():
        raise ChairError("is a directory; give a file name such as agenda.yaml", path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".chair-", suffix=".yaml", dir=directory)
    except OSError as exc:
        raise ChairError(f"cannot write: {exc.strerror or exc}", path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ChairError(f"cannot write: {exc.strerror or exc}", path) from None

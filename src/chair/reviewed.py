"""Agendas the chair corrected on the review screen, found again by their script's hash.

`chair review SCRIPT` writes the corrected agenda beside the script (`NAME.agenda.yaml`)
and remembers it here, keyed by the SHA-256 of the script's bytes, in one JSON file in the
user data directory (`paths.reviewed_file()`):

    {"version": 1,
     "scripts": {"<sha256>": {"agenda": "/path/NAME.agenda.yaml", "script": "/path/NAME.txt",
                              "saved": "2026-05-01T09:00:00+08:00"}}}

`chair run` and `chair rehearse` look the script up and run the agenda instead, saying
so: the same bytes are the same script wherever the file was moved. A script changed since
has another hash and is read afresh. Like the speeds file, a file that cannot be read
counts as empty, and writing is atomic. No Textual here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from chair import paths
from chair.model import Meeting
from chair.script_table import load_table, store_table, write_atomically

VERSION = 1
SUFFIX = ".agenda.yaml"


def agenda_path(script: str | Path) -> Path:
    """Where the corrected agenda of a script goes: beside it, `NAME.agenda.yaml`; an agenda
    file is corrected in place."""
    script = Path(script)
    if script.suffix.lower() in (".yaml", ".yml"):
        return script
    return script.with_name(script.stem + SUFFIX)


def reviewed_agenda(sha256: str) -> Path | None:
    """The corrected agenda remembered for the script with this hash, if it is still there."""
    entry = load_table(paths.reviewed_file()).get(sha256)
    agenda = entry.get("agenda") if entry else None
    if not isinstance(agenda, str):
        return None
    path = Path(agenda)
    return path if path.is_file() else None


def remember(sha256: str, agenda: Path, script: Path, *, when: datetime | None = None) -> None:
    """Remember that the script with this hash runs from `agenda` from now on."""
    path = paths.reviewed_file()
    scripts = load_table(path)
    scripts[sha256] = {
        "agenda": str(agenda.resolve()),
        "script": str(script.resolve()),
        "saved": (when or datetime.now().astimezone()).isoformat(timespec="seconds"),
    }
    store_table(path, VERSION, scripts)


def save(meeting: Meeting, agenda: Path, script: Path | None, sha256: str | None) -> None:
    """Write the corrected agenda and, for a script that is not an agenda file itself,
    remember it for that script. Raises OSError when the disk refuses."""
    from chair.script.agenda import dump

    head = ""
    if script is not None and sha256 and agenda != script:
        head = f"# reviewed from {script.name} (sha256 {sha256})\n"
    write_atomically(agenda, head + dump(meeting))
    if script is not None and sha256 and agenda != script:
        remember(sha256, agenda, script)

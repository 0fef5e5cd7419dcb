"""A small JSON file of facts kept per script, keyed by the SHA-256 of the script's bytes.

The remembered reading speeds (`chair.speeds`) and the reviewed agendas (`chair.reviewed`)
are each one such file in the user data directory:

    {"version": 1, "scripts": {"<sha256>": {...}, ...}}

A file that is missing, unreadable or damaged counts as empty (what it remembers is a
convenience, never worth an error), and writing is atomic: a crash leaves the old file or
the new one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

Table = dict[str, dict[str, Any]]


def load_table(path: Path) -> Table:
    """The `scripts` table, or an empty one if the file is missing, unreadable or corrupt."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    scripts = data.get("scripts") if isinstance(data, dict) else None
    if not isinstance(scripts, dict):
        return {}
    return {k: v for k, v in scripts.items() if isinstance(k, str) and isinstance(v, dict)}


def store_table(path: Path, version: int, scripts: Table) -> None:
    """Write the whole table; raises OSError when the disk refuses."""
    text = json.dumps(
        {"version": version, "scripts": scripts}, ensure_ascii=False, indent=2, sort_keys=True
    )
    write_atomically(path, text + "\n")


def write_atomically(path: Path, text: str) -> None:
    """A temporary file in the same directory, flushed, then renamed over the old one."""
    import tempfile  # only when writing: reading stays cheap for `chair check`

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".chair-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

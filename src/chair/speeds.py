"""The chair's reading speed, remembered per script after a rehearsal.

One JSON file in the user data directory (`paths.speeds_file()`), keyed by the script's
SHA-256:

    {"version": 1,
     "scripts": {"<sha256>": {"cpm": 237.5, "title": "…", "updated": "2026-05-01T09:00:00+08:00"}}}

Later `chair check`, `run` and `rehearse` use the remembered speed for their forecasts
unless `--speed` says otherwise. The file is written atomically (a temporary file in the
same directory, then `os.replace`), so a crash leaves the old file or the new one, never
half of one. A file that cannot be read or parsed counts as empty: remembering a speed is
a convenience and must never stop a meeting. No Textual here.
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path
from typing import Any

from chair import paths
from chair.model import DEFAULT_SPEED
from chair.script_table import load_table, store_table

VERSION = 1

KEYED_MIN_CPM, KEYED_MAX_CPM = 60.0, 600.0
"""The range the chair's `+` / `-` keys move the reading speed within."""
REMEMBER_MIN_CPM, REMEMBER_MAX_CPM = 60.0, 600.0
"""A rehearsal's measured speed outside this range is shown but not remembered (keys
pressed in a rush)."""


def _valid(cpm: Any) -> bool:
    return (
        isinstance(cpm, (int, float))
        and not isinstance(cpm, bool)
        and math.isfinite(cpm)
        and cpm > 0
    )


def remembered_speed(sha256: str) -> float | None:
    """The speed rehearsed for the script with this SHA-256, in characters a minute."""
    entry = load_table(paths.speeds_file()).get(sha256)
    if entry is None:
        return None
    cpm = entry.get("cpm")
    return float(cpm) if cpm is not None and _valid(cpm) else None


def resolve_speed(given: float | None, sha256: str | None) -> tuple[float, str]:
    """The reading speed for forecasts and where it came from.

    `given` (`--speed`), else the speed remembered from a rehearsal of this script (source
    "rehearsal"), else the default.
    """
    if given:
        return float(given), "--speed"
    if sha256:
        rehearsed = remembered_speed(sha256)
        if rehearsed:
            return rehearsed, "rehearsal"
    return float(DEFAULT_SPEED), "default"


def remember_speed(
    sha256: str, cpm: float, title: str = "", *, when: datetime | None = None
) -> Path:
    """Remember `cpm` for the script with this SHA-256; returns the file written.

    Raises OSError if the file cannot be written (the caller decides how to say so).
    """
    if not _valid(cpm):
        raise ValueError(f"not a reading speed: {cpm!r}")
    path = paths.speeds_file()
    scripts = load_table(path)
    scripts[sha256] = {
        "cpm": round(float(cpm), 1),
        "title": title,
        "updated": (when or datetime.now().astimezone()).isoformat(timespec="seconds"),
    }
    store_table(path, VERSION, scripts)
    return path

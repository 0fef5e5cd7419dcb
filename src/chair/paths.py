"""Where chair keeps its files. Tests point everything at `tmp_path` with `override()`."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_override: Path | None = None


def data_dir() -> Path:
    """User data: journals, rehearsal speeds. $CHAIR_HOME, else XDG_DATA_HOME/chair
    (on Windows %LOCALAPPDATA%\\chair, where Windows keeps a user's program data)."""
    if _override is not None:
        return _override
    env = os.environ.get("CHAIR_HOME")
    if env:
        return Path(env)
    local = os.environ.get("LOCALAPPDATA")
    if sys.platform == "win32" and local:
        return Path(local) / "chair"
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "chair"


def journal_dir() -> Path:
    return data_dir() / "journals"


def speeds_file() -> Path:
    return data_dir() / "speeds.json"


def reviewed_file() -> Path:
    """The agendas corrected with `chair review`, by their script's SHA-256."""
    return data_dir() / "reviewed.json"


def sample_script() -> Path:
    """The sample script shipped inside the package."""
    return Path(__file__).parent / "data" / "sample.txt"


@contextmanager
def override(path: Path) -> Iterator[Path]:
    """Redirect every user directory below `path` (for tests)."""
    global _override
    old, _override = _override, Path(path)
    try:
        yield _override
    finally:
        _override = old

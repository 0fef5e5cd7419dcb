"""A script read before is not parsed again: its `Meeting` is kept under the user's data.

A chair opens the same script many times — `check`, `rehearse`, `run`, `resume` — and
parsing it is now a good part of the time to the first frame (the parser reads many shapes
of script). The parsed meeting is kept, pickled, under a key made of everything the parse
depends on: the file's bytes, its path (warnings name it), the default limit, the
interpreter, and the parser's own source files. Change any of them and the script is parsed
afresh. Anything odd with a kept file (unreadable, from another version, damaged) is the
same as no file: the script is parsed, never refused. The files are the user's own, in the
user's own data directory, written 0600; at most `KEEP` are kept.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

from chair import paths
from chair.model import Meeting

KEEP = 32
"""Scripts remembered; the least recently written go first."""

_PARSER_FILES = ("parse.py", "patterns.py", "people.py", "normal.py", "decode.py", "docx.py")
_HERE = Path(__file__).resolve().parent
_MODEL = _HERE.parent / "model.py"
_parser_sum: str | None = None


def _parser_fingerprint() -> str:
    """The parser's source, hashed: a changed rule is a changed key (read once a process)."""
    global _parser_sum
    if _parser_sum is None:
        digest = hashlib.sha256(sys.version.encode())
        for path in (*(_HERE / name for name in _PARSER_FILES), _MODEL):
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"?")
        _parser_sum = digest.hexdigest()
    return _parser_sum


def key(data: bytes, path: Path, default_limit_s: int) -> str:
    """What a parse of these bytes at this path depends on, as one name."""
    digest = hashlib.sha256(_parser_fingerprint().encode())
    digest.update(f"\0{path.resolve()}\0{default_limit_s}\0".encode(errors="surrogatepass"))
    digest.update(data)
    return digest.hexdigest()


def _folder() -> Path:
    return paths.data_dir() / "parsed"


def recall(name: str) -> Meeting | None:
    """The meeting kept under `name`, or None (never kept, or not readable as one)."""
    try:
        with open(_folder() / f"{name}.pickle", "rb") as fh:
            meeting = pickle.load(fh)
    except Exception:  # a damaged or foreign file is no file: parse again
        return None
    return meeting if isinstance(meeting, Meeting) else None


def keep(name: str, meeting: Meeting) -> None:
    """Keep `meeting` under `name` for the next start; a failure only costs that start."""
    folder = _folder()
    target = folder / f"{name}.pickle"
    part = folder / f"{name}.{os.getpid()}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(
            part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600
        )
        with open(fd, "wb") as fh:
            pickle.dump(meeting, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, target)
        _prune(folder)
    except (OSError, pickle.PicklingError, RecursionError):
        try:
            part.unlink()
        except OSError:
            pass


def _prune(folder: Path) -> None:
    kept = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in kept[KEEP:]:
        old.unlink(missing_ok=True)

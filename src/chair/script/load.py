"""Open any script by its path: text, Word or the agenda YAML, always as a `Meeting`.

The one place that touches the file system for reading scripts, so every bad path
(missing, a directory, unreadable, too large) gets the same one-line error.
"""

from __future__ import annotations

import os
from pathlib import Path

from chair.errors import ChairError
from chair.model import DEFAULT_LIMIT_S, Meeting

MAX_BYTES = 8 * 1024 * 1024
"""No chair's script (text or agenda YAML) is this large (a long one is 100 KB); refusing
larger keeps `chair check` under about 20 s and 600 MB (docs/reliability.md)."""

MAX_DOCX_BYTES = 50 * 1024 * 1024
"""A Word file may carry pictures; its text is bounded by `docx.MAX_DOCUMENT_XML`."""

YAML_SUFFIXES = (".yaml", ".yml")


def _check_path(path: Path, limit: int = MAX_BYTES) -> int:
    """The file's size, after refusing what is not a readable regular file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ChairError("no such file", path) from None
    except OSError as exc:
        raise ChairError(f"cannot read: {exc.strerror or exc}", path) from None
    if path.is_dir():
        raise ChairError("is a directory, not a script", path)
    if not path.is_file():
        raise ChairError("not a regular file", path)
    if st.st_size > limit:
        raise ChairError(
            f"too large for a script ({st.st_size / (1024 * 1024):.0f} MB; "
            f"the limit is {limit // (1024 * 1024)} MB)",
            path,
        )
    if not os.access(path, os.R_OK):
        raise ChairError("cannot read: permission denied", path)
    return st.st_size


def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, with the checks above."""
    path = Path(path)
    _check_path(path, limit)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise ChairError("is a directory, not a script", path) from None
    except OSError as exc:
        raise ChairError(f"cannot read: {exc.strerror or exc}", path) from None
    if len(data) > limit:  # it grew since the check
        raise ChairError(f"too large for a script (the limit is {limit // (1024 * 1024)} MB)", path)
    return data


def load_meeting(
    path: str | Path, *, default_limit_s: int = DEFAULT_LIMIT_S, data: bytes | None = None
) -> Meeting:
    """Read and parse a script of any supported kind, by its suffix. `data`: the file's
    bytes when the caller has read them already (`read_script`), so the meeting and the
    SHA-256 it is remembered by come from the same bytes."""
    path = Path(path)
    suffix = path.suffix.lower()
    limit = MAX_DOCX_BYTES if suffix == ".docx" else MAX_BYTES
    if data is None:
        data = read_bytes(path, limit)
    elif len(data) > limit:
        raise ChairError(f"too large for a script (the limit is {limit // (1024 * 1024)} MB)", path)
    if suffix in YAML_SUFFIXES:
        from chair.script.agenda import load
        from chair.script.decode import decode_bytes

        meeting = load(decode_bytes(data, path), path, default_limit_s=default_limit_s)
    else:
        meeting = _parsed(path, data, suffix == ".docx", default_limit_s)
    meeting.source = str(path)
    return meeting


def _parsed(path: Path, data: bytes, docx: bool, default_limit_s: int) -> Meeting:
    """A text or Word script parsed, or as it was parsed last time (chair.script.parse_cache)."""
    from chair.script import parse_cache

    name = parse_cache.key(data, path, default_limit_s)
    meeting = parse_cache.recall(name)
    if meeting is not None:
        return meeting
    from chair.script import cached_re
    from chair.script.parse import parse

    if docx:
        from chair.script.docx import read_docx

        meeting = parse(
            read_docx(path), source=str(path), default_limit_s=default_limit_s, join_lines=False
        )
    else:
        from chair.script.decode import decode_bytes

        meeting = parse(decode_bytes(data, path), source=str(path), default_limit_s=default_limit_s)
    cached_re.keep()  # the patterns this parse compiled, for the next start
    parse_cache.keep(name, meeting)
    return meeting


def script_sha256(path: str | Path) -> str:
    """The file's SHA-256, to remember a rehearsed speed per script."""
    return read_script(path)[1]


def read_script(path: str | Path) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256: read once for both the meeting and its key."""
    import hashlib  # here, not at the top: `chair check` hashes only with a rehearsed speed

    data = read_bytes(path, MAX_DOCX_BYTES)
    return data, hashlib.sha256(data).hexdigest()

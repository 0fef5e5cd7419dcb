"""`re` for the parser, with its compiled patterns kept on disk beside the bytecode.

The parser's patterns are long alternations of Chinese words and classes of Chinese
characters; Python's compiler (pure Python) takes ~35 ms to turn them into matching code,
on every start of `chair run` and `chair check`, before the first frame or line of output.
This module stands in for `re` in the parser's modules (`from chair.script import cached_re
as re`): everything is `re`'s own, except that the functions taking a pattern keep what the
compiler made for it in `__pycache__`, as Python keeps a module's bytecode, and build the
pattern from that on the next start (~1 ms for all of them).

A pattern is kept only once the one built from the kept code equals (code included) the one
`re.compile` makes; the file is keyed to the interpreter's version and the regular
expression engine's; a file that is missing, damaged, foreign or unwritable only means
compiling as `re` does. Nothing is written where Python writes no bytecode
(`PYTHONDONTWRITEBYTECODE`).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine: no stub
import atexit
import os
import re as _re
import sys
from collections.abc import Callable, Iterator
from re import (
    ASCII,
    DEBUG,
    DOTALL,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    NOFLAG,
    UNICODE,
    VERBOSE,
    A,
    I,
    L,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    purge,
)
from typing import Any

__all__ = [
    "A",
    "ASCII",
    "DEBUG",
    "DOTALL",
    "I",
    "IGNORECASE",
    "L",
    "LOCALE",
    "M",
    "MULTILINE",
    "NOFLAG",
    "S",
    "U",
    "UNICODE",
    "VERBOSE",
    "X",
    "Match",
    "Pattern",
    "RegexFlag",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "purge",
    "search",
    "split",
    "sub",
    "subn",
]

_Built = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes after the pattern: flags, code, groups, group index, names."""

_STAMP = (sys.hexversion, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)
_MOST = 512
"""Kept patterns at most: the parser has ~70; beyond this only the last run's are kept."""

_patterns: dict[tuple[str, int], Pattern[str]] = {}
"""Every pattern this process asked for, built."""
_kept: dict[tuple[str, int], _Built] | None = None
"""What the file holds (None until read)."""
_new: dict[tuple[str, int], _Built] = {}
"""Compiled in this process and not in the file yet."""
_enabled = True


def _file() -> str | None:
    """Beside this module's bytecode: `__pycache__/cached_re.<tag>.patterns`."""
    cached = globals().get("__cached__")
    if not cached or not str(cached).endswith(".pyc"):
        return None
    return str(cached)[: -len(".pyc")] + ".patterns"


def _read() -> dict[tuple[str, int], _Built]:
    import marshal
    import zlib

    path = _file()
    if path is None:
        return {}
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        stamp, crc, payload = marshal.loads(blob)
        if stamp != _STAMP or crc != zlib.crc32(payload):
            return {}
        kept = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def keep() -> None:
    """Write the patterns compiled since the last time to the file (after a parse, and at
    exit: a process that is killed, as a terminal closed under it, still kept them)."""
    global _kept, _new
    if not _new:
        return
    new, _new = _new, {}
    kept = dict(_kept or {})
    if len(kept) + len(new) > _MOST:
        kept = {key: kept[key] for key in list(_patterns) if key in kept}
    kept.update(new)
    _kept = kept
    path = _file()
    if path is None or sys.dont_write_bytecode:
        return
    import marshal
    import zlib

    payload = marshal.dumps(kept)
    blob = marshal.dumps((_STAMP, zlib.crc32(payload), payload))
    part = f"{path}.{os.getpid()}.part"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(part, "wb") as fh:
            fh.write(blob)
        os.replace(part, path)
    except (OSError, ValueError):  # a read-only or odd place: the next start compiles again
        try:
            os.unlink(part)
        except (OSError, ValueError):
            pass


atexit.register(keep)


def _built(pattern: str, flags: int) -> _Built:
    """What `re`'s compiler gives `_sre.compile` for this pattern (as `re._compiler.compile`)."""
    parser, compiler = _re._parser, _re._compiler  # type: ignore[attr-defined]
    tree = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(tree, flags)]
    names: list[str | None] = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        names[index] = name
    return (
        int(flags | tree.state.flags),
        code,
        tree.state.groups - 1,
        dict(tree.state.groupdict),
        tuple(names),
    )


def _compile(pattern: str, flags: int) -> Pattern[str]:
    global _kept, _enabled
    if _kept is None:
        _kept = _read()
    key = (pattern, flags)
    built = _kept.get(key)
    if built is not None:
        try:
            return _sre.compile(pattern, *built)  # type: ignore[no-any-return]
        except Exception:  # a kept entry this engine refuses: compile afresh
            pass
    compiled = _re.compile(pattern, flags)
    try:
        built = _built(pattern, flags)
        if _sre.compile(pattern, *built) == compiled:
            _new[key] = built
    except Exception:  # another interpreter's internals: compile as `re` does from now on
        _enabled = False
    return compiled


def compile(pattern: Any, flags: int = 0) -> Pattern[str]:
    """`re.compile`, the compiled code kept between runs."""
    if isinstance(pattern, Pattern):
        return _re.compile(pattern, flags)
    flags = int(flags)
    found = _patterns.get((pattern, flags))
    if found is not None:
        return found
    if not _enabled or not isinstance(pattern, str) or flags & (DEBUG | LOCALE):
        return _re.compile(pattern, flags)
    found = _patterns[(pattern, flags)] = _compile(pattern, flags)
    return found


def match(pattern: Any, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def search(pattern: Any, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).search(string)


def sub(
    pattern: Any,
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(
    pattern: Any,
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: Any, string: str, flags: int = 0) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)

"""The parser's `re`: patterns built from the kept code are the ones `re` compiles, and a
missing, damaged or foreign file only means compiling afresh."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys

import pytest

from chair.script import cached_re

PATTERNS = [
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十0-9]{1,3}）)\s*(?P<t>[^。！？；]{1,40})$",
    r"(?<![邀申提])请(?P<who>[^，。；！？：（]{1,40}?)(?P<verb>发言|讲话|致辞)(?=[，。；！？\s]|$)",
    r"[。；！？]",
]


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """The module's state emptied, its file in tmp_path; `fresh()` is a new process."""
    path = tmp_path / "cached_re.test.patterns"
    monkeypatch.setattr(cached_re, "_file", lambda: str(path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)

    def fresh() -> None:
        monkeypatch.setattr(cached_re, "_patterns", {})
        monkeypatch.setattr(cached_re, "_kept", None)
        monkeypatch.setattr(cached_re, "_new", {})
        monkeypatch.setattr(cached_re, "_enabled", True)

    fresh()
    return path, fresh


def test_a_kept_pattern_is_the_one_re_compiles(kept):
    path, fresh = kept
    first = [cached_re.compile(p) for p in PATTERNS]
    assert first == [re.compile(p) for p in PATTERNS]
    cached_re.keep()
    assert path.exists()
    fresh()
    again = [cached_re.compile(p) for p in PATTERNS]
    assert cached_re._kept is not None and len(cached_re._kept) == len(PATTERNS)
    assert not cached_re._new  # every one built from the file
    # Pattern equality compares the compiled code, not only the text.
    assert again == [re.compile(p) for p in PATTERNS]
    m = again[1].search("下面请区委书记梁志远讲话。")
    assert m is not None and m.group("who") == "区委书记梁志远" and m.group("verb") == "讲话"
    assert again[0].groupindex == re.compile(PATTERNS[0]).groupindex


def test_the_same_pattern_is_built_once(kept):
    assert cached_re.compile(PATTERNS[2]) is cached_re.compile(PATTERNS[2])


@pytest.mark.parametrize("damage", ["garbage", "flipped", "foreign", "empty"])
def test_a_bad_file_means_compiling_afresh(kept, damage):
    path, fresh = kept
    for p in PATTERNS:
        cached_re.compile(p)
    cached_re.keep()
    blob = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00not marshal at all")
    elif damage == "flipped":
        stamp, crc, payload = marshal.loads(blob)
        payload = payload[:-40] + bytes([payload[-40] ^ 1]) + payload[-39:]
        path.write_bytes(marshal.dumps((stamp, crc, payload)))
    elif damage == "foreign":
        stamp, crc, payload = marshal.loads(blob)
        path.write_bytes(marshal.dumps(((0, *stamp[1:]), crc, payload)))
    else:
        path.write_bytes(b"")
    fresh()
    assert [cached_re.compile(p) for p in PATTERNS] == [re.compile(p) for p in PATTERNS]
    assert cached_re._kept == {}
    cached_re.keep()  # and the file is good again
    fresh()
    cached_re.compile(PATTERNS[0])
    assert cached_re._kept


def test_nothing_written_where_python_writes_no_bytecode(kept, monkeypatch):
    path, _ = kept
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cached_re.compile(PATTERNS[0])
    cached_re.keep()
    assert not path.exists()


def test_an_unwritable_place_is_no_error(kept, monkeypatch, tmp_path):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setattr(cached_re, "_file", lambda: str(tmp_path / "a-file" / "x.patterns"))
    cached_re.compile(PATTERNS[0])
    cached_re.keep()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_the_functions_answer_as_re_does(kept):
    text = "会议共有三项议程；请张三发言。散会！"
    assert cached_re.split(r"[。；！？]", text) == re.split(r"[。；！？]", text)
    assert cached_re.sub(r"[。；]", "|", text, count=1) == re.sub(r"[。；]", "|", text, count=1)
    assert cached_re.subn(r"[。；]", "|", text) == re.subn(r"[。；]", "|", text)
    assert cached_re.findall(r"[一二三]项", text) == ["三项"]
    assert [m.span() for m in cached_re.finditer("请", text)] == [(9, 10)]
    assert cached_re.fullmatch(r"散会", "散会") and not cached_re.fullmatch(r"散", "散会")
    assert cached_re.match(r"会议", text) and cached_re.search(r"张三", text)
    assert cached_re.search("ZHANG", "zhang san", cached_re.IGNORECASE)
    compiled = re.compile("x")
    assert cached_re.compile(compiled) is compiled
    assert cached_re.compile(b"bytes") == re.compile(b"bytes")


def test_a_parse_keeps_its_patterns_for_the_next_start(tmp_path):
    """The first start compiles and writes at once (a killed process keeps them too); the
    next builds every pattern the parse needs from the file."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = (
        "import os, sys\n"
        "from chair import paths\n"
        "from chair.script import cached_re\n"
        "from chair.script.load import load_meeting\n"
        "load_meeting(paths.sample_script())\n"
        "print(len(cached_re._kept or {}), len(cached_re._new))\n"
        "sys.stdout.flush()\n"
        "os._exit(0)\n"
    )
    # Each start with its own data directory: a script read before is not parsed again
    # (chair.script.parse_cache), and this is about the parse's patterns.
    first = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "CHAIR_HOME": str(tmp_path / "home1")},
        capture_output=True,
        text=True,
    )
    assert first.returncode == 0, first.stderr
    assert list((tmp_path / "pycache").rglob("cached_re.*.patterns"))
    second = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "CHAIR_HOME": str(tmp_path / "home2")},
        capture_output=True,
        text=True,
    )
    kept, new = map(int, second.stdout.split())
    assert kept >= 40 and new == 0


def test_no_pattern_is_built_from_a_scripts_names():
    """Every pattern the parser compiles is kept (in memory, then on disk) and costs a compile
    of its own: one made from a script's names would be compiled afresh for every script and
    kept for good. The names are looked for as text."""
    from pathlib import Path

    from chair.model import SpeakerCue
    from chair.script.load import load_meeting

    corpus = sorted((Path(__file__).parent / "data" / "scripts").glob("*.txt"))[::40]
    names = set()
    for script in corpus:
        names |= {s.name for s in load_meeting(script).steps() if isinstance(s, SpeakerCue)}
    names = {n for n in names if n and len(n) >= 3}  # (two characters may be a word: 报告)
    assert len(names) > 50
    built = [p for p, _ in cached_re._patterns if any(n in p for n in names)]
    assert built == []

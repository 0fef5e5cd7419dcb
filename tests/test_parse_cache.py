"""A script read before is not parsed again, and is parsed again whenever anything it
depends on changed: its bytes, its path, the default limit or the parser itself."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from chair import paths
from chair.model import meeting_to_dict
from chair.script import parse as parse_mod
from chair.script import parse_cache
from chair.script.load import load_meeting

SCRIPT = "会议主持词\n同志们：\n会议共有两项议程。\n进行第一项，请张三同志发言。\n进行第二项，请李四同志讲话。\n散会。\n"


def write(tmp_path: Path, text: str = SCRIPT, name: str = "会议.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def count_parses(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = parse_mod.parse

    def counted(text, *args, **kwargs):
        calls.append(kwargs.get("source", ""))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(parse_mod, "parse", counted)
    return calls


def test_the_second_open_is_the_same_meeting_without_a_parse(tmp_path, monkeypatch):
    path = write(tmp_path)
    calls = count_parses(monkeypatch)
    first = load_meeting(path)
    second = load_meeting(path)
    assert len(calls) == 1
    assert meeting_to_dict(second) == meeting_to_dict(first)
    assert second.decisions == first.decisions and second.source == str(path)
    assert [i.title for i in second.items] == [i.title for i in first.items]
    assert second is not first, "each open gets its own meeting to change"


def test_a_changed_script_is_parsed_again(tmp_path, monkeypatch):
    path = write(tmp_path)
    calls = count_parses(monkeypatch)
    load_meeting(path)
    path.write_text(SCRIPT.replace("李四", "王五"), encoding="utf-8")
    again = load_meeting(path)
    assert len(calls) == 2
    assert again.items[1].speakers[0].name == "王五"


def test_the_path_and_the_default_limit_are_part_of_the_key(tmp_path, monkeypatch):
    calls = count_parses(monkeypatch)
    one = write(tmp_path)
    other = write(tmp_path, name="副本.txt")
    load_meeting(one)
    assert load_meeting(other).source == str(other)
    limited = load_meeting(one, default_limit_s=300)
    assert len(calls) == 3
    assert limited.items[0].speakers[0].limit_s == 300


def test_a_changed_parser_parses_again(tmp_path, monkeypatch):
    path = write(tmp_path)
    calls = count_parses(monkeypatch)
    load_meeting(path)
    monkeypatch.setattr(parse_cache, "_parser_sum", "another parser")
    load_meeting(path)
    assert len(calls) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_kept_file_is_no_file(tmp_path, monkeypatch, damage):
    path = write(tmp_path)
    calls = count_parses(monkeypatch)
    first = load_meeting(path)
    (kept,) = (paths.data_dir() / "parsed").glob("*.pickle")
    kept.write_bytes(damage)
    again = load_meeting(path)
    assert len(calls) == 2 and meeting_to_dict(again) == meeting_to_dict(first)


def test_kept_files_are_private_and_few(tmp_path, monkeypatch):
    monkeypatch.setattr(parse_cache, "KEEP", 3)
    for n in range(5):
        load_meeting(write(tmp_path, SCRIPT.replace("张三", f"张{n}"), f"s{n}.txt"))
    kept = list((paths.data_dir() / "parsed").glob("*"))
    assert len(kept) == 3 and all(p.suffix == ".pickle" for p in kept)
    if sys.platform != "win32":
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)


def test_nowhere_to_keep_it_still_opens(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data directory should be")
    with paths.override(blocked):
        meeting = load_meeting(write(tmp_path))
    assert [i.title for i in meeting.items][0]
    assert not list(tmp_path.glob("**/*.part"))


def test_a_command_reads_the_script_once_for_its_meeting_and_its_key(tmp_path, monkeypatch):
    """The meeting and the SHA-256 it is remembered by come from the same bytes: a file
    rewritten between two reads cannot give a meeting of one version keyed by the other."""
    from chair.script import load

    path = write(tmp_path)
    reads: list[Path] = []
    real = load.read_bytes

    def counted(p, limit=load.MAX_BYTES):
        reads.append(Path(p))
        return real(p, limit)

    monkeypatch.setattr(load, "read_bytes", counted)
    data, sha = load.read_script(path)
    path.write_text(SCRIPT.replace("李四", "王五"), encoding="utf-8")  # changed after the read
    meeting = load_meeting(path, data=data)
    assert reads == [path]
    assert [s.name for s in meeting.speakers] == ["张三", "李四"]
    import hashlib

    assert sha == hashlib.sha256(SCRIPT.encode("utf-8")).hexdigest()


def test_bytes_read_for_the_key_are_still_held_to_the_scripts_size_limit(tmp_path):
    from chair.errors import ChairError
    from chair.script import load

    path = write(tmp_path)
    with pytest.raises(ChairError, match="too large for a script"):
        load_meeting(path, data=b"x" * (load.MAX_BYTES + 1))

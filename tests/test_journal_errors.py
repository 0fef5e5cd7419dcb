"""Every way a journal file can be refused, with the exact line `chair export` prints.

The user sees one line, `chair: error: JOURNAL[:LINE]: what is wrong`; these tests hold
each of those lines to its words, its path and its line number.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from chair.cli import main as cli_main
from chair.errors import ChairError
from chair.journal import MAX_JOURNAL_BYTES, Journal, encode, read_events

HEADER = b'{"type":"meeting","version":1,"title":"t"}\n'
NOTE = b'{"type":"note","text":"x","t":1.0}\n'


def export_error(path: Path, capsys) -> str:
    assert cli_main(["export", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


@pytest.mark.parametrize(
    ("content", "where", "message"),
    [
        (b"", "", "journal is empty (no meeting header)"),
        (b'{"type":"meet', ":1", "journal holds only a torn meeting header (no events)"),
        (HEADER + b"\n" + NOTE, ":2", "empty line"),
        (HEADER + b"   \n" + NOTE, ":2", "empty line"),
        (
            HEADER + b'{"type":"note","text":"\xff"}\n',
            ":2",
            "not valid UTF-8 (byte 24 of the line)",
        ),
        (HEADER + b"\xe5\n", ":2", "not valid UTF-8 (byte 1 of the line)"),
        (
            HEADER + b'{"type":"note",}\n',
            ":2",
            "not valid JSON: Expecting property name enclosed in double quotes (column 16)",
        ),
        (HEADER + b"[1,2]\n", ":2", "not a JSON object but list"),
        (HEADER + b'"note"\n', ":2", "not a JSON object but str"),
        (HEADER + b'{"text":"x"}\n', ":2", 'the event has no "type"'),
        (HEADER + b'{"type":5}\n', ":2", 'the event\'s "type" is not a string'),
        (HEADER + NOTE + HEADER, ":3", "a second meeting header"),
        (HEADER + b'{"type":"note","t":NaN}\n', ":2", "not valid JSON: NaN is not a number"),
        (
            HEADER + b'{"type":"note","t":-Infinity}\n',
            ":2",
            "not valid JSON: -Infinity is not a number",
        ),
        (
            HEADER + b'{"type":"note","t":1e999}\n',
            ":2",
            "not valid JSON: number out of range (1e999)",
        ),
        (
            HEADER + b'{"type":"note","t":' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
            ":2",
            "not valid JSON: nested too deeply",
        ),
        (
            b'{"type":"note","t":1}\n',
            ":1",
            "not a chair journal: the first line must be the meeting header, not 'note'",
        ),
        (
            b'{"type":"meeting","version":2}\n',
            ":1",
            "journal version 2 was written by a newer chair",
        ),
        (b'{"type":"meeting","version":"1"}\n', ":1", "unsupported journal version '1'"),
        (b'{"type":"meeting","version":true}\n', ":1", "unsupported journal version True"),
        (b'{"type":"meeting"}\n', ":1", "unsupported journal version None"),
    ],
)
def test_a_damaged_journal_is_refused_in_one_exact_line(tmp_path, capsys, content, where, message):
    path = tmp_path / "j.jsonl"
    path.write_bytes(content)
    with pytest.raises(ChairError) as info:
        read_events(path)
    assert info.value.render() == f"{path}{where}: {message}"
    assert export_error(path, capsys) == f"chair: error: {path}{where}: {message}\n"


def test_missing_directory_and_fifo(tmp_path, capsys):
    missing = tmp_path / "none.jsonl"
    assert export_error(missing, capsys) == f"chair: error: {missing}: no such journal\n"
    assert export_error(tmp_path, capsys) == (
        f"chair: error: {tmp_path}: is a directory, not a journal\n"
    )
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert export_error(fifo, capsys) == f"chair: error: {fifo}: not a regular file\n"
    with pytest.raises(ChairError) as info:
        Journal.reopen(missing)
    assert info.value.render() == f"{missing}: no such journal"
    with pytest.raises(ChairError) as info:
        Journal.reopen(tmp_path)
    assert info.value.render() == f"{tmp_path}: is a directory, not a journal"


def test_a_journal_too_large_is_refused_before_reading(tmp_path, capsys):
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as f:
        f.write(HEADER)
        f.truncate(MAX_JOURNAL_BYTES + 1)  # sparse: no 64 MB written
    assert export_error(path, capsys) == (
        f"chair: error: {path}: journal is too large ({MAX_JOURNAL_BYTES + 1} bytes; "
        f"the limit is {MAX_JOURNAL_BYTES})\n"
    )


def test_a_journal_of_exactly_the_limit_is_read(tmp_path):
    path = tmp_path / "full.jsonl"
    note = b'{"type":"note","text":"' + b"x" * 1000 + b'","t":1.0}\n'
    body = HEADER + note * ((MAX_JOURNAL_BYTES - len(HEADER)) // len(note))
    pad = MAX_JOURNAL_BYTES - len(body)
    body += (
        b'{"type":"note","text":"' + b"y" * (pad - len(b'{"type":"note","text":""}\n')) + b'"}\n'
    )
    assert len(body) == MAX_JOURNAL_BYTES
    path.write_bytes(body)
    events, warnings = read_events(path)
    assert warnings == [] and len(events) == 1 + body.count(b"\n") - 1
    assert events[-1]["text"].startswith("y")


def test_an_unreadable_journal_names_the_reason(tmp_path, monkeypatch, capsys):
    path = tmp_path / "j.jsonl"
    path.write_bytes(HEADER)
    real_open = open

    def deny(p, *args, **kw):
        if str(p) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_open(p, *args, **kw)

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(ChairError) as info:
        read_events(path)
    assert info.value.render() == f"{path}: cannot read the journal: Permission denied"


def test_reopen_refused_by_the_system_names_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "j.jsonl"
    path.write_bytes(HEADER)
    real = os.open

    def deny(p, flags, *args, **kw):
        if str(p) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real(p, flags, *args, **kw)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(ChairError) as info:
        Journal.reopen(path)
    assert info.value.render() == f"{path}: cannot open the journal: Permission denied"


def test_a_torn_middle_line_is_damage_not_a_tear(tmp_path):
    """Only the last line may be torn: a torn one followed by more lines is an error."""
    path = tmp_path / "j.jsonl"
    path.write_bytes(HEADER + b'{"type":"no' + b"\n" + NOTE)
    with pytest.raises(ChairError) as info:
        read_events(path)
    assert info.value.line == 2 and info.value.message.startswith("not valid JSON: ")


def test_the_last_line_without_newline_but_whole_is_kept(tmp_path):
    path = tmp_path / "j.jsonl"
    path.write_bytes(HEADER + NOTE.rstrip(b"\n"))
    events, warnings = read_events(path)
    assert warnings == [] and events[-1] == {"type": "note", "text": "x", "t": 1.0}


def test_encode_is_one_compact_utf8_line():
    assert encode({"type": "note", "text": "张三", "t": 1.5}) == (
        '{"type":"note","text":"张三","t":1.5}\n'.encode()
    )
    with pytest.raises(ValueError):
        encode({"type": "note", "t": float("nan")})

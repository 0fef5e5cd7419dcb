"""The journal: nothing on the screen may be missing from the disk, whatever the disk does."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chair import journal as jmod
from chair import paths
from chair.errors import ChairError
from chair.journal import (
    REMOVED_MESSAGE,
    Journal,
    default_journal_path,
    find_unfinished,
    is_locked,
    read_events,
)

SRC = Path(__file__).resolve().parents[1] / "src"
HEADER: dict[str, Any] = {
    "script": "/tmp/script.txt",
    "sha256": "ab" * 32,
    "title": "第三次全体会议",
    "mode": "run",
    "lang": "zh",
    "t": 0.0,
    "wall": "2026-11-26T19:30:00+08:00",
    "mono": 100.0,
}


def ev(type_: str, **fields: Any) -> dict[str, Any]:
    return {"type": type_, **fields}


def disk_lines(path: Path) -> list[dict[str, Any]]:
    """The file as another reader sees it now (a fresh fd, strict JSON per line)."""
    with open(path, "rb") as f:
        data = f.read()
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


@pytest.fixture
def jpath(tmp_path: Path) -> Iterator[Path]:
    with paths.override(tmp_path):
        yield tmp_path / "journals" / "m.jsonl"


@pytest.fixture
def fault(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Make os.write / os.fsync fail on one fd (the journal's) while `state["on"]`."""
    state: dict[str, Any] = {"on": False, "fd": None, "errno": errno.ENOSPC, "where": "write"}
    real_write, real_fsync = os.write, os.fsync

    def write(fd: int, data: Any) -> int:
        if state["on"] and state["where"] == "write" and fd == state["fd"]:
            raise OSError(state["errno"], os.strerror(state["errno"]))
        return real_write(fd, data)

    def fsync(fd: int) -> None:
        if state["on"] and state["where"] == "fsync" and fd == state["fd"]:
            raise OSError(state["errno"], os.strerror(state["errno"]))
        real_fsync(fd)

    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "fsync", fsync)
    return state


# -- writing -----------------------------------------------------------------------


def test_header_is_the_first_line(jpath: Path) -> None:
    with Journal.create(jpath, HEADER) as j:
        assert j.path == jpath
        lines = disk_lines(jpath)
    assert lines == [{"type": "meeting", "version": 1, **HEADER}]
    assert j.events[0] == lines[0]
    assert list(lines[0])[:2] == ["type", "version"]


def test_every_append_is_on_disk_before_it_returns(
    jpath: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    j = Journal.create(jpath, HEADER)
    events = [
        ev("step", step="i1", sentence=0, t=1.5),
        ev("name", cue="s1", name="张三", t=2.0),
        ev("timer", cue="s1", action="start", t=3.25),
        ev("note", text="发言超时 – “引号”", t=4.0),
    ]
    for i, e in enumerate(events, start=2):
        before = len(synced)
        assert j.append(e) is True
        assert len(synced) == before + 1  # fsynced, not just written
        assert disk_lines(jpath)[-1] == e
        assert len(disk_lines(jpath)) == i
    assert j.problem is None and j.unwritten == 0
    j.close()


def test_unicode_is_written_as_utf8_not_escapes(jpath: Path) -> None:
    with Journal.create(jpath, HEADER) as j:
        j.append(ev("name", cue="s1", name="张三"))
    raw = jpath.read_bytes()
    assert "张三".encode() in raw and b"\\u" not in raw
    assert read_events(jpath)[0][-1]["name"] == "张三"


def test_lone_surrogate_round_trips(jpath: Path) -> None:
    with Journal.create(jpath, HEADER) as j:
        assert j.append(ev("note", text="a\udcffb"))
    jpath.read_bytes().decode("utf-8")  # still valid UTF-8
    assert read_events(jpath)[0][-1]["text"] == "a\udcffb"


@pytest.mark.parametrize(
    "bad",
    [{"no": "type"}, {"type": 3}, ev("meeting"), ev("note", x=float("nan")), ev("x", o=object())],
)
def test_append_refuses_a_bad_event_without_accepting_it(jpath: Path, bad: Any) -> None:
    with Journal.create(jpath, HEADER) as j:
        with pytest.raises((ValueError, TypeError)):
            j.append(bad)
        assert len(j.events) == 1 and j.unwritten == 0
        assert j.append(ev("note", text="ok"))
    assert len(disk_lines(jpath)) == 2


def test_finished_after_end_and_after_reopen(jpath: Path) -> None:
    with Journal.create(jpath, HEADER) as j:
        assert not j.finished
        j.append(ev("step", step="i1", sentence=0))
        assert not j.finished
        j.append(ev("end"))
        assert j.finished
    j2, events, warnings = Journal.reopen(jpath)
    with j2:
        assert j2.finished and events[-1] == {"type": "end"} and warnings == []


def test_close_twice_and_append_after_close(jpath: Path) -> None:
    j = Journal.create(jpath, HEADER)
    j.close()
    j.close()
    assert j.closed
    with pytest.raises(ValueError, match="closed"):
        j.append(ev("note", text="late"))
    assert j.retry() is False


# -- creating ----------------------------------------------------------------------


def test_create_makes_the_directories(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c.jsonl"
    with Journal.create(path, HEADER):
        pass
    assert path.is_file()


def test_create_refuses_an_existing_journal(jpath: Path) -> None:
    with Journal.create(jpath, HEADER):
        pass
    with pytest.raises(ChairError, match="chair resume") as info:
        Journal.create(jpath, HEADER)
    assert info.value.path == str(jpath)
    assert len(disk_lines(jpath)) == 1  # untouched


def test_create_takes_over_an_empty_file(jpath: Path) -> None:
    jpath.parent.mkdir(parents=True)
    jpath.write_bytes(b"")
    with Journal.create(jpath, HEADER):
        pass
    assert disk_lines(jpath)[0]["type"] == "meeting"


def test_create_on_a_directory_or_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "dir.jsonl").mkdir()
    with pytest.raises(ChairError, match="cannot create the journal"):
        Journal.create(tmp_path / "dir.jsonl", HEADER)
    (tmp_path / "file").write_text("x")
    with pytest.raises(ChairError, match="cannot create the journal") as info:
        Journal.create(tmp_path / "file" / "m.jsonl", HEADER)
    assert "\n" not in info.value.render()


def test_create_in_a_read_only_directory_monkeypatched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root chmod stops nothing, so simulate what a read-only directory does to open(2)."""
    path = tmp_path / "ro" / "m.jsonl"
    path.parent.mkdir()
    real_open = os.open

    def deny(p: Any, flags: int, *args: Any, **kw: Any) -> int:
        if Path(p) == path and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_open(p, flags, *args, **kw)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(ChairError) as info:
        Journal.create(path, HEADER)
    assert info.value.render() == f"{path}: cannot create the journal: Permission denied"
    assert not path.exists()


def test_create_fails_writing_the_header(jpath: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ChairError, match="No space left on device"):
        Journal.create(jpath, HEADER)
    assert not jpath.exists()  # nothing half-made left behind


def test_header_must_be_a_meeting(jpath: Path) -> None:
    with pytest.raises(ValueError):
        Journal.create(jpath, {**HEADER, "type": "step"})


# -- one journal, one process ------------------------------------------------------


def test_second_open_in_this_process_is_refused(jpath: Path) -> None:
    j = Journal.create(jpath, HEADER)
    assert is_locked(jpath)
    for attempt in (lambda: Journal.create(jpath, HEADER), lambda: Journal.reopen(jpath)):
        with pytest.raises(ChairError, match="in use by another chair process") as info:
            attempt()
        assert info.value.path == str(jpath)
    j.append(ev("note", text="still mine"))
    j.close()
    assert not is_locked(jpath)
    j2, events, _ = Journal.reopen(jpath)
    with j2:
        assert events[-1]["text"] == "still mine"
        assert is_locked(jpath)
    assert not is_locked(jpath)


def test_is_locked_on_a_missing_file(tmp_path: Path) -> None:
    assert is_locked(tmp_path / "nope.jsonl") is False


def test_second_process_is_refused(jpath: Path) -> None:
    with Journal.create(jpath, HEADER):
        pass
    holder = textwrap.dedent(
        f"""
        import sys
        from chair.journal import Journal
        j, _, _ = Journal.reopen({str(jpath)!r})
        j.append({{"type": "note", "text": "from the other process"}})
        print("ready", flush=True)
        sys.stdin.readline()
        j.close()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen(
        [sys.executable, "-c", holder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "ready"
        assert is_locked(jpath)
        with pytest.raises(ChairError, match="in use by another chair process"):
            Journal.reopen(jpath)
        with pytest.raises(ChairError, match="in use by another chair process"):
            Journal.create(jpath, HEADER)
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not is_locked(jpath)
    j, events, _ = Journal.reopen(jpath)
    with j:
        assert events[-1]["text"] == "from the other process"


def test_a_killed_holder_releases_the_lock(jpath: Path) -> None:
    with Journal.create(jpath, HEADER):
        pass
    holder = (
        "from chair.journal import Journal\n"
        f"j, _, _ = Journal.reopen({str(jpath)!r})\n"
        "print('ready', flush=True)\n"
        "import time; time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        assert is_locked(jpath)
    finally:
        proc.kill()
        proc.wait()
    assert not is_locked(jpath)
    j, _, _ = Journal.reopen(jpath)
    j.close()


# -- write failures mid-meeting ----------------------------------------------------


@pytest.mark.parametrize("where", ["write", "fsync"])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES, errno.EIO])
def test_write_failure_keeps_events_and_writes_them_later(
    jpath: Path, fault: dict[str, Any], where: str, code: int
) -> None:
    seen: list[str | None] = []
    j = Journal.create(jpath, HEADER, on_problem=seen.append)
    fault.update(fd=j._fd, where=where, errno=code)
    assert j.append(ev("step", step="i1", sentence=0))

    fault["on"] = True
    assert j.append(ev("name", cue="s1", name="张三")) is False
    assert j.problem is not None and os.strerror(code) in j.problem
    assert "\n" not in j.problem
    assert seen and seen[-1] == j.problem
    assert j.append(ev("timer", cue="s1", action="start")) is False
    assert j.unwritten == 2
    assert j.retry() is False
    assert [e["type"] for e in j.events] == ["meeting", "step", "name", "timer"]

    fault["on"] = False
    if where == "write":
        assert disk_lines(jpath)[-1]["type"] == "step"  # nothing half-written
    assert j.retry() is True
    assert j.problem is None and seen[-1] is None and j.unwritten == 0
    assert disk_lines(jpath) == j.events
    assert j.append(ev("note", text="after")) is True
    assert disk_lines(jpath) == j.events
    j.close()


def test_failure_cleared_by_the_next_append(jpath: Path, fault: dict[str, Any]) -> None:
    seen: list[str | None] = []
    j = Journal.create(jpath, HEADER, on_problem=seen.append)
    fault.update(fd=j._fd, on=True)
    for i in range(5):
        assert j.append(ev("note", text=str(i))) is False
    fault["on"] = False
    assert j.append(ev("note", text="5")) is True
    assert [e.get("text") for e in disk_lines(jpath)[1:]] == [str(i) for i in range(6)]
    assert seen[-1] is None and all(m for m in seen[:-1])
    j.close()


def test_a_partial_write_is_completed_not_repeated(
    jpath: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk fills mid-line: the rest of that line follows later, with no half line left."""
    j = Journal.create(jpath, HEADER)
    real_write = os.write
    state = {"budget": 7, "on": True}

    def write(fd: int, data: Any) -> int:
        if fd == j._fd and state["on"]:
            if state["budget"] == 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            n = real_write(fd, bytes(data)[: state["budget"]])
            state["budget"] -= n
            return n
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    assert j.append(ev("name", cue="s1", name="张三")) is False
    assert not jpath.read_bytes().endswith(b"\n")  # torn on disk for now
    state["on"] = False
    assert j.retry() is True
    assert disk_lines(jpath) == j.events
    j.close()


def test_close_writes_what_is_waiting(jpath: Path, fault: dict[str, Any]) -> None:
    j = Journal.create(jpath, HEADER)
    fault.update(fd=j._fd, on=True)
    j.append(ev("note", text="waiting"))
    fault["on"] = False
    j.close()
    assert disk_lines(jpath)[-1]["text"] == "waiting"


def test_file_removed_mid_meeting_is_recreated_whole(jpath: Path) -> None:
    seen: list[str | None] = []
    j = Journal.create(jpath, HEADER, on_problem=seen.append)
    j.append(ev("step", step="i1", sentence=0))
    j.append(ev("name", cue="s1", name="张三"))
    jpath.unlink()
    assert j.append(ev("timer", cue="s1", action="start")) is True
    assert seen == [REMOVED_MESSAGE, None]
    assert j.problem is None
    assert disk_lines(jpath) == j.events and len(j.events) == 4
    assert is_locked(jpath)
    assert j.append(ev("note", text="next")) is True
    assert disk_lines(jpath) == j.events
    assert seen == [REMOVED_MESSAGE, None]  # said once
    j.close()
    assert not is_locked(jpath)


def test_removal_noticed_by_retry_even_with_the_directory(jpath: Path) -> None:
    j = Journal.create(jpath, HEADER)
    j.append(ev("note", text="x"))
    jpath.unlink()
    jpath.parent.rmdir()
    assert j.retry() is True
    assert disk_lines(jpath) == j.events
    j.close()


def test_removed_and_cannot_recreate_until_it_can(
    jpath: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str | None] = []
    j = Journal.create(jpath, HEADER, on_problem=seen.append)
    jpath.unlink()
    real_open = os.open
    state = {"deny": True}

    def deny(p: Any, flags: int, *args: Any, **kw: Any) -> int:
        if state["deny"] and Path(p) == jpath:
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_open(p, flags, *args, **kw)

    monkeypatch.setattr(os, "open", deny)
    assert j.append(ev("note", text="a")) is False
    assert j.append(ev("note", text="b")) is False
    assert j.problem is not None and "Permission denied" in j.problem
    assert not jpath.exists()
    state["deny"] = False
    assert j.retry() is True
    assert disk_lines(jpath) == j.events and [e.get("text") for e in j.events] == [None, "a", "b"]
    assert seen[-2:] == [REMOVED_MESSAGE, None]
    j.close()


def test_removed_and_recreate_fails_half_way(
    jpath: Path, fault: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed re-creation leaves no half file, so the next try can create it again."""
    j = Journal.create(jpath, HEADER)
    j.append(ev("note", text="a"))
    jpath.unlink()
    real_open = os.open

    def track(p: Any, flags: int, *args: Any, **kw: Any) -> int:
        fd = real_open(p, flags, *args, **kw)
        if Path(p) == jpath:
            fault["fd"] = fd  # the re-created file's writes will fail
        return fd

    monkeypatch.setattr(os, "open", track)
    fault["on"] = True
    assert j.append(ev("note", text="b")) is False
    assert j.problem is not None and "No space left" in j.problem
    assert not jpath.exists()
    fault["on"] = False
    assert j.retry() is True
    assert disk_lines(jpath) == j.events and len(j.events) == 3
    j.close()


# -- reading and resuming ----------------------------------------------------------


def write_journal(path: Path, events: list[dict[str, Any]]) -> None:
    with Journal.create(path, HEADER) as j:
        for e in events:
            j.append(e)


def test_read_events_round_trip(jpath: Path) -> None:
    events = [ev("step", step="i1", sentence=0), ev("name", cue="s1", name="张三"), ev("end")]
    write_journal(jpath, events)
    got, warnings = read_events(jpath)
    assert got[1:] == events and got[0]["type"] == "meeting" and warnings == []


def test_torn_last_line_is_dropped_and_cut_on_reopen(jpath: Path) -> None:
    write_journal(jpath, [ev("step", step="i1", sentence=0), ev("name", cue="s1", name="张三")])
    whole = jpath.read_bytes()
    torn = b'{"type":"timer","cue":"s1","act'
    with open(jpath, "ab") as f:
        f.write(torn)
    events, warnings = read_events(jpath)
    assert len(events) == 3 and len(warnings) == 1
    assert f"{jpath}:4:" in warnings[0] and "torn" in warnings[0]
    assert jpath.read_bytes() == whole + torn  # reading never changes the file

    j, events2, warnings2 = Journal.reopen(jpath)
    assert events2 == events and warnings2 == warnings
    assert jpath.read_bytes() == whole  # cut back to the last complete line
    assert j.append(ev("timer", cue="s1", action="start"))
    j.close()
    lines = disk_lines(jpath)
    assert lines[-1] == ev("timer", cue="s1", action="start") and len(lines) == 4
    assert read_events(jpath)[1] == []


def test_torn_mid_character_is_a_torn_line(jpath: Path) -> None:
    write_journal(jpath, [])
    with open(jpath, "ab") as f:
        f.write('{"type":"name","name":"张'.encode()[:-1])
    events, warnings = read_events(jpath)
    assert len(events) == 1 and len(warnings) == 1


def test_complete_last_line_without_newline_is_kept(jpath: Path) -> None:
    write_journal(jpath, [])
    with open(jpath, "ab") as f:
        f.write(b'{"type":"note","text":"x"}')
    events, warnings = read_events(jpath)
    assert events[-1] == ev("note", text="x") and warnings == []
    j, _, _ = Journal.reopen(jpath)
    with j:
        j.append(ev("note", text="y"))
    assert [e.get("text") for e in disk_lines(jpath)] == [None, "x", "y"]


@pytest.mark.parametrize(
    ("line", "what"),
    [
        (b"{not json}", "not valid JSON"),
        (b'{"type":"note","te', "not valid JSON"),  # a torn line that is not the last
        (b"[1,2,3]", "not a JSON object"),
        (b'"just a string"', "not a JSON object"),
        (b'{"text":"no type"}', 'no "type"'),
        (b'{"type":7}', "not a string"),
        (b"", "empty line"),
        (b"   ", "empty line"),
        (b'{"type":"note","text":"\xff\xfe"}', "not valid UTF-8"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"type":"meeting","version":1}', "second meeting header"),
    ],
)
def test_a_bad_middle_line_names_its_line(jpath: Path, line: bytes, what: str) -> None:
    write_journal(jpath, [ev("step", step="i1", sentence=0)])
    with open(jpath, "ab") as f:
        f.write(line + b"\n" + b'{"type":"note","text":"after"}\n')
    with pytest.raises(ChairError, match=what) as info:
        read_events(jpath)
    assert info.value.line == 3 and info.value.path == str(jpath)
    assert "\n" not in info.value.render()
    with pytest.raises(ChairError, match=what):
        Journal.reopen(jpath)
    assert not is_locked(jpath)  # a refused reopen leaves no lock behind


@pytest.mark.parametrize(
    ("content", "what", "line"),
    [
        (b"", "empty", None),
        (b'{"type":"step"}\n', "first line must be the meeting header", 1),
        (b'{"type":"meeting","version":2}\n', "newer chair", 1),
        (b'{"type":"meeting"}\n', "unsupported journal version", 1),
        (b'{"type":"meeting","vers', "only a torn meeting header", 1),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not valid UTF-8", 1),
        (b"\n\n\n", "empty line", 1),
    ],
)
def test_not_a_journal(tmp_path: Path, content: bytes, what: str, line: int | None) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    with pytest.raises(ChairError, match=what) as info:
        read_events(path)
    assert info.value.line == line


def test_missing_directory_fifo_and_too_large(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ChairError, match="no such journal"):
        read_events(tmp_path / "nope.jsonl")
    with pytest.raises(ChairError, match="no such journal"):
        Journal.reopen(tmp_path / "nope.jsonl")
    with pytest.raises(ChairError, match="directory"):
        read_events(tmp_path)
    with pytest.raises(ChairError, match="directory"):
        Journal.reopen(tmp_path)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(ChairError, match="not a regular file"):
        read_events(fifo)
    big = tmp_path / "big.jsonl"
    write_journal(big, [ev("note", text="x" * 1000)])
    monkeypatch.setattr(jmod, "MAX_JOURNAL_BYTES", 500)
    with pytest.raises(ChairError, match="too large"):
        read_events(big)


def test_a_growing_file_reads_as_a_snapshot(jpath: Path) -> None:
    """Export while the meeting runs: read what was there, never an error."""
    with Journal.create(jpath, HEADER) as j:
        j.append(ev("note", text="a"))
        events, warnings = read_events(jpath)
        j.append(ev("note", text="b"))
    assert len(events) == 2 and warnings == []


# -- names and finding -------------------------------------------------------------


def test_default_journal_path(tmp_path: Path) -> None:
    when = datetime(2026, 11, 26, 19, 30, 5)
    with paths.override(tmp_path):
        p = default_journal_path("2026年第三次全体会议", "run", when)
        assert p == tmp_path / "journals" / "2026-11-26_1930_2026年第三次全体会议_run.jsonl"
        odd = default_journal_path(
            '../董事会: 特别/会议 *?<>|\x00 "第二场" with a long tail', "rehearse", when
        )
        assert odd.parent == paths.journal_dir()
        stem = odd.name.removeprefix("2026-11-26_1930_").removesuffix("_rehearse.jsonl")
        assert 0 < len(stem) <= 16
        assert not set(stem) & set('/\\:*?"<>|.\x00 ')
        assert stem.startswith("董事会-特别-会议")
        assert default_journal_path("", "run", when).name == "2026-11-26_1930_meeting_run.jsonl"
        assert default_journal_path("...", "run", when).name == "2026-11-26_1930_meeting_run.jsonl"


def test_default_journal_path_is_unique(tmp_path: Path) -> None:
    when = datetime(2026, 11, 26, 19, 30)
    with paths.override(tmp_path):
        first = default_journal_path("Board", "run", when)
        with Journal.create(first, HEADER):
            pass
        second = default_journal_path("Board", "run", when)
        assert second.name == "2026-11-26_1930_Board_run-2.jsonl"
        second.write_text("")
        third = default_journal_path("Board", "run", when)
        assert third.name == "2026-11-26_1930_Board_run-3.jsonl"
        assert default_journal_path("Board", "rehearse", when).name.endswith("_rehearse.jsonl")


def test_find_unfinished(tmp_path: Path) -> None:
    sha, other = "a" * 64, "b" * 64
    with paths.override(tmp_path):
        jd = paths.journal_dir()
        assert find_unfinished(sha) is None  # no directory yet

        def make(name: str, sha256: str, mode: str, end: bool, mtime: int) -> Path:
            p = jd / name
            with Journal.create(p, {**HEADER, "sha256": sha256, "mode": mode}) as j:
                j.append(ev("step", step="i1", sentence=0))
                if end:
                    j.append(ev("end"))
            os.utime(p, (mtime, mtime))
            return p

        make("old-unfinished.jsonl", sha, "run", False, 1_000)
        newer = make("newer-unfinished.jsonl", sha, "run", False, 2_000)
        make("newest-finished.jsonl", sha, "run", True, 3_000)
        make("rehearsal.jsonl", sha, "rehearse", False, 4_000)
        make("other-script.jsonl", other, "run", False, 5_000)
        (jd / "garbage.jsonl").write_bytes(b"\xff\xfe garbage\n")
        (jd / "empty.jsonl").write_bytes(b"")
        (jd / "dir.jsonl").mkdir()
        (jd / "notes.txt").write_text(json.dumps({"type": "meeting", "sha256": sha}))
        assert find_unfinished(sha) == newer
        assert find_unfinished(sha, "rehearse") == jd / "rehearsal.jsonl"
        assert find_unfinished("c" * 64) is None

        torn = make("torn.jsonl", sha, "run", False, 6_000)
        with open(torn, "ab") as f:
            f.write(b'{"type":"en')  # a torn `end` is no end
        os.utime(torn, (6_000, 6_000))
        assert find_unfinished(sha) == torn


# -- properties --------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
event_types = st.sampled_from(
    ["step", "name", "timer", "extra", "note", "skip", "speed", "resume", "interrupted", "end"]
) | st.text(min_size=1, max_size=10).filter(lambda t: t != "meeting")
events_st = st.builds(
    lambda t, fields: {**fields, "type": t},
    event_types,
    st.dictionaries(st.text(max_size=8), json_values, max_size=5),
)
PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(st.lists(events_st, max_size=12))
def test_property_append_then_read_is_identity(events: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "j.jsonl"
        with Journal.create(path, HEADER) as j:
            for e in events:
                assert j.append(e) is True
        got, warnings = read_events(path)
        assert got[1:] == events and warnings == []
        j2, again, _ = Journal.reopen(path)
        j2.close()
        assert again == got


@PROPS
@given(st.lists(events_st, min_size=1, max_size=8), st.data())
def test_property_a_cut_file_reads_or_refuses(events: list[dict[str, Any]], data: Any) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "j.jsonl"
        with Journal.create(path, HEADER) as j:
            for e in events:
                j.append(e)
        whole = path.read_bytes()
        full = [j.events[0], *events]
        cut = data.draw(st.integers(0, len(whole)), label="cut")
        path.write_bytes(whole[:cut])
        complete = whole[:cut].count(b"\n")
        try:
            got, warnings = read_events(path)
        except ChairError:
            assert complete == 0  # only a file without a whole header is refused
            return
        assert got == full[: len(got)]
        assert len(got) in (complete, complete + 1)
        assert len(warnings) == (
            0 if cut == 0 or whole[:cut].endswith(b"\n") or len(got) > complete else 1
        )
        j2, _, _ = Journal.reopen(path)
        with j2:
            assert j2.append({"type": "note", "text": "after"})
        after, warnings = read_events(path)
        assert after == [*got, {"type": "note", "text": "after"}] and warnings == []


@PROPS
@given(st.binary(max_size=300), st.booleans())
def test_property_garbage_is_a_chair_error_or_reads(tail: bytes, with_header: bool) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "j.jsonl"
        head = b'{"type":"meeting","version":1}\n' if with_header else b""
        path.write_bytes(head + tail)
        try:
            events, _ = read_events(path)
        except ChairError as exc:
            assert "\n" not in exc.render()
            if with_header:  # line 1 is a good header: the damage is on a later line,
                assert exc.line is not None and exc.line >= 2, exc.render()
                lines = (head + tail).split(b"\n")  # and every line before it reads
                path.write_bytes(b"\n".join(lines[: exc.line - 1]) + b"\n")
                assert len(read_events(path)[0]) == exc.line - 1
        else:
            assert events[0]["type"] == "meeting"
            assert len(events) <= (head + tail).count(b"\n") + 1

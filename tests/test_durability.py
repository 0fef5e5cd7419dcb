"""The journal's fsyncs, checked by what they sync: the file, at the size it should have, and
the directory that holds a newly created file.

`os.fsync` is spied on and each call recorded as (path, size of the file at that moment),
so a dropped fsync, one on the wrong descriptor or one made before the cut shows.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from chair.errors import ChairError
from chair.journal import Journal, encode, read_events

HEADER = {
    "type": "meeting",
    "version": 1,
    "title": "测试",
    "start_wall": "2026-11-26T09:00:00+08:00",
    "t": 0.0,
}


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int | None]]:
    """Every os.fsync as (path of the descriptor, file size then; None for a directory)."""
    calls: list[tuple[str, int | None]] = []
    real = os.fsync

    def spy(fd: int) -> None:
        path = os.readlink(f"/proc/self/fd/{fd}")
        st = os.fstat(fd)
        calls.append((path, None if os.path.isdir(path) else st.st_size))
        real(fd)

    monkeypatch.setattr(os, "fsync", spy)
    return calls


@pytest.fixture
def jpath(tmp_path: Path) -> Path:
    return tmp_path / "journals" / "m.jsonl"


def test_create_syncs_the_file_then_its_directory(jpath, synced):
    with Journal.create(jpath, HEADER):
        header_size = jpath.stat().st_size
        assert synced == [(str(jpath), header_size), (str(jpath.parent), None)]


def test_taking_over_an_empty_file_syncs_no_directory(jpath, synced):
    jpath.parent.mkdir(parents=True)
    jpath.write_bytes(b"")
    with Journal.create(jpath, HEADER):
        assert synced == [(str(jpath), jpath.stat().st_size)]


def test_a_directory_that_refuses_fsync_does_not_stop_the_meeting(jpath, monkeypatch):
    real = os.fsync

    def no_dir_sync(fd: int) -> None:
        if os.path.isdir(os.readlink(f"/proc/self/fd/{fd}")):
            raise OSError(errno.EINVAL, "Invalid argument")
        real(fd)

    monkeypatch.setattr(os, "fsync", no_dir_sync)
    with Journal.create(jpath, HEADER) as j:
        assert j.append({"type": "note", "text": "照常", "t": 1.0}) is True
    assert [e["type"] for e in read_events(jpath)[0]] == ["meeting", "note"]


def test_every_append_syncs_the_journal_at_its_new_size(jpath, synced):
    with Journal.create(jpath, HEADER) as j:
        synced.clear()
        for i in range(3):
            assert j.append({"type": "note", "text": f"第{i}条", "t": float(i)})
            assert synced[-1] == (str(jpath), jpath.stat().st_size)
        assert len(synced) == 3


def journal_with(jpath: Path, tail: bytes) -> int:
    """A journal of two complete lines followed by `tail`; returns the complete lines' size."""
    jpath.parent.mkdir(parents=True, exist_ok=True)
    good = encode(HEADER) + encode({"type": "note", "text": "完整", "t": 1.0})
    jpath.write_bytes(good + tail)
    return len(good)


def test_cutting_a_torn_line_is_synced_after_the_cut(jpath, synced):
    keep = journal_with(jpath, b'{"type":"note","te')
    journal, events, warnings = Journal.reopen(jpath)
    try:
        assert jpath.stat().st_size == keep
        assert synced == [(str(jpath), keep)]  # synced once, the file already cut
        assert [e["type"] for e in events] == ["meeting", "note"]
        assert warnings == [f"{jpath}:3: dropped a torn last line (chair stopped while writing it)"]
    finally:
        journal.close()


def test_ending_an_unended_last_line_is_synced(jpath, synced):
    keep = journal_with(jpath, b'{"type":"note","text":"\xe6\x9c\xab","t":2.0}')
    size = jpath.stat().st_size
    journal, events, _ = Journal.reopen(jpath)
    try:
        assert synced == [(str(jpath), size + 1)] and size > keep
        assert jpath.read_bytes().endswith(b"}\n")
        assert [e.get("text") for e in events][-1] == "末"
    finally:
        journal.close()


def test_reopening_a_clean_journal_changes_and_syncs_nothing(jpath, synced):
    keep = journal_with(jpath, b"")
    journal, events, warnings = Journal.reopen(jpath)
    journal.close()
    assert synced == [] and warnings == [] and jpath.stat().st_size == keep
    assert len(events) == 2


def test_a_recreated_journal_syncs_the_file_whole_then_the_directory(jpath, synced):
    with Journal.create(jpath, HEADER) as j:
        j.append({"type": "note", "text": "一", "t": 1.0})
        jpath.unlink()
        synced.clear()
        assert j.append({"type": "note", "text": "二", "t": 2.0}) is True
        whole = jpath.stat().st_size
        assert [e.get("text") for e in read_events(jpath)[0]] == [None, "一", "二"]
        assert (str(jpath), whole) in synced
        assert synced.index((str(jpath), whole)) < synced.index((str(jpath.parent), None))


def test_the_torn_line_is_gone_before_anything_is_appended(jpath):
    journal_with(jpath, b'{"type":"no')
    journal, _, _ = Journal.reopen(jpath)
    with journal:
        journal.append({"type": "note", "text": "接着", "t": 3.0})
    events, warnings = read_events(jpath)
    assert warnings == []
    assert [e.get("text") for e in events] == [None, "完整", "接着"]


def test_spy_sees_real_paths(tmp_path: Path, synced: list[Any]) -> None:
    """The spy itself: a plain file synced by hand is recorded under its path and size."""
    f = tmp_path / "x"
    f.write_bytes(b"abc")
    fd = os.open(f, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    assert synced == [(str(f), 3)]


def test_a_journal_removed_with_its_directories_comes_back_whole(tmp_path):
    import shutil
    import stat

    path = tmp_path / "a" / "b" / "m.jsonl"
    old = os.umask(0o022)
    try:
        with Journal.create(path, HEADER) as j:
            j.append({"type": "note", "text": "一", "t": 1.0})
            shutil.rmtree(tmp_path / "a")
            assert j.append({"type": "note", "text": "二", "t": 2.0}) is True
            assert j.problem is None
            assert [e.get("text") for e in read_events(path)[0]] == [None, "一", "二"]
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert repr(j) == f"<Journal {path} 3 events>"
        assert repr(j) == f"<Journal {path} closed>"
    finally:
        os.umask(old)


def test_a_new_journal_is_its_owner_s_alone(tmp_path):
    """Names and notes of a meeting: created 0600 whatever the umask lets through."""
    import stat

    old = os.umask(0o022)
    try:
        with Journal.create(tmp_path / "m.jsonl", HEADER):
            assert stat.S_IMODE((tmp_path / "m.jsonl").stat().st_mode) == 0o600
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    ("title", "mode", "name"),
    [
        ("--第三次 全体会议!!", "run", "2026-11-26_1930_第三次-全体会议_run.jsonl"),
        ("__年会__", "rehearse", "2026-11-26_1930_年会_rehearse.jsonl"),
        ("", "", "2026-11-26_1930_meeting_run.jsonl"),
        ("！！！", "??", "2026-11-26_1930_meeting_run.jsonl"),
        (
            "一二三四五六七八九十一二三四五六七八",
            "run",
            "2026-11-26_1930_一二三四五六七八九十一二三四五六_run.jsonl",
        ),
        (
            "一二三四五六七八九十一二三四五-七",
            "run",
            "2026-11-26_1930_一二三四五六七八九十一二三四五_run.jsonl",
        ),
    ],
)
def test_default_journal_names(tmp_path, title, mode, name):
    from datetime import datetime

    from chair.journal import default_journal_path

    when = datetime(2026, 11, 26, 19, 30)
    assert default_journal_path(title, mode, when).name == name


def test_a_one_byte_torn_line_is_cut_too(jpath, synced):
    keep = journal_with(jpath, b"{")
    journal, events, warnings = Journal.reopen(jpath)
    journal.close()
    assert jpath.stat().st_size == keep and len(events) == 2
    assert warnings == [f"{jpath}:3: dropped a torn last line (chair stopped while writing it)"]


def test_taking_over_an_empty_file_that_cannot_take_the_header_leaves_it_empty(jpath, monkeypatch):
    jpath.parent.mkdir(parents=True)
    jpath.write_bytes(b"")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ChairError) as info:
        Journal.create(jpath, HEADER)
    assert str(info.value) == f"{jpath}: cannot write the journal: No space left on device"
    assert jpath.exists() and jpath.read_bytes() == b""  # not ours to remove: emptied


def test_a_reopened_journal_reports_its_problems(jpath, monkeypatch):
    journal_with(jpath, b"")
    seen: list = []
    journal, _, _ = Journal.reopen(jpath, on_problem=seen.append)
    real = os.write

    def full(fd: int, data) -> int:
        if fd == journal._fd:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(os, "write", full)
    try:
        assert journal.append({"type": "note", "text": "满", "t": 5.0}) is False
        assert seen and "No space left on device" in seen[-1]
    finally:
        monkeypatch.setattr(os, "write", real)
        journal.close()

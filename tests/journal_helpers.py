"""Journals on disk for tests: a header, hand-written lines, a session that records to a file.

Tests that check replay, resume and the minutes go through the file and the public readers
(`read_journal`, `replay_journal`, `chair export`), never through a session's in-memory events.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from chair.events import Event, from_record, to_record
from chair.journal import encode, read_journal
from chair.model import Meeting, meeting_to_dict
from chair.replay import replay_journal
from chair.session import Session
from tests.conftest import FakeClock, small_meeting

START = datetime(2026, 11, 26, 9, 0, tzinfo=timezone(timedelta(hours=8)))


def header(
    meeting: Meeting | None = None, *, mode: str = "run", start: datetime = START, **fields: Any
) -> dict[str, Any]:
    """Line 1 of a journal, as `chair run` writes it."""
    meeting = meeting or small_meeting()
    wall = start.isoformat(timespec="seconds")
    h = {
        "type": "meeting",
        "version": 1,
        "script": "/tmp/测试会议.txt",
        "sha256": "0" * 64,
        "title": meeting.title,
        "mode": mode,
        "lang": "zh",
        "chair": "王主任",
        "speed": 200.0,
        "start_wall": wall,
        "epoch": start.timestamp(),
        "meeting": meeting_to_dict(meeting),
        "t": 0.0,
        "wall": wall,
    }
    h.update(fields)
    return h


def write_lines(path: Path, events: list[dict[str, Any]]) -> Path:
    """A journal written by hand: one compact JSON object a line."""
    with open(path, "w", encoding="utf-8") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path


class Recorder:
    """A live session whose every event is appended to a journal file, on a fake clock."""

    def __init__(
        self,
        path: Path,
        clock: FakeClock | None = None,
        *,
        meeting: Meeting | None = None,
        mode: str = "run",
        start: datetime = START,
        **fields: Any,
    ):
        self.path = path
        self.clock = clock or FakeClock()
        self.header = header(meeting, mode=mode, start=start, **fields)
        self.session = Session(
            meeting or small_meeting(),
            clock=self.clock,
            start_wall=start,
            sink=self.write,
            mode=mode,
        )
        self.write(self.header)
        self.session.apply(from_record(self.header))
        self.session.start()

    def write(self, event: Event | dict[str, Any]) -> None:
        """The session's sink; a dict is a line written by hand."""
        record = to_record(event) if isinstance(event, Event) else event
        with open(self.path, "ab") as f:
            f.write(encode(record))

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.path.read_text("utf-8").splitlines()]


def replayed(path: Path, now: float | None = None, **kwargs: Any) -> Session:
    """The session a journal file describes, read the way `chair export` and `resume` do."""
    events, _ = read_journal(path)
    last = max((ev.t or 0.0 for ev in events), default=0.0)
    t = last if now is None else now
    return replay_journal(events, path, clock=lambda: t, **kwargs)

"""Follow a meeting another process is writing: its journal, read line by line as it grows.

The chair's process appends to the journal; a follower only reads it. There is no second
source of truth and no connection between the two processes: a `Session` is rebuilt from
the journal's events, and the countdown is computed from its timer events and the wall
clock, exactly as the chair's session computes it from its own clock.

Meeting time here is `wall() - header.epoch`, raised whenever an event carries a later `t`
than that (a chair resumed after the wall clock stepped back keeps its own time; the
follower follows it). It never goes backwards.

A damaged line is the same `ChairError` text (`JOURNAL:LINE: what is wrong`) that
`chair resume` and `chair export` stop with; a follower reports it and goes on.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from chair.errors import ChairError
from chair.events import BadLine, Event, MeetingHeader, Record, check_header, event_at, parse_record
from chair.model import DEFAULT_SPEED
from chair.session import BadEvent, Session

MAX_READ = 64 * 1024 * 1024
"""At most this much of the file is read in one look."""


@dataclass
class Poll:
    """What one look at the journal file found."""

    numbered: list[tuple[int, Record]] = field(default_factory=list)
    """The new complete lines' records, each with its line number."""
    restarted: bool = False
    """The file was replaced or shortened: forget everything and start over with these."""

    @property
    def events(self) -> list[Record]:
        return [record for _lineno, record in self.numbered]


class JournalFollower:
    """Reads the complete lines another process appends to a journal, as they come.

    Only lines ending in `\\n` are taken: a line being written (or torn by a crash, and
    later cut off by `chair resume`) is read again from its start on the next poll.
    A file that disappears keeps what was read (the chair re-creates a deleted journal
    with every event); a file replaced by another (new inode) or shortened below what was
    read is read again from its first line.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.offset = 0
        """Bytes of complete lines taken so far."""
        self.lines = 0
        self.exists = False
        self.error: str | None = None
        """Why the file cannot be followed right now (not a file, damaged line), else None."""
        self._ident: tuple[int, int] | None = None
        self._header_ok = False
        self._transient = False

    @property
    def has_header(self) -> bool:
        return self._header_ok

    def poll(self) -> Poll:
        if self._transient:  # a trouble of the last look, not damage in the file: look again
            self.error = None
            self._transient = False
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self.exists = False
            return Poll()
        except OSError as exc:
            self.exists = False
            return self._trouble(exc.strerror or str(exc))
        self.exists = True
        if not stat.S_ISREG(st.st_mode):
            return self._trouble("not a regular file")
        restarted = False
        ident = (st.st_dev, st.st_ino)
        if self._ident is not None and (ident != self._ident or st.st_size < self.offset):
            self.offset = 0
            self.lines = 0
            self._header_ok = False
            self.error = None
            restarted = True
        self._ident = ident
        if st.st_size <= self.offset:
            return Poll(restarted=restarted)
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                data = f.read(min(st.st_size - self.offset, MAX_READ))
        except OSError as exc:
            return self._trouble(exc.strerror or str(exc), restarted)
        end = data.rfind(b"\n")
        if end < 0:
            return Poll(restarted=restarted)
        numbered: list[tuple[int, Record]] = []
        for raw in data[: end + 1].splitlines(keepends=True):
            self.offset += len(raw)
            self.lines += 1
            try:
                record = parse_record(raw)
                if self.lines == 1:
                    check_header(record)
                    self._header_ok = True
                elif not self._header_ok:
                    continue  # a file whose header is bad: nothing after it counts
                elif record["type"] == "meeting":
                    raise BadLine("a second meeting header")
            except BadLine as bad:
                self.error = ChairError(str(bad), self.path, self.lines).render()
                continue
            numbered.append((self.lines, record))
        return Poll(numbered, restarted)

    def _trouble(self, message: str, restarted: bool = False) -> Poll:
        if self.error is None:
            self.error = ChairError(message, self.path).render()
            self._transient = True
        return Poll(restarted=restarted)


class MeetingFollower:
    """A `Session` kept up to date from a journal, and the meeting time to read it with."""

    def __init__(self, path: str | Path, wall: Callable[[], float] = time.time):
        self.follower = JournalFollower(path)
        self.wall = wall
        self.header: MeetingHeader | None = None
        self.session: Session | None = None
        self.skew = 0.0
        self.problem: str | None = None
        """The last event that could not be applied, as `JOURNAL:LINE: what is wrong`."""

    @property
    def path(self) -> Path:
        return self.follower.path

    def now(self) -> float:
        """Meeting time: seconds since the meeting started, never behind the journal."""
        if self.header is None:
            return 0.0
        return self.wall() - (self.header.epoch or 0.0) + self.skew

    def poll(self) -> bool:
        """Take the journal's new lines; True if anything changed."""
        result = self.follower.poll()
        changed = False
        if result.restarted:
            self.header = None
            self.session = None
            self.skew = 0.0
            self.problem = None
            changed = True
        for lineno, record in result.numbered:
            self._take(lineno, record)
            changed = True
        return changed

    def _take(self, lineno: int, record: Record) -> None:
        if lineno > 1 and self.session is None:
            return
        try:
            event = event_at(record, lineno, self.path)
        except ChairError as exc:
            if lineno == 1:
                self.header = None
                self.session = None
            self.problem = exc.render()
            return
        if isinstance(event, MeetingHeader):
            self._start(event)
            return
        assert self.session is not None
        self._raise_skew(event)
        try:
            self.session.apply(event)
        except BadEvent as exc:
            self.problem = ChairError(
                f"cannot replay this {event.kind!r} event ({exc})", self.path, lineno
            ).render()

    def _raise_skew(self, event: Event) -> None:
        if event.t is not None:
            self.skew = max(self.skew, event.t - (self.now() - self.skew))

    def _start(self, header: MeetingHeader) -> None:
        self.header = header
        self.skew = 0.0
        self.session = Session(
            header.meeting,
            clock=self.now,
            start_wall=header.start_wall,
            mode=header.mode,
            speed=header.speed or DEFAULT_SPEED,
        )
        self.session.apply(header)

    @property
    def lang(self) -> str | None:
        return self.header.lang if self.header else None

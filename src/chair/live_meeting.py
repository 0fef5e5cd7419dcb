"""A meeting being run: its journal header, its journal, its session and its clock.

`chair run`, `chair rehearse` and `chair resume` only parse their arguments and call
`LiveMeeting.start` or `LiveMeeting.resume`; the bench and the tests use the same
constructors, so what they measure and check is what the chair runs. `chair display`
follows a meeting with `LiveMeeting.follow`. No screen here: the caller shows the session.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from chair import paths
from chair.dataclass_lite import dataclass
from chair.errors import ChairError
from chair.events import Ended, Event, MeetingHeader, decode_all, to_record
from chair.journal import Journal, ProblemCallback, default_journal_path
from chair.model import DEFAULT_LIMIT_S, DEFAULT_SPEED, Meeting
from chair.session import MeetingClock, Session

if TYPE_CHECKING:
    from chair.follow import MeetingFollower

MAX_BRIDGE_S = 1e8
"""A gap between two processes longer than this (three years) is a wrong clock, not a gap."""


@dataclass(frozen=True)
class Conclusion:
    """How a run of the meeting ended, for the command to tell the user."""

    path: Path
    """The journal."""
    ended: bool
    """The meeting is over (else it can be resumed)."""
    unwritten: int
    """Events the disk never took; they are in `rescue`."""
    rescue: Path | None


class LiveMeeting:
    """One meeting in this process: every event goes to the journal before the session."""

    def __init__(self, header: MeetingHeader, journal: Journal, session: Session):
        self.header = header
        self.journal = journal
        self.session = session
        session.sink = self.record

    def record(self, event: Event) -> None:
        """The session's sink: the event is in the journal (or waiting for the disk) after."""
        self.journal.append(to_record(event))

    @property
    def mode(self) -> str:
        return self.header.mode

    # -- constructors ----------------------------------------------------------------

    @classmethod
    def start(
        cls,
        meeting: Meeting,
        journal_path: str | Path | None = None,
        *,
        mode: str = "run",
        script: str | Path | None = None,
        sha256: str | None = None,
        lang: str = "zh",
        chair: str | None = None,
        speed: float = DEFAULT_SPEED,
        default_limit_s: int = DEFAULT_LIMIT_S,
        clock: Callable[[], float] | None = None,
        start_wall: datetime | None = None,
        epoch: float | None = None,
        on_problem: ProblemCallback | None = None,
    ) -> LiveMeeting:
        """A new meeting: its header on disk, then its first position.

        Without `journal_path` the journal goes to the default place for its title and mode.
        """
        start_wall = start_wall or datetime.now().astimezone()
        header = MeetingHeader(
            script=str(script) if script is not None else None,
            sha256=sha256,
            title=meeting.title,
            mode=mode,
            lang=lang,
            chair=chair or meeting.chair,
            speed=float(speed),
            default_limit_s=default_limit_s,
            start_wall=start_wall,
            epoch=time.time() if epoch is None else epoch,
            meeting=meeting,
            t=0.0,
            wall=start_wall.isoformat(timespec="seconds"),
        )
        path = (
            Path(journal_path)
            if journal_path
            else default_journal_path(meeting.title, mode, start_wall)
        )
        journal = Journal.create(path, to_record(header), on_problem)
        session = Session(
            meeting,
            clock=clock or MeetingClock(),
            start_wall=start_wall,
            mode=mode,
            speed=float(speed),
            default_limit_s=default_limit_s,
        )
        session.apply(header)
        live = cls(header, journal, session)
        session.start()
        return live

    @classmethod
    def resume(
        cls,
        path: str | Path,
        *,
        wall: Callable[[], float] = time.time,
        mono: Callable[[], float] = time.monotonic,
        on_problem: ProblemCallback | None = None,
    ) -> tuple[LiveMeeting, list[str]]:
        """Go on with an unfinished meeting where its journal stops; also its warnings.

        The new process's meeting clock starts once from the wall clock (`wall() - epoch`),
        never behind the journal's last event, and a `resume` event records the gap.
        """
        from chair.replay import header_of, replay_journal

        journal, records, warnings = Journal.reopen(path, on_problem)
        try:
            events = decode_all(records, path)
            header = header_of(events, path)
            if any(isinstance(ev, Ended) for ev in events):
                raise ChairError("this meeting has ended; use `chair export` for its minutes", path)
            session = replay_journal(
                events,
                path,
                clock=lambda: 0.0,
                mode=header.mode,
                speed=header.speed if header.speed else DEFAULT_SPEED,
                default_limit_s=header.default_limit_s or DEFAULT_LIMIT_S,
            )
            last_t = session.last_t
            since = wall() - header.epoch if header.epoch is not None else 0.0
            offset = max(last_t, since) if 0 <= since <= MAX_BRIDGE_S else last_t
            session.clock = MeetingClock(offset, mono)
        except BaseException:
            journal.close()
            raise
        live = cls(header, journal, session)
        session.resume(lost=round(last_t, 3), pid=os.getpid())
        return live, warnings

    @staticmethod
    def follow(path: str | Path, wall: Callable[[], float] = time.time) -> MeetingFollower:
        """Another process's meeting, read-only, as its journal grows (`chair display`)."""
        from chair.follow import MeetingFollower

        return MeetingFollower(path, wall)

    # -- the end -------------------------------------------------------------------------

    def conclude(self) -> Conclusion:
        """This process is done with the meeting: write what waits, close the journal.

        Events the disk never took are written to a rescue file beside it (or in the
        temporary directory); the meeting stays resumable unless it ended.
        """
        self.journal.retry()
        unwritten = self.journal.unwritten
        self.journal.close()
        rescue = _rescue(self.journal) if unwritten else None
        return Conclusion(self.journal.path, self.session.ended, unwritten, rescue)


def _rescue(journal: Journal) -> Path:
    """Write every event the journal accepted to a fresh file, when its own file failed."""
    for folder in (paths.journal_dir(), Path(tempfile.gettempdir())):
        target = folder / f"{journal.path.stem}.rescue-{os.getpid()}.jsonl"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Private like the journal itself: a meeting's names and notes are the office's.
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(fd, "w", encoding="utf-8") as fh:
                for record in journal.events:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            return target
        except OSError:
            continue
    return journal.path

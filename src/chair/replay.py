"""Rebuild a meeting from its journal; any damage is a `ChairError` naming the line.

`chair resume`, `chair export` and `chair display` read journals that may have been edited
by hand, cut short, or written by another program. Every line is decoded by
`chair.events.event_at` (its shape) and applied by `Session.apply` (whether it fits this
meeting): both report `chair: error: JOURNAL:LINE: …`, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from chair.errors import ChairError
from chair.events import Event, MeetingHeader
from chair.session import BadEvent, Session


def header_of(events: list[Event], path: str | Path | None) -> MeetingHeader:
    """Line 1, checked to hold an agenda a session can walk."""
    header = events[0] if events else None
    if not isinstance(header, MeetingHeader):
        raise ChairError("journal is empty (no meeting header)", path)
    if not header.meeting.steps():
        raise ChairError("the meeting header's agenda has no steps", path, 1)
    return header


def apply_events(
    session: Session,
    events: Iterable[Event],
    path: str | Path | None,
    first_line: int = 1,
    after: Callable[[Event], None] | None = None,
) -> None:
    """Apply decoded events in order; one that does not fit the meeting names its line."""
    for n, event in enumerate(events, start=first_line):
        try:
            session.apply(event)
        except BadEvent as exc:
            raise ChairError(f"cannot replay this {event.kind!r} event ({exc})", path, n) from None
        if after is not None:
            after(event)


def replay_journal(
    events: list[Event], path: str | Path | None, *, clock: Callable[[], float], **kwargs: Any
) -> Session:
    """The session a whole decoded journal (header first) describes, or a ChairError."""
    header = header_of(events, path)
    session = Session(header.meeting, clock=clock, start_wall=header.start_wall, **kwargs)
    apply_events(session, events, path)
    return session

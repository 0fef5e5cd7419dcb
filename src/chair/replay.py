"""Rebuild a meeting from its journal, turning any damage into a `ChairError` with the line.

`chair resume` and `chair export` both read journals that may have been edited by hand,
cut short, or written by another program. `Session.apply` refuses a damaged event with
one of `REPLAY_ERRORS`; here that becomes `chair: error: JOURNAL:LINE: …`, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from chair.errors import ChairError
from chair.model import Meeting, meeting_from_dict
from chair.session import REPLAY_ERRORS, Event, Session


def parse_wall(value: Any) -> datetime | None:
    """An ISO time from a journal, made timezone-aware; None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        wall = datetime.fromisoformat(value)
    except ValueError:
        return None
    try:
        return wall if wall.tzinfo is not None else wall.astimezone()
    except (OverflowError, OSError, ValueError):
        return None


def header_meeting(header: Event, path: str | Path | None) -> tuple[Meeting, datetime]:
    """The agenda and start time a journal's header holds (line 1), checked."""
    if not isinstance(header.get("meeting"), dict):
        raise ChairError("the meeting header holds no agenda", path, 1)
    try:
        meeting = meeting_from_dict(header["meeting"])
        Session(meeting, clock=lambda: 0.0)  # every step must be usable, not only parse
    except REPLAY_ERRORS as exc:
        raise ChairError(f"the meeting header holds no usable agenda "
                         f"({type(exc).__name__}: {exc})", path, 1) from None
    if not meeting.steps():
        raise ChairError("the meeting header's agenda has no steps", path, 1)
    start_wall = parse_wall(header.get("start_wall")) or parse_wall(header.get("wall"))
    if start_wall is None:
        raise ChairError("the meeting header has no valid start_wall time", path, 1)
    return meeting, start_wall


def apply_events(session: Session, events: list[Event], path: str | Path | None,
                 first_line: int = 1,
                 after: Callable[[Event], None] | None = None) -> None:
    """Apply journal events in order; a damaged one is a ChairError naming its line."""
    for n, ev in enumerate(events):
        try:
            session.apply(ev)
        except REPLAY_ERRORS as exc:
            kind = ev.get("type") if isinstance(ev, dict) else None
            raise ChairError(f"cannot replay this {kind!r} event "
                             f"({type(exc).__name__}: {exc})", path, n + first_line) from None
        if after is not None:
            after(ev)


def replay_journal(events: list[Event], path: str | Path | None, *,
                   clock: Callable[[], float], **kwargs: Any) -> Session:
    """The session a whole journal (header first) describes, or a ChairError."""
    if not events:
        raise ChairError("journal is empty (no meeting header)", path)
    meeting, start_wall = header_meeting(events[0], path)
    session = Session(meeting, clock=clock, start_wall=start_wall, **kwargs)
    apply_events(session, events, path)
    try:
        session.snapshot()  # what the screen reads first must be readable
        session.forecast_end()
    except REPLAY_ERRORS as exc:
        raise ChairError(f"the journal describes no usable state ({type(exc).__name__}: {exc})",
                         path) from None
    return session

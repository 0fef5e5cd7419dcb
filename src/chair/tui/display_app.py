"""`chair display`: the speaker's read-only view of a meeting, following its journal.

The chair's process appends to the journal; this view only reads it. There is no second
source of truth and no connection between the two processes: the countdown is computed
from the journal's timer events and the wall clock, exactly as the chair's session
computes it from its own clock, so both screens agree to within a tick.

Meeting time here is `wall() - header["epoch"]`, raised whenever an event carries a later
`t` than that (a chair resumed after the wall clock stepped back keeps its own time; the
view follows it). It never goes backwards.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from chair.i18n import Strings, tr
from chair.session import Phase, Session, format_clock
from chair.tui.widgets.big_clock import BigClock

POLL_S = 0.25
"""How often the journal file is checked for new lines."""
TICK_S = 0.1
"""How often the countdown is redrawn (BigClock redraws only when the digits change)."""
MAX_READ = 64 * 1024 * 1024

PHASES: tuple[Phase, ...] = ("idle", "normal", "warning", "final", "overtime", "paused", "done")


# -- following the file --------------------------------------------------------------


@dataclass
class Poll:
    """What one look at the journal file found."""

    events: list[dict[str, Any]]
    restarted: bool = False
    """The file was replaced or shortened: forget everything and start over with `events`."""


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
        from chair.journal import _BadLine, _check_header, _parse_line

        if self._transient:  # a trouble of the last look, not damage in the file: look again
            self.error = None
            self._transient = False
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self.exists = False
            return Poll([])
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
            return Poll([], restarted)
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                data = f.read(min(st.st_size - self.offset, MAX_READ))
        except OSError as exc:
            return self._trouble(exc.strerror or str(exc), restarted)
        end = data.rfind(b"\n")
        if end < 0:
            return Poll([], restarted)
        events: list[dict[str, Any]] = []
        for raw in data[: end + 1].splitlines(keepends=True):
            self.offset += len(raw)
            self.lines += 1
            try:
                event = _parse_line(raw)
                if self.lines == 1:
                    _check_header(event)
                    self._header_ok = True
                elif not self._header_ok:
                    continue  # a file whose header is bad: nothing after it counts
                elif event["type"] == "meeting":
                    raise _BadLine("a second meeting header")
            except _BadLine as bad:
                self.error = f"{self.path}:{self.lines}: {bad}"
                continue
            events.append(event)
        return Poll(events, restarted)

    def _trouble(self, message: str, restarted: bool = False) -> Poll:
        if self.error is None:
            self.error = f"{self.path}: {message}"
            self._transient = True
        return Poll([], restarted)


# -- the meeting as the speaker sees it ----------------------------------------------


@dataclass(frozen=True)
class View:
    """Everything the screen shows; equal views need no redraw."""

    kind: str
    """`waiting`, `between`, `speaker`, `ended` or `bad`."""
    title: str = ""
    item: str = ""
    name: str = ""
    extra: bool = False
    clock: str = ""
    phase: Phase = "idle"
    next_name: str = ""
    message: str = ""


class MeetingFollower:
    """A `Session` kept up to date from a journal, and the meeting time to read it with."""

    def __init__(self, path: str | Path, wall: Callable[[], float] = time.time):
        self.follower = JournalFollower(path)
        self.wall = wall
        self.header: dict[str, Any] | None = None
        self.session: Session | None = None
        self.skew = 0.0
        self.problem: str | None = None

    def now(self) -> float:
        """Meeting time: seconds since the meeting started, never behind the journal."""
        if self.header is None:
            return 0.0
        return self.wall() - float(self.header.get("epoch") or 0.0) + self.skew

    def poll(self) -> bool:
        """Take the journal's new lines; True if anything changed."""
        result = self.follower.poll()
        changed = False
        if result.restarted:
            self.header = None
            self.session = None
            self.skew = 0.0
            changed = True
        for event in result.events:
            self._take(event)
            changed = True
        return changed

    def _take(self, event: dict[str, Any]) -> None:
        if event.get("type") == "meeting":
            self._start(event)
            return
        if self.session is None:
            return
        try:
            t = float(event.get("t", self.session.last_t))
        except (TypeError, ValueError):
            t = self.session.last_t
        self.skew = max(self.skew, t - (self.now() - self.skew))
        try:
            self.session.apply(event)
        except (KeyError, ValueError, TypeError, IndexError) as exc:
            self.problem = f"{event.get('type')}: {exc!r}"

    def _start(self, header: dict[str, Any]) -> None:
        from datetime import datetime

        from chair.model import DEFAULT_SPEED, meeting_from_dict

        self.header = header
        self.skew = 0.0
        try:
            meeting = meeting_from_dict(header["meeting"])
            start_wall = datetime.fromisoformat(header["start_wall"]) if header.get(
                "start_wall") else None
            self.session = Session(meeting, clock=self.now, start_wall=start_wall,
                                   mode=str(header.get("mode", "run")),
                                   speed=float(header.get("speed") or DEFAULT_SPEED))
            self.session.apply(header)
        except (KeyError, ValueError, TypeError) as exc:
            self.session = None
            self.problem = f"header: {exc!r}"

    @property
    def lang(self) -> str | None:
        return self.header.get("lang") if self.header else None

    def view(self, strings: Strings) -> View:
        s = self.session
        if s is None:
            if self.header is not None or (self.follower.error and not self.follower.has_header):
                return View("bad", message=self.follower.error or self.problem or "")
            return View("waiting")
        title = s.meeting.title
        if self.header and self.header.get("mode") == "rehearse":
            title = f"{strings['rehearsal']} · {title}"
        if s.ended:
            return View("ended", title=title)
        item = _item_label(s, strings)
        cue = s.running_cue()
        if cue is None and s.current.is_cue:
            cue = s.current.id
        if cue is not None:
            step = s.step_by_id(cue)
            extra = bool(step is not None and getattr(step.step, "extra", False))
            return View("speaker", title=title, item=item, name=s.name_of(cue) or "",
                        extra=extra, clock=format_clock(s.remaining(cue)), phase=s.phase(cue))
        return View("between", title=title, item=item, next_name=_next_speaker(s, strings))


def _item_label(s: Session, strings: Strings) -> str:
    item = s.current_item
    if item is None:
        started = any(span.start is not None for span in s.items)
        return strings["display.closing" if started else "display.opening"]
    from chair.minutes import chinese_number

    number = item.number if strings.lang == "en" else chinese_number(item.number)
    return strings("display.item", number=number, title=item.title)


def _next_speaker(s: Session, strings: Strings) -> str:
    """The next speaker within the current item, if any (who should get ready)."""
    item = s.current.item
    if item is None:
        return ""
    for step in s.steps[s.index + 1:]:
        if step.item != item:
            return ""
        if step.is_cue:
            return s.name_of(step.id) or strings["display.unnamed"]
    return ""


# -- the screen ----------------------------------------------------------------------


class DisplayApp(App[None]):
    """Read-only: the only key is `q`, which closes this view (never the meeting)."""

    CSS_PATH = "display.tcss"
    TITLE = "chair display"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [Binding("q", "quit_display", show=False)]

    def __init__(self, path: str | Path, *, lang: str | None = None,
                 wall: Callable[[], float] = time.time, follow: bool = True,
                 allow_quit: bool = True):
        super().__init__()
        self.path = Path(path)
        self.fixed_lang = lang
        self.meeting = MeetingFollower(path, wall=wall)
        self.strings = tr(lang or "zh")
        self.follow = follow
        self.allow_quit = allow_quit
        self._shown: View | None = None
        self._status = ""

    def compose(self) -> ComposeResult:
        yield Static(id="d-top")
        with Vertical(id="d-body"):
            yield Static(id="d-name")
            yield BigClock("", id="d-clock")
            yield Static(id="d-phase")
            yield Static(id="d-message")
        yield Static(id="d-status")

    def on_mount(self) -> None:
        self.sync()
        if self.follow:
            self.set_interval(POLL_S, self.poll_journal)
            self.set_interval(TICK_S, self.render_view)
        if self.is_web:
            self.set_interval(1.0, self._leave_without_server)

    def _leave_without_server(self) -> None:
        """In a browser: when the server is gone (killed, restarted) nothing reads this view
        any more; textual-serve's input pipe has closed, and this process ends with it."""
        reader = getattr(self._driver, "_key_thread", None)
        if isinstance(reader, threading.Thread) and reader.ident and not reader.is_alive():
            self.exit()

    def action_quit_display(self) -> None:
        if self.allow_quit:
            self.exit()

    # -- updating ----------------------------------------------------------------------

    def sync(self) -> None:
        """Read what is new in the journal and redraw (the tests call this directly)."""
        self.poll_journal()
        self.render_view()

    def poll_journal(self) -> None:
        if self.meeting.poll() and self.fixed_lang is None and self.meeting.lang:
            if self.meeting.lang != self.strings.lang:
                self.strings = tr(self.meeting.lang)
                self._shown = None

    def current_view(self) -> View:
        return self.meeting.view(self.strings)

    def render_view(self) -> None:
        view = self.current_view()
        if view.kind == "waiting" and not self.meeting.follower.exists:
            view = replace(view, message="display.missing")  # and say how it will appear
        problem = self.meeting.follower.error or self.meeting.problem
        self._show_status(problem if view.kind != "bad" else None)
        if view == self._shown:
            return
        self._shown = view
        s = self.strings
        top = self.query_one("#d-top", Static)
        name = self.query_one("#d-name", Static)
        clock = self.query_one("#d-clock", BigClock)
        phase = self.query_one("#d-phase", Static)
        message = self.query_one("#d-message", Static)
        for kind in ("waiting", "between", "speaker", "ended", "bad"):
            self.screen.set_class(view.kind == kind, f"view-{kind}")
        for p in PHASES:
            self.screen.set_class(view.kind == "speaker" and view.phase == p, f"phase-{p}")
        top.update(Text(" · ".join(x for x in (view.title, view.item) if x) or s["display.title"]))
        if view.kind == "speaker":
            label = Text(view.name or s["display.unnamed"], style="bold" if view.name else "italic")
            if view.extra:
                label.append(f"  （{s['extra_speaker']}）", style="dim")
            name.update(label)
            clock.show(view.clock)
            word = s[f"display.phase.{view.phase}"]
            phase.update(Text(f"{word}  {view.clock}"))
            message.update("")
        elif view.kind == "between":
            body = Text(view.item, style="bold")
            if view.next_name:
                body.append("\n\n")
                body.append(s("display.next", name=view.next_name))
            message.update(body)
        elif view.kind == "ended":
            message.update(Text(s["display.ended"], style="bold"))
        elif view.kind == "bad":
            message.update(Text(s("display.bad", msg=view.message), style="bold"))
        else:
            message.update(Text(s(view.message or "display.waiting", path=str(self.path))))

    def _show_status(self, problem: str | None) -> None:
        text = self.strings("display.problem", msg=problem) if problem else ""
        if text == self._status:
            return
        self._status = text
        status = self.query_one("#d-status", Static)
        status.update(Text(text))
        status.set_class(bool(problem), "shown")


def make_display_app(path: str | Path, **kwargs: Any) -> DisplayApp:
    return DisplayApp(path, **kwargs)

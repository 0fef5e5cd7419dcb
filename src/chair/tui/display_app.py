"""`chair display`: the speaker's read-only view of a meeting, following its journal.

The following is the core's `MeetingFollower` (what `LiveMeeting.follow` returns): a session
rebuilt from the journal as it grows, on the wall clock. This module only turns it into what
the speaker sees; it never opens the journal itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from chair.follow import MeetingFollower
from chair.i18n import tr
from chair.session import Phase
from chair.tui.widgets.big_clock import BigClock
from chair.views import DisplayView, display_view

POLL_S = 0.25
"""How often the journal file is checked for new lines."""
TICK_S = 0.1
"""How often the countdown is redrawn (BigClock redraws only when the digits change)."""
KINDS = ("waiting", "between", "speaker", "break", "ended", "bad")

PHASES: tuple[Phase, ...] = ("idle", "normal", "warning", "final", "overtime", "paused", "done")


# -- the screen ----------------------------------------------------------------------


class DisplayApp(App[None]):
    """Read-only: the only key is `q`, which closes this view (never the meeting)."""

    CSS_PATH = "display.tcss"
    TITLE = "chair display"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [Binding("q", "quit_display", show=False)]

    def __init__(
        self,
        path: str | Path,
        *,
        lang: str | None = None,
        wall: Callable[[], float] = time.time,
        follow: bool = True,
        allow_quit: bool = True,
        blink: bool = True,
    ):
        super().__init__()
        self.path = Path(path)
        self.fixed_lang = lang
        self.meeting = MeetingFollower(path, wall=wall)
        self.strings = tr(lang or "zh")
        self.follow = follow
        self.allow_quit = allow_quit
        self._shown: DisplayView | None = None
        self._status = ""
        self.blink = blink
        """Overtime blinks slowly: the clock inverts every other second."""
        self.wall = wall

    def compose(self) -> ComposeResult:
        yield Static(id="d-top")
        with Vertical(id="d-body"):
            yield Static(id="d-name")
            yield BigClock("", id="d-clock")
            yield Static(id="d-phase")
            yield Static(id="d-message")
            yield Static(id="d-notice")
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

    def current_view(self) -> DisplayView:
        return display_view(self.meeting, self.strings)

    def render_view(self) -> None:
        view = self.current_view()
        if view.kind == "waiting" and not self.meeting.follower.exists:
            view = replace(view, message="display.missing")  # and say how it will appear
        problem = self.meeting.follower.error or self.meeting.problem
        self._show_status(problem if view.kind != "bad" else None)
        clock = self.query_one("#d-clock", BigClock)
        clock.inverted = (
            view.kind == "speaker"
            and view.phase == "overtime"
            and self.blink
            and int(self.wall()) % 2 == 0
        )
        if view == self._shown:
            return
        self._shown = view
        s = self.strings
        top = self.query_one("#d-top", Static)
        name = self.query_one("#d-name", Static)
        clock = self.query_one("#d-clock", BigClock)
        phase = self.query_one("#d-phase", Static)
        message = self.query_one("#d-message", Static)
        notice = self.query_one("#d-notice", Static)
        for kind in KINDS:
            self.screen.set_class(view.kind == kind, f"view-{kind}")
        self.screen.set_class(bool(view.notice), "has-notice")
        notice.update(Text(view.notice, style="bold"))
        for p in PHASES:
            self.screen.set_class(view.kind == "speaker" and view.phase == p, f"phase-{p}")
        top.update(
            Text(s["sep"].join(x for x in (view.title, view.item) if x) or s["display.title"])
        )
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
        elif view.kind == "break":
            message.update(Text(s["display.break"], style="bold"))
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

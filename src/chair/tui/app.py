"""The Textual application. `make_app()` is the one way to build it: the CLI and the tests
share it, so what the tests drive is what the chair runs."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App

from chair.dataclass_lite import dataclass
from chair.i18n import Strings, tr
from chair.session import HEARTBEAT_S, Session
from chair.tui.screens.meeting_screen import MeetingScreen, make_meeting_screen
from chair.tui.widgets.teleprompter import DEFAULT_WIDTH
from chair.tui.wrapping import unambiguous

if TYPE_CHECKING:
    from textual.timer import Timer

    from chair.rehearsal import Saved

RETRY_S = 1.0
"""How often a failing journal is written again."""
QUIET_CHECK_S = HEARTBEAT_S
"""How often a healthy journal is looked at (a file removed while nothing is written)."""


class UnambiguousStrings(Strings):
    """The interface strings with East Asian Ambiguous characters replaced (· … × ‖ ■ ↑):
    what the screen shows in ambiguous-wide mode."""

    def __init__(self, strings: Strings):
        super().__init__(strings.lang)

    def __getitem__(self, key: str) -> str:
        return unambiguous(super().__getitem__(key))

    def __call__(self, key: str, **kwargs: object) -> str:
        return unambiguous(super().__getitem__(key).format(**kwargs))


@dataclass(frozen=True)
class Outcome:
    """What the app returns: how the chair left, and the rehearsal's report if one was made."""

    choice: str | None
    """`end` (the meeting is over), `leave` (to resume later), None (a signal)."""
    rehearsal: Saved | None = None


class ChairApp(App[Outcome]):
    """Holds the session and its journal; the screen does the rest."""

    CSS_PATH = "chair.tcss"
    TITLE = "chair"
    ENABLE_COMMAND_PALETTE = False

    def __init__(
        self,
        session: Session,
        *,
        lang: str = "zh",
        journal: Any = None,
        roster: list[str] | None = None,
        ambiguous_wide: bool = False,
        rehearsal: bool = False,
        report_path: Path | None = None,
        width: int = DEFAULT_WIDTH,
        focus: bool = False,
        bell: bool = False,
        blink: bool = True,
        notice: str | None = None,
    ):
        super().__init__()
        self.session = session
        self.strings = UnambiguousStrings(tr(lang)) if ambiguous_wide else tr(lang)
        self.journal = journal
        self._retry_timer: Timer | None = None
        """Every second while the journal fails (paused while it writes)."""
        self.roster = roster or []
        self.ambiguous_wide = ambiguous_wide
        """Draw nothing East Asian Ambiguous outside the teleprompter: no box borders, ASCII
        markers, quotes and dashes replaced (CSS class `ambiguous-wide`, docs/reliability.md)."""
        if ambiguous_wide:
            self.add_class("ambiguous-wide")
        self.rehearsal = rehearsal
        self.report_path = report_path
        """Where a rehearsal's report goes; by default beside the journal."""
        self.screen_options = {"width": width, "focus": focus, "bell": bell, "blink": blink}
        """How the teleprompter and the timer look: `--width`, `--focus`, `--bell`, `--no-blink`."""
        self.notice = notice
        """Said once on the screen at the start (a `--limit` that overrides the script's)."""
        self.meeting_screen: MeetingScreen | None = None
        self.signalled: str | None = None
        """SIGTERM or SIGHUP, once one has interrupted the meeting."""
        self._signals: list[int] = []
        self.watchdog: threading.Timer | None = None

    EXIT_SIGNALS = ("SIGTERM", "SIGHUP")
    """Asked to stop (`kill`, shutdown) or the terminal window closed. Textual leaves both at
    their default (die at once, no word in the journal, terminal left raw)."""
    EXIT_GRACE_S = 5.0
    """After a signal, the process ends within this even if the terminal is gone."""

    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        loop = asyncio.get_running_loop()
        for name in self.EXIT_SIGNALS:
            signum = getattr(signal, name, None)
            if signum is None:  # pragma: no cover - not on this platform
                continue
            try:
                loop.add_signal_handler(signum, self.interrupt, name)
            except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover
                continue
            self._signals.append(signum)

    def on_unmount(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover
            return
        for signum in self._signals:
            loop.remove_signal_handler(signum)
        self._signals.clear()

    def interrupt(self, name: str) -> None:
        """SIGTERM / SIGHUP: journal an `interrupted` event and leave, the meeting unfinished
        (`chair resume` goes on). The exit code is 128 + the signal's number."""
        if self.signalled is not None:
            return
        self.signalled = name
        if self.session.started and not self.session.ended:
            self.session.interrupted(name)
        code = 128 + int(getattr(signal, name, 15))
        # With the terminal gone (SIGHUP) restoring it may block; the journal is safe already.
        # Whoever runs the app cancels this once `run()` has returned (`cancel_watchdog`).
        self.watchdog = threading.Timer(self.EXIT_GRACE_S, os._exit, args=(code,))
        self.watchdog.daemon = True
        self.watchdog.start()
        self.exit(Outcome(None), return_code=code)

    def cancel_watchdog(self) -> None:
        """The app has left after a signal: no forced exit needed any more."""
        if self.watchdog is not None:
            self.watchdog.cancel()
            self.watchdog = None

    def on_mount(self) -> None:
        self._install_signal_handlers()
        self.meeting_screen = make_meeting_screen(
            self.session,
            self.strings,
            roster=self.roster,
            ambiguous_wide=self.ambiguous_wide,
            rehearsal=self.rehearsal,
            **self.screen_options,
        )
        self.push_screen(self.meeting_screen)
        if self.notice:
            self.notify(self.notice, timeout=8)
        # The screen draws its passage and keys in one frame, its header and agenda in the
        # next: collect once that frame is out, not in front of it.
        self.call_after_refresh(self.call_after_refresh, self._freeze_startup_objects)
        if self.journal is not None:
            self.journal.on_problem = self.journal_problem
            # A healthy journal is looked at every few seconds (a file removed while the
            # meeting is quiet); a failing one every second until it writes again. A timer
            # that wakes the app every second costs a laptop's battery through a long meeting.
            self.set_interval(QUIET_CHECK_S, self._retry_journal)
            self._retry_timer = self.set_interval(RETRY_S, self._retry_journal, pause=True)
            if self.journal.problem:  # a failure before the screen existed
                self.journal_problem(self.journal.problem)

    @staticmethod
    def _freeze_startup_objects() -> None:
        """After the first frame: what exists now (modules, Textual's CSS, the widgets, the
        meeting) lives as long as the app. Frozen, the garbage collector's full passes no
        longer walk it: they took 25-65 ms of a step now and then, 5-15 ms after. The
        command turned the collector off for the startup (`chair.cli`); it is on from here."""
        gc.collect()
        gc.freeze()
        gc.enable()

    def journal_problem(self, message: str | None) -> None:
        """The journal reports a write failure (or its end): say so on the screen at once."""
        if self._retry_timer is not None:
            if message:
                self._retry_timer.resume()
            else:
                self._retry_timer.pause()
        if self.meeting_screen is None:
            return
        if message:
            self.meeting_screen.set_status(self.strings("journal_problem", msg=message))
            self.notify(
                unambiguous(message) if self.ambiguous_wide else message,
                severity="error",
                timeout=6,
            )
        else:
            self.meeting_screen.set_status("")
            self.notify(self.strings["journal_ok"], timeout=3)

    def _retry_journal(self) -> None:
        """Write what is pending (every second while the journal fails), and notice a
        journal removed behind our back (every few seconds)."""
        if self.journal is not None:
            self.journal.retry()

    def finish(self, choice: str) -> None:
        """Leave the app: `end` closes the meeting in the journal, `leave` keeps it open."""
        if choice == "end":
            self.session.end()
        elif choice == "leave":
            self.session.leave()
        if self.rehearsal and self.session.ended:
            # Write the report, remember the speed, show it; leave when it is closed.
            from chair.tui.screens.report_screen import show_report

            saved = show_report(self, lambda: self.exit(Outcome(choice, saved)))
            return
        self.exit(Outcome(choice))


def make_app(session: Session, **kwargs: Any) -> ChairApp:
    return ChairApp(session, **kwargs)

"""The live screen: header, agenda and log on the left, teleprompter or speaker on the right.

The screen only renders `Session` state and sends it commands; the session journals every
event before it changes, so whatever this screen shows is already on disk.
"""

from __future__ import annotations

import asyncio
import math
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from chair.i18n import Strings
from chair.session import HEARTBEAT_S, Session
from chair.timefmt import format_duration
from chair.tui.screens.secretary_keys import SecretaryKeys, secretary_bindings
from chair.tui.widgets.agenda_panel import AgendaLine, AgendaPanel
from chair.tui.widgets.big_clock import BigClock
from chair.tui.widgets.key_bar import KeyBar
from chair.tui.widgets.log_panel import LogPanel
from chair.tui.widgets.meeting_header import MeetingHeader
from chair.tui.widgets.speaker_panel import SpeakerPanel
from chair.tui.widgets.status_line import StatusLine
from chair.tui.widgets.teleprompter import DEFAULT_WIDTH, Teleprompter
from chair.views import (
    HeaderView,
    PromptView,
    SpeakerView,
    break_view,
    header_view,
    item_number,
    prompt_view,
    speaker_view,
    status_view,
    who,
)

if TYPE_CHECKING:
    from chair.tui.app import ChairApp
    from chair.tui.screens.quit_dialog import QuitChoice

MIN_WIDTH, MIN_HEIGHT = 80, 24
TICK_S = 0.2
"""How often the screen looks at the clock while auto-advance reads. Otherwise it looks just
after the next change of what it shows (a second of the speaker's clock, a minute of the
header), and no more: a laptop on battery runs a three-hour meeting. The time itself always
comes from the clock."""
SIDE_S = 10
"""While a speaker talks, the spoken times in the agenda and the log move every this many
seconds (the big clock has every second; the side column is a summary)."""
LATE_S = 0.002
"""A tick comes this long after the change it is for, so the clock has surely crossed it."""
ALWAYS = ("quit_meeting", "help")
"""What the keys can do while the terminal is too small to show the meeting."""
DURING_BREAK = ALWAYS + ("break", "note", "message")
"""What the keys can do during a break (休会): the meeting itself stands still."""


def next_second(t: float) -> float:
    """Seconds from `t` to the next whole second."""
    return 1.0 - (t - math.floor(t))


def meeting_bindings(
    s: Strings, ambiguous_wide: bool = False, rehearsal: bool = False
) -> list[Binding]:
    """The keys of the live screen, described in the interface language for the key bar.

    The order is the key bar's: what a chair needs most comes first; help is last (when
    the bar is full it stays, and lists every key)."""
    keys = [
        Binding(
            "space,down",
            "next_sentence",
            s["key.next"],
            key_display="Space" if ambiguous_wide else "␣",
        ),
        Binding("pagedown,right", "next_page", s["key.next_step"], key_display="PgDn"),
        Binding("pageup,left", "prev_page", s["key.prev_step"], key_display="PgUp"),
        Binding("up", "prev_sentence", s["key.prev"], show=False),
        Binding("t", "timer", s["key.timer"]),
        Binding("enter", "name", s["key.name"], key_display="Enter" if ambiguous_wide else "⏎"),
        Binding("e", "minute", s["key.minute"]),
        Binding("m", "message", s["key.message"]),
        Binding("p", "break", s["key.break"]),
        Binding("i", "extra", s["key.extra"]),
        Binding("n", "note", s["key.note"]),
        Binding("g", "goto", s["key.goto"]),
        Binding("a", "auto", s["key.auto"]),
        Binding("plus,equals_sign", "speed(10)", s["key.faster"], show=False),
        Binding("minus", "speed(-10)", s["key.slower"], show=False),
        Binding("q,ctrl+c", "quit_meeting", s["key.quit"], priority=True),
    ]
    if rehearsal:
        keys.insert(4, Binding("f", "skip", s["key.skip"]))
    keys += secretary_bindings(s)
    keys.append(Binding("question_mark", "help", s["key.help"], key_display="?"))
    return keys


@lru_cache(maxsize=16)
def _localised(
    lang: str, ambiguous_wide: bool, rehearsal: bool, strings: Strings
) -> type[MeetingScreen]:
    """A MeetingScreen class whose BINDINGS are in the interface language. Textual merges a
    class's BINDINGS when the class is made, so the keys of one language are a subclass."""
    return cast(
        "type[MeetingScreen]",
        type(
            "MeetingScreen",
            (MeetingScreen,),
            {
                "BINDINGS": meeting_bindings(strings, ambiguous_wide, rehearsal),
                "__doc__": MeetingScreen.__doc__,
            },
        ),
    )


def make_meeting_screen(session: Session, strings: Strings, **kwargs: Any) -> MeetingScreen:
    """The live screen with its keys in the language of `strings`."""
    cls = _localised(
        strings.lang, bool(kwargs.get("ambiguous_wide")), bool(kwargs.get("rehearsal")), strings
    )
    return cls(session, strings, **kwargs)


class MeetingScreen(SecretaryKeys, Screen[None]):
    """Runs one `Session`. The app owns the clock ticks; this screen renders views.

    Made by `make_meeting_screen`, whose subclass holds the keys in the interface language."""

    prompt: reactive[PromptView] = reactive(PromptView, layout=False, repaint=False, init=False)
    speaker: reactive[SpeakerView] = reactive(SpeakerView, layout=False, repaint=False, init=False)
    header: reactive[HeaderView] = reactive(HeaderView, layout=False, repaint=False, init=False)

    def __init__(
        self,
        session: Session,
        strings: Strings,
        *,
        roster: list[str] | None = None,
        ambiguous_wide: bool = False,
        rehearsal: bool = False,
        width: int = DEFAULT_WIDTH,
        focus: bool = False,
        bell: bool = False,
        blink: bool = True,
    ):
        super().__init__()
        self.session = session
        self.strings = strings
        self.roster = list(roster or [])
        self.ambiguous_wide = ambiguous_wide
        self.rehearsal = rehearsal
        self.text_width = width
        self.focus_mode = focus
        self.bell = bell
        """Ring the terminal's bell (and a desktop notification) at the warning and at zero."""
        self.blink = blink
        """Overtime blinks slowly (the clock inverts every other second)."""
        self.key_bindings = [b for b in self.BINDINGS if isinstance(b, Binding)]
        """The keys of this language (`make_meeting_screen` makes the class that has them)."""
        self._shown_second: int | None = None
        self._tick_timer: asyncio.TimerHandle | None = None
        self.status_text = ""
        self._surroundings_pending = False
        self._rung: tuple[str, str] | None = None
        """(cue, phase) the bell last rang for."""
        self.too_small = False

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        st = self.strings
        yield MeetingHeader(id="header").data_bind(view=MeetingScreen.header)
        with Horizontal(id="body"):
            with Vertical(id="side"):
                yield Static(st["agenda"], classes="panel-title")
                yield AgendaPanel(id="agenda")
                yield Static(st["log"], classes="panel-title")
                yield LogPanel(id="log")
            with Vertical(id="main"):
                yield Teleprompter(
                    id="prompter",
                    ambiguous_wide=self.ambiguous_wide,
                    width=self.text_width,
                    focus=self.focus_mode,
                    more_text=st["more_below"],
                ).data_bind(view=MeetingScreen.prompt)
                yield SpeakerPanel(
                    id="speaker",
                    label=f"{st['speaker']}{st['colon']}",
                    unnamed=st["speaker_unnamed"],
                    extra_word=st["extra_speaker"],
                ).data_bind(view=MeetingScreen.speaker)
                with Vertical(id="break"):
                    yield Static(st["break.title"], id="break-title")
                    yield Static(id="break-since")
                    yield Static(st["break.hint"], id="break-hint")
        yield StatusLine(id="status")
        yield Static(id="too-small")
        yield KeyBar(self.key_bindings, id="keys")

    def on_mount(self) -> None:
        if self.rehearsal:
            self.add_class("rehearsal")
        self.refresh_view()
        self._schedule_tick()
        self.set_interval(HEARTBEAT_S, self.heartbeat)

    def on_resize(self) -> None:
        w, h = self.app.size
        small = w < MIN_WIDTH or h < MIN_HEIGHT
        self.too_small = small
        self.set_class(small, "too-small")
        if small:
            self.query_one("#too-small", Static).update(
                self.strings("too_small", w=MIN_WIDTH, h=MIN_HEIGHT, cw=w, ch=h)
            )
        self.call_after_refresh(self.refresh_view)

    # ------------------------------------------------------------------ rendering
    def refresh_view(self) -> None:
        """Render the whole state. Called after every command.

        The passage (or the speaker) is drawn in this frame; the header, agenda, log and
        keys follow in the next. Textual repaints the span that covers every changed
        widget, so a header changed in the same frame (the forecast moves with each step)
        would repaint the whole screen before the chair sees the next passage.
        """
        s = self.session
        at_cue = s.current.is_cue
        main = self.query_one("#main")
        main.set_class(at_cue, "at-cue")
        main.set_class(s.on_break, "on-break")
        if at_cue:
            self.speaker = speaker_view(s, self.strings)
        else:
            self.prompt = prompt_view(s, self.strings)
        if s.on_break:
            self._render_break()
        if at_cue or s.auto:  # a timer started or stopped, auto-advance switched: tick anew
            self._schedule_tick()
        if not self._surroundings_pending:
            self._surroundings_pending = True
            self.call_after_refresh(self._render_surroundings)

    def _render_surroundings(self) -> None:
        self._surroundings_pending = False
        self._render_header()
        self.query_one(AgendaPanel).show(self._agenda_lines())
        self.query_one(LogPanel).show(self._log_lines(), self.strings["no_log"])
        self._render_status()
        self._update_keys()
        self.offer_vote()

    def _update_keys(self) -> None:
        """The key bar dims what cannot be done now; it redraws only when that changes."""
        if self.is_mounted:
            self.query_one(KeyBar).update_keys()

    def _render_header(self) -> None:
        self.header = header_view(self.session, self.strings, rehearsal=self.rehearsal)
        self._shown_second = int(self.session.now())

    def _render_break(self) -> None:
        view = break_view(self.session)
        if view is not None:
            self.query_one("#break-since", Static).update(
                self.strings("break.since", since=view.since, length=view.length)
            )

    def _agenda_lines(self) -> list[AgendaLine]:
        s = self.session
        now = s.now()
        lines: list[AgendaLine] = []
        by_item: dict[int, list] = {}
        for ls in s.steps:
            if ls.is_cue and ls.item is not None:
                by_item.setdefault(ls.item, []).append(ls)
        for i, item in enumerate(s.meeting.items):
            state = s.item_state(i)
            lines.append(
                AgendaLine(
                    f"{item.number} {item.title}",
                    i,
                    state,
                    current=state == "now" and not s.current.is_cue,
                )
            )
            for ls in by_item.get(i, []):
                name = who(s, ls.id, self.strings)
                rec = s.speakers.get(ls.id)
                spoken = (
                    f" {format_duration(rec.spoken(now))}"
                    if rec and rec.timer.started_at is not None
                    else ""
                )
                if self.ambiguous_wide:  # no · ▸ where they may take two cells
                    mark = ">" if ls.id == s.current.id else " "
                else:
                    mark = "▸" if ls.id == s.current.id else "·"
                extra = "+" if ls.step.extra else ""
                lines.append(
                    AgendaLine(
                        f"{mark}{extra}{name}{spoken}",
                        i,
                        state,
                        speaker=True,
                        current=ls.id == s.current.id,
                    )
                )
        return lines

    def _log_lines(self) -> list[tuple[str, str]]:
        s = self.session
        now = s.now()
        out: list[tuple[str, str]] = []
        for entry in s.log:
            if entry.kind == "speaker":
                rec = s.speakers[str(entry.ref)]
                if rec.timer.started_at is None:
                    continue
                start = s.wall_at(rec.timer.started_at).strftime("%H:%M")
                name = rec.name or who(s, rec.cue_id, self.strings)
                spoken = format_duration(rec.spoken(now))
                over = rec.overtime(now)
                text = f"{start} {name} {spoken}" + (f" (+{format_duration(over)})" if over else "")
                out.append((text, "bold" if rec.timer.running else ""))
            else:
                note = s.notes[int(entry.ref)]
                out.append(
                    (
                        f"{s.wall_at(note.t).strftime('%H:%M')} {self.strings['note_prefix']} {note.text}",
                        "italic",
                    )
                )
        return out

    def _render_status(self) -> None:
        self.query_one("#status", StatusLine).view = status_view(
            self.session, self.strings, self.status_text
        )

    def set_status(self, text: str) -> None:
        self.status_text = text
        self._render_status()

    def tick(self) -> None:
        """Redraw what the clock changes; the time is read from the clock, never counted."""
        try:
            self._tick()
        finally:
            self._schedule_tick()

    def _tick(self) -> None:
        s = self.session
        if s.auto_due():
            s.next_sentence()
            self.refresh_view()
            return
        if s.current.is_cue and s.phase() != "idle":
            view = speaker_view(s, self.strings)
            self.speaker = view
            self._overtime_blink(view.phase)
            if s.running_cue() == s.current.id:
                self._ring(s.current.id, view.phase)
        second = int(s.now())
        if second != self._shown_second:
            self._render_header()
            if s.on_break:
                self._render_break()
            if s.running_cue() and second % SIDE_S == 0:
                self.query_one(AgendaPanel).show(self._agenda_lines())
                self.query_one(LogPanel).show(self._log_lines(), self.strings["no_log"])

    def _overtime_blink(self, phase: str) -> None:
        """Overtime: the clock inverts every other second of the clock (a slow blink)."""
        inverted = phase == "overtime" and self.blink and int(self.session.now()) % 2 == 0
        self.query_one("#clock", BigClock).inverted = inverted

    def _ring(self, cue: str, phase: str) -> None:
        """`--bell`: the terminal's bell and a desktop notification at the warning and at zero."""
        if not self.bell or phase not in ("warning", "overtime"):
            return
        if self._rung == (cue, phase):
            return
        first = self._rung is None or self._rung[0] != cue
        self._rung = (cue, phase)
        if first and phase == "overtime" and self.session.remaining() < -5:
            return  # resumed long in overtime: the moment has passed
        from chair.tui.bell import ring

        ring(self.app, self.strings["phase." + phase], self.speaker.words)

    def _schedule_tick(self) -> None:
        """One tick pending: every TICK_S while auto-advance reads; just after the next
        change of the running speaker's clock; every second during a break or while a
        speaker elsewhere runs (the side column's spoken times); else when the header,
        which is to the minute, next changes. A passage being read wakes nothing."""
        if self._tick_timer is not None:
            self._tick_timer.cancel()
        s = self.session
        if s.auto:
            delay = TICK_S
        else:
            clock = self._to_clock_change()
            if clock is not None:
                delay = clock
            elif s.on_break or s.running_cue():
                delay = next_second(s.now())
            else:
                delay = self._to_header_change()
        # A bare handle of the event loop, not a Textual timer (a task per tick); the
        # tick itself runs in the screen's own message loop.
        loop = asyncio.get_running_loop()
        self._tick_timer = loop.call_later(delay + LATE_S, self._on_tick_timer)

    def _on_tick_timer(self) -> None:
        self._tick_timer = None
        self.call_next(self.tick)

    def on_unmount(self) -> None:
        if self._tick_timer is not None:
            self._tick_timer.cancel()
            self._tick_timer = None

    def _to_header_change(self) -> float:
        """Seconds until the header may change by itself: the next minute of the wall
        clock, of the elapsed time, or of the forecast end (which moves with the clock
        while no speaker's time is counted down), whichever comes first."""
        s = self.session
        now = s.now()
        wall, end = s.wall_at(now), s.forecast_end()
        return min(
            60.0 - (wall.second + wall.microsecond / 1e6),
            60.0 - now % 60.0,
            60.0 - (end.second + end.microsecond / 1e6),
        )

    def _to_clock_change(self) -> float | None:
        """Seconds until the shown MM:SS of the current speaker changes; None when no
        speaker's clock runs here."""
        s = self.session
        if not (s.current.is_cue and s.running_cue() == s.current.id):
            return None
        remaining = s.remaining()
        if remaining >= 0:
            return remaining - math.ceil(remaining - 1e-9) + 1
        return math.floor(-remaining) + 1 + remaining

    def heartbeat(self) -> None:
        """Every few seconds: the journal learns the meeting is alive (a crash is dated)."""
        s = self.session
        if s.now() - s.last_t >= 1.0:
            s.heartbeat()

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        s = self.session
        if self.too_small and action not in ALWAYS:
            return None
        if s.on_break and action not in DURING_BREAK:
            return None
        if action == "skip":
            if not self.rehearsal:
                return False
            return True if s.current.is_cue else None
        if action in ("timer", "name", "minute"):
            return True if s.current.is_cue else None
        if action in ("next_page", "next_sentence"):
            return True  # at the end it offers to finish the meeting
        if action in ("prev_page", "prev_sentence"):
            return None if (s.index, s.sentence) == (0, 0) else True
        if action == "goto":
            return True if s.meeting.items else None
        return True

    def _do(self, command, *args) -> None:
        command(*args)
        self.refresh_view()

    def action_next_sentence(self) -> None:
        if self.session.at_end:
            self.action_quit_meeting(at_end=True)
            return
        self._do(self.session.next_sentence)

    def action_prev_sentence(self) -> None:
        self._do(self.session.prev_sentence)

    def action_next_page(self) -> None:
        """PageDown (a clicker): the next page of a long passage, else the next step."""
        s = self.session
        if not s.current.is_cue:
            target = self.query_one(Teleprompter).page_down_target()
            if target is not None:
                self._do(s.jump_to, s.index, target)
                return
        if s.at_last_step:
            self.action_quit_meeting(at_end=True)
            return
        self._do(s.next_step)

    def action_prev_page(self) -> None:
        """PageUp: the previous page of a long passage, else the previous step."""
        s = self.session
        if not s.current.is_cue:
            target = self.query_one(Teleprompter).page_up_target()
            if target is not None:
                self._do(s.jump_to, s.index, target)
                return
        self._do(s.prev_step)

    def action_timer(self) -> None:
        self._do(self.session.toggle_timer)

    def action_minute(self) -> None:
        self._do(self.session.add_minute)

    def action_break(self) -> None:
        s = self.session
        self._do(s.end_break if s.on_break else s.take_break)

    def action_skip(self) -> None:
        self._do(self.session.skip_cue)

    def action_auto(self) -> None:
        self._do(self.session.set_auto, not self.session.auto)

    def action_speed(self, delta: int) -> None:
        self._do(self.session.set_speed, self.session.speed + delta)

    def _names(self) -> list[str]:
        s = self.session
        used = [n for n in s.names.values()] + [c.name for c in s.meeting.speakers if c.name]
        return self.roster + list(s.meeting.roster) + used

    def action_name(self) -> None:
        from chair.tui.screens.name_dialog import NameDialog  # dialogs load when first opened

        s = self.session
        if not s.current.is_cue:
            return
        cue_id = s.current.id

        def done(name: str | None) -> None:
            if name:
                self._do(s.set_name, name, cue_id)

        self.app.push_screen(
            NameDialog(
                self.strings["name.title"],
                self.strings["name.placeholder"],
                self._names(),
                s.name_of(cue_id) or "",
            ),
            done,
        )

    def action_extra(self) -> None:
        from chair.tui.screens.name_dialog import NameDialog  # dialogs load when first opened

        def done(name: str | None) -> None:
            if name is not None:
                self._do(self.session.add_extra, name or None)

        self.app.push_screen(
            NameDialog(
                self.strings["extra.title"],
                self.strings["name.placeholder"],
                self._names(),
                allow_empty=True,
            ),
            done,
        )

    def action_note(self) -> None:
        from chair.tui.screens.note_dialog import NoteDialog  # dialogs load when first opened

        def done(text: str | None) -> None:
            if text:
                self._do(self.session.add_note, text)

        self.app.push_screen(
            NoteDialog(
                self.strings["note.title"],
                self.strings["note.placeholder"],
                self.strings["note.save"],
            ),
            done,
        )

    def action_message(self) -> None:
        """`m`: a message to the speaker's display; `m` again clears the one shown."""
        from chair.tui.screens.message_dialog import MessageDialog  # loads when first opened

        s = self.session
        if s.message:
            self._do(s.send_message, None)
            return

        def done(text: str | None) -> None:
            if text:
                self._do(s.send_message, text)

        st = self.strings
        self.app.push_screen(
            MessageDialog(
                st["message.title"], st["message.placeholder"], st["message.stock"].split("|")
            ),
            done,
        )

    def action_goto(self) -> None:
        from chair.tui.screens.goto_dialog import GotoDialog  # dialogs load when first opened

        s = self.session
        if not s.meeting.items:
            return
        st = self.strings
        # (label, item index or -1 for the opening, -2 for the closing)
        places: list[tuple[str, int]] = [(st["opening"], -1)]
        places += [
            (f"{item_number(item.number, st)} {item.title}", i)
            for i, item in enumerate(s.meeting.items)
        ]
        in_items = [i for i, ls in enumerate(s.steps) if ls.item is not None]
        if in_items and in_items[-1] + 1 < len(s.steps):
            places.append((st["closing"], -2))
        here = s.current.item
        current = next((n for n, (_label, i) in enumerate(places) if i == here), 0)

        def done(index: int | None) -> None:
            if index is None:
                return
            target = places[index][1]
            if target == -1:
                self._do(s.jump_to, 0)
            elif target == -2:
                self._do(s.jump_to, in_items[-1] + 1)
            else:
                self._do(s.jump_to_item, target)

        self.app.push_screen(GotoDialog(st["goto.title"], [p[0] for p in places], current), done)

    def on_agenda_panel_chosen(self, message: AgendaPanel.Chosen) -> None:
        if self.check_action("goto", ()) and not self.session.on_break:
            self._do(self.session.jump_to_item, message.item)

    def action_help(self) -> None:
        from chair.tui.screens.help_screen import HelpScreen  # dialogs load when first opened

        self.app.push_screen(HelpScreen(self.strings))

    def action_quit_meeting(self, at_end: bool = False) -> None:
        from chair.tui.screens.quit_dialog import QuitDialog  # loads when first opened

        st = self.strings

        def done(choice: QuitChoice | None) -> None:
            if choice is not None:
                cast("ChairApp", self.app).finish(choice)

        if self.rehearsal:
            title, end = st["quit.rehearsal_title"], st["quit.rehearsal_end"]
        else:
            title, end = st["quit.title"], st["quit.end"]
        body = st["quit.last"] if at_end else st["quit.body"]
        if not self.rehearsal and not at_end:
            body += "\n" + st["quit.leave_note"]
        self.app.push_screen(
            QuitDialog(
                title,
                body,
                end,
                st["quit.leave"],
                st["quit.cancel"],
                offer_leave=not self.rehearsal,
            ),
            done,
        )

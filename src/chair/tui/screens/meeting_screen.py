"""The live screen: header, agenda and log on the left, teleprompter or speaker on the right.

The screen only renders `Session` state and sends it commands; the session journals every
event before it changes, so whatever this screen shows is already on disk.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from chair.i18n import Strings
from chair.model import Passage, SpeakerCue
from chair.session import Session
from chair.timefmt import format_duration
from chair.tui.screens.quit_dialog import QuitChoice, QuitDialog
from chair.tui.screens.secretary_keys import SecretaryKeys, secretary_bindings
from chair.tui.widgets.agenda_panel import AgendaLine, AgendaPanel
from chair.tui.widgets.key_bar import KeyBar
from chair.tui.widgets.log_panel import LogPanel
from chair.tui.widgets.meeting_header import MeetingHeader
from chair.tui.widgets.speaker_panel import SpeakerPanel
from chair.tui.widgets.teleprompter import PromptPassage, Teleprompter

if TYPE_CHECKING:
    from chair.tui.app import ChairApp

MIN_WIDTH, MIN_HEIGHT = 80, 24
TICK_S = 0.2
"""How often the clocks are redrawn. The time itself always comes from the clock."""


def meeting_bindings(s: Strings, ambiguous_wide: bool = False) -> list[Binding]:
    """The keys of the live screen, described in the interface language for the footer."""
    return [
        Binding("space,down", "next_sentence", s["key.next"],
                key_display="Space" if ambiguous_wide else "␣"),
        Binding("pagedown,right", "next_step", s["key.next_step"], key_display="PgDn"),
        Binding("pageup,left", "prev_step", s["key.prev_step"], key_display="PgUp"),
        Binding("up", "prev_sentence", s["key.prev"], show=False),
        Binding("t", "timer", s["key.timer"]),
        Binding("enter", "name", s["key.name"], key_display="Enter" if ambiguous_wide else "⏎"),
        Binding("question_mark", "help", s["key.help"], key_display="?"),
        Binding("q,ctrl+c", "quit_meeting", s["key.quit"], priority=True),
        Binding("i", "extra", s["key.extra"]),
        Binding("n", "note", s["key.note"]),
        Binding("a", "auto", s["key.auto"], show=False),
        Binding("plus,equals_sign", "speed(10)", s["key.faster"], show=False),
        Binding("minus", "speed(-10)", s["key.slower"], show=False),
        Binding("g", "goto", s["key.goto"], show=False),
        Binding("f", "skip", s["key.skip"]),
    ]


class MeetingScreen(SecretaryKeys, Screen[None]):
    """Runs one `Session`. The app owns the clock ticks; this screen renders."""

    def __init__(self, session: Session, strings: Strings, *, roster: list[str] | None = None,
                 ambiguous_wide: bool = False, rehearsal: bool = False):
        super().__init__()
        self.session = session
        self.strings = strings
        self.roster = list(roster or [])
        self.ambiguous_wide = ambiguous_wide
        self.rehearsal = rehearsal
        self.key_bindings = meeting_bindings(strings, ambiguous_wide) + secretary_bindings(strings)
        self._bindings = BindingsMap(self.key_bindings)
        self._shown_second: int | None = None
        self._second_tick_pending = False
        self.status_text = ""
        self._status_shown: str | None = None
        self._surroundings_pending = False

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield MeetingHeader(id="header")
        with Horizontal(id="body"):
            with Vertical(id="side"):
                yield Static(self.strings["agenda"], classes="panel-title")
                yield AgendaPanel(id="agenda")
                yield Static(self.strings["log"], classes="panel-title")
                yield LogPanel(id="log")
            with Vertical(id="main"):
                yield Teleprompter(id="prompter", ambiguous_wide=self.ambiguous_wide)
                yield SpeakerPanel(id="speaker")
        yield Static(id="status")
        yield Static(id="too-small")
        yield KeyBar(self.key_bindings, id="keys")

    def on_mount(self) -> None:
        if self.rehearsal:
            self.add_class("rehearsal")
        self.refresh_view()
        self.set_interval(TICK_S, self.tick)

    def on_resize(self) -> None:
        w, h = self.app.size
        small = w < MIN_WIDTH or h < MIN_HEIGHT
        self.set_class(small, "too-small")
        if small:
            self.query_one("#too-small", Static).update(
                self.strings("too_small", w=MIN_WIDTH, h=MIN_HEIGHT, cw=w, ch=h))
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
        self.query_one("#main").set_class(at_cue, "at-cue")
        if at_cue:
            self._render_speaker()
        else:
            self._render_prompter()
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

    def _update_keys(self) -> None:
        """The key bar dims what cannot be done now; it redraws only when that changes."""
        if self.is_mounted:
            self.query_one(KeyBar).update_keys()

    def _render_prompter(self) -> None:
        s = self.session
        cur = s.current
        kind = cur.step.kind if isinstance(cur.step, Passage) else "text"
        nxt = s.steps[s.index + 1] if s.index + 1 < len(s.steps) else None
        following = None
        if nxt is not None:
            nkind = nxt.step.kind if isinstance(nxt.step, Passage) else "text"
            following = PromptPassage(tuple(nxt.sentences), nkind)
        elif s.at_last_step:
            following = PromptPassage((self.strings["end_of_meeting"],), "direction")
        self.query_one(Teleprompter).show(PromptPassage(tuple(cur.sentences), kind), s.sentence, following)

    def _render_speaker(self) -> None:
        s = self.session
        cue = s.current.step
        assert isinstance(cue, SpeakerCue)
        rec = s.speakers.get(s.current.id)
        self.query_one(SpeakerPanel).show(
            self.strings, cue.text, s.name_of(s.current.id), cue.extra, cue.limit_s,
            s.remaining(), "done" if rec and rec.skipped and rec.timer.started_at is None else s.phase(),
        )

    def _render_header(self) -> None:
        s = self.session
        now = s.now()
        item = s.current_item
        if item is not None:
            item_text = self.strings("header.item", number=item.number, title=item.title)
        else:
            item_text = self.strings["opening"] if s.index < len(s.meeting.opening) else self.strings["closing"]
        wall = s.wall_at(now)
        self.query_one(MeetingHeader).show(
            s.meeting.title,
            item_text,
            wall.strftime("%H:%M:%S"),
            f"{self.strings['elapsed']} {format_duration(now)}",
            f"{self.strings['forecast_end']} {s.forecast_end().strftime('%H:%M')}",
            badge=self.strings["rehearsal"] if self.rehearsal else None,
        )
        self._shown_second = int(now)

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
            lines.append(AgendaLine(f"{item.number} {item.title}", i, state,
                                    current=state == "now" and not s.current.is_cue))
            for ls in by_item.get(i, []):
                name = s.name_of(ls.id) or self.strings["tbd"]
                rec = s.speakers.get(ls.id)
                spoken = f" {format_duration(rec.spoken(now))}" if rec and rec.timer.started_at is not None else ""
                if self.ambiguous_wide:  # no · ▸ where they may take two cells
                    mark = ">" if ls.id == s.current.id else " "
                else:
                    mark = "▸" if ls.id == s.current.id else "·"
                extra = "+" if ls.step.extra else ""
                lines.append(AgendaLine(f"{mark}{extra}{name}{spoken}", i, state, speaker=True,
                                        current=ls.id == s.current.id))
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
                name = rec.name or s.name_of(rec.cue_id) or self.strings["tbd"]
                spoken = format_duration(rec.spoken(now))
                over = rec.overtime(now)
                text = f"{start} {name} {spoken}" + (f" (+{format_duration(over)})" if over else "")
                out.append((text, "bold" if rec.timer.running else ""))
            else:
                note = s.notes[int(entry.ref)]
                out.append((f"{s.wall_at(note.t).strftime('%H:%M')} {self.strings['note_prefix']} {note.text}",
                            "italic"))
        return out

    def _render_status(self) -> None:
        parts = []
        if self.status_text:
            parts.append(self.status_text)
        if self.session.auto:
            parts.append(self.strings("auto_on", speed=int(self.session.speed)))
        text = "  ".join(parts)
        if text == self._status_shown:  # refresh_view calls this on every step: no relayout then
            return
        self._status_shown = text
        status = self.query_one("#status", Static)
        status.update(text)
        status.set_class(bool(self.status_text), "problem")
        status.display = bool(parts)

    def set_status(self, text: str) -> None:
        self.status_text = text
        self._render_status()

    def tick(self) -> None:
        """Redraw what the clock changes; the time is read from the clock, never counted."""
        s = self.session
        if s.auto_due():
            s.next_sentence()
            self.refresh_view()
            return
        if s.current.is_cue:
            cue = s.current.step
            assert isinstance(cue, SpeakerCue)
            if s.phase() not in ("idle",):
                remaining = s.remaining()
                self.query_one(SpeakerPanel).tick(self.strings, cue.limit_s, remaining, s.phase())
                if s.running_cue() == s.current.id:
                    self._tick_on_the_second(remaining)
        if int(s.now()) != self._shown_second:
            self._render_header()
            if s.running_cue():
                self.query_one(AgendaPanel).show(self._agenda_lines())
                self.query_one(LogPanel).show(self._log_lines(), self.strings["no_log"])

    def _tick_on_the_second(self, remaining: float) -> None:
        """The shown MM:SS changes when the remaining time crosses a whole second. Ticks run
        every 0.2 s from mount, so the change was drawn up to 0.2 s late, by the same amount
        every second; the tick before a change asks for one more, just after it."""
        if remaining >= 0:
            to_change = remaining - math.ceil(remaining - 1e-9) + 1
        else:
            to_change = math.floor(-remaining) + 1 + remaining
        if to_change < TICK_S and not self._second_tick_pending:
            self._second_tick_pending = True
            self.set_timer(to_change + 0.002, self._tick_after_the_second)

    def _tick_after_the_second(self) -> None:
        self._second_tick_pending = False
        self.tick()

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        s = self.session
        if action == "skip":
            if not self.rehearsal:
                return False
            return True if s.current.is_cue else None
        if action in ("timer", "name"):
            return True if s.current.is_cue else None
        if action in ("next_step", "next_sentence"):
            return True  # at the end it offers to finish the meeting
        if action in ("prev_step", "prev_sentence"):
            return None if (s.index, s.sentence) == (0, 0) else True
        return True

    def _do(self, command, *args) -> None:
        command(*args)
        self.refresh_view()

    def action_next_sentence(self) -> None:
        if self.session.at_end:
            self.action_quit_meeting()
            return
        self._do(self.session.next_sentence)

    def action_prev_sentence(self) -> None:
        self._do(self.session.prev_sentence)

    def action_next_step(self) -> None:
        if self.session.at_last_step:
            self.action_quit_meeting()
            return
        self._do(self.session.next_step)

    def action_prev_step(self) -> None:
        self._do(self.session.prev_step)

    def action_timer(self) -> None:
        self._do(self.session.toggle_timer)

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

        self.app.push_screen(NameDialog(self.strings["name.title"], self.strings["name.placeholder"],
                                        self._names(), s.name_of(cue_id) or ""), done)

    def action_extra(self) -> None:
        from chair.tui.screens.name_dialog import NameDialog  # dialogs load when first opened

        def done(name: str | None) -> None:
            if name is not None:
                self._do(self.session.add_extra, name or None)

        self.app.push_screen(NameDialog(self.strings["extra.title"], self.strings["name.placeholder"],
                                        self._names(), allow_empty=True), done)

    def action_note(self) -> None:
        from chair.tui.screens.note_dialog import NoteDialog  # dialogs load when first opened

        def done(text: str | None) -> None:
            if text:
                self._do(self.session.add_note, text)

        self.app.push_screen(NoteDialog(self.strings["note.title"], self.strings["note.placeholder"]), done)

    def action_goto(self) -> None:
        from chair.tui.screens.goto_dialog import GotoDialog  # dialogs load when first opened

        items = [f"{i.number} {i.title}" for i in self.session.meeting.items]
        if not items:
            return

        def done(index: int | None) -> None:
            if index is not None:
                self._do(self.session.jump_to_item, index)

        self.app.push_screen(GotoDialog(self.strings["goto.title"], items, self.session.current.item), done)

    def on_agenda_panel_chosen(self, message: AgendaPanel.Chosen) -> None:
        self._do(self.session.jump_to_item, message.item)

    def action_help(self) -> None:
        from chair.tui.screens.help_screen import HelpScreen  # dialogs load when first opened

        self.app.push_screen(HelpScreen(self.strings))

    def action_quit_meeting(self) -> None:
        st = self.strings

        def done(choice: QuitChoice | None) -> None:
            if choice is not None:
                cast("ChairApp", self.app).finish(choice)

        self.app.push_screen(
            QuitDialog(st["quit.title"], st["quit.body"], st["quit.end"], st["quit.leave"],
                       st["quit.cancel"], offer_leave=not self.rehearsal),
            done,
        )

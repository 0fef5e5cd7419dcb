"""At a speaker cue: the cue, the speaker's name, the big countdown and its plain-text twin."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from chair.i18n import Strings
from chair.session import Phase
from chair.timefmt import format_clock
from chair.tui.widgets.big_clock import BigClock
from chair.tui.wrapping import unambiguous

PHASES: tuple[Phase, ...] = ("idle", "normal", "warning", "final", "overtime", "paused", "done")


class SpeakerPanel(Vertical):
    """Renders one cue's state; the screen calls `show` on every step and every tick."""

    _plain_shown: str | None = None
    _cue_shown: str | None = None
    _label_shown: Text | None = None
    _phase_shown: Phase | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="cue-text")
        yield Static(id="speaker-name")
        yield BigClock(id="clock")
        yield Static(id="clock-text")

    def show(self, strings: Strings, cue_text: str, name: str | None, extra: bool,
             limit_s: int, remaining: float, phase: Phase) -> None:
        if getattr(self.app, "ambiguous_wide", False):
            cue_text, name = unambiguous(cue_text), name and unambiguous(name)
        if cue_text != self._cue_shown:  # a step between two cues alike: no relayout
            self._cue_shown = cue_text
            self.query_one("#cue-text", Static).update(Text(cue_text))
        label = Text(f"{strings['speaker']}{strings['colon']}", style="dim")
        if name:
            label.append(name, style="bold")
        else:
            label.append(strings["speaker_unnamed"], style="italic")
        if extra:
            label.append(f"  [{strings['extra_speaker']}]", style="dim")
        if label != self._label_shown:
            self._label_shown = label
            self.query_one("#speaker-name", Static).update(label)
        self.tick(strings, limit_s, remaining, phase)

    def tick(self, strings: Strings, limit_s: int, remaining: float, phase: Phase) -> None:
        """Redraw the time only: cheap enough for every timer tick."""
        shown = format_clock(remaining)
        self.query_one("#clock", BigClock).show(shown)
        if remaining < 0:
            words = strings("overtime_text", time=shown)
        else:
            words = strings("remaining", time=shown)
        sep = " | " if getattr(self.app, "ambiguous_wide", False) else " · "
        plain = sep.join((words, strings["phase." + phase], strings("limit", time=format_clock(limit_s))))
        if plain != self._plain_shown:
            self._plain_shown = plain
            # One line of fixed height: no layout pass for a tick.
            self.query_one("#clock-text", Static).update(plain, layout=False)
        if phase != self._phase_shown:
            self._phase_shown = phase
            for p in PHASES:
                self.set_class(p == phase, f"phase-{p}")

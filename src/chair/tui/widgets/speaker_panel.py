"""At a speaker cue: the cue, the speaker's name, the big countdown and its plain-text twin.

The panel takes a `SpeakerView` (built by `chair.views.speaker_view`) through its `view`
reactive: an equal view does nothing, a new one redraws the parts that differ. The phase
is a class on the panel (`phase-overtime` fills the whole panel; `blink` is the slow blink
of overtime, toggled by the screen).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Static

from chair.session import Phase
from chair.tui.widgets.big_clock import BigClock
from chair.tui.widgets.clock_words import ClockWords
from chair.tui.wrapping import unambiguous
from chair.views import SpeakerView

PHASES: tuple[Phase, ...] = ("idle", "normal", "warning", "final", "overtime", "paused", "done")


class SpeakerPanel(Vertical):
    """Renders one cue's state from its view."""

    view: reactive[SpeakerView] = reactive(SpeakerView, layout=False, repaint=False, init=False)

    def __init__(
        self,
        *,
        label: str = "",
        unnamed: str = "",
        extra_word: str = "",
        id: str | None = None,
        classes: str | None = None,
    ):
        super().__init__(id=id, classes=classes)
        self.words = (label, unnamed, extra_word)

    def compose(self) -> ComposeResult:
        yield Static(id="cue-text")
        yield Static(id="speaker-name")
        yield BigClock(id="clock")
        yield ClockWords(id="clock-text")

    def watch_view(self, old: SpeakerView, new: SpeakerView) -> None:
        if self.is_mounted:
            self._draw(old, new)

    def on_mount(self) -> None:
        # Looked up once: the clock and its words change every second.
        self._clock = self.query_one("#clock", BigClock)
        self._clock_text = self.query_one("#clock-text", ClockWords)
        self._draw(None, self.view)

    def _draw(self, old: SpeakerView | None, new: SpeakerView) -> None:
        """Redraw what differs from `old` (everything when there is none)."""
        wide = getattr(self.app, "ambiguous_wide", False)
        fresh = old is None
        old = old or new
        if fresh or new.cue_text != old.cue_text:  # a step between two cues alike: no relayout
            text = unambiguous(new.cue_text) if wide else new.cue_text
            self.query_one("#cue-text", Static).update(Text(text))
        if fresh or (new.name, new.extra) != (old.name, old.extra):
            label, unnamed, extra_word = self.words
            line = Text(label, style="dim")
            if new.name:
                line.append(unambiguous(new.name) if wide else new.name, style="bold")
            else:
                line.append(unnamed, style="italic")
            if new.extra:
                line.append(f"  [{extra_word}]", style="dim")
            self.query_one("#speaker-name", Static).update(line)
        self._clock.show(new.clock)
        if fresh or new.words != old.words:
            words = unambiguous(new.words) if wide else new.words
            self._clock_text.show(words)
        if fresh or new.phase != old.phase:
            for p in PHASES:
                self.set_class(p == new.phase, f"phase-{p}")

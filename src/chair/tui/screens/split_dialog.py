"""Split a row in two: the text with a cursor where the cut goes.

The cursor starts at the end of the first sentence; Tab and Shift+Tab jump from one
sentence's end to the next, the arrows move one character. The text after the cut is
drawn apart (underlined), the first character of the second part reversed, so the cut
shows without a caret character that would shift the wrapping."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from chair.i18n import Strings
from chair.script.edit import sentence_cuts


class SplitDialog(ModalScreen[int | None]):
    """Returns the offset to cut at, or None."""

    BINDINGS = [
        Binding("left", "move(-1)", show=False),
        Binding("right", "move(1)", show=False),
        Binding("tab", "sentence(1)", show=False, priority=True),
        Binding("shift+tab", "sentence(-1)", show=False, priority=True),
        Binding("home", "edge(0)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("enter", "split", show=False),
        Binding("escape", "cancel", show=False),
    ]

    def __init__(self, strings: Strings, text: str):
        super().__init__()
        self.strings = strings
        self.text = text
        self.cuts = sentence_cuts(text)
        self.at = self.cuts[0] if self.cuts else max(1, len(text) // 2)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="split"):
            yield Label(self.strings["review.split.title"], id="dialog-title")
            yield Static(self._render_text(), id="split-text")
            yield Label(self.strings["review.split.hint"], id="dialog-hint")

    def _render_text(self) -> Text:
        out = Text(self.text[: self.at])
        out.append(self.text[self.at], style="reverse bold")
        out.append(self.text[self.at + 1 :], style="underline")
        return out

    def _show(self) -> None:
        self.query_one("#split-text", Static).update(self._render_text())

    def _valid(self, at: int) -> bool:
        return (
            0 < at < len(self.text)
            and bool(self.text[:at].strip())
            and bool(self.text[at:].strip())
        )

    def action_move(self, delta: int) -> None:
        at = self.at + delta
        if self._valid(at):
            self.at = at
            self._show()

    def action_sentence(self, direction: int) -> None:
        later = [c for c in self.cuts if (c > self.at if direction > 0 else c < self.at)]
        if later:
            self.at = later[0] if direction > 0 else later[-1]
            self._show()

    def action_edge(self, end: int) -> None:
        at = len(self.text) - 1 if end else 1
        while not self._valid(at) and 0 < at < len(self.text):
            at += -1 if end else 1
        if self._valid(at):
            self.at = at
            self._show()

    def action_split(self) -> None:
        if self._valid(self.at):
            self.dismiss(self.at)

    def action_cancel(self) -> None:
        self.dismiss(None)

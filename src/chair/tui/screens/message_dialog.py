"""A message to the speaker's screen: a stock phrase with one key, or free text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList


class MessageDialog(ModalScreen[str | None]):
    """Returns the chosen or typed message, or None on escape. `1`–`9` pick a phrase."""

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, title: str, placeholder: str, phrases: list[str]):
        super().__init__()
        self.title_text = title
        self.placeholder = placeholder
        self.phrases = [p for p in phrases if p]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield OptionList(
                *[f"{n} {p}" for n, p in enumerate(self.phrases, 1)], id="message-phrases"
            )
            yield Input(placeholder=self.placeholder, id="message-input")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_key(self, event) -> None:
        """A digit picks that phrase at once (from the list; in the text box it is typed)."""
        if isinstance(self.focused, Input):
            return
        if event.character and event.character.isdigit():
            n = int(event.character)
            if 1 <= n <= len(self.phrases):
                event.stop()
                self.dismiss(self.phrases[n - 1])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.phrases[event.option_index])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)

"""Add a timestamped note to the log: several lines, saved with Ctrl+S (or Ctrl+Enter)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, TextArea


class NoteDialog(ModalScreen[str | None]):
    """Returns the note text, or None on escape or when empty."""

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s,ctrl+enter,ctrl+j", "save", show=False, priority=True),
    ]

    def __init__(self, title: str, placeholder: str, save: str = "OK"):
        super().__init__()
        self.title_text = title
        self.placeholder = placeholder
        self.save_text = save

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield Label(self.placeholder, id="note-hint")
            yield TextArea(id="note-input", soft_wrap=True, show_line_numbers=False)
            yield Button(self.save_text, id="note-save", variant="primary")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)

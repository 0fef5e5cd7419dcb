"""Ask before quitting: end the meeting, leave it to resume later, or stay."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

QuitChoice = Literal["end", "leave"]


class QuitDialog(ModalScreen[QuitChoice | None]):
    """`y`/Enter/PageDown ends the meeting, `l` leaves it unfinished, `n`/Escape/PageUp stays."""

    BINDINGS = [
        Binding("y,pagedown", "choose('end')", show=False),  # a clicker can finish
        Binding("l", "choose('leave')", show=False),
        Binding("n,escape,pageup", "choose('')", show=False),
    ]

    def __init__(
        self, title: str, body: str, end: str, leave: str, cancel: str, offer_leave: bool = True
    ):
        super().__init__()
        self.texts = (title, body, end, leave, cancel)
        self.offer_leave = offer_leave

    def compose(self) -> ComposeResult:
        title, body, end, leave, cancel = self.texts
        with Vertical(id="dialog"):
            yield Label(title, id="dialog-title")
            yield Label(body)
            yield Button(end, id="end", variant="error")
            if self.offer_leave:
                yield Button(leave, id="leave")
            yield Button(cancel, id="cancel")

    def on_mount(self) -> None:
        # Focus stays on "cancel": a chair hammering space or Enter does not end the meeting
        # by accident; `y` (or a clicker's PageDown) is the deliberate answer.
        self.query_one("#cancel", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_choose("" if event.button.id == "cancel" else str(event.button.id))

    def action_choose(self, choice: str) -> None:
        if choice == "leave" and not self.offer_leave:
            return
        self.dismiss(choice or None)  # type: ignore[arg-type]

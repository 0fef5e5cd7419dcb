"""A question with a few answers, each on a key: overwrite a file? save before leaving?"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class ChoiceDialog(ModalScreen[str | None]):
    """`choices` are (key, label, answer); the key or a click answers, Escape answers None.

    Focus starts on the last choice, the one that changes nothing, so a stray Enter is safe."""

    def __init__(self, title: str, body: str, choices: list[tuple[str, str, str]]):
        super().__init__()
        self.title_text = title
        self.body = body
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield Label(self.body)
            for _key, label, answer in self.choices:
                yield Button(label, id=f"choice-{answer}")

    def on_mount(self) -> None:
        self.query(Button).last().focus()

    def on_key(self, event: events.Key) -> None:
        for key, _label, answer in self.choices:
            if event.key == key:
                event.stop()
                self.dismiss(answer)
                return
        if event.key == "escape":
            event.stop()
            self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(str(event.button.id).removeprefix("choice-"))

"""What the secretary's dialogs share: labelled one-line fields, Enter to the next field
(and to save on the last), Ctrl+S to save from anywhere, Escape to cancel."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Input

T = TypeVar("T")


class FormDialog(ModalScreen[T | None]):
    """A dialog of fields; `result()` is what it returns, or None while the form is not valid."""

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "save", show=False),
    ]

    def result(self) -> T | None:
        raise NotImplementedError  # each dialog says what its fields mean

    def refresh_summary(self) -> None:
        """Show what the fields amount to (the quorum, whether a vote carries)."""

    def on_mount(self) -> None:
        self.query(Input).first().focus()
        self.refresh_summary()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_summary()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        inputs = list(self.query(Input))
        index = inputs.index(event.input)
        if index < len(inputs) - 1:
            inputs[index + 1].focus()
        else:
            self.action_save()

    def action_save(self) -> None:
        value = self.result()
        if value is not None:
            self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)

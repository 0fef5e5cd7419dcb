"""决定事项: one decision, recorded under the current item."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label

from chair.tui.screens.form_dialog import FormDialog


class DecisionDialog(FormDialog[str]):
    """Returns the decision's text, or None on escape or when empty."""

    def __init__(self, title: str, placeholder: str, hint: str):
        super().__init__()
        self.title_text = title
        self.placeholder = placeholder
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="form-dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield Input(placeholder=self.placeholder, id="decision-input")
            yield Label(self.hint, classes="form-hint")

    def result(self) -> str | None:
        return self.query_one(Input).value.strip() or None

"""Fill in or change a speaker's name; offers the roster and the names already used."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList


class NameDialog(ModalScreen[str | None]):
    """Returns the typed or chosen name, "" when left empty (if allowed), None on escape."""

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(
        self,
        title: str,
        placeholder: str,
        names: list[str],
        value: str = "",
        allow_empty: bool = False,
    ):
        super().__init__()
        self.title_text = title
        self.placeholder = placeholder
        self.names = list(dict.fromkeys(n for n in names if n))
        self.value = value
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield Input(
                value=self.value,
                placeholder=self.placeholder,
                id="name-input",
                suggester=SuggestFromList(self.names, case_sensitive=False),
            )
            if self.names:
                yield OptionList(*self.names, id="name-choices")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if name or self.allow_empty:
            self.dismiss(name)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(str(event.option.prompt))

    def action_cancel(self) -> None:
        self.dismiss(None)

"""Set what a row needs besides its kind: a cue's name, office and limit; an item's title;
the meeting's title. One typed dialog, its fields chosen by the row."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from chair.i18n import Strings
from chair.script.edit import parse_limit
from chair.timefmt import format_span


@dataclass(frozen=True)
class StepFields:
    """What the dialog asks for and returns; a field the row does not have stays None."""

    title: str | None = None
    item_title: str | None = None
    name: str | None = None
    role: str | None = None
    limit_s: int | None = None
    cue: bool = False
    """Whether the row is a cue (name, role and limit are asked)."""
    item_title_now: str = ""
    """The item's title as it stands (from the overview or the text), shown when empty."""


class StepDialog(ModalScreen[StepFields | None]):
    """Tab moves between fields, Enter confirms (after checking the limit), Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, strings: Strings, fields: StepFields, names: list[str]):
        super().__init__()
        self.strings = strings
        self.fields = fields
        self.names = list(dict.fromkeys(n for n in names if n))

    def compose(self) -> ComposeResult:
        s, f = self.strings, self.fields
        with Vertical(id="dialog"):
            if f.title is not None:
                yield Label(s["review.dialog.title"], classes="field-label")
                yield Input(value=f.title, id="title")
            if f.item_title is not None:
                yield Label(s["review.dialog.item_title"], classes="field-label")
                yield Input(value=f.item_title, placeholder=f.item_title_now, id="item-title")
            if f.cue:
                yield Label(s["review.dialog.name"], classes="field-label")
                yield Input(
                    value=f.name or "",
                    id="name",
                    suggester=SuggestFromList(self.names, case_sensitive=False),
                )
                yield Label(s["review.dialog.role"], classes="field-label")
                yield Input(value=f.role or "", id="role")
                yield Label(s["review.dialog.limit"], classes="field-label")
                yield Input(value=format_span(f.limit_s or 600), id="limit")
            yield Label("", id="dialog-error")
            yield Label(s["review.dialog.hint"], id="dialog-hint")

    def on_mount(self) -> None:
        first = "#name" if self.fields.cue else "Input"
        self.query_one(first, Input).focus()

    def _value(self, selector: str) -> str | None:
        found = self.query(selector)
        return found.first(Input).value if found else None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        limit_s = None
        if self.fields.cue:
            limit_s = parse_limit(self._value("#limit") or "")
            if limit_s is None:
                self.query_one("#dialog-error", Label).update(
                    self.strings["review.dialog.bad_limit"]
                )
                self.query_one("#limit", Input).focus()
                return
        title = self._value("#title")
        if title is not None and not title.strip():
            self.query_one("#title", Input).focus()
            return
        self.dismiss(
            StepFields(
                title=title,
                item_title=self._value("#item-title"),
                name=self._value("#name"),
                role=self._value("#role"),
                limit_s=limit_s,
                cue=self.fields.cue,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)

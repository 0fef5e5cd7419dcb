"""The keys, in the interface language. Any key closes it."""

from __future__ import annotations

from rich.table import Table
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from chair.i18n import HELP_KEYS, Strings
from chair.tui.wrapping import unambiguous


class HelpScreen(ModalScreen[None]):
    def __init__(self, strings: Strings):
        super().__init__()
        self.strings = strings

    def compose(self) -> ComposeResult:
        # Two pairs of columns: every key fits at 80×24.
        table = Table.grid(padding=(0, 2))
        for _ in range(2):
            table.add_column(style="bold")
            table.add_column()
        wide = getattr(self.app, "ambiguous_wide", False)
        rows = [
            (unambiguous(keys) if wide else keys, self.strings[what]) for keys, what in HELP_KEYS
        ]
        half = (len(rows) + 1) // 2
        for left, right in zip(rows[:half], rows[half:] + [("", "")], strict=False):
            table.add_row(*left, *right)
        with Vertical(id="dialog"):
            yield Label(self.strings["help.title"], id="dialog-title")
            yield Static(table)
            hint = self.strings["zoom_hint"]
            yield Static(unambiguous(hint) if wide else hint, id="help-hint")

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.dismiss(None)

    def on_click(self) -> None:
        self.dismiss(None)

"""The bottom line that teaches the keys: each shown binding's key and its description.

One widget drawing one line, rather than Textual's `Footer` (a widget per key, remounted
whenever the bindings change): the live screen redraws it at most when what the keys can
do changes, and that costs one line, not a mount and a layout of ten widgets. Keys that
cannot act now (`check_action` answers None) are dimmed; a click runs the key's action.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.actions import parse
from textual.binding import Binding
from textual.widget import Widget


class KeyBar(Widget):
    """Draws `bindings` (those with `show=True`) as `key description` pairs."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    KeyBar > .keybar--key { color: $footer-key-foreground; text-style: bold; }
    KeyBar > .keybar--description { color: $footer-description-foreground; }
    KeyBar > .keybar--disabled { color: $footer-description-foreground 45%; }
    """
    COMPONENT_CLASSES = {"keybar--key", "keybar--description", "keybar--disabled"}

    def __init__(self, bindings: list[Binding], *, id: str | None = None):
        super().__init__(id=id)
        self.bindings = [b for b in bindings if b.show]
        self._enabled: tuple[bool, ...] = ()
        self._spans: list[tuple[int, int, str]] = []
        """(start cell, end cell, action) of each drawn key, for clicks."""

    def _state(self) -> tuple[bool, ...]:
        out = []
        for binding in self.bindings:
            _ns, name, params = parse(binding.action)
            allowed = self.screen.check_action(name, params)
            out.append(allowed is True)
        return tuple(out)

    def update_keys(self) -> None:
        """Re-ask `check_action`; redraw only when an answer changed."""
        state = self._state()
        if state != self._enabled:
            self._enabled = state
            self.refresh()

    def on_mount(self) -> None:
        self._enabled = self._state()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        desc_style = self.get_component_rich_style("keybar--description")
        off_style = self.get_component_rich_style("keybar--disabled")
        line = Text(no_wrap=True, overflow="crop")
        self._spans = []
        for binding, enabled in zip(self.bindings, self._enabled or (True,) * len(self.bindings),
                                    strict=False):
            key = binding.key_display or binding.key.split(",")[0]
            start = line.cell_len
            line.append(f" {key} ", style=key_style if enabled else off_style)
            line.append(f"{binding.description} ", style=desc_style if enabled else off_style)
            self._spans.append((start, line.cell_len, binding.action))
            line.append(" ")
        return line

    async def on_click(self, event: events.Click) -> None:
        for start, end, action in self._spans:
            if start <= event.x < end:
                await self.screen.run_action(action)
                return

"""The bottom lines that teach the keys: each shown binding's key and its description.

One widget drawing two lines, rather than Textual's `Footer` (a widget per key, remounted
whenever the bindings change): the live screen redraws it at most when what the keys can
do changes, and that costs two lines, not a mount and a layout of ten widgets. Keys that
cannot act now (`check_action` answers None) are dimmed, keys that do not exist here (it
answers False: the rehearsal's key in a live run) are left out; what does not fit on two
lines gives way to the last binding (help), which lists every key.
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
        height: 2;
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
        self._enabled: tuple[bool | None, ...] = ()
        self._spans: list[tuple[int, int, int, str]] = []
        """(row, start cell, end cell, action) of each drawn key, for clicks."""
        self.drawn: list[str] = []
        """The actions drawn by the last render (tests read it)."""

    def _state(self) -> tuple[bool | None, ...]:
        out = []
        for binding in self.bindings:
            _ns, name, params = parse(binding.action)
            out.append(self.screen.check_action(name, params))
        return tuple(out)

    def update_keys(self) -> None:
        """Re-ask `check_action`; redraw only when an answer changed."""
        state = self._state()
        if state != self._enabled:
            self._enabled = state
            self.refresh()

    def on_mount(self) -> None:
        self._enabled = self._state()

    def on_resize(self) -> None:
        self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        desc_style = self.get_component_rich_style("keybar--description")
        off_style = self.get_component_rich_style("keybar--disabled")
        width = max(1, self.size.width)
        state = self._enabled or (True,) * len(self.bindings)
        pairs = [(b, on) for b, on in zip(self.bindings, state, strict=False) if on is not False]
        if not pairs:
            return Text()

        def label(binding: Binding) -> tuple[str, str]:
            return f" {binding.key_display or binding.key.split(',')[0]} ", binding.description

        def cells(binding: Binding) -> int:
            key, desc = label(binding)
            return Text(key + desc).cell_len + 1

        last = pairs[-1]
        rows: list[list[tuple[Binding, bool | None]]] = [[], []]
        used = [0, 0]
        row = 0
        for pair in pairs[:-1]:
            need = cells(pair[0])
            room = width - (cells(last[0]) if row == 1 else 0)
            if used[row] + need > room:
                if row == 1:
                    break
                row = 1
                room = width - cells(last[0])
                if need > room:
                    break
            rows[row].append(pair)
            used[row] += need
        rows[1 if rows[0] else 0].append(last)
        text = Text(no_wrap=True, overflow="crop")
        self._spans = []
        self.drawn = []
        for r, pairs_in_row in enumerate(rows):
            if r:
                text.append("\n")
            start = 0
            for binding, enabled in pairs_in_row:
                key, desc = label(binding)
                text.append(key, style=key_style if enabled else off_style)
                text.append(desc, style=desc_style if enabled else off_style)
                end = start + Text(key + desc).cell_len
                self._spans.append((r, start, end, binding.action))
                self.drawn.append(binding.action)
                text.append(" ")
                start = end + 1
        return text

    async def on_click(self, event: events.Click) -> None:
        for row, start, end, action in self._spans:
            if row == event.y and start <= event.x < end:
                await self.screen.run_action(action)
                return

"""The agenda: items marked done / now / to come, speakers under their item.

Markers are signs as well as colours (✓ ▶ ○), so NO_COLOR still tells them apart. A click
on an item asks the screen to jump there (`AgendaPanel.Chosen`).
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from chair.dataclass_lite import dataclass
from chair.tui.widgets.meeting_header import clip_cells

MARK = {"done": "✓", "now": "▶", "todo": "○"}
ASCII_MARK = {"done": "v", "now": ">", "todo": "-"}
"""Ambiguous-wide mode: ▶ and ○ may take two cells there, so the markers are ASCII."""
STYLE = {"done": "dim", "now": "bold reverse", "todo": ""}


@dataclass(frozen=True)
class AgendaLine:
    """One line of the panel: an item, or a speaker under it."""

    text: str
    item: int | None
    state: str = "todo"
    speaker: bool = False
    current: bool = False


class AgendaPanel(Widget):
    """Renders `AgendaLine`s, keeping the current item in view."""

    DEFAULT_CSS = """
    AgendaPanel { text-wrap: nowrap; text-overflow: clip; }
    """

    class Chosen(Message):
        def __init__(self, item: int):
            super().__init__()
            self.item = item

    lines: reactive[tuple[AgendaLine, ...]] = reactive((), layout=False)
    """Equal lines (most steps leave the agenda as it was) draw nothing."""

    def __init__(self, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self._top = 0

    def show(self, lines: list[AgendaLine]) -> None:
        self.lines = tuple(lines)

    def render(self) -> Text:
        width = max(4, self.content_size.width)
        height = max(1, self.content_size.height)
        now = next((n for n, line in enumerate(self.lines) if line.current), 0)
        top = (
            0
            if len(self.lines) <= height
            else max(0, min(now - height // 3, len(self.lines) - height))
        )
        self._top = top
        wide = getattr(self.app, "ambiguous_wide", False)
        marks = ASCII_MARK if wide else MARK
        out = []
        for line in self.lines[top : top + height]:
            if line.speaker:
                style = "bold" if line.current else "dim" if line.state == "done" else ""
                out.append(Text(clip_cells("  " + line.text, width, wide), style=style))
            else:
                mark = marks.get(line.state, " ")
                out.append(
                    Text(
                        clip_cells(f"{mark} {line.text}", width, wide),
                        style=STYLE.get(line.state, ""),
                    )
                )
        return Text("\n").join(out)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        n = self._top + offset.y
        item = self.lines[n].item if 0 <= n < len(self.lines) else None
        if item is not None:
            self.post_message(self.Chosen(item))

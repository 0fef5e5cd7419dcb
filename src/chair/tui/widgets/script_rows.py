"""The script as the parser read it, one row per step, its role in a margin.

The review screen's main view. Each row is one line, cut to the width, except the row at
the cursor, which is shown whole (wrapped with the Chinese line-breaking rules) so the
chair reads what they are about to change. The margin says what the row is (title,
opening, item heading, passage, speech, action, vote, stage direction, closing), with the
item's number and a `?` on rows worth a second look: signs as well as colours, so
NO_COLOR still tells them apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from chair.tui.widgets.meeting_header import clip_cells
from chair.tui.wrapping import wrap

ROLE_STYLE = {
    "title": "dim",
    "opening": "",
    "overview": "",
    "item": "bold",
    "passage": "",
    "speech": "bold green",
    "action": "cyan",
    "vote": "magenta",
    "direction": "dim italic",
    "closing": "",
}


@dataclass(frozen=True)
class RowLine:
    """What the view shows of one row: computed by the screen from the draft."""

    text: str
    role: str
    """The role's key (`title`, `item`, `speech`…), for its style."""
    role_word: str
    number: int | None = None
    """The number of the item the row belongs to."""
    starts_item: bool = False
    doubtful: bool = False
    after: str | None = None


class ScriptRows(Widget):
    """Draws `RowLine`s with a cursor; `Clicked` when a row is clicked."""

    DEFAULT_CSS = """
    ScriptRows { text-wrap: nowrap; text-overflow: clip; }
    """

    class Clicked(Message):
        def __init__(self, row: int):
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None, ambiguous_wide: bool = False):
        super().__init__(id=id)
        self.lines: list[RowLine] = []
        self.cursor = 0
        self.top = 0
        self.ambiguous_wide = ambiguous_wide
        self._drawn_rows: list[int] = []
        """The row each drawn screen line belongs to, for clicks."""

    def show(self, lines: list[RowLine], cursor: int) -> None:
        if lines != self.lines or cursor != self.cursor:
            self.lines, self.cursor = lines, cursor
            self.refresh()

    @property
    def margin(self) -> int:
        """Item number (3), doubt sign (1), the widest role word and a space."""
        words = max((cell_len(line.role_word) for line in self.lines), default=4)
        return 3 + 1 + words + 1

    def _expanded(self, line: RowLine, width: int) -> list[str]:
        body = line.text + (f" {line.after}" if line.after else "")
        lines = wrap(body, max(4, width - self.margin), self.ambiguous_wide) or [""]
        most = max(3, self.content_size.height // 2)
        if len(lines) > most:
            more = "..." if self.ambiguous_wide else "……"
            lines = lines[: most - 1] + [
                clip_cells(lines[most - 1] + more, width - self.margin, self.ambiguous_wide)
            ]
        return lines

    def _scroll(self, width: int, height: int) -> None:
        """Keep the cursor's row, whole, in view, with a row of context above it."""
        if not self.lines:
            self.top = 0
            return
        self.cursor = max(0, min(self.cursor, len(self.lines) - 1))
        self.top = min(self.top, max(0, self.cursor - 1))
        need = len(self._expanded(self.lines[self.cursor], width))
        while self.top < self.cursor and (self.cursor - self.top) + need > height - 1:
            self.top += 1

    def render(self) -> Text:
        width = max(10, self.content_size.width)
        height = max(1, self.content_size.height)
        self._scroll(width, height)
        margin = self.margin
        out: list[Text] = []
        self._drawn_rows = []
        for i in range(self.top, len(self.lines)):
            if len(out) >= height:
                break
            line = self.lines[i]
            current = i == self.cursor
            # The cursor's row is one reversed band (it survives NO_COLOR): no colours in it.
            role_style = "" if current else ROLE_STYLE.get(line.role, "")
            head = Text()
            number = f"{line.number:>2} " if line.number is not None else "   "
            head.append(number, style="bold" if line.starts_item else "" if current else "dim")
            head.append("?" if line.doubtful else " ", style="bold yellow" if line.doubtful else "")
            pad = margin - 4 - cell_len(line.role_word)
            head.append(line.role_word + " " * pad, style=role_style)
            text_style = "bold" if line.starts_item else role_style
            if current:
                bodies = self._expanded(line, width)
            else:
                body = line.text + (f" {line.after}" if line.after else "")
                bodies = [clip_cells(" ".join(body.split()), width - margin, self.ambiguous_wide)]
            for k, body in enumerate(bodies):
                row = head.copy() if k == 0 else Text(" " * margin)
                row.append(body, style=text_style)
                if current:
                    row.pad_right(max(0, width - row.cell_len))
                    row.stylize("reverse")
                out.append(row)
                self._drawn_rows.append(i)
                if len(out) >= height:
                    break
        return Text("\n").join(out)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and 0 <= offset.y < len(self._drawn_rows):
            self.post_message(self.Clicked(self._drawn_rows[offset.y]))

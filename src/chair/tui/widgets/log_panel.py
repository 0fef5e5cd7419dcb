"""Who spoke, in order, with their start and spoken time; notes with their time."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from chair.tui.widgets.meeting_header import clip_cells


class LogPanel(Widget):
    """The newest lines at the bottom; older ones scroll off the top."""

    DEFAULT_CSS = """
    LogPanel { text-wrap: nowrap; text-overflow: clip; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self.lines: list[tuple[str, str]] = []
        self.empty_text = ""

    def show(self, lines: list[tuple[str, str]], empty_text: str) -> None:
        """`lines` are (text, style) pairs, oldest first."""
        if lines != self.lines or empty_text != self.empty_text:
            self.lines, self.empty_text = lines, empty_text
            self.refresh()

    def render(self) -> Text:
        width = max(4, self.content_size.width)
        height = max(1, self.content_size.height)
        wide = getattr(self.app, "ambiguous_wide", False)
        if not self.lines:
            return Text(clip_cells(self.empty_text, width, wide), style="dim italic")
        shown = self.lines[-height:]  # only what fits: a long meeting costs no more per frame
        return Text("\n").join(Text(clip_cells(t, width, wide), style=s) for t, s in shown)

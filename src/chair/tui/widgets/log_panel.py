"""Who spoke, in order, with their start and spoken time; notes with their time."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from chair.tui.widgets.meeting_header import clip_cells


class LogPanel(Widget):
    """The newest lines at the bottom; older ones scroll off the top."""

    DEFAULT_CSS = """
    LogPanel { text-wrap: nowrap; text-overflow: clip; }
    """

    lines: reactive[tuple[tuple[str, str], ...]] = reactive((), layout=False)
    """(text, style) pairs, oldest first; equal lines draw nothing."""
    empty_text: reactive[str] = reactive("", layout=False)

    def show(self, lines: list[tuple[str, str]], empty_text: str) -> None:
        self.lines, self.empty_text = tuple(lines), empty_text

    def render(self) -> Text:
        width = max(4, self.content_size.width)
        height = max(1, self.content_size.height)
        wide = getattr(self.app, "ambiguous_wide", False)
        if not self.lines:
            return Text(clip_cells(self.empty_text, width, wide), style="dim italic")
        shown = self.lines[-height:]  # only what fits: a long meeting costs no more per frame
        return Text("\n").join(Text(clip_cells(t, width, wide), style=s) for t, s in shown)

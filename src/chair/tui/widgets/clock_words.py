"""The speaker clock's words on one line: `剩余 09:30 · 正常 · 时限 10:00`.

They change every second a speaker talks. A `Static` would lay the words out through
Textual's content pipeline (markup, wrapping, alignment) on every change; this line builds
its one strip directly, in the same styles a `Static` gives it, and only when the words,
the width or the style change.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Static


class ClockWords(Static):
    """One line of plain words, aligned as the CSS `text-align` says (no wrapping)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self._words = ""
        self._key: tuple[object, ...] | None = None
        self._strip = Strip.blank(0)

    @property
    def words(self) -> str:
        return self._words

    def show(self, words: str) -> None:
        """Change the words; nothing happens when they are the same. One line of fixed
        height: no layout pass of the screen."""
        if words == self._words:
            return
        self._words = words
        self.refresh()

    def render(self) -> Content:
        return Content(self._words)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        style = self.visual_style
        if y != 0:
            return Strip.blank(width, style.rich_style)
        key = (self._words, width, style, self.styles.text_align)
        if key != self._key:
            self._key = key
            self._strip = self._line(width)
        return self._strip

    def _line(self, width: int) -> Strip:
        style = self.visual_style
        words = self._words
        while cell_len(words) > width:  # too narrow: cut, as the line cannot wrap
            words = words[:-1]
        excess = width - cell_len(words)
        align = self.styles.text_align
        if align == "center":
            left = excess // 2
        elif align in ("right", "end"):
            left = excess
        else:
            left = 0
        right = excess - left
        pad = style.background_style.rich_style
        segments = [Segment(" " * left, pad)] if left else []
        if words:
            segments.append(Segment(words, style.rich_style))
        if right:
            segments.append(Segment(" " * right, pad))
        return Strip(segments, width)

"""The passage to read, wrapped by Chinese line-breaking rules, current sentence highlighted.

Neither Rich nor Textual knows kinsoku, so the lines come from `chair.tui.wrapping.wrap_sentences`
(cached per text and width) and are drawn as they are (`text-wrap: nowrap`). The view
scrolls itself so the current sentence sits in the upper third; the next passage follows,
dimmed, so the chair sees what comes.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from chair.tui.wrapping import even, wrap_sentences

PREVIEW_MIN_LINES = 3
"""Lines of the next passage shown at least (a third of the view when it is taller)."""

KIND_STYLE = {
    "title": Style(bold=True),
    "direction": Style(italic=True, dim=True),
    "salutation": Style(bold=True),
}


@dataclass(frozen=True)
class PromptPassage:
    """What the teleprompter needs of a step: its sentences and how it is read."""

    sentences: tuple[str, ...]
    kind: str = "text"


class Teleprompter(Widget):
    """Shows one passage with its current sentence, and the next passage dimmed."""

    DEFAULT_CSS = """
    Teleprompter { text-wrap: nowrap; text-overflow: clip; }
    """

    def __init__(self, *, ambiguous_wide: bool = False, id: str | None = None,
                 classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self.ambiguous_wide = ambiguous_wide
        self.passage = PromptPassage(())
        self.sentence = 0
        self.following: PromptPassage | None = None
        self.top_line = 0
        """First wrapped line on screen, after the last render (tests read it)."""
        self._strips: list[Strip] = []
        self._blank = Strip([])
        self._strips_key: Size | None = None
        """The size the strips were made for; None when they must be remade."""

    def show(self, passage: PromptPassage, sentence: int, following: PromptPassage | None) -> None:
        if (passage, sentence, following) == (self.passage, self.sentence, self.following):
            return  # refresh_view runs after every command: no repaint when nothing changed
        self.passage, self.sentence, self.following = passage, sentence, following
        self._invalidate()
        self.refresh()

    def text_width(self) -> int:
        """The text column: the content width, kept even so wide characters fill it."""
        return even(max(2, self.content_size.width))

    def _layout(self, width: int, height: int) -> tuple[int, list[list[tuple[str, Style]]]]:
        """The lines on screen, as (text, style) runs, and the first wrapped line shown."""
        highlight = Style(bold=True, reverse=True) if self.app.no_color else Style(bold=True)
        wrapped = wrap_sentences(self.passage.sentences, width, self.ambiguous_wide)
        base = KIND_STYLE.get(self.passage.kind, Style())
        read, unread = base + Style(dim=True), base + Style(dim=False)
        current = unread + highlight
        spans = wrapped.spans[self.sentence] if self.sentence < len(wrapped.spans) else []
        first = spans[0][0] if spans else 0
        last = spans[-1][0] if spans else -1
        at = {line_no: (start, end) for line_no, start, end in spans}
        # Read text is dim, the current sentence stands out, what follows is plain.
        lines: list[list[tuple[str, Style]]] = []
        for n, line in enumerate(wrapped.lines):
            if n in at:
                start, end = at[n]
                before = read if n == first else unread if n > first else read
                runs = [(line[:start], before), (line[start:end], current),
                        (line[end:], read if n < last else unread)]
                lines.append([r for r in runs if r[0]])
            elif spans and first < n:
                lines.append([(line, unread)] if n > last else [(line, read)])
            else:
                lines.append([(line, read)])
        if self.following is not None and self.following.sentences:
            lines.append([])
            nxt = wrap_sentences(self.following.sentences, width, self.ambiguous_wide)
            dim = Style(dim=True, italic=self.following.kind == "direction")
            # A preview, not a second page: the chair needs to see what comes, not read it.
            preview = max(PREVIEW_MIN_LINES, height // 3)
            lines.extend([(line, dim)] for line in nxt.lines[:preview])
        # The sentence's first line sits in the upper third, even near the end of a long
        # passage (the view does not pull back to fill itself: the eye stays in one place).
        top = wrapped.scroll_top(self.sentence, height) if len(lines) > height else 0
        return top, lines[top:top + height]

    def render_line(self, y: int) -> Strip:
        """Lines drawn straight from the wrapped text: no Rich Text to build and re-measure
        at every step (the lines are wrapped already, and cached per width)."""
        if self._strips_key != self.size:
            width = self.text_width()
            height = max(1, self.content_size.height)
            self.top_line, runs = self._layout(width, height)
            base = self.rich_style
            self._strips = [Strip([Segment(text, base + style) for text, style in line])
                            for line in runs]
            self._blank = Strip.blank(self.content_size.width, base)
            self._strips_key = self.size
        return self._strips[y] if y < len(self._strips) else self._blank

    def _invalidate(self) -> None:
        self._strips_key = None

    def on_resize(self) -> None:
        self._invalidate()

    def notify_style_update(self) -> None:
        self._invalidate()
        super().notify_style_update()

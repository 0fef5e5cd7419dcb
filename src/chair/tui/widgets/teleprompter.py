"""The passage to read, wrapped by Chinese line-breaking rules, current sentence highlighted.

Neither Rich nor Textual knows kinsoku, so the lines come from `chair.text.wrap_sentences`
(cached per text and width) and are drawn as they are (`text-wrap: nowrap`). The view
scrolls itself so the current sentence sits in the upper third; the next passage follows,
dimmed, so the chair sees what comes.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from chair.text import even, wrap_sentences

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

    def show(self, passage: PromptPassage, sentence: int, following: PromptPassage | None) -> None:
        if (passage, sentence, following) == (self.passage, self.sentence, self.following):
            return  # refresh_view runs after every command: no repaint when nothing changed
        self.passage, self.sentence, self.following = passage, sentence, following
        self.refresh()

    def text_width(self) -> int:
        """The text column: the content width, kept even so wide characters fill it."""
        return even(max(2, self.content_size.width))

    def render(self) -> Text:
        width = self.text_width()
        height = max(1, self.content_size.height)
        highlight = Style(bold=True, reverse=True) if self.app.no_color else Style(bold=True)
        wrapped = wrap_sentences(self.passage.sentences, width, self.ambiguous_wide)
        base = KIND_STYLE.get(self.passage.kind, Style())
        lines: list[Text] = [Text(line, style=base + Style(dim=True)) for line in wrapped.lines]
        # Not-yet-read and already-read text is dimmed; the current sentence stands out.
        spans = wrapped.spans[self.sentence] if self.sentence < len(wrapped.spans) else []
        for line_no, start, end in spans:
            lines[line_no].stylize(Style(dim=False) + highlight, start, end)
        first = spans[0][0] if spans else 0
        # Sentences before the current one: read already, dim. After: normal.
        if spans:
            last_line, _, last_end = spans[-1]
            for n in range(first, len(lines)):
                if n > last_line:
                    lines[n].stylize(Style(dim=False), 0, len(lines[n]))
            lines[last_line].stylize(Style(dim=False), last_end, len(lines[last_line]))
        if self.following is not None and self.following.sentences:
            lines.append(Text(""))
            nxt = wrap_sentences(self.following.sentences, width, self.ambiguous_wide)
            dim = Style(dim=True, italic=self.following.kind == "direction")
            lines.extend(Text(line, style=dim) for line in nxt.lines)
        top = max(0, first - max(0, (height - 1) // 4))
        top = min(top, max(0, len(lines) - height)) if len(lines) > height else 0
        top = min(top, first)  # the sentence's first line is always on screen
        self.top_line = top
        return Text("\n").join(lines[top:top + height])

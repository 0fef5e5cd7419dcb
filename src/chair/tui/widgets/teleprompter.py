"""The passage to read, wrapped by Chinese line-breaking rules, current sentence as a band.

Neither Rich nor Textual knows kinsoku, so the lines come from `chair.tui.wrapping.wrap_sentences`
(cached per text and width) and are drawn as they are (`text-wrap: nowrap`). The view
scrolls itself so the current sentence sits in the upper third. The current sentence is a
reversed band (it survives NO_COLOR and 16 colours), the rest of the passage is dimmed, the
next passage lighter still; `▼ 还有 N 行` says how much of the passage is below the view, and
`page_down_target` / `page_up_target` tell a clicker's PageDown / PageUp where a page goes.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from chair.tui.wrapping import WrappedPassage, cell_width, even, wrap_sentences
from chair.views import PromptView

PREVIEW_MIN_LINES = 3
"""Lines of the next passage shown at least (a third of the view when it is taller)."""
DEFAULT_WIDTH = 60
"""The text column's widest, in cells: 30 Chinese characters a line, read without moving
the head. `--width` changes it."""

KIND_STYLE = {
    "title": Style(bold=True),
    "direction": Style(italic=True),
    "salutation": Style(bold=True),
}


class Teleprompter(Widget):
    """Shows one passage with its current sentence, and the next passage lighter."""

    DEFAULT_CSS = """
    Teleprompter { text-wrap: nowrap; text-overflow: clip; }
    Teleprompter > .teleprompter--current { text-style: bold reverse; }
    Teleprompter > .teleprompter--rest { color: $foreground 70%; }
    Teleprompter > .teleprompter--next { color: $foreground 40%; text-style: italic; }
    Teleprompter > .teleprompter--more { text-style: bold reverse; }
    """
    COMPONENT_CLASSES = {
        "teleprompter--current",
        "teleprompter--rest",
        "teleprompter--next",
        "teleprompter--more",
    }

    view: reactive[PromptView] = reactive(PromptView, layout=False, repaint=False)
    """What to show; a new, different view redraws (equal ones do nothing)."""

    def __init__(
        self,
        *,
        ambiguous_wide: bool = False,
        width: int = DEFAULT_WIDTH,
        focus: bool = False,
        more_text: str = "▼ {n}",
        id: str | None = None,
        classes: str | None = None,
    ):
        super().__init__(id=id, classes=classes)
        self.ambiguous_wide = ambiguous_wide
        self.max_width = max(8, width)
        self.focus_mode = focus
        """Show the current sentence alone (large terminals, long passages)."""
        self.more_text = more_text
        self.top_line = 0
        """First wrapped line on screen, after the last render (tests read it)."""
        self.hidden_below = 0
        """Lines of the current passage below the view, after the last render."""
        self._strips: list[Strip] = []
        self._blank = Strip([])
        self._strips_key: Size | None = None
        """The size the strips were made for; None when they must be remade."""

    def watch_view(self) -> None:
        self._invalidate()
        self.refresh()

    def text_width(self) -> int:
        """The text column: the content width up to `max_width`, kept even so wide
        characters fill it."""
        return even(max(2, min(self.content_size.width, self.max_width)))

    def _wrapped(self, width: int) -> WrappedPassage:
        view = self.view
        if self.focus_mode and view.sentences:
            return wrap_sentences((view.sentences[view.sentence],), width, self.ambiguous_wide)
        return wrap_sentences(view.sentences, width, self.ambiguous_wide)

    def _sentence_in(self) -> int:
        return 0 if self.focus_mode else self.view.sentence

    def _geometry(self, width: int, height: int) -> tuple[WrappedPassage, int, int]:
        """The wrapped passage, the first line shown, and the lines of it hidden below."""
        wrapped = self._wrapped(width)
        total = len(wrapped.lines)
        if total <= height:
            return wrapped, 0, 0
        top = wrapped.scroll_top(self._sentence_in(), height)
        if self.focus_mode:
            top = 0
        hidden = max(0, total - (top + height - 1))  # the last row holds the mark then
        return wrapped, top, hidden

    def _layout(self, width: int, height: int) -> tuple[int, int, list[list[tuple[str, Style]]]]:
        """The lines on screen as (text, style) runs, the first wrapped line shown and the
        lines of the passage left below the view."""
        current = self.get_component_rich_style("teleprompter--current", partial=True)
        rest = self.get_component_rich_style("teleprompter--rest", partial=True)
        nxt_style = self.get_component_rich_style("teleprompter--next", partial=True)
        view = self.view
        wrapped, top, hidden = self._geometry(width, height)
        base = KIND_STYLE.get(view.kind, Style())
        sentence = self._sentence_in()
        spans = wrapped.spans[sentence] if sentence < len(wrapped.spans) else ()
        at = {line_no: (start, end) for line_no, start, end in spans}
        other = base + rest
        band = base + current
        lines: list[list[tuple[str, Style]]] = []
        for n, line in enumerate(wrapped.lines):
            if n in at:
                start, end = at[n]
                runs = [(line[:start], other), (line[start:end], band), (line[end:], other)]
                lines.append([r for r in runs if r[0]])
            else:
                lines.append([(line, other)])
        if self.focus_mode:
            pad = max(0, (height - len(lines)) // 3)
            lines = [[] for _ in range(pad)] + lines
        elif view.following:
            lines.append([])
            nxt = wrap_sentences(view.following, width, self.ambiguous_wide)
            # A preview, not a second page: the chair needs to see what comes, not read it.
            preview = max(PREVIEW_MIN_LINES, height // 3)
            lines.extend([(line, nxt_style)] for line in nxt.lines[:preview])
        shown = lines[top : top + height]
        if hidden:
            mark = self.more_text.format(n=hidden)
            more = self.get_component_rich_style("teleprompter--more", partial=True)
            shown = shown[: height - 1]
            pad = max(0, width - cell_width(mark, self.ambiguous_wide))
            shown.append([(" " * pad, Style()), (mark, more)])
        return top, hidden, shown

    def page_down_target(self) -> int | None:
        """The sentence a page down starts at, or None when the passage is all on screen
        below the current sentence (the page down then moves to the next step)."""
        view = self.view
        if self.focus_mode:
            return view.sentence + 1 if view.sentence + 1 < len(view.sentences) else None
        width, height = self.text_width(), max(1, self.content_size.height)
        wrapped, top, hidden = self._geometry(width, height)
        if not hidden:
            return None
        bottom = top + height - 1  # the first line not (wholly) on screen: the mark's row
        for k in range(view.sentence + 1, len(wrapped.spans)):
            spans = wrapped.spans[k]
            if spans and spans[-1][0] >= bottom:
                return k
        return None

    def page_up_target(self) -> int | None:
        """The sentence a page up goes back to, or None at the passage's first sentence."""
        view = self.view
        if view.sentence == 0:
            return None
        if self.focus_mode:
            return view.sentence - 1
        width, height = self.text_width(), max(1, self.content_size.height)
        wrapped = wrap_sentences(view.sentences, width, self.ambiguous_wide)
        page = max(1, height - 1 - (height - 1) // 4)
        first = wrapped.first_line(view.sentence)
        for k in range(view.sentence):
            if wrapped.first_line(k) >= first - page:
                return k
        return view.sentence - 1

    def render_line(self, y: int) -> Strip:
        """Lines drawn straight from the wrapped text: no Rich Text to build and re-measure
        at every step (the lines are wrapped already, and cached per width)."""
        if self._strips_key != self.size:
            width = self.text_width()
            height = max(1, self.content_size.height)
            self.top_line, self.hidden_below, runs = self._layout(width, height)
            base = self.rich_style
            left = max(0, (self.content_size.width - width) // 2)
            margin = [Segment(" " * left, base)] if left else []
            self._strips = [
                Strip(margin + [Segment(text, base + style) for text, style in line])
                for line in runs
            ]
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

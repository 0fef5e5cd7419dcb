"""Large countdown digits that grow with their panel.

Each pixel of a 3×5 font is a block of reversed spaces, not `█`: a space is one cell in
every terminal (`█` is East Asian Ambiguous and doubles where the terminal draws those
wide), and reverse video still shows under NO_COLOR.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

FONT: dict[str, tuple[str, ...]] = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", "###", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", "..#", "..#", "..#"),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "+": ("...", ".#.", "###", ".#.", "..."),
    "-": ("...", "...", "###", "...", "..."),
}
GLYPH_ROWS = 5
WIDEST = "+00:00"
"""The scale is chosen for this, whatever is shown: the digits keep their size when the
`+` of overtime appears (and the `+` has its room from the start)."""


def pixel_rows(text: str) -> list[str]:
    """The text as rows of `#` and `.` pixels, one pixel column between glyphs."""
    rows = ["" for _ in range(GLYPH_ROWS)]
    glyphs = [FONT[ch] for ch in text if ch in FONT]
    for n, glyph in enumerate(glyphs):
        for r in range(GLYPH_ROWS):
            rows[r] += glyph[r] + ("." if n < len(glyphs) - 1 else "")
    return rows


def scale_for(text: str, width: int, height: int) -> tuple[int, int]:
    """Cells per pixel (x, y) so the digits fill the panel; pixels look square (x = 2y).

    Measured on `text` or `WIDEST`, whichever is wider, so the size never changes with
    the time shown."""
    cols = max(len(pixel_rows(text)[0]), len(pixel_rows(WIDEST)[0])) or 1
    sy = max(1, height // GLYPH_ROWS)
    sx = max(1, width // cols)
    sy = min(sy, max(1, sx // 2))
    sx = min(sx, sy * 2) if sx >= 2 else sx
    return sx, sy


class BigClock(Widget):
    """Draws `text` (digits, `:`, `+`) as large as the widget allows.

    `inverted` swaps the pixels: the whole clock filled, the digits cut out of it (the
    slow blink of overtime; reverse video, so it shows in any colours and under NO_COLOR).
    """

    inverted: reactive[bool] = reactive(False)

    DEFAULT_CSS = """
    BigClock { height: 1fr; width: 1fr; min-height: 5; }
    """

    def __init__(
        self,
        text: str = "10:00",
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ):
        super().__init__(name=name, id=id, classes=classes)
        self._text = text
        self._rows: list[str] = []

    @property
    def text(self) -> str:
        return self._text

    def show(self, text: str) -> None:
        """Change the digits; redraws only the glyphs that differ (a second changes one or
        two of them: the rest of a large clock is not drawn again)."""
        if text == self._text:
            return
        old, self._text = self._text, text
        span = self._changed_columns(old, text)
        if span is None:
            self.refresh()
        else:
            x0, x1 = span
            self.refresh(Region(x0, 0, x1 - x0, self.size.height))

    def _changed_columns(self, old: str, new: str) -> tuple[int, int] | None:
        """The cells (from, to) that cover the glyphs in which `old` and `new` differ, or
        None when the layout itself changes (another length, a plain-text fallback)."""
        width, height = self.size
        cols = len(pixel_rows(new)[0])
        if len(old) != len(new) or not cols or width < cols or height < GLYPH_ROWS:
            return None
        sx, _sy = scale_for(new, width, height)
        left = (width - cols * sx) // 2
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        starts = []
        x = 0
        for ch in new:
            starts.append(x)
            x += len(FONT[ch][0]) + 1 if ch in FONT else 0
        first, last = changed[0], changed[-1]
        end = starts[last] + len(FONT.get(new[last], ("",))[0])
        return left + starts[first] * sx, left + end * sx

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return GLYPH_ROWS

    def render_line(self, y: int) -> Strip:
        width, height = self.size
        rows = pixel_rows(self._text)
        cols = len(rows[0])
        if width < cols or height < GLYPH_ROWS:
            return self._plain_line(y, width, height)
        sx, sy = scale_for(self._text, width, height)
        drawn_w, drawn_h = cols * sx, GLYPH_ROWS * sy
        top = (height - drawn_h) // 2
        left = (width - drawn_w) // 2
        base = self.rich_style
        on = base + Style(reverse=True)
        if self.inverted:
            base, on = on, base
        if not top <= y < top + drawn_h:
            return Strip([Segment(" " * width, base)], width)
        row = rows[(y - top) // sy]
        segments = [Segment(" " * left, base)] if left else []
        run_char, run_len = row[0], 0
        for ch in row:
            if ch == run_char:
                run_len += 1
                continue
            segments.append(Segment(" " * (run_len * sx), on if run_char == "#" else base))
            run_char, run_len = ch, 1
        segments.append(Segment(" " * (run_len * sx), on if run_char == "#" else base))
        right = width - left - drawn_w
        if right > 0:
            segments.append(Segment(" " * right, base))
        return Strip(segments, width)

    def _plain_line(self, y: int, width: int, height: int) -> Strip:
        """Too small for big digits: the plain text, centred and bold."""
        base = self.rich_style
        if y != height // 2:
            return Strip([Segment(" " * width, base)], width)
        text = self._text[:width]
        left = (width - len(text)) // 2
        return Strip(
            [
                Segment(" " * left, base),
                Segment(text, base + Style(bold=True)),
                Segment(" " * (width - left - len(text)), base),
            ],
            width,
        )

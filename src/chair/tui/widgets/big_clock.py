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

    `inverted` swaps the pixels of the rows the digits stand in: a filled band across
    the clock, the digits cut out of it (the slow blink of overtime; reverse video, so it
    shows in any colours and under NO_COLOR). Only that band is drawn again when it
    blinks, not the blank rows above and below it.
    """

    inverted: reactive[bool] = reactive(False, repaint=False)

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
        self._base_style: Style | None = None
        self._layout_key: tuple[object, ...] | None = None
        self._layout: tuple[int, Strip, list[Strip]] = (0, Strip.blank(0), [])

    @property
    def text(self) -> str:
        return self._text

    def show(self, text: str) -> None:
        """Change the digits; redraws only the glyphs that differ (a second changes one or
        two of them: the rest of a large clock, and its blank rows, are not drawn again)."""
        if text == self._text:
            return
        old, self._text = self._text, text
        span = self._changed_cells(old, text)
        if span is None:
            self.refresh()
        else:
            self.refresh(span)

    def _changed_cells(self, old: str, new: str) -> Region | None:
        """The cells that cover the glyphs in which `old` and `new` differ, or None when
        the layout itself changes (another length, a plain-text fallback)."""
        width, height = self.size
        cols = len(pixel_rows(new)[0])
        if len(old) != len(new) or not cols or width < cols or height < GLYPH_ROWS:
            return None
        sx, sy = scale_for(new, width, height)
        left = (width - cols * sx) // 2
        top = (height - GLYPH_ROWS * sy) // 2
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        starts = []
        x = 0
        for ch in new:
            starts.append(x)
            x += len(FONT[ch][0]) + 1 if ch in FONT else 0
        first, last = changed[0], changed[-1]
        end = starts[last] + len(FONT.get(new[last], ("",))[0])
        x0 = left + starts[first] * sx
        return Region(x0, top, left + end * sx - x0, GLYPH_ROWS * sy)

    def watch_inverted(self) -> None:
        self.refresh(self._band())

    def _band(self) -> Region:
        """The rows the digits stand in (the whole clock when they do not fit)."""
        width, height = self.size
        cols = len(pixel_rows(self._text)[0])
        if not cols or width < cols or height < GLYPH_ROWS:
            return Region(0, 0, width, height)
        _sx, sy = scale_for(self._text, width, height)
        return Region(0, (height - GLYPH_ROWS * sy) // 2, width, GLYPH_ROWS * sy)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return GLYPH_ROWS

    def render_lines(self, crop: Region) -> list[Strip]:
        # The style is looked up once a frame, not once a line (it walks the ancestors).
        self._base_style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width, height = self.size
        base = self._base_style if self._base_style is not None else self.rich_style
        key = (self._text, width, height, self.inverted, base)
        if self._layout_key != key:
            self._layout_key = key
            self._layout = self._lay_out(width, height, base)
        top, blank, rows = self._layout
        if top <= y < top + len(rows):
            return rows[y - top]
        return blank

    def _lay_out(self, width: int, height: int, base: Style) -> tuple[int, Strip, list[Strip]]:
        """(first row of the digits, a blank row, the rows of the digits) for this size."""
        rows = pixel_rows(self._text)
        cols = len(rows[0])
        if width < cols or height < GLYPH_ROWS:
            middle = self._plain_line(width, base)
            return height // 2, Strip([Segment(" " * width, base)], width), [middle]
        sx, sy = scale_for(self._text, width, height)
        drawn_w, drawn_h = cols * sx, GLYPH_ROWS * sy
        top = (height - drawn_h) // 2
        left = (width - drawn_w) // 2
        blank = Strip([Segment(" " * width, base)], width)
        on = base + Style(reverse=True)
        if self.inverted:
            base, on = on, base
        drawn: list[Strip] = []
        for row in rows:
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
            drawn += [Strip(segments, width)] * sy
        return top, blank, drawn

    def _plain_line(self, width: int, base: Style) -> Strip:
        """Too small for big digits: the plain text, centred and bold."""
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

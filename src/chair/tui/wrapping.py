"""Chinese text on a terminal: cell widths, line wrapping (kinsoku), ambiguous widths.

Neither Rich nor Textual applies Chinese line-breaking rules (they break at spaces and
fold the rest, so a line can start with `，`), so the teleprompter wraps the passage
itself and renders the lines with `text-wrap: nowrap`. Everything here is a pure
function of its arguments, measured in terminal cells with Rich's tables: presentation,
so it lives beside the screen (the core splits sentences, `chair.text`, and never imports Rich).

Wrapping policy (kinsoku):

* breaks are allowed between any two CJK characters, and at spaces (which are dropped);
* a line never starts with a closing mark (`，。、；：！？）》」』”’…—` and ASCII
  `),.:;?!`, `％%`) and never ends with an opening one (`（《「『“‘(`), so `——` and
  `……` are never split;
* a Latin word or a number (`GDP`, `5.2%`, `2023`) is never split;
* to obey the rules the wrapper first **pushes back**: it breaks earlier, moving the
  last character(s) of the line to the next one. Only when no earlier break exists on
  the line does it **hang** the closing punctuation past the width, by at most 2 cells.
  When even that fails (a Latin run longer than the line, a line's worth of closing
  marks) it splits the run hard, and as a last resort anywhere: a line never exceeds
  `width + 2` cells and is never empty unless its paragraph is.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate

from rich._unicode_data import load as _load_cell_table
from rich.cells import cell_len, get_character_cell_size

from chair.dataclass_lite import dataclass

__all__ = [
    "HANG_CELLS",
    "WrappedPassage",
    "cell_width",
    "even",
    "is_ambiguous",
    "unambiguous",
    "wrap",
    "wrap_sentences",
]

NO_START = frozenset("，。、；：！？）》」』〉】〕］｝”’…—),.:;?!]}％%")
"""Characters a line may not start with: closing punctuation."""

NO_END = frozenset("（《「『〈【〔［｛“‘([{")
"""Characters a line may not end with: opening punctuation."""

SPACES = frozenset(" \t\r\u3000")
"""Break opportunities that are dropped at a break (and never end a line)."""

HANG_CELLS = 2
"""How far hanging punctuation may stick out past the width, in cells."""

_ZWJ = "\u200d"
_VS16 = "\ufe0f"

# Per-character flags, computed once per character.
_F_NO_START = 1
_F_NO_END = 2
_F_SPACE = 4
_F_WORD = 8
_F_ATTACH = 16  # never break before it (combining marks, joiners, selectors)


class _CharCache(dict[str, int]):
    """A dict that computes a missing character's value once: per-char memoisation
    that is faster than `lru_cache` in the wrapper's inner loops."""

    def __init__(self, compute: Callable[[str], int]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, ch: str) -> int:
        value = self[ch] = self._compute(ch)
        return value


def _ambiguous_width(ch: str) -> int:
    width = get_character_cell_size(ch)
    if width == 1 and unicodedata.east_asian_width(ch) == "A":
        return 2
    return width


def _flags(ch: str) -> int:
    flags = 0
    if ch in NO_START:
        flags |= _F_NO_START
    if ch in NO_END:
        flags |= _F_NO_END
    if ch in SPACES:
        return flags | _F_SPACE
    if ch in (_ZWJ, _VS16) or unicodedata.category(ch) in ("Mn", "Me", "Mc"):
        flags |= _F_ATTACH
    if ch.isascii():
        if ch.isprintable():
            flags |= _F_WORD
    elif ch.isalnum() and unicodedata.east_asian_width(ch) in ("Na", "N", "A"):
        # Latin, Greek, Cyrillic letters and digits; CJK ideographs are wide.
        flags |= _F_WORD
    return flags


_WIDTH = _CharCache(get_character_cell_size)
_WIDTH_AMBIGUOUS = _CharCache(_ambiguous_width)
_FLAGS = _CharCache(_flags)


def _widths(text: str, ambiguous_wide: bool) -> list[int]:
    """Cells per character, so that the sum over any run of whole graphemes is the
    width Rich gives that run (it widens emoji before VS16 and hides ZWJ partners)."""
    table = _WIDTH_AMBIGUOUS if ambiguous_wide else _WIDTH
    widths = list(map(table.__getitem__, text))
    if _ZWJ not in text and _VS16 not in text:
        return widths
    # Mirror rich.cells._cell_len, which measures these sequences by grapheme.
    narrow_to_wide = _load_cell_table("auto").narrow_to_wide
    last: str | None = None
    index, count = 0, len(text)
    while index < count:
        ch = text[index]
        if ch == _ZWJ:
            widths[index] = 0
            if index + 1 < count:
                widths[index + 1] = 0
            index += 2
            continue
        if ch == _VS16:
            widths[index] = 0
            if last is not None:
                if last in narrow_to_wide and table[last] == 1:
                    widths[index] = 1
                last = None
        elif widths[index]:
            last = ch
        index += 1
    return widths


def cell_width(text: str, ambiguous_wide: bool = False) -> int:
    """Terminal cells `text` takes, as Rich measures it.

    With `ambiguous_wide`, East Asian Ambiguous characters (“ ” … — · │ █) count 2, as
    they do in terminals set up for CJK (where the teleprompter must still fit).
    """
    if text.isascii() and text.isprintable():
        return len(text)
    if not ambiguous_wide:
        return cell_len(text)
    return sum(_widths(text, True))


def even(width: int) -> int:
    """The largest even width <= `width` (never negative): the text column keeps an
    even number of cells so a line of wide characters fills it exactly."""
    return max(0, width - width % 2)


# --------------------------------------------------------------------------- wrapping


def wrap(text: str, width: int, ambiguous_wide: bool = False) -> list[str]:
    """Wrap `text` into lines of at most `width` cells under the kinsoku rules above.

    Newlines start new lines (an empty paragraph gives an empty line, an empty text no
    line at all); spaces at a break are dropped and lines have no trailing spaces, so
    joining the lines gives back the text minus those spaces. `width` < 2 is treated as 2 (a wide character must fit).
    """
    return [text[a:b] for a, b in _line_ranges(text, max(2, width), ambiguous_wide)]


@lru_cache(maxsize=256)
def _line_ranges(text: str, width: int, ambiguous_wide: bool) -> tuple[tuple[int, int], ...]:
    """The lines of `text` as (start, end) indices: `text[start:end]` is the line.
    Indices rather than strings let `wrap_sentences` map sentences onto lines."""
    if not text:
        return ()
    widths = _widths(text, ambiguous_wide)
    cum = list(accumulate(widths, initial=0))
    ranges: list[tuple[int, int]] = []
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        _wrap_paragraph(text, start, end, width, cum, ranges)
        if end == len(text):
            return tuple(ranges)
        start = end + 1


def _content_end(text: str, p: int, s: int) -> int:
    """Where a line broken at `p` really ends: before the spaces that precede `p`."""
    while p > s and text[p - 1] in SPACES:
        p -= 1
    return p


def _wrap_paragraph(
    text: str, s: int, z: int, width: int, cum: list[int], out: list[tuple[int, int]]
) -> None:
    """Greedy line filling of `text[s:z]` (no newline inside), appending to `out`.

    Each line costs a binary search for the widest fit plus a short walk back to the
    last allowed break, so the whole is linear in the text, measured once.
    """
    flags = _FLAGS
    if s == z:
        out.append((s, s))
        return
    while s < z:
        base = cum[s]
        # Widest fit: largest p with cum[p] - base <= width, then past trailing spaces.
        p0 = bisect_right(cum, base + width, s, z + 1) - 1
        while p0 < z and text[p0] in SPACES:
            p0 += 1
        if p0 >= z:
            out.append((s, _content_end(text, z, s)))
            return
        strict = relaxed = anywhere = -1
        p = p0
        while p > s:
            right = flags[text[p]]
            if not right & (_F_SPACE | _F_ATTACH):
                ce = _content_end(text, p, s)
                if ce > s:
                    if anywhere < 0:
                        anywhere = p
                    if not right & _F_NO_START and not flags[text[ce - 1]] & _F_NO_END:
                        if relaxed < 0:
                            relaxed = p
                        if ce < p or not (right & flags[text[p - 1]] & _F_WORD):
                            strict = p
                            break
            p -= 1
        if strict < 0:
            hang = _hang(text, s, p0, z, width, cum)
            if hang > 0:
                strict = hang
        brk = strict if strict > 0 else relaxed if relaxed > 0 else anywhere
        if brk < 0:
            if text[s] in SPACES:  # indentation wider than the line: drop it
                while s < z and text[s] in SPACES:
                    s += 1
                continue
            brk = s + 1  # cannot happen with width >= 2; keeps the loop finite
            while brk < z and flags[text[brk]] & _F_ATTACH:
                brk += 1
        out.append((s, _content_end(text, brk, s)))
        s = brk
        while s < z and text[s] in SPACES:
            s += 1


def _hang(text: str, s: int, p0: int, z: int, width: int, cum: list[int]) -> int:
    """A break after closing punctuation that sticks out past `width` by at most
    `HANG_CELLS`, for a line that has no earlier break to push back to; -1 if none."""
    flags = _FLAGS
    limit = cum[s] + width + HANG_CELLS
    q = p0
    while q < z and flags[text[q]] & (_F_NO_START | _F_ATTACH) and cum[q + 1] <= limit:
        q += 1
        if q == z:
            return q
        right = flags[text[q]]
        if not right & (_F_NO_START | _F_ATTACH | _F_SPACE) and not (
            right & flags[text[q - 1]] & _F_WORD
        ):
            return q
        if right & _F_SPACE:
            return q  # break after the spaces that follow; they are dropped
    return -1


# --------------------------------------------------------------------------- passages

Segment = tuple[int, int, int]
"""Part of a sentence on one line: (line index, start char, end char) in that line."""


@dataclass(frozen=True)
class WrappedPassage:
    """A passage wrapped for the teleprompter, with where each sentence lies.

    `spans[k]` lists the segments of sentence k, one per line it touches, so the screen
    can highlight it; spaces dropped at a break and newlines belong to no segment (a
    sentence made only of those has no segment). Tuples, because the value is cached
    and shared between callers.
    """

    lines: tuple[str, ...]
    spans: tuple[tuple[Segment, ...], ...]

    def first_line(self, sentence: int) -> int:
        """The line where sentence `sentence` starts (the one before it, if it has
        no visible characters)."""
        for k in range(min(sentence, len(self.spans) - 1), -1, -1):
            if self.spans[k]:
                return self.spans[k][0][0] if k == sentence else self.spans[k][-1][0]
        return 0

    def scroll_top(self, sentence: int, height: int) -> int:
        """The first line to show in a view `height` lines high so that the sentence
        starts a quarter of the way down, well in its upper third (0 near the top of the
        passage). The teleprompter scrolls by this."""
        return max(0, self.first_line(sentence) - max(0, (height - 1) // 4))


def wrap_sentences(
    sentences: Sequence[str], width: int, ambiguous_wide: bool = False
) -> WrappedPassage:
    """Wrap the passage made of `sentences` (as `split_sentences` gives them) and locate
    each sentence on the lines. Cached: the screen asks again at every step."""
    return _wrap_passage(tuple(sentences), max(2, width), ambiguous_wide)


@lru_cache(maxsize=64)
def _wrap_passage(sentences: tuple[str, ...], width: int, ambiguous_wide: bool) -> WrappedPassage:
    text = "".join(sentences)
    ranges = _line_ranges(text, width, ambiguous_wide)
    spans: list[tuple[Segment, ...]] = []
    line = 0
    start = 0
    for sentence in sentences:
        end = start + len(sentence)
        while line < len(ranges) and ranges[line][1] <= start:
            line += 1
        segments: list[Segment] = []
        k = line
        while k < len(ranges) and ranges[k][0] < end:
            a, b = ranges[k]
            lo, hi = max(a, start), min(b, end)
            if lo < hi:
                segments.append((k, lo - a, hi - a))
            k += 1
        spans.append(tuple(segments))
        start = end
    return WrappedPassage(tuple(text[a:b] for a, b in ranges), tuple(spans))


# --------------------------------------------------------------------------- ambiguous width

_UNAMBIGUOUS = {
    "“": "「",
    "”": "」",
    "‘": "『",
    "’": "』",
    "…": "⋯",
    "—": "－",
    "―": "－",
    "·": "・",
    "•": "・",
    "×": "✕",
    "÷": "/",
    "○": "〇",
    "●": "〇",
    "◎": "〇",
    "※": "＊",
    "°": "度",
    "─": "-",
    "━": "-",
    "│": "|",
    "┃": "|",
    "█": "#",
    "■": "#",
    "□": "[]",
    "▶": ">",
    "▷": ">",
    "◀": "<",
    "←": "￩",
    "↑": "￪",
    "→": "￫",
    "↓": "￬",
    "§": "＄",
    "±": "+-",
    "‰": "o/oo",
    "‖": "||",
    "′": "'",
    "″": '"',
    "≤": "<=",
    "≥": ">=",
    "≠": "!=",
    "√": "V",
    # Not Ambiguous by Unicode, but drawn wide (as emoji) by some CJK terminals: markers.
    "⚠": "!",
    "‼": "!!",
    "✖": "x",
    "✓": "v",
    "▸": ">",
    "␣": "_",
    "⏎": "Enter",
    "▼": "v",
}


def is_ambiguous(ch: str) -> bool:
    """East Asian Ambiguous: one cell or two, depending on how the terminal is set up."""
    return unicodedata.east_asian_width(ch) == "A"


def unambiguous(text: str) -> str:
    """`text` with every East Asian Ambiguous character replaced by one whose width every
    terminal agrees on: “引号” -> 「引号」, … -> ⋯, — -> －, · -> ・, é -> e; else `?`.

    For the parts of the screen where a character drawn wider than measured would shift
    a border or a column (everything but the teleprompter) in ambiguous-wide mode.
    """
    if text.isascii():
        return text
    out: list[str] = []
    for ch in text:
        if ch in _UNAMBIGUOUS:
            out.append(_UNAMBIGUOUS[ch])
            continue
        if not is_ambiguous(ch):
            out.append(ch)
            continue
        plain = "".join(
            c
            for c in unicodedata.normalize("NFKD", ch)
            if not unicodedata.combining(c) and not is_ambiguous(c)
        )
        out.append(plain if plain else ("" if unicodedata.combining(ch) else "?"))
    return "".join(out)

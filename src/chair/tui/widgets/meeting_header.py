"""One line at the top: title, current item, wall clock, elapsed, forecast end."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from chair.tui.wrapping import unambiguous
from chair.views import HeaderView


def clip_cells(text: str, width: int, ambiguous_wide: bool = False) -> str:
    """Cut `text` to `width` cells, with an ellipsis when cut.

    With `ambiguous_wide`, the text first loses its East Asian Ambiguous characters
    (`chair.tui.wrapping.unambiguous`), and the ellipsis is `⋯`, which every terminal draws narrow.
    """
    if ambiguous_wide:
        text = unambiguous(text)
    if cell_len(text) <= width:
        return text
    out, used = "", 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out += ch
        used += w
    return out + ("⋯" if ambiguous_wide else "…")


class MeetingHeader(Static):
    """The screen's title bar, drawn from its `HeaderView` (equal views draw nothing)."""

    view: reactive[HeaderView] = reactive(HeaderView, layout=False, repaint=False, init=False)

    def watch_view(self) -> None:
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        v = self.view
        title, item, badge = v.title, v.item, v.badge
        width = max(20, self.content_size.width or 80)
        wide = getattr(self.app, "ambiguous_wide", False)
        if wide:
            title, item, badge = unambiguous(title), unambiguous(item), badge and unambiguous(badge)
        right = f"{v.wall}  {v.elapsed}  {v.forecast}"
        left_room = max(6, width - cell_len(right) - 2 - (cell_len(badge) + 3 if badge else 0))
        item_part = clip_cells(item, max(4, left_room // 2), wide) if item else ""
        title_room = max(4, left_room - cell_len(item_part) - (3 if item_part else 0))
        left = Text()
        if badge:
            left.append(f" {badge} ", style="bold reverse")
            left.append(" ")
        left.append(clip_cells(title, title_room, wide), style="bold")
        if item_part:
            left.append(" | " if wide else " · ")
            left.append(item_part)
        pad = max(1, width - left.cell_len - cell_len(right))
        left.append(" " * pad)
        left.append(right)
        # One line of fixed height: redrawing it needs no layout of the screen (it changes
        # every second, and a layout pass costs more than the redraw).
        self.update(left, layout=False)

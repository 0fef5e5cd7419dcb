"""One line under the passage: a journal problem, the message on the speaker's screen,
auto-advance. Hidden while there is nothing to say."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from chair.views import StatusView


class StatusLine(Static):
    """Drawn from its `StatusView`: the screen sets it on every step, an equal view does
    nothing (a shown or hidden line is a layout of the screen)."""

    view: reactive[StatusView] = reactive(StatusView, layout=False, repaint=False, init=False)

    def watch_view(self, view: StatusView) -> None:
        self.update(view.text)
        self.set_class(view.problem, "problem")
        self.display = bool(view.text)

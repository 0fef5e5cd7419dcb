"""The review application (`chair review`, and before `chair run` when the chair asks).

`make_review_app()` is the one way to build it: the command and the tests share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.app import App

from chair.i18n import tr
from chair.model import Meeting
from chair.script.edit import Review
from chair.tui.screens.review_screen import ReviewScreen


@dataclass(frozen=True)
class ReviewOutcome:
    """Where the agenda was saved (None: not saved) and the meeting as saved last."""

    saved: Path | None
    meeting: Meeting | None


class ReviewApp(App[ReviewOutcome]):
    """Holds the review; the screen does the rest."""

    CSS_PATH = "review.tcss"
    TITLE = "chair review"
    ENABLE_COMMAND_PALETTE = False

    def __init__(
        self,
        review: Review,
        *,
        save: Callable[[Meeting], Path],
        target: Path,
        ask_overwrite: bool,
        lang: str = "zh",
        speed: float = 200.0,
        names: list[str] | None = None,
        ambiguous_wide: bool = False,
    ):
        super().__init__()
        from chair.tui.app import UnambiguousStrings

        self.strings = UnambiguousStrings(tr(lang)) if ambiguous_wide else tr(lang)
        self.ambiguous_wide = ambiguous_wide
        if ambiguous_wide:
            self.add_class("ambiguous-wide")
        self.review_screen = ReviewScreen(
            review,
            self.strings,
            speed=speed,
            save=save,
            target=target,
            ask_overwrite=ask_overwrite,
            names=names,
            ambiguous_wide=ambiguous_wide,
        )

    def on_mount(self) -> None:
        self.push_screen(self.review_screen)


def make_review_app(review: Review, **kwargs: Any) -> ReviewApp:
    return ReviewApp(review, **kwargs)

"""The baseline of `scripts/bench.py`: the smallest Textual app that does what chair's screen does.

One `Static` (the passage) and one `Digits` (a clock), nothing else. The benchmark measures
chair beside this app in the same run, the same way, so the ratios say what chair costs
on top of Textual itself.

    python scripts/bench_baseline_app.py [TEXTFILE] [--tick]

shows the first non-empty line of TEXTFILE (or a fixed title) and `10:00`; `pagedown`
puts the next non-empty line into the Static, as chair's next step shows the next passage;
`q` quits. With `--tick` the Digits count down once a second, as a speaker timer does (the
battery figure). It imports nothing of chair, so its startup and memory are Textual's own.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Digits, Static

TITLE = "基线应用 baseline"


class BaselineApp(App[None]):
    """A Static and a Digits; `pagedown` shows the next passage in the Static."""

    CSS = """
    #passage { height: 1fr; padding: 1 4; }
    #clock { width: auto; }
    """
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("pagedown,right", "next_passage", "next"),
        Binding("q", "quit", "quit"),
    ]

    def __init__(self, passages: Sequence[str] = (TITLE,), tick: bool = False):
        super().__init__()
        self.passages = list(passages) or [TITLE]
        self.index = 0
        self.tick = tick
        self.left = 600

    def on_mount(self) -> None:
        if self.tick:
            self.set_interval(1.0, self.count_down)

    def count_down(self) -> None:
        self.left -= 1
        minutes, seconds = divmod(abs(self.left), 60)
        sign = "+" if self.left < 0 else ""
        self.query_one("#clock", Digits).update(f"{sign}{minutes:02d}:{seconds:02d}")

    def compose(self) -> ComposeResult:
        yield Static(self.passages[0], id="passage")
        yield Digits("10:00", id="clock")

    def action_next_passage(self) -> None:
        self.index = (self.index + 1) % len(self.passages)
        self.query_one("#passage", Static).update(self.passages[self.index])

    def show(self, text: str) -> None:
        """Put `text` into the Static (what the benchmark times against a chair step)."""
        self.query_one("#passage", Static).update(text)


def passages_of(path: str) -> list[str]:
    """Non-empty lines of a UTF-8 text file, vendor `##word##` markers removed."""
    import re

    with open(path, encoding="utf-8-sig") as fh:
        lines = [re.sub(r"##[A-Za-z]+##", "", line).strip() for line in fh]
    return [line for line in lines if line]


def main(argv: Sequence[str]) -> int:
    files = [a for a in argv if not a.startswith("--")]
    passages = passages_of(files[0]) if files else [TITLE]
    BaselineApp(passages, tick="--tick" in argv).run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

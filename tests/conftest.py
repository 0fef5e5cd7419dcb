"""Shared fixtures: a fake clock, user directories in a temporary folder, a small meeting."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import settings

from chair import paths
from chair.model import Item, Meeting, Passage, SpeakerCue

# CI gates a landing: there the property tests draw the same examples every run, so a red
# run is a real regression, not a new random example. Locally they explore afresh.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


# The order the test files are dealt to the workers in (`scripts/test` runs pytest-xdist with
# --no-loadscope-reorder, which keeps it; xdist's own order, most tests first, dealt the
# quick bench and the served display's tabs, a few tests each but a minute of waiting, out
# last, to run on alone at the end). The longest go first, and the files that mostly wait (on
# a browser, a pty, the bench's windows) each beside one that computes, so that the two
# cores stay busy; the files not named follow in their own order.
_DEALT_FIRST = (
    "test_bench.py",
    "test_corpus.py",
    "test_display_serve_tabs.py",
    "test_corpus_later.py",
    "test_display_serve.py",
    "test_corpus_last.py",
    "test_faults.py",
    "test_parse_rules.py",
    "test_rehearsal.py",
    "test_screen.py",
    "test_bad_input.py",
    "test_review_screen.py",
    "test_terminals.py",
    "test_stage.py",
    "test_snapshots.py",
)


_RANK = {name: k for k, name in enumerate(_DEALT_FIRST)}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # (a stable sort: each file keeps its tests' order)
    items.sort(key=lambda item: _RANK.get(item.path.name, len(_RANK)))


class FakeClock:
    """Meeting time that moves only when a test says so."""

    def __init__(self, t: float = 0.0):
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def _homes(tmp_path_factory) -> Path:
    """One folder for the user directories of every test in this worker, each in its own."""
    return tmp_path_factory.mktemp("homes")


_NEXT_HOME = itertools.count()


@pytest.fixture(autouse=True)
def user_dirs(_homes, monkeypatch):
    """Every user directory (journals, remembered speeds) goes to a fresh folder of the test's
    own, not yet made (chair makes what it writes to). It is not tmp_path: most tests never
    write there, and a tmp_path for each of the corpus's thousands of tests cost more than
    parsing its script."""
    home = _homes / f"chair-home-{next(_NEXT_HOME)}"
    monkeypatch.setenv("CHAIR_HOME", str(home))
    with paths.override(home):
        yield home


def small_meeting() -> Meeting:
    """Two items; the second has two speakers limited to 5 minutes."""
    return Meeting(
        title="测试会议主持词",
        opening=[
            Passage("测试会议主持词", 1, "title"),
            Passage("同志们：", 2, "salutation"),
            Passage("今天的会议共有两项议程。一是学习。二是发言。", 3, "overview"),
        ],
        items=[
            Item(1, "学习", 4, [Passage("首先，进行会议第一项，学习文件。请大家认真学习！", 4)]),
            Item(
                2,
                "发言",
                5,
                [
                    Passage("下面，进行会议第二项，交流发言。每人发言不超过5分钟。", 5),
                    SpeakerCue("请张三同志发言。", 6, name="张三", limit_s=300),
                    SpeakerCue("请*发言。", 8, name=None, limit_s=300),
                ],
            ),
        ],
        closing=[Passage("本次会议结束。", 10, "closing")],
        overview=["学习", "发言"],
    )


@pytest.fixture
def meeting() -> Meeting:
    return small_meeting()

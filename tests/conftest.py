"""Shared fixtures: a fake clock, user directories in tmp_path, a small meeting."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from chair import paths
from chair.model import Item, Meeting, Passage, SpeakerCue

# CI gates a landing: there the property tests draw the same examples every run, so a red
# run is a real regression, not a new random example. Locally they explore afresh.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


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


@pytest.fixture(autouse=True)
def user_dirs(tmp_path, monkeypatch):
    """Every user directory (journals, remembered speeds) goes to tmp_path."""
    home = tmp_path / "chair-home"
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

"""The parser's passes at their edges, each case worked out by hand: an overview that goes
on past a line break, the fallback that keeps positions when a traditional phrase would
change length, and the other places where one more or one fewer is the whole difference.
"""

from __future__ import annotations

import pytest

from chair.model import Meeting
from chair.script import normal
from chair.script import parse as P


def _through(text: str, *passes: str) -> P.ParseState:
    state = P.ParseState(P.segment(text, True), Meeting(title=""), 600)
    for name in passes:
        getattr(P, name)(state)
    return state


# --- an overview that goes on past a line break -------------------------------------------

_FOUR = (
    "主持词\n今天会议共有四项议程：一是传达文件精神；二是审议工作报告；\n"
    "三是表决有关决议；四是请书记讲话。\n下面进行第一项，传达文件精神。\n"
)


def test_an_overview_cut_by_a_line_break_goes_on_to_the_count_it_promised() -> None:
    state = _through(_FOUR, "find_title", "classify", "find_overview")
    assert state.promised == 4
    assert state.titles == ["传达文件精神", "审议工作报告", "表决有关决议", "请书记讲话"]
    shown = {state.units[i].text for i in state.overview_at}
    assert shown == {
        "今天会议共有四项议程：一是传达文件精神；二是审议工作报告；",
        "三是表决有关决议；",
        "四是请书记讲话。",
    }
    assert all(
        state.units[i].role == "overview" and state.units[i].cue is None for i in state.overview_at
    )
    # The first item's own line is not part of the overview.
    assert state.units[-1].role != "overview"


def test_an_overview_goes_on_only_with_the_next_number() -> None:
    # 一是… again on the next line starts the chair's own points, not the overview's third.
    text = "主持词\n今天会议共有四项议程：一是传达文件精神；二是审议工作报告；\n一是要提高认识；二是要狠抓落实。\n"
    state = _through(text, "find_title", "classify", "find_overview")
    assert state.titles == ["传达文件精神", "审议工作报告"]
    assert [state.units[i].text for i in sorted(state.overview_at)] == [
        "今天会议共有四项议程：一是传达文件精神；二是审议工作报告；"
    ]


def test_an_overview_complete_on_its_line_takes_nothing_from_the_next() -> None:
    text = "主持词\n今天会议共有两项议程：一是传达文件精神；二是请书记讲话。\n三是要狠抓落实。\n"
    state = _through(text, "find_title", "classify", "find_overview")
    assert state.titles == ["传达文件精神", "请书记讲话"]
    assert len(state.overview_at) == 1


# --- traditional text keeps its positions ---------------------------------------------------


class _Lengthening:
    """A converter whose phrase table turns one phrase into a longer one (OpenCC's t2s almost
    never does): the whole text converts longer, each character alone as usual."""

    def convert(self, text: str) -> str:
        return text.replace("會議", "会议议").replace("會", "会").replace("議", "议")


def test_a_conversion_that_changes_the_length_falls_back_to_one_character_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(normal, "_converter", lambda: _Lengthening())
    text = "召開會議，請發言"
    out = normal.to_simplified(text)
    assert out == "召開会议，請發言"  # positions kept: each character converted on its own
    assert len(out) == len(text)


def test_a_character_that_converts_to_several_is_kept_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Splitting:
        def convert(self, text: str) -> str:
            return text.replace("鬥", "斗斗")

    monkeypatch.setattr(normal, "_converter", lambda: Splitting())
    assert normal.to_simplified("戰鬥") == "戰鬥"

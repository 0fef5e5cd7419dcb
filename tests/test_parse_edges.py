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


# --- a script laid out by the words that move it on ---------------------------------------


def _turns(item: object) -> list[tuple[str, str | None]]:
    return [(s.kind, s.name) for s in item.steps if s.kind in ("speech", "action")]  # type: ignore[attr-defined]


def test_steps_without_numbers_are_the_items_and_a_vote_or_an_opening_is_none() -> None:
    meeting = P.parse(
        "XX公司安全生产动员会主持词\n各位同事：\n大家好！现在开会。\n"
        "首先，请安全部经理李强通报上半年安全生产情况。\n"
        "接下来，进行安全知识有奖问答。\n"
        "接下来，请对《安全生产责任书》进行表决，同意的请举手。\n"  # a vote, no step
        "随后，请员工代表王芳表态发言。\n"
        "下面，表彰仪式开始。\n"  # an opening, no step
        "最后，请总经理赵刚讲话。\n会议到此结束。\n"
    )
    assert len(meeting.items) == 4
    assert [_turns(item) for item in meeting.items] == [
        [("speech", "李强")],
        [],
        [("speech", "王芳")],
        [("speech", "赵刚")],
    ]
    assert [s.kind for s in meeting.items[1].steps if s.kind == "vote"] == ["vote"]
    stepped = [(d.line, d.detail) for d in meeting.decisions if d.what == "stepped"]
    assert stepped == [(4, "1"), (5, "2"), (7, "3"), (9, "4")]


def test_the_turns_inside_a_part_of_the_programme_are_that_parts_up_to_the_last() -> None:
    meeting = P.parse(
        "2026年度表彰大会主持词\n各位来宾：\n大家好！现在开会。\n"
        "首先，请院长周平致辞。\n下面进入颁奖环节。\n"
        "首先，请副院长吴敏为优秀员工颁奖。\n接下来，请副院长郑华为先进集体颁奖。\n"
        "最后，请党委书记孙立讲话。\n"
    )
    assert [_turns(item) for item in meeting.items] == [
        [("speech", "周平")],
        [("action", "吴敏"), ("action", "郑华")],
        [("speech", "孙立")],
    ]
    assert [item.title for item in meeting.items] == ["院长致辞", "进入颁奖环节", "书记讲话"]


def test_one_step_word_alone_lays_out_nothing() -> None:
    meeting = P.parse("座谈会主持词\n同志们：\n现在开会。\n首先，请王强同志发言。\n谢谢大家。\n")
    assert [d for d in meeting.decisions if d.what == "stepped"] == []


# --- entries on lines of their own under the overview: a list, or the body's headings -----

_HEAD = "主持词\n今天会议共有两项议程。\n"


@pytest.mark.parametrize(
    ("lines", "titles"),
    [
        # Announced with a colon: the list under it, each entry up to its semicolon.
        (
            "主持词\n今天会议共有两项议程：\n1、传达文件精神；学习讲话\n2、请书记讲话\n"
            "首先，传达文件精神。\n最后，请书记讲话。\n",
            ["传达文件精神", "请书记讲话"],
        ),
        # 1、 2、 entries are a list, said with a colon or not.
        (
            _HEAD
            + "1、传达文件精神；\n2、请书记讲话。\n首先，传达文件精神。\n最后，请书记讲话。\n",
            ["传达文件精神", "请书记讲话"],
        ),
        # 一、 二、 listed and then the same two headings over the body: the first two list.
        (
            _HEAD + "一、传达文件精神\n二、请书记讲话\n一、传达文件精神\n下面由我传达文件。\n"
            "二、请书记讲话\n请书记讲话。\n",
            ["传达文件精神", "请书记讲话"],
        ),
        # 一、 二、 and then items by number: a list of what the numbers run.
        (
            _HEAD + "一、传达文件精神\n二、请书记讲话\n会议进行第一项，传达文件精神。\n"
            "会议进行第二项，请书记讲话。\n",
            ["传达文件精神", "请书记讲话"],
        ),
    ],
)
def test_entries_under_the_overview_that_list_the_agenda(lines: str, titles: list[str]) -> None:
    state = _through(lines, "find_title", "classify", "find_overview")
    assert state.titles == titles
    assert len(state.overview_at) == 3  # the overview's line and its two entries


@pytest.mark.parametrize(
    "lines",
    [
        # 一、 二、 with nothing after them that runs the items: the body's own headings.
        _HEAD + "一、传达文件精神\n二、请书记讲话\n首先，传达文件精神。\n最后，请书记讲话。\n",
        _HEAD + "一、传达文件精神\n同志们，要认真学习。\n二、请书记讲话\n书记讲话。\n",
        # Listed once, only one heading again after: still the body's headings.
        _HEAD + "一、传达文件精神\n二、请书记讲话\n一、传达文件精神\n下面由我传达文件。\n",
    ],
)
def test_headings_under_the_overview_that_are_the_body(lines: str) -> None:
    state = _through(lines, "find_title", "classify", "find_overview")
    assert state.promised == 2 and state.titles == []
    meeting = P.parse(lines)
    assert [item.title for item in meeting.items] == ["传达文件精神", "书记讲话"]


def test_a_list_with_no_stops_under_an_overview_without_a_colon() -> None:
    """1、 2、 lines right under 共有两项议程。: a list (一、 二、 there are the body's headings)."""
    meeting = P.parse(
        _HEAD + "1、传达文件精神\n2、请书记讲话\n首先，传达文件精神。\n最后，请书记讲话。\n"
    )
    assert [item.title for item in meeting.items] == ["传达文件精神", "请书记讲话"]


# --- items found without their numbers, and what `chair check` says about each ------------


def _decided(meeting: object, *kinds: str) -> list[tuple[int, str, str]]:
    return [(d.line, d.what, d.detail) for d in meeting.decisions if d.what in kinds]  # type: ignore[attr-defined]


def test_items_after_the_last_number_are_anchored_by_the_overviews_words() -> None:
    meeting = P.parse(
        "部署会主持词\n会议共有三项议程：一是传达会议精神；二是各村表态发言；三是书记作部署讲话。\n"
        "现在进行第一项，请副镇长蔡永强传达会议精神。\n接下来，由各村书记依次作表态发言。\n"
        "最后，请镇党委书记田文斌同志作部署讲话。\n散会。\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "传达会议精神"),
        (2, "各村表态发言"),
        (3, "书记作部署讲话"),
    ]
    assert _decided(meeting, "anchored") == [(4, "anchored", "2"), (5, "anchored", "3")]


def test_items_the_overview_names_are_anchored_to_the_turns_in_order() -> None:
    meeting = P.parse(
        "揭牌仪式主持词\n各位来宾：\n"
        "仪式共有四项议程：一是介绍项目概况；二是管委会主任致辞；三是企业代表发言；四是市领导讲话。\n"
        "请大家就座。\n园区建设去年启动，总投资二十亿元，占地五百亩。\n"
        "请管委会主任袁方致辞。\n请企业代表韦强发言。\n请副市长蒋涛讲话。\n仪式到此结束。\n"
    )
    assert [_turns(item) for item in meeting.items] == [
        [],
        [("speech", "袁方")],
        [("speech", "韦强")],
        [("speech", "蒋涛")],
    ]
    # The request to sit down is a direction before the agenda, not its first item.
    assert _decided(meeting, "anchored") == [
        (5, "anchored", "1"),
        (6, "anchored", "2"),
        (7, "anchored", "3"),
        (8, "anchored", "4"),
    ]


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("首先，请全体起立，奏唱国歌。", "请全体起立，奏唱国歌"),
        ("请全体起立，奏唱国歌。", "奏唱国歌"),
    ],
)
def test_the_first_item_run_without_its_number_before_item_two(opening: str, title: str) -> None:
    meeting = P.parse(
        "开工仪式主持词\n各位领导、各位来宾：\n开工仪式现在开始。\n"
        f"{opening}\n典礼进行第二项，请建设单位负责人杨峰致辞。\n"
        "典礼进行第三项，请县长郭伟宣布开工。\n仪式到此结束。\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert meeting.items[0].title == title
    assert _decided(meeting, "unnumbered") == [(4, "unnumbered", "1")]
    assert [_turns(item) for item in meeting.items] == [
        [],
        [("speech", "杨峰")],
        [("action", "郭伟")],
    ]


# --- an overview that lists its items in one sentence, without numbering them -------------


@pytest.mark.parametrize(
    ("line", "promised", "titles"),
    [
        ("今天的会议有这么几项议程：传达文件精神，书记讲话。", None, ["传达文件精神", "书记讲话"]),
        (
            "今天的会议有这么几项议程：甲项，乙项，丙项，丁项，戊项，己项，庚项，辛项。",
            None,
            ["甲项", "乙项", "丙项", "丁项", "戊项", "己项", "庚项", "辛项"],
        ),
        # Steps told as first and then may be longer than titles usually are.
        (
            "今天的会议有这么几项议程：首先由办公室主任传达全市三级干部大会的精神，然后请书记讲话。",
            None,
            ["办公室主任传达全市三级干部大会的精神", "书记讲话"],
        ),
        ("今天的会议共有两项议程：传达文件精神，书记讲话。", 2, ["传达文件精神", "书记讲话"]),
    ],
)
def test_an_overview_listed_in_one_sentence(
    line: str, promised: int | None, titles: list[str]
) -> None:
    state = _through(
        f"主持词\n{line}\n首先，传达文件精神。\n", "find_title", "classify", "find_overview"
    )
    assert (state.promised, state.titles) == (promised, titles)


@pytest.mark.parametrize(
    "line",
    [
        "今天的会议有这么几项议程：传达文件精神。",  # one is no list
        # nine are more than an agenda lists in a sentence: a list of something else
        "今天的会议有这么几项议程：甲项，乙项，丙项，丁项，戊项，己项，庚项，辛项，壬项。",
        # a long clause is a sentence of the chair's, not an item's name
        "今天的会议有这么几项议程：传达文件精神，书记就下一步全面深化改革工作作重要讲话。",
        "今天的会议共有三项议程：传达文件精神，书记讲话。",  # two listed for three promised
    ],
)
def test_a_sentence_that_does_not_list_the_agenda(line: str) -> None:
    state = _through(
        f"主持词\n{line}\n首先，传达文件精神。\n", "find_title", "classify", "find_overview"
    )
    assert state.titles == []


def test_a_plan_told_as_first_and_then_names_two_items() -> None:
    text = (
        "座谈会主持词\n同志们：\n今天的座谈会，我们先请大家自由交流，畅所欲言，然后请团市委书记讲话。\n"
        "下面请大家发言。\n（自由发言）\n下面请团市委书记周敏讲话。\n散会。\n"
    )
    state = _through(text, "find_title", "classify", "find_overview")
    assert (state.promised, state.titles) == (2, ["自由交流", "书记讲话"])
    assert [state.units[i].role for i in state.overview_at] == ["overview"]
    meeting = P.parse(text)
    assert [_turns(item) for item in meeting.items] == [[("speech", None)], [("speech", "周敏")]]


def test_a_vote_announced_last_is_the_item_the_overview_names_for_it() -> None:
    meeting = P.parse(
        "职代会主持词\n各位代表：\n"
        "会议共有三项议程：一是听取工作报告；二是审议财务报告；三是表决通过集体合同。\n"
        "首先，请总经理王强作工作报告。\n接下来，请财务总监李红作财务报告。\n"
        "最后，进行表决。同意集体合同草案的请举手。（计数）不同意的请举手。（计数）"
        "弃权的请举手。（计数）通过。\n散会。\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "听取工作报告"),
        (2, "审议财务报告"),
        (3, "表决通过集体合同"),
    ]
    assert [[s.kind for s in i.steps if s.kind in ("speech", "vote")] for i in meeting.items] == [
        ["speech"],
        ["speech"],
        ["vote"],
    ]
    # Found by the overview's words, never at the overview itself.
    assert _decided(meeting, "anchored") == [
        (4, "anchored", "1"),
        (5, "anchored", "2"),
        (6, "anchored", "3"),
    ]

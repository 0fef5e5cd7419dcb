"""The rules of a chair's script, each worked out by hand: limits, numbers, names, items.

Every expected value here is what a chair reading the script would say, not what the parser
happened to print: 半小时 is 1800 seconds, 十二 is 12, the limit an item names governs that
item's speakers, a repeated 第一项 is the same item.
"""

from __future__ import annotations

import pytest

from chair.model import Item, Meeting, Passage, SpeakerCue
from chair.script.normal import cn_number, has_traditional, normalise
from chair.script.parse import parse, review
from chair.script.patterns import VOTE_INTRO, find_limit, item_end, item_number
from chair.script.people import find_cue, full_name, split_name

# --- limits --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "seconds"),
    [
        ("每人发言不超过半小时", 30 * 60),
        ("请张三同志讲话，时间半个小时", 30 * 60),
        ("每人发言不超过3分钟", 3 * 60),
        ("每人发言不超过3分钟30秒", 3 * 60 + 30),
        ("每人发言时间控制在五分30秒", 5 * 60 + 30),
        ("每人发言控制在十五分钟以内", 15 * 60),
        ("发言时间为1.5分钟", 90),
        ("讲话时间4小时", 4 * 3600),  # the longest limit a script can set
        ("讲话时间一小时", 3600),
        ("会议开了两小时。每人发言3分钟", 180),  # the clause that speaks of speaking
        ("请各位代表发言，每人3个分钟", 180),
        ("辅导报告的题目是《…》，时间大约一个半小时", 90 * 60),
        ("讲话时间两个半小时", 150 * 60),
        ("请庞伟为大家作交通安全专题讲座，大约15分钟。", 15 * 60),  # a planned length
    ],
)
def test_a_limit_in_words_is_its_seconds(sentence: str, seconds: int) -> None:
    assert find_limit(normalise(sentence)) == seconds


@pytest.mark.parametrize(
    "sentence",
    [
        "讲话时间5小时",  # longer than four hours: a typo, not a limit
        "发言时间4.5小时",
        "每人发言0分钟",
        "十分钟",  # a duration nobody is held to
        "本次会议时间约两小时",  # the meeting's length, not a speaker's
        "请张三同志发言",
    ],
)
def test_no_limit_where_none_is_set(sentence: str) -> None:
    assert find_limit(normalise(sentence)) is None


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("3", 3),
        ("12", 12),
        ("一", 1),
        ("两", 2),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十五", 25),
        ("九十九", 99),
        ("百", 100),
        ("一百零五", 105),
        ("一百二十", 120),
        ("三百四十五", 345),
        ("〇五", 5),
    ],
)
def test_chinese_numerals(text: str, number: int) -> None:
    assert cn_number(text) == number


@pytest.mark.parametrize("text", ["零", "", "abc", "第二", "十A"])
def test_what_is_no_number(text: str) -> None:
    assert cn_number(text) is None


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("进行第十二项，请卫四同志发言。", (12, True)),
        ("下面进行第二项，请张三同志讲话。", (2, True)),
        ("现在进行会议第三项议程", (3, True)),
        ("进行第×项，", (0, True)),  # a masked number: an item, number unknown
        ("进行下一项，", (0, True)),
        ("最后一项，", (-1, False)),
        ("二、第二议程，", (2, False)),
        ("请张三同志发言。", None),
    ],
)
def test_an_item_announced(sentence: str, found: tuple[int, bool] | None) -> None:
    assert item_number(normalise(sentence)) == found


def test_the_announcement_ends_before_what_the_item_is() -> None:
    text = "进行第二项，请张三同志讲话。"
    assert text[: item_end(normalise(text))] == "进行第二项"
    assert item_end(normalise("请张三同志讲话。")) == 0


# --- the normalised text ---------------------------------------------------------------------


def test_normalised_text_keeps_length_and_positions() -> None:
    text = "（１２）:ａ,!?\u3000會議"
    norm = normalise(text)
    assert norm == "（12）：ａ，！？ 会议"
    assert len(norm) == len(text)


def test_traditional_characters_are_noticed() -> None:
    assert has_traditional("會議")
    assert not has_traditional("会议")
    assert normalise("會議進行第一項") == "会议进行第一项"
    assert normalise("會議進行第一項", traditional=False) == "會議進行第一項"


# --- people --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "name", "role"),
    [
        ("张三", "张三", None),
        ("张三同志", "张三", None),
        ("县委书记李四", "李四", "县委书记"),
        ("陈局长", "陈局长", "局长"),  # a surname and an office stand for the name
        ("家长代表王先生", "王先生", "家长代表"),  # whom he stands for
        ("县委书记", None, "县委书记"),  # the office, the name to fill in
        ("居民代表", None, "居民代表"),
        ("妈妈", None, None),
        ("萧志远教授", "萧志远", "教授"),  # a name right before a title
        ("刘明书记", "刘明", "书记"),
        ("省委刘书记", "刘书记", "省委书记"),
        ("区长孙伟", "孙伟", "区长"),  # not 长孙伟 after 区
        ("总经理阎秀英", "阎秀英", "总经理"),
        ("校长诸葛文华院士", "诸葛文华", "校长、院士"),
        ("县委常委、宣传部部长王五", "王五", "县委常委、宣传部部长"),
        ("办公室主任陈静", "陈静", "办公室主任"),
        ("党组成员张三", "张三", "党组成员"),
        ("会长刘先生", "刘先生", "会长"),
        ("老党员殷长福", "殷长福", None),  # a kind of person, not an office
        ("县财政局李四", "李四", None),  # an organisation alone is no role
        ("高三（5）班杜浩然", "杜浩然", None),
        ("欧阳娜娜", "欧阳娜娜", None),
        ("××社区居民代表××", None, "社区居民代表"),  # the name to fill in
        ("上级党组织指导", None, "上级党组织指导"),  # words about someone, no name
        ("Tom Smith", "Tom Smith", None),
        ("市文化和旅游局局长晏春兰", "晏春兰", "市文化和旅游局局长"),  # 和 inside the bureau's name
        ("县发展和改革委员会主任王五", "王五", "县发展和改革委员会主任"),
        ("县政协副主席、总支主委蒋秀兰", "蒋秀兰", "县政协副主席、总支主委"),  # 县政协 is no name
        ("区政协秘书长、机关党组成员樊立明", "樊立明", "区政协秘书长、机关党组成员"),
    ],
)
def test_name_and_role(who: str, name: str | None, role: str | None) -> None:
    assert split_name(who) == (name, role)


def test_a_compound_surname_before_an_office_is_read_like_a_single_one() -> None:
    assert split_name("欧阳校长") == ("欧阳校长", "校长")


@pytest.mark.parametrize(
    ("sentence", "name", "role", "kind", "group", "verb"),
    [
        ("请张三同志发言", "张三", None, "speech", False, "发言"),
        ("有请王五同志致辞", "王五", None, "speech", False, "致辞"),
        ("请县委书记李四同志讲话", "李四", "县委书记", "speech", False, "讲话"),
        ("请李四同志宣读表彰决定", "李四", None, "action", False, "宣读"),
        ("请各位代表依次发言", None, None, "speech", True, "发言"),
        ("请____同志发言", None, None, "speech", False, "发言"),  # a blank to fill in
        ("请同志发言", None, None, "speech", False, "发言"),
        (
            "请市见义勇为基金会秘书长乔丽讲话",
            "乔丽",
            "市见义勇为基金会秘书长",
            "speech",
            False,
            "讲话",
        ),
        ("请村民蒋春来同志发言", "蒋春来", "村民", "speech", False, "发言"),  # 来 ends the name
        ("请家长代表王先生发言", "王先生", "家长代表", "speech", False, "发言"),
        ("请分管教学的王秀兰副校长讲话", "王秀兰", "副校长", "speech", False, "讲话"),
        ("请沈心怡同学的家长沈卫东发言", "沈卫东", None, "speech", False, "发言"),
        ("请校长方志远同志为他们拨穗", "方志远", "校长", "action", False, "拨穗"),
        (
            "第一位分享者是来自高一（3）班的郑可欣同学，有请！",
            "郑可欣",
            None,
            "speech",
            False,
            "有请",
        ),
        ("请学校领导和团委老师为获奖同学颁奖", None, "学校领导和团委老师", "action", True, "颁奖"),
        ("请各位代表发言", None, None, "speech", True, "发言"),
        ("下面请大家自由发言", None, None, "speech", True, "发言"),
        ("请部门负责人依次述职", None, None, "speech", True, "述职"),
        ("____同学，有请。", None, None, "speech", False, "有请"),  # a blank to fill in
        ("有请研究院院长张三为研究院揭牌", "张三", "研究院院长", "action", False, "揭牌"),
        ("请张三同志宣读表彰决定", "张三", None, "action", False, "宣读"),
        ("请李四同志领誓", "李四", None, "action", False, "领誓"),
        ("请赵六同志报告工作", "赵六", None, "speech", False, "报告"),
        ("请上级党组织指导同志**讲话", None, "上级党组织指导", "speech", False, "讲话"),
        ("请卢子涵同学的妈妈发言", None, None, "speech", False, "发言"),  # no name given
        ("请王刚同志为大家带来主旨演讲", "王刚", None, "speech", False, "演讲"),
        ("请监票人汇报计票结果", None, "监票人", "action", False, "汇报"),  # a count, no speech
        ("请监票人通报选举结果", None, "监票人", "action", False, "通报"),
        ("请计票人报告计票结果", None, "计票人", "action", False, "报告"),
    ],
)
def test_a_cue(sentence: str, name, role, kind: str, group: bool, verb: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind, cue.group, cue.verb) == (name, role, kind, group, verb)


@pytest.mark.parametrize(
    "sentence",
    [
        "今天我们召开全县工作会议。",
        "有请市场部带来开场舞",
        "请大家在会议记录上签字",
        "其他同志作书面发言",
        "请获奖员工上台领奖",
        "掌声有请获奖员工上台",
    ],
)
def test_no_cue_in_a_sentence_that_asks_nobody_to_speak(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None  # a performance, paperwork: no one's turn


def test_people_named_one_by_one_in_a_group_take_the_floor_in_turn() -> None:
    cue = find_cue(normalise("请局长宣海涛和局长贾文斌分别作回应"))
    assert cue is not None and cue.group and cue.verb == "回应"
    assert cue.people == (("宣海涛", "局长"), ("贾文斌", "局长"))


def test_an_office_that_ends_like_a_name_is_no_name() -> None:
    cue = find_cue(normalise("请总监票人报告计票结果"))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (None, "总监票人", "action")


# --- whole scripts -------------------------------------------------------------------------

LIMITS = """工作会议主持词
同志们：
会议共有两项议程。每人发言时间不超过8分钟。
进行第一项，请张三同志发言。
进行第一项，请李四同志发言。
进行第二项，请王五同志讲话，讲话时间20分钟。
散会。
"""


def test_a_repeated_first_item_is_the_same_item() -> None:
    meeting = parse(LIMITS)
    assert [item.number for item in meeting.items] == [1, 2]
    assert [cue.name for cue in meeting.items[0].speakers] == ["张三", "李四"]


def test_an_items_own_limit_beats_the_meeting_wide_one() -> None:
    meeting = parse(LIMITS)
    assert [cue.limit_s for cue in meeting.items[0].speakers] == [8 * 60, 8 * 60]
    assert [cue.limit_s for cue in meeting.items[1].speakers] == [20 * 60]


def test_without_a_limit_in_the_script_the_default_governs() -> None:
    text = (
        "主持词\n进行第一项，请张三同志发言。\n进行第二项，请李四同志讲话，时间半小时。\n散会。\n"
    )
    assert [c.limit_s for c in parse(text).steps() if isinstance(c, SpeakerCue)] == [600, 1800]
    meeting = parse(text, default_limit_s=300)
    assert [c.limit_s for c in meeting.steps() if isinstance(c, SpeakerCue)] == [300, 1800]


def test_meeting_end_said_inside_an_item_is_not_the_closing() -> None:
    text = (
        "支部大会主持词\n同志们：\n会议共有两项议程：一是传达文件；二是讨论。\n"
        "进行第一项，传达文件。请王五同志传达。会议结束后要抓好落实。\n"
        "进行第二项，请大家讨论。\n散会。\n"
    )
    meeting = parse(text)
    assert [item.number for item in meeting.items] == [1, 2]
    assert meeting.overview == ["传达文件", "讨论"]
    assert "会议结束后要抓好落实。" in "".join(step.text for step in meeting.items[0].steps)
    assert [(p.text, p.kind) for p in meeting.closing] == [("散会。", "closing")]
    assert meeting.warnings == []


def test_an_overview_that_promises_fewer_items_than_the_text_warns() -> None:
    text = (
        "大会主持词\n会议共有两项议程：一是传达文件；二是讨论。\n进行第一项，传达文件。\n"
        "进行第二项，请张三同志发言。\n进行第三项，请李四同志发言。\n散会。\n"
    )
    meeting = parse(text)
    assert [item.number for item in meeting.items] == [1, 2, 3]
    assert meeting.warnings == [
        "概述列出 2 项议程，正文有 3 项 / the overview lists 2 items, the text has 3"
    ]


def test_twelve_items_numbered_in_words() -> None:
    words = "一 二 三 四 五 六 七 八 九 十 十一 十二".split()
    names = "张三 李四 王五 赵六 孙七 周八 吴九 郑十 陈二 褚三 卫四 蒋五".split()
    lines = ["表彰大会主持词"]
    lines += [f"进行第{w}项，请{n}同志发言。" for w, n in zip(words, names, strict=True)]
    lines.append("散会。")
    meeting = parse("\n".join(lines))
    assert [item.number for item in meeting.items] == list(range(1, 13))
    assert [item.speakers[0].name for item in meeting.items] == names
    assert [item.line for item in meeting.items] == list(range(2, 14))
    assert meeting.closing[0].line == 14


def test_a_traditional_script_keeps_its_characters() -> None:
    text = (
        "工作會議主持詞\n同志們：\n會議共有兩項議程。\n進行第一項，請張三同志發言。\n"
        "進行第二項，請李四同志講話。\n散會。\n"
    )
    meeting = parse(text)
    assert meeting.title == "工作會議主持詞"
    assert [item.number for item in meeting.items] == [1, 2]
    assert [item.speakers[0].name for item in meeting.items] == ["張三", "李四"]
    assert [(p.text, p.kind) for p in meeting.closing] == [("散會。", "closing")]


def test_directions_votes_and_the_end_of_a_speech() -> None:
    text = (
        "主持词\n同志们：\n进行第一项，请张三同志发言。\n（发言毕）\n（掌声）\n"
        "进行第二项，表决。同意的请举手。反对的请举手。弃权的请举手。\n散会。"
    )
    steps = parse(text).steps()
    cue = steps[2]
    assert isinstance(cue, SpeakerCue)
    assert (cue.name, cue.after, cue.line) == ("张三", "（发言毕）", 3)
    assert [(s.text, s.kind, s.line) for s in steps if isinstance(s, Passage)] == [
        ("主持词", "title", 1),
        ("同志们：", "salutation", 2),
        ("（掌声）", "direction", 5),
        ("进行第二项，表决。", "text", 6),
        ("同意的请举手。反对的请举手。弃权的请举手。", "vote", 6),
        ("散会。", "closing", 7),
    ]


def test_review_says_what_is_wrong_with_an_agenda() -> None:
    gaps = Meeting(title="", items=[Item(1, "甲", 1), Item(3, "乙", 2)])
    assert review(gaps) == [
        "议程编号不连续：1, 3 / item numbers are not consecutive: 1, 3",
        "没有标题 / no title",
    ]
    assert review(Meeting(title="会议")) == [
        "未找到议程项，全文按段落显示 / no agenda items found: the script is shown as passages"
    ]
    assert review(Meeting(title="会议", items=[Item(1, "甲", 1), Item(2, "乙", 2)])) == []


OPENING = """全市工作会议主持词
2025年9月12日
主持人：王建国
同志们：
今天我们在市政府三楼会议室召开全市工作会议。本次会议应到委员7人，实到6人，符合规定人数。所有发言的同志每位不超过6分钟。
进行第一项，请张三同志发言。
进行第二项，请市委书记李四同志讲话。
其他同志作书面发言。
散会。
"""


def test_the_front_matter_under_the_title_is_noted_and_kept_as_directions() -> None:
    meeting = parse(OPENING)
    assert (meeting.date, meeting.chair, meeting.place) == (
        "2025年9月12日",
        "王建国",
        "市政府三楼会议室",
    )
    assert [(p.text, p.kind, p.line) for p in meeting.opening[:4]] == [
        ("全市工作会议主持词", "title", 1),
        ("2025年9月12日", "direction", 2),
        ("主持人：王建国", "direction", 3),
        ("同志们：", "salutation", 4),
    ]
    assert meeting.attendance == ["本次会议应到委员7人，实到6人，符合规定人数。"]
    assert meeting.written_statements == ["其他同志作书面发言"]


def test_a_meeting_wide_limit_is_for_those_who_speak_in_turn_not_for_a_leaders_speech() -> None:
    meeting = parse(OPENING)
    assert [(c.name, c.limit_s) for c in meeting.steps() if isinstance(c, SpeakerCue)] == [
        ("张三", 6 * 60),
        ("李四", 600),  # 讲话: the default, not the 6 minutes of those who speak in turn
    ]


TURNS = """座谈会主持词
进行第一项，交流发言。有2位同志作重点发言，每人不超过5分钟。
请张三同志发言。
请李四同志发言。
请王五同志发言。
进行第二项，请赵六同志讲党课。
（党课约40分钟）
进行第三项，请孙七同志发言。
请周八同志发言。
（以上每人发言不超过3分钟）
散会。
"""


def test_limits_for_a_counted_few_a_speech_and_the_turns_before() -> None:
    meeting = parse(TURNS)
    limits = [[(c.name, c.limit_s) for c in item.speakers] for item in meeting.items]
    assert limits == [
        [("张三", 300), ("李四", 300), ("王五", 600)],  # 有2位…每人5分钟: two turns, not three
        [("赵六", 40 * 60)],  # （党课约40分钟） right after the speech
        [("孙七", 180), ("周八", 180)],  # （以上每人…3分钟）: the turns just before it
    ]


def test_each_limit_the_parser_placed_is_one_decision() -> None:
    decisions = [(d.line, d.what, d.detail) for d in parse(TURNS).decisions]
    assert decisions == [(7, "limit_cue", "2400"), (10, "limit_cue", "180")]


def test_without_a_title_line_the_files_name_is_the_title() -> None:
    text = "进行第一项，传达文件。\n进行第二项，请张三同志发言。\n散会。"
    assert parse(text, source="/会议/年度总结会.txt").title == "年度总结会"
    assert [item.number for item in parse(text).items] == [1, 2]


@pytest.mark.parametrize(
    "sentence",
    [
        "请全体同志发言控制在5分钟以内。",
        "请各位代表发言时间不超过5分钟。",
        "请大家发言尽量控制在3分钟。",
    ],
)
def test_how_long_each_may_speak_is_no_turn(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


def test_a_group_asked_to_speak_in_turn_with_a_limit_is_a_turn() -> None:
    cue = find_cue(normalise("请各位代表依次发言，每人不超过5分钟。"))
    assert cue is not None and (cue.group, cue.kind, cue.verb) == (True, "speech", "发言")


# --- turns: who takes the floor, read as a careful reader would -------------------------------


def _turns(text: str) -> list[list[tuple[str, str | None, str | None]]]:
    """(kind, name, role) of each turn, item by item; the opening's turns first."""
    meeting = parse(text)
    opening = [(s.kind, s.name, s.role) for s in meeting.opening if isinstance(s, SpeakerCue)]
    return [opening] + [[(c.kind, c.name, c.role) for c in item.speakers] for item in meeting.items]


def test_a_report_given_on_behalf_of_a_body_is_the_speakers_turn() -> None:
    text = "会议进行第一项，请县人大常委会副主任石秀英同志受县人大常委会委托，作常委会工作报告。\n散会。"
    assert _turns(text) == [[], [("speech", "石秀英", "县人大常委会副主任")]]


def test_an_act_with_others_past_a_comma_is_the_named_persons_step() -> None:
    text = (
        "会议进行第一项，签订责任书。\n"
        "请副区长戴红梅同志代表区政府，与各街道签订安全生产目标责任书。\n散会。"
    )
    assert _turns(text) == [[], [("action", "戴红梅", "副区长")]]


def test_a_group_called_up_to_sign_with_a_named_person_is_that_persons_step() -> None:
    text = "仪式进行第一项，签约。\n请第二批企业代表上台，与投资促进局局长饶晓峰先生签约！\n散会。"
    assert _turns(text) == [[], [("action", "饶晓峰", "投资促进局局长")]]


def test_a_speaker_introduced_then_invited_is_the_one_introduced() -> None:
    text = (
        "会议进行第一项，主旨演讲。\n"
        "第一位嘉宾是滨江大学环境学院院长窦国强教授，题目是《流域生态补偿》。有请窦院士！\n"
        "第二位是青川县应急管理局股长滕雪。有请！\n散会。"
    )
    assert _turns(text) == [
        [],
        [("speech", "窦国强", "滨江大学环境学院院长"), ("speech", "滕雪", "青川县应急管理局股长")],
    ]


def test_the_others_asked_to_go_on_in_turn_are_one_group_turn_after_the_named_ones() -> None:
    """请其余党员同志依次进行: the rest asked on, a turn; 其余党员同志按座次依次进行, said in
    passing, tells how the rest go on and is no turn of its own."""
    text = (
        "会议进行第一项，对照检查。\n请张明同志作个人对照检查。\n请其余党员同志依次进行。\n散会。"
    )
    assert _turns(text) == [[], [("speech", "张明", None), ("speech", None, None)]]
    told = text.replace("请其余党员同志依次进行", "其余党员同志按座次依次进行")
    assert _turns(told) == [[], [("speech", "张明", None)]]


def test_a_representative_invited_by_what_makes_them_known_takes_a_turn() -> None:
    text = "会议进行第一项，代表发言。\n首先有请“好邻居”代表、7栋的邱桂兰阿姨。\n散会。"
    assert _turns(text) == [[], [("speech", "邱桂兰", None)]]


def test_a_panels_host_leads_it_as_an_action() -> None:
    text = "会议进行第一项，圆桌对话。\n本环节由滨江大学副校长柯晓芸同志主持。\n散会。"
    assert _turns(text) == [[], [("action", "柯晓芸", "滨江大学副校长")]]


def test_a_presentation_of_a_project_is_a_speech() -> None:
    text = "会议进行第一项，项目推介。\n请管委会副主任卜建国先生推介本次签约项目。\n散会。"
    assert _turns(text) == [[], [("speech", "卜建国", "管委会副主任")]]


def test_handing_over_pledges_in_turn_is_a_groups_action() -> None:
    text = (
        "会议进行第一项，递交承诺书。\n请各村党组织书记依次上台，向镇党委书记递交承诺书。\n散会。"
    )
    assert _turns(text) == [[], [("action", None, "各村党组织书记")]]


@pytest.mark.parametrize(
    "sentence",
    [
        "让我们以热烈的掌声欢迎各位领导和来宾！",  # a welcome
        "请委员们佩戴委员证，凭证出入会场。",  # wearing one's own badge
        "请各班组有序进入作业面，参加应急演练。",  # 作业 is work, not 作 (give a report)
        "请全体学员在报告厅门前集合。",  # 报告厅 is a hall
        "请安排口头发言的委员提前准备。",  # 发言的委员: who, not a turn
        "请导游讲解员带领大家参观展厅。",  # 讲解员 is a guide, not 讲解 (explain)
    ],
)
def test_requests_that_name_a_verb_inside_another_word_are_no_turns(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


def test_a_kind_of_person_announced_before_those_in_that_post_is_no_turn_of_its_own() -> None:
    text = (
        "会议进行第一项，请入党介绍人介绍发展对象的情况。\n"
        "首先请第一介绍人岳建华同志介绍，然后请第二介绍人蓝晓丽同志介绍。\n散会。"
    )
    assert _turns(text) == [
        [],
        [("speech", "岳建华", "第一介绍人"), ("speech", "蓝晓丽", "第二介绍人")],
    ]


def test_the_overview_two_hosts_read_lists_the_items_and_runs_none() -> None:
    text = (
        "男：今天的表彰会共有两项议程。\n女：第一项，宣读表彰决定；第二项，领导讲话。\n"
        "男：表彰会进行第一项，请社区党委副书记申晓梅女士宣读表彰决定。\n"
        "女：表彰会进行第二项，有请街道党工委副书记祝红英女士讲话。\n散会。"
    )
    meeting = parse(text)
    assert [item.title for item in meeting.items] == ["宣读表彰决定", "领导讲话"]
    assert _turns(text)[1:] == [
        [("action", "申晓梅", "社区党委副书记")],
        [("speech", "祝红英", "街道党工委副书记")],
    ]


def test_a_training_sessions_close_ends_the_meeting_and_what_follows_is_no_item_turn() -> None:
    text = (
        "会议进行第一项，请市委组织部副部长包志华同志讲话。\n"
        "开班式到此结束。休息十分钟后，由市委党校胡蓉教授讲授第一课。"
    )
    assert _turns(text)[1:] == [[("speech", "包志华", "市委组织部副部长")]]


def test_a_planned_length_in_words_is_the_turns_limit_but_the_meetings_length_is_not() -> None:
    assert find_limit(normalise("请张三同志介绍教学安排，时间大约十五分钟。")) == 15 * 60
    assert find_limit(normalise("本次家长会在报告厅召开，时间大约一个半小时。")) is None


def test_a_ballot_is_the_items_one_vote_however_many_lines_tell_of_it() -> None:
    text = (
        "会议进行第一项，选举镇长。\n请工作人员分发选票。\n下面开始投票。\n（投票、计票）\n"
        "会议进行第二项，请新当选的镇长讲话。\n散会。"
    )
    meeting = parse(text)
    votes = [
        [s.text for s in item.steps if getattr(s, "kind", None) == "vote"] for item in meeting.items
    ]
    assert votes == [["下面开始投票。"], []]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("会议在县政府一号会议室设主会场，各乡镇设分会场。", "县政府一号会议室"),
        ("今天，我们在城北安置房项目施工现场集合，举行启动仪式。", "城北安置房项目施工现场"),
        ("欢迎来到图书馆一楼学术报告厅，参加读书分享会。", "图书馆一楼学术报告厅"),
        ("本次活动地点在社区党群服务中心二楼党员活动室。", "社区党群服务中心二楼党员活动室"),
        ("时间：2024年7月5日上午9:00  地点：市律师协会多功能厅", "市律师协会多功能厅"),
        ("今天，我们在县政协委员之家召开协商议事会。", "县政协委员之家"),
    ],
)
def test_where_the_meeting_is_held_is_its_place(sentence: str, place: str) -> None:
    assert (
        parse("会议主持词\n" + sentence + "\n进行第一项，请张三同志讲话。\n散会。").place == place
    )


def test_a_written_vote_on_a_motion_is_the_items_vote() -> None:
    text = (
        "会议进行第一项，审议通过薪酬管理办法。\n"
        "下面进行表决，请各位代表在表决票上划“○”，然后投入票箱。\n（填写、投票）\n散会。"
    )
    (item,) = parse(text).items
    assert [s.line for s in item.steps if getattr(s, "kind", None) == "vote"] == [2]


def test_a_plan_of_the_meetings_parts_does_not_name_more_items_numbered_after_it() -> None:
    text = (
        "家长会主持稿\n今天的家长会先在学校报告厅集中召开，然后各位家长到孩子所在班级参加班级家长会。\n"
        "现在进行第一项，由副校长葛春霞作质量分析。\n接下来开始第二项，请邹蕾老师作专题讲座。\n"
        "第三项，家长代表经验交流。\n集中会议到此结束。"
    )
    titles = [item.title for item in parse(text).items]
    assert titles == ["副校长作质量分析", "请邹蕾老师作专题讲座", "家长代表经验交流"]


def test_a_limit_for_so_many_turns_before_it_governs_that_many() -> None:
    text = (
        "会议进行第一项，交流发言。\n请张三同志发言。\n请李四同志发言。\n请王五同志发言。\n"
        "（两位学员代表发言时间各控制在5分钟）\n散会。"
    )
    (item,) = parse(text).items
    assert [(c.name, c.limit_s) for c in item.speakers] == [
        ("张三", 600),
        ("李四", 300),
        ("王五", 300),
    ]


def test_each_sessions_length_governs_the_items_reports() -> None:
    text = (
        "会议进行第一项，特邀报告。本环节共安排两场特邀报告，每场报告30分钟。\n"
        "有请柴振声院士作特邀报告。\n有请何思远教授作特邀报告。\n散会。"
    )
    (item,) = parse(text).items
    assert [c.limit_s for c in item.speakers] == [1800, 1800]


def test_a_limit_for_the_counted_speakers_after_a_report_leaves_the_report_alone() -> None:
    text = (
        "会议进行第一项，请院长赵一作工作报告。\n"
        "下面请大家审议。每人发言不超过8分钟。已经报名发言的有2位委员。\n"
        "请钱二委员发言。\n请孙三委员发言。\n散会。"
    )
    (item,) = parse(text).items
    assert [(c.name, c.limit_s) for c in item.speakers] == [
        ("赵一", 600),
        ("钱二", 480),
        ("孙三", 480),
    ]


def test_the_counted_speakers_are_the_named_ones_and_a_reply_keeps_its_own_limit() -> None:
    text = (
        "会议进行第一项，请企业家代表发言。这次安排2位企业家发言，请每位发言人把时间控制在8分钟以内。\n"
        "请某某公司董事长公孙明发言。\n请某某集团总经理欧阳丽华发言。\n"
        "下面请县发改委负责同志就企业家关心的问题作简要回应，每个部门不超过3分钟。\n散会。"
    )
    (item,) = parse(text).items
    assert [(c.name, c.limit_s) for c in item.speakers] == [
        ("公孙明", 480),
        ("欧阳丽华", 480),
        (None, 180),
    ]


def test_a_limit_for_the_members_speeches_leaves_the_report_before_it_alone() -> None:
    text = (
        "会议进行第一项，请副县长张华同志作国有资产管理情况的报告。\n（报告毕）\n"
        "下面请各位委员对报告进行审议，发言请按铃，每位委员发言一般不超过5分钟。\n散会。"
    )
    (item,) = parse(text).items
    assert [(c.name, c.limit_s) for c in item.speakers] == [("张华", 600), (None, 300)]


def test_a_group_discussions_length_is_no_limit_for_the_explanation_before_it() -> None:
    text = (
        "会议进行第一项，请公司工会副主席刘芳就集体合同草案作说明。\n"
        "下面各代表团分组讨论，时间30分钟。\n散会。"
    )
    (item,) = parse(text).items
    assert [(c.name, c.limit_s) for c in item.speakers] == [("刘芳", 600)]


def test_limits_by_kind_of_turn_govern_the_turns_of_that_kind() -> None:
    text = (
        "会议进行第一项，交流发言。交流发言每个村控制在6分钟以内，表态发言限时3分钟。\n"
        "请东村党支部书记张三同志作交流发言。\n请西村党支部书记李四同志作表态发言。\n散会。"
    )
    (item,) = parse(text).items
    assert [(c.name, c.limit_s) for c in item.speakers] == [("张三", 360), ("李四", 180)]


def test_the_meetings_limits_by_kind_yield_to_an_items_own() -> None:
    text = (
        "会议主持词\n请汇报同志把握好时间，每项报告不超过10分钟，各组召集人汇报每人不超过5分钟。\n"
        "会议进行第一项，请县长赵立同志作政府工作报告。\n"
        "会议进行第二项，请第一组召集人钱进汇报。\n"
        "会议进行第三项，分组汇报。每人汇报不超过3分钟。\n请孙明同志汇报。\n散会。"
    )
    limits = [[(c.name, c.limit_s) for c in item.speakers] for item in parse(text).items]
    assert limits == [[("赵立", 600)], [("钱进", 300)], [("孙明", 180)]]


# --- words that only look like turns ------------------------------------------------------


def test_an_act_the_sentence_says_will_not_happen_is_no_turn() -> None:
    text = (
        "会议进行第一项，听取调查报告。报告已经印发给大家，请各位会后认真阅读，这里不再宣读。\n"
        "会议进行第二项，请主任王立新同志讲话。\n散会。"
    )
    items = parse(text).items
    assert [[(c.name, c.kind) for c in item.speakers] for item in items] == [
        [],
        [("王立新", "speech")],
    ]


def test_a_word_that_holds_an_act_is_no_request() -> None:
    """请假 is leave, not a request; a 签字笔 is a pen, not a signing."""
    assert find_cue(normalise("对学习纪律、考勤请假、生活管理等方面作了明确规定。")) is None
    assert find_cue(normalise("写票时请用大会统一发放的黑色签字笔，对选票上的候选人画圈。")) is None


def test_a_party_branch_before_a_post_is_an_organisation_not_a_name() -> None:
    text = "会议进行第一项，请新塘村党总支书记、村委会主任严桂兰同志发言。\n散会。"
    (item,) = parse(text).items
    assert [(c.name, c.role) for c in item.speakers] == [("严桂兰", "新塘村党总支书记、村委会主任")]


def test_saying_a_little_about_something_is_a_speech() -> None:
    cue = find_cue(normalise("请村务监督委员会主任杭立新同志说一下审核情况。"))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind) == ("杭立新", "村务监督委员会主任", "speech")


def test_the_words_that_move_the_meeting_on_open_the_overviews_next_item() -> None:
    """接下来 opens item 2 even when the turn after it shares more words with its title."""
    text = (
        "发布会主持词\n今天的发布会有三项议程：一是介绍赛事总体情况；二是介绍赛事安保和医疗保障工作；"
        "三是回答记者提问。\n"
        "首先，请市体育局局长覃国栋先生介绍赛事总体筹备情况。\n"
        "接下来，请市公安局副局长黎卫华先生介绍交通管制和安保工作安排。\n"
        "请市卫生健康委副主任庄晓雯女士介绍赛事医疗保障工作。\n"
        "下面进入答记者问环节，欢迎各位记者朋友提问。\n散会。"
    )
    items = parse(text).items
    assert [[c.name for c in item.speakers] for item in items] == [
        ["覃国栋"],
        ["黎卫华", "庄晓雯"],
        [],
    ]


def test_people_coming_up_together_to_do_something_for_a_thing_are_one_act() -> None:
    """有请A、B、C共同上台，为报告发布: one step, the first one named, an act not a speech."""
    cue = find_cue(normalise("下面有请翟一鸣主任、龚文涛理事长、潘立恒院士共同上台，为报告发布！"))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind, cue.people) == ("翟一鸣", "主任", "action", ())


def test_applause_inviting_the_one_just_introduced_is_their_turn() -> None:
    cue = find_cue(
        normalise("第三位是华擎云计算公司首席科学家左俊峰博士，题目是《大模型时代》，掌声有请！")
    )
    assert cue is not None
    assert (cue.name, cue.role, cue.kind) == ("左俊峰", "华擎云计算公司首席科学家", "speech")


def test_a_chief_scientist_or_representative_is_a_post() -> None:
    assert split_name("集体协商首席代表王建") == ("王建", "集体协商首席代表")


def test_a_turn_given_by_after_a_colon_is_a_turn() -> None:
    text = "会议第一项议程：由工程管理部经理卜宏斌同志就春节期间安全管理作具体安排。\n散会。"
    (item,) = parse(text).items
    assert [(c.name, c.role, c.kind) for c in item.speakers] == [
        ("卜宏斌", "工程管理部经理", "speech")
    ]


def test_the_next_ones_in_an_order_just_begun_take_their_turns() -> None:
    """首先由…发言；接下来是…；第三位是…: each line naming who comes next is a turn."""
    text = (
        "现在第一项，由企业家代表发言。\n首先由明德公司董事长姜学敏发言；\n"
        "接下来是绿源公司总经理万婷婷；\n第三位是江南物流集团董事长韩守信。\n散会。"
    )
    (item,) = parse(text).items
    assert [(c.name, c.role, c.kind) for c in item.speakers] == [
        ("姜学敏", "明德公司董事长", "speech"),
        ("万婷婷", "绿源公司总经理", "speech"),
        ("韩守信", "江南物流集团董事长", "speech"),
    ]


def test_numbered_lines_naming_a_person_and_a_turn_are_turns_and_a_limit_after_them_holds() -> None:
    text = (
        "安全生产月启动会主持词\n（一）主持人开场\n同志们：今天召开启动会。\n"
        "（二）车间表态\n1. 合成车间主任夏建军表态发言；\n2. 储运车间主任喻海燕表态发言。\n"
        "每人表态控制在三分钟之内。\n（三）领导讲话\n请公司总经理雷振宇讲话。\n"
    )
    items = parse(text).items
    assert [[(c.name, c.limit_s) for c in item.speakers] for item in items] == [
        [],
        [("夏建军", 180), ("喻海燕", 180)],
        [("雷振宇", 600)],
    ]


def test_a_closing_heading_in_brackets_is_the_last_heading() -> None:
    text = (
        "安全生产月启动会主持词\n（一）主持人开场\n同志们：今天召开启动会。\n"
        "（二）领导讲话\n请公司总经理雷振宇讲话。\n（三）会议结束\n"
        "同志们，希望大家把安全责任落实到每一个岗位。会议结束。\n"
    )
    titles = [item.title for item in parse(text).items]
    assert titles == ["主持人开场", "领导讲话", "会议结束"]


def test_quoted_parts_listed_side_by_side_are_the_overviews_items() -> None:
    text = (
        "迎春年会主持词\n今晚的年会分为三个篇章：“致辞篇”“荣耀篇”“欢乐篇”。\n"
        "首先进入今晚的“致辞篇”。\n有请董事长苏立德先生致新春贺词！\n"
        "下面进入“荣耀篇”。\n有请行长钟婉华女士为他们颁奖！\n"
        "接下来，让我们进入“欢乐篇”！\n首先请欣赏舞蹈《春风十里》。\n"
    )
    items = parse(text).items
    assert [(item.title, [c.name for c in item.speakers]) for item in items] == [
        ("致辞篇", ["苏立德"]),
        ("荣耀篇", ["钟婉华"]),
        ("欢乐篇", []),
    ]


def test_a_host_coming_on_is_no_place_and_where_all_gather_is() -> None:
    text = (
        "迎春年会主持词\n（开场视频结束，男女主持人上场）\n"
        "男：今天，我们在君澜国际酒店三楼宴会厅欢聚一堂，共同回顾过去一年。\n"
        "会议进行第一项，请董事长苏立德先生致辞。\n散会。"
    )
    assert parse(text).place == "君澜国际酒店三楼宴会厅"


def test_a_representative_named_is_named_with_whom_they_stand_for() -> None:
    """请新员工代表李想发言: name 李想, role 新员工代表; an office beside it wins."""
    assert split_name("新员工代表李想") == ("李想", "新员工代表")
    assert split_name("学员代表、红星村党支部书记王强") == ("王强", "红星村党支部书记")


def test_a_time_in_a_direction_for_someone_elses_questions_is_not_the_turns_limit() -> None:
    text = (
        "下面进行第一项议程，书记现场述职。述职时间每人不得超过7分钟。\n"
        "1．请东关社区党委书记宁晓霞同志述职；\n2．请西关社区党委书记蔡永福同志述职。\n"
        "（每位书记述职后，由街道党工委委员进行现场提问，时间2分钟左右）\n散会。"
    )
    (item,) = parse(text).items
    assert [(c.name, c.limit_s) for c in item.speakers] == [("宁晓霞", 420), ("蔡永福", 420)]


def test_the_against_and_abstain_lines_of_a_show_of_hands_are_the_same_vote() -> None:
    text = (
        "现在进行第一项议程，审议表决《薪酬分配方案》。下面进行表决，表决采取举手方式。\n"
        "同意《薪酬分配方案》的代表，请举手。请放下。\n不同意的代表，请举手。请放下。\n"
        "弃权的代表，请举手。请放下。\n经统计，方案获得通过。\n散会。"
    )
    (item,) = parse(text).items
    assert sum(1 for s in item.steps if getattr(s, "kind", None) == "vote") == 1


def test_the_place_before_a_long_clause_of_whom_the_meeting_is_for() -> None:
    text = (
        "宪法宣誓仪式主持词\n今天，我们在区人大常委会机关三楼会议室，为区第二届人大常委会第三十一次"
        "会议任命的国家工作人员举行宪法宣誓仪式。\n仪式进行第一项，请王立新同志领誓。\n散会。"
    )
    assert parse(text).place == "区人大常委会机关三楼会议室"


def test_the_one_who_speaks_on_behalf_of_others_is_named_before_daibiao() -> None:
    """申丽娟副区长代表区政府: 申丽娟, 副区长; 施工单位代表…: no one named before 代表."""
    assert split_name("申丽娟副区长代表区政府") == ("申丽娟", "副区长")
    assert split_name("钢筋班班长赵大勇代表一线作业人员") == ("赵大勇", "钢筋班班长")
    assert split_name("施工单位代表项目经理XXX")[0] is None


def test_the_act_before_long_document_names_is_the_act() -> None:
    cue = find_cue(
        normalise(
            "请副院长卜晓梅宣读《关于授予2026届毕业生学士学位的决定》"
            "和《关于表彰2026届优秀毕业生的决定》。"
        )
    )
    assert cue is not None
    assert (cue.name, cue.role, cue.kind, cue.verb) == ("卜晓梅", "副院长", "action", "宣读")


def test_laoshi_after_a_name_honours_and_is_no_role() -> None:
    """年级教务员柴海燕老师: the office is the role; 县第一中学党钰老师: none."""
    assert split_name("年级教务员柴海燕老师") == ("柴海燕", "年级教务员")
    assert split_name("县第一中学党钰老师") == ("党钰", None)


def test_both_sides_representatives_are_several_people_with_no_post() -> None:
    cue = find_cue(normalise("请签约双方代表上台签约。"))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind) == (None, None, "action")


def test_lai_before_an_honorific_ends_a_name_and_a_commander_is_a_post() -> None:
    cue = find_cue(normalise("请副市长、市防汛抗旱指挥部总指挥聂东来同志讲话。"))
    assert cue is not None
    assert (cue.name, cue.role) == ("聂东来", "副市长、市防汛抗旱指挥部总指挥")


def test_he_after_an_organisations_post_is_a_surname() -> None:
    """县政协主席和家顺: 和 is his surname; 委员和企业代表: two kinds of people."""
    assert split_name("县政协主席和家顺") == ("和家顺", "县政协主席")
    assert split_name("县长和书记") == (None, "县长、书记")


def test_a_closing_direction_with_the_time_taken_plans_the_turn() -> None:
    text = "会议进行第一项，请县政协主席和家顺同志作工作报告。\n（报告毕，约40分钟）\n散会。"
    (item,) = parse(text).items
    assert [(c.name, c.limit_s) for c in item.speakers] == [("和家顺", 2400)]


def test_a_kind_of_person_is_no_one_named_and_the_others_speak_after_those_named() -> None:
    """请老同志代表发言: announces the named turns after it (老 is no name); 其他老同志…也请
    大家畅所欲言: the others' turn."""
    text = (
        "会议进行第一项，老同志代表发言。\n下面，请老同志代表发言。\n先请原局长胥建国同志发言。\n"
        "请原副局长甘凤英同志发言。\n其他老同志有什么想法和建议，也请大家畅所欲言。\n散会。"
    )
    (item,) = parse(text).items
    assert [c.name for c in item.speakers] == ["胥建国", "甘凤英", None]


def test_a_teaching_point_is_an_organisation_before_a_name() -> None:
    assert split_name("双河镇新塘村教学点付春生老师") == ("付春生", None)


def test_a_one_character_post_ends_no_name() -> None:
    """长河大学校长 is no 河大学 after a post 长; 台湾医师 is no 台湾医 with a post 师."""
    assert split_name("长河大学校长、中国工程院院士黎光远")[0] == "黎光远"
    assert split_name("台湾医师、仁心医院眼科主任赖俊宏")[0] == "赖俊宏"


def test_zuoye_is_work_not_a_speech_made() -> None:
    """输电运检中心带电作业班班长覃立新: 作业 is work, no cut before 作."""
    cue = find_cue(normalise("请输电运检中心带电作业班班长覃立新同志发言。"))
    assert cue is not None
    assert (cue.name, cue.role) == ("覃立新", "输电运检中心带电作业班班长")


def test_a_newly_appointed_post_names_no_one() -> None:
    cue = find_cue(normalise("第五项，请新任会长致辞，大家欢迎！"))
    assert cue is not None
    assert (cue.name, cue.role) == (None, "新任会长")


def test_an_organisation_asked_to_speak_names_no_one() -> None:
    cue = find_cue(normalise("首先请城东街道发言，"))
    assert cue is not None
    assert (cue.name, cue.role) == (None, None)


def test_laoshi_after_a_blank_name_honours_and_is_no_role() -> None:
    assert split_name("体育组XXX老师") == (None, None)
    assert split_name("语文老师XXX") == (None, "语文老师")


def test_directors_and_assistants_are_posts_and_a_latin_post_parts_at_a_space() -> None:
    assert split_name("检察官助理易晨阳") == ("易晨阳", "检察官助理")
    assert split_name("公司工会副主席、职工董事刘芳") == ("刘芳", "公司工会副主席、职工董事")
    assert split_name("公司创始人、CEO 邝一帆") == ("邝一帆", "公司创始人、CEO")


def test_an_honoured_ones_office_with_a_blank_name_is_one_person() -> None:
    cue = find_cue(normalise("请受表彰代表、区人民医院护理部主任***同志发言。"))
    assert cue is not None
    assert (cue.name, cue.group) == (None, False)
    assert cue.role is not None and cue.role.endswith("护理部主任")


def test_a_role_pieced_from_words_apart_stays_as_written() -> None:
    """越南平陽省工商協會阮文雄會長: the role 越南平陽省工商協會會長, in traditional characters."""
    (item,) = parse("典禮進行第一項，有請越南平陽省工商協會阮文雄會長致詞。\n散會。").items
    assert [(c.name, c.role) for c in item.speakers] == [("阮文雄", "越南平陽省工商協會會長")]


def test_xian_after_a_post_is_when_not_who() -> None:
    """刘明书记先发言: 先 is 'first'; 王永先发言: 先 ends the name."""
    cue = find_cue(normalise("请县委常委、青山镇党委刘明书记先发言，然后请何秀英发言。"))
    assert cue is not None
    assert (cue.name, cue.role) == ("刘明", "县委常委、青山镇党委书记")
    cue = find_cue(normalise("请王永先发言。"))
    assert cue is not None and cue.name == "王永先"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("请各位领导在礼仪人员的引导下上台颁奖。", None),
        ("请颁奖嘉宾在礼仪同学的引导下上台颁奖。", "颁奖嘉宾"),
    ],
)
def test_how_people_come_up_is_not_who_they_are(sentence: str, role: str | None) -> None:
    """在礼仪人员的引导下: 引导下 is no one's name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role, cue.kind, cue.verb) == (
        None,
        role,
        "action",
        "颁奖",
    )
    cue = find_cue(normalise("请副校长王强在礼仪人员引导下上台颁奖。"))
    assert cue is not None and (cue.name, cue.role) == ("王强", "副校长")


def test_a_breakout_into_groups_is_no_turn_but_the_rooms_deliberation_is() -> None:
    assert find_cue(normalise("请各位组成人员分两个组对以上四个报告进行审议。")) is None
    assert find_cue(normalise("请各代表分组讨论。")) is None
    cue = find_cue(normalise("下面请各位委员对报告进行审议，发言请按铃。"))
    assert cue is not None and cue.group and cue.kind == "speech"


def test_an_idiom_with_zuo_is_no_turn() -> None:
    """早作谋划 / 多作贡献: 作 is no 作报告 there."""
    assert find_cue(normalise("请各专门委员会、各工作机构早作谋划，提前开展调研。")) is None
    assert find_cue(normalise("请大家多作贡献。")) is None
    cue = find_cue(normalise("请财务处长王红作关于预算执行情况的报告。"))
    assert cue is not None and (cue.name, cue.verb) == ("王红", "报告")


def test_a_verb_before_hou_tells_when_not_what() -> None:
    """在部门回应后进行追问: 回应后 says when, the sentence asks for no 回应 now."""
    assert (
        find_cue(normalise("我们也欢迎委员和居民代表在部门回应后进行追问，形成良性互动。")) is None
    )
    cue = find_cue(normalise("请李四同志作表态发言后，请王五讲话。"))
    assert cue is not None and (cue.name, cue.verb) == ("李四", "表态")


def _cues(text: str) -> list[list[tuple[str | None, str]]]:
    """Each item's turns as (name, kind), the way an annotation counts them."""
    return [[(c.name, c.kind) for c in item.speakers] for item in parse(text).items]


def test_witnesses_of_a_signing_take_no_step() -> None:
    """上台见证: those who witness the signing stand by it; only the signers act."""
    text = (
        "签约仪式主持词\n各位来宾：\n仪式进行第一项，签约。"
        "请副县长王芳女士和李强先生上台签约，请县长赵明、副总裁钱进上台见证。\n仪式到此结束。\n"
    )
    assert _cues(text) == [[("王芳", "action")]]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # a group's turn, then the order as numbers with a name each
            "会议进行第一项，企业负责人述职。下面由各企业负责人依次述职。\n"
            "1号，城东燃气公司总经理倪卫国。\n（述职）\n2号，管网分公司经理葛红霞。\n（述职）\n",
            [("倪卫国", "speech"), ("葛红霞", "speech")],
        ),
        (  # a sentence that tells of the turns, then ordinals naming each and their topic
            "下面进行第一项，委员协商发言。发言顺序如下：\n"
            "第一位，市政协常委、民建市委主委房立伟委员，发言题目是《创新投入机制》；\n"
            "第二位，市规划设计院总工程师池美娟，发言题目是《统筹推进社区建设》。\n",
            [("房立伟", "speech"), ("池美娟", "speech")],
        ),
        (  # after a turn, the next one invited without a verb
            "第一项，经验分享。\n第一位是应急救护队队长谢美华。有请！\n（分享毕）\n"
            "第二位，让我们欢迎滨江第二中学教师褚振宇。\n（分享毕）\n",
            [("谢美华", "speech"), ("褚振宇", "speech")],
        ),
        (  # numbered lines naming a person and the speech, the verb after 作 and its object
            "会议进行第一项，典型发言。\n1.县农业农村局局长覃永刚作工作汇报；\n2.白马镇党委书记熊晓梅作交流发言。\n",
            [("覃永刚", "speech"), ("熊晓梅", "speech")],
        ),
    ],
)
def test_lines_naming_only_the_next_person_in_order_are_the_next_turns(
    lines: str, expected: list[tuple[str, str]]
) -> None:
    """One rule for a run of turns: after a turn, a group's cue or a sentence telling of the
    turns, a line led by an order word or number that names only a person is that person's
    turn; a numbered line naming a person and a speech is one without a lead."""
    text = "会议主持词\n同志们：\n" + lines + "会议到此结束。\n"
    assert _cues(text)[0] == expected


def test_a_name_alone_after_an_order_word_is_no_turn_without_one_before() -> None:
    """下面请英语教师祁亮。 with no turn before it and no speech named: a line, not a turn."""
    text = "会议主持词\n同志们：\n会议进行第一项，学习文件。下面请英语教师祁亮。\n会议到此结束。\n"
    assert _cues(text) == [[]]


def test_the_others_criticism_is_a_turn_only_after_someone_named() -> None:
    """请其他班子成员对我提出批评意见 before the named turns announces them (the chair is 我);
    请其他同志对焦红英同志提出批评意见 after her turn is the others' own turn."""
    text = (
        "民主生活会主持词\n同志们：\n会议进行第一项，个人对照检查。"
        "按照程序，先由我作个人对照检查，然后请其他班子成员对我提出批评意见。\n"
        "请副书记詹立勇同志作对照检查。\n请纪委书记欧振华同志作对照检查。\n"
        "会议进行第二项，相互批评。请焦红英同志作对照检查。\n"
        "请其他同志对焦红英同志提出批评意见。\n会议到此结束。\n"
    )
    assert _cues(text) == [
        [("詹立勇", "speech"), ("欧振华", "speech")],
        [("焦红英", "speech"), (None, "speech")],
    ]


def test_what_comes_after_the_close_is_no_turn() -> None:
    """开班式到此结束。稍事休息后，由…讲授第一课: the next event, after the meeting has closed."""
    text = (
        "开班式主持词\n同志们：\n第一项：请副部长邝志强同志讲话。\n"
        "开班式到此结束。稍事休息10分钟后，由处长欧阳明同志讲授第一课。\n"
    )
    assert _cues(text) == [[("邝志强", "speech")]]


def test_going_to_other_rooms_to_discuss_is_no_turn() -> None:
    """各代表组分别到指定教室讨论: the room splits up, as 分组讨论 does."""
    assert find_cue(normalise("各代表组按照会议安排分别到指定教室讨论，讨论时间为60分钟。")) is None
    cue = find_cue(normalise("下面请与会代表交流发言。"))
    assert cue is not None and cue.group


def test_a_turn_told_to_follow_each_turn_is_the_procedure() -> None:
    """述职后，由镇党委书记进行点评: when the remarks come, said with the rules; the 点评 is
    no turn of its own there."""
    assert find_cue(normalise("每人述职不超过7分钟。述职后，由镇党委书记进行点评。")) is None
    cue = find_cue(normalise("（讲话毕）下面由张三宣读决定。"))
    assert cue is not None and (cue.name, cue.kind) == ("张三", "action")


def test_asking_to_be_criticised_and_helped_is_a_courtesy() -> None:
    """请各位同志批评帮助 / 请大家批评指正: modesty at the end of one's own words, no turn."""
    assert find_cue(normalise("刚才，我代表领导班子作了对照检查，请各位同志批评帮助。")) is None
    assert find_cue(normalise("请大家批评指正。")) is None
    cue = find_cue(normalise("请其他同志对焦红英同志提出批评意见。"))
    assert cue is not None and cue.group


def test_a_plan_told_in_order_after_a_semicolon_is_the_overview_not_turns() -> None:
    """主要有三个议程：先由…通报…；然后请…发言；最后请…讲话: one overview sentence, its
    然后请/最后请 the plan, not turns before the first item."""
    text = (
        "座谈会主持词\n同志们：\n"
        "座谈会主要有三个议程：先由县农业农村局通报情况；然后请合作社负责人发言；最后请鲁县长讲话。\n"
        "首先进行会议的第一议程，由副局长庞永红同志通报情况。\n"
        "接着进行会议的第二议程，请各位合作社负责人依次发言。\n请理事长桑长福发言。\n"
        "现在第三项，请鲁文涛副县长讲话。\n散会。\n"
    )
    meeting = parse(text)
    assert not [s for s in meeting.opening if isinstance(s, SpeakerCue)]
    assert _cues(text) == [[("庞永红", "speech")], [("桑长福", "speech")], [("鲁文涛", "speech")]]


def test_people_named_together_then_each_by_name_take_one_turn_each() -> None:
    """请入党介绍人陈秀英、张德福同志介绍…。首先请陈秀英同志介绍。请张德福同志介绍。: the joint
    line announces the two turns that follow; named together alone, they are two turns."""
    text = (
        "支部大会主持词\n同志们：\n会议进行第一项，请入党介绍人陈秀英、张德福同志介绍情况。"
        "首先请陈秀英同志介绍。\n（介绍）\n请张德福同志介绍。\n"
        "会议进行第二项，请党员李明同志、王芳同志发言。\n会议到此结束。\n"
    )
    assert _cues(text) == [
        [("陈秀英", "speech"), ("张德福", "speech")],
        [("李明", "speech"), ("王芳", "speech")],
    ]


def test_a_group_asked_to_discuss_and_give_views_is_one_turn() -> None:
    """请与会党员对…进行讨论，充分发表意见: the room's turn (请大家讨论 alone is no turn)."""
    cue = find_cue(normalise("请与会党员对邹晓东同志能否入党进行讨论，充分发表意见。"))
    assert cue is not None and cue.group and cue.kind == "speech"
    assert find_cue(normalise("请大家讨论。")) is None


def test_a_bare_invitation_after_the_act_was_told_is_that_act_by_the_first_named() -> None:
    """有请两位嘉宾上台，共同启动…。有请梁家豪先生、陈咏欣女士。: one step of the act told, by
    the first one named (as a signing by several is); invited to speak, each takes a turn."""
    text = (
        "论坛主持词\n各位来宾：\n论坛进行第一项，开幕。有请协会主席梁家豪先生致欢迎辞。\n（致辞毕）\n"
        "下面，有请两位嘉宾上台，共同启动“青创伙伴计划”。有请梁家豪先生、陈咏欣女士。\n"
        "（启动仪式）\n论坛到此结束。\n"
    )
    assert _cues(text) == [[("梁家豪", "speech"), ("梁家豪", "action")]]


def test_a_programme_host_is_a_post_before_the_name() -> None:
    """财经节目主持人郑伟伦: 主持人 is the office the name follows."""
    assert split_name("香港电台财经节目主持人郑伟伦") == ("郑伟伦", "香港电台财经节目主持人")


def test_gathered_at_a_place_names_the_meeting_place_without_zai() -> None:
    """齐聚香港科学园会议中心: the place the meeting is held, as 齐聚在… is."""
    text = (
        "论坛主持词\n各位来宾：\n今天，两百多位青年齐聚科学园会议中心，共话创新。\n论坛到此结束。\n"
    )
    assert parse(text).place == "科学园会议中心"


def test_an_act_naming_a_part_of_the_programme_is_no_act() -> None:
    """扫码进入抽奖页面 / 进入颁奖环节: 抽奖 and 颁奖 name a page or a part of the programme there,
    nobody's act; 请各位领导为他们颁奖 is the leaders' act."""
    assert find_cue(normalise("请各位把手机调成静音，扫码进入抽奖页面。")) is None
    cue = find_cue(normalise("请各位领导上台，为获奖者颁奖。"))
    assert cue is not None and cue.group and cue.kind == "action"


def test_a_class_teachers_post_keeps_its_class() -> None:
    """班主任 is a post of its own: the item is 班主任讲话, not 主任讲话 (the 班 no class before it)."""
    text = "家长会主持词\n各位家长：\n会议进行第一项，请班主任王丽老师讲话。\n会议进行第二项，请校长讲话。\n散会。\n"
    assert [i.title for i in parse(text).items] == ["班主任讲话", "校长讲话"]


def test_an_overview_of_a_few_items_listed_with_commas() -> None:
    """主要有以下几项：州长致辞、推介项目、…: the items named, without a count (as 有这么几项：)."""
    text = (
        "签约仪式主持词\n各位来宾：\n签约仪式主要有以下几项：州长致辞、推介项目、市领导讲话。\n"
        "下面，首先请州长杨昌平先生致辞。\n（致辞）\n下面请局长吴远航先生推介重点招商项目。\n"
        "最后，有请副市长邬振华先生讲话。\n签约仪式到此结束。\n"
    )
    assert [len(i.speakers) for i in parse(text).items] == [1, 1, 1]


def test_the_ones_an_act_is_done_for_are_not_the_ones_who_do_it() -> None:
    """有请校长雷振华为老师们颁发证书: the headmaster acts; 老师们 are those he acts for."""
    cue = find_cue(normalise("有请校长雷振华为老师们颁发证书。"))
    assert cue is not None and (cue.name, cue.role, cue.group) == ("雷振华", "校长", False)
    cue = find_cue(normalise("接下来请老同志们发言。"))
    assert cue is not None and cue.group


def test_extending_greetings_is_a_speech() -> None:
    """请…萧嘉怡同学代表全校学生向老师们致以节日的祝福: a greeting said aloud, a turn."""
    cue = find_cue(normalise("请校学生会主席萧嘉怡同学代表全校学生向老师们致以节日的祝福。"))
    assert cue is not None and (cue.name, cue.kind) == ("萧嘉怡", "speech")


def test_guests_called_up_for_an_act_announce_the_named_ones_who_do_it() -> None:
    """请颁奖嘉宾…上台颁奖 then 有请…钱启明…为他们颁奖, 有请…温国良为他们颁奖: the named
    presenters are the steps; the unnamed guests' line announces them."""
    text = (
        "表彰大会主持词\n老师们：\n大会进行第一项，颁奖。请颁奖嘉宾在礼仪同学的引导下上台颁奖。\n"
        "首先，有请校党委书记钱启明为他们颁奖。\n（颁奖）\n接下来，有请副校长温国良为他们颁奖。\n"
        "（颁奖）\n大会到此结束。\n"
    )
    assert _cues(text) == [[("钱启明", "action"), ("温国良", "action")]]


def test_an_act_is_no_name_in_a_run_of_turns() -> None:
    """接下来，为…第一批老师颁奖。 after a turn: an act announced, nobody named (颁奖 no name)."""
    text = (
        "表彰大会主持词\n老师们：\n大会进行第一项，颁奖。有请校长雷振华为他们颁奖。\n（颁奖）\n"
        "接下来，为获得“优秀教师”称号的第一批老师颁奖。有请副校长温国良为他们颁奖。\n大会到此结束。\n"
    )
    assert _cues(text) == [[("雷振华", "action"), ("温国良", "action")]]


@pytest.mark.parametrize(
    "lines",
    [
        "第一位发言的是县农业局局长覃永刚。\n（发言）\n第二位发言的是白马镇党委书记熊晓梅。\n",
        "首先发言的是县农业局局长覃永刚同志。\n（发言）\n下一位是白马镇党委书记熊晓梅同志。\n",
        "一号发言人，县农业局局长覃永刚。\n（发言）\n二号发言人，白马镇党委书记熊晓梅。\n",
    ],
)
def test_an_ordinal_of_speakers_is_a_run_of_turns_by_itself(lines: str) -> None:
    """第一位发言的是… / 首先发言的是…，下一位是… / 一号发言人，…: the order itself says these
    are turns, with no sentence before them telling of it."""
    text = "座谈会主持词\n同志们：\n会议进行第一项，交流发言。\n" + lines + "散会。\n"
    assert _cues(text) == [[("覃永刚", "speech"), ("熊晓梅", "speech")]]


def test_names_counted_after_them_take_a_turn_each() -> None:
    """请覃永刚、熊晓梅两位同志依次发言: two named, two turns (两位 counts them)."""
    cue = find_cue(normalise("请覃永刚、熊晓梅两位同志依次发言。"))
    assert cue is not None and [n for n, _ in cue.people] == ["覃永刚", "熊晓梅"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "请第一位，城南所所长蓝志坚述职。\n请第二位，滨江所所长谷雨晴述职。\n",
            [("蓝志坚", "城南所所长"), ("谷雨晴", "滨江所所长")],
        ),
        (
            "首先请第一位发言人，县农业局局长覃永刚同志发言。\n"
            "接下来请第二位发言人，白马镇党委书记熊晓梅同志发言。\n",
            [("覃永刚", "县农业局局长"), ("熊晓梅", "白马镇党委书记")],
        ),
        (
            "请1号述职人，财务科科长潘志远述职。\n请2号述职人，后勤科科长谢玲述职。\n",
            [("潘志远", "财务科科长"), ("谢玲", "后勤科科长")],
        ),
        (
            "有请第一位选手，高二（3）班陈思雨同学演讲。\n有请第二位选手，高一（5）班周航同学演讲。\n",
            [("陈思雨", None), ("周航", None)],
        ),
        (
            "下面请第一个发言的单位，东坪村党支部书记吴德厚同志发言。\n"
            "请第二个发言的单位，石门村村委会主任杨柳同志发言。\n",
            [("吴德厚", "东坪村党支部书记"), ("杨柳", "石门村村委会主任")],
        ),
    ],
)
def test_a_place_in_the_order_before_the_person_is_not_the_person(lines: str, expected) -> None:
    """请第一位，城南派出所所长蓝志坚述职: 第一位 is the turn's place in the order; the person
    comes after the comma."""
    text = "述职会主持词\n同志们：\n会议进行第一项，交流发言。\n" + lines + "散会。\n"
    items = parse(text).items
    assert [(c.name, c.role) for c in items[0].speakers] == expected


@pytest.mark.parametrize(
    ("event", "first", "second"),
    [
        ("开幕式", "请校长钟启明致开幕辞", "请理事长林文卿致辞"),
        ("开班式", "请组织部副部长刘洋同志讲话", "请学员代表王芳同志表态发言"),
        ("论坛", "请市长李明先生致辞", "请院士张华教授作主旨报告"),
        ("颁奖礼", "请董事长陈刚先生致辞", "请副总经理孙丽女士宣读获奖名单"),
        ("学位授予仪式", "请校长周明教授致辞", "请毕业生代表李想同学发言"),
    ],
)
def test_an_item_numbered_after_the_events_name(event: str, first: str, second: str) -> None:
    """开幕式第一项，… / 论坛第二项，… / 颁奖礼第一项：…: the event's own name before the number."""
    text = (
        f"{event}主持词\n各位来宾：\n{event}第一项，{first}。\n{event}第二项，{second}。\n"
        f"{event}到此结束。\n"
    )
    assert [len(i.speakers) for i in parse(text).items] == [1, 1]


@pytest.mark.parametrize(
    "call",
    [
        "下面进行表决，请代表们按表决器。",
        "请各位委员按表决器。",
        "现在进行表决，请按表决器。",
        "请代表们使用表决器进行表决。",
        "请各位代表按动表决器。",
        "请各位常委会组成人员按表决器表决。",
        "下面进行表决，请各位委员按表决器。（表决）通过。",
    ],
)
def test_pressing_the_voting_device_is_the_items_vote(call: str) -> None:
    """请代表们按表决器: an electronic vote called without 同意的…反对的…."""
    text = (
        "常委会会议主持词\n各位委员：\n会议进行第一项，表决关于某某的决议（草案）。"
        f"{call}\n（表决）\n表决结果：赞成20票。通过。\n会议进行第二项，请主任张三讲话。\n散会。\n"
    )
    items = parse(text).items
    assert [sum(1 for s in i.steps if getattr(s, "kind", None) == "vote") for i in items] == [1, 0]
    assert [len(i.speakers) for i in items] == [0, 1]


@pytest.mark.parametrize(
    "sentence",
    [
        "请代表们在座位上插好代表证，表决器已经启动。",
        "请各位代表插好代表证，表决系统已经启动。",
        "请委员们坐好，电子屏已启动。",
        "请全体党员注意，选举程序已经启动。",
        "请各位代表核对名单，名单已宣读。",
    ],
)
def test_an_act_that_has_happened_is_nobodys_turn(sentence: str) -> None:
    """表决器已经启动 / 名单已宣读: done already, no one is asked to do it now."""
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("宣誓仪式由县人大常委会副主任宋玉洁同志主持。", "宋玉洁", "县人大常委会副主任"),
        ("下面进行颁奖，颁奖仪式由副校长刘芳主持。", "刘芳", "副校长"),
        ("下面进行第三项，签约仪式由市商务局局长陈平同志主持。", "陈平", "市商务局局长"),
        ("本次宣誓由区人大常委会主任王海主持。", "王海", "区人大常委会主任"),
        ("第二项，分组讨论。讨论由工会主席李红同志主持。", "李红", "工会主席"),
    ],
)
def test_the_one_who_leads_a_part_acts(sentence: str, name: str, role: str) -> None:
    """宣誓仪式由…主持 / 讨论由…主持: the part's host is a step with a name, no timer."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (name, role, "action")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请县人民医院内科主任张伟医师介绍病例。", "张伟", "县人民医院内科主任、医师"),
        ("请理事长林文卿医师致辞。", "林文卿", "理事长、医师"),
        ("有请护理部主任刘敏护士长发言。", "刘敏", "护理部主任、护士长"),
        ("请药剂科陈静药师讲解用药安全。", "陈静", "药剂科药师"),
        (
            "请在本市执业的台湾医师、仁心医院眼科主任赖俊宏先生发言。",
            "赖俊宏",
            "台湾医师、仁心医院眼科主任",
        ),
    ],
)
def test_a_clinicians_title_after_the_name(sentence: str, name: str, role: str) -> None:
    """林文卿医师 / 刘敏护士长: the title after the name, as 教授; 台湾医师 is where from, no one."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "首先请支部委员带头发言。\n请支部组织委员、护士长陆雪梅同志发言。\n"
            "请支部宣传委员杭晓东同志发言。\n",
            ["陆雪梅", "杭晓东"],
        ),
        (
            "首先请班子成员带头发言。\n请党委书记张强同志发言。\n请党委副书记李勇同志发言。\n",
            ["张强", "李勇"],
        ),
        (
            "请支委带头作对照检查。\n请组织委员王刚同志作对照检查。\n请宣传委员赵敏同志作对照检查。\n",
            ["王刚", "赵敏"],
        ),
        ("下面请村干部率先表态。\n请村主任孙涛表态。\n请村会计周平表态。\n", ["孙涛", "周平"]),
        (
            "首先由领导班子成员带头发言。\n请局长吴江同志发言。\n请副局长郑海同志发言。\n",
            ["吴江", "郑海"],
        ),
    ],
)
def test_those_who_lead_the_way_are_announced_then_named(lines: str, expected) -> None:
    """首先请支部委员带头发言。请…陆雪梅同志发言。…: 带头 is how they speak, no one's name; the
    line announces the named turns after it."""
    text = (
        "组织生活会主持词\n同志们：\n下面进行第一项议程，批评和自我批评。\n"
        + lines
        + "会议到此结束。\n"
    )
    assert [c.name for i in parse(text).items for c in i.speakers] == expected


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("请张三同志作工作报告。报告约20分钟。", [("张三", 1200)]),
        ("请李教授作专题讲座，讲座约一小时。", [("李教授", 3600)]),
        ("请支部书记王海讲专题党课，党课约40分钟。", [("王海", 2400)]),
        ("请总经理周明分享经验，分享约8分钟。", [("周明", 480)]),
        ("请刘院长作辅导报告，报告大约30分钟。", [("刘院长", 1800)]),
    ],
)
def test_a_planned_length_after_the_turns_word(request_: str, expected) -> None:
    """报告约20分钟 / 党课约40分钟: how long the turn is planned to run is its limit."""
    text = f"会议主持词\n同志们：\n会议进行第一项，{request_}\n会议进行第二项，请局长吴江讲话。\n散会。\n"
    got = [[(c.name, c.limit_s) for c in i.speakers] for i in parse(text).items]
    assert got == [expected, [("吴江", 600)]]


@pytest.mark.parametrize(
    "request_",
    [
        "请各位常委审议。",
        "请全体代表审阅。",
        "请与会同志酝酿。",
        "请各位委员审查。",
        "请大家斟酌。",
    ],
)
def test_the_room_asked_to_weigh_a_motion_is_no_next_turn(request_: str) -> None:
    """请各位常委审议 after a turn: the room weighs the motion before the vote; no one's turn."""
    text = (
        "会议主持词\n同志们：\n会议进行第一项，审议人事事项。请秘书长覃立新同志作说明。\n（说明毕）\n"
        f"{request_}同意的请举手；请放下。不同意的请举手；没有。弃权的请举手；没有。通过。\n散会。\n"
    )
    assert [c.name for i in parse(text).items for c in i.speakers] == ["覃立新"]


@pytest.mark.parametrize(
    "sentence",
    [
        "分组讨论由各代表团团长主持，请各代表团安排专人做好记录。",
        "会后分组讨论，讨论由各组召集人主持。",
        "分组讨论由各组组长主持，请安排专人记录。",
        "座谈由各小组组长分别主持。",
    ],
)
def test_each_groups_own_host_is_no_step(sentence: str) -> None:
    """分组讨论由各代表团团长主持: every group led by its own head, elsewhere; no one's step here."""
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "请第三分公司经理、先进集体代表覃少华同志发言。",
            "覃少华",
            "第三分公司经理、先进集体代表",
        ),
        ("请公司经理、职工代表李明发言。", "李明", "公司经理、职工代表"),
        ("请高三（2）班班主任、教师代表刘芳老师发言。", "刘芳", "高三（2）班班主任、教师代表"),
        ("请生产部主任、劳模代表赵刚发言。", "赵刚", "生产部主任、劳模代表"),
    ],
)
def test_whom_a_speaker_stands_for_stays_beside_the_post(
    sentence: str, name: str, role: str
) -> None:
    """…经理、先进集体代表覃少华: the 代表 joined to the name is part of the role, after the post."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请毕业生按学院顺序依次上台，由院长司马静为毕业生拨穗。", "司马静", "院长"),
        ("请新党员上台，由党委书记李强为他们佩戴党徽。", "李强", "党委书记"),
        ("请新护士上台，由护理部主任刘敏为她们授帽。", "刘敏", "护理部主任"),
        ("由董事长陈刚为获奖者披绶带。", "陈刚", "董事长"),
        ("请受表彰同志上台，由县长赵平为他们戴红花。", "赵平", "县长"),
    ],
)
def test_one_named_doing_something_for_those_called_up_acts(sentence: str, name, role) -> None:
    """由院长司马静为毕业生拨穗: whatever the act is called, the one named does it for them."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (name, role, "action")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("谢谢邬庭长。尚立平主任也专门介绍一下检察机关与法院协作的情况，有请。", "尚立平", "主任"),
        ("下面王强局长给大家讲几句，有请！", "王强", "局长"),
        ("接下来李华教授将为我们分享研究成果，有请。", "李华", "教授"),
        ("张明书记也要作总结讲话，有请！", "张明", "书记"),
    ],
)
def test_the_person_a_sentence_opens_with_is_invited_at_its_end(sentence: str, name, role) -> None:
    """尚立平主任也专门介绍一下…，有请。: the one named first, who will speak, invited by 有请."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (name, role, "speech")
    assert find_cue(normalise("大家的发言很精彩，有请！")) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("请邬晓梅庭长发布十大典型案例。", "action"),
        ("请副厅长宫晓岚女士发布《年度报告》。", "action"),
        ("请秘书长王丽发布年度最美志愿者名单。", "action"),
        ("请统计局局长赵刚发布全市经济运行指数。", "action"),
        ("请局长武海燕女士发布博览会重点活动安排。", "speech"),
    ],
)
def test_publishing_a_list_or_a_document_is_an_act(sentence: str, kind: str) -> None:
    """发布十大典型案例 / 发布《…》 / 发布…名单: made public, an act; 发布活动安排 is told, a speech."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == kind


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "请县委常委、宣传部部长柯雪峰，副县长潘慧敏为他们颁发牌匾，并献上鲜花。",
            "柯雪峰",
            "县委常委、宣传部部长",
        ),
        ("请县长王强，副县长李明为他们颁奖。", "王强", "县长"),
        ("请校长王强，副校长李明为获奖学生颁发证书。", "王强", "校长"),
        ("请董事长陈刚，总经理孙丽为优秀员工颁奖。", "陈刚", "董事长"),
        ("请主任张伟，副主任刘洋为新党员佩戴党徽。", "张伟", "主任"),
    ],
)
def test_presenters_listed_with_commas_act_as_one_step(sentence: str, name, role) -> None:
    """请…部长柯雪峰，副县长潘慧敏为他们颁发牌匾: people acting together, one step by the first."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (name, role, "action")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "有请高三（7）班卓一帆同学的父亲、县人民医院外科主任卓建明先生。",
            "卓建明",
            "县人民医院外科主任",
        ),
        ("有请王小明同学的妈妈、市第一中学教师李红女士。", "李红", "市第一中学教师"),
        ("有请李想同学的爸爸、消防支队队长李刚。", "李刚", "消防支队队长"),
        ("请宋雨桐同学的妈妈发言。", None, None),
    ],
)
def test_a_parent_named_after_the_relation(sentence: str, name, role) -> None:
    """…同学的父亲、县人民医院外科主任卓建明先生: the relation, then the parent by name and post."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请骆思源理事长、卜建平局长上台，进行捐赠签字并交接捐赠牌。", "骆思源", "理事长"),
        ("请甲方代表王强、乙方代表李明上台，进行签约。", "王强", "甲方代表"),
        ("请县长赵平、董事长陈刚上台，进行项目签约。", "赵平", "县长"),
        ("有请县精神卫生中心主任邢卫国医生介绍项目实施方案。", "邢卫国", "县精神卫生中心主任"),
    ],
)
def test_called_up_to_carry_out_an_act(sentence: str, name, role) -> None:
    """请…上台，进行捐赠签字: called up, then the act with 进行; 主任邢卫国医生: 医生 honours."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("今天，我们相聚在美丽的东山中学，共同见证项目启动。", "美丽的东山中学"),
        ("今天，我们欢聚在实验小学，隆重庆祝建校六十周年。", "实验小学"),
        ("今天，开学典礼在市第一中学隆重举行。", "市第一中学"),
        ("今天，我们在县职业技术学院召开座谈会。", "县职业技术学院"),
    ],
)
def test_a_school_is_a_place(sentence: str, place: str) -> None:
    """相聚在…东山中学 / 在县职业技术学院召开: a school is where the meeting is held."""
    text = f"典礼主持词\n各位来宾：\n{sentence}\n典礼进行第一项，请校长王强讲话。\n典礼到此结束。\n"
    assert parse(text).place == place


def _turns_in_one_item(lines: str) -> list[str | None]:
    text = "座谈会主持词\n同志们：\n会议进行第一项，交流发言。\n" + lines + "散会。\n"
    return [c.name for i in parse(text).items for c in i.speakers]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("下面请企业代表发言。请某公司经理王强谈谈做法。\n", ["王强"]),
        ("请家长代表发言。有请李想同学的父亲、消防支队队长李刚先生。\n", ["李刚"]),
        ("接下来请青年教师代表发言。请数学组教师刘芳分享心得。\n", ["刘芳"]),
        ("请村民代表发言。请东坪村村民吴德厚谈谈感受。\n", ["吴德厚"]),
        ("请学生代表发言。\n（发言）\n请校长王强讲话。\n", [None, "王强"]),
    ],
)
def test_a_kind_of_person_then_the_one_named_in_the_same_breath(lines: str, expected) -> None:
    """下面请企业代表发言。请…经理韦振宇谈谈…: the representative named at once is that turn."""
    assert _turns_in_one_item(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "最后，请各部门的同志作个回应，然后请乔丽君主席讲话。\n请人社局副局长龙建华回应。\n"
            "（回应）\n请区总工会主席乔丽君同志讲话。\n",
            ["龙建华", "乔丽君"],
        ),
        (
            "请各单位负责同志作表态发言，之后请王强书记讲话。\n请东坪村党支部书记吴德厚表态。\n"
            "（表态）\n请县委副书记王强同志讲话。\n",
            ["吴德厚", "王强"],
        ),
        (
            "下面请部门负责人回答提问，随后由李华局长作总结。\n请交通局副局长周平回答。\n（回答）\n"
            "请李华局长作总结讲话。\n",
            ["周平", "李华"],
        ),
        ("先请张三介绍情况，再请李四讲话。\n（介绍）\n请李四讲话。\n", ["张三", "李四"]),
    ],
)
def test_a_turn_told_ahead_is_taken_when_invited_again(lines: str, expected) -> None:
    """…回应，然后请乔丽君主席讲话。 … 请…乔丽君同志讲话。: the order told ahead, one turn each."""
    assert _turns_in_one_item(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        "请王强发言。\n请李明发言。\n其他代表也请踊跃发言。\n",
        "请王强发言。\n请李明发言。\n其余同志也请积极发言。\n",
    ],
)
def test_the_others_after_the_named_take_their_own_turn(lines: str) -> None:
    """其他代表也请踊跃发言 after named turns: the others' turn; 踊跃 is how, no one's name."""
    assert _turns_in_one_item(lines) == ["王强", "李明", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "年会主持词\n王琳：各位同事，晚上好！\n张浩：欢迎大家！\n"
            "王琳：首先进入第一个环节，有请董事长陈刚先生致辞！\n"
            "张浩：接下来进入第二个环节，有请总经理孙丽女士作年度总结。\n王琳：年会到此结束。\n",
            [["陈刚"], ["孙丽"]],
        ),
        (
            "联欢会主持词\n李雪: 老师们，同学们，大家好！\n周航: 联欢会现在开始！\n"
            "李雪: 下面进行第一项，请校长王强致辞。\n周航: 下面进行第二项，请学生代表刘洋发言。\n"
            "李雪: 联欢会到此结束。\n",
            [["王强"], ["刘洋"]],
        ),
        (
            "表彰会主持稿\n欧阳晴：各位来宾，大家好！\n司马远：欢迎各位光临。\n"
            "欧阳晴：大会第一项，请县长赵平讲话。\n司马远：大会第二项，请局长吴江宣读表彰决定。\n"
            "欧阳晴：大会到此结束。\n",
            [["赵平"], ["吴江"]],
        ),
        (
            "年度盛典 主持稿\n许诺:各位同事,晚上好!\n骆一帆:欢迎大家!\n"
            "许诺:今晚共有两个环节:一、领导致辞;二、颁奖.\n"
            "骆一帆:首先进入第一个环节,有请CEO 冯启航先生致辞!\n"
            "许诺:接下来进入第二个环节,有请副总裁 邓敏女士为获奖者颁奖!\n骆一帆:晚会到此结束!\n",
            [["冯启航"], ["邓敏"]],
        ),
    ],
)
def test_hosts_labelled_by_their_own_names(text: str, expected) -> None:
    """王琳：… / 张浩：…: two hosts by name, as 甲：/乙：; the words after the label announce."""
    assert [[c.name for c in i.speakers] for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "座谈会主持词\n同志们：\n会议安排这样几项：一是通报县法院工作情况；二是代表发言。\n"
            "首先，请副院长和建英同志通报全院工作情况。\n现在第二项，请大家发言。\n散会。\n",
            ["通报县法院工作情况", "代表发言"],
        ),
        (
            "座谈会主持词\n同志们：\n今天安排了以下两项：一是听取区长工作报告；二是讨论。\n"
            "首先请区长王强同志作报告。\n（报告毕）\n会议进行第二项，请大家讨论发言。\n散会。\n",
            ["听取区长工作报告", "讨论"],
        ),
        (
            "会议主持词\n同志们：\n今天的会议主要有三项内容：1、传达上级会议精神；2、部署工作；3、书记讲话。\n"
            "首先，由副书记刘洋同志传达省委全会精神。\n现在进行第二项，请副县长周明部署工作。\n"
            "现在进行第三项，请书记吴江讲话。\n散会。\n",
            ["传达上级会议精神", "部署工作", "书记讲话"],
        ),
    ],
)
def test_an_item_run_as_shouxian_takes_the_overviews_name(text: str, titles) -> None:
    """会议安排这样几项：一是通报…；… 首先，请…通报…: item 1 is run without its number; its
    title is the overview's name."""
    assert [i.title for i in parse(text).items] == titles


_FORUM = "论坛主持词\n各位来宾：\n论坛第一项，请市长李明致辞。\n论坛第二项，请院士张华作报告。\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _FORUM
            + "接下来进入自由交流环节。\n请企业家王强发言。\n请教授刘芳发言。\n论坛到此结束。\n",
            ("自由交流环节", ["王强", "刘芳"]),
        ),
        (
            _FORUM + "下面进入互动问答环节，请王教授回答提问。\n论坛到此结束。\n",
            ("互动问答环节", ["王教授"]),
        ),
        (
            _FORUM + "现在转入分组讨论阶段。请一组组长刘洋汇报讨论情况。\n论坛到此结束。\n",
            ("分组讨论阶段", ["刘洋"]),
        ),
        (
            "開幕式主持稿\n各位嘉賓：\n今天上午的開幕式共有兩項議程，之後進入主旨演講環節。\n"
            "開幕式第一項，請校長鍾啟明教授致開幕辭。\n開幕式第二項，請理事長林文卿醫師致辭。\n"
            "接下來進入主旨演講環節，每位演講嘉賓時間為25分鐘。\n"
            "首先有請研究員貝毓敏作主旨演講。\n下面有請教授蕭仲謙先生作主旨演講。\n上午的議程到此結束。\n",
            ("主旨演講環節", ["貝毓敏", "蕭仲謙"]),
        ),
    ],
)
def test_a_part_entered_after_the_last_item_is_one_more(text: str, expected) -> None:
    """接下来进入主旨演讲环节 after the numbered items, with turns of its own: one more item."""
    items = parse(text).items
    assert len(items) == 3
    assert (items[2].title, [c.name for c in items[2].speakers]) == expected


def test_a_part_of_the_last_item_stays_in_it() -> None:
    """大会进行第二项，颁奖。下面进入颁奖环节。: the last item's own part; no turns, no part."""
    text = (
        "大会主持词\n同志们：\n大会进行第一项，请县长王强讲话。\n大会进行第二项，颁奖。下面进入颁奖环节。\n"
        "请县长赵平为获奖者颁奖。\n大会到此结束。\n"
    )
    assert [i.title for i in parse(text).items] == ["县长讲话", "颁奖"]
    assert len(parse(_FORUM + "接下来进入茶歇环节。\n论坛到此结束。\n").items) == 2


@pytest.mark.parametrize(
    "tags",
    [
        ["开场", "第一篇章  坚守", "第二篇章  大爱", "结束"],
        ["序幕", "颁奖", "领导讲话"],
        ["开场白", "第一乐章 奋斗", "第二乐章 收获", "尾声"],
    ],
)
def test_sections_named_in_brackets_are_the_items(tags: list[str]) -> None:
    """【开场】 / 【第一篇章  坚守】 / 【结束】 on lines of their own and no overview: the sections."""
    body = "".join(f"【{t}】\n有请嘉宾代表王强发言。\n" for t in tags)
    text = "颁奖典礼主持词\n" + body + "典礼到此结束。\n"
    assert [i.title for i in parse(text).items] == tags


@pytest.mark.parametrize(
    ("sentence", "name", "role", "kind"),
    [
        (
            "有请邢桂花阿姨上台！为她颁奖的是市慈善总会会长柯振强！",
            "柯振强",
            "市慈善总会会长",
            "action",
        ),
        ("为他们颁奖的是县长赵平。", "赵平", "县长", "action"),
        ("为获奖者颁发证书的是董事长陈刚先生。", "陈刚", "董事长", "action"),
        ("作主旨演讲的是中科院院士王华教授。", "王华", "中科院院士、教授", "speech"),
        ("宣读表彰决定的是办公室主任李红同志。", "李红", "办公室主任", "action"),
    ],
)
def test_the_act_told_first_then_who_does_it(sentence: str, name, role, kind) -> None:
    """为她颁奖的是市慈善总会会长柯振强: the act first, the one who does it after 的是."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (name, role, kind)
    assert find_cue(normalise("今天发言的是大家。")) is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("这里是2025年度“感动临川”十大人物颁奖典礼的现场——临川大剧院。", "临川大剧院"),
        ("这里是新春联欢晚会的现场，市文化中心大剧场。", "市文化中心大剧场"),
        ("这里是第十届读书节的主会场——市图书馆报告厅！", "市图书馆报告厅"),
    ],
)
def test_here_is_the_scene_names_the_place(sentence: str, place: str) -> None:
    """这里是…的现场——临川大剧院: where the event is held."""
    text = f"典礼主持词\n各位来宾：\n{sentence}\n典礼进行第一项，请校长王强讲话。\n典礼到此结束。\n"
    assert parse(text).place == place


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("有请校长雷振华为老师们颁发证书，请学生代表为老师们献花。\n", ["雷振华"]),
        ("有请县长赵平为劳模颁奖，请少先队员为劳模献花。\n", ["赵平"]),
        ("请董事长陈刚为新员工授牌，请礼仪人员为他们佩戴绶带。\n", ["陈刚"]),
        ("有请县长赵平为劳模颁奖。\n（颁奖）\n请各位领导为先进集体颁奖。\n", ["赵平", None]),
        (
            "请教导处主任任志远宣读名单。请受表彰同学上台，请各位领导为他们颁奖。\n",
            ["任志远", None],
        ),
    ],
)
def test_flowers_alongside_a_named_act_are_no_step(lines: str, expected) -> None:
    """…为老师们颁发证书，请学生代表为老师们献花: flowers added to his act in the same breath;
    the leaders' own act after a reading is a step of its own."""
    text = "表彰大会主持词\n同志们：\n大会进行第一项，颁奖。\n" + lines + "大会到此结束。\n"
    assert [c.name for i in parse(text).items for c in i.speakers] == expected


@pytest.mark.parametrize(
    "lines",
    [
        "下面，采用无记名投票方式进行表决。请监票人检查票箱。\n（写票）\n",
        "请工作人员分发表决票。\n（分发表决票、写票、投票）\n",
        "现在以无记名投票方式表决。\n（投票）\n",
        "下面开始投票。\n（写票、投票、计票）\n",
    ],
)
def test_a_ballot_however_told_is_the_items_vote(lines: str) -> None:
    """采用无记名投票方式进行表决 / （分发表决票、写票、投票）: the item's ballot, one vote."""
    text = (
        "职代会主持词\n各位代表：\n大会进行第一项，审议表决《绩效方案（修订稿）》。\n"
        + lines
        + "大会进行第二项，请院长王强讲话。\n大会到此结束。\n"
    )
    votes = [
        sum(1 for s in i.steps if getattr(s, "kind", None) == "vote") for i in parse(text).items
    ]
    assert votes == [1, 0]


def test_a_partner_is_a_post_and_a_party_school_a_place() -> None:
    """高级合伙人晏子谦律师 / 在市委党校举办: 合伙人 is a post before a name; 党校 is where."""
    cue = find_cue(normalise("有请恒朴律师事务所主任、高级合伙人晏子谦律师致辞！"))
    assert cue is not None and cue.name == "晏子谦"
    text = (
        "培训班开班式主持词\n各位学员：\n市卫生健康委决定在市委党校举办为期五天的培训班。\n"
        "下面进行第一项，请副校长郝建平同志致欢迎辞。\n开班式到此结束。\n"
    )
    assert parse(text).place == "市委党校"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "首先请“十佳乡村医生”、龙潭县白岩村卫生室乡村医生杜福生发言。",
            "杜福生",
            "龙潭县白岩村卫生室乡村医生",
        ),
        ("请市二医院儿科医生刘佳发言。", "刘佳", "市二医院儿科医生"),
        ("请毕业生代表李想发言。", "李想", "毕业生代表"),
    ],
)
def test_a_doctor_is_a_post_a_student_a_kind_of_person(sentence: str, name, role) -> None:
    """乡村医生杜福生: 医生 is the job, kept as the role; 毕业生 is a kind of person."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "述职顺序为：\n第一位，财务科科长潘志远；\n第二位，后勤科科长谢玲。\n"
            "首先请潘志远同志述职。\n（述职）\n请谢玲同志述职。\n",
            [("潘志远", "财务科科长"), ("谢玲", "后勤科科长")],
        ),
        (
            "发言顺序如下：\n1. 县农业局局长覃永刚；\n2. 白马镇党委书记熊晓梅。\n"
            "请覃永刚同志发言。\n（发言）\n请熊晓梅同志发言。\n",
            [("覃永刚", "县农业局局长"), ("熊晓梅", "白马镇党委书记")],
        ),
        (
            "按抽签顺序，\n1号，东坪村党支部书记吴德厚；\n2号，石门村党总支书记杨柳青。\n"
            "下面请吴德厚同志述职。\n（述职）\n请杨柳青同志述职。\n",
            [("吴德厚", None), ("杨柳青", "石门村党总支书记")],
        ),
    ],
)
def test_an_order_listed_ahead_then_each_invited(lines: str, expected) -> None:
    """1号，…吴德厚； … 请吴德厚同志述职: the list tells the order; each turn is taken when the
    person is invited, with the post the list gave."""
    text = "述职会主持词\n同志们：\n会议进行第一项，述职。\n" + lines + "散会。\n"
    assert [(c.name, c.role) for i in parse(text).items for c in i.speakers] == expected


def test_giving_a_card_to_those_called_up_is_an_act() -> None:
    """由支部书记为他们赠送政治生日贺卡: 赠送 is an act by the one named (here by post)."""
    cue = find_cue(normalise("请本季度过政治生日的党员上台，由支部书记为他们赠送政治生日贺卡。"))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (None, "支部书记", "action")


@pytest.mark.parametrize(
    "plan",
    [
        "先说一下今天的安排：先请社区书记介绍情况，再请居民代表发言，最后请街道分管领导讲几句。",
        "今天的议程安排是：首先请王局长通报情况，然后请各村发言，最后请李书记讲话。",
        "会议的安排如下：先由张主任作报告，再请居民代表发言，最后请书记讲话。",
    ],
)
def test_a_plan_told_ahead_gives_no_turns(plan: str) -> None:
    """今天的安排：先请…，再请…，最后请…: the plan in one sentence; the turns come when invited."""
    text = (
        f"议事会主持词\n各位同志：\n{plan}\n首先，请社区党委书记龚丽华介绍情况。\n（介绍）\n"
        "下面请居民代表王强发言。\n（发言）\n最后，请街道办副主任彭海涛讲几句。\n散会。\n"
    )
    assert [[c.name for c in i.speakers] for i in parse(text).items] == [
        ["龚丽华"],
        ["王强"],
        ["彭海涛"],
    ]


@pytest.mark.parametrize(
    ("a", "b"), [("主持人（男）：", "主持人（女）："), ("主持人(甲):", "主持人(乙):")]
)
def test_a_host_named_with_a_bracket(a: str, b: str) -> None:
    """主持人（男）：首先，… / 主持人(乙):下面请…: which host reads, then the words that move on."""
    text = (
        f"年会主持词\n{a}尊敬的各位领导，亲爱的同事们，\n{b}大家下午好！\n"
        f"{a}首先，让我们以热烈的掌声有请董事长温建国致辞！\n（致辞）\n"
        f"{b}谢谢董事长！下面请总经理范思哲作年度工作总结。\n（总结）\n"
        f"{a}最后，请获奖员工代表、研发部工程师郝志鹏发表获奖感言。\n{b}大会到此结束！\n"
    )
    assert [[c.name for c in i.speakers] for i in parse(text).items] == [
        ["温建国"],
        ["范思哲"],
        ["郝志鹏"],
    ]


# --- turns a careful reader counts: variants of the mechanisms fresh scripts failed on ---------


def _turns_of(body: str) -> list[list[tuple[str, str | None]]]:
    """(kind, name) of every turn, item by item, of a short script around `body`."""
    meeting = parse(f"工作会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    return [[(c.kind, c.name) for c in item.speakers] for item in meeting.items]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "进行第一项，交流发言。请三位村党组织书记作交流发言，每人发言6分钟。\n"
            "首先请茶园村党支部书记田茂林同志发言；\n其次请白岩社区党委书记向春花同志发言。",
            [[("speech", "田茂林"), ("speech", "向春花")]],
        ),
        (
            "进行第一项，交流发言。下面，请以下两个单位作交流发言：\n"
            "1.县教育局局长张明同志；\n2.县卫健局局长李红同志。",
            [[("speech", "张明"), ("speech", "李红")]],
        ),
        (
            "进行第一项，代表发言。我们请一位家长和一位同学谈谈体会。\n"
            "先请王小明同学的妈妈发言。\n再请学生代表刘洋同学发言。",
            [[("speech", None), ("speech", "刘洋")]],
        ),
        (
            "进行第一项，请两位新党员代表发言。\n请第一党支部党员陈晓同志发言。\n"
            "请第二党支部党员郑伟同志发言。",
            [[("speech", "陈晓"), ("speech", "郑伟")]],
        ),
        (
            "进行第一项，家长分享。今天请两位家长和大家分享。\n先请李雷同学的爸爸，他是一名医生。\n"
            "再请韩梅梅同学的妈妈刘芳女士分享。",
            [[("speech", None), ("speech", "刘芳")]],
        ),
        (
            "进行第一项，请几位村委会主任汇报。\n请东村村委会主任赵强汇报。\n"
            "请西村村委会主任钱进汇报。",
            [[("speech", "赵强"), ("speech", "钱进")]],
        ),
        (
            "进行第一项，交流发言。下面，请3家单位作交流发言，每家单位发言时间控制在5分钟。\n"
            "1、请东港区管理站站长殷少华同志发言；\n2、请码头公司副总经理景志伟同志发言。",
            [[("speech", "殷少华"), ("speech", "景志伟")]],
        ),
        (
            "进行第一项，下面请两家企业代表发言。\n首先请星海公司总经理王刚发言。\n"
            "接下来请蓝天公司董事长李明发言。",
            [[("speech", "王刚"), ("speech", "李明")]],
        ),
        (
            "进行第一项，请几家合作社谈谈体会。\n先请青山合作社理事长赵强谈一谈。\n"
            "再请绿水合作社理事长钱进同志发言。",
            [[("speech", "赵强"), ("speech", "钱进")]],
        ),
    ],
)
def test_a_group_known_by_its_count_only_announces_the_turns_of(body: str, expected) -> None:
    """请三位村党组织书记…发言 / 请以下两个单位…: a count makes the line a group's, whatever
    words a name could be cut from; the named turns after it are the turns."""
    assert _turns_of(body) == expected


@pytest.mark.parametrize(
    "line",
    [
        "下面休会，各代表团分别进行讨论。",
        "请各位家长到孩子所在班级教室，由班主任和任课教师与家长进行交流。",
        "刚才，各代表团分别进行了认真讨论，代表们一致认为报告实事求是。",
        "请各位家长按照门口的指示牌，到孩子所在班级的教室，与班主任老师进行交流。离开时请在签到表上签字。",
        "现在休会，各小组分别到指定地点审议。",
    ],
)
def test_the_room_going_elsewhere_or_looking_back_is_no_turn(line: str) -> None:
    """休会，各代表团分别讨论 / 到…教室，由班主任…交流 / 刚才…进行了讨论 / 请在签到表上签字:
    the room splits up or leaves, a discussion already held, paperwork: nobody's turn here."""
    body = f"进行第一项，请张明同志讲话。\n进行第二项，分组交流。\n{line}"
    assert _turns_of(body) == [[("speech", "张明")], []]


@pytest.mark.parametrize(
    "line",
    [
        "其他同志有什么想说的，可以自由发言。",
        "其他几位企业家如果有补充，也可以接着讲。",
        "下面，其他同志还有什么想法和建议，可以自由发言。",
        "其余代表如有意见，也可以谈一谈。",
        "谢谢几位的发言!下面,其他同志还有什么想法和建议,可以自由发言.",
        "还有哪位代表想说的，可以举手发言。",
        "大家还有什么要补充的，也可以自由发言。",
        "其他同志如有不同意见，请举手发言。",
        "剩下的时间留给大家，欢迎自由发言。",
        "其余同志可以结合自身实际谈谈体会。",
    ],
)
def test_the_others_invited_to_speak_freely_after_the_named_is_a_turn(line: str) -> None:
    """…请李四同志发言。其他同志有什么想说的，可以自由发言。: the floor opened to the rest."""
    body = f"进行第一项，座谈发言。先请退休教师张三同志谈一谈。\n请李四同志发言。\n{line}"
    assert _turns_of(body) == [[("speech", "张三"), ("speech", "李四"), ("speech", None)]]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("听取县审计局局长温建华同志受县人民政府委托所作的审计工作报告。", "温建华"),
        ("听取市中级人民法院院长阎卫东同志关于行政审判工作情况的报告。", "阎卫东"),
        ("听取市民政局局长吴海燕同志所作的关于养老服务体系建设情况的报告。", "吴海燕"),
        ("听取县教育局局长刘洋同志作的义务教育均衡发展情况汇报。", "刘洋"),
        (
            "请县自然资源局局长胡立新同志受县人民政府委托，就《国土空间总体规划（草案）》作说明。",
            "胡立新",
        ),
    ],
)
def test_hearing_a_named_persons_report_is_that_persons_turn(line: str, name: str) -> None:
    """听取局长温建华同志…所作的…报告: the item hears the named person's report, a turn."""
    assert _turns_of(f"会议进行第一项，{line}报告时间20分钟。\n（报告毕）") == [[("speech", name)]]


@pytest.mark.parametrize(
    "line",
    [
        "请被点到名字的同志依次上台签字。",
        "请各单位负责人依次上台签字。",
        "请各村书记按顺序上台签署。",
    ],
)
def test_a_group_signing_after_the_named_one_is_the_same_act(line: str) -> None:
    """请镇长…与各村签订责任书。请被点到名字的同志依次上台签字。: the other side of his act."""
    body = f"进行第一项，签订责任书。请镇长付卫国同志代表镇政府与各村负责人签订责任书。{line}"
    assert _turns_of(body) == [[("action", "付卫国")]]


@pytest.mark.parametrize(
    "points",
    [
        "第一，请各位委员会后深入选区开展调研，广泛收集群众意见。\n第二，请各专门委员会做好准备。",
        "第一，请各代表团会后认真组织学习。第二，请各位代表把会议精神带回去。",
        "第三，请市人民政府及有关部门的负责同志到各组听取意见，回答询问。",
        "第一、请各科室负责同志抓好落实；第二、请办公室做好督查。",
    ],
)
def test_points_of_the_chairs_own_remarks_give_no_turn(points: str) -> None:
    """第一，请各位委员会后…: numbered points in the chair's closing words ask the room to act
    later; they are no one's turn."""
    body = f"会议进行第一项，请主任张明同志讲话。\n（讲话毕）\n下面，我再强调几点：\n{points}"
    assert _turns_of(body) == [[("speech", "张明")]]


@pytest.mark.parametrize(
    ("head", "marks"),
    [
        ("会议议程有三项：", ("（1）", "（2）", "（3）")),
        ("会议议程如下：", ("1、", "2、", "3、")),
        ("今天的会议共有三项议程：", ("（一）", "（二）", "（三）")),
        ("议程有：", ("1.", "2.", "3.")),
    ],
)
def test_an_overview_entry_that_asks_someone_is_no_turn(head: str, marks: tuple) -> None:
    """会议议程有三项：（1）…（3）请镇领导讲话。: the list tells the agenda; the request in its
    last entry is the item, taken when the item comes, not a turn in the opening."""
    a, b, c = marks
    text = (
        f"社员代表大会主持词\n同志们：\n{head}\n{a}听取工作报告；\n{b}审议财务报告；\n"
        f"{c}请镇领导讲话。\n下面进行第一项议程，请理事长张明同志作工作报告。\n"
        "下面进行第二项议程，请会计李红同志作财务报告。\n"
        "下面进行第三项议程，请镇党委书记王强同志讲话。\n散会。\n"
    )
    meeting = parse(text)
    assert [s for s in meeting.opening if isinstance(s, SpeakerCue)] == []
    assert [[c.name for c in i.speakers] for i in meeting.items] == [["张明"], ["李红"], ["王强"]]


@pytest.mark.parametrize(
    "marks", [("（一）", "（二）"), ("(1)", "(2)"), ("1.", "2."), ("1、", "2、")]
)
def test_numbered_people_under_a_groups_line_are_its_turns(marks: tuple) -> None:
    """请两位科室主任代表作表态发言。（一）…钱永福同志表态发言；（二）…: each numbered line
    naming a person is a turn, whatever the numbering; the group's line only announces them."""
    a, b = marks
    body = (
        "进行第一项，表态发言。下面，请两位科室主任代表作表态发言。\n"
        f"{a}针灸推拿科主任钱永福同志表态发言；\n{b}骨伤科主任解春生同志表态发言。\n"
        "进行第二项，请院长柯文辉同志讲话。"
    )
    assert _turns_of(body) == [[("speech", "钱永福"), ("speech", "解春生")], [("speech", "柯文辉")]]


@pytest.mark.parametrize(
    "line",
    [
        "请出席仪式的各位领导和嘉宾移步至奠基区，为奠基石培土。\n请礼仪人员引导。",
        "请参加今天活动的全体领导上台，共同启动开工按钮。",
        "请受邀出席的各位嘉宾移步主席台，为新大楼揭牌。\n请工作人员引导。",
    ],
)
def test_a_group_told_by_a_clause_acting_together_is_one_step(line: str) -> None:
    """请出席仪式的各位领导和嘉宾…为奠基石培土: the people are a group whatever clause tells
    who they are; the staff who lead them there take no step."""
    body = f"仪式进行第一项，请薛朝阳副州长宣布开工。\n仪式进行第二项，奠基。{line}"
    assert _turns_of(body) == [[("action", "薛朝阳")], [("action", None)]]


@pytest.mark.parametrize(
    ("who", "name", "role"),
    [
        ("薛朝阳副州长", "薛朝阳", "副州长"),
        ("王明州长", "王明", "州长"),
        ("刘强副旗长", "刘强", "副旗长"),
    ],
)
def test_the_head_of_any_administrative_unit_is_a_post(who: str, name: str, role: str) -> None:
    """…县长, …州长, …旗长: the head of a unit of government, whichever unit."""
    assert split_name(who) == (name, role)


@pytest.mark.parametrize(
    "told",
    [
        "按以下程序进行：（1）申请人汇报；（2）入党介绍人介绍情况；（3）与会党员进行充分讨论；（4）表决。",
        "会议的步骤如下：1、候选人作表态发言；2、与会代表依次发言；3、投票。",
        "今天的流程是：一是请申请人汇报，二是请介绍人介绍，三是与会党员讨论。",
    ],
)
def test_a_procedure_told_ahead_gives_no_turns(told: str) -> None:
    """按以下程序进行：（1）…（3）与会党员进行充分讨论；…: the procedure in one sentence; the
    turns come when each is invited."""
    body = f"{told}\n第一项，请申请人伍晓燕同志汇报。\n第二项，请入党介绍人梅春生同志介绍情况。"
    meeting = parse(f"支部党员大会主持词\n同志们：\n{body}\n散会。\n")
    assert [s for s in meeting.opening if isinstance(s, SpeakerCue)] == []
    assert [[(c.name, c.role) for c in i.speakers] for i in meeting.items] == [
        [("伍晓燕", "申请人")],
        [("梅春生", "入党介绍人")],
    ]


@pytest.mark.parametrize(
    ("line", "then", "expected"),
    [
        ("请大家讨论，每人讲话不超过3分钟。\n（讨论）", "", [("speech", None)]),
        ("请各位代表审议，每人发言控制在5分钟以内。", "", [("speech", None)]),
        (
            "请与会党员对伍晓燕同志能否入党进行讨论，发表意见。\n（讨论）",
            "请伍晓燕同志对大家的意见表个态。",
            [("speech", None), ("speech", "伍晓燕")],
        ),
        (
            "请各位委员对张明同志的述职进行评议，发表意见。",
            "请张明同志作表态发言。",
            [("speech", None), ("speech", "张明")],
        ),
        ("下面请各位委员结合分管工作谈一谈贯彻意见。（讨论）", "", []),
    ],
)
def test_the_room_discussing_and_the_one_it_discusses(line: str, then: str, expected) -> None:
    """请大家讨论，每人讲话不超过3分钟: a discussion whose speakers are timed is the room's turn
    (with （讨论） alone it is the room talking it over); the one the room talks about answering
    after it is no member of the group, a turn of its own."""
    assert _turns_of(f"进行第一项，讨论。{line}\n{then}") == [expected]


@pytest.mark.parametrize(
    ("turn", "after"),
    [
        (
            "请镇人大副主席罗建新同志介绍候选人提名情况。（介绍）",
            "请工作人员分发选票。请代表们开始写票。",
        ),
        ("请县人大常委会副主任张明同志作说明。（说明）", "下面请监票人检查票箱。现在开始投票。"),
        ("请秘书长李红同志宣读候选人名单。（宣读）", "请工作人员分发选票，请代表们检查选票。"),
    ],
)
def test_a_stage_direction_naming_the_turn_closes_it(turn: str, after: str) -> None:
    """…罗建新同志介绍…。（介绍）请工作人员分发选票。…: on one line, the direction that names
    the turn just invited ends it; the ballot after it does not swallow the turn."""
    ballot = "如有问题请举手示意。赞成的画“○”，反对的画“×”，弃权的不画任何符号。"
    meeting = parse(
        f"选举大会主持词\n各位代表：\n大会进行第一项，选举。{turn}{after}{ballot}\n散会。\n"
    )
    assert [len(i.speakers) for i in meeting.items] == [1]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("有请COO秦雨带我们回顾公司的2025。", "秦雨", "speech"),
        ("请办公室主任李华带大家一起了解新制度。", "李华", "speech"),
        ("下面有请项目经理张伟带领大家走进智慧工地。", "张伟", "speech"),
        ("请党支部书记王刚同志带领大家重温入党誓词。", "王刚", "action"),
    ],
)
def test_leading_the_room_through_something_is_a_talk(sentence: str, name: str, kind: str) -> None:
    """有请COO秦雨带我们回顾…: the one who takes the room through a review talks (重温 an oath
    stays the act it is)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.kind) == (name, kind)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请护理部主任宁小娟同志点燃蜡烛，并将烛光传递给各位护士长。", "宁小娟"),
        ("请校长王明同志敲响开学钟声。", "王明"),
        ("请村党支部书记李强同志升起村旗。", "李强"),
        ("请总工程师赵磊先生按动开工按钮。", "赵磊"),
        ("请组织委员滕小兰同志和党员代表罗伟同志计票。", None),
        ("请张三同志到前排就座。", None),
        ("请李四同志做好准备。", None),
        ("请大家审查局长苗立新同志所作的报告。", None),
        ("请办公室主任张三同志把材料交给工作人员。", None),
        ("请秘书长李四同志陪同领导参观。", None),
    ],
)
def test_a_named_person_asked_to_act_is_a_step(sentence: str, name: str | None) -> None:
    """请…宁小娟同志点燃蜡烛…: a named person asked to do something, whatever the verb, is that
    person's act; moving to a seat, getting ready, the tellers' count and the room are not."""
    cue = find_cue(normalise(sentence))
    got = (cue.name, cue.kind) if cue else None
    assert got == ((name, "action") if name else None)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请县就业服务中心主任樊丽女士讲话。", "樊丽"),
        ("请市就业局局长王强同志发言。", "王强"),
        ("请区退役军人就业创业指导中心主任刘敏讲话。", "刘敏"),
        ("请李明同志就安全生产工作讲话。", "李明"),
        ("请刑事审判庭员额法官何志远同志发言。", "何志远"),
        ("请市人民检察院检察官张华同志发言。", "张华"),
    ],
)
def test_a_word_that_ends_a_name_only_as_a_word_of_its_own(sentence: str, name: str) -> None:
    """县就业服务中心主任樊丽: 就 ends the words naming someone as 就 (就…讲话), not inside
    就业; 法官 and 检察官 are posts as 局长 is."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "进行第一项，经验分享。有请三名优秀学生代表分享学习经验。\n"
            "第一位是高三（1）班的王小明同学。\n第二位是高二（3）班的李华同学。",
            [["王小明", "李华"]],
        ),
        (
            "进行第一项，交流发言。请以下同志作交流发言：\n①县教育局局长张明同志；\n②县卫健局局长李红同志。",
            [["张明", "李红"]],
        ),
        (
            "进行第一项，交流发言。请以下同志作交流发言：\n一是县教育局局长张明同志；\n二是县卫健局局长李红同志。",
            [["张明", "李红"]],
        ),
        (
            "进行第一项，交流发言。下面请来自基层的四位同志作交流发言。\n"
            "首先请东村党支部书记赵强同志发言。\n接着请西村党组织书记钱进同志发言。",
            [["赵强", "钱进"]],
        ),
        (
            "进行第一项，家长发言。下面请两位家长谈谈育儿心得。\n首先请张小雨同学的爸爸，他是一名消防员。\n"
            "然后请王悦同学的妈妈李娜女士发言。",
            [[None, "李娜"]],
        ),
    ],
)
def test_a_run_of_turns_in_other_words(body: str, expected) -> None:
    """第一位是高三（1）班的王小明同学 / ①… / 一是…: the next person in order, however the list is
    numbered and whatever class or office comes before the name; 党组织 is no one's name."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


def test_a_party_organisation_before_a_post_is_no_name() -> None:
    assert split_name("村（社区）党组织书记") == (None, "村（社区）党组织书记")


# --- a nameless turn kept before named ones: check asks the chair ------------------------


def _asked(text: str) -> list[int]:
    return [d.line for d in parse(text).decisions if d.what == "group_kept"]


def test_a_nameless_turn_before_named_ones_is_asked_about() -> None:
    """Kept or not, it is where fresh scripts are most often miscounted: check names its line."""
    text = (
        "会议主持词\n"
        "会议共有两项议程。\n"
        "会议进行第一项，请主任讲话。\n"
        "会议进行第二项议程，请上级党组织领导讲话。\n"
        "首先，请市委组织部副部长辛海峰同志讲话。\n"
        "下面，请市委组织部组织科科长龙佳同志讲话。\n"
        "会议到此结束。\n"
    )
    meeting = parse(text)
    # In the item's own announcement, before two named turns: it titles the item, not asked.
    assert [c.name for c in meeting.items[1].speakers] == ["辛海峰", "龙佳"]
    assert _asked(text) == []
    apart = text.replace("请上级党组织领导讲话。\n", "上级领导讲话。\n请上级党组织领导讲话。\n")
    # On a line of its own after the announcement: still counted, and check asks on its line.
    assert [c.name for c in parse(apart).items[1].speakers] == [None, "辛海峰", "龙佳"]
    assert _asked(apart) == [5]


def test_a_nameless_turn_after_named_ones_is_not_asked_about() -> None:
    """请张三发言。其他同志自由发言。: the others' turn after the named one is a turn of its own."""
    text = (
        "会议主持词\n"
        "会议进行第一项，请办公室主任张三同志发言。\n"
        "其他同志可以自由发言。\n"
        "会议进行第二项，请局长李四同志讲话。\n"
        "会议到此结束。\n"
    )
    assert _asked(text) == []


def test_a_masked_name_before_a_named_turn_is_asked_about() -> None:
    """请XX同志发言 before a named turn: the chair fills the name or strikes the turn."""
    text = (
        "会议主持词\n"
        "会议进行第一项，请XX同志发言。\n"
        "请办公室主任张三同志发言。\n"
        "会议进行第二项，请局长李四同志讲话。\n"
        "会议到此结束。\n"
    )
    meeting = parse(text)
    assert [c.name for c in meeting.items[0].speakers] == [None, "张三"]
    assert _asked(text) == [2]


# --- items announced in other words (fresh sets 15xx/16xx) ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "典礼进行第一项，请张明校长致辞。\n下面是最激动人心的时刻——典礼进行第二项：颁奖！请李华书记为获奖者颁奖。",
            [["张明"], ["李华"]],
        ),
        (
            "会议共有两项议程，首先进行第一项：请县长王刚讲话。\n会议进行第二项，请书记李强讲话。",
            [["王刚"], ["李强"]],
        ),
        (
            "大会有三项议程，下面进行第一项，请张三同志作报告。\n进行第二项，请李四同志发言。\n进行第三项，请王五同志讲话。",
            [["张三"], ["李四"], ["王五"]],
        ),
        (
            "仪式进行第一项，请王刚县长致辞。\n激动人心的一刻到了——仪式进行第二项，揭牌！有请王刚县长、李强书记为基地揭牌。",
            [["王刚"], ["王刚"]],
        ),
        (
            "本次活动共有两个环节，先进行第一个环节：请馆长赵敏介绍展厅。\n进入第二个环节，请局长钱进讲话。",
            [["赵敏"], ["钱进"]],
        ),
    ],
)
def test_an_item_announced_inside_a_sentence(body: str, expected) -> None:
    """最激动人心的时刻——典礼进行第二项 / 共有两项议程，首先进行第一项: an item announced after
    a dash, or after an overview with no list of its own, starts where it is announced."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "本次培训安排三个专题讲座。\n"
            "第一讲，请处长朗东研究员解读修订要点，时间大约40分钟。\n"
            "第二讲，我们邀请到了财政厅的苑梅副处长，为大家讲授预算调剂。\n"
            "第三讲，请副处长简俊同志介绍报销系统。",
            [["朗东"], ["苑梅"], ["简俊"]],
        ),
        ("第一讲：请张三教授讲授党史。\n第二讲：请李四教授讲授党建。", [["张三"], ["李四"]]),
        (
            "今天的报告会分两个部分。\n第一部分，请市委党校王刚教授作专题辅导。\n第二部分，请局长李强同志作总结讲话。",
            [["王刚"], ["李强"]],
        ),
        (
            "下面进行第一讲，请张三教授授课。\n下面进行第二讲，请李四教授授课。",
            [["张三"], ["李四"]],
        ),
        (
            "第一单元，请王刚老师讲授安全知识。\n第二单元，请李强老师讲授急救知识。",
            [["王刚"], ["李强"]],
        ),
    ],
)
def test_other_counters_number_items(body: str, expected) -> None:
    """第一讲 / 第一部分 / 第一单元: a part of the meeting numbered with another counter is an
    item, as 第一项 is."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "开班式有四项内容。\n"
            "首先，请副主任金成哲同志作动员讲话。\n"
            "第二，请院长李振宇同志致欢迎辞。\n"
            "第三，请主任韩旭同志作说明。\n"
            "第四，请学员代表王英爱同志发言。",
            [["金成哲"], ["李振宇"], ["韩旭"], ["王英爱"]],
        ),
        (
            "今天的会议有三项议程。\n第一，请局长王刚同志通报情况。\n第二，请副局长李强同志部署工作。\n第三，请书记赵敏同志讲话。",
            [["王刚"], ["李强"], ["赵敏"]],
        ),
        (
            "会议共三项内容：第一，请王刚同志传达文件；第二，请李强同志讲话；第三，请赵敏同志总结。\n"
            "第一，请王刚同志传达文件。\n"
            "第二，请李强同志讲话。\n"
            "第三，请赵敏同志总结。",
            [["王刚"], ["李强"], ["赵敏"]],
        ),
        (
            "今天的会有两项议程。首先，请王刚同志作报告。其次，请李强同志讲话。",
            [["王刚"], ["李强"]],
        ),
    ],
)
def test_ordinals_that_each_open_a_turn_are_steps(body: str, expected) -> None:
    """首先，请…；第二，请…；第三，请…: ordinals that each open a turn move the meeting on, as
    接下来 does; they are the items, not a list of them, even right under the overview."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "仪式共有四项。\n"
            "首先，有请区长黄惠珍同志致辞。\n"
            "接下来，请代表刘晓峰同志发言。\n"
            "现在进行揭牌。有请侯振宇局长为中心揭牌！\n"
            "最后一项，有请侯振宇局长宣布基地启用。",
            [["黄惠珍"], ["刘晓峰"], ["侯振宇"], ["侯振宇"]],
        ),
        (
            "会议有三项议程。\n首先，请王刚同志讲话。\n接着，请李强同志发言。\n最后一项，请赵敏书记讲话。",
            [["王刚"], ["李强"], ["赵敏"]],
        ),
        (
            "首先，请王刚同志讲话。\n下面，请李强同志发言。\n最后一项议程，请赵敏书记作总结讲话。",
            [["王刚"], ["李强"], ["赵敏"]],
        ),
    ],
)
def test_the_last_item_alone_numbered_is_one_step_of_many(body: str, expected) -> None:
    """首先…接下来…现在进行揭牌…最后一项，…: a 最后一项 that is the only number is one more step, not the only item."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "首先，有请副局长杭永清先生致辞。\n"
            "下面进入主题报告环节。有请会长褚文澜作报告。\n"
            "最后是圆桌讨论环节，本环节由理事长骆晴女士主持。",
            [["杭永清"], ["褚文澜"], ["骆晴"]],
        ),
        (
            "进行第一项，请王刚局长讲话。\n进行第二项，请李强同志发言。\n最后是互动交流环节，本环节由赵敏老师主持。",
            [["王刚"], ["李强"], ["赵敏"]],
        ),
        (
            "首先，请王刚同志讲话。\n接下来，请李强同志发言。\n最后进入答疑环节，由赵敏处长回答大家的提问。",
            [["王刚"], ["李强"], ["赵敏"]],
        ),
        (
            "首先，请王刚同志讲话。\n接下来，请李强同志发言。\n最后是自由交流环节。请大家踊跃发言。",
            [["王刚"], ["李强"], [None]],
        ),
    ],
)
def test_the_last_part_named_after_the_steps_is_an_item(body: str, expected) -> None:
    """最后是圆桌讨论环节 / 最后进入答疑环节: the part named after the last item, with its turn,
    is one more item."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "论坛上午的安排是：开幕致辞、主题报告、圆桌讨论。\n"
            "论坛开幕，首先有请会长褚文澜女士致辞。\n"
            "接下来有请副局长杭永清先生致辞。\n"
            "下面进入主题报告环节。有请佟思远教授作主题报告。\n"
            "最后是圆桌讨论环节，本环节由理事长骆晴女士主持。",
            [["褚文澜", "杭永清"], ["佟思远"], ["骆晴"]],
        ),
        (
            "今天的安排为：参观展厅、座谈交流。\n首先请大家参观展厅。\n（参观）\n下面进行座谈交流，请张三同志发言。\n请李四同志发言。",
            [[], ["张三", "李四"]],
        ),
        (
            "活动安排是：一、升旗仪式；二、校长讲话；三、学生代表发言。\n"
            "首先进行升旗仪式，请全体起立。\n"
            "下面请王刚校长讲话。\n"
            "最后请学生代表李华同学发言。",
            [[], ["王刚"], ["李华"]],
        ),
    ],
)
def test_an_arrangement_listed_after_a_colon_names_the_items(body: str, expected) -> None:
    """论坛上午的安排是：开幕致辞、主题报告… / 安排为：…: an arrangement listed after a colon,
    with no count, is the overview."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请毕业生代表蔡一诺小朋友发言。", "蔡一诺", "毕业生代表"),
        ("请少先队员代表李天天小朋友发言。", "李天天", "少先队员代表"),
        ("请副县长贡保才让介绍联合社组建情况。", "贡保才让", "副县长"),
        ("请董事长乌兰图雅女士致辞。", "乌兰图雅", "董事长"),
        ("请副局长王小刚同志讲话。", "王小刚", "副局长"),
    ],
)
def test_a_name_after_a_post_or_a_representative(sentence: str, name: str, role: str) -> None:
    """小朋友 honours a name as 同学 does; after a post a four-character name (贡保才让, 乌兰图雅)
    needs no compound surname."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("第二讲，我们邀请到了财政厅的苑梅副处长，为大家讲授预算调剂。", "苑梅"),
        ("我们有幸邀请到了王刚教授为大家作专题讲座。", "王刚"),
        ("今天我们邀请到了市委党校的李强教授，他将为大家作专题辅导。", "李强"),
    ],
)
def test_one_invited_to_speak_to_the_room_has_a_turn(sentence: str, name: str) -> None:
    """我们邀请到了…，为大家讲授…: the invitation told, with what the guest does for the room."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name


@pytest.mark.parametrize(
    "sentence", ["本次会议邀请到了多位专家学者。", "我们邀请到了王刚教授来到现场。"]
)
def test_guests_invited_to_the_meeting_are_no_turn(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "name", "role", "kind"),
    [
        ("请支部宣传委员、护理部主任宁慧同志发言。", "宁慧", "支部宣传委员、护理部主任", "speech"),
        (
            "请党支部纪检委员、财务科科长李明同志发言。",
            "李明",
            "党支部纪检委员、财务科科长",
            "speech",
        ),
        ("请工作人员宣读选举办法。", None, "工作人员", "action"),
        ("请班级学习委员、班长王小明同学发言。", "王小明", "班级学习委员、班长", "speech"),
        ("请团支部组织委员刘洋同志发言。", "刘洋", "团支部组织委员", "speech"),
    ],
)
def test_a_word_of_work_before_a_post_is_no_name(
    sentence: str, name: str | None, role: str, kind: str
) -> None:
    """支部宣传委员 / 工作人员: the work a post is for (宣传, 纪检, 工作), after an organisation,
    is part of the post, not a name, though 宣 is a surname."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind) == (name, role, kind)


@pytest.mark.parametrize(
    "body",
    [
        "进行第一项，表决决议。请秘书长石海林同志宣读决议（草案）。\n请委员们表决。\n同意的请举手。\n"
        "进行第二项，请李强同志讲话。",
        "进行第一项，审议报告。请局长王刚同志作报告。\n请代表们审议。\n进行第二项，请李强同志讲话。",
        "进行第一项，主题班会。请班主任王刚老师讲话。\n接下来，请同学们分组讨论。\n"
        "进行第二项，请李强校长讲话。",
        "进行第一项，请王刚同志宣读决定。\n下面请党员们举手表决。\n进行第二项，请李强同志讲话。",
    ],
)
def test_the_room_asked_after_a_turn_is_nobody_next_in_order(body: str) -> None:
    """请委员们表决 / 请代表们审议 after a turn: many people (们), not the next one in a run."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert len(meeting.items) == 2
    assert [len(i.speakers) for i in meeting.items] == [1, 1]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "进行第一项，协商发言。请王刚常委发言。其他常委有补充意见的，请大家自由发言。\n"
            "进行第二项，请李强主席讲话。",
            [["王刚", None], ["李强"]],
        ),
        (
            "进行第一项，讨论。请李四同志发言。其他同志有不同意见的，请随时发言。\n"
            "进行第二项，请李强书记讲话。",
            [["李四", None], ["李强"]],
        ),
        (
            "进行第一项，审议。请张三同志作说明。如有其他意见，请各位委员发言。\n"
            "进行第二项，请李强主席讲话。",
            [["张三", None], ["李强"]],
        ),
        (
            "进行第一项，交流。请王刚同志汇报。还有要补充的，请其他同志发言。\n"
            "进行第二项，请李强书记讲话。",
            [["王刚", None], ["李强"]],
        ),
    ],
)
def test_a_request_after_whom_it_is_for_is_a_turn_of_its_own(body: str, expected) -> None:
    """其他常委有补充意见的，请大家自由发言 / 如有其他意见，请…: the request opens its sentence
    once the words saying whom it is for are past; 随时 is how they speak, not who."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("sentence", "name", "verb"),
    [
        ("请集团公司工会副主席钱永康同志上台见证并讲话。", "钱永康", "讲话"),
        ("请县长王刚同志上台见证并致辞。", "王刚", "致辞"),
        ("请市长李强同志上台见证签约仪式后讲话。", "李强", "讲话"),
    ],
)
def test_a_witness_who_then_speaks_has_a_turn(sentence: str, name: str, verb: str) -> None:
    """上台见证并讲话: the witness takes the floor after the act; 上台见证 alone stays no turn."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.kind, cue.verb) == (name, "speech", verb)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("这项报告由镇人大副主席吴振山同志代表主席团作，大家欢迎。", "吴振山"),
        ("报告由副主任吴振山同志代表常委会作。", "吴振山"),
        ("政府工作报告由县长王刚同志作。", "王刚"),
        ("这个说明由财政局局长李强同志来作。", "李强"),
    ],
)
def test_the_report_named_before_who_gives_it(sentence: str, name: str) -> None:
    """这项报告由…同志代表主席团作: the report told first, then who gives it."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.kind) == (name, "speech")


@pytest.mark.parametrize("sentence", ["会议由王刚同志主持。", "这份报告由办公室起草。"])
def test_who_runs_or_drafts_is_no_turn(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "进行第一项，抽奖。三等奖有请财务总监裘建军先生;二等奖有请副总经理邹明亮先生;"
            "一等奖和特等奖有请董事长万国庆先生!\n进行第二项，请李强董事长讲话。",
            [["裘建军", "邹明亮", "万国庆"], ["李强"]],
        ),
        (
            "进行第一项，颁奖。为三等奖获得者颁奖的是王刚经理；二等奖有请副总经理李明先生颁奖；"
            "一等奖和特等奖有请董事长赵敏女士颁奖。\n进行第二项，请李强董事长讲话。",
            [["王刚", "李明", "赵敏"], ["李强"]],
        ),
        (
            "进行第一项，抽奖。第一轮抽奖有请工会主席王刚；第二轮抽奖有请副总经理李明；"
            "最后一轮幸运大奖有请总经理赵敏。\n进行第二项，请李强董事长讲话。",
            [["王刚", "李明", "赵敏"], ["李强"]],
        ),
        (
            "进行第一项，颁奖。优秀员工奖有请王刚总监颁奖，优秀团队奖和创新贡献奖有请赵敏总经理颁奖。\n"
            "进行第二项，请李强董事长讲话。",
            [["王刚", "赵敏"], ["李强"]],
        ),
    ],
)
def test_each_prize_its_own_request(body: str, expected) -> None:
    """二等奖有请A；一等奖和特等奖有请B: what the request is for, then 有请, after a comma or a
    semicolon: a request of its own, one turn each."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("三等奖抽奖有请财务总监裘建军先生；", "action"),
        ("颁奖有请王刚总经理！", "action"),
        ("第一轮抽奖有请工会主席王刚；", "action"),
        ("有请王刚总经理！", "speech"),
    ],
)
def test_the_act_told_before_a_bare_invitation_is_its_kind(sentence: str, kind: str) -> None:
    """三等奖抽奖有请… : the act said first, the person invited to it with no verb after."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == kind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "大会进行第一项议程，请上级党组织领导讲话。\n首先，请省公司副主任辛海峰同志讲话。\n"
            "下面，请市委组织部科长龙佳同志讲话。",
            [["辛海峰", "龙佳"]],
        ),
        (
            "进行第一项，请嘉宾致辞。\n首先有请市文旅局局长王刚先生致辞。\n接下来有请李明先生致辞。",
            [["王刚", "李明"]],
        ),
        (
            "进行第一项，请县领导讲话。\n首先请副县长王刚同志讲话。\n请县委书记李强同志讲话。",
            [["王刚", "李强"]],
        ),
        (
            "会议进行第一项，请企业家代表发言。\n请东方公司董事长王刚发言。\n请西海集团总经理李强发言。",
            [["王刚", "李强"]],
        ),
        (
            "进行第一项，请家长代表发言。\n（发言）\n进行第二项，请王刚校长讲话。\n请李强主任讲话。",
            [[None], ["王刚", "李强"]],
        ),
    ],
)
def test_a_nameless_request_announcing_its_item_names_no_turn(body: str, expected) -> None:
    """大会进行第五项议程，请上级党组织领导讲话。首先，请…辛海峰…。下面，请…龙佳…: the request in
    the item's own announcement, then two or more named turns of its kind, only titles the
    item; alone it is a turn."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "先由党员本人发言，再由其他党员提出批评意见，本人作简要回应。",
        "先由各村书记汇报，再由镇领导点评。",
        "先由述职人述职，然后由评议组成员提问。",
    ],
)
def test_the_order_of_turns_told_with_no_one_named_is_no_turn(sentence: str) -> None:
    """先由党员本人发言，再由其他党员…: the procedure, told before anyone is invited."""
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("先请张三同志发言，再请李四同志发言。", "张三"),
        ("下面先请王刚书记讲话，再请李强局长讲话。", "王刚"),
    ],
)
def test_the_order_of_named_turns_is_turns(sentence: str, name: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "由南岭市文学艺术界联合会、南岭市作家协会主办的第三届南岭文学论坛今天在南岭书院开幕。",
        "由南岭市作家协会承办的读书节今天开幕。",
        "由市科协主办的论坛今天开幕。",
        "由市总工会主办、市电视台协办的技能大赛今天启动。",
    ],
)
def test_the_organisers_of_the_meeting_take_no_turn(sentence: str) -> None:
    """由…作家协会主办的论坛今天开幕: 作 in 作家 is no 作, the organisers no speakers."""
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("本环节由资深财经节目主持人卢颖诗小姐主持。", "卢颖诗", "资深财经节目主持人"),
        ("有请香港青年协会会长陈美玲小姐致辞。", "陈美玲", "香港青年协会会长"),
        ("请青年作家王刚发言。", "王刚", None),
        ("由市作家协会主席李强作总结。", "李强", "市作家协会主席"),
    ],
)
def test_honours_and_writers_around_a_name(sentence: str, name: str, role: str | None) -> None:
    """小姐 honours a name as 女士 does; 作家 is a writer, not the verb 作."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    "line",
    [
        "其他代表还有要说的，请举手。",
        "其他同志有想补充的，请举手。",
        "还有想发言的，请举手示意。",
        "还有要补充的，请举手。",
    ],
)
def test_the_floor_opened_to_the_rest_by_a_show_of_hands(line: str) -> None:
    """请第五生产组社员代表魏秀琴发言。其他代表还有要说的，请举手。: the others' turn, asked for
    by hand, after the named ones."""
    body = f"进行第一项，请代表史德旺发言。\n{line}\n进行第二项，请理事长王刚讲话。"
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == [["史德旺", None], ["王刚"]]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [("请合作社理事葛东升发言。", "合作社理事"), ("请监事会监事王刚同志发言。", "监事会监事")],
)
def test_a_board_member_is_a_post(sentence: str, role: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.role == role and cue.name in ("葛东升", "王刚")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "座谈会主要安排三个环节：先请局里通报一下工作情况，再请各位代表谈想法、提建议，"
            "最后请赖局长讲话。\n首先，请副局长苗琳同志通报情况。\n"
            "接下来，请各位代表自由发言。我们先请老兵代表常德胜发言。\n谢谢老班长！\n"
            "下面请董事长汤亚军同志发言。\n最后，请局长赖文华同志讲话。",
            [["苗琳"], ["常德胜", "汤亚军"], ["赖文华"]],
        ),
        (
            "会议安排两项：先请校长通报学期工作、布置假期安全，再请家长代表谈体会。\n"
            "首先，请校长王刚通报工作。\n谢谢王校长。\n下面，请家长代表李华女士发言。",
            [["王刚"], ["李华"]],
        ),
    ],
)
def test_a_plan_with_a_list_inside_a_step_counts_its_steps(body: str, expected) -> None:
    """先请…，再请各位代表谈想法、提建议，最后请…: the plan's steps are apart where the next is
    told (再请 / 最后请), not at the 、 inside one; as many as the count, they name the items."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "今天的会议有三项：\n第一项，由村委会主任马福林介绍方案；\n第二项，代表们讨论；\n"
            "第三项，举手表决。\n先进行第一项，请马福林主任介绍方案。\n"
            "下面进行第二项，大家讨论。先请三组的马占山代表说一说。\n其他代表还有意见的，接着说。\n"
            "进行第三项，举手表决。同意的请举手。",
            [["马福林"], ["马占山", None], []],
        ),
        (
            "大会有两项：\n一、听取工作报告；\n二、选举。\n进行第一项，请主任王刚作报告。\n"
            "进行第二项，选举。",
            [["王刚"], []],
        ),
    ],
)
def test_a_count_the_meeting_has_then_its_list(body: str, expected) -> None:
    """今天的会议有三项：then 第一项，… lines: the overview, its lines no items of their own;
    马占山代表 is a deputy by name; 其他代表还有意见的，接着说 the others' turn."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("who", "name", "role"),
    [
        ("三组的马占山代表", "马占山", None),
        ("王建国代表", "王建国", None),
        ("党员代表", None, "党员代表"),
        ("家长代表", None, "家长代表"),
        ("一号矿井综采一队队长卢永胜代表", "卢永胜", "一号矿井综采一队队长"),
        ("全国劳动模范、质检班班长翟春燕代表", "翟春燕", "质检班班长"),
        ("维修电工洪磊代表", "洪磊", "维修电工"),
        ("村民小组长张红代表", "张红", "村民小组长"),
        ("县人大代表王建国代表", "王建国", "县人大代表"),
        ("先进工作者代表", None, "先进工作者代表"),
        ("新入职员工代表", None, "新入职员工代表"),
    ],
)
def test_a_deputy_addressed_by_name(who: str, name: str | None, role: str | None) -> None:
    assert split_name(who) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("第三项，家长代表交流。我们请到了两位家长，第一位是学习委员袁可欣的妈妈，有请！", None),
        (
            "第二位是史佳琪同学的爸爸史文涛先生，他是儿科医生，今天特意调了班过来，有请史先生！",
            "史文涛",
        ),
        ("先请马一诺同学的妈妈发言。", None),
        ("请王小明的爸爸王刚先生发言。", "王刚"),
    ],
)
def test_a_parent_introduced_by_the_child(sentence: str, name: str | None) -> None:
    """第一位是…袁可欣的妈妈，有请！: a parent named by the child only is a turn with no name,
    also after a comma; named after the relation (…的爸爸史文涛先生), that person."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == "speech" and cue.name == name


@pytest.mark.parametrize(
    ("sentence", "turn"),
    [
        ("家长们有什么问题可以现在提出来，也可以会后单独找各科老师沟通。", True),
        ("大家有什么问题可以现场提问。", True),
        ("同学们有什么想法请直接说出来。", True),
        ("大家有什么问题可以会后找我。", False),
    ],
)
def test_the_room_asked_for_its_questions_now(sentence: str, turn: bool) -> None:
    """家长们有什么问题可以现在提出来: the room's turn; 会后 is for later."""
    cue = find_cue(normalise(sentence))
    assert (cue is not None and cue.group and cue.name is None) == turn


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "仪式进行第一项，宪法宣誓。请副院长谭晓光同志领誓，周海燕、方可、冷雪松三位同志宣誓。\n"
            "仪式进行第二项，请院长王刚同志讲话。",
            [["谭晓光", "周海燕"], ["王刚"]],
        ),
        (
            "进行第一项，入党宣誓。请党委书记王刚同志领誓，李华、赵敏同志宣誓。\n"
            "进行第二项，请李强同志讲话。",
            [["王刚", "李华"], ["李强"]],
        ),
        (
            "进行第一项，签约。请县长王刚同志致辞，李华先生、赵敏女士签约。\n进行第二项，请李强同志讲话。",
            [["王刚", "李华"], ["李强"]],
        ),
        (
            "进行第一项，宣誓。请王刚同志领誓，全体新党员宣誓。\n进行第二项，请李强同志讲话。",
            [["王刚"], ["李强"]],
        ),
    ],
)
def test_those_listed_then_their_act_after_a_turn(body: str, expected) -> None:
    """请…领誓，周海燕、方可、冷雪松三位同志宣誓: named people listed after the comma, then their
    act, are a step of their own (one, by the first); the room's oath after a led one is none."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("overview", "counter"),
    [
        (
            "今晚的活动分为三个部分：第一部分，总结表彰；第二部分，联欢演出；第三部分，抽奖。",
            "部分",
        ),
        (
            "本次培训共分三个单元：第一单元，政策解读；第二单元，案例分析；第三单元，结业考试。",
            "单元",
        ),
        ("今天的议事分三步进行：第一步，介绍情况；第二步，各方发言；第三步，表决。", "步"),
        ("今天的议事分三步走：第一步介绍情况；第二步各方发言；第三步表决。", "步"),
        ("会议议程共三项：第一项为介绍情况；第二项为各方发言；第三项为表决。", "项"),
        (
            "本次论坛共有三个环节：第一个环节是介绍情况；第二个环节是各方发言；第三个环节是表决。",
            "个环节",
        ),
    ],
)
def test_an_overview_counts_with_any_counter_an_item_is_announced_with(
    overview: str, counter: str
) -> None:
    """第一部分 / 第一单元 / 第一步 in an overview's entries, as in the announcements: the entries
    name the items, and the later 第二部分 lines are the items, not the overview's."""
    meeting = parse(
        f"会议主持词\n各位同事：\n{overview}\n"
        f"下面进入第一{counter}：介绍情况。请办公室主任王刚介绍情况。\n"
        f"接下来进入第二{counter}：各方发言。请李明同志发言。\n"
        f"最后是第三{counter}：表决。同意的请举手。\n会议到此结束。\n"
    )
    assert len(meeting.items) == 3
    assert [[c.name for c in i.speakers] for i in meeting.items] == [["王刚"], ["李明"], []]
    assert meeting.overview[1] in ("各方发言", "联欢演出", "案例分析")
    assert not any(t.startswith(("为", "是")) for t in meeting.overview)


@pytest.mark.parametrize(
    "overview",
    [
        "今天的论坛安排如下：第一部分为开幕致辞；第二部分为主旨演讲；第三部分为圆桌对话；最后是项目路演。",
        "会议议程共四项：第一项，开幕致辞；第二项，主旨演讲；第三项，圆桌对话；最后，项目路演。",
        "今天的論壇安排如下：第一部分為開幕致辭；第二部分為主旨演講；第三部分為圓桌對話；最後是項目路演。",
        "活动共有四个环节：第一个环节，开幕致辞；第二个环节，主旨演讲；第三个环节，圆桌对话；最后为项目路演。",
    ],
)
def test_the_last_entry_told_by_zuihou_counts(overview: str) -> None:
    """…；第三部分为圆桌对话；最后是项目路演。: the last entry, told by 最后 in the same sentence,
    is the fourth item's name."""
    meeting = parse(f"论坛主持词\n各位来宾：\n{overview}\n会议到此结束。\n")
    assert [t[-4:] for t in meeting.overview] in (
        ["开幕致辞", "主旨演讲", "圆桌对话", "项目路演"],
        ["開幕致辭", "主旨演講", "圓桌對話", "項目路演"],
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议进行第一项，述职。\n第一个述职的是，望江社区党委书记詹晓丽同志。\n"
            "第二个述职的是临江社区党委书记柴国强同志。",
            ["詹晓丽", "柴国强"],
        ),
        (
            "会议进行第一项，代表发言。\n请县人民医院护士长冉春花同志发言。\n"
            "第二位，县公安局交警大队民警仇丹丹同志。仇丹丹同志从警八年，始终坚守在交通管理一线。\n"
            "第三位，县一中教师柯美英同志。她扎根山区二十年，带出了一批批学生。有请。",
            ["冉春花", "仇丹丹", "柯美英"],
        ),
        (
            "会议进行第一项，主旨演讲。\n第一位演讲嘉宾是基金会秘书长黎文静女士。黎女士扎根公益行业十八年。\n"
            "有请黎文静秘书长分享。\n第二位演讲嘉宾是社区党委书记蒋美华女士。她所在的社区是全国试点。\n"
            "有请蒋美华书记。",
            ["黎文静", "蒋美华"],
        ),
        (
            "会议进行第一项，先进代表发言。\n请劳模代表王刚同志发言。\n"
            "第二位发言的是最美家庭代表，来自青溪镇梅林村的杭素琴同志。她照顾公公二十余年。有请。",
            ["王刚", "杭素琴"],
        ),
        (
            "会议进行第一项，部署工作。\n请县长王刚讲话。\n"
            "下面我强调三点。一是人员到岗。汛期各单位要严格执行值班制度。\n二是物资到位。各乡镇要备足物资。",
            ["王刚"],
        ),
    ],
)
def test_the_next_one_introduced_then_described(body: str, expected: list[str]) -> None:
    """第二位，…仇丹丹同志。仇丹丹同志从警八年…: a line naming the next one in order, then words
    about them, is that one's turn; an invitation of the same person right after it is the same
    turn, not a second; the chair's own 一是… points are no turns."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [c.name for i in meeting.items for c in i.speakers] == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请来自青溪镇梅林村的杭素琴同志发言。", "杭素琴"),
        ("有请来自县人民医院的护士长王芳发言。", "王芳"),
        ("下面请今年刚退休的周明老师讲几句。", "周明"),
        ("请来自星海科技公司的李雷先生分享。", "李雷"),
    ],
)
def test_where_someone_is_from_then_the_name(sentence: str, name: str) -> None:
    """来自青溪镇梅林村的杭素琴: the words before 的 say where the person is from; the full name
    after it is the name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "进行第三项，专题讲座。今天我们特别邀请到县教育局的心理咨询师巩晓梅老师，"
            "为大家作专题讲座。讲座时间约40分钟。有请巩老师！",
            [["巩晓梅"]],
        ),
        (
            "进行第三项，专题辅导。下面请市委党校教授王建华同志作专题辅导。掌声有请王教授！",
            [["王建华"]],
        ),
        (
            "进行第三项，领导讲话。下面请县委书记李明同志讲话。大家欢迎！有请李书记。",
            [["李明"]],
        ),
        (
            "进行第三项，交流发言。请王刚同志发言。\n有请李老师！",
            [["王刚", "李老师"]],
        ),
    ],
)
def test_the_one_just_asked_invited_again_is_one_turn(body: str, expected) -> None:
    """…邀请到…巩晓梅老师，为大家作专题讲座。有请巩老师！: a bare invitation of the person the turn
    before named (by name, or surname and title) is that turn; of someone else, a turn of its own."""
    meeting = parse(f"会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [[c.name for c in i.speakers] for i in meeting.items] == expected


@pytest.mark.parametrize(
    ("sentence", "turn"),
    [
        (
            "上午，大会听取和审议了工会委员会工作报告，各代表团进行了认真讨论，一致同意这个报告。",
            False,
        ),
        ("昨天，大会听取了王刚同志所作的政府工作报告。", False),
        ("会议已经听取了李明同志的报告。", False),
        ("此前，各代表团已经审议了这两个报告。", False),
        ("下面，听取王刚同志所作的政府工作报告。", True),
        ("刚才，我们认真学习了文件，下面请王刚同志讲话。", True),
    ],
)
def test_a_turn_told_as_done_is_no_turn_now(sentence: str, turn: bool) -> None:
    """听取了 / 进行了认真讨论 / 已经听取: the script reports what happened; only a request (请)
    in the same sentence still gives someone the floor."""
    assert (find_cue(normalise(sentence)) is not None) == turn


@pytest.mark.parametrize(
    ("overview", "third"),
    [
        ("今天的开班式议程共三项。", "3、学员代表表态发言。"),
        ("今天的会议共有三项议程。", "三、学员代表表态发言"),
        ("本次会议议程共有三项。", "（三）学员代表表态发言："),
        ("会议共有三项议程，请大家遵守会场纪律。", "3.学员代表表态发言"),
    ],
)
def test_numbering_that_changes_style_as_the_overview_counts(overview: str, third: str) -> None:
    """第一项，… 第二项，… then 3、学员代表表态发言 on a line of its own: a draft's numbering
    changed its style; while the overview promises more items, it is the next item."""
    meeting = parse(
        f"开班式主持词\n各位学员：\n{overview}\n第一项，领导动员讲话。\n请副局长汪立新讲话。\n"
        f"第二项，宣读培训纪律。\n由中心主任方婷同志宣读。\n{third}\n"
        "请广场舞队队长骆红英发言。\n开班式到此结束。\n"
    )
    assert [[c.name for c in i.speakers] for i in meeting.items] == [
        ["汪立新"],
        ["方婷"],
        ["骆红英"],
    ]


def test_numbered_lines_past_the_promised_count_stay_text() -> None:
    """Three items promised and found: a 1、2、 list after them is the chair's own points."""
    meeting = parse(
        "会议主持词\n同志们：\n今天的会议议程共两项。\n第一项，领导讲话。\n请县长汪立新讲话。\n"
        "第二项，部署工作。\n请副县长方婷讲话。\n3、各单位要抓好落实。\n会议到此结束。\n"
    )
    assert len(meeting.items) == 2


@pytest.mark.parametrize(
    ("who", "name", "role"),
    [
        ("县财政局局长阿不都拉·热合曼", "阿不都拉·热合曼", "县财政局局长"),
        ("县人民政府副县长古丽娜尔·买买提", "古丽娜尔·买买提", "县人民政府副县长"),
        ("人事代表选举工作委员会主任沙吾提·买买提", "沙吾提·买买提", "人事代表选举工作委员会主任"),
        ("热依拉·艾力", "热依拉·艾力", None),
        ("学生代表、阿依古丽·买买提明", "阿依古丽·买买提明", "学生代表"),
        ("艾力·吐尔逊副县长", "艾力·吐尔逊", "副县长"),
    ],
)
def test_a_name_in_the_dotted_form(who: str, name: str, role: str | None) -> None:
    """阿不都拉·热合曼: a transliterated name keeps its dot; the post before or after it is the
    role, whatever the surname list knows."""
    assert split_name(who) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("掌声有请新护士代表郗欣然！", "郗欣然"),
        ("先请市卫健委医政医管科计春兰科长讲话。", "计春兰"),
        ("请县林业局局长冶文斌同志发言。", "冶文斌"),
        ("请信息工程学院副教授邴志强老师发言。", "邴志强"),
        ("下面请办公室主任芮晓东通报情况。", "芮晓东"),
    ],
)
def test_rarer_surnames_of_the_hundred(sentence: str, name: str) -> None:
    """郗, 计, 冶, 邴, 芮: rarer surnames still name people after a post."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "请各位代表从大局出发，认真审议。",
        "请班长强调一下纪律。",
        "请大家谈谈体会。",
    ],
)
def test_words_that_begin_like_surnames_stay_words(sentence: str) -> None:
    """从, 强, 谈 begin common words after a post or a group: no name is cut from them."""
    cue = find_cue(normalise(sentence))
    assert cue is None or cue.name is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请消防站防火监督员焦阳从消防安全角度讲讲。", "焦阳", "消防站防火监督员"),
        ("请王丽科长从财务角度谈谈看法。", "王丽", "科长"),
        ("请李强主任针对存在的问题作说明。", "李强", "主任"),
        ("请财务处处长王丽聚焦预算执行作汇报。", "王丽", "财务处处长"),
        ("请张明书记结合工作实际谈点体会。", "张明", "书记"),
        (
            "请物业项目经理宫志明，就两个方案的施工、收费和后期管理谈谈意见。",
            "宫志明",
            "物业项目经理",
        ),
        ("请财务科长王丽，围绕预算执行情况作说明。", "王丽", "财务科长"),
        ("请县委书记李明，结合全县实际讲几句。", "李明", "县委书记"),
    ],
)
def test_what_the_turn_is_about_ends_the_name(sentence: str, name: str, role: str) -> None:
    """从…角度 / 针对 / 聚焦 / 结合 / 就 (after a comma too): the words on what the turn is about
    end the words naming the person."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == ("speech", name, role)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("（省档案馆新馆一楼报告厅）", "省档案馆新馆一楼报告厅"),
        ("（市第一人民医院 门诊楼前广场）", "市第一人民医院 门诊楼前广场"),
        ("2026年1月19日上午10:00  县会议中心大礼堂", "县会议中心大礼堂"),
        ("县委党校三楼会议室", "县委党校三楼会议室"),
        ("（2026年3月2日下午3点，公司多功能会议室）", "公司多功能会议室"),
        ("黔江市第一人民医院党委办公室", None),
        ("一、开场", None),
        ("（主持人上场）", None),
    ],
)
def test_a_line_near_the_top_holding_only_the_place(line: str, place: str | None) -> None:
    """（省档案馆新馆一楼报告厅） under the title: the meeting's place; the office that wrote the
    script, a heading and a stage direction are not."""
    meeting = parse(
        f"工作会议主持词\n{line}\n同志们：\n现在开会。\n第一项，请王刚讲话。\n会议结束。\n"
    )
    assert meeting.place == place


@pytest.mark.parametrize(
    ("sentence", "name", "act"),
    [
        (
            "下面为获得“优秀运动员”称号的运动员颁奖，颁奖嘉宾是市体育局局长韦振国同志。",
            "韦振国",
            "颁奖",
        ),
        ("为一等奖获得者颁奖的嘉宾是县委书记李明同志、县长王刚同志。", "李明", "颁奖"),
        ("揭牌嘉宾为市委常委、副市长张华。", "张华", "揭牌"),
        ("颁奖领导是公司总经理陈静女士。", "陈静", "颁奖"),
        ("颁奖嘉宾是各位领导。", None, None),
    ],
)
def test_the_one_an_act_is_given_to(sentence: str, name: str | None, act: str | None) -> None:
    """颁奖嘉宾是…韦振国同志: the one the act is given to is a step by that person; the first of
    several; nobody for the leaders as a body."""
    cue = find_cue(normalise(sentence))
    got = (cue.kind, cue.name, cue.verb) if cue is not None else None
    assert got == (("action", name, act) if name else None)


@pytest.mark.parametrize(
    ("announced", "line", "expected"),
    [
        (
            "仪式进行第二项：合作方代表致辞。",
            "江东水利水电大学副校长  萧长庚",
            ("speech", "萧长庚"),
        ),
        ("会议进行第二项，企业代表发言。", "星海科技公司总经理 王刚", ("speech", "王刚")),
        ("第二项，颁奖。", "县委书记  李明同志", ("action", "李明")),
        ("第二项，领导讲话。", "全体起立", None),
        ("第二项，学习文件。", "关于加强安全生产的通知", None),
    ],
)
def test_a_name_on_its_own_line_under_an_announced_turn(
    announced: str, line: str, expected
) -> None:
    """第二项：合作方代表致辞。 then a line holding only the post and the name: that person's
    turn, of the kind the announcement told."""
    meeting = parse(
        f"会议主持词\n同志们：\n第一项，请局长尚卫国讲话。\n{announced}\n{line}\n第三项，请王明讲话。\n"
    )
    turns = [(c.kind, c.name) for c in meeting.items[1].speakers]
    assert turns == ([expected] if expected else [])


def test_an_overview_entry_broken_mid_line_goes_on() -> None:
    """（二）听取…《中华人民共和国传染 / 病防治法》…的报告；: a list entry cut where the page
    ended goes on on the next line; the list still names every item."""
    meeting = parse(
        "常委会会议主持词\n各位委员：\n本次会议共有三项：\n"
        "（一）听取和审议县人民政府关于全县义务教育均衡发展情况的报告；\n"
        "（二）听取和审议县人大常委会执法检查组关于检查《中华人民共和国传染\n"
        "病防治法》实施情况的报告；\n（三）审议有关人事任免事项。\n"
        "下面进行第一项议程。请县教育局局长马建疆同志作报告。\n"
        "进行第二项议程，请执法检查组组长王海英同志作报告。\n"
        "会议进行第三项。请县人大常委会主任周明同志作说明。\n散会。\n"
    )
    assert len(meeting.overview) == 3
    assert meeting.overview[1].endswith("《中华人民共和国传染病防治法》实施情况的报告")
    assert [[c.name for c in i.speakers] for i in meeting.items] == [
        ["马建疆"],
        ["王海英"],
        ["周明"],
    ]


@pytest.mark.parametrize(
    "last",
    ["最后，我讲几点意见。", "最后，我代表县委作总结讲话。", "最后，我再强调三点。"],
)
def test_the_chairs_own_last_turn_is_the_last_item(last: str) -> None:
    """（三）主任讲话 in the overview, run as 最后，我讲几点意见。: the last item, with no turn
    of anyone else's; the item before keeps its own steps."""
    meeting = parse(
        "会议主持词\n各位委员：\n本次会议共有三项：\n（一）听取报告；\n（二）颁发任命书；\n"
        "（三）主任讲话。\n下面进行第一项，请局长马建疆同志作报告。\n进行第二项，颁发任命书。\n"
        f"请县人大常委会副主任王海英同志为新任命的人员颁发任命书。\n{last}\n散会。\n"
    )
    assert [i.title for i in meeting.items][-1] == "主任讲话"
    assert [[c.name for c in i.speakers] for i in meeting.items] == [["马建疆"], ["王海英"], []]


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        ("有请沈路遥院长为毕业生代表拨穗正冠。", "action", "沈路遥", "院长"),
        ("有请王校长为新生代表佩戴校徽。", "action", "王校长", "校长"),
        (
            "有请省农家书屋管理服务中心主任詹国栋先生发布2026年“乡村好书”推荐书目。",
            "action",
            "詹国栋",
            None,
        ),
        ("请市图书馆馆长李明发布年度阅读书单。", "action", "李明", "市图书馆馆长"),
        ("有请农家书屋管理员戴秀兰大姐！", "speech", "戴秀兰", "农家书屋管理员"),
        ("下面，请总监票人多布杰代表宣布选举结果。", "action", "多布杰", "总监票人"),
        (
            "第三位，请巧手坊手工编织作坊创办人骆春梅发言；",
            "speech",
            "骆春梅",
            "巧手坊手工编织作坊创办人",
        ),
        ("有请王院长为大家致辞！", "speech", "王院长", "院长"),
    ],
)
def test_acts_for_others_lists_made_public_and_forms_of_address(
    sentence: str, kind: str, name: str, role: str | None
) -> None:
    """为毕业生代表拨穗正冠 (done for them) and 发布…推荐书目 (a list made public) are steps; 大姐
    after a name and 代表 after a post's holder are forms of address; a 作坊's 创办人 is a post."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == (kind, name)
    assert role is None or cue.role == role


@pytest.mark.parametrize(
    ("sentence", "turn"),
    [
        ("第二，测评表请在所有述职结束后统一填写，不得提前离场。", False),
        ("请在述职结束后统一填写测评表。", False),
        ("请在全部发言完毕后进行投票。", False),
        ("请在汇报之前把材料交给工作人员。", False),
        ("请在座的各位代表发言。", True),
    ],
)
def test_a_turn_that_only_says_when_is_no_turn(sentence: str, turn: bool) -> None:
    """请在所有述职结束后统一填写: 述职 says when the paperwork is done, nobody's turn."""
    assert (find_cue(normalise(sentence)) is not None) == turn


@pytest.mark.parametrize(
    ("rule", "limits"),
    [
        ("会前说明：每个卫生室负责人述职时间不超过5分钟。", [300, 300, 600, 600]),
        ("每位述职人述职时间控制在5分钟以内。", [300, 300, 600, 600]),
        ("每位同志发言时间不超过5分钟。", [300, 300, 300, 600]),
    ],
)
def test_a_meeting_limit_that_names_its_turns_keeps_to_them(rule: str, limits: list[int]) -> None:
    """每个…述职时间不超过5分钟 said at the opening: the 述职 turns have 5 minutes, the 点评 after
    them and the leader's 讲话 the default; a limit on 发言 covers every turn but 讲话."""
    meeting = parse(
        f"述职评议会主持词\n同志们：\n{rule}\n会议进行第一项，述职。\n请石门村负责人王刚同志述职。\n"
        "请柳树湾村负责人李明同志述职。\n会议进行第二项，点评。\n请镇卫生院院长张华同志点评。\n"
        "请镇党委副书记赵强同志讲话。\n会议结束。\n"
    )
    assert [c.limit_s for i in meeting.items for c in i.speakers] == limits


def test_the_meetings_halves_then_the_items_of_the_first() -> None:
    """分为两个部分：第一部分在报告厅…，第二部分回到班级 then 报告厅部分共有三项内容: the halves are
    not the agenda; the items counted after them are."""
    meeting = parse(
        "家长会主持稿\n各位家长：\n今天的家长会分为两个部分：第一部分在报告厅集中进行，"
        "第二部分各班家长回到各自班级教室。\n报告厅部分共有三项内容。\n第一项，请副校长葛文清讲话。\n"
        "第二项，请年级主任邵春生介绍情况。\n第三项，家长代表发言。有请方梓涵同学的爸爸发言。\n"
        "好，报告厅的集中会议就到这里。\n"
    )
    assert [i.title for i in meeting.items][:2] == ["副校长讲话", "年级主任介绍情况"]
    assert len(meeting.items) == 3


@pytest.mark.parametrize(
    ("labels", "hosts"),
    [
        (("吴", "赵"), "主持人：吴思琪 / 赵磊"),
        (("钱", "孙"), "主持人：钱晓月、孙博"),
        (("欧阳", "林"), "主持：欧阳青 林涛"),
        (("白", "韩"), ""),
    ],
)
def test_hosts_labelled_by_surname_are_labels(labels: tuple[str, str], hosts: str) -> None:
    """吴：年会第三项… / 赵：… : two hosts who take turns by their surnames alone; the item
    announced after the label is found as after 甲："""
    a, b = labels
    meeting = parse(
        f"迎春晚会主持稿\n{hosts}\n{a}：尊敬的各位领导，亲爱的同事们，\n{b}：大家晚上好！\n"
        f"{a}：晚会第一项，请总经理郑平致辞。\n{b}：谢谢郑总！\n"
        f"{a}：晚会第二项，表彰先进。请副总经理田亮宣读表彰决定。\n"
        f"{b}：晚会第三项，员工代表发言。请客服部员工冯悦发言。\n"
        f"{a}：晚会第四项，抽奖。\n{b}：晚会到此结束！\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert [c.name for c in meeting.items[2].speakers] == ["冯悦"]


@pytest.mark.parametrize(
    "layout",
    [
        ["【第一个环节 致辞】", "【第二个环节 颁奖】", "【第三个环节 讲话】"],
        ["【第一项 致辞】", "【第二项 颁奖】", "【第三项 讲话】"],
        ["【第一篇章】致辞", "【第二篇章】颁奖", "【第三篇章】讲话"],
        ["【环节一：致辞】", "【环节二：颁奖】", "【环节三：讲话】"],
    ],
)
def test_bracketed_numbered_headings_are_the_items(layout: list[str]) -> None:
    """【第一个环节 致辞】 on a line of its own, under an overview that only counts: the item's
    heading (shown, not read), not a stage direction; its words are the title."""
    first, second, third = layout
    meeting = parse(
        "颁奖典礼主持词\n女：尊敬的各位来宾，晚上好！\n男：今晚的典礼共有三个环节。\n"
        f"{first}\n女：首先进入第一个环节。有请协会主席阿木尔先生致辞。\n"
        f"{second}\n男：请获奖者上台。有请包立平主席为获奖者颁奖！\n"
        f"{third}\n女：有请沈部长讲话！\n合：典礼到此结束！\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert [i.title for i in meeting.items] == ["致辞", "颁奖", "讲话"]
    opening = meeting.items[0].steps[0]
    assert isinstance(opening, Passage)
    assert opening.kind == ("heading" if first.endswith("】") else "text")


@pytest.mark.parametrize(
    "schedule",
    [
        "会议的日程安排是：上午听取有关报告，分组审议；下午继续召开全体会议。",
        "会议安排如下：上午全体会议；下午分组讨论。",
        "今天的日程安排为：上午开会，下午参观。",
    ],
)
def test_a_counted_agenda_beats_the_days_schedule(schedule: str) -> None:
    """日程安排是：上午…；下午… before 本次会议共有三项议程：一、…: the agenda is the counted
    one, not the day's halves."""
    meeting = parse(
        f"常委会会议主持词\n各位委员：现在开会。{schedule}本次会议共有三项议程：一、听取审计工作报告；"
        "二、审议人事任免事项；三、宪法宣誓。下面进行会议第一项议程，请审计局局长王立作报告。"
        "会议进行第二项议程，审议人事任免事项。请人事工委主任李刚作说明。会议进行第三项议程，宪法宣誓。"
        "请新任命的同志上台。现在散会。\n"
    )
    assert [i.title for i in meeting.items] == ["听取审计工作报告", "审议人事任免事项", "宪法宣誓"]


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("六、为新任命的人员颁发任命书", "为新任命的人员颁发任命书"),
        ("第三项为宪法宣誓", "宪法宣誓"),
        ("三是为获奖者颁奖", "为获奖者颁奖"),
        ("（三）为退休同志送行", "为退休同志送行"),
    ],
)
def test_an_entrys_own_wei_is_kept(entry: str, title: str) -> None:
    """六、为新任命的…颁发任命书: 为 begins the entry's words; 第三项为宪法宣誓: 为 joins the
    entry to its number and goes."""
    meeting = parse(
        f"会议主持词\n本次会议共有三项议程：第一项，听取报告；第二项，审议事项；{entry.replace('六', '三')}。\n"
        "会议进行第一项，请王立作报告。会议进行第二项，请李刚作说明。会议进行第三项。请张华主任讲话。\n"
    )
    assert meeting.items[2].title == title


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("预备会议有两项议程：一是审议主席团名单；二是审议大会议程。", "本次大会共有三项议程："),
        ("预备会议共有两项议程：一是审议主席团名单；二是审议大会议程。", "正式会议共有三项议程："),
        ("预备会议议程有两项：一是审议主席团名单；二是审议大会议程。", "今天的大会共有三项议程："),
    ],
)
def test_a_second_agenda_numbered_again_goes_on(first: str, second: str) -> None:
    """The 预备会议's two items, then the 正式会议's own overview and 第一项 again: its items go on
    as 3, 4, 5, titled by the second overview, and check says so."""
    meeting = parse(
        f"职工代表大会主持词\n第一阶段：预备会议\n各位代表：\n{first}\n首先进行第一项，审议主席团名单。\n"
        "同意的请举手；不同意的请举手；弃权的请举手。通过。\n进行第二项，审议大会议程。\n"
        "同意的请举手；不同意的请举手；弃权的请举手。通过。\n第二阶段：正式会议\n各位代表：\n"
        f"{second}\n1、听取总经理工作报告；\n2、听取财务报告；\n3、董事长讲话。\n"
        "现在进行大会第一项，请总经理邱明远作工作报告。\n大会进行第二项，请财务部部长蔡丽君作财务报告。\n"
        "大会进行第三项，请董事长冯卫东讲话。\n大会胜利闭幕。\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3, 4, 5]
    assert [i.title for i in meeting.items][2:] == [
        "听取总经理工作报告",
        "听取财务报告",
        "董事长讲话",
    ]
    assert [s.name for s in meeting.items[3].speakers] == ["蔡丽君"]
    assert any(d.what == "counted_again" for d in meeting.decisions)


def test_one_agenda_numbered_once_is_not_counted_again() -> None:
    """A recap that counts the agenda again (会议共有三项议程，现在进行第三项) is no second agenda:
    the numbers go on."""
    meeting = parse(
        "会议主持词\n本次会议共有三项议程。\n第一项，请王立作报告。\n第二项，请李刚作说明。\n"
        "本次会议共有三项议程，前两项已经完成。\n第三项，请张华讲话。\n散会。\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3]


@pytest.mark.parametrize(
    ("overview", "part"),
    [
        ("上午的议程分为开幕式和主旨报告两个部分。", "下面进行第二部分，主旨报告。"),
        ("今天的论坛分为两个部分：开幕式、主题演讲。", "现在进入第二部分，主题演讲。"),
        ("会议分两个阶段进行。", "下面进行第二阶段，经验交流。"),
    ],
)
def test_a_part_after_a_part_run_as_items_is_the_next_item(overview: str, part: str) -> None:
    """分为开幕式和主旨报告两个部分, the 开幕式 run as 第一项…第三项, then 下面进行第二部分: the
    second part is item 4, not swallowed by item 3."""
    meeting = parse(
        f"论坛主持词\n尊敬的各位来宾：\n{overview}\n首先进行开幕式。开幕式有三项议程。\n"
        "第一项，请副厅长詹宏伟致辞。\n第二项，请馆长汤慧敏致辞。\n第三项，举行启动仪式。\n"
        f"开幕式到此结束。\n{part}\n首先，有请倪晓舟副院长作报告。\n接下来，有请柏建勋主任作报告。\n"
        "上午的议程到此结束。\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert [s.name for s in meeting.items[3].speakers] == ["倪晓舟", "柏建勋"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("最后，请董事长、党委书记伍立新同志讲话，大家欢迎！", "伍立新", "董事长、党委书记"),
        ("请董事长、总经理韩立同志作报告。", "韩立", "董事长、总经理"),
        ("请常务副县长、县委常委马驰同志讲话。", "马驰", "常务副县长、县委常委"),
    ],
)
def test_a_post_that_begins_like_a_surname_is_no_name(sentence: str, name: str, role: str) -> None:
    """董事长 begins with the surname 董 and is three characters, as a name is: a post in a
    list of posts, so the line is one person's turn, not two."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and not cue.group
    assert (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    "sentence",
    [
        "测评表不记名，请不要在表上做任何标记。",
        "请不要在会场内随意走动发言。",
        "请勿在场内大声讲话。",
        "请各分会场报告参会情况。",
        "请各乡镇汇报一下到会人数。",
        "批评的目的是帮助同志、改进工作。",
        "讲话的目的是统一思想。",
    ],
)
def test_what_is_not_to_be_done_and_the_roll_are_no_turns(sentence: str) -> None:
    """请不要…, the rooms reporting who is there, and what criticism is for: nobody's turn."""
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("请安全员曾丽丽带领大家逐条学习《冬季安全作业十条规定》，时间20分钟。", "学习"),
        ("请支部书记严冬带领大家认真学习党章。", "学习"),
        ("请县农普办某某同志对普查业务进行培训，时间约40分钟。", "培训"),
        ("请王老师为大家作专题培训。", "培训"),
    ],
)
def test_leading_the_study_and_giving_training_are_speeches(sentence: str, verb: str) -> None:
    """带领大家逐条学习 and 进行培训: one person speaking to the room, timed."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == "speech" and verb in cue.verb


@pytest.mark.parametrize(
    "sentence",
    ["请市委党校培训部副主任雷雅琴同志宣读规定。", "请大家参加培训。", "请在培训结束后交回材料。"],
)
def test_training_as_a_word_is_no_training_given(sentence: str) -> None:
    """培训部 is an office, 参加培训 the room's attendance: no training given."""
    cue = find_cue(normalise(sentence))
    assert cue is None or "培训" not in cue.verb


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请新当选的镇长蒋思远同志到宣誓台前，左手抚按宪法，右手举拳，进行宣誓。", "蒋思远"),
        ("请区长王刚同志到台前，为获奖单位颁奖。", "王刚"),
        ("请张华先生走上舞台，共同揭牌。", "张华"),
    ],
)
def test_asked_up_to_the_front_and_then_to_act(sentence: str, name: str) -> None:
    """请…同志到宣誓台前，…，进行宣誓: the person asked up is asked for the act after it."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == ("action", name)


@pytest.mark.parametrize("sentence", ["请李明同志到主席台就座。", "请获奖同志到台前领奖。"])
def test_asked_up_to_sit_or_receive_is_no_act(sentence: str) -> None:
    """到主席台就座 / 到台前领奖: moving and receiving are nobody's step."""
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "谢谢四位嘉宾。下面时间交给大家，有什么想法、建议，都可以讲，不拘形式。",
        "大家有什么批评意见，请提出来。",
        "同志们有什么想法，都可以谈。",
        "现在，把话筒交给各位。",
    ],
)
def test_the_floor_given_to_the_room_is_its_turn(sentence: str) -> None:
    """时间交给大家 / 大家有什么意见，请提出来: the room's turn now, one cue with no name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


def test_the_floor_after_the_meeting_is_no_turn() -> None:
    """大家有什么意见建议，可以会后提出来: for later, no turn now."""
    assert find_cue(normalise("大家有什么意见建议，可以会后提出来。")) is None


@pytest.mark.parametrize(
    "after",
    [
        "大会结束后，请各位领导移步广场，为主题宣传活动启动。",
        "会议结束以后，请县长王刚同志接受记者采访并讲话。",
        "散会后，请班子成员留下，由书记讲几点要求。",
    ],
)
def test_a_request_for_after_the_meeting_is_no_turn(after: str) -> None:
    """大会结束后，请…: what comes after the meeting has no step in it."""
    meeting = parse(
        f"表彰大会主持词\n同志们：\n大会进行第一项，请副市长何秀清同志讲话。\n{after}\n现在散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["何秀清"]


@pytest.mark.parametrize(
    "plan",
    [
        "今天座谈会的安排是这样的：先请院长介绍情况；然后请各位嘉宾自由交流；最后请处长讲话。",
        "今天的安排是这样：先请村书记介绍，再请群众代表发言。",
    ],
)
def test_a_plan_told_as_this_is_how_is_no_turn(plan: str) -> None:
    """安排是这样的：先请…；然后请…: the plan told ahead, each turn comes when invited."""
    meeting = parse(f"座谈会主持词\n各位：\n{plan}\n首先，请黎紫君院长介绍情况。\n谢谢。\n")
    names = [c.name for c in meeting.opening if isinstance(c, SpeakerCue)]
    names += [c.name for i in meeting.items for c in i.speakers]
    assert names == ["黎紫君"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("第一位，请鄺英豪先生。鄺先生从艺五十年，带过的徒弟遍布港澳。", "鄺英豪"),
        ("第二位，请冼美华女士。", "冼美华"),
        ("第三位，请韩守信教授。", "韩守信"),
    ],
)
def test_the_next_one_asked_by_name_and_title_alone(line: str, name: str) -> None:
    """第二位，请冼美华女士。: the name with its honorific, nothing more, is the next turn."""
    meeting = parse(
        "座谈会主持词\n各位：\n下面进入交流环节。先请三位嘉宾作重点发言，每位十分钟。\n"
        f"{line}\n谢谢。\n"
    )
    names = [c.name for i in meeting.items for c in i.speakers]
    names += [c.name for c in meeting.opening if isinstance(c, SpeakerCue)]
    assert name in names


@pytest.mark.parametrize(
    "group",
    [
        "请第一税务分局、第三税务分局、税源管理科先后作交流发言，每个单位发言不超过5分钟。",
        "请三个单位依次作交流发言，每个单位发言不超过5分钟。",
    ],
)
def test_speakers_listed_with_a_colon_under_a_groups_turn(group: str) -> None:
    """请…先后作交流发言 then lines 第一税务分局局长裘海燕： (the speech to be put in): each
    line is a turn, the group's line only announces them."""
    meeting = parse(
        f"工作会议主持词\n一、交流发言\n{group}\n第一税务分局局长裘海燕：\n第三税务分局局长覃志成：\n"
        "税源管理科科长房慧：\n\n二、局长讲话\n请局长晏文俊讲话。\n"
    )
    turns = [(c.name, c.role, c.limit_s) for c in meeting.items[0].speakers]
    assert turns == [
        ("裘海燕", "第一税务分局局长", 300),
        ("覃志成", "第三税务分局局长", 300),
        ("房慧", "税源管理科科长", 300),
    ]


@pytest.mark.parametrize(
    ("told", "asked", "name"),
    [
        (
            "宣誓由索朗平措同志领誓，县人大常委会主任旺堆同志监誓。",
            "请索朗平措同志领誓。",
            "索朗平措",
        ),
        (
            "由县农业农村局局长杨再兴同志领誓，其他宣誓人员站在领誓人身后。",
            "下面，请领誓人领誓。",
            "杨再兴",
        ),
        ("由办公室主任王刚同志领誓。", "请王刚同志领誓。", "王刚"),
    ],
)
def test_an_act_told_and_then_asked_for_is_one_step(told: str, asked: str, name: str) -> None:
    """宣誓由…同志领誓 then 请…领誓 (by name, or as 领誓人): one step, at the asking, with the
    name the telling gave; check says so."""
    meeting = parse(
        f"人代会主持词\n各位代表：\n大会进行第一项，宪法宣誓。\n{told}\n请全体起立。\n{asked}\n"
        "（宣誓）\n请坐下。\n大会进行第二项，请县委书记讲话。\n散会。\n"
    )
    oath = [(c.name, c.kind) for c in meeting.items[0].speakers if "领誓" in c.text]
    assert oath == [(name, "action")]
    assert any(d.what == "told_then_asked" for d in meeting.decisions)


def test_two_acts_by_one_person_stay_two() -> None:
    """由王刚同志宣读决定 then 请王刚同志颁奖: two acts, each a step."""
    meeting = parse(
        "表彰会主持词\n同志们：\n会议进行第一项，表彰。\n由王刚同志宣读表彰决定。\n"
        "请王刚同志颁奖。\n会议进行第二项，请书记讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["王刚", "王刚"]


@pytest.mark.parametrize(
    "sentence",
    [
        "请代表们按下表决器上的“出席”键。",
        "再次向所有受表彰的集体和个人表示热烈的祝贺！",
        "各代表团按照会议指南安排的地点进行讨论。",
        "请各单位负责人按主持人宣读的顺序依次上台。",
    ],
)
def test_the_rooms_own_moves_are_no_steps(sentence: str) -> None:
    """Pressing one's voting key, congratulations, breakouts where the guide says, coming up
    in the order the chair reads: nobody's step."""
    meeting = parse(
        f"大会主持词\n同志们：\n大会进行第一项，表彰。\n请王刚同志颁奖。\n{sentence}\n"
        "大会进行第二项，请书记讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["王刚"]


@pytest.mark.parametrize(
    "lines",
    [
        ["南丰县中医院院长　曾国栋", "黎川县中医院院长　饶秋月", "资溪县中医院副院长　付晨阳"],
        ["南丰县中医院院长  曾国栋", "黎川县中医院院长  饶秋月", "资溪县中医院副院长  付晨阳"],
        ["南丰县中医院院长 曾国栋", "黎川县中医院院长 饶秋月", "资溪县中医院副院长 付晨阳"],
    ],
)
def test_posts_and_names_listed_under_a_groups_turn(lines: list[str]) -> None:
    """请三家县级中医院的院长分享… then lines of a post, a gap and a name: each a turn (the
    lines are not joined as one broken sentence)."""
    body = "\n".join(lines)
    meeting = parse(
        f"论坛主持词\n一、经验交流\n请三家县级中医院的院长分享名医工作室建设经验，每家10分钟。\n{body}\n\n"
        "二、闭幕\n请党委书记傅春梅作论坛总结。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [
        ("曾国栋", "南丰县中医院院长"),
        ("饶秋月", "黎川县中医院院长"),
        ("付晨阳", "资溪县中医院副院长"),
    ]


def test_a_line_with_a_gap_that_is_no_post_and_name_is_joined() -> None:
    """本次会议的主要任务是 传达学习…: a PDF line with a gap, no post before it: one sentence."""
    meeting = parse(
        "会议主持词\n同志们：\n本次会议的主要任务是 传达\n学习上级会议精神。\n会议进行第一项，请书记讲话。\n"
    )
    texts = [s.text for s in meeting.opening if isinstance(s, Passage)]
    assert any("传达学习上级会议精神" in t for t in texts)


@pytest.mark.parametrize(
    ("heading", "lines", "names"),
    [
        (
            "二、获奖代表发言",
            [
                "1．导师代表褚文涛（海洋学院博士生导师）",
                "2．研究生代表陶若曦（材料学院博士研究生）",
            ],
            ["褚文涛", "陶若曦"],
        ),
        (
            "二、交流发言",
            ["1．一车间主任夏建军", "2．二车间主任万婷婷"],
            ["夏建军", "万婷婷"],
        ),
        (
            "二、主旨报告",
            [
                "1．邬家骏教授：《经方在县域常见病诊疗中的应用》（40分钟）",
                "2．省中医院主任荀晓岚：《基层治未病》",
            ],
            ["邬家骏", "荀晓岚"],
        ),
    ],
)
def test_numbered_people_under_a_heading_that_names_the_turn(
    heading: str, lines: list[str], names: list[str]
) -> None:
    """四、获奖代表发言 then 1．导师代表褚文涛（…）: the heading tells the turn, each numbered
    person takes one (a programme's 1．…教授：《题目》 too)."""
    body = "\n".join(lines)
    meeting = parse(
        f"大会主持词\n一、开幕\n请校长致辞。\n{heading}\n{body}\n每人发言5分钟。\n五、闭幕\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == names
    assert all(c.kind == "speech" for c in meeting.items[1].speakers)


@pytest.mark.parametrize(
    "line",
    ["下面，我代表局党组领导班子作对照检查。", "下面，本人代表支部委员会作对照检查。"],
)
def test_the_chairs_own_turn_under_a_heading_is_no_cue(line: str) -> None:
    """三、代表领导班子作对照检查 then 我代表…作对照检查: the chair's own turn, no cue."""
    meeting = parse(
        f"民主生活会主持词\n一、开幕\n请书记讲话。\n二、代表领导班子作对照检查\n{line}\n三、闭幕\n"
    )
    assert meeting.items[1].speakers == []


@pytest.mark.parametrize(
    ("closed", "lecture"),
    [
        (
            "开班仪式到此结束。请大家休息10分钟。",
            "下面开始第一讲：《档案管理规定》解读。请市档案馆业务指导科科长李华同志授课。",
        ),
        (
            "开班式到此结束。",
            "拍集体照后，开始第一讲：《全民健身国家战略》，由教授廖国栋主讲，时间约90分钟。",
        ),
        ("开学典礼到此结束。", "下面开始第一讲，由王老师讲授《安全生产法》。"),
    ],
)
def test_the_first_lecture_after_the_opening_ceremony_is_an_item(closed: str, lecture: str) -> None:
    """The ceremony's three items, its close, then 第一讲: the course's first lecture is item 4,
    not the ceremony's item 1 again nor the closing."""
    meeting = parse(
        "培训班开班仪式主持词\n各位学员：\n开班仪式进行第一项，请局长作动员讲话。\n"
        "开班仪式进行第二项，请主任宣读学员须知。\n开班仪式进行第三项，请学员代表表态发言。\n"
        f"{closed}\n{lecture}\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert len(meeting.items[3].speakers) == 1


def test_a_second_lecture_of_a_course_run_as_items_is_no_restart() -> None:
    """第一讲 … 第二讲 as the course's own items, nothing closed before them: items 1 and 2."""
    meeting = parse(
        "培训主持词\n各位学员：\n下面开始第一讲，请王教授授课。\n下面开始第二讲，请李教授授课。\n培训到此结束。\n"
    )
    assert [i.number for i in meeting.items] == [1, 2]


@pytest.mark.parametrize(
    "sentence",
    [
        "其他家属还有没有想说的？欢迎大家继续发言。",
        "请大家继续发言。",
        "（对照检查）大家对支委会有什么批评意见，请提出来。",
        "同志们对班子还有什么意见建议，都可以讲。",
    ],
)
def test_the_room_asked_again_is_its_turn(sentence: str) -> None:
    """欢迎大家继续发言 after a question / 大家对支委会有什么批评意见，请提出来: the room's turn."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请各二级学院院长上台，为本学院毕业生代表拨穗正冠。", None),
        ("有请沈路遥院长为毕业生代表拨穗正冠。", "沈路遥"),
        ("请校长方志远同志为他们拨穗。", "方志远"),
    ],
)
def test_turning_the_tassel_is_an_act(sentence: str, name: str | None) -> None:
    """拨穗正冠: a step done by the one asked (or the deans as a body), no timer."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == ("action", name)


@pytest.mark.parametrize(
    "sentence",
    [
        "请各位负责人会后对照点评意见和讲话要求，查找不足，抓好整改。",
        "秦总讲的几条要求，请各部门负责人会后马上传达到每个班组。",
        "请全体党员起立，面向党旗，举起右手，由我领誓。",
        "（二）盛晓红同志作个人对照检查（主持人本人）",
        "审议中，请各小组重点围绕以下几个方面发表意见：一是工作任务的完成情况。",
        "听证参加人对回应还有意见的，请在听证笔录上签字时一并注明。",
    ],
)
def test_after_the_meeting_the_chairs_own_and_the_breakouts_are_no_turns(sentence: str) -> None:
    """会后…传达 is for later; 由我领誓 and （主持人本人） are the chair's own; 请各小组…发表意见 is
    the breakout groups talking apart: nobody's turn in the meeting."""
    assert find_cue(normalise(sentence)) is None


def test_a_breakout_groups_leader_reporting_back_is_a_turn() -> None:
    """请各小组组长汇报讨论情况: the leaders report to the room, a group's turn."""
    cue = find_cue(normalise("请各小组组长汇报讨论情况。"))
    assert cue is not None and cue.group


@pytest.mark.parametrize(
    "sentence",
    [
        "以上是班子的对照检查，大家有什么批评意见，请提出来。",
        "还有哪位朋友想说的？请举手，我们把话筒递过去。",
        "第二轮发言：第一轮发言后还有补充意见的，请举手示意，每人限时2分钟。",
    ],
)
def test_the_room_asked_after_a_turn_is_its_turn(sentence: str) -> None:
    """大家有什么批评意见，请提出来 after the chair's own check / 还有哪位想说的？请举手: the floor."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("第一位发言的是民革市委会主委陈家豪委员，他代表民革市委会发言。", "陈家豪"),
        ("第三位发言的是县医院院长王立新同志。", "王立新"),
        ("首先发言的是村党支部书记李强同志。", "李强"),
    ],
)
def test_the_one_who_speaks_told_by_the_order(sentence: str, name: str) -> None:
    """第一位发言的是…陈家豪委员: that person's turn."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name


@pytest.mark.parametrize(
    "plan",
    [
        "我们请几所学校的老师和同学先谈一谈，每人控制在8分钟左右，然后大家可以自由交流。",
        "我们先请三位企业家代表谈谈体会，之后请大家自由发言。",
    ],
)
def test_a_plan_told_as_we_will_ask_is_no_turn(plan: str) -> None:
    """我们请…先谈一谈，…，然后大家可以自由交流: the plan; the turns come as each is asked."""
    meeting = parse(
        f"座谈会主持词\n会议进行第一项，交流发言。\n{plan}\n1.请团委副书记骆家明老师发言；\n"
        "2.请学生会长谭晓宇同学发言。\n会议进行第二项，请书记讲话。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["骆家明", "谭晓宇"]


@pytest.mark.parametrize(
    "sentence",
    [
        "请同志们对支委会提出批评意见。",
        "下面，请大家对班子提出批评意见。",
        "请党员们对我提出意见建议。",
    ],
)
def test_the_room_asked_to_criticise_is_its_turn(sentence: str) -> None:
    """请同志们对支委会提出批评意见 after the chair's own check: the room's turn, no name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


def test_views_asked_for_after_the_meeting_are_no_turn() -> None:
    """请大家对我们的工作提出意见建议，会后交给办公室: for later, no turn now."""
    assert find_cue(normalise("请大家对我们的工作提出意见建议，会后交给办公室。")) is None


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "由上届学生会主席郝梦瑶领誓，新任学生会主席秦朗同学监誓。",
            [("郝梦瑶", "领誓"), ("秦朗", "监誓")],
        ),
        (
            "由镇长王刚同志领誓，县人大常委会主任旺堆同志监誓。",
            [("王刚", "领誓"), ("旺堆", "监誓")],
        ),
    ],
)
def test_the_oaths_two_offices_in_one_sentence(sentence: str, acts: list[tuple[str, str]]) -> None:
    """由…领誓，…同志监誓: the one leading the oath and the one supervising it, a step each."""
    meeting = parse(f"宣誓仪式主持词\n仪式进行第一项，宣誓。\n{sentence}\n（宣誓）\n仪式结束。\n")
    steps = meeting.items[0].speakers
    assert [(c.name, c.kind) for c in steps] == [(name, "action") for name, _ in acts]
    assert all(act in c.text for c, (_, act) in zip(steps, acts, strict=True))


def test_the_chairs_own_turn_in_a_numbered_list_is_no_cue() -> None:
    """（二）盛晓红同志作个人对照检查（主持人本人）: the chair in the list of turns, no cue."""
    meeting = parse(
        "组织生活会主持词\n一、开幕\n请书记讲话。\n二、党员开展批评和自我批评\n（一）宁海涛同志作个人对照检查\n"
        "（二）盛晓红同志作个人对照检查（主持人本人）\n（三）柯文亮同志作个人对照检查\n三、闭幕\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["宁海涛", "柯文亮"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("请总监票人报告到会人数。", "action"),
        ("请计票人报告计票结果。", "action"),
        ("请总监票人说明填写选票注意事项。", "speech"),
    ],
)
def test_the_vote_counters_report_is_a_step(sentence: str, kind: str) -> None:
    """请总监票人报告到会人数: the count of the vote read out, a step (not the roll of the
    rooms, which is no turn); explaining the ballot is a speech."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == kind


def test_people_sent_to_the_counting_room_are_no_next_turn() -> None:
    """请监票人、计票人到计票室计票 after the count was reported: nobody's turn (计 is a surname,
    计票 no name)."""
    meeting = parse(
        "人代会主持词\n大会进行第一项，选举。\n请总监票人报告发出选票和收回选票情况。\n"
        "请监票人、计票人到计票室计票。\n（计票）\n现在请总监票人鲁凤兰同志宣布选举结果。\n闭会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == [None, "鲁凤兰"]


@pytest.mark.parametrize(
    ("title", "warned"),
    [
        ("教师代表发言", True),
        ("专题讲座", True),
        ("请派出所龙启明所长陪同学们上好安全第一课", True),
        ("由我代表支部委员会作对照检查", False),
        ("表决通过工作报告", False),
        ("自由交流", False),
        ("对述职情况进行测评", False),
        ("文艺演出", False),
    ],
)
def test_an_item_that_names_a_turn_but_has_none_is_warned(title: str, warned: bool) -> None:
    """第3项“教师代表发言” with no speaker found: likely a misread turn, so check warns (and run
    offers the review); the chair's own turn, a vote, the room's talk are no speaker's."""
    meeting = parse(
        f"大会主持词\n会议进行第一项，请校长王立讲话。\n会议进行第二项，{title}。\n（略）\n"
        "会议进行第三项，请书记讲话。\n散会。\n"
    )
    assert meeting.items[1].speakers == []
    said = [w for w in meeting.warnings if "没有找到发言人" in w]
    assert bool(said) == warned
    assert not warned or said[0].startswith("第2项")


def test_an_item_that_names_a_turn_and_has_it_is_not_warned() -> None:
    meeting = parse("大会主持词\n会议进行第一项，教师代表发言。\n请教师代表王丽发言。\n散会。\n")
    assert not any("没有找到发言人" in w for w in meeting.warnings)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("有请________轮机长的爱人________女士。", None),
        ("有请王刚轮机长的爱人李芳女士。", "李芳"),
        ("请捐献者林子航的父亲林建华先生发言。", "林建华"),
        ("请老党员周大山的女儿周敏发言。", "周敏"),
    ],
)
def test_a_relative_invited_by_the_relation(sentence: str, name: str | None) -> None:
    """…轮机长的爱人________女士: the one invited is the relative, named or still blank."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == "speech" and cue.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "第二轮抽奖，请中心书记×××抽取二等奖；第三轮，请集团副总经理×××抽取一等奖。",
        "第一批，请王刚同志颁奖；第二批，请李明同志颁奖。",
    ],
)
def test_rounds_asked_in_one_sentence_are_a_step_each(sentence: str) -> None:
    """…抽取二等奖；第三轮，请…抽取一等奖: two rounds, two people, two steps."""
    meeting = parse(f"年会主持词\n年会第一项，抽奖。\n{sentence}\n年会到此结束。\n")
    assert len(meeting.items[0].speakers) == 2


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "第一位，英格堡乡哈萨克刺绣合作社理事长阿依努尔·哈森；",
            "阿依努尔·哈森",
            "英格堡乡哈萨克刺绣合作社理事长",
        ),
        ("第二位，东城镇“雪莲花”家庭农场主周玉芳；", "周玉芳", "东城镇“雪莲花”家庭农场主"),
        (
            "第三位，“天山好物”电商直播间主播古丽扎尔·叶尔肯。",
            "古丽扎尔·叶尔肯",
            "“天山好物”电商直播间主播",
        ),
        ("第四位，城区“惠民烟酒”店主陈海波。", "陈海波", "城区“惠民烟酒”店主"),
    ],
)
def test_the_next_one_by_ordinal_with_a_long_name_or_a_trade(
    line: str, name: str, role: str
) -> None:
    """第一位，…理事长阿依努尔·哈森； / …家庭农场主周玉芳: a dotted name is a name at any length;
    农场主, 店主 and 主播 are posts."""
    meeting = parse(
        f"论坛主持词\n论坛第一项，创业故事分享。\n接下来，有请四位姐妹分享。\n{line}\n散会。\n"
    )
    assert (name, role) in [(c.name, c.role) for c in meeting.items[0].speakers]


@pytest.mark.parametrize(
    "overview",
    [
        "本次论坛分开幕致辞、主旨报告、创业故事分享、圆桌对话四个部分。",
        "本次论坛分为开幕致辞、主旨报告、创业故事分享、圆桌对话四个部分。",
        "本次论坛分成开幕致辞、主旨报告、创业故事分享和圆桌对话四个环节。",
    ],
)
def test_parts_listed_after_fen_name_the_items(overview: str) -> None:
    """本次论坛分开幕致辞、…四个部分: the parts are the items, as after 分为."""
    meeting = parse(
        f"论坛主持词\n各位：\n{overview}\n首先进行开幕致辞。\n有请妇联主席努尔古丽致辞。\n"
        "下面进入主旨报告。\n有请赵红梅教授作主旨报告。\n接下来是创业故事分享。\n请周玉芳分享。\n"
        "最后是圆桌对话环节。\n本环节由马建新局长主持。\n论坛到此结束。\n"
    )
    assert [i.title for i in meeting.items] == ["开幕致辞", "主旨报告", "创业故事分享", "圆桌对话"]


def test_a_list_of_speakers_numbered_again_leaves_the_overviews_list_a_list() -> None:
    """议程：1.… 4.… then, under item 2, speakers 1.…8.: the 5. of the speakers is not the
    overview's numbering going on, so the overview's lines stay its list."""
    speakers = "\n".join(
        f"{k}.请委员{n}发言；"
        for k, n in enumerate(["林若溪", "陆晓川", "俞国栋", "钱静", "黄立新"], 1)
    )
    meeting = parse(
        "协商会主持词\n各位委员：\n今天的协商会，主要有这样几项议程：\n1.调研组通报调研情况；\n"
        "2.委员协商发言；\n3.有关部门回应；\n4.景文涛副市长讲话。\n"
        "下面，进行第一项议程，请调研组组长方宏伟同志通报调研情况。\n接下来，进入协商发言环节。我们按顺序进行：\n"
        f"{speakers}\n刚才的发言，请相关部门作回应。\n请市农业农村局局长陈家豪同志回应。\n"
        "最后，让我们以热烈的掌声欢迎景文涛副市长讲话！\n今天的协商会就到这里。\n"
    )
    assert len(meeting.items) == 4
    assert len(meeting.items[1].speakers) == 5


@pytest.mark.parametrize(
    "overview",
    [
        "本次论坛包括开幕式、主题演讲、校友企业家对话和签约仪式四个环节。",
        "本次论坛包含开幕式、主题演讲、校友企业家对话、签约仪式四个部分。",
    ],
)
def test_parts_listed_after_baokuo_name_the_items(overview: str) -> None:
    """本次论坛包括开幕式、…四个环节: the parts named are the items."""
    meeting = parse(
        f"论坛主持词\n各位校友：\n{overview}\n首先是开幕式。\n有请宫振东书记致辞。\n"
        "下面进入主题演讲环节。\n第一位演讲嘉宾是孔德胜院士。\n接下来是校友企业家对话环节。\n"
        "本环节由卜海燕院长主持。\n最后是签约仪式。\n请洪晓军副校长与校友企业代表签订协议。\n论坛到此结束。\n"
    )
    assert [i.title for i in meeting.items] == ["开幕式", "主题演讲", "校友企业家对话", "签约仪式"]


def test_an_overview_of_the_aspects_arranged() -> None:
    """今天的座谈主要安排三个方面：第一，…；第二，…；第三，…: the agenda in three entries."""
    meeting = parse(
        "座谈会主持词\n各位零售户朋友：\n今天的座谈主要安排三个方面：第一，营销中心通报一季度情况；"
        "第二，零售户代表座谈发言；第三，刘总讲话。\n先请营销中心主任曾宪明通报一季度情况。\n"
        "下面请零售户代表发言。请青塘镇零售户钟丽萍先说。\n请养殖户王大军发言。\n"
        "最后，请刘志坚总经理讲话。\n散会。\n"
    )
    assert [i.title for i in meeting.items] == [
        "营销中心通报一季度情况",
        "零售户代表座谈发言",
        "刘总讲话",
    ]
    assert [c.name for c in meeting.items[1].speakers] == ["钟丽萍", "王大军"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("请支部副书记邱玉玲同志先开始。", "邱玉玲"), ("请便利店店主黄春秀大姐先说。", "黄春秀")],
)
def test_asked_to_begin_is_a_turn(sentence: str, name: str) -> None:
    """请…同志先开始 / …先说: the first turn of a round."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name and cue.kind == "speech"


def test_a_request_opened_by_after_the_meeting_is_no_turn() -> None:
    """会后，请各位党组织书记…建立问题清单: for after the meeting, no turn in it."""
    meeting = parse(
        "述职评议会主持词\n会议进行第一项，请组织部副部长蔺文杰同志讲话。\n"
        "会后，请各位党组织书记结合点评意见，建立问题清单，限期整改。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["蔺文杰"]


def test_a_kind_of_people_asked_before_each_is_named_only_announces_them() -> None:
    """请拟任职人员作拟任职发言 then 先请欧阳德同志发言。请杨晓芬同志发言。: the kind announces."""
    meeting = parse(
        "常委会主持词\n会议进行第一项，审议人事任免事项。\n下面，请拟任职人员作拟任职发言，每人不超过3分钟。\n"
        "先请欧阳德同志发言。\n请杨晓芬同志发言。\n散会。\n"
    )
    assert [(c.name, c.limit_s) for c in meeting.items[0].speakers] == [
        ("欧阳德", 180),
        ("杨晓芬", 180),
    ]


def test_the_counters_tasks_are_no_next_turn() -> None:
    """请总监票人报告发出情况 then 请监票人检查票箱: the box checked, no one named 检查票箱."""
    meeting = parse(
        "人代会主持词\n大会进行第一项，选举。\n请总监票人报告选票发出情况。\n请监票人检查票箱。\n"
        "（检查票箱）\n请总监票人宣布选举结果。\n闭会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == [None, None]


@pytest.mark.parametrize(
    "comes_up",
    [
        "请签约单位负责同志依次上台。",
        "请被签约单位负责人按座位顺序上台。",
        "请签订责任书的各单位主要负责人按座签顺序依次上台，签订完毕后从舞台右侧下台。",
    ],
)
def test_the_other_side_of_a_signing_coming_up_in_order_is_no_step(comes_up: str) -> None:
    """请…主任廖卫国同志与各单位负责人签订责任书。 then the other side coming up in order: the
    named signer's step only."""
    meeting = parse(
        "安全生产会主持词\n会议进行第一项，签订责任书。\n"
        f"请管理处主任廖卫国同志与各单位负责人签订责任书。\n{comes_up}\n（签订）\n会议结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["廖卫国"]


def test_those_who_swear_behind_the_leader_are_no_step() -> None:
    """本次宣誓由…局长司马骏同志监誓，由…科长崔立新同志领誓。请宣誓人员上台，面向国旗列队站立。:
    the supervisor and the leader each a step, the rest none."""
    meeting = parse(
        "宣誓仪式主持词\n仪式进行第一项，举行宪法宣誓。\n本次宣誓由局党组书记、局长司马骏同志监誓，"
        "由新任职的双拥优抚科科长崔立新同志领誓。\n请全体起立。请宣誓人员上台，面向国旗列队站立。\n"
        "（宣誓）\n仪式结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["司马骏", "崔立新"]


def test_qiu_is_a_surname() -> None:
    assert split_name("第一税务分局局长裘海燕") == ("裘海燕", "第一税务分局局长")


def test_people_asked_by_name_alone_under_an_item_that_tells_the_turns() -> None:
    """会议进行第二项，党员个人对照检查…依次进行 then 首先请…彭志远同志。 / 请其余党员同志依次进行。:
    the item tells the turns; each person asked is one, the rest the others' turn."""
    meeting = parse(
        "组织生活会主持词\n会议进行第一项，请书记讲话。\n"
        "会议进行第二项，党员个人对照检查，开展批评和自我批评。先由支委带头，其他党员按座次依次进行。\n"
        "首先请支部副书记、车间主任彭志远同志。\n请支部组织委员邹丽萍同志。\n请其余党员同志依次进行。\n"
        "会议进行第三项，民主评议党员。\n散会。\n"
    )
    turns = [(c.name, c.group) for c in meeting.items[1].speakers]
    assert turns == [("彭志远", False), ("邹丽萍", False), (None, True)]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "1．镇渔业办主任郑国平，汇报渔船回港和人员上岸情况；",
            "2．边防派出所所长林海波，汇报沿海人员撤离；",
        ],
        [
            "（1）镇渔业办主任郑国平，介绍渔船回港情况；",
            "（2）边防派出所所长林海波，介绍人员撤离情况；",
        ],
    ],
)
def test_numbered_people_with_what_they_report(lines: list[str]) -> None:
    """按以下顺序： then 1．…主任郑国平，汇报…；: each numbered person a turn, what about after."""
    body = "\n".join(lines)
    meeting = parse(
        "防台会议主持词\n进行第一项议程，有关单位汇报防台准备情况。每个单位汇报不超过3分钟，按以下顺序：\n"
        f"{body}\n进行第二项议程，请镇长讲话。\n散会。\n"
    )
    assert [(c.name, c.limit_s) for c in meeting.items[0].speakers] == [
        ("郑国平", 180),
        ("林海波", 180),
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请总监票人普布次仁同志清点到会人数，并报告选票发放情况。", "普布次仁"),
        ("请总监票人清点人数，并报告选票发放情况。", None),
        ("请计票人统计票数后宣布结果。", None),
    ],
)
def test_the_counter_asked_to_count_and_report_is_a_step(sentence: str, name: str | None) -> None:
    """请总监票人…清点到会人数，并报告…: the count of the vote read out, an action."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == ("action", name)


def test_a_speech_and_then_an_act_by_one_person_are_two_steps() -> None:
    """请…郁长青讲话并宣布“安全生产月”活动启动: his speech, timed, then his act."""
    meeting = parse(
        "启动仪式主持词\n仪式进行第一项，请公司党委书记、董事长郁长青讲话并宣布“安全生产月”活动启动。\n"
        "仪式结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("郁长青", "speech"),
        ("郁长青", "action"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "请各位党员按照花名册顺序，到组织委员处缴纳3月份党费并签字确认。",
        "由大会秘书处汇总后转财务处答复。",
    ],
)
def test_paperwork_is_no_step(sentence: str) -> None:
    """签字确认 and the secretariat's collecting: paperwork, nobody's step."""
    assert find_cue(normalise(sentence)) is None


def test_the_others_told_to_speak_after_a_named_turn_in_one_sentence() -> None:
    """再请客户经理向丽丽同志发言，其他同志自由发言。: her turn, then the others'."""
    meeting = parse(
        "党日活动主持词\n会议进行第一项，交流研讨。\n先请运维班班长侯建军同志发言，"
        "再请客户经理向丽丽同志发言，其他同志自由发言。\n会议进行第二项，缴纳党费。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["侯建军", "向丽丽", None]


def test_a_groups_turn_before_its_blank_named_people_only_announces_them() -> None:
    """请老兵代表座谈发言。 then 请老兵代表×××发言。×2: the group line announces them."""
    meeting = parse(
        "座谈会主持词\n下面进行第一项，请老兵代表座谈发言。每人发言控制在6分钟以内。\n"
        "请老兵代表×××发言。\n请老兵代表×××发言。\n下面进行第二项，请局长讲话。\n散会。\n"
    )
    assert [(c.name, c.role, c.limit_s) for c in meeting.items[0].speakers] == [
        (None, "老兵代表", 360),
        (None, "老兵代表", 360),
    ]


def test_a_meetings_two_stages_told_ahead_are_no_turn() -> None:
    """分两个阶段：第一阶段在报告厅集中开会；第二阶段…由班主任介绍…: the plan, no turn."""
    meeting = parse(
        "家长会主持稿\n各位家长：\n今天的家长会分两个阶段：第一阶段在报告厅集中开会，大约一小时；"
        "第二阶段各位家长到孩子所在班级，由班主任介绍班级情况。\n下面进行第一项，请校长讲话。\n散会。\n"
    )
    assert [c for c in meeting.opening if isinstance(c, SpeakerCue)] == []


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        ("下面，请新当选的会长林永庆先生主持大会。", "action", "林永庆"),
        ("下面，请总监票人郭志明先生报告到会代表人数。", "action", "郭志明"),
        ("其他老同志，有想讲的请举手，我们把话筒递过去。", "speech", None),
    ],
)
def test_the_chair_handed_over_the_counters_report_and_the_floor(
    sentence: str, kind: str, name: str | None
) -> None:
    """主持大会 handed to the one elected, a step; the named counter's report, a step; the
    others asked to raise a hand after a comma, the floor."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == (kind, name)


def test_each_batch_of_signers_called_up_is_its_own_step() -> None:
    """第一批…请签约双方代表上台签约 … 第二批…请签约双方代表上台签约: a step each batch, not
    the other side of the first."""
    meeting = parse(
        "签约仪式主持词\n仪式进行第一项，集中签约。\n第一批签约项目共6个。请签约双方代表上台签约，"
        "有请常务副州长龙春燕女士上台见证。\n（签约）\n第二批签约项目共5个。请签约双方代表上台签约。\n"
        "（签约）\n仪式结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        (None, "action"),
        (None, "action"),
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请焊管一厂成型工王春雷师傅先发言。", "王春雷", "焊管一厂成型工"),
        ("下面请精整车间探伤工李秀娟发言。", "李秀娟", "精整车间探伤工"),
        ("请装配车间装配工赵大海发言。", "赵大海", "装配车间装配工"),
        ("请车间主任王师傅讲话。", "王师傅", "车间主任"),
        ("请退休老师傅张国庆发言。", "张国庆", None),
        ("请老师傅代表张国庆发言。", "张国庆", "老师傅代表"),
    ],
)
def test_a_worker_by_trade_and_a_master_honoured(
    sentence: str, name: str, role: str | None
) -> None:
    """探伤工 / 成型工: a trade is a post; 师傅 after a name honours it, as 同志 does."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        (
            "请本馆地质学组研究员陈怡君为大家简介观测站的设置与功能，约十分钟。",
            "speech",
            "陈怡君",
            "本馆地质学组研究员",
        ),
        (
            "第二讲，《实体店规范化管理与销售服务》。主讲人是中心渠道管理部部长龙婷婷，一个小时左右。",
            "speech",
            "龙婷婷",
            "中心渠道管理部部长",
        ),
        ("本讲主讲人：省委党校教授李明。", "speech", "李明", "省委党校教授"),
        (
            "恭请林佳慧次长、郭俊贤馆长、张文彬区长移驾至观测站入口，共同为观测站揭牌。",
            "action",
            "林佳慧",
            "次长",
        ),
        ("请副县长程立群同志移步到台前，为新交易场所揭牌。", "action", "程立群", "副县长"),
        ("请艾滋病、结核病防制科科长杨秀兰同志述职。", "speech", "杨秀兰", "结核病防制科科长"),
        (
            "请高二年级教务员魏春花老师，把这次考试的成绩情况给大家作一个分析。",
            "speech",
            "魏春花",
            "高二年级教务员",
        ),
        (
            "请心理健康教育中心心理教师马玉婷，给家长们讲一讲怎样度过高二。",
            "speech",
            "马玉婷",
            "心理健康教育中心心理教师",
        ),
    ],
)
def test_turns_told_in_other_words(sentence: str, kind: str, name: str, role: str) -> None:
    """简介 is a speech; the lecturer told (主讲人是…) is the lecture's turn; those asked to walk
    to the spot and then act; a field before an office is no one's name; the person asked, a
    comma, and then what to do."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


@pytest.mark.parametrize(
    "sentence",
    [
        "请各位家长，给孩子们讲一讲。",
        "请大家安静，给我们讲话的人一点时间。",
        "主讲人是谁大家都知道。",
    ],
)
def test_no_one_asked_before_the_comma(sentence: str) -> None:
    """The room before the comma, or a lecturer asked about: no one's turn."""
    assert find_cue(normalise(sentence)) is None


def test_a_lecturer_told_and_then_welcomed_is_one_turn() -> None:
    """授课老师是…柴文华老师。… 欢迎副研究馆员柴文华老师授课！: one turn, the welcome's."""
    meeting = parse(
        "培训班主持词\n下面开始第一讲：档案整理实务。授课老师是市档案馆科长柴文华老师。\n"
        "柴老师长期从事档案业务指导。\n下面，让我们以热烈的掌声欢迎副研究馆员柴文华老师授课！\n"
        "下面开始第二讲：数字档案。\n请馆长讲课。\n散会。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [("柴文华", "副研究馆员")]


@pytest.mark.parametrize(
    "joined", ["讲话，并为新交易场所揭牌", "讲话并为展馆揭牌", "讲话，并宣布开工"]
)
def test_a_speech_and_then_an_act_then_another_act(joined: str) -> None:
    """请…程立群同志讲话，并为…揭牌 and later 请程立群副县长按下启动键: three steps, the two of
    one line not taken for people named together."""
    meeting = parse(
        f"揭牌仪式主持词\n仪式进行第一项：请副县长程立群同志{joined}。\n（掌声）\n"
        "下面，请程立群副县长按下启动键。\n仪式结束。\n"
    )
    assert [(c.kind, c.name) for c in meeting.items[0].speakers] == [
        ("speech", "程立群"),
        ("action", "程立群"),
        ("action", "程立群"),
    ]


@pytest.mark.parametrize("award", ["请公司领导班子成员为他们颁奖。", "请台领导为他们颁奖。"])
def test_unnamed_leaders_awarding_before_a_speech_are_a_step(award: str) -> None:
    """请…上台领奖，请公司领导班子成员为他们颁奖。 then 请先进个人代表…发言: the award is a
    step; the speech after it is no turn of theirs."""
    meeting = parse(
        "表彰大会主持词\n大会进行第一项，表彰先进。\n请获奖的同志上台领奖，"
        f"{award}\n（颁奖，奏乐）\n下面，请先进个人代表、种植户郭淑珍同志发言。\n散会。\n"
    )
    assert [(c.kind, c.name) for c in meeting.items[0].speakers] == [
        ("action", None),
        ("speech", "郭淑珍"),
    ]


def test_the_first_turn_of_an_overviews_item_needs_no_word_that_moves_on() -> None:
    """安排三项内容：一是职工代表发言… 先从我左手边开始，请…发言。下面请…发言。…下面请…回应。
    最后，请…讲话。: item 1 opens at the first turn."""
    meeting = parse(
        "座谈会主持词\n今天的座谈会安排三项内容：一是职工代表发言；二是工会主席回应；三是公司领导讲话。\n"
        "先从我左手边开始，请成型工王春雷师傅先发言。\n（发言）\n下面请探伤工李秀娟发言。\n"
        "请叉车司机马东升发言。\n下面请工会主席吕凤霞作个回应。\n最后，请任志远副总经理讲话。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["王春雷", "李秀娟", "马东升"],
        ["吕凤霞"],
        ["任志远"],
    ]


@pytest.mark.parametrize("said", ["今天上午的全体会议，有三项议程。", "本次全体会议共有三项议程。"])
def test_a_sitting_that_runs_some_of_the_sessions_items(said: str) -> None:
    """共六项：一、…六、… then 今天上午的全体会议，有三项议程 and three items run: no more items
    looked for in the chair's remarks after them."""
    meeting = parse(
        "人代会第一次全体会议主持词\n本次会议议程共六项：一、听取政府工作报告；二、审查计划报告；"
        "三、审查预算报告；四、听取人大常委会工作报告；五、听取法院工作报告；六、听取检察院工作报告。\n"
        f"{said}\n首先，进行大会第一项议程，听取县长作政府工作报告。\n请覃永红县长作报告。\n"
        "下面进行大会第二项议程，审查计划报告。\n大会进行第三项议程，审查预算报告。\n"
        "请财政局局长邓春燕同志作说明。\n明天上午召开第二次全体会议，听取县人大常委会、县人民法院的工作报告。\n"
        "现在休会。\n"
    )
    assert len(meeting.items) == 3


def test_an_item_counted_as_a_content() -> None:
    """集中会议有四个内容。第一个内容，请…讲话。: 第N个内容 numbers an item."""
    meeting = parse(
        "家长会主持词\n集中会议有两个内容。\n第一个内容，请副校长郝建军讲话。\n"
        "第二个内容，期中考试质量分析。请教务员魏春花老师作分析。\n散会。\n"
    )
    assert [item.number for item in meeting.items] == [1, 2]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("（2026年3月12日，焊管一厂三楼职工书屋）", "焊管一厂三楼职工书屋"),
        ("今天我们把大家请到中心二楼活动室，开个座谈会。", "中心二楼活动室"),
        ("培训地点在图书馆一楼学术报告厅。", "图书馆一楼学术报告厅"),
        ("今天的家长会先在学校报告厅集中开，大约一个小时。", "学校报告厅"),
    ],
)
def test_the_place_said_in_other_words(line: str, place: str) -> None:
    """A room named in the line under the title, where the room is asked to, the training's
    place, or where the meeting is held first."""
    meeting = parse(f"座谈会主持词\n{line}\n下面进行第一项，请局长讲话。\n散会。\n")
    assert meeting.place == place


def test_a_speaker_we_brought_in_who_then_speaks() -> None:
    """我们请到了…民警顾晓东同志，他为大家讲一讲…: his turn, as with 邀请到."""
    cue = find_cue(normalise("我们请到了市公安局反诈中心民警顾晓东同志，他为大家讲一讲防范办法。"))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (
        "speech",
        "顾晓东",
        "市公安局反诈中心民警",
    )


@pytest.mark.parametrize(
    ("second", "steps"),
    [
        ("请各专项工作组组长和科室主任上台签订责任书。", 2),
        ("请各专项工作组组长按顺序上台签订责任书。", 1),
    ],
)
def test_a_second_signing_between_two_named_sides_is_its_own_step(second: str, steps: int) -> None:
    """请院长…和各组长上台签订责任书。请各组长和科室主任上台签订责任书。: a second signing,
    both its sides named; those coming up in order alone are the first one's other side."""
    meeting = parse(
        "动员大会主持词\n接着进行会议的第一议程，签订责任书。\n"
        f"请院长黎国强同志和各专项工作组组长上台签订责任书。\n{second}\n散会。\n"
    )
    assert len(meeting.items[0].speakers) == steps


def test_a_groups_act_before_anothers_act_is_a_step() -> None:
    """请各会员企业负责人依次上台签署公约。 then 请…卜永刚先生…宣读承诺书: the group's signing
    is a step; a reading after it is no one the group line announces."""
    meeting = parse(
        "年会主持词\n大会进行第一项，签署诚信经营公约。\n请各会员企业负责人依次上台签署公约。\n"
        "（签署公约）\n请协会副会长卜永刚先生代表全体会员企业宣读承诺书。\n散会。\n"
    )
    assert [(c.kind, c.name) for c in meeting.items[0].speakers] == [
        ("action", None),
        ("action", "卜永刚"),
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("请各位领导和嘉宾移步奠基石前，为项目奠基培土。", "各位领导和嘉宾"),
        ("请公司领导班子成员为他们颁奖。", "公司领导班子成员"),
        ("请各专项工作组组长和科室主任上台签订责任书。", "各专项工作组组长和科室主任"),
        ("请各村党总支书记与本村监测员签订《监测责任书》。", "各村党总支书记"),
        ("现在，有请各位主礼嘉宾上台，手按启动球，共同启动计划。", "各位主礼嘉宾"),
    ],
)
def test_a_group_acting_is_named_by_its_own_words(sentence: str, role: str) -> None:
    """A group that acts without names: one step, no name, the group's words as its role, so
    the screen says who acts."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == ("action", None, role)


def test_people_named_acting_together_are_one_step_by_the_first() -> None:
    """请邬家明、戚建军、庞慧琴三位领导为他们颁奖: one step, the first one named."""
    cue = find_cue(normalise("请邬家明、戚建军、庞慧琴三位领导为他们颁奖。"))
    assert cue is not None and (cue.kind, cue.name) == ("action", "邬家明")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "请社区网格员、退役军人党支部书记阿不都热合曼同志发言。",
            "阿不都热合曼",
            "社区网格员、退役军人党支部书记",
        ),
        (
            "请苏木党委委员、副苏木达宝音德力格尔同志讲话。",
            "宝音德力格尔",
            "苏木党委委员、副苏木达",
        ),
        ("请县委书记旦增尼玛同志点评。", "旦增尼玛", "县委书记"),
        ("有请副总经理吴建平、艾尔肯·买买提为他们颁奖。", "吴建平", "副总经理"),
        (
            "下面请总监票人吐尔逊·巴拉提清点到会代表人数，报告发出选票数。",
            "吐尔逊·巴拉提",
            "总监票人",
        ),
        ('掌声有请"金牌引航员"叶海峰船长发表获奖感言。', "叶海峰", None),
    ],
)
def test_names_of_every_people(sentence: str, name: str, role: str | None) -> None:
    """A long name right after a post needs no surname (阿不都热合曼, 宝音德力格尔); a dotted
    name after a first one named is the second of them; 船长 / 苏木达 / 网格员 are posts."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name
    assert role is None or cue.role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "请欧阳志刚县长代表县政府分别与各乡镇主要负责同志签订责任书。",
        "仪式进行第二项，请船台车间电焊班班长符海龙代表一线员工作安全承诺发言。",
    ],
)
def test_words_after_a_name_are_no_long_name(sentence: str) -> None:
    """代表县政府 / 代表一线员工作安全承诺: words, not a long name after a post."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name in ("欧阳志刚", "符海龙")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("第三项：请黎振华副大队长作开班动员讲话。", "黎振华", "副大队长"),
        ("第三项，请扎西次仁主任讲话。", "扎西次仁", "主任"),
        ("请萨仁高娃委员发言。", "萨仁高娃", None),
        ("请次仁罗布市长代表市人民政府与各县政府主要负责同志签订责任书。", "次仁罗布", "市长"),
        ("先请柳河镇种植大户邰德顺介绍他家大棚育秧的经验；", "邰德顺", "柳河镇种植大户"),
        (
            "有请宏宇陶瓷华东区总经销商、杭州瓷缘建材董事长沈卫东先生上台致辞！",
            "沈卫东",
            "杭州瓷缘建材董事长",
        ),
        ("请得奖同学代表、医学院二年级学生罗嘉欣同学致谢辞。", "罗嘉欣", None),
        (
            "请脱贫致富带头人、高要村苗绣合作社理事长余阿英同志发言。",
            "余阿英",
            "高要村苗绣合作社理事长",
        ),
        ("由合作社技术员卜立伟现场演示育秧流水线的操作。", "卜立伟", "合作社技术员"),
        ("首先颁奖，请人力资源总监 尹佳琪宣读获奖名单。", "尹佳琪", "人力资源总监"),
        ("有请长河大学校长、中国工程院院士黎光远先生致辞。", "黎光远", None),
    ],
)
def test_names_before_a_post_and_after_words_of_praise(
    sentence: str, name: str, role: str | None
) -> None:
    """A four-character name before its post (扎西次仁主任; 委员 after a name only addresses);
    大队长, 大户 are posts; words of praise before a 、 (得奖同学代表、, 脱贫致富带头人、) name no
    one; 总经销商 is no name; 现场 says where the demonstration is."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name
    assert role is None or cue.role == role


def test_the_room_asked_to_criticise_each_member_is_a_turn_each_time() -> None:
    """请…何建民同志作对照检查。请同志们对何建民同志提出批评意见。…: the room's turn after each
    member's, not a group line announcing the members after it."""
    meeting = parse(
        "民主生活会主持词\n进行第一项议程，班子成员逐一作个人对照检查。\n"
        "请副局长何建民同志作对照检查。\n请同志们对何建民同志提出批评意见。\n"
        "请副局长张慧芳同志作对照检查。\n请同志们对张慧芳同志提出批评意见。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["何建民", None, "张慧芳", None]


def test_no_turn_in_the_chairs_own_points_of_what_all_must_do() -> None:
    """二要挂图作战。…由院长在下月的推进会上作说明。三要协同联动。请各县法院主动…汇报: the
    chair's points, no one's turn."""
    meeting = parse(
        "动员会主持词\n会议进行第一项，请院长杨秀梅同志作动员讲话。\n下面，我讲几点意见。\n"
        "二要挂图作战。排名后三位的法院，由院长在下月的推进会上作说明。\n"
        "三要协同联动。请各县（市）法院主动向当地党委政法委汇报。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["杨秀梅"]


def test_a_turn_told_for_a_party_then_its_speaker_invited_is_one_turn() -> None:
    """第一位发言的是民革市委会，…发言人是…严立华委员。有请严立华委员。: one turn, the speaker's."""
    meeting = parse(
        "政协全会主持词\n会议进行第一项，大会发言。\n第一位发言的是民革市委会，题目是《旅游》，"
        "发言人是民革市委会主委严立华委员。有请严立华委员。\n请周晓玲委员发言。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["严立华", "周晓玲"]


def test_the_next_request_after_a_comma_and_jiexialai_is_its_own_turn() -> None:
    """…钟丽萍发言，接下来请…武建军发言；: two turns in one sentence."""
    meeting = parse(
        "协商会主持词\n会议进行第一项，常委发言。\n首先请常委张明发言，然后请会长钟丽萍发言，"
        "接下来请工程师武建军发言；请副主席丁海峰发言。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["张明", "钟丽萍", "武建军", "丁海峰"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("首先请罗佳同志对五位书记的述职逐一点评。", "罗佳"),
        ("请县市场监管局局长吴彩霞先回应。", "吴彩霞"),
        ("有请贾立群团长为他们颁奖！", "贾立群"),
        ("二等奖，请罗新民副团长抽取！", "罗新民"),
        ("有请龚卫东校友作题为《人工智能不能替代的是什么》的报告。", "龚卫东"),
    ],
)
def test_one_person_with_a_turn_said_in_passing(sentence: str, name: str) -> None:
    """的述职 is what is talked about; 先 says when; 团长 is a post; 校友 honours a name; one
    person named who comments on each (逐一) is no group."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name


def test_two_named_in_one_sentence_take_their_turns_even_in_the_dotted_form() -> None:
    """请…艾合买提·依明同志、…孙玉梅同志依次表态: a turn each."""
    cue = find_cue(
        normalise("请阿合雅镇分管副镇长艾合买提·依明同志、英阿瓦提乡分管副乡长孙玉梅同志依次表态。")
    )
    assert cue is not None and [p[0] for p in cue.people] == ["艾合买提·依明", "孙玉梅"]


def test_the_items_leaders_said_as_a_request_then_one_named_commenting() -> None:
    """会议进行第二项：请考核组领导进行点评。首先请罗佳同志…点评。: the item's title said as a
    request, the one named its turn."""
    meeting = parse(
        "述职评议会主持词\n会议进行第一项：书记述职。\n请张三同志述职。\n"
        "会议进行第二项：请考核组领导进行点评。\n首先请罗佳同志对五位书记的述职逐一点评。\n散会。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["罗佳"]


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        (
            "第一项，由乡森林防火指挥部办公室主任（乡林业站站长）杨国富同志通报今冬以来防火工作情况。",
            "speech",
            "杨国富",
        ),
        (
            "本环节的主题是“古茶园如何让茶农增收”，由县融媒体中心主任符晓东先生主持，对话嘉宾有：…",
            "action",
            "符晓东",
        ),
        ("我们邀请到市委党校副教授孙立涵作专题辅导，时间约50分钟。", "speech", "孙立涵"),
        (
            "我们请到了家长代表、家委会成员陶铭先生，和大家谈一谈孩子入学第一年的经验。",
            "speech",
            "陶铭",
        ),
        (
            "我们请到了学部部长柯思远老师，他的报告题目是《生成式人工智能与教师教育》。",
            "speech",
            "柯思远",
        ),
        ("接下来，我们请到了心理教师蒋雨桐老师，为各位家长作专题讲座。", "speech", "蒋雨桐"),
        ("请县佛教协会副会长释妙音法师发言。", "speech", "释妙音"),
        ("今天的第一课，由副院长游丽君主讲《儿科护士的职业素养》。", "speech", "游丽君"),
        ("先请合作社副理事长余福生把方案给大家解释一下。", "speech", "余福生"),
        ('下面请"幕后英雄"代表，道具组组长田桂香老师说几句获奖感言。', "speech", "田桂香"),
        ("请柏建峰副关长代表关党委，与各隶属海关主要负责人签订责任书。", "action", "柏建峰"),
    ],
)
def test_turns_in_more_of_the_ways_scripts_say_them(sentence: str, kind: str, name: str) -> None:
    """An office in brackets; the round's moderator; the speaker brought in (邀请到/请到了) with
    or without the audience named; 法师; 主讲; 解释 to the room; whom the speaker stands for,
    a comma, then who; one acting on behalf of a body, then whom with."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == (kind, name)


@pytest.mark.parametrize(
    "sentence",
    [
        "也请代表们向职工做好解释工作。",
        "请各位代表回去后向本组村民做好宣传解释。",
        "今天的会议由副书记王明同志主持。",
        "今天我们有幸邀请到历史文化学院的***教授作为点评嘉宾。",
    ],
)
def test_duties_the_meetings_own_host_and_a_guests_part_are_no_turn(sentence: str) -> None:
    """做好解释工作 is a duty; the meeting's own host is no step; 作为…嘉宾 says who, not a turn."""
    assert find_cue(normalise(sentence)) is None


def test_a_welcome_of_the_one_just_brought_in_is_the_same_turn_and_keeps_its_length() -> None:
    """…邀请到…聂维平研究员作专题辅导…。让我们以热烈的掌声欢迎聂所长！（辅导报告约60分钟）: one
    turn, sixty minutes."""
    meeting = parse(
        "学习会主持词\n会议进行第一项，专题辅导。\n下面，我们邀请到研究所所长聂维平研究员作专题辅导报告，"
        "题目是《产教融合》。让我们以热烈的掌声欢迎聂所长！\n（辅导报告约60分钟）\n散会。\n"
    )
    assert [(c.name, c.limit_s) for c in meeting.items[0].speakers] == [("聂维平", 3600)]


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        ("请乡农业综合服务中心高明主任先作个回应。", "speech", "高明"),
        ("请徒弟代表闻雅琴向师傅递交拜师帖。", "action", "闻雅琴"),
        ("请戚永福师傅向三位徒弟回赠篾刀、刮刀和竹尺。", "action", "戚永福"),
        ("请自由职业者、插画师李梓涵发言。", "speech", "李梓涵"),
        ("下面请大会工作人员韦晓光同志说明写票方法。", "speech", "韦晓光"),
        ("请即将退休的老民警、四级高级警长苟德胜同志为新警寄语。", "speech", "苟德胜"),
        ("请傅振东董事长致辞。", "speech", "傅振东"),
        ("首先进行会议的第一议程，请院长向志成作医院工作报告。", "speech", "向志成"),
    ],
)
def test_a_named_one_among_words_that_look_like_others(sentence: str, kind: str, name: str) -> None:
    """先 after a post says when; 向师傅 says to whom (向 is also a surname); 回赠 is an act;
    自由职业者 is a kind of work, not 自由发言; a named member of the staff explains the ballot;
    即将 says when; 傅 is a surname."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == (kind, name)


@pytest.mark.parametrize("sentence", ["请工作人员发放选票。", "请大家自由发言。"])
def test_the_staff_and_the_room_stay_nameless(sentence: str) -> None:
    """The staff without a name are no turn; the room's free floor has no name."""
    cue = find_cue(normalise(sentence))
    assert cue is None or cue.name is None


@pytest.mark.parametrize(
    ("sentence", "seconds"),
    [
        ("请县委党校副校长柳文杰同志讲授专题党课，题目是《坚守人民至上》，约40分钟。", 2400),
        ("第一部分，请副大队长俞立群讲解《渔船防碰撞事故案例警示》，约25分钟。", 1500),
        ("首先，有请经理宋佳明作年度工作总结，大家掌声欢迎！（约15分钟）", 900),
    ],
)
def test_a_planned_length_at_the_end_of_a_request(sentence: str, seconds: int) -> None:
    """…，约40分钟。 after a turn asked for: that turn's planned length."""
    assert find_limit(normalise(sentence)) == seconds


@pytest.mark.parametrize("sentence", ["请大家移步会议室，约5分钟。", "本次培训为期一天，约6小时。"])
def test_no_planned_length_where_no_turn_is_asked(sentence: str) -> None:
    """How long a move or the day takes: no one's limit."""
    assert find_limit(normalise(sentence)) is None


def test_a_limit_for_speeches_from_the_floor_is_not_the_reports() -> None:
    """口头发言每人限时6分钟 in the opening: the members' speeches, not a committee's report nor
    the leader's reply."""
    meeting = parse(
        "政协全会主持词\n安排8位委员作口头发言，口头发言每人限时6分钟。\n"
        "会议进行第一项，请提案委员会主任何俊峰作报告。\n会议进行第二项，大会发言。\n"
        "请委员张明发言。\n请副区长王强作回应。\n散会。\n"
    )
    assert [(c.name, c.limit_s) for item in meeting.items for c in item.speakers] == [
        ("何俊峰", 600),
        ("张明", 360),
        ("王强", 600),
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "请校友会秘书长、学院校友工作办公室主任方静怡作财务报告。",
            "方静怡",
            "校友会秘书长、学院校友工作办公室主任",
        ),
        ("请获奖师傅代表袁老根发表获奖感言。", "袁老根", "获奖师傅代表"),
        ("第三项：请龙家贵师傅给徒弟们讲几句话。", "龙家贵", None),
        ("请监票人严丽珠向大会报告到会代表人数和发出选票数。", "严丽珠", "监票人"),
    ],
)
def test_honorifics_end_a_name_only_where_the_name_ends(
    sentence: str, name: str, role: str | None
) -> None:
    """师傅 / 校友 honour a name before the turn, not inside an office's words (学院校友工作办公室)
    nor before 代表; 向大会 says to whom."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


def test_turns_named_one_by_one_after_how_long_each_may_speak() -> None:
    """…党员个人对照检查。每人5分钟。 then 请…郑晓燕同志。: how long each speaks does not end
    the run of turns the item told."""
    meeting = parse(
        "组织生活会主持词\n会议进行第一项，党员个人对照检查。每人5分钟。\n请脱水机房运行工郑晓燕同志。\n"
        "（对照检查）\n请中控室主任郭建明同志。\n（对照检查）\n散会。\n"
    )
    assert [(c.name, c.role, c.limit_s) for c in meeting.items[0].speakers] == [
        ("郑晓燕", "脱水机房运行工", 300),
        ("郭建明", "中控室主任", 300),
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("由三个班组长代表表态发言，各人控制在三分钟。先请上站站务班班长覃小燕。", "覃小燕"),
        ("典礼进行第一项，新生代表发言。有请来自护理学院2026级的张雨萱同学。", "张雨萱"),
    ],
)
def test_who_takes_the_turn_just_told_in_the_same_line(line: str, name: str) -> None:
    """A group's turn, or an item naming a turn, then a sentence that only names who comes
    next: that person's turn."""
    meeting = parse(
        f"大会主持词\n{'会议进行第一项，表态。' if '典礼' not in line else ''}\n{line}\n（发言）\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == [name]


def test_a_witness_invited_after_the_signers_is_no_next_turn() -> None:
    """请…宗晓梅同志和…覃雅琴女士上台签约。请…戴国华同志、…蓝振宇先生上台见证签约。: one sentence
    goes on with the other, no one named alone as the next turn."""
    meeting = parse(
        "签约仪式主持词\n仪式进行第一项，签约。\n现在举行签约。请副市长宗晓梅同志和副总裁覃雅琴女士上台签约。"
        "请市委书记戴国华同志、董事局主席蓝振宇先生上台见证签约。\n仪式进行第二项，请戴国华同志讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["宗晓梅"]


def test_the_subject_teachers_are_no_ones_name() -> None:
    """请任课老师和家长们交流一下: 任课 is the teachers' work, not a name (任 is a surname)."""
    cue = find_cue(normalise("接下来，请任课老师和家长们交流一下孩子们的学习情况。"))
    assert cue is not None and cue.name is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("有请林文杰总干事致辞。", "林文杰", "总干事"),
        ("请魏淑琴主任医师介绍项目专业支持。", "魏淑琴", "主任医师"),
        ("有请终身荣誉奖获得者付德胜先生发言。", "付德胜", "终身荣誉奖获得者"),
        ("有请高年级学生代表迪丽拜尔同学发言。", "迪丽拜尔", "高年级学生代表"),
        ("请老挝自然资源与环境部气象水文司司长宋西·占塔冯先生致辞。", "宋西·占塔冯", None),
        ("请舞美制作部木偶雕刻师傅陈阿福代表发言。", "陈阿福", None),
        ("有请工业机器人专业毕业生、国家集训队队员邹雨晨同学发言。", "邹雨晨", None),
        ("下面由常委会副主任、执法检查组组长狄建英同志作执法检查报告。", "狄建英", None),
    ],
)
def test_names_beside_posts_of_several_words(sentence: str, name: str, role: str | None) -> None:
    """A name, then a post of two words (总干事, 主任医师); a prize's winner before a name; a
    name of four after whom it stands for; 与 inside a ministry's name; 制作 is no 作;
    毕业生 is a kind of student; 常委会 is no one's name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name
    assert role is None or cue.role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "首先请一等奖获得者、农村发展研究所研究员顾海鹰同志发言。",
        "请钢筋班班长赵大勇代表一线作业人员发言，发言不得超过5分钟。",
        "有请全国优秀教师、附属第一医院心内科主任医师戴慧敏教授发言。",
    ],
)
def test_a_prize_or_a_kind_of_work_is_no_name(sentence: str) -> None:
    """一等奖获得者 / 一线作业人员 / 全国优秀教师: words before or after the one named."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name in ("顾海鹰", "赵大勇", "戴慧敏")


def test_those_called_up_for_a_prize_are_no_ones_turn() -> None:
    """…颁奖。接下来，请获得“…先进集体”的10个单位代表上台领奖。请…韩铁军同志为他们颁奖。: the
    winners come up, the one named awards."""
    meeting = parse(
        "表彰大会主持词\n大会进行第一项，颁奖。\n请处长孙雅丽同志为他们颁奖。\n"
        "接下来，请获得“水文现代化建设先进集体”的10个单位代表上台领奖。\n"
        "请部长韩铁军同志为他们颁奖。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["孙雅丽", "韩铁军"]


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        ("请输电管理所运检专责刘宇航通报，时间15分钟。", "speech", "刘宇航"),
        ("有请海商庭副庭长蓝婧主持本环节，有请对话嘉宾入座。", "action", "蓝婧"),
        ("请总监票人李国富清点并报告到会代表人数和发出的选票数。", "action", "李国富"),
        ("有请市第一人民医院护理部主任邱雪梅和护理系带教老师为同学们授帽。", "action", "邱雪梅"),
        ("乙：有请邱雪梅主任点燃南丁格尔之灯。", "action", "邱雪梅"),
        ("下面进行第一个环节，请筹备组组长汪德明学长作筹备工作报告。", "speech", "汪德明"),
        ("请筹备组成员余丽娟学姐对章程（草案）作说明。", "speech", "余丽娟"),
    ],
)
def test_offices_acts_and_honorifics_of_more_places(sentence: str, kind: str, name: str) -> None:
    """专责 is a post; the moderator of 本环节 acts; 清点 ends a counter's name; 授帽 and lighting
    the lamp are acts; 学长 / 学姐 honour a name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == (kind, name)


@pytest.mark.parametrize(
    "sentence",
    ["请新护士依次上台，单膝跪地，接受授帽。", "请授帽的新护士点燃手中的蜡烛，传递燃灯精神。"],
)
def test_receiving_and_passing_the_light_are_no_steps(sentence: str) -> None:
    """接受授帽 is done to them; lighting one's own candle passes the light on."""
    cue = find_cue(normalise(sentence))
    assert cue is None or cue.kind != "action" or cue.name is None and cue.role is None


def test_the_leaders_and_guests_are_a_group_not_a_name() -> None:
    """请各位领导和嘉宾为奠基石培土: 和 joins them (和 is also a surname)."""
    cue = find_cue(normalise("接下来，请各位领导和嘉宾为奠基石培土。"))
    assert cue is not None and (cue.name, cue.role) == (None, "各位领导和嘉宾")


def test_leaders_of_each_section_named_in_one_line_take_a_turn_each() -> None:
    """请歌剧团分队队长周斌、…综合艺术分队队长木文华依次表态: four turns, though 木 is no surname
    the list knows."""
    cue = find_cue(
        normalise("请歌剧团分队队长周斌、舞蹈团分队队长韩雪、综合艺术分队队长木文华依次表态。")
    )
    assert cue is not None and [p[0] for p in cue.people] == ["周斌", "韩雪", "木文华"]


@pytest.mark.parametrize(
    "sentence",
    [
        "最后，请市人大常委会监察和司法委员会副主任卜建勋同志讲话。",
        "最后请退休教师、区志愿者联合会会长向秀珍同志发言。",
        "请新生儿重症监护室总带教、主管护师钟雪梅发言。",
    ],
)
def test_one_person_with_offices_joined_is_one_turn(sentence: str) -> None:
    """监察和司法委员会 is one office's name; 退休教师 / 总带教 say what the one named does."""
    meeting = parse(f"座谈会主持词\n会议进行第一项，讲话。\n{sentence}\n散会。\n")
    assert len(meeting.items[0].speakers) == 1


def test_whom_a_representative_speaks_for_is_no_name() -> None:
    """请保洁外包公司项目负责人代表外包单位作表态发言: 外包单位 is whom he speaks for (a name of
    four after 代表 is one only when it is no organisation)."""
    cue = find_cue(normalise("请保洁外包公司项目负责人代表外包单位作表态发言，时间不超过3分钟。"))
    assert cue is not None and cue.name is None


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        ("有请省教育厅谭利民副厅长、基金会陈德昌理事长为他们颁奖。", "action", "谭利民"),
        ("请巴桑顿珠副局长和格桑拉姆校长为同学们颁发奖状。", "action", "巴桑顿珠"),
        ("请陈德昌理事长向湘江集团颁发捐赠证书。", "action", "陈德昌"),
        ("再请运维工胡婷婷讲。", "speech", "胡婷婷"),
        ("有请外卖骑手、美团柳北站点站长黄小龙发言。", "speech", "黄小龙"),
        ("下面有请获奖员工代表，制种基地技术员韩磊发表获奖感言。", "speech", "韩磊"),
        ("请旺堆主任监誓。", "action", "旺堆"),
    ],
)
def test_the_first_of_those_acting_and_names_after_words_of_work(
    sentence: str, kind: str, name: str
) -> None:
    """People acting together: the first one named (an office ending in 厅 is an organisation,
    巴桑顿珠 a name of four though 巴 is a surname); 向…集团 says to whom; 运维工 is a trade;
    外卖 is work, not a name; whom the speaker stands for, a comma, then who (after 有请 too)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == (kind, name)


def test_a_name_of_four_after_a_prize_is_no_name_when_it_praises() -> None:
    """请全国优秀护士、…护士长殷婷婷领誓: 全国优秀 praises, the name comes last."""
    cue = find_cue(normalise("请全国优秀护士、新生儿重症监护室护士长殷婷婷领誓。"))
    assert cue is not None and cue.name == "殷婷婷"


def test_the_days_arrangements_told_as_numbered_lines_are_the_overview() -> None:
    """下面我说一下今天家长会的安排：1、校长讲话；2、…: an overview, its lines the items' names."""
    meeting = parse(
        "家长会主持稿\n下面我说一下今天家长会的安排：\n1、校长讲话；\n2、家长代表经验交流；\n3、各班分班交流。\n"
        "首先请刘建华校长讲话。\n谢谢刘校长。\n下面是家长代表交流。先请王丽萍女士发言。\n"
        "最后一项，分班交流。请各位家长到孩子所在的班级教室。\n谢谢大家！\n"
    )
    assert meeting.overview[:3] == ["校长讲话", "家长代表经验交流", "各班分班交流"]
    assert len(meeting.items) == 3


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        ("请陈碧云副市长通报台山市2025年经济社会发展情况。", "speech", "陈碧云", "副市长"),
        ("请张伟主任汇报台账管理情况。", "speech", "张伟", "主任"),
        ("请财务部部长陈丽萍作业务招待费使用情况的报告。", "speech", "陈丽萍", "财务部部长"),
        ("请作曲系教授严立群发言。", "speech", "严立群", "作曲系教授"),
        ("请化学系主任王明发言。", "speech", "王明", "化学系主任"),
        ("请护理部主任彭秀珍就护理安全讲几点具体要求。", "speech", "彭秀珍", "护理部主任"),
        ("请彭秀珍主任提几点要求。", "speech", "彭秀珍", "主任"),
        (
            "请华联集团董事长马春生、省餐饮行业协会会长丁晓静上台，向基金会捐赠助学款。",
            "action",
            "马春生",
            "华联集团董事长",
        ),
        ("请县长李明上台，向获奖单位颁发奖牌。", "action", "李明", "县长"),
    ],
)
def test_words_that_only_look_like_a_stand_or_work_and_gifts_to_someone(
    sentence: str, kind: str, name: str, role: str
) -> None:
    """台山市 / 台账 after a verb are no stand (发言台前 is); 作业务… is 作 + 业务, 作曲系 a
    department (系 ends an organisation); 讲几点 / 提几点 are turns; 上台，向…捐赠 / 颁发 is an
    act of the first one named."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


@pytest.mark.parametrize(
    "sentence",
    ["请获奖代表走上发言台。", "请毕业生代表上台，向学校赠送毕业纪念画册。", "请大家踊跃捐赠。"],
)
def test_a_stand_a_gift_from_the_floor_and_the_rooms_giving_are_no_turn(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        (
            "请县审计局局长钟少军同志受县人民政府委托，作关于2025年度县本级预算执行和其他财政收支"
            "审计查出问题整改情况的报告。",
            "speech",
            "钟少军",
            "县审计局局长",
        ),
        (
            "请县政府副县长王明受县人民政府委托作关于计划执行情况的报告。",
            "speech",
            "王明",
            "县政府副县长",
        ),
        ("请雷鸣局长与三家表态企业负责人现场签订承诺书。", "action", "雷鸣", "局长"),
        ("请纪永和副市长讲话。", "speech", "纪永和", "副市长"),
        ("请副市长纪永和同志为他们颁奖。", "action", "纪永和", "副市长"),
        ("请县政协主席和家顺讲话。", "speech", "和家顺", "县政协主席"),
        ("请宋佩兰研究馆员介绍编纂情况。", "speech", "宋佩兰", "研究馆员"),
        ("请韩玉娥副场长述职。", "speech", "韩玉娥", "副场长"),
        ("请温淑贞监事长点评。", "speech", "温淑贞", "监事长"),
        ("请知识产权委员会副主任骆思琪代为述职。", "speech", "骆思琪", "知识产权委员会副主任"),
        (
            "有请硕士毕业生代表阿依努尔·吐尔逊同学发言。",
            "speech",
            "阿依努尔·吐尔逊",
            "硕士毕业生代表",
        ),
        ("请闵卫华部长向志愿服务总队授旗，请总队长华振东接旗。", "action", "闵卫华", "部长"),
        ("区团委书记毛晓蕾监誓。", "action", "毛晓蕾", "区团委书记"),
    ],
)
def test_on_whose_behalf_names_ending_in_he_and_titles_after_the_name(
    sentence: str, kind: str, name: str, role: str
) -> None:
    """受…委托 / 代为 say on whose behalf, not who; 表态企业 names the firms, not a turn; 和 ends
    纪永和 before or after a post; 研究馆员, 场长, 监事长 are posts; the one a representative is,
    in the dotted form; 向…授旗 says to whom; a second office of the oath, told without 同志."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


@pytest.mark.parametrize(
    ("sentence", "turn"),
    [
        ("以上是支委会的对照检查，请同志们提出批评意见。", True),
        ("以上是班子的对照检查，请同志们批评。", True),
        ("请各位对我提出批评意见。", True),
        ("请大家提出批评意见。", True),
        ("刚才我代表支委会作了通报，大家有什么补充的，请提出来。", True),
        ("其余党员同志按座次依次进行。", False),
        ("其他党员依次进行，按座位顺序从左边开始，我就不一一点名了。", False),
        ("请其余党员同志依次进行。", True),
        ("请发言单位做好准备。", False),
    ],
)
def test_the_rooms_criticism_is_its_turn_and_the_rest_told_to_go_on_is_none(
    sentence: str, turn: bool
) -> None:
    """The room asked for its criticism (of the chair's own check too) or its additions is a
    turn with no name; how the rest go on, said in passing, is not; asked on (请其余…), it is."""
    cue = find_cue(normalise(sentence))
    assert (cue is not None and cue.name is None) == turn


def test_an_item_told_by_who_does_what_with_nobody_asked_is_that_turn() -> None:
    """第二项议程：…会长钟瑞林接旗并发言。 and no request after it: his turn; 第三项：…冼卫东同志作
    开班动员讲话。 then 请…冼卫东同志讲话。: one turn, the request; 听取和审议…报告 names no one."""
    meeting = parse(
        "年会主持词\n各位同仁：\n现在开会。\n进行第一项议程：听取和审议镇人大主席团工作报告。\n"
        "由我代表主席团作工作报告。\n进行第二项议程：下届承办城市律师协会会长钟瑞林接旗并发言。\n谢谢。\n"
        "第三项：副关长冼卫东同志作开班动员讲话。\n请副关长冼卫东同志讲话。\n会议结束。\n"
    )
    got = [[(c.kind, c.name) for c in item.speakers] for item in meeting.items]
    assert got == [[], [("speech", "钟瑞林")], [("speech", "冼卫东")]]


def test_an_items_group_named_in_the_next_turn_and_a_turn_told_then_asked_are_one() -> None:
    meeting = parse(
        "会议主持词\n各位委员：\n现在开会。\n会议进行第一项，请有关部门回应。\n"
        "请市住房和城乡建设局、市交通运输局、市残联负责同志依次回应委员们提出的意见建议。\n谢谢。\n"
        "第二项，述职。\n三号，鹿鸣川分场，场长刘振山不在家，由副场长韩玉娥代为述职。请韩玉娥副场长述职。\n"
        "（述职）\n请宁德厚副场长点评。\n第三项，新队员入队宣誓。请老队员代表郝建波领誓，区团委书记毛晓蕾监誓。\n"
        "会议结束。\n"
    )
    got = [[(c.kind, c.name) for c in item.speakers] for item in meeting.items]
    assert got == [
        [("speech", None)],
        [("speech", "韩玉娥"), ("speech", "宁德厚")],
        [("action", "郝建波"), ("action", "毛晓蕾")],
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        (
            "请闵丽华副省长和付晓明副司长为“地震预警信息发布联合实验室”揭牌。",
            "action",
            "闵丽华",
            "副省长",
        ),
        ("请付晓明副司长讲话。", "speech", "付晓明", "副司长"),
        ("请学院董事长邱家明先生讲话。", "speech", "邱家明", "学院董事长"),
        ("请家长代表王先生发言。", "speech", "王先生", "家长代表"),
        (
            "请稀有血型志愿者代表、Rh阴性血型互助群群主赖思远发言。",
            "speech",
            "赖思远",
            "Rh阴性血型互助群群主",
        ),
        ("请宣誓人苏和同志上台宣誓。", "action", "苏和", None),
        ("请总编辑卞雅琴宣读获奖名单。", "action", "卞雅琴", "总编辑"),
        ("首先请章守仁老先生给大家讲几句。", "speech", "章守仁", None),
        (
            "请县政协委员、县农技中心高级农艺师杜鹃代表农业界作题为《打好提质牌》的发言。",
            "speech",
            "杜鹃",
            "县政协委员、县农技中心高级农艺师",
        ),
        ("请总监票人吐尔逊·艾力代表说明写票方法。", "speech", "吐尔逊·艾力", "总监票人"),
        ("请研究辅导部主任班志远同志述职。", "speech", "班志远", "研究辅导部主任"),
        (
            "有请研究中心主任邵启凡作题为《农业大模型：从实验室到田间地头》的主旨报告。",
            "speech",
            "邵启凡",
            "研究中心主任",
        ),
    ],
)
def test_verbs_inside_names_and_titles_and_who_a_speaker_speaks_for(
    sentence: str, kind: str, name: str, role: str | None
) -> None:
    """A verb inside quotes or a department's name (辅导部) is no turn; a colon inside a title
    ends no clause; 司长, 群主, 总编辑 are posts; 董事长邱家明先生 is a full name, not 明先生;
    宣誓人 names the one sworn in; 老先生 honours; 代表农业界 says for whom."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


def test_two_named_with_their_posts_asked_together_take_a_turn_each() -> None:
    cue = find_cue(normalise("请市水务局局长邵志刚、市自来水有限公司总经理江雪峰作回应。"))
    assert cue is not None and cue.people == (
        ("邵志刚", "市水务局局长"),
        ("江雪峰", "市自来水有限公司总经理"),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "回答记者提问的是尉迟明院长、鲁春燕副院长和执行局局长管志斌。",
        "先由个人作对照检查发言，然后其他同志提出批评意见，被批评的同志作简要回应。",
    ],
)
def test_who_answers_the_press_and_how_each_turn_goes_are_no_turn(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


def test_this_items_two_reports_and_the_rooms_criticism_each_once_at_no_ones_limit() -> None:
    """本项议程有两个报告，先请…；再请…: two turns (this item's, no agenda); 请大家批评。请大家对我
    提出批评意见。: asked twice, one turn; the members' 15 minutes are not the room's."""
    meeting = parse(
        "会议主持词\n同志们：\n现在开会。\n大会进行第一项：听取报告。本项议程有两个报告，先请提案审查"
        "委员会主任邰国庆同志报告提案处理情况；再请纪委书记门建新同志报告业务招待费使用情况。\n（报告）\n"
        "第二项，对照检查。每人发言不超过15分钟。首先我作个人对照检查，请大家批评。\n"
        "请大家对我提出批评意见。\n请党组成员、副主任莫丽萍同志作对照检查。\n请大家提出批评意见。\n散会。\n"
    )
    got = [[(c.name, c.limit_s) for c in item.speakers] for item in meeting.items]
    assert got == [
        [("邰国庆", 600), ("门建新", 600)],
        [(None, 600), ("莫丽萍", 900), (None, 600)],
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        ("首先，有请博士毕业生代表詹梓涵同学发言。", "speech", "詹梓涵", "博士毕业生代表"),
        ("请理事会副会长刘国富代表理事会全体成员表态。", "speech", "刘国富", "理事会副会长"),
        (
            "请酒店管理公司副总经理姬晓燕代表四家酒店汇报。",
            "speech",
            "姬晓燕",
            "酒店管理公司副总经理",
        ),
        ("以上是班子的对照检查，请同志们补充。", "speech", None, None),
        ("其他老同志还有什么要说的，都可以讲。", "speech", None, None),
        ("请船长鸣笛三声。", "action", None, "船长"),
    ],
)
def test_whom_one_speaks_for_is_no_name_and_the_room_asked_to_add(
    sentence: str, kind: str, name: str | None, role: str | None
) -> None:
    """After 代表 a name is who it is, a sector or a count of units whom one speaks for; the
    room asked to add to the chair's words, or told it may speak, is its turn; 鸣笛 is an act."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


def test_those_sworn_in_sent_back_to_their_seats_are_no_one_next() -> None:
    meeting = parse(
        "主持词\n同志们：\n现在开会。\n第一项，集体宣誓。请新任命的部门负责人上台。由局长柏世荣同志领誓，"
        "其他同志跟诵。\n（领诵）\n请宣誓人回到座位。\n第二项，请主任浦天明同志讲话。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [["柏世荣"], ["浦天明"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "大家对支委的工作有什么批评意见，请直接提出来。",
        "刚才我代表支委会作了检视剖析，请同志们提出批评意见。",
        "支部的对照检查就到这里。请同志们不讲情面、直奔问题，对支部委员会提出批评意见。",
        "我就检查这些。请大家对支委班子提意见，直接点问题。",
    ],
)
def test_the_room_asked_for_its_criticism_in_other_words_is_its_turn(sentence: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == ("speech", None)


def test_the_room_asked_to_review_in_its_groups_later_is_no_turn_now() -> None:
    cue = find_cue(
        normalise("各位委员，以上几个报告，请大家在分组审议时认真审议，提出意见和建议。")
    )
    assert cue is None


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        ("典礼进行第二项，请校长马海日哈致新学期寄语。", "speech", "马海日哈", "校长"),
        (
            "本环节由云南农业大学热带作物学院院长周华主持。",
            "action",
            "周华",
            "云南农业大学热带作物学院院长",
        ),
        (
            "先由大会秘书长吐尔逊·热合曼同志报告出席大会的委员人数。",
            "action",
            "吐尔逊·热合曼",
            "秘书长",
        ),
        ("请秘书长王明报告工作。", "speech", "王明", "秘书长"),
        ("请黄花坝家庭农场场主侯德明分享经验。", "speech", "侯德明", "黄花坝家庭农场场主"),
        ("请2024届校友符小军发言。", "speech", "符小军", None),
    ],
)
def test_a_message_a_crop_a_headcount_and_a_farms_owner(
    sentence: str, kind: str, name: str, role: str | None
) -> None:
    """致…寄语 is a turn; 作物 is no 作; a headcount read out is an act (a report of work is a
    speech); 场主 is a post; 2024届校友 says which alumnus, not a post."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


def test_the_room_signing_is_no_turn_and_reading_then_arranging_are_two() -> None:
    """…，并请家长们签订《学生安全责任书》: the parents, a direction; 宣读《…》并作具体安排: his act,
    then his speech; 介绍培训安排，并宣读班委名单: his speech, then his act."""
    assert find_cue(normalise("并请家长们签订《学生安全责任书》。")) is None
    meeting = parse(
        "主持词\n同志们：\n现在开会。\n第一项，部署工作。\n"
        "1、首先请集团副总经理马国栋宣读《春运保畅工作方案》并作具体安排；\n"
        "第二项，培训。请人事教育处处长陆文杰介绍培训安排，并宣读班委名单。\n散会。\n"
    )
    got = [[(c.kind, c.name) for c in item.speakers] for item in meeting.items]
    assert got == [
        [("action", "马国栋"), ("speech", "马国栋")],
        [("speech", "陆文杰"), ("action", "陆文杰")],
    ]


def test_several_acting_in_turn_are_one_act_and_the_families_after_them_none() -> None:
    """请谭立群书记、邓建新副主任…及全体来宾依次上前献花: one act, the first one named; 请捐献者家属
    上前献花: the families after them, a direction; 家属代表王明 is one person."""
    cue = find_cue(normalise("请谭立群书记、邓建新副主任、彭晓东副院长及全体来宾依次上前献花。"))
    assert cue is not None and (cue.kind, cue.name, cue.role, cue.people) == (
        "action",
        "谭立群",
        "书记",
        (),
    )
    assert find_cue(normalise("请捐献者家属上前献花。")) is None
    cue = find_cue(normalise("请家属代表王明献花。"))
    assert cue is not None and (cue.name, cue.role) == ("王明", "家属代表")


@pytest.mark.parametrize(
    ("sentence", "name", "role", "verb"),
    [
        ("请组成人员进行审议。", None, None, "进行审议"),
        ("下面请常委、委员协商发言。", None, None, "协商发言"),
        ("请上级领导讲话。", None, "上级领导", "讲话"),
    ],
)
def test_the_members_asked_to_deliberate_and_bodies_asked_as_a_whole(
    sentence: str, name: str | None, role: str | None, verb: str
) -> None:
    """请组成人员进行审议 after a report is the members' turn; 协商发言 is one verb, its speakers a
    group; 上级 is no one's name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role, cue.verb) == (
        "speech",
        name,
        role,
        verb,
    )


def test_reading_a_plan_and_then_launching_it_are_two_acts() -> None:
    meeting = parse(
        "主持词\n同志们：\n现在开会。\n会议进行第一项，请安全总监韩晓峰宣读《活动方案》，并宣布活动启动。\n"
        "第二项，请县长王明宣布开工，并宣布活动启动。\n散会。\n"
    )
    got = [[(c.kind, c.name) for c in item.speakers] for item in meeting.items]
    assert got == [[("action", "韩晓峰"), ("action", "韩晓峰")], [("action", "王明")]]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请九（2）班学生、年级学习标兵范小雨同学发言。", "范小雨", "年级学习标兵"),
        ("先请司钻冉学军说几句；", "冉学军", "司钻"),
    ],
)
def test_titles_of_merit_and_a_drillers_post(sentence: str, name: str, role: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


def test_those_invited_up_to_witness_a_signing_take_no_step() -> None:
    """有请…先生，…先生上台见证签约: witnesses; …签约，有请…上台见证: the signing is the step."""
    witnesses = "有请市人民政府副市长邬建平先生，县委书记占立华先生，县长庄明远先生上台见证签约。"
    assert find_cue(normalise(witnesses)) is None
    cue = find_cue(normalise("请签约双方代表上台签约，有请州委常委龙春燕女士上台见证。"))
    assert cue is not None and cue.kind == "action" and cue.verb == "签约"


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        (
            "请中心党支部书记、主任邱海燕和两名新党员代表敬献花篮。",
            "action",
            "邱海燕",
            "中心党支部书记、主任",
        ),
        (
            "请库主任贺建新同各部门负责人、外包装卸队负责人签订责任书。",
            "action",
            "贺建新",
            "库主任",
        ),
        ("请各位领导和嘉宾移步奠基石前，为项目奠基培土。", "action", None, "各位领导和嘉宾"),
        ("接下来有请总经理柯文斌回顾2025年公司经营情况。", "speech", "柯文斌", "总经理"),
        ("下面让我们以掌声欢迎竹编手艺人彭小舟发言。", "speech", "彭小舟", "竹编手艺人"),
    ],
)
def test_the_one_named_leads_those_acting_with_him_and_a_year_looked_back_on(
    sentence: str, kind: str, name: str | None, role: str | None
) -> None:
    """An act by one named with a post and others (…和两名新党员代表 / …同各部门负责人) is his;
    a group with no one named keeps its words; 回顾…情况 is a turn; 手艺人 is a post."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)
    assert find_cue(normalise("让我们一起回顾过去一年的工作。")) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a chain of requests, a semicolon between them, names with no Han surname
            "第二项，请三个项目负责人依次表态，每人3分钟。先请骆驼骑乘项目负责人艾力·买买提；"
            "再请沙地摩托项目负责人哈斯巴根；最后请滑沙项目负责人周玉兰。",
            [[("speech", "艾力·买买提"), ("speech", "哈斯巴根"), ("speech", "周玉兰")]],
        ),
        (  # posts and names listed a line each under an item that told the turns
            "第一项，各班组长汇报本班组隐患排查情况，每个班组不超过3分钟。\n"
            "检修一班班长吕新民；\n调车班班长汤卫东；\n洗车班班长龙小芬。",
            [[("speech", "吕新民"), ("speech", "汤卫东"), ("speech", "龙小芬")]],
        ),
        (  # 第N件事 numbers the items, …有四件： is the overview
            "大会的事情有两件：\n第一件，听理事长讲经营情况；\n第二件，听监事长讲财务检查情况。\n"
            "先办第一件事。请理事长孔繁林讲，大家欢迎。（约30分钟）\n"
            "第二件事，请监事长谢桂兰讲财务检查情况。",
            [[("speech", "孔繁林")], [("speech", "谢桂兰")]],
        ),
        (  # the room asked for its views, in a question or told how to give them
            "第一项，请支部书记仲伟东同志作工作报告。\n（报告）\n对这个报告，大家有什么意见？"
            "……没有意见，就算审查通过了。\n第二项，讨论方案。\n大家有什么意见，可以说一说。",
            [[("speech", "仲伟东"), ("speech", None)], [("speech", None)]],
        ),
        (  # the floor opened to the rest, past a comma or led by 现场
            "第一项，交流发言。\n请退役军人代表雷振山发言。\n其他同志有什么想法，也可以随时举手，自由发言。\n"
            "第二项，协商发言。\n请区政协委员陆敏发言。\n现场还有哪位委员或者居民代表想发言的，请举手示意。",
            [[("speech", "雷振山"), ("speech", None)], [("speech", "陆敏"), ("speech", None)]],
        ),
        (  # 第二个议程 is an item, not the second one in order
            "第一个议程，请主任韩国才讲话。\n第二个议程，通过监票人、计票人名单。提名监票人韩国才。\n"
            "同意的请举手。通过。",
            [[("speech", "韩国才")], []],
        ),
    ],
)
def test_turns_in_chains_lists_and_questions_to_the_room(
    body: str, expected: list[list[tuple[str, str | None]]]
) -> None:
    assert _turns_of(body) == expected


def test_a_planned_length_in_brackets_after_the_sentence_is_the_turns_limit() -> None:
    assert find_limit(normalise("请理事长孔繁林讲，大家欢迎。（约30分钟）")) == 1800
    assert find_limit(normalise("大家辛苦了。（约30分钟）")) is None


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        (
            "请种烟大户、大坪乡新寨村烟农房德顺同志发言。",
            "speech",
            "房德顺",
            "种烟大户、大坪乡新寨村烟农",
        ),
        ("有请首席指挥汤文博先生为他们颁奖。", "action", "汤文博", "首席指挥"),
        (
            "请获奖者代表、第二小提琴声部首席申雅琪发表获奖感言。",
            "speech",
            "申雅琪",
            "第二小提琴声部首席",
        ),
        (
            "请企业方首席代表、总经理邝文杰同志和职工方首席代表、工会主席左玉梅同志上台签订集体合同。",
            "action",
            "邝文杰",
            "企业方首席代表、总经理",
        ),
        (
            "请心理健康教育教师熊璐给家长们做一个心理辅导小讲座。",
            "speech",
            "熊璐",
            "心理健康教育教师",
        ),
        ("请总监票人次旦多吉报告出席人数。", "action", "次旦多吉", "总监票人"),
        ("请监事长谢桂兰讲财务检查情况。", "speech", "谢桂兰", "监事长"),
        ("请会计钱小红把方案再给大家念一遍。", "action", "钱小红", "会计"),
        ("让我们听听巴图的获奖感言。", "speech", "巴图", None),
    ],
)
def test_households_sides_and_first_chairs_are_no_names(
    sentence: str, kind: str, name: str, role: str | None
) -> None:
    """A kind of household (大户) or a side to a contract (企业方) comes before the name; 首席
    is a post; 给家长们 is whom for; a counter named in a Tibetan name counts the room; 讲…情况
    and 念一遍 are turns; 让我们听听…的获奖感言 asks for one."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)
    assert find_cue(normalise("请大家来，就是想听听一线劳动者的心里话。")) is None
    assert find_cue(normalise("请述职人员做好准备。")) is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请公司总会计师温晓岚就业务招待费使用情况作说明。", "温晓岚", "公司总会计师"),
        ("最后请离退休职工代表、原副院长聂兆康老专家讲几句。", "聂兆康", "原副院长"),
    ],
)
def test_就业务_is_about_what_and_老专家_is_a_courtesy(sentence: str, name: str, role: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


def test_a_turn_told_as_what_happens_each_time_is_no_turn() -> None:
    assert find_cue(normalise("由分管副局长作简要点评，每次点评3分钟左右。")) is None
    cue = find_cue(normalise("由分管副局长王明作简要点评，每次点评3分钟左右。"))
    assert cue is not None and cue.name == "王明"


def test_the_rooms_criticism_after_each_members_self_check_is_a_turn_each_time() -> None:
    body = (
        "第一项，班子成员对照检查、相互批评。每人对照检查不超过10分钟。\n"
        "请矿长付光明同志作对照检查。\n请大家提批评意见。\n"
        "请纪委书记王丽娟同志作对照检查。\n请大家提批评意见。"
    )
    assert _turns_of(body) == [
        [("speech", "付光明"), ("speech", None), ("speech", "王丽娟"), ("speech", None)]
    ]


def test_an_item_told_as_an_offices_act_with_nobody_asked_is_that_act() -> None:
    body = (
        "会议进行第一项，乡党委书记与各村党支部书记签订目标责任书。\n（签订）\n第二项，请乡长讲话。"
    )
    assert _turns(f"主持词\n同志们：\n{body}\n散会。")[1] == [("action", None, "乡党委书记")]
    told = "进行第一项，我代表院党委领导班子作对照检查。\n第二项，请乡长讲话。"
    assert _turns(f"主持词\n同志们：\n{told}\n散会。")[1] == []


def test_an_overview_that_only_counts_and_items_run_as_一是_二是() -> None:
    body = (
        "会议有三项议程。\n一是，请站长巴特尔同志作动员讲话。\n……\n"
        "二是，请业务科科长高晓燕同志作具体安排。\n……\n三是，各调查组组长表态发言。每人三分钟。\n"
        "第一组，组长那仁。\n第二组，组长张海军。"
    )
    meeting = parse(f"动员会主持词\n同志们：\n{body}\n散会。\n")
    assert [item.title for item in meeting.items] == [
        "请站长巴特尔同志作动员讲话",
        "请业务科科长高晓燕同志作具体安排",
        "各调查组组长表态发言",
    ]
    assert [c.name for c in meeting.items[2].speakers] == ["那仁", "张海军"]


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        ("请合作社理事长龙德贵，把收益分配方案给大家讲清楚。", "speech", "龙德贵", "合作社理事长"),
        ("请会计罗小梅统计以后报一下结果。", "action", "罗小梅", "会计"),
        ("最后，请镇驻村干部杨丽琼讲几句。", "speech", "杨丽琼", "镇驻村干部"),
        (
            "首先，请“最美环卫工人”、城东区环卫所清扫工邱桂兰发言。",
            "speech",
            "邱桂兰",
            "城东区环卫所清扫工",
        ),
        ("第二项,请学员代表、三台乡绣娘李秀英发言.", "speech", "李秀英", "三台乡绣娘"),
        ("有请周桂芳老同学！", "speech", "周桂芳", None),
        ("请大队作训股股长包宏伟同志通报事故案例。", "speech", "包宏伟", "大队作训股股长"),
        (
            "由协会会长、东兴万通报关行总经理韦国良领誓。",
            "action",
            "韦国良",
            "协会会长、东兴万通报关行总经理",
        ),
    ],
)
def test_trades_honours_and_words_inside_names(
    sentence: str, kind: str, name: str, role: str | None
) -> None:
    """清扫工 and 绣娘 are trades, 驻村干部 a post, 老同学 a courtesy; 作训股 and 报关行 hold
    no act; 讲清楚 and 报结果 are turns."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)
    assert find_cue(normalise("请王局长汇报关于安全生产的情况。")) is not None


def test_the_room_told_to_speak_freely_and_a_request_after_what_it_answers() -> None:
    cue = find_cue(normalise("大家有什么意见，尽管提，每个人说的时候不要超过五分钟。"))
    assert cue is not None and cue.group
    body = (
        "第一项，协商发言。\n请县政协委员马玉兰同志发言。"
        "其他委员如有意见建议，也可以自由发言。针对大家提出的意见，请县商务局负责同志作回应。"
    )
    assert _turns_of(body) == [[("speech", "马玉兰"), ("speech", None), ("speech", None)]]


def test_a_lecturer_told_then_invited_by_surname_is_one_turn_with_the_name_told() -> None:
    body = (
        "第一项，请常务副会长黄晓英讲话。\n第二项，专题授课。授课老师是市急救中心主治医师谭雯。\n"
        "请谭老师授课。"
    )
    meeting = parse(f"培训班主持词\n各位学员：\n{body}\n散会。\n")
    cues = meeting.items[1].speakers
    assert [(c.name, c.role, c.text) for c in cues] == [
        ("谭雯", "市急救中心主治医师", "请谭老师授课。")
    ]


def test_several_posted_artists_asked_to_speak_in_turn_take_a_turn_each() -> None:
    cue = find_cue(normalise("请舞剧总编导黎卓然先生、导演万山先生分别谈一谈创作体会。"))
    assert cue is not None and cue.people == (("黎卓然", "舞剧总编导"), ("万山", "导演"))


@pytest.mark.parametrize(
    "sentence",
    [
        "对这个报告，大家有没有意见？没有意见的话，我们进行举手表决。",
        "大家对政治决议（草案）还有没有意见？没有。",
        "大家还有啥意见，现在提出来。每人说话不超过3分钟。",
        "各位家长对学校工作有什么意见和建议，都可以提出来。",
        "对支部的检查材料，大家还有什么意见，请提出来。",
        "其他老乡还有没有要说的？",
    ],
)
def test_the_room_asked_whether_it_has_views_has_the_floor(sentence: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


@pytest.mark.parametrize(
    "sentence",
    [
        "请市市场监管局和各区分中心负责同志书面表态，会后报中心综合科。",
        "由中心每周通报。",
        "请相关部门在闭幕前予以答复。",
        "对这个名单，有没有不同意见？（稍停）",
    ],
)
def test_in_writing_routinely_later_or_asked_of_nobody_is_no_turn(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        (
            "请公司总会计师、财务部部长梅婷婷同志报告业务招待费使用情况。",
            "speech",
            "梅婷婷",
            "公司总会计师、财务部部长",
        ),
        (
            "请2012届校友、援疆医生、喀什地区人民医院副主任医师蒙佳分享。",
            "speech",
            "蒙佳",
            "援疆医生、喀什地区人民医院副主任医师",
        ),
        ("请涪阳镇蜂农何守成发言。", "speech", "何守成", "涪阳镇蜂农"),
        (
            "请邬小兰主任带领授帽的同学们右手举起蜡烛，宣读《南丁格尔誓言》。",
            "action",
            "邬小兰",
            "主任",
        ),
        ("县长扎西平措同志受县人民政府委托，向大会作政府工作报告。", "speech", "扎西平措", "县长"),
        (
            "请县农业农村局局长唐振华同志安排“三夏”生产工作。",
            "speech",
            "唐振华",
            "县农业农村局局长",
        ),
        (
            "请学员代表、《青春跃动·绳技》主演陈思琪发言。",
            "speech",
            "陈思琪",
            "《青春跃动·绳技》主演",
        ),
    ],
)
def test_posts_that_end_in_a_trade_a_leader_leading_and_a_report_entrusted(
    sentence: str, kind: str, name: str, role: str
) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


def test_two_named_asked_in_turn_keep_a_name_ending_in_来() -> None:
    cue = find_cue(normalise("请县文旅局副局长王春来、县人社局股长杨芳分别作回应。"))
    assert cue is not None and [p[0] for p in cue.people] == ["王春来", "杨芳"]


def test_a_members_check_and_the_others_criticism_asked_in_one_sentence_are_two_turns() -> None:
    body = (
        "第一项，班子成员逐一作个人对照检查。每位同志个人对照检查控制在15分钟以内。\n"
        "请韩永胜同志作对照检查，其他同志提出批评意见。\n请祁海燕同志作对照检查，其他同志提出批评意见。\n"
        "第二项，党员发言。请党员按座次依次发言，每名同志发言后，其他同志提出批评意见。\n请胥立新同志发言。"
    )
    meeting = parse(f"民主生活会主持词\n同志们：\n{body}\n散会。\n")
    assert [(c.name, c.limit_s) for c in meeting.items[0].speakers] == [
        ("韩永胜", 900),
        (None, 600),
        ("祁海燕", 900),
        (None, 600),
    ]
    assert [c.name for c in meeting.items[1].speakers] == ["胥立新"]


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        ("请林溪镇冠洞村掌墨师傅吴金培发言；", "speech", "吴金培", "林溪镇冠洞村掌墨师傅"),
        ("请八江镇青年木匠石光明发言。", "speech", "石光明", "八江镇青年木匠"),
        (
            "首先，请彭寿康院士通过视频连线作题为《碳达峰路径》的主旨演讲。",
            "speech",
            "彭寿康",
            "院士",
        ),
        ("这两个报告由集团财务总监邹丽萍一并报告。", "speech", "邹丽萍", "集团财务总监"),
        (
            "请安环部副部长柏玉洁结合事故案例，讲一讲有限空间作业的风险。",
            "speech",
            "柏玉洁",
            "安环部副部长",
        ),
        ("请组成人员对两个报告进行审议。", "speech", None, None),
    ],
)
def test_craftsmen_a_talk_by_video_and_a_talk_drawing_on_something(
    sentence: str, kind: str, name: str | None, role: str | None
) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


@pytest.mark.parametrize(
    "sentence",
    ["其他党员按座次依次发言，就不再一一点名了。", "请总监票人、监票人开启票箱，清点选票。"],
)
def test_the_rest_told_not_to_be_called_and_the_ballot_box_are_no_turns(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


def test_a_moment_of_the_programme_is_no_one_next_in_order() -> None:
    body = (
        "第一项，请省能源局副局长宋庆林先生讲话。\n接下来是最激动人心的时刻。\n第二项，启动仪式。"
    )
    assert _turns_of(body)[0] == [("speech", "宋庆林")]


def test_an_item_run_with_nobody_asked_is_the_turn_its_overview_entry_asks_for() -> None:
    text = (
        "培训班开班仪式主持词\n各位学员：\n今天的开班仪式有三项议程：一、请县卫健委副主任吕宗华介绍培训安排；"
        "二、请学员代表发言；三、请县卫健委主任阎秀兰作动员讲话。\n"
        "下面进行第一项议程。（介绍培训安排）\n下面进行第二项议程。（学员代表发言）\n"
        "下面进行第三项议程。（动员讲话）\n散会。\n"
    )
    meeting = parse(text)
    assert [[(c.name, c.role) for c in item.speakers] for item in meeting.items] == [
        [("吕宗华", "县卫健委副主任")],
        [],
        [("阎秀兰", "县卫健委主任")],
    ]
    assert [d.what for d in meeting.decisions].count("overview_turn") == 2


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请薛敬之巡视员、严海峰局长颁奖。", "薛敬之", "巡视员"),
        ("请烈士亲属代表、烈士袁志坚之子袁卫国发言。", "袁卫国", None),
    ],
)
def test_巡视员_is_a_post_and_之子_a_relation(sentence: str, name: str, role: str | None) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "role"),
    [
        ("首先，请伍建疆站长通报监测结果。", "speech", "伍建疆", "站长"),
        ("请总监票人报告选举结果。", "action", None, "总监票人"),
        ("请站长伍建疆讲今年野外观测的任务和安全要求。", "speech", "伍建疆", "站长"),
        ("请站医罗卫平讲高原反应的预防及处置。", "speech", "罗卫平", "站医"),
        ("请华素琴老师代表获奖的老艺术家说几句。", "speech", "华素琴", None),
    ],
)
def test_results_of_a_count_are_read_out_and_other_results_reported(
    sentence: str, kind: str, name: str | None, role: str | None
) -> None:
    """A count's result is read out (an act); a station's results are reported (a talk);
    讲…要求 is a talk; 站医 a post; 老师代表… speaks for others, named herself."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == (kind, name, role)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "一、会议开始\n下面按议程进行。\n二、中层干部述职\n每人述职时间不超过6分钟。\n"
            "（一）东城管理站站长 吕春生\n（二）西城管理站站长 杜海霞\n"
            "（三）新区管理站负责人 贺文斌（站长空缺）\n请以上同志按顺序述职。\n三、所长讲话",
            [
                ("speech", "吕春生", "东城管理站站长"),
                ("speech", "杜海霞", "西城管理站站长"),
                ("speech", "贺文斌", "新区管理站负责人"),
            ],
        ),
        (
            "第一项，请局长讲话。\n下面进行第二项，表态发言。\n（一）地区教育局\n（二）库车市人民政府\n"
            "请以上单位依次发言。\n第三项，请副专员讲话。",
            [("speech", None, "地区教育局"), ("speech", None, "库车市人民政府")],
        ),
    ],
)
def test_a_request_naming_those_listed_just_before_is_a_turn_for_each(
    body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """（一）…站长 吕春生 …（三）… then 请以上同志按顺序述职: each one listed is a turn; the
    list's numbers are no headings."""
    meeting = parse(f"工作会议主持词\n同志们：\n{body}\n会议到此结束。\n")
    turns = [(c.kind, c.name, c.role) for c in meeting.items[1].speakers]
    assert turns == expected
    assert [d.what for d in meeting.decisions].count("listed_turn") == len(expected)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请贾卫东段长与各闸管所所长签订春灌安全责任书。", "贾卫东", "段长"),
        ("请段长、党委副书记欧阳俊同志作行政工作报告。", "欧阳俊", "段长、党委副书记"),
        ("有请商户代表、“海之源”水产行老板邱振宇讲话。", "邱振宇", "“海之源”水产行老板"),
        ("首先有请扎西老人，他十六岁开始跟着马帮走到拉萨。", "扎西", None),
        ("请致富带头人代表才旦同志发言。", "才旦", "致富带头人代表"),
        ("请传承人代表夏吾才旦先生讲话。", "夏吾才旦", "传承人代表"),
        ("请脱贫致富带头人、合作社理事长余阿英同志发言。", "余阿英", "合作社理事长"),
        ("请施工单位代表某某某发言。", None, "施工单位代表"),
    ],
)
def test_段长_老板_老人_and_a_name_with_no_surname_after_a_kinds_代表(
    sentence: str, name: str | None, role: str | None
) -> None:
    """段长 is a post, a shop's 老板 too; 老人 after a name honours it; after 带头人代表 or
    传承人代表 a Tibetan name with no Han surname is the name; a placeholder stays none."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


@pytest.mark.parametrize(
    "sentence",
    [
        "同志们，报告已经作完，对这个报告，大家有什么意见？",
        "对这个报告，同志们有没有意见？",
        "各位代表，大家对这个办法有没有意见？",
    ],
)
def test_the_room_asked_for_its_views_after_an_address_or_a_clause(sentence: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == ("speech", None)


def test_the_rooms_review_then_an_officials_answer_are_two_turns() -> None:
    """请组成人员进行审议。 then 请…副县长就审议中提到的问题作补充说明。: the answer is no member
    of the room the group line asks, so the room's turn stays."""
    body = (
        "下面进行第一项议程，听取和审议县人民政府关于国有资产管理情况的报告。"
        "受县人民政府委托，请县财政局局长温志刚作报告。\n请组成人员进行审议。\n"
        "下面，请田晓鸥副县长就组成人员审议中提到的有关问题作补充说明。\n第一项议程结束。"
    )
    assert _turns_of(body) == [[("speech", "温志刚"), ("speech", None), ("speech", "田晓鸥")]]


@pytest.mark.parametrize(
    ("text", "short", "title", "full"),
    [
        ("参加今天会议的有分公司副经理钟国平，科长曾小芸。", "钟经理", "经理", "钟国平"),
        ("第一项，有请我们的吕建国校长讲话。", "吕校长", "校长", "吕建国"),
        ("今天这一课由裘伯钧老师来上。", "裘老师", "老师", "裘伯钧"),
        ("请镇派出所所长黄振宁同志讲话。", "黄所长", "所长", "黄振宁"),
        ("请张书记点评。", "张书记", "书记", None),
        ("请所长黄振宁、所长黄立同志讲话。", "黄所长", "所长", None),
    ],
)
def test_a_surname_and_a_title_stand_for_the_one_the_script_names_with_them(
    text: str, short: str, title: str, full: str | None
) -> None:
    """钟经理 is 钟国平 where the script names him so; never named, or two of them: no guess."""
    assert full_name(short, title, normalise(text)) == full


def test_a_turn_asked_by_surname_and_title_gets_the_full_name() -> None:
    body = (
        "出席今天会议的有分公司副经理钟国平，科长曾小芸。\n"
        "第一项，请钟经理、曾科长为安全行车标兵颁奖。\n第二项，请裘老师授课。"
    )
    meeting = parse(f"表彰会主持词\n同志们：\n{body}\n会议到此结束。\n")
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [("钟国平", "经理")]
    assert [(c.name, c.role) for c in meeting.items[1].speakers] == [("裘老师", "老师")]
    assert any(d.what == "full_name" for d in meeting.decisions)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("请全体新警举起右拳，跟着领誓人一起宣誓。", None),
        ("请全体党员跟随领誓人宣誓。", None),
        ("请他给大家讲讲。", None),
        ("第四项，请金石声主席为三位授课导师颁发聘书。", ("action", "金石声", "主席")),
        ("请答辩秘书宣读答辩委员会决议。", ("action", None, "答辩秘书")),
        (
            "接下来请许嘉怡科长结合调度大厅的实际工作，通过视频演示一次完整的呼救受理过程。",
            ("speech", "许嘉怡", "科长"),
        ),
        ("还有哪位朋友想说几句？请举一下手，工作人员把话筒递给您。", ("speech", None, None)),
        (
            "站党总支书记林卫东监誓。请全体新晋引航员面向站旗，举起右拳，跟随领誓人宣誓。",
            ("action", "林卫东", "站党总支书记"),
        ),
    ],
)
def test_who_repeats_who_was_just_asked_and_what_a_title_is_made_of(
    sentence: str, expected: tuple[str, str | None, str | None] | None
) -> None:
    """Those repeating the oath after its leader, and 他 just asked, take no step; 授课导师
    and 答辩秘书 name what people do, no verb and no name; 通过视频演示 after what it draws on
    is the talk; the others asked to raise a hand to speak are the room's turn."""
    cue = find_cue(normalise(sentence))
    assert (cue and (cue.kind, cue.name, cue.role)) == expected


def test_a_half_width_stop_after_chinese_ends_a_sentence() -> None:
    assert normalise("发言.章先生.") == "发言。章先生。"
    assert normalise("增长1.5倍，Web 2.0") == "增长1.5倍，Web 2.0"
    body = (
        "第一项,交流发言.每人尽量不超过6分钟.\n第一位,请推拿师章国平先生发言.章先生借阅盲文书二十多年了.\n"
        "第二位,请盲校学生罗晓雨同学发言."
    )
    assert _turns_of(body) == [[("speech", "章国平"), ("speech", "罗晓雨")]]


def test_what_is_told_for_after_the_meeting_is_no_item() -> None:
    """开班式后，进行第一讲 in the overview's paragraph and …结束。…后，进行第一讲 at the close:
    the course after the ceremony, told, not run here."""
    text = (
        "培训班开班式主持词\n各位学员：\n开班式共两项议程：首先，副局长作开班讲话；其次，宣布学员管理规定。"
        "开班式后，进行第一讲专题辅导。\n首先，请副局长莫建国作开班讲话。\n"
        "其次，请人事处副处长单静宣布学员管理规定。\n开班式到此结束。稍事休息10分钟后，进行第一讲专题辅导。\n"
    )
    meeting = parse(text)
    assert [[c.name for c in item.speakers] for item in meeting.items] == [["莫建国"], ["单静"]]


def test_a_parts_item_by_number_alone_takes_the_requests_words() -> None:
    text = (
        "年会主持词\n各位同事：\n今晚分为两个部分.\n"
        "首先,上半场第一项,有请公司创始人、CEO 岑立航先生致新年辞,大家掌声欢迎!\n"
        "第二项，请王总讲话。\n散会。\n"
    )
    assert parse(text).items[0].title == "创始人致新年辞"


def test_a_plan_of_four_steps_told_as_先_再_然后_最后_is_the_overview() -> None:
    text = (
        "揭牌仪式主持词\n各位来宾：\n今天，我们欢聚在银匠广场。首先，请允许我介绍出席今天仪式的领导和嘉宾。\n"
        "今天的仪式，先请副县长杨秀林先生致辞，再请银匠代表发言，然后举行揭牌和授牌，最后请大家参观工坊。\n"
        "首先，有请副县长杨秀林先生致辞！\n下面，请银匠代表龙老根师傅发言。\n"
        "接下来，举行揭牌仪式。有请宣传部部长潘晓梅女士揭牌！\n最后，请各位领导移步工坊一楼参观。\n"
        "揭牌仪式到此结束。\n"
    )
    meeting = parse(text)
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["杨秀林"],
        ["龙老根"],
        ["潘晓梅"],
        [],
    ]


def test_the_first_of_two_named_with_和_before_a_dotted_name_acts() -> None:
    cue = find_cue(normalise("请县委常委、副县长王海峰和理事长古丽娜尔·买买提为示范基地揭牌。"))
    assert cue is not None and (cue.name, cue.role) == ("王海峰", "县委常委、副县长")


def test_the_afternoons_lecture_goes_on_from_the_mornings_after_the_ceremony() -> None:
    text = (
        "培训班主持词\n各位牧民朋友：\n开班仪式有两项议程：一是理事长致辞；二是站长讲话。\n"
        "开班仪式第一项，请合作社理事长才让多杰致辞。\n开班仪式第二项，请站长马福林讲话。\n"
        "开班仪式结束。请大家休息10分钟。\n下面开始第一讲，《冷季补饲技术》，主讲老师是研究员韩桂英。大家欢迎！\n"
        "下午开始第二讲，《常见疫病防治》，请兽医师索南加授课。\n今天的培训到这里结束。\n"
    )
    meeting = parse(text)
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["才让多杰"],
        ["马福林"],
        ["韩桂英"],
        ["索南加"],
    ]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("授课时间约1小时40分钟", 6000), ("授课时间约一小时四十分钟", 6000), ("授课时间2小时", 7200)],
)
def test_hours_and_minutes_together(text: str, seconds: int) -> None:
    assert find_limit(normalise(text)) == seconds


def test_最后_审议_is_a_step_and_the_speech_after_it_is_that_steps() -> None:
    text = (
        "常委会议主持词\n各位常委：\n现在开会。\n首先，请副市长龚文斌同志通报有关情况。\n"
        "下面进行大会发言。请郑佩文常委发言。\n请关兰芬常委发言。\n"
        "最后，审议通过《关于推进儿童医疗服务体系建设的建议案（草案）》。请秘书长顾振东同志就建议案作说明。\n"
        "现在进行表决。同意的请举手；请放下。不同意的请举手；没有。弃权的请举手；没有。通过。\n"
        "下面，请市政协主席俞国平同志讲话。\n现在散会。\n"
    )
    meeting = parse(text)
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["龚文斌"],
        ["郑佩文", "关兰芬"],
        ["顾振东", "俞国平"],
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("下面请孟凡军股长给大家授课。", ("speech", "孟凡军", "股长")),
        ("请学员代表、农机专业合作社机手邰建国发言。", ("speech", "邰建国", "农机专业合作社机手")),
        ("刚才四位代表讲得很实在，其他代表还有要补充的吗？请举手。", ("speech", None, None)),
        ("请集团工会主席为他们颁奖，也就是由我来颁奖。", None),
    ],
)
def test_股长_机手_the_others_asked_for_more_and_the_chairs_own_act(
    sentence: str, expected: tuple[str, str | None, str | None] | None
) -> None:
    cue = find_cue(normalise(sentence))
    assert (cue and (cue.kind, cue.name, cue.role)) == expected


def test_those_listed_by_order_then_asked_together_are_a_turn_each() -> None:
    body = (
        "首先，请经营户代表发言。每人发言限时6分钟。\n第一位，玫瑰批发大户、宏达花业负责人 瞿小兵；\n"
        "第二位，鲜切花电商直播经营户 温静怡；\n第三位，交易大厅C区经营户 岳海。\n请以上三位依次发言。\n"
        "最后，请市场主任讲话。"
    )
    assert _turns_of(body)[0] == [("speech", "瞿小兵"), ("speech", "温静怡"), ("speech", "岳海")]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ("第一项，请站长覃国庆作培训小结并发放结业证书。", ["speech", "action"]),
        ("第一项，请组织委员石红梅同志说明评议办法，并发放评议表。", ["speech"]),
    ],
)
def test_a_talk_then_handing_out_certificates_is_two_steps_forms_are_none(
    body: str, kinds: list[str]
) -> None:
    assert [k for k, _ in _turns_of(body)[0]] == kinds


def test_第一个程序_numbers_an_item_and_a_check_of_the_steel_is_an_act() -> None:
    text = (
        "开工仪式主持词\n各位嘉宾：\n今天的开工仪式有三个程序。\n第一个程序，请公司董事长丁振华先生致辞。\n"
        "第二个程序，请船东代表埃里克·汉森先生致辞。\n"
        "第三个程序，开工。下面，有请验船师许文俊先生对首块钢板进行检验确认。\n开工仪式到此结束。\n"
    )
    meeting = parse(text)
    assert [[(c.kind, c.name) for c in item.speakers] for item in meeting.items] == [
        [("speech", "丁振华")],
        [("speech", "埃里克·汉森")],
        [("action", "许文俊")],
    ]


def test_an_overview_of_the_items_it_mainly_has_and_the_last_asked_as_told() -> None:
    """议程主要有四项：第一，…第四，请…领导点评 then 下面，请蒋永和副部长点评: the overview counts,
    and the request that asks the last entry's act runs it (not the chair's 刚才…的点评)."""
    text = (
        "组织生活会主持词\n同志们：\n今天的议程主要有四项：第一，通报情况；第二，支部书记作检视剖析；"
        "第三，开展民主评议党员；第四，请集团党委组织部领导点评。\n"
        "下面进行第一项，请组织委员石红梅通报情况。\n下面进行第二项，由我作检视剖析。\n"
        "大家对支委会有什么批评意见，请直截了当地提出来。\n第三项，开展民主评议党员。请工作人员发放民主评议表。\n"
        "下面，请蒋永和副部长点评，大家欢迎。\n同志们，刚才蒋部长的点评很中肯。\n散会。\n"
    )
    meeting = parse(text)
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["石红梅"],
        [None],
        [],
        ["蒋永和"],
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请镇林业和草原服务中心主任李春梅同志作工作总结。", "李春梅", "镇林业和草原服务中心主任"),
        ("请理事会财务林美珠作财务收支情况报告。", "林美珠", "理事会财务"),
        ("我们请冉志远高级工程师为大家讲几句。", "冉志远", "高级工程师"),
        ("先请协会秘书长宁晓东用幻灯片带大家回顾一下协会这十年。", "宁晓东", "协会秘书长"),
        ("请局长张三和副局长李四颁奖。", "张三", "局长"),
    ],
)
def test_和_inside_an_office_财务_高级工程师_and_what_one_speaks_with(
    sentence: str, name: str, role: str
) -> None:
    """林业和草原服务中心: 和 inside the office's name, one person named after it (局长张三和
    副局长李四 are two, the first acts); a council's 财务 and a 高级工程师 are posts; 用幻灯片
    is how one speaks, no part of the name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role) == (name, role)


def test_the_same_sessions_next_sitting_goes_on_as_one_meeting() -> None:
    text = (
        "某县第十九届人民代表大会第五次会议第一次全体会议主持词\n各位代表：\n"
        "下面进行第一项议程：听取和审议县人民政府工作报告。请县长王建民同志作政府工作报告。\n"
        "今天上午的会议到此结束。散会。\n"
        "某县第十九届人民代表大会第五次会议第二次全体会议主持词\n各位代表：\n"
        "进行大会第二项议程，听取和审议县人民法院工作报告。请县人民法院院长李明同志作报告。\n"
        "各代表团酝酿讨论，现在提请大会表决。\n同意的请举手；不同意的请举手；弃权的请举手。通过。\n散会。\n"
    )
    meeting = parse(text)
    assert [[c.name for c in item.speakers] for item in meeting.items] == [["王建民"], ["李明"]]
    assert any(d.what == "next_sitting" for d in meeting.decisions)


def test_an_overview_count_then_the_items_run_in_order_is_no_list() -> None:
    """仪式共三项： then 第一项，奏唱国歌。… 第二项，…: the first item is run, not an overview entry."""
    text = (
        "宪法宣誓仪式主持词\n各位委员：\n仪式共三项：\n第一项，奏唱国歌。请全体起立。\n（奏唱国歌）\n"
        "第二项，进行宪法宣誓。请马福德同志领誓。\n第三项，请区人大常委会主任于晓明同志讲话。\n"
        "宪法宣誓仪式到此结束。\n"
    )
    meeting = parse(text)
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        [],
        ["马福德"],
        ["于晓明"],
    ]


def test_things_to_do_counted_and_the_second_one_introduced_with_what_she_tells() -> None:
    text = (
        "家长会主持词\n各位家长：\n今天的家长会，我们主要做两件事：第一件，请年级主任通报一模考试情况；"
        "第二件，请家长代表分享经验。\n先做第一件事。有请初三年级主任林志坚老师。\n"
        "第二件事，家长代表分享。每位分享不超过8分钟。\n第一位是初三（2）班欧阳晨曦同学的爸爸。\n（分享）\n"
        "第二位是初三（5）班家长委员会主任陈丽娥女士，她讲讲家委会怎样组织接送。\n（分享）\n散会。\n"
    )
    meeting = parse(text)
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["林志坚"],
        [None, "陈丽娥"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "还有哪位同志想说说？大家抓紧时间，自由发言。",
        "还有哪位想说的？（自由发言）",
        "班子其他同志对班子对照检查还有没有需要补充的，请提出来。",
    ],
)
def test_the_room_asked_who_else_would_speak_is_its_turn(sentence: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == ("speech", None)


def test_the_floor_asked_for_and_then_urged_is_one_turn() -> None:
    """还有哪位委员要补充发言？ then 请大家踊跃发言: the floor opened once; the room's free
    speeches then an official's answer are two turns."""
    body = (
        "第一项，委员协商发言。请武平委员发言。\n还有哪位委员要补充发言？\n请大家踊跃发言。\n"
        "第二项，专题协商。请马秀英常委发言。\n其他常委还有没有要讲的？请大家自由发言。\n"
        "请县水利局局长钱卫东同志就常委们提出的问题作回应。"
    )
    assert _turns_of(body) == [
        [("speech", "武平"), ("speech", None)],
        [("speech", "马秀英"), ("speech", None), ("speech", "钱卫东")],
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "现在第二项，由县农业农村局副局长吾买尔江·阿不都同志安排草原畜牧业生产工作。",
            ("speech", "吾买尔江·阿不都"),
        ),
        ("由副主席陈秀英同志召集。", None),
        ("先请大河镇副镇长苏丽娅在分会场发言。", ("speech", "苏丽娅")),
        (
            "现在第二项，由王景贤先生发布本次巡演的剧目和首批20座巡演城市名单。",
            ("action", "王景贤"),
        ),
        ("除了刚才发言的同志，还有哪位委员有补充的？可以自由发言。", ("speech", None)),
        ("以上是局党组班子的检视剖析，请督导组和各位班子成员批评指正。", None),
    ],
)
def test_由_with_a_talk_where_one_speaks_from_a_list_made_public_and_the_room_asked(
    sentence: str, expected: tuple[str, str | None] | None
) -> None:
    """由…安排…工作 is a talk (由…召集 tells who leads, no turn); 在分会场 is where, no name;
    发布…名单 makes a list public; the room asked for more takes its turn (批评指正 after one's
    own words stays a courtesy)."""
    cue = find_cue(normalise(sentence))
    assert (cue and (cue.kind, cue.name)) == expected


def _cue_as(sentence: str, expected: tuple[str | None, ...] | None) -> tuple | None:
    """The cue's (kind, name, role), as far as `expected` says them (None: no cue)."""
    cue = find_cue(normalise(sentence))
    got = cue and (cue.kind, cue.name, cue.role)
    return got[: len(expected)] if got and expected else got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a member addressed as 委员 / 常委 (or a doctor as 博士) after the name: no post
        ("请柏振华常委发言。", ("speech", "柏振华", None)),
        ("请农工党员、市二院副院长蓝启明委员发言。", ("speech", "蓝启明", "市二院副院长")),
        ("请科技界别委员代表温天星委员发言。", ("speech", "温天星", "科技界别委员代表")),
        # a task given by a leader (下达…指令) after 有请 is an act
        ("有请市住建局副局长程远航同志下达浇筑指令！", ("action", "程远航", "市住建局副局长")),
        # a kind's representative with a long name and no Han surname
        ("请二组代表巴合提别克发言。", ("speech", "巴合提别克", "二组代表")),
        # a Latin name after a post in Chinese
        (
            "请国际湿地组织亚洲区主任 Anna Berg 女士致辞。",
            ("speech", "Anna Berg", "国际湿地组织亚洲区主任"),
        ),
        # an office, then a dotted name, then the title
        ("请自治州政府努尔兰·赛力克副州长讲话。", ("speech", "努尔兰·赛力克", "副州长")),
        # new posts: a shop's owner, a stage designer, a principal player
        ("请东门第12号摊位业主邵春兰发言。", ("speech", "邵春兰", "东门第12号摊位业主")),
        ("请灯光设计庞一帆老师抽奖！", ("action", "庞一帆", "灯光设计")),
        ("请乐团首席大提琴于晓晨发言。", ("speech", "于晓晨", "乐团首席大提琴")),
        ("请去年刚入职的航标工屈文静说几句。", ("speech", "屈文静", "航标工")),
        # one of two signing for both sides, after a comma
        (
            "请院长邰国庆同志与工会主席毛晓岚同志，代表双方签订《集体合同》。",
            ("action", "邰国庆", "院长"),
        ),
        # a lecturer told as brought in (请来了), who teaches over a video link
        (
            "这一讲我们请来了省水产研究所的高级工程师樊小川博士，通过视频连线授课。",
            ("speech", "樊小川", "高级工程师"),
        ),
        # money or gifts handed out by a leader are an act; by the staff, logistics
        ("请房新民副镇长为五户代表发放补助款。", ("action", "房新民", "副镇长")),
        ("请工作人员发放补助款。", None),
        # the apprentices' bow is their act, in their own words
        ("请徒弟们向师父行拜师礼、敬拜师茶。", ("action", None, "徒弟们")),
        # no turn: the next one told to get ready; an award's name; the newcomers' pledge
        ("请下一位交流代表提前到前排候场。", None),
        ("最先揭晓的是“年度服务之星”。", None),
        ("请新录用同志在廉洁承诺书上签字。", None),
        ("请季大明局长在承诺书上签字。", ("action", "季大明", "局长")),
        ("请新入职员工代表发言。", ("speech", None, "新入职员工代表")),
        # the room asked, past a comma or with no one named
        ("还有哪位社员想说的，不用举手，直接说。", ("speech", None, None)),
        ("有没有什么意见？有意见现在就提。", ("speech", None, None)),
        # 就是我们… in the chair's praise is no chair's own act
        (
            "请道班炊事员阿依努尔·卡德尔同志发言。她的事迹，就是我们队伍的精神写照。",
            ("speech", "阿依努尔·卡德尔", "道班炊事员"),
        ),
    ],
)
def test_forms_from_the_seventy_eighth_and_ninth_rounds(
    sentence: str, expected: tuple[str, str | None, str | None] | None
) -> None:
    assert _cue_as(sentence, expected) == expected


def test_a_speech_then_gifts_handed_out_is_a_speech_and_an_act() -> None:
    assert _turns_of("第一项，请党支部书记韦光明讲话，并为职工代表发放节日慰问品。") == [
        [("speech", "韦光明"), ("action", "韦光明")]
    ]


def test_the_first_lecture_after_a_ceremony_run_without_numbers_comes_after_its_items() -> None:
    """开班仪式有三项议程 run by 首先/下面/最后, the ceremony closed, then 下面开始第一讲: the
    lecture is the fourth item, not the first (its planned 两个小时 is its limit)."""
    meeting = parse(
        "培训班开班仪式主持词\n各位学员：\n开班仪式有三项议程，一是介绍培训安排，二是学员代表发言，"
        "三是院领导讲话。\n首先，请教务处处长龚立新同志介绍培训安排。\n下面，请学员代表、"
        "石门镇卫生院院长范春生同志发言。\n最后，请院长彭德远同志讲话。\n开班仪式到此结束。"
        "请大家休息十分钟。\n下面开始第一讲：针灸规范操作。\n有请针灸科主任柯一鸣授课，时间两个小时。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["龚立新"],
        ["范春生"],
        ["彭德远"],
        ["柯一鸣"],
    ]
    assert meeting.items[3].speakers[0].limit_s == 7200


def test_an_office_told_ahead_and_asked_later_by_name_is_one_turn() -> None:
    meeting = parse(
        "述职评议会议主持词\n一、会议开始\n同志们：\n会议最后进行民主测评，并请局党组书记、局长讲话。\n"
        "二、现场述职\n请办公室主任潘明同志述职。\n三、局领导讲话\n下面，请局党组书记、局长"
        "喻国平同志讲话。\n四、会议结束\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items if item.speakers] == [
        ["潘明"],
        ["喻国平"],
    ]


def test_an_elder_called_by_surname_and_老_is_the_one_the_script_names() -> None:
    meeting = parse(
        "拜师仪式主持词\n今天举行韦仲达老先生的拜师仪式。\n仪式进行第一项，拜师。"
        "请韦老向弟子赠送医书。\n仪式到此结束。\n"
    )
    assert [(c.kind, c.name) for c in meeting.items[0].speakers] == [("action", "韦仲达")]


def test_a_group_asked_then_each_member_by_name_counts_the_names() -> None:
    assert _turns_of(
        "第一项，专题协商。下面请常委发言，每位常委发言不超过8分钟。\n请柳如是常委发言。\n"
        "请关山月常委发言。"
    ) == [[("speech", "柳如是"), ("speech", "关山月")]]


def test_a_turn_told_for_later_in_the_chairs_words_is_asked_once() -> None:
    """…具体情况，待会儿请伍天明同志专门通报 in the chair's opening, then 请…伍天明同志通报…: one
    turn, where it is asked."""
    meeting = parse(
        "民主生活会主持词\n同志们：\n去年查摆的问题已整改到位，具体情况，待会儿请伍天明同志专门通报。\n"
        "下面，进行第一项，请办公室主任伍天明同志通报整改落实情况。\n会议到此结束。\n"
    )
    assert [s.name for s in meeting.opening if isinstance(s, SpeakerCue)] == []
    assert [[c.name for c in item.speakers] for item in meeting.items] == [["伍天明"]]


def _limits_of(text: str) -> list[list[tuple[str | None, int]]]:
    return [[(c.name, c.limit_s) for c in item.speakers] for item in parse(text).items]


def test_the_chairs_requirements_time_the_self_checks_and_the_criticism_apart() -> None:
    """每位班子成员个人对照检查发言控制在10分钟左右，相互批评每人每次3分钟以内 in the opening:
    each self-check has ten minutes, each round of criticism three."""
    assert _limits_of(
        "民主生活会主持词\n同志们：\n我先提几点要求：每位班子成员个人对照检查发言控制在12分钟左右，"
        "相互批评每人每次3分钟以内。\n下面进行第一项，班子成员个人对照检查。\n"
        "请副局长骆明同志作个人对照检查。\n请同志们对骆明同志提出批评意见。\n会议到此结束。\n"
    ) == [[("骆明", 720), (None, 180)]]


def test_a_limit_is_for_the_kind_of_turn_its_own_clause_names() -> None:
    """…对照检查发言每人控制在15分钟以内，不要讲成述职报告: the self-checks' limit, not a 述职's;
    the report before them and the supervisor's comment keep the default."""
    assert _limits_of(
        "民主生活会主持词\n同志们：\n这里提几点要求：一是个人对照检查发言每人控制在15分钟以内，"
        "不要讲成述职报告。\n下面，进行第一项，请办公室主任滕宇同志通报整改情况。\n"
        "进行第二项，个人对照检查。请副主任严骏同志作个人对照检查。\n"
        "进行第三项，请督导组组长郁国同志点评。\n会议到此结束。\n"
    ) == [[("滕宇", 600)], [("严骏", 900)], [("郁国", 600)]]


def test_limits_told_under_an_opening_heading_time_the_items_after_it() -> None:
    assert _limits_of(
        "述职评议会议主持词\n一、会议开始\n同志们：\n每位述职人述职时间不超过8分钟，"
        "分管局领导点评每次3分钟左右。\n二、现场述职\n请办公室主任鲁远同志述职。\n"
        "请分管副局长孟星同志点评。\n三、会议结束\n散会。\n"
    )[1] == [("鲁远", 480), ("孟星", 180)]


def test_a_limit_for_each_常委_is_not_the_officials_reply() -> None:
    assert _limits_of(
        "常委会议主持词\n同志们：\n会议进行第一项，专题协商。每位常委发言不超过6分钟。\n"
        "请邱明常委发言。\n请方琴常委发言。\n请县水务局副局长曾林就常委们提出的问题作回应。\n"
        "会议到此结束。\n"
    ) == [[("邱明", 360), ("方琴", 360), ("曾林", 600)]]


def test_a_planned_length_in_brackets_after_a_mobilising_speech() -> None:
    assert (
        find_limit(normalise("请市节水办主任覃国同志对迎检工作进行动员部署。（约30分钟）")) == 1800
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title and 阿訇 / 文书 / 园长 / a worker's trade; a Dai name with its prefix
        ("请教长白永福阿訇先讲。", ("speech", "白永福", "教长")),
        ("请理事会成员、社文书柯兰同志作说明。", ("speech", "柯兰", "理事会成员、社文书")),
        ("首先，有请我们的岩罕香园长讲话！", ("speech", "岩罕香", "园长")),
        (
            "请“优秀工匠”代表、纺纱车间挡车工芮小燕同志发言。",
            ("speech", "芮小燕", "纺纱车间挡车工"),
        ),
        # 界别 is no part of a name
        (
            "第一位发言的是县政协委员、工商界别召集人、县商会会长闵文华同志，题目是《稳企业》。",
            ("speech", "闵文华"),
        ),
        # an arrangement made by a leader is a talk; a stand is stated
        ("请副县长石晓华同志对防汛具体工作进行安排。", ("speech", "石晓华", "副县长")),
        ("请齐思远同志表明态度。", ("speech", "齐思远", None)),
        # the one introduced, with a comma before 是; the child and a parent, the child named
        ("第一位发言的，是“金牌护工”、康宁护理院护理员卜秀凤。有请！", ("speech", "卜秀凤")),
        ("第二位，是“书香家庭”的严小乐小朋友和他的妈妈，掌声有请！", ("speech", "严小乐")),
        # a guest whose talk has a title (她带来的题目是…), and a round table's moderator
        (
            "下面有请市马戏团艺术总监欧阳倩女士，她带来的题目是《城市与马戏》。",
            ("speech", "欧阳倩"),
        ),
        ("有请对话主持人，省杂技团副团长韩冬女士，以及四位嘉宾上台。", ("action", "韩冬")),
        ("有请主持人和对话嘉宾上台。", None),
        # the room asked, with no one named
        ("今天还有什么意见的，可以现在提出来，每人发言不超过3分钟。", ("speech", None)),
        # no turn: told for after the meeting; the rest not called; a discussion organised
        ("同志们，会后请各单位对照部署，月底前把清单报业务科。", None),
        ("其他党员按座次发言，不再逐一点名。", None),
        ("请各代表团团长组织好讨论，每个代表团推荐一名代表在大会上发言。", None),
    ],
)
def test_forms_from_the_eightieth_and_eighty_first_rounds(
    sentence: str, expected: tuple[str, ...] | None
) -> None:
    assert _cue_as(sentence, expected) == expected


def test_units_listed_between_以下_and_以上_each_take_their_turn() -> None:
    meeting = parse(
        "防汛工作会议主持词\n同志们：\n会议进行第一项，表态发言。\n请以下单位依次作表态发言：\n"
        "（一）县水利局\n（二）青溪镇\n（三）沙坪镇\n请以上单位依次发言。\n会议到此结束。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [
        (None, "县水利局"),
        (None, "青溪镇"),
        (None, "沙坪镇"),
    ]


def test_a_listed_speaker_with_a_note_in_brackets_is_a_turn() -> None:
    assert _turns_of(
        "第一项，表态发言。请以下三位同志依次表态：\n（一）第一所所长易光；\n（二）第二所所长邱玲；\n"
        "（三）项目组组长田福（视频连线）。"
    ) == [[("speech", "易光"), ("speech", "邱玲"), ("speech", "田福")]]


def test_the_room_asked_for_views_then_an_answer_are_two_turns() -> None:
    assert _turns_of(
        "第一项，审议考核办法。请人力资源部部长王彤同志作说明。\n"
        "对这个办法，各位代表还有什么意见，请现在提出来。\n请王彤部长对代表提出的问题作简要回应。"
    ) == [[("speech", "王彤"), ("speech", None), ("speech", "王彤")]]


def test_a_parent_introduced_then_welcomed_by_the_childs_surname_is_one_turn() -> None:
    assert _turns_of(
        "第一项，家长发言。下面有请家长发言。今天发言的是大三班林小雨小朋友的爸爸。\n有请林爸爸！"
    ) == [[("speech", None)]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group's act (turning the valve together), 领读, a banner given by a leader
        ("请各位领导和嘉宾共同转动供水阀门。", ("action", None)),
        ("请郑立副处长为志愿分队授“防火先锋队”队旗。", ("action", "郑立", "副处长")),
        # a son named after the one he speaks for; a candidate or an oath's leader: no post
        ("请宋振国同志的长子宋立民先生代表家属致答谢词。", ("speech", "宋立民", None)),
        ("请候选人甘秀兰同志作表态发言。", ("speech", "甘秀兰", None)),
        ("请领誓人次仁央宗同志领誓。", ("action", "次仁央宗", None)),
        # a company before a post is no name
        ("首先有请龙窑陶业董事长、总经理胡振国先生致新年辞！", ("speech", "胡振国")),
        # the room asked for its views on someone
        ("下面，请大家对卜远同志能否入党发表意见。", ("speech", None)),
        # what to follow is no turn
        ("请各乡镇对照通报中的调配计划，认真抓好落实。", None),
    ],
)
def test_forms_from_the_eighty_second_and_third_rounds(
    sentence: str, expected: tuple[str, ...] | None
) -> None:
    assert _cue_as(sentence, expected) == expected


def test_people_listed_after_请以下_each_take_the_turn_it_asks() -> None:
    assert _turns_of(
        "第一项，车间主任表态发言。请以下三位车间主任依次表态，每人不超过3分钟：\n"
        "轧花车间主任马国强同志；\n打包车间主任热合曼·买买提同志；\n籽棉库主任王秀芳同志。"
    ) == [[("speech", "马国强"), ("speech", "热合曼·买买提"), ("speech", "王秀芳")]]


def test_a_leader_of_the_oath_told_then_asked_is_one_step() -> None:
    assert _turns_of(
        "第一项，宪法宣誓。本次宣誓由县人大常委会副主任邬明同志监誓，院长龚建同志领誓。全体起立！\n"
        "请龚建院长领誓。"
    ) == [[("action", "邬明"), ("action", "龚建")]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "请农技站的彭小燕高级农艺师讲小蚕共育的要点，时间半小时左右。",
            ("speech", "彭小燕", "高级农艺师"),
        ),
        ("请各代表团在审议政府工作报告时一并审查。", None),
        ("请农业和农村界别召集人、市柑橘研究所所长闵春芳委员发言。", ("speech", "闵春芳")),
    ],
)
def test_forms_from_the_eighty_fourth_round(
    sentence: str, expected: tuple[str, ...] | None
) -> None:
    assert _cue_as(sentence, expected) == expected


def test_a_surname_and_title_after_the_full_name_said_before_a_verb() -> None:
    """请…人事部经理韩永刚发言 then 请韩经理…发放录用通知书: 韩经理 is 韩永刚."""
    assert full_name("韩经理", "经理", "请人事部经理韩永刚发言。请韩经理发放通知书。") == "韩永刚"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("请李主任在学习会上讲话。", "李主任"), ("请王局长在审议中作说明。", "王局长")],
)
def test_where_or_when_after_the_name_is_no_part_of_it(sentence: str, name: str) -> None:
    """请李主任在学习会上讲话: who speaks, then where (a group reviewing 在审议…时 takes no turn)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name) == ("speech", name)


def _opening_and_items(text: str) -> tuple[list[str | None], list[list[str | None]]]:
    """The names of the turns in the opening, and item by item."""
    meeting = parse(text)
    opening = [s.name for s in meeting.opening if isinstance(s, SpeakerCue)]
    return opening, [[c.name for c in item.speakers] for item in meeting.items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the overview's last entry asks someone: told ahead, asked in its item
        (
            "考核会议主持词\n同志们：\n今天的会议有三项：一是述职；二是测评；"
            "三是请组织部孟建华副部长讲话。\n下面进行第一项，请各位科长依次述职。\n"
            "进行第二项，民主测评。\n进行第三项，请孟建华副部长讲话。\n散会。\n",
            ([], [[None], [], ["孟建华"]]),
        ),
        # the oath's procedure told in the opening, the leader asked in the item
        (
            "宣誓仪式主持词\n同志们：\n宣誓采取集体宣誓的方式，由局长葛文涛同志领誓，"
            "其他同志跟诵。\n仪式进行第一项，请局长葛文涛同志领誓。\n"
            "仪式进行第二项，请纪检组长讲话。\n散会。\n",
            ([], [["葛文涛"], [None]]),
        ),
        # applause for the newcomers is a welcome, not a turn
        (
            "迎新会主持词\n老师们、同学们：\n让我们以热烈的掌声欢迎新同学来到实验中学！\n"
            "下面进行第一项，请校长邹红梅讲话。\n散会。\n",
            ([], [["邹红梅"]]),
        ),
        # the chair asks for it before the agenda begins: a turn in the opening
        (
            "推进会主持词\n同志们：\n在会议开始之前，首先请办公室主任钱永宏宣读表扬通报。\n"
            "本次会议共有两项议程。\n下面进行第一项，请县长讲话。\n"
            "下面进行第二项，请书记讲话。\n散会。\n",
            (["钱永宏"], [[None], [None]]),
        ),
        # no items at all: the turns are the opening's, as written
        (
            "座谈会主持词\n同志们：\n请张明远同志发言。\n请刘秀珍同志发言。\n散会。\n",
            (["张明远", "刘秀珍"], []),
        ),
    ],
)
def test_a_request_before_the_first_item_is_told_ahead(
    text: str, expected: tuple[list[str | None], list[list[str | None]]]
) -> None:
    """Before the first item the chair tells what is to come; a request there is a turn only
    when the chair asks for it outright before the agenda is told, or when there are no items."""
    assert _opening_and_items(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # words to the room, answered by the open floor the direction after them names
        (
            "进行第一项，座谈交流。请农户代表石永福发言。\n请合作社理事长芦海英发言。\n"
            "在座的乡亲们有什么想法，也都可以说一说。\n（自由发言）",
            [[("speech", "石永福"), ("speech", "芦海英"), ("speech", None)]],
        ),
        # the others asked in the unit of the last named turn
        (
            "进行第一项，委员发言。请县政协委员钟立群发言。其他委员如果有话要讲，可以举手。\n"
            "（自由发言）",
            [[("speech", "钟立群"), ("speech", None)]],
        ),
        # a deliberation before a vote is no open floor
        (
            "进行第一项，审议工作报告。请秘书长报告。\n（报告）\n下面进行讨论。\n（讨论）\n"
            "同意的请举手。",
            [[("speech", None)]],
        ),
        # offices asked together, then someone of each: two turns
        (
            "进行第一项，部门回应。下面请县人社局、县医保局的负责同志作简要回应。\n"
            "请县人社局副局长葛长青回应。\n请县医保局副局长苗雨晴回应。",
            [[("speech", "葛长青"), ("speech", "苗雨晴")]],
        ),
    ],
)
def test_the_open_floor_after_named_turns(
    body: str, expected: list[list[tuple[str, str | None]]]
) -> None:
    """（自由发言） after words to the room makes them the room's turn, however they are worded."""
    assert _turns_of(body) == expected


@pytest.mark.parametrize(
    "course",
    [
        "下面开始第一课：果树冬季修剪。请县林业站高级工程师卓文斌授课。\n",
        "下面开始上课。今天上午是第一讲：果树冬季修剪。请卓文斌老师授课。\n",
        "第一堂课：果树冬季修剪，约两个小时。请县林业站高级工程师卓文斌授课。\n",
        "下面开始第一次课：果树冬季修剪。由县林业站高级工程师卓文斌授课。\n",
    ],
)
def test_the_first_lesson_after_the_opening_ceremony_is_an_item(course: str) -> None:
    """开班仪式到此结束。 then 第一课 / 第一堂课 / 第一次课: the course goes on, its lesson an item."""
    meeting = parse(
        "果树修剪培训班开班仪式主持词\n各位学员：\n开班仪式第一项，请县农业农村局副局长雷春生讲话。\n"
        "第二项，请学员代表岑小燕发言。\n开班仪式到此结束。休息十分钟后开始上课。\n"
        + course
        + "今天的课就上到这里。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["雷春生"],
        ["岑小燕"],
        ["卓文斌"],
    ]


def test_lessons_of_one_item_the_overview_names_stay_in_it() -> None:
    """开班式、专题授课、现场实操 in the overview: 第一课, 第二课 are parts of 专题授课."""
    meeting = parse(
        "培训班主持词\n各位学员：\n今天的安排有三项：一是开班式，二是专题授课，三是现场实操。\n"
        "首先进行第一项，开班式。请局长邓建勋讲话。\n开班式到此结束。\n进行第二项，专题授课。\n"
        "第一课，《农资法规》，授课老师是宋建文。\n第二课，《科学施肥》，授课老师是龙国芳。\n"
        "进行第三项，现场实操。请杨仕林站长示范。\n培训班到此结束。\n"
    )
    assert len(meeting.items) == 3


def test_a_second_sitting_numbered_from_one_again_goes_on() -> None:
    """预备会议 with 第一项 … 第三项, closed; then 正式会议 and 本次大会的议程是：… with 第一项
    again: the sitting's items go on after the third, with no count in its overview."""
    meeting = parse(
        "职工代表大会主持词\n预备会议\n各位代表：\n第一项，审议通过大会主席团名单。同意的请举手。\n"
        "第二项，审议通过大会议程。同意的请举手。\n第三项，审议通过监票人名单。同意的请举手。\n"
        "预备会议到此结束。\n正式会议\n各位代表：\n"
        "本次大会的议程是：一、听取总经理工作报告；二、公司党委书记讲话。\n"
        "现在进行大会第一项议程，请总经理韦国栋同志作工作报告。\n"
        "大会进行第二项议程，请党委书记庞秀英同志讲话。\n大会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        [],
        [],
        [],
        ["韦国栋"],
        ["庞秀英"],
    ]


def test_an_overview_of_so_many_matters_lays_out_the_items() -> None:
    """今天的会议主要有这么几件事：一是…；二是…；最后请…讲话。: an overview without a count."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n今天的会议主要有这么几件事：一是村主任报告工作；"
        "二是表决修路方案；最后请包村干部讲话。\n先请村主任蒙德才同志报告工作。\n"
        "下面，表决修路方案。同意的请举手。请放下。不同意的请举手。弃权的请举手。通过。\n"
        "最后，请包村干部滕春燕同志讲话。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["蒙德才"],
        [],
        ["滕春燕"],
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a group asked, then one of it named in the next sentence of the paragraph
        (
            "下面进行第一项，请各代表团团长汇报讨论情况。每个代表团汇报不超过5分钟。按照座次，"
            "首先请一团团长钟海涛汇报。请二团团长庞丽华汇报。",
            [[("speech", "钟海涛"), ("speech", "庞丽华")]],
        ),
        # the one named, then an office asked to answer, in one paragraph: two turns
        (
            "进行第一项，请企业代表发言。我们按座次来，先请港务公司副总经理夏文博发言。谢谢夏总。"
            "对刚才提出的问题，请县交通局负责同志作简要回应。",
            [[("speech", "夏文博"), ("speech", None)]],
        ),
        # two people asked in two sentences of one paragraph: two turns
        (
            "会议进行第一项，请县财政局局长苗立新同志作说明。请县审计局局长骆红英同志作补充说明。",
            [[("speech", "苗立新"), ("speech", "骆红英")]],
        ),
        # a report asked, then the members asked for their views: two turns
        (
            "会议进行第一项，请县民政局局长卓玛同志作养老服务情况的报告。对这个报告，各位委员有什么"
            "意见和建议，请发言。",
            [[("speech", "卓玛"), ("speech", None)]],
        ),
        # the same person told, then asked: one turn
        (
            "会议进行第一项，由县纪委书记邝振东同志作工作报告。报告已印发各位，请邝振东同志作简要"
            "报告。",
            [[("speech", "邝振东")]],
        ),
    ],
)
def test_a_second_sentence_asking_for_a_turn_is_a_turn(
    body: str, expected: list[list[tuple[str, str | None]]]
) -> None:
    assert _turns_of(body) == expected


def test_the_anthem_after_the_meeting_opens_is_the_first_item() -> None:
    """大会开始，请全体起立，奏国歌。请坐。 then 下面进行大会第二项议程: the anthem is item 1,
    from its own words, not from the 请坐 after it."""
    meeting = parse(
        "表彰大会主持词\n同志们：\n大会开始，请全体起立，奏国歌。\n请坐。\n"
        "下面进行大会第二项议程，请秘书长应立群同志宣读表彰决定。\n"
        "下面进行大会第三项议程，请市委副书记焦玉成同志讲话。\n散会。\n"
    )
    assert [item.title for item in meeting.items][0] == "大会开始，请全体起立，奏国歌"


def test_an_item_numbered_twice_takes_its_title_from_the_second() -> None:
    """今天的大会共有三项议程，下面进行第一项。 then 第一项，请全体起立，奏唱国歌。"""
    meeting = parse(
        "表彰大会主持词\n同志们：\n今天的大会共有两项议程，下面进行第一项。\n"
        "第一项，请全体起立，奏唱国歌。\n请坐。\n第二项，请区委书记钟明远同志讲话。\n散会。\n"
    )
    assert [item.title for item in meeting.items] == ["奏唱国歌", "书记讲话"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("首先，有请我们学校的褚建新校长讲话，大家欢迎！", ("speech", "褚建新", "校长")),
        ("请咱们公司的张建国总经理讲话。", ("speech", "张建国", "总经理")),
    ],
)
def test_whose_the_speaker_is_is_no_part_of_the_request(
    sentence: str, expected: tuple[str, ...]
) -> None:
    """有请我们学校的…校长: 我们 says whose the speaker is; the chair is not asked."""
    assert _cue_as(sentence, expected) == expected


def test_the_last_of_those_listed_is_no_step_of_the_meeting() -> None:
    """先请…；再请…；最后请… inside a step, then 接下来，请…: 最后 ends the list, not the meeting."""
    meeting = parse(
        "家长会主持词\n各位家长：\n首先，请校长褚建新讲话。\n下面，请德育处主任皇甫晓红讲座。\n"
        "接下来，请语文、数学、英语三个学科的备课组长分别介绍复习安排。先请语文备课组长卢婷老师。\n"
        "再请数学备课组长贺文斌老师。\n最后请英语备课组长麦尔哈巴·托合提老师。\n"
        "接下来，请家长代表欧阳建华先生分享经验。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["褚建新"],
        ["皇甫晓红"],
        ["卢婷", "贺文斌", "麦尔哈巴·托合提"],
        ["欧阳建华"],
    ]


@pytest.mark.parametrize(
    "sentence",
    ["大家有什么意见和建议？请提出来。", "各位代表对会议还有什么意见和建议？"],
)
def test_a_question_to_the_room_for_views_and_suggestions_is_its_turn(sentence: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.kind, cue.name, cue.role) == ("speech", None, None)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "青龙乡乡长尼玛卓嘎同志；\n白沙镇党委书记房晓东同志；\n枫木镇镇长郝春雷同志。",
            [("尼玛卓嘎", "青龙乡乡长"), ("房晓东", "白沙镇党委书记"), ("郝春雷", "枫木镇镇长")],
        ),
        (
            "第一位，××石化有限公司安全总监 某某；\n第二位，××化工有限公司总经理 ____；",
            [(None, "石化有限公司安全总监"), (None, "化工有限公司总经理")],
        ),
    ],
)
def test_those_listed_below_a_request_without_a_han_surname_or_a_name(
    lines: str, expected: list[tuple[str | None, str]]
) -> None:
    """请以下三个乡镇依次发言： then a line each: a name with no Han surname, or a blank for one."""
    meeting = parse(
        f"推进会主持词\n同志们：\n会议进行第一项，表态发言。请以下几个单位依次发言，每个不超过4分钟：\n"
        f"{lines}\n会议到此结束。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the members asked for their views, then an official answering what they raised
        (
            "会议进行第一项，请县民政局局长卓玛同志作报告。\n对这个报告，各位委员有什么意见和建议，"
            "请发言。\n（委员发言）\n请副县长段晓峰同志就委员们提出的意见建议作表态发言。",
            [[("speech", "卓玛"), ("speech", None), ("speech", "段晓峰")]],
        ),
        # the units asked what is not clear to them: the room's turn
        (
            "会议进行第一项，请公司总工程师邬德才同志作专题讲解。\n"
            "对今天的排查安排，各区队还有什么不清楚的，现在可以提出来。",
            [[("speech", "邬德才"), ("speech", None)]],
        ),
        # the members asked to discuss, then asked for their views: one turn
        (
            "会议进行第一项，讨论接收预备党员。请支部组织委员包德胜同志汇报审查情况。\n"
            "与会党员对张雨萌同志能否入党进行充分讨论。\n大家有什么意见，请发表。",
            [[("speech", "包德胜"), ("speech", None)]],
        ),
    ],
)
def test_the_room_asked_for_views_and_answered(
    body: str, expected: list[list[tuple[str, str | None]]]
) -> None:
    assert _turns_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议进行第一项，请村务监督委员会主任梁秀英同志报告财务收支情况。\n（梁秀英报告）\n"
            "对村里的账目，大家有什么疑问，现在可以提出来。\n（代表提问）",
            [[("speech", "梁秀英"), ("speech", None)]],
        ),
        (
            "会议进行第一项，请家长代表欧阳建华先生分享经验。\n（家长代表发言）\n谢谢欧阳先生。"
            "各位家长对学校工作有什么意见和建议，我们当场交流。\n（家长提问，交流）",
            [[("speech", "欧阳建华"), ("speech", None)]],
        ),
        # thanks after the direction of a speech is no turn
        (
            "会议进行第一项，请家长代表欧阳建华先生分享经验。\n谢谢欧阳先生的分享。\n（家长代表发言）",
            [[("speech", "欧阳建华")]],
        ),
    ],
)
def test_words_to_the_room_that_a_direction_of_the_room_speaking_follows(
    body: str, expected: list[list[tuple[str, str | None]]]
) -> None:
    """…有什么疑问，现在可以提出来。（代表提问）: the room's turn, however the question is put."""
    assert _turns_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the item is the open floor: its own words ask the room
        (
            "进行第一项，自由交流。各位校友有什么意见建议，都可以畅所欲言。\n（自由交流约30分钟）",
            [[("speech", None)]],
        ),
        # the departments asked to join in, then the discussion as a direction
        (
            "进行第一项，座谈交流。请企业代表尹志强发言。\n"
            "州直各部门的同志也可以结合职责谈谈想法，大家踊跃发言。\n（座谈交流）",
            [[("speech", "尹志强"), ("speech", None)]],
        ),
    ],
)
def test_an_open_floor_asked_in_an_items_own_words(
    body: str, expected: list[list[tuple[str, str | None]]]
) -> None:
    assert _turns_of(body) == expected


def test_a_question_with_you_or_not_is_the_rooms_turn() -> None:
    cue = find_cue(normalise("对这个决定草案，大家有无意见？"))
    assert cue is not None and (cue.name, cue.role) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("请模范代表扎西次仁和我们说几句心里话。", ("speech", "扎西次仁", "模范代表")),
        ("请新员工代表石晓雯跟大家说几句。", ("speech", "石晓雯", "新员工代表")),
    ],
)
def test_with_us_after_a_name_is_no_part_of_it(sentence: str, expected: tuple[str, ...]) -> None:
    """请…扎西次仁和我们说几句: who speaks, then to whom."""
    assert _cue_as(sentence, expected) == expected


def test_a_heading_after_the_listed_lines_is_no_one_listed() -> None:
    """请以下同志依次作表态发言： then the lines, then 五、县委书记讲话: the heading opens the next
    item, it is no turn of the list."""
    meeting = parse(
        "防汛工作会议主持词\n一、会议开始\n同志们，现在开会。\n二、表态发言\n"
        "请以下同志依次作表态发言，每人发言不超过3分钟：\n沙河镇镇长田野同志；\n"
        "县气象局局长卡米拉·吾斯曼同志。\n三、县委书记讲话\n下面，请县委书记秦晓峰同志讲话。\n"
        "四、会议结束\n会议到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items][1:3] == [
        ["田野", "卡米拉·吾斯曼"],
        ["秦晓峰"],
    ]


def test_a_plan_told_on_one_line_is_no_steps() -> None:
    """今天的开班式，首先由…介绍…；其次请…；最后请…。 then the steps run on lines of their own."""
    meeting = parse(
        "培训班开班式主持词\n各位学员：\n今天的开班式，首先由人事处处长伍永明同志介绍有关情况；"
        "其次请学员代表发言；最后请贺兰英副厅长作开班动员讲话。\n"
        "首先，请伍永明处长介绍课程安排。\n其次，请学员代表吉克伍沙同志发言。\n"
        "最后，请副厅长贺兰英同志作开班动员讲话。\n开班式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["伍永明"],
        ["吉克伍沙"],
        ["贺兰英"],
    ]


def test_an_overview_told_by_the_words_that_move_the_meeting_on() -> None:
    """主要有这么几项内容：首先，…；接下来，…；最后，…。: the overview's entries, each after its
    word, one item each."""
    meeting = parse(
        "家长会主持词\n各位家长：\n今天的家长会主要有这么几项内容：首先，由我通报期中考试情况；"
        "接下来，请数学老师讲一讲学科学习；最后，大家自由交流。\n"
        "第一项，我先向各位家长汇报一下班级情况。\n"
        "接下来，请数学老师赫连俊老师给大家谈谈数学学习。\n"
        "最后，是自由交流时间。各位家长有什么建议，都可以提出来。\n（自由交流）\n"
        "今天的家长会就到这里。\n"
    )
    assert meeting.overview == ["由我通报期中考试情况", "请数学老师讲一讲学科学习", "大家自由交流"]
    assert len(meeting.items) == 3


@pytest.mark.parametrize(
    ("request_line", "lines", "expected"),
    [
        (
            "请以下同志按顺序述职：",
            "××社区党委书记**；\n某某社区党总支书记____。",
            [(None, "社区党委书记"), (None, "社区党总支书记")],
        ),
        (
            "下面，请常委们围绕专题协商发言。每人发言不超过5分钟。发言顺序为：",
            "罗永刚常委；\n阿依古丽·买买提常委；\n司马俊常委。",
            [("罗永刚", None), ("阿依古丽·买买提", None), ("司马俊", None)],
        ),
    ],
)
def test_those_listed_in_the_order_asked(
    request_line: str, lines: str, expected: list[tuple[str | None, str | None]]
) -> None:
    """请以下同志按顺序述职： / 发言顺序为： then a line each: a turn each, as listed."""
    meeting = parse(
        f"协商会议主持词\n同志们：\n会议进行第一项，专题协商。\n{request_line}\n{lines}\n"
        "（依次发言）\n会议到此结束。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == expected


@pytest.mark.parametrize(
    ("sentence", "name", "role", "verb"),
    [
        (
            "请村报账员占秀芳把2025年村集体收入支出情况给大家说一说。",
            "占秀芳",
            "村报账员",
            "说一说",
        ),
        ("请村党支部副书记兰春燕把修改的地方说明一下。", "兰春燕", "村党支部副书记", "说明"),
    ],
)
def test_the_one_asked_then_what_they_tell(sentence: str, name: str, role: str, verb: str) -> None:
    """请…占秀芳把…情况说一说: the person named, then 把 and what they tell, is their turn."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind, cue.verb) == (name, role, "speech", verb)


def test_what_a_body_is_asked_to_pass_on_is_no_turn() -> None:
    """请各单位把这次会议精神传达到每一名职工: a body asked to do something after, nobody's turn."""
    assert find_cue(normalise("请各单位把这次会议精神传达到每一名职工。")) is None


def test_the_room_asked_and_answering_is_a_turn_before_the_next_named_one() -> None:
    """大家还有什么疑问？（村民代表提问，村监委会主任答复） then 请…罗有才讲一下: the room's turn,
    which the named turn after it does not absorb."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n会议进行第一项，财务公开。\n"
        "请村报账员占秀芳把去年的收支情况给大家说一说。\n（占秀芳通报）\n"
        "大家对账目还有什么疑问？有疑问的现在就可以问。\n（村民代表提问，村监委会主任答复）\n"
        "请村务监督委员会主任罗有才讲一下审核的情况。\n（罗有才发言）\n会议到此结束。\n"
    )
    assert [(c.name, c.group) for c in meeting.items[0].speakers] == [
        ("占秀芳", False),
        (None, True),
        ("罗有才", False),
    ]


@pytest.mark.parametrize(
    ("before", "direction", "expected"),
    [
        (
            "女：岩温大爹，想问您，三十年来您送出去的药有没有算过一共多少钱？",
            "（岩温现场讲述）",
            ("岩温", None, "speech"),
        ),
        (
            "本次宣誓由副县长蔺晓光同志担任领誓人。请领誓人到宣誓台前。",
            "（领誓人蔺晓光领诵誓词，宣誓人员跟诵）",
            ("蔺晓光", None, "action"),
        ),
    ],
)
def test_a_stage_direction_that_names_who_takes_a_turn(
    before: str, direction: str, expected: tuple[str, str | None, str]
) -> None:
    """A direction naming one person and their act, with no request for it before, is their turn."""
    meeting = parse(
        f"表彰大会主持词\n各位来宾：\n大会进行第一项，表彰。\n{before}\n{direction}\n"
        "大会到此结束。\n"
    )
    assert [(c.name, c.role, c.kind) for c in meeting.items[0].speakers] == [expected]


@pytest.mark.parametrize(
    "direction",
    ["（罗有才发言）", "（书记作个人对照检查）", "（党员依次发言）", "（宣读对照检查材料）"],
)
def test_a_direction_after_the_request_or_for_the_room_adds_no_turn(direction: str) -> None:
    """（罗有才发言） after 请罗有才…: the turn already asked; the others name no one person."""
    meeting = parse(
        "支部会议主持词\n同志们：\n会议进行第一项，对照检查。\n请罗有才同志讲一下情况。\n"
        f"{direction}\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["罗有才"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请胡长安委员提问。", "胡长安", None),
        ("请谢晓燕副主任提问。她的问题是关于农村供水工程建后管护资金保障的。", "谢晓燕", "副主任"),
        ("还有哪位组成人员要提问？（稍停）请汪建国委员提问。", "汪建国", None),
    ],
)
def test_a_member_named_to_put_a_question_takes_a_turn(
    sentence: str, name: str, role: str | None
) -> None:
    """专题询问: 请胡长安委员提问 is the member's turn, a speech."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind) == (name, role, "speech")


@pytest.mark.parametrize(
    "sentence", ["请贵州日报的记者提问。", "请第二排穿红色外套的记者朋友提问。"]
)
def test_a_reporter_asked_by_outlet_takes_no_turn(sentence: str) -> None:
    """Reporters' questions at a press conference name no one: no turn."""
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请农业和农村委员会主任石国梁同志发言。", "石国梁", "农业和农村委员会主任"),
        ("请教育和体育局局长张明同志发言。", "张明", "教育和体育局局长"),
    ],
)
def test_an_office_named_with_and_is_one_person(sentence: str, name: str, role: str) -> None:
    """农业和农村委员会主任石国梁: 和 inside the committee's name, one speaker (农业 is no name)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role, cue.group) == (name, role, False)


def test_a_long_agenda_heading_is_still_a_heading() -> None:
    """二、审议县人民政府关于…整改情况的报告: a 人大 agenda heading of fifty characters."""
    meeting = parse(
        "县人大常委会会议主持词\n一、宣布开会\n各位组成人员：\n会议现在开会。\n"
        "二、审议县人民政府关于2025年度县本级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "请县审计局局长温海燕同志作报告。\n"
        "三、审议县人民政府关于全县农村饮水安全工程建设情况的报告\n"
        "请县水利局局长田志刚同志作报告。\n会议闭会。\n"
    )
    assert [item.title[:6] for item in meeting.items] == [
        "宣布开会",
        "审议县人民政",
        "审议县人民政",
    ]
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        [],
        ["温海燕"],
        ["田志刚"],
    ]


def test_overview_entries_on_one_line_under_the_count() -> None:
    """主要有五项议程： then 一是…；二是…；三是… on the next line: all five are the overview's,
    and an item with no word that moves the meeting on (请观看专题片) is still found."""
    meeting = parse(
        "表彰大会主持词\n同志们：\n今天的大会主要有四项议程：\n"
        "一是宣读表彰决定；二是颁奖；三是观看专题片；四是区委书记讲话。\n"
        "首先，请区委副书记蒋涛同志宣读表彰决定。\n下面进行颁奖。\n"
        "请区委书记苗青同志为他们颁奖。\n请观看专题片《守护万家灯火》。\n（播放专题片）\n"
        "最后，请区委书记苗青同志讲话。\n会议到此结束。\n"
    )
    assert meeting.overview == ["宣读表彰决定", "颁奖", "观看专题片", "区委书记讲话"]
    assert [len(item.speakers) for item in meeting.items] == [1, 1, 0, 1]


def test_only_the_first_item_numbered_then_the_words_that_move_on() -> None:
    """进行会议第一项议程 and no number after it; 接下来 / 下面 / 最后 open the rest, and
    首先 right after 下面，进行表态发言 is that item's first turn."""
    meeting = parse(
        "防汛工作部署会议主持词\n同志们：\n"
        "下面，进行会议第一项议程，请区水利局局长卜晓峰同志通报防汛工作情况。\n"
        "接下来，请区气象局局长诸葛敏同志通报汛期天气趋势。\n"
        "下面，进行表态发言。每个单位发言时间不超过4分钟。\n"
        "首先，请区应急管理局局长姚建新同志发言。\n请柳营镇镇长全志远同志发言。\n"
        "最后，请副区长毕永刚同志讲话。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["卜晓峰"],
        ["诸葛敏"],
        ["姚建新", "全志远"],
        ["毕永刚"],
    ]


def test_a_request_of_another_kind_after_one_persons_step_is_a_step() -> None:
    """首先，请局长介绍…。下面请…表态发言。接下来，请学生代表致辞。请区长讲话。: the last
    request has no word that moves on, yet follows a step that was one person's turn."""
    meeting = parse(
        "开工奠基仪式主持词\n各位来宾：\n下面，仪式开始。\n"
        "首先，请区教育局局长管文杰同志介绍项目建设情况。\n"
        "下面请施工单位代表巫少华先生表态发言。\n"
        "接下来，请学生代表莫小雨同学致辞。\n请区委副书记、区长卫东平同志讲话。\n"
        "奠基仪式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["管文杰"],
        ["巫少华"],
        ["莫小雨"],
        ["卫东平"],
    ]


def test_speakers_listed_after_one_step_stay_in_it() -> None:
    """首先，请张明同志发言。请李华同志发言。: more requests of the same kind, one step."""
    meeting = parse(
        "座谈会主持词\n同志们：\n首先，请王刚局长介绍情况。\n接下来，请企业代表张明同志发言。\n"
        "请企业代表李华同志发言。\n座谈会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["王刚"],
        ["张明", "李华"],
    ]


def test_a_part_announced_with_a_dash_is_named_on_the_next_line() -> None:
    """乙：…迎来了今晚大家最期待的第四个环节—— 合：幸运大抽奖！: the fourth part, named below."""
    meeting = parse(
        "迎新年会主持词\n甲：各位同事：\n甲：下面进入第一个环节，领导致辞。\n"
        "乙：有请总经理侯建华先生致辞。\n甲：下面进入第二个环节，文艺汇演。\n"
        "乙：请欣赏舞蹈《代码之光》。\n乙：欢笑声中，我们迎来了今晚大家最期待的第三个环节——\n"
        "合：幸运大抽奖！\n甲：有请副总经理章宏先生上台抽奖！\n甲：年会到此结束。\n"
    )
    assert [item.title for item in meeting.items] == ["领导致辞", "文艺汇演", "幸运大抽奖"]
    assert [c.name for c in meeting.items[2].speakers] == ["章宏"]


def test_the_people_a_step_asks_for_stay_in_it() -> None:
    """好，下面请企业家代表发言。 then 第一位，请…兰建波发言。 下面请…童娟发言。: 好 before 下面
    still moves on, and the named speakers after are those the step asked for, not steps."""
    meeting = parse(
        "企业家座谈会主持词\n各位企业家：\n首先，请市发改委主任裴东升同志通报有关情况。\n"
        "好，下面请企业家代表发言。已经有3位企业家提前报了名。\n"
        "第一位，请远航公司董事长兰建波发言。\n兰董事长谈的问题很实在。\n"
        "下面请宏泰集团总裁童娟发言。\n请三禾公司总经理雷振宇发言。\n"
        "最后，请市委书记孔令山同志作重要讲话。\n座谈会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["裴东升"],
        ["兰建波", "童娟", "雷振宇"],
        ["孔令山"],
    ]


def test_a_bare_discussion_after_a_question_to_the_room_is_its_turn() -> None:
    """各位代表还有什么要问的，现在都提出来。（讨论）: the room's turn; （分组讨论） is not."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n会议进行第一项，土地流转方案。\n"
        "请村党支部副书记柳春生把方案说明一下。\n（说明）\n"
        "各位代表还有什么要问的，现在都提出来。\n（讨论）\n"
        "会议进行第二项，分组审议。下面休会，各代表团到指定会议室，大家有什么意见都可以提。\n"
        "（分组讨论）\n"
        "会议到此结束。\n"
    )
    assert [[(c.name, c.group) for c in item.speakers] for item in meeting.items] == [
        [("柳春生", False), (None, True)],
        [],
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "verb"),
    [
        (
            "请县委副书记柴文博同志，县委常委、组织部部长霍思宇同志上前敬献花篮。",
            "柴文博",
            "敬献",
        ),
        ("女：二等奖由总裁周蔓女士抽取！", "周蔓", "抽取"),
    ],
)
def test_acts_told_in_other_words(sentence: str, name: str, verb: str) -> None:
    """Two people named apart by a comma who 上前 act together (the first); a prize 由 someone
    drawn: both a step with a name."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.kind, cue.verb) == (name, "action", verb)


def test_a_prize_drawn_by_the_screen_is_no_ones_step() -> None:
    """三等奖和二等奖由现场大屏幕滚动抽取: no person."""
    assert find_cue(normalise("三等奖和二等奖由现场大屏幕滚动抽取。")) is None


@pytest.mark.parametrize(("direction", "turns"), [("（审议）", 2), ("（审议发言）", 2), ("", 1)])
def test_a_review_asked_is_the_rooms_turn_when_the_direction_says_it_speaks(
    direction: str, turns: int
) -> None:
    """请各位代表对草案进行审议。（审议）: the room's turn; the request alone is none."""
    meeting = parse(
        "职工代表大会主持词\n各位代表：\n进行大会第一项议程：审议集体合同草案。\n"
        "请公司人力资源部经理蒋涛同志就草案的起草情况作说明。\n（说明）\n"
        f"请各位代表对草案进行审议。\n{direction}\n"
        "下面进行表决。同意的请举手；请放下。不同意的请举手；没有。通过！\n大会到此结束。\n"
    )
    assert len(meeting.items[0].speakers) == turns


def test_what_follows_each_turn_told_ahead_is_no_turn_now() -> None:
    """每位同志述职后，由邱振华书记进行点评: how each turn goes, told before the first; the
    comments are the 请邱书记点评 after each."""
    meeting = parse(
        "述职评议会主持词\n同志们：\n下面进行第一项议程。每人述职时间不超过6分钟，"
        "每位同志述职后，由邱振华书记进行点评，点评时间2分钟左右。\n"
        "首先，请机关第一党支部书记饶玉兰同志述职。\n（述职）\n请邱书记点评。\n"
        "请生产技术部党支部书记常宏伟同志述职。\n（述职）\n请邱书记点评。\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["饶玉兰", "邱振华", "常宏伟", "邱振华"]


def test_reporters_asked_about_the_news_take_no_turn() -> None:
    """请各位记者朋友围绕今天的发布主题提问 （记者提问，发布人回答）: 发布 names the news here."""
    meeting = parse(
        "新闻发布会主持词\n各位记者朋友：\n首先，请市民政局局长欧阳静女士介绍有关情况。\n"
        "下面进入提问环节，请各位记者朋友围绕今天的发布主题提问，提问前请先通报所在的新闻机构。\n"
        "（记者提问，发布人回答）\n今天的发布会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [["欧阳静"], []]


def test_a_reading_then_a_talk_on_what_was_read_is_two_turns() -> None:
    """请…宣读《…方案》，并对全年工作作具体安排部署: the act, then the speech."""
    meeting = parse(
        "项目建设部署会议主持词\n同志们：\n"
        "进行会议第一项议程，请常务副县长洪庆国同志宣读《重点项目建设攻坚年活动实施方案》，"
        "并对全年重点项目建设工作作具体安排部署。\n（宣读、部署）\n会议到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("洪庆国", "action"),
        ("洪庆国", "speech"),
    ]


def test_the_other_side_of_the_chairs_own_signing_takes_no_step() -> None:
    """由我代表县政府，与各乡镇…签订目标责任书。请各乡镇乡镇长…依次上台签订。: the chair signs,
    they come up to sign with the chair: no one's step but the chair's."""
    meeting = parse(
        "项目建设部署会议主持词\n同志们：\n进行会议第一项议程，签订目标责任书。"
        "由我代表县政府，与各乡镇、开发区和县直有关部门签订目标责任书。\n"
        "请各乡镇乡镇长、开发区管委会主任依次上台签订。\n（签订责任书）\n会议到此结束。\n"
    )
    assert meeting.items[0].speakers == []


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "有请圆桌对话主持人、嘉禾日报社副总编辑单丽女士，以及五位对话嘉宾上台。",
            "单丽",
            "嘉禾日报社副总编辑",
        ),
        (
            "有请本环节的主持人、贵州广播电视台主持人龙秋月女士上台主持，同时有请对话嘉宾上台。",
            "龙秋月",
            "贵州广播电视台主持人",
        ),
    ],
)
def test_the_round_tables_moderator_is_an_act(sentence: str, name: str, role: str) -> None:
    """有请圆桌对话主持人、…单丽女士 / 有请本环节的主持人、…龙秋月女士上台主持: the one who hosts."""
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind) == (name, role, "action")


def test_the_matters_to_discuss_counted_are_the_overview() -> None:
    """今天的会议主要讨论两件事：一是…；二是…: the two items, by the overview's names."""
    meeting = parse(
        "村民代表会议主持词\n各位村民代表：\n"
        "今天的会议主要讨论两件事：一是收益分配方案；二是土地流转方案。\n"
        "先说第一件事。请村委会主任赖金福把收益分配方案跟大家讲一讲。\n（说明）\n"
        "再说第二件事。请村党支部副书记柳春生把土地流转方案说明一下。\n（说明）\n"
        "今天的会就开到这里。\n"
    )
    assert meeting.overview == ["收益分配方案", "土地流转方案"]
    assert [[c.name for c in item.speakers] for item in meeting.items] == [["赖金福"], ["柳春生"]]


def test_a_speech_the_script_leaves_out_after_a_question_to_the_room() -> None:
    """还有哪位老领导想讲一讲？ then …… alone: someone of the room spoke, its turn, kept before
    the named one after it; ……（代表讨论） is the room's turn too."""
    meeting = parse(
        "老干部座谈会主持词\n各位老领导：\n会议进行第一项，老同志发言。\n"
        "请原市中医院院长沙丽华同志发言。\n……\n还有哪位老领导想讲一讲？\n……\n"
        "好的，请原市人民医院党委书记甘瑞华同志发言。\n……\n"
        "会议进行第二项，收益分配方案。\n请报账员覃秀英把方案给大家念一下。\n……\n"
        "方案大家都听清楚了吧？有意见的现在可以提。\n……（代表讨论）\n会议到此结束。\n"
    )
    assert [[(c.name, c.group) for c in item.speakers] for item in meeting.items] == [
        [("沙丽华", False), (None, True), ("甘瑞华", False)],
        [("覃秀英", False), (None, True)],
    ]


def test_a_request_to_a_kind_of_people_opens_the_item_its_members_speak_in() -> None:
    """首先，请…通报…。下面，请各位老领导、老同志发言。我们先请…邵伯钧同志发言。接下来请…沙丽华同志
    发言。: the overview's second item opens at the request to the old comrades, not at the
    second of them to speak."""
    meeting = parse(
        "老干部座谈会主持词\n各位老领导：\n"
        "座谈会主要有三项内容：一是通报全市卫生健康工作情况；二是请老同志们畅谈体会、建言献策；"
        "三是请晏国栋主任讲话。\n"
        "首先，请副主任南宫燕同志通报全市卫生健康工作情况。\n……\n"
        "下面，请各位老领导、老同志发言，大家畅所欲言。\n我们先请原市卫生局局长邵伯钧同志发言。\n"
        "……\n接下来请原市中医院院长沙丽华同志发言。\n……\n"
        "下面，请委党组书记、主任晏国栋同志讲话。\n座谈会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["南宫燕"],
        ["邵伯钧", "沙丽华"],
        ["晏国栋"],
    ]


def test_those_asked_named_in_the_same_sentence() -> None:
    """请各区队队长汇报…。依次是：综采一队队长巴图孟和，…东方亮，…秦玉兰。 then 请巴图孟和同志
    先开始: a turn each, in that order, the last request the first of them."""
    meeting = parse(
        "安全生产例会主持词\n同志们：\n第一项，请各区队队长汇报本单位安全生产情况，每人限时5分钟。"
        "依次是：综采一队队长巴图孟和，掘进二队队长邵春生，机电队队长东方亮。\n"
        "请巴图孟和同志先开始。\n（依次汇报）\n会议到此结束。\n"
    )
    assert [(c.name, c.role, c.limit_s) for c in meeting.items[0].speakers] == [
        ("巴图孟和", "综采一队队长", 300),
        ("邵春生", "掘进二队队长", 300),
        ("东方亮", "机电队队长", 300),
    ]


def test_the_room_asked_then_its_direction_is_kept_before_the_answer() -> None:
    """還有哪位企業家想說的？請踴躍發言。（自由發言） then 先請…宋志遠…回應: the room spoke;
    （本人发言，其他同志批评） after the chair's own check is not the room's turn."""
    meeting = parse(
        "企業家座談會主持詞\n各位企業家：\n會議進行第一項，企業家發言。\n"
        "請宏達紡織有限公司董事長萬紅梅女士發言。\n（發言）\n"
        "還有哪位企業家想說的？請踴躍發言。\n（自由發言）\n"
        "先請縣財政局局長宋志遠同志回應一下。\n（回應）\n會議到此結束。\n"
    )
    assert [(c.name, c.group) for c in meeting.items[0].speakers] == [
        ("萬紅梅", False),
        (None, True),
        ("宋志遠", False),
    ]
    own = parse(
        "民主生活会主持词\n同志们：\n进行第一项，班子成员逐一作个人对照检查。我先作个人对照检查，"
        "然后请其他同志依次发言。\n（本人发言，其他同志批评）\n"
        "下面请院长蒙立群同志作个人对照检查。\n（发言，其他同志批评）\n会议到此结束。\n"
    )
    assert [c.name for c in own.items[0].speakers] == ["蒙立群"]


def test_the_audience_asked_to_raise_hands_with_questions() -> None:
    """现场观众如有问题，请举手提问。（互动提问）: the room's turn."""
    meeting = parse(
        "论坛主持词\n各位来宾：\n下面进行第一项，主旨演讲。\n有请研究院院长韩晓蕾女士作主旨演讲。\n"
        "谢谢韩院长！下面是现场互动时间，现场观众如有问题，请举手提问。\n（互动提问）\n"
        "论坛到此结束。\n"
    )
    assert [(c.name, c.group) for c in meeting.items[0].speakers] == [
        ("韩晓蕾", False),
        (None, True),
    ]


def test_how_a_person_works_is_no_turn_of_theirs() -> None:
    """请他介绍一下经验做法: 做法 names the way of working, and 他 is the one just asked."""
    assert find_cue(normalise("请他介绍一下经验做法。")) is None


def test_a_ceremonys_last_act_after_its_announcement_is_a_step_of_its_own() -> None:
    """…宣布项目开工！ then 请各位领导和嘉宾移步至奠基石前，为项目奠基培土。…请各位领导和嘉宾
    执锹培土。: another act, a step; the same people asked again for it, one turn."""
    meeting = parse(
        "项目开工仪式主持词\n各位来宾：\n开工仪式正式开始。\n"
        "首先，有请管委会主任钱立群先生介绍项目基本情况。\n"
        "接下来，有请集团董事长皇甫立新先生致辞。\n"
        "下面，有请党工委书记郗振海先生宣布项目开工！\n（礼炮齐鸣）\n"
        "请各位领导和嘉宾移步至奠基石前，为项目奠基培土。\n（工作人员引导，递送铁锹）\n"
        "请各位领导和嘉宾执锹培土。\n培土完毕。\n开工仪式到此圆满结束。\n"
    )
    assert [[(c.name, c.kind) for c in item.speakers] for item in meeting.items] == [
        [("钱立群", "speech")],
        [("皇甫立新", "speech")],
        [("郗振海", "action")],
        [(None, "action")],
    ]


def test_zaici_moves_the_meeting_on() -> None:
    """首先…其次…再次，请…为新教师送上寄语。…最后…: 再次 opens a step like the others."""
    meeting = parse(
        "开班仪式主持词\n老师们：\n下面，开班仪式正式开始。\n"
        "首先，请中心主任钱亦萱同志介绍课程设置。\n（介绍）\n"
        "其次，请新教师代表扎西次仁老师发言。\n（发言）\n"
        "再次，请优秀教师代表欧春燕老师为新教师送上寄语。有请欧老师。\n（寄语）\n"
        "最后，请局长皇甫瑞芳同志讲话。\n（讲话）\n"
        "开班仪式结束后，请大家稍作休息，十点整，由梁国栋副局长为大家讲授第一课。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["钱亦萱"],
        ["扎西次仁"],
        ["欧春燕"],
        ["皇甫瑞芳"],
    ]


def test_an_ordinal_line_naming_the_step_then_its_request() -> None:
    """今天的会议有这样几项内容： then 第一，请…。 第二，事故案例警示教育。请…剖析…。 第三，各单位汇报。
    …首先请…汇报。: each ordinal opens a step, the titled ones too."""
    meeting = parse(
        "安全生产工作会议主持词\n同志们：\n今天的会议有这样几项内容：\n"
        "第一，请安全环保部部长侯宏伟同志通报安全生产情况。\n（通报）\n"
        "第二，事故案例警示教育。请安全环保部副部长柯美华同志剖析井下运输伤人事故。\n（剖析）\n"
        "第三，各单位汇报。请三个单位的主要负责人依次汇报。首先请一号矿井矿长尼玛顿珠同志汇报。\n"
        "（汇报）\n请选矿厂厂长汤振宇同志汇报。\n（汇报）\n"
        "第四，请公司总经理申屠建业同志讲话。\n会议到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["侯宏伟"],
        ["柯美华"],
        ["尼玛顿珠", "汤振宇"],
        ["申屠建业"],
    ]


def test_a_part_of_the_ceremony_opening_after_the_first_step_is_a_step() -> None:
    """首先，请…宣读任命通知。 then 下面，宣誓仪式开始。…请…领誓: the oath, a step of its own."""
    meeting = parse(
        "宪法宣誓仪式主持词\n同志们：\n首先，请县政府办公室副主任黄子轩同志宣读任命通知。\n（宣读）\n"
        "下面，宣誓仪式开始。请全体起立，奏国歌。\n（奏国歌）\n"
        "请县发展和改革局局长钟晓岚同志领誓。\n（领誓）\n"
        "最后，请县长覃明辉同志讲话。\n（讲话）\n仪式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["黄子轩"],
        ["钟晓岚"],
        ["覃明辉"],
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "现在进行第四项，请副县长白玛央金将首批青稞种质放入冷库。",
            ("白玛央金", "副县长", "放入"),
        ),
        ("请大家将手机放入口袋。", None),
        ("请工作人员将选票投入票箱。", None),
        ("请柏云峰副校长将论坛会旗交给承办方代表贺立新校友。", ("柏云峰", "副校长", "交给")),
    ],
)
def test_a_named_person_asked_to_put_something_somewhere(
    sentence: str, expected: tuple[str, str, str] | None
) -> None:
    """请副县长白玛央金将…放入冷库: a step of the ceremony; the room's or the staff's is none."""
    cue = find_cue(normalise(sentence))
    got = (cue.name, cue.role, cue.verb) if cue is not None and cue.kind == "action" else None
    assert got == expected


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("第一项，请所长莫海军同志介绍轮训安排(10分钟左右)。", "所长介绍轮训安排"),
        ("第一项，请站长刘一鸣同志作检讨发言（限时6分钟）", "站长作检讨发言"),
    ],
)
def test_a_planned_length_is_no_part_of_the_items_title(line: str, title: str) -> None:
    """…介绍轮训安排（10分钟左右）: the item is 所长介绍轮训安排."""
    meeting = parse(f"轮训班开班式主持词\n同志们：\n{line}\n会议到此结束。\n")
    assert meeting.items[0].title == title


def test_a_sitting_announced_is_no_item() -> None:
    """下面进行第一阶段会议。 then 首先进行第一项议程，听取…: the sitting holds the items."""
    meeting = parse(
        "人大常委会会议主持词\n各位组成人员：\n会议分两个阶段进行。下面进行第一阶段会议。\n"
        "首先进行第一项议程，听取县人民政府关于预算调整方案的报告。由县财政局局长罗永胜同志作报告。\n"
        "进行第二项议程，听取县人民法院关于民事审判工作情况的报告。请扎西顿珠院长作报告。\n"
        "会议到此结束。\n"
    )
    assert [item.title for item in meeting.items] == [
        "听取县人民政府关于预算调整方案的报告",
        "听取县人民法院关于民事审判工作情况的报告",
    ]


def test_the_lottery_after_the_last_chapter_is_part_of_it() -> None:
    """今晚的年会分三个篇章进行 … 【第三篇章 展望·新局】 … 接下来是今晚的抽奖环节: three items,
    the overview names no entries (进行 is no item's name)."""
    meeting = parse(
        "年会主持词\n各位棋友：\n今晚的年会分三个篇章进行，中间穿插文艺节目，最后还有抽奖环节。\n"
        "【第一篇章　回望·棋路】\n有请会长何国华先生致辞。\n"
        "【第二篇章　致敬·棋手】\n有请副会长陈明先生为获奖棋手颁奖。\n"
        "【第三篇章　展望·新局】\n有请秘书长林涛先生发布新一年计划。\n"
        "接下来是今晚的抽奖环节，有请何国华会长上台抽奖。\n年会到此结束。\n"
    )
    assert meeting.overview == ["第1项", "第2项", "第3项"]
    assert [item.title for item in meeting.items] == ["回望·棋路", "致敬·棋手", "展望·新局"]


def test_the_lines_listed_under_the_count_are_the_items_when_nothing_else_is() -> None:
    """开班仪式有以下几项： then 第一项，请…介绍…。 第二项，请…发言。 第三项，请…讲话。 and no
    other announcement: the lines are the items, each its request."""
    meeting = parse(
        "培训班开班仪式主持词\n各位学员：\n开班仪式有以下几项：\n"
        "第一项，请管理中心主任______同志介绍培训班安排。\n"
        "第二项，请学员代表______同志发言。\n第三项，请县林业局副局长______同志讲话。\n"
        "开班仪式到此结束。\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 1, 1]


def test_a_plan_told_with_xian_zai_ranhou_zuihou_names_the_items() -> None:
    """今晚年会分四个环节：先由董事长回顾全年工作，再表彰优秀员工，然后是…，最后是…: four entries."""
    meeting = parse(
        "年会主持词\n各位同事：\n今晚年会分四个环节：先由董事长回顾全年工作，再表彰优秀员工，"
        "然后是客户代表说几句，最后是文艺节目和抽奖。\n"
        "首先，有请公司董事长农建平回顾2025年工作。\n年会到此结束。\n"
    )
    assert meeting.overview == [
        "董事长回顾全年工作",
        "表彰优秀员工",
        "客户代表说几句",
        "文艺节目和抽奖",
    ]


def test_reading_the_personnel_motion_is_a_step() -> None:
    """请…主任谌丽华宣读人事任免议案: 宣读人 is a reader, 宣读人事 reads the personnel motion."""
    cue = find_cue(normalise("请县人大常委会人事代表选举工作委员会主任谌丽华宣读人事任免议案。"))
    assert cue is not None
    assert (cue.name, cue.kind, cue.verb) == ("谌丽华", "action", "宣读")


def test_the_room_asked_to_criticise_the_chair_before_the_members() -> None:
    """先由我作个人对照检查。（个人对照检查） 请班子成员对我提出批评意见。（批评） then the
    members' checks: the room's turn on the chair stays; asked twice, it is one."""
    meeting = parse(
        "民主生活会主持词\n同志们：\n进行第一项，班子成员逐个进行个人对照检查。"
        "先由我作个人对照检查。\n（个人对照检查）\n请班子成员对我提出批评意见。\n（批评）\n"
        "请副局长曾凡宇同志作个人对照检查。\n（对照检查）\n请大家对曾凡宇同志提出批评意见。\n"
        "（批评）\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == [None, "曾凡宇", None]
    twice = parse(
        "民主生活会主持词\n同志们：\n进行第一项，班子成员逐个进行个人对照检查。\n"
        "首先，我作个人对照检查，请大家批评。\n（对照检查）\n大家对我有什么批评意见，请提出来。\n"
        "（批评）\n下面，请卞志平同志作个人对照检查。\n（对照检查）\n会议到此结束。\n"
    )
    assert [c.name for c in twice.items[0].speakers] == [None, "卞志平"]


def test_the_oath_leader_asked_by_office_after_being_named() -> None:
    """宣誓由…向東方同志領誓，由院長黃志軍同志監誓。…請領誓人領誓。: two steps, not three."""
    meeting = parse(
        "入黨宣誓儀式主持詞\n同志們：\n第一項，新黨員入黨宣誓。請全體新黨員起立，面向黨旗。"
        "宣誓由學院黨委書記向東方同志領誓，由院長黃志軍同志監誓。\n（新黨員列隊站好）\n"
        "請領誓人領誓。\n（宣誓）\n儀式到此結束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("向東方", "action"),
        ("黃志軍", "action"),
    ]


def test_those_who_join_a_named_persons_act_take_no_step() -> None:
    """请岳国栋书记宣布…活动正式启动，请公司领导班子成员上台，共同按下启动球: his act."""
    meeting = parse(
        "安全生产月启动仪式主持词\n同志们：\n第一项，请岳国栋书记宣布公司“安全生产月”活动正式启动，"
        "请公司领导班子成员上台，共同按下启动球。\n（启动）\n仪式到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [("岳国栋", "action")]


@pytest.mark.parametrize(
    ("request_line", "steps"),
    [
        ("有请局长庞建业先生发布《智能制造场景应用清单》，并为首批培育企业授牌。", 2),
        ("请总裁乔慧玲女士宣读获奖团队名单，并为获奖团队颁奖。", 1),
    ],
)
def test_an_act_then_an_award_of_ones_own(request_line: str, steps: int) -> None:
    """发布…，并为…授牌: two acts; 宣读获奖名单，并为获奖团队颁奖: the award read and given, one."""
    meeting = parse(f"论坛主持词\n各位来宾：\n下面进行第一项。\n{request_line}\n论坛到此结束。\n")
    assert len(meeting.items[0].speakers) == steps


def test_a_part_opened_after_a_clause_of_its_own() -> None:
    """好，精彩的节目之后，下面进入大家最期待的抽奖环节！: the next part, after the words before."""
    meeting = parse(
        "年会主持词\n各位同事：\n首先，有请董事长梁振宇先生致辞。\n下面进入年度表彰环节。"
        "请人力资源总监蔡晓雯女士宣布获奖名单。\n下面进入文艺表演环节。请欣赏开场舞《燃》！\n"
        "好，精彩的节目之后，下面进入大家最期待的抽奖环节！有请副总裁邱少峰先生上台抽奖！\n"
        "年会到此结束。\n"
    )
    assert len(meeting.items) == 4
    assert [c.name for c in meeting.items[3].speakers] == ["邱少峰"]


def test_the_lecturer_introduced_then_welcomed_to_teach_is_one_turn() -> None:
    """我们邀请到了…黎振东教授，为大家讲授《…》。…欢迎黎教授授课。 then …下午2点30分，由…詹少杰
    同志讲授第二讲…，请大家准时参加。: one turn now, the second lecture told for later."""
    meeting = parse(
        "培训班主持词\n各位学员：\n下面进行第一项，专题授课。\n"
        "今天上午的第一讲，我们邀请到了管理干部学院的黎振东教授，为大家讲授《安全生产风险防控》。\n"
        "下面让我们以热烈的掌声欢迎黎教授授课。\n（授课）\n"
        "感谢黎教授的精彩授课。上午的课程到此结束，下午2点30分，由市应急管理局副局长詹少杰同志"
        "讲授第二讲《灾害事故应急处置实务》，请大家准时参加。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["黎振东"]


def test_what_is_signed_first_is_no_one() -> None:
    """首先签约的是年产2万吨预制菜加工项目，: the project, nobody who acts."""
    assert find_cue(normalise("首先签约的是年产2万吨预制菜加工项目，")) is None


def test_steps_moved_on_to_an_act_or_a_reading() -> None:
    """下面，先请…致辞。接下来，宣读…决定。请…宣读…。下面进行授旗。…接下来，是…签订…协议。…最后，
    请…讲话。: each word that moves on opens a step, whatever follows it."""
    meeting = parse(
        "志愿服务队成立仪式主持词\n各位居民朋友：\n下面，先请社区党委书记卜秀兰同志致辞。\n（致辞）\n"
        "接下来，宣读志愿服务队组建决定。请社区党委委员汪建平同志宣读《组建决定》。\n（宣读）\n"
        "下面进行授旗。有请街道党工委副书记季红军为志愿服务队授旗。\n（授旗）\n"
        "接下来，是社区与市第二人民医院签订共建协议。请卜秀兰同志和甘立新同志上台签约。\n（签约）\n"
        "最后，请街道党工委副书记季红军讲话。\n（讲话）\n仪式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["卜秀兰"],
        ["汪建平"],
        ["季红军"],
        ["卜秀兰"],
        ["季红军"],
    ]


def test_the_first_lesson_after_the_ceremony_the_second_told_for_the_afternoon() -> None:
    """开班式到此结束。…现在开始第一讲。…下午2:30，我们进行第二讲，…请大家准时到教室上课。: the
    first lecture is an item; the second is told for later, no item and no turn now."""
    meeting = parse(
        "培训班开班式主持词\n各位学员：\n第一项，请学员代表屈海霞同志作表态发言。\n"
        "第二项，请县委组织部部长鲁建英同志作开班动员讲话。\n"
        "开班式到此结束。稍事休息，10分钟后开始第一讲。\n"
        "现在开始第一讲。今天上午我们邀请到市委党校教授晏国平老师，为大家讲授《村级组织建设》。\n"
        "（授课）\n感谢晏教授的精彩授课。下午2:30，我们进行第二讲，请县委组织部组织二科科长"
        "符立伟同志讲授《三会一课规范化建设》，请大家准时到教室上课。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["屈海霞"],
        ["鲁建英"],
        ["晏国平"],
    ]


def test_the_first_lesson_told_to_follow_the_ceremony() -> None:
    """开班仪式结束后，马上开始第一课。 then 第一课：…: the ceremony's items, then the lesson."""
    meeting = parse(
        "培训班开班仪式主持词\n各位学员：\n第一项，请中心主任谢萍同志介绍培训班安排。\n"
        "第二项，请县林业局副局长罗刚同志讲话。\n开班仪式结束后，马上开始第一课。\n"
        "第一课：湿地生态系统与候鸟迁徙\n请研究员高峰老师为大家授课，大家欢迎！\n（授课）\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["谢萍"],
        ["罗刚"],
        ["高峰"],
    ]


def test_the_third_speaker_introduced_without_shi() -> None:
    """第三位嘉宾，…董事长黄山松，题目是《…》。掌声有请！: the one introduced is invited."""
    cue = find_cue(
        normalise(
            "谢谢赖局长。第三位嘉宾，安徽省信息产业投资公司董事长黄山松，"
            "题目是《产业基金如何助力数字经济》。掌声有请！"
        )
    )
    assert cue is not None
    assert (cue.name, cue.kind) == ("黄山松", "speech")


def test_a_committee_asked_to_review_then_an_official_answers() -> None:
    """请组成人员进行审议。（审议） then 请副区长韩卫东同志作表态发言。: two turns."""
    meeting = parse(
        "区人大常委会会议主持词\n各位组成人员：\n一、听取和审议养老服务体系建设情况的报告\n"
        "请区民政局局长邱海峰同志作报告。\n（报告）\n请组成人员进行审议。\n（审议）\n"
        "刚才，各位组成人员提出了很好的意见建议，\n请副区长韩卫东同志作表态发言。\n（发言）\n"
        "二、其他事项\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["邱海峰", None, "韩卫东"]


def test_the_honoured_asked_as_a_kind_then_named() -> None:
    """下面，请受表彰的代表发言。首先，请…尉迟强同志发言。请…练红霞同志发言。: the kind asked
    (受表彰的代表, its role), then the two named: their turns only."""
    cue = find_cue(normalise("下面，请受表彰的代表发言。"))
    assert cue is not None and (cue.name, cue.role) == (None, "受表彰的代表")
    meeting = parse(
        "表彰大会主持词\n同志们：\n进行大会第一项议程：颁奖。\n"
        "下面，请受表彰的代表发言。首先，请优秀共产党员代表尉迟强同志发言。\n"
        "请先进基层党组织代表练红霞同志发言。\n大会到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["尉迟强", "练红霞"]


def test_the_room_asked_for_views_on_the_spot() -> None:
    """大家对…还有什么意见和建议，可以现场提出，也可以在测评表中书面反映。: the room's turn."""
    cue = find_cue(
        normalise(
            "大家对班子和班子成员的工作还有什么意见和建议，可以现场提出，也可以在测评表中书面反映。"
        )
    )
    assert cue is not None and cue.group


def test_parts_of_a_programme_in_other_words() -> None:
    """…进入年度表彰环节。… 接下来是文艺表演时间。… 接下来是大家最期待的幸运抽奖环节！: each a
    part; and 下面进行项目签约。 after the round-table part is a step of its own."""
    gala = parse(
        "年会主持词\n男：各位同事：\n男：首先，有请董事长瞿振邦先生致新年贺词。\n"
        "女：下面进入年度表彰环节。有请总经理柯一鸣先生颁奖。\n"
        "男：谢谢柯经理！接下来是文艺表演时间。首先请欣赏研发中心带来的街舞《代码之舞》。\n"
        "女：精彩的节目让人意犹未尽，接下来是大家最期待的幸运抽奖环节！有请董事长上台抽奖！\n"
        "合：年会到此结束。\n"
    )
    assert len(gala.items) == 4
    forum = parse(
        "论坛主持词\n各位来宾：\n首先，有请副市长邰国庆先生致辞。\n"
        "下面进入圆桌对话环节。有请本环节的主持人、电视台主持人龙秋月女士上台主持。\n"
        "下面进行项目签约。有请文旅局局长伍长海先生与集团副总裁甄涛先生签订合作协议。\n"
        "论坛到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in forum.items] == [
        ["邰国庆"],
        ["龙秋月"],
        ["伍长海"],
    ]


@pytest.mark.parametrize(
    ("sentence", "turn"),
    [
        ("各位代表，对这个决议草案，有没有意见？", True),
        ("各位代表对补选办法草案和监票人、计票人名单，有没有意见？（稍停）没有意见。", True),
        ("各位代表，对这个名单还有没有不同意见？", False),
        (
            "大家对选举办法草案和监票人、计票人名单草案有没有意见？没有意见的话，我们一并举手表决。",
            True,
        ),
    ],
)
def test_the_room_asked_about_a_motion_before_its_vote(sentence: str, turn: bool) -> None:
    """…，对这个决议草案，有没有意见？ is the room's turn, as the annotation page says; 还有没有不同
    意见？ before a vote is none."""
    cue = find_cue(normalise(sentence))
    assert (cue is not None and cue.group) is turn


def test_the_first_item_on_the_overviews_line() -> None:
    """…分为三个环节。第一个环节，有请…宣布获奖名单。（宣布）第二个环节：… on one line: the first
    item runs after the count, although its request follows the comma."""
    meeting = parse(
        "技能大赛颁奖典礼主持词 各位来宾：大家上午好！今天的典礼分为三个环节。第一个环节，有请"
        "评审组组长、高级技师邝志明先生宣布获奖名单。（宣布）第二个环节：颁奖。请获奖选手上台，"
        "有请总工会副主席汤晓丽为他们颁奖！第三个环节，请局长褚国梁讲话。（讲话）典礼到此结束。"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["邝志明"],
        ["汤晓丽"],
        ["褚国梁"],
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("典礼最后一项，全体齐唱校歌。", (-1, False)),
        ("大会最后一项，请全体起立，奏唱国歌。", (-1, False)),
        ("乙：仪式最后一项，请各位嘉宾合影留念。", (-1, False)),
        ("最后一项，请全体起立。", (-1, False)),
    ],
)
def test_the_last_item_said_with_the_meetings_name(sentence: str, found: tuple[int, bool]) -> None:
    """典礼最后一项，… after 典礼第七项: the last item, said as the others were."""
    assert item_number(normalise(sentence)) == found


def test_a_number_skipped_is_the_turn_moved_on_to() -> None:
    """下面进行第一项 … 接下来，有请…推介… … 下面进行第三项: the second item is run without its
    number."""
    meeting = parse(
        "项目推介会主持词\n各位嘉宾：\n今天的推介会共有四项议程。下面进行第一项，请区长庞文东致辞。\n"
        "（致辞）\n谢谢庞区长。接下来，有请招商局局长宁海燕女士推介重点项目。\n（推介）\n"
        "下面进行第三项，项目签约。请宁海燕局长与企业代表签约。\n"
        "下面进行第四项，请副市长岑立新讲话。\n推介会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["庞文东"],
        ["宁海燕"],
        ["宁海燕"],
        ["岑立新"],
    ]


def test_a_first_sitting_told_by_its_overview_then_the_numbered_items() -> None:
    """预备会议有两项议程：一是…；二是…。 run without numbers, 预备会议结束, then 大会第一项…: the
    first sitting's items come first, the numbered ones after them."""
    meeting = parse(
        "教代会主持词\n一、预备会议\n各位代表：\n预备会议现在开始。\n"
        "预备会议有两项议程：一是通过大会主席团名单；二是通过大会议程。\n"
        "首先，请工会主席聂红梅同志宣读大会主席团名单（草案）。\n"
        "同意的请举手。请放下。不同意的请举手。没有。弃权的请举手。没有。通过。\n"
        "下面审议大会议程（草案）。同意的请举手。请放下。不同意的请举手。没有。通过。\n"
        "预备会议结束。\n二、正式会议\n各位代表：\n"
        "大会第一项，请校长钱永康同志作学校工作报告。\n"
        "大会第二项，请副校长邬丽君同志作财务工作报告。\n会议到此结束。\n"
    )
    assert len(meeting.items) == 4
    assert [[c.name for c in item.speakers] for item in meeting.items][2:] == [
        ["钱永康"],
        ["邬丽君"],
    ]


@pytest.mark.parametrize(
    "asked",
    [
        "第三项，与会党员进行讨论。请大家对这个方案充分发表意见。",
        "各位居民代表对这个方案有什么意见和建议？请大家发言，每人不超过3分钟。",
    ],
)
def test_the_room_asked_twice_in_a_row_is_one_turn(asked: str) -> None:
    """与会党员进行讨论。请大家…充分发表意见。 / 有什么意见和建议？请大家发言: one turn."""
    meeting = parse(
        "会议主持词\n同志们：\n第一项，请支部书记包振华同志作说明。\n"
        f"{asked}\n（讨论）\n会议到此结束。\n"
    )
    assert sum(1 for c in meeting.items[-1].speakers if c.group) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "请大家讨论。每位代表发言尽量不超过3分钟。",
        "请各位代表讨论。每人发言控制在5分钟以内。",
    ],
)
def test_a_discussion_timed_in_the_next_sentence_is_the_rooms_turn(sentence: str) -> None:
    """请大家讨论。每位代表发言尽量不超过3分钟。: each one's words timed, so the room takes the
    floor, as with a comma."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group


def test_views_asked_then_given_before_a_vote_is_the_rooms_turn() -> None:
    """各位代表，对这个草案还有什么意见和建议？（讨论） then the vote: the room's turn; 请…谈一谈
    贯彻意见。（讨论） stays the room talking it over."""
    asked = parse(
        "代表大会主持词\n各位代表：\n第一项，请副镇长滕建国同志就管理办法草案作说明。\n"
        "各位代表，对这个办法草案，还有什么意见和建议？（讨论）\n"
        "同意的请举手。请放下。不同意的请举手。弃权的请举手。通过。\n会议到此结束。\n"
    )
    assert [c.group for c in asked.items[0].speakers] == [False, True]
    talked = parse(
        "会议主持词\n同志们：\n第一项，请支部书记滕建国同志传达会议精神。\n"
        "请各位委员结合分管工作，谈一谈贯彻意见。（讨论）\n会议到此结束。\n"
    )
    assert [c.group for c in talked.items[0].speakers] == [False]


def test_the_listed_items_run_before_a_lecture_after_the_close() -> None:
    """开班式共有三项议程。 then 第一项，请…。第二项，请…。第三项，请…。 开班式到此结束。 下面开始第一讲。:
    the three lines are the items run, and the lecture comes after them."""
    meeting = parse(
        "培训班开班式主持词\n各位学员：\n开班式共有三项议程。\n"
        "第一项，请党校副校长芮文清同志介绍培训安排。\n"
        "第二项，请学员代表、石桥村党支部书记蓝海涛同志发言。\n"
        "第三项，请组织部部长宓晓红同志作动员讲话。\n"
        "同志们，开班式到此结束。请大家稍作休息。\n"
        "下面开始第一讲。有请党校教授訾建国为大家授课。\n（授课）\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["芮文清"],
        ["蓝海涛"],
        ["宓晓红"],
        ["訾建国"],
    ]


def test_an_activity_moved_on_to_between_two_numbers() -> None:
    """下面进行第一项议程 … 接下来进行协商发言。…依次是：… 进行第三项议程: the activity is the
    second item."""
    meeting = parse(
        "常委会议主持词\n各位常委：\n下面进行第一项议程，听取区教育局的情况通报。请区教育局局长"
        "危立群同志通报。\n接下来进行协商发言。请常委晏红霞发言；请委员冼国强发言。\n"
        "进行第三项议程，审议通过有关人事事项。请秘书长弓志远同志作说明。\n会议到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["危立群"],
        ["晏红霞", "冼国强"],
        ["弓志远"],
    ]


def test_the_first_turn_asked_after_a_call_for_applause() -> None:
    """首先，让我们以热烈的掌声，有请…致新年贺词！ in a script laid out by 接下来/下面: the first
    item, the request after the applause."""
    meeting = parse(
        "年会主持词\n男：各位同事：\n合：年会现在开始！\n"
        "女：首先，让我们以热烈的掌声，有请董事长蔺志飞先生致新年贺词！\n"
        "男：谢谢蔺董。接下来，有请总经理覃晓燕女士作年度工作总结。\n"
        "女：下面进入年度颁奖环节。有请副总经理单立新先生为获奖者颁奖！\n"
        "男：精彩的节目之后，是大家最期待的幸运抽奖环节！有请覃晓燕女士抽取一等奖。\n"
        "合：年会到此结束！\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["蔺志飞"],
        ["覃晓燕"],
        ["单立新"],
        ["覃晓燕"],
    ]


def test_two_words_that_move_on_before_the_first_request() -> None:
    """下面，首先请…介绍项目情况。 then 接下来，请…致辞。: the first step."""
    meeting = parse(
        "签约仪式主持词\n各位嘉宾：\n下面，首先请管委会副主任阚卫东先生介绍项目情况。\n……\n"
        "接下来，请集团董事长计美玲女士致辞。\n……\n最后，有请副市长桑国强先生讲话。\n"
        "签约仪式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["阚卫东"],
        ["计美玲"],
        ["桑国强"],
    ]


def test_the_room_asked_by_its_name_then_told_to_speak_up() -> None:
    """同志们对支委会的对照检查有什么意见，请大家提出来。: the room's turn."""
    cue = find_cue(normalise("同志们对班子的对照检查材料有什么意见，请大家提出来。"))
    assert cue is not None and cue.group


@pytest.mark.parametrize(
    "sentence",
    [
        "请两位领导将手放在启动球上，5、4、3、2、1，启动！",
        "请各位嘉宾把手放在启动台上。三、二、一，启动！",
    ],
)
def test_a_gesture_of_the_act_just_asked_is_no_turn(sentence: str) -> None:
    """请两位领导将手放在启动球上…启动！ after the two were asked by name: how they act, no turn;
    请林主任、欧阳董事长共同将手按在启动球上 names them: their act."""
    assert find_cue(normalise(sentence)) is None
    named = find_cue(normalise("请林志远主任、欧阳正雄董事长共同将手按在启动球上，启动项目建设。"))
    assert named is not None and named.name == "林志远"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请镇纪委书记庞建国同志通报典型问题。", "庞建国"),
        ("请庞建国同志通报典型案例。", "庞建国"),
        ("请团委书记骆晓雯同志介绍典型事迹。", "骆晓雯"),
    ],
)
def test_a_verb_before_dianxing_is_a_turn(sentence: str, name: str) -> None:
    """通报典型问题: 典 after the verb starts 典型, not 典礼 (颁奖典礼 is no one's turn)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.name == name
    assert find_cue(normalise("下面请欣赏颁奖典礼的开场视频。")) is None


def test_an_act_done_for_everyone_after_the_name() -> None:
    """请…书记宋美玲为同学们颁发…证书并讲话: 宋美玲 acts for the students, then speaks."""
    cue = find_cue(normalise("请学校党委书记闻秀兰为同学们颁发成人纪念证书并讲话。"))
    assert cue is not None and (cue.name, cue.kind) == ("闻秀兰", "action")
    meeting = parse(
        "成人礼主持词\n同学们：\n第一项，请学校党委书记闻秀兰为同学们颁发成人纪念证书并讲话。\n"
        "仪式到此结束。\n"
    )
    assert [c.kind for c in meeting.items[0].speakers] == ["action", "speech"]


def test_a_group_presenting_to_the_batch_just_called_is_its_own_step() -> None:
    """请获得…的老师上台领奖，有请…领导班子成员为他们颁奖。 then the next batch and 请方静部长为
    她们颁奖: two presentations, the group's and hers."""
    meeting = parse(
        "表彰大会主持词\n同志们：\n进行第一项议程：颁奖。\n"
        "首先请获得“最美乡村教师”称号的老师上台领奖，有请邬立新局长为他们颁奖。\n"
        "请获得“最美班主任”称号的老师上台领奖，有请区教育局领导班子成员为他们颁奖。\n"
        "请获得“最美教师”提名奖的老师上台领奖，请单雅琴部长为她们颁奖。\n"
        "大会到此结束。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [
        ("邬立新", "局长"),
        (None, "区教育局领导班子成员"),
        ("单雅琴", "部长"),
    ]


def test_a_kind_of_people_asked_then_each_named() -> None:
    """下面请企业家发言。…首先请…董事长曾德胜发言。请…总经理贾玉梅发言。: the first request only
    announces the named ones."""
    meeting = parse(
        "座谈会主持词\n各位企业家：\n首先，请市发改委主任甘建平通报情况。\n"
        "下面请企业家发言。为了让更多的企业家能够发言，每位发言请尽量不超过6分钟。\n"
        "按照事先报名的顺序，首先请华腾新材料股份有限公司董事长曾德胜发言。\n"
        "请鑫源物流集团总经理贾玉梅发言。\n最后，请邵长青市长讲话。\n座谈会到此结束。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["曾德胜", "贾玉梅"]


def test_the_next_ones_told_in_order_in_one_sentence() -> None:
    """先请…董事长夏立新发言；然后是…总经理唐雪梅，之后请…董事长于浩。: three turns."""
    meeting = parse(
        "座谈会主持词\n各位企业家：\n第一项，企业家代表发言。我们按照座次，先请宏达纺织集团董事长"
        "聂立新发言；然后是金桥物流有限公司总经理滕雪梅，之后请海川新材料科技公司董事长甄浩。\n"
        "座谈会到此结束。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [
        ("聂立新", "宏达纺织集团董事长"),
        ("滕雪梅", "金桥物流有限公司总经理"),
        ("甄浩", "海川新材料科技公司董事长"),
    ]


def test_offices_asked_then_some_of_them_named() -> None:
    """请市发改委、市场监管局、市税务局的负责同志…作个回应。先请发改委主任…。请税务局局长…。:
    two of the three offices answer by name; the first request only announces them."""
    meeting = parse(
        "座谈会主持词\n各位企业家：\n第一项，部门回应。\n"
        "请市发展改革委、市市场监管局、市税务局的负责同志对企业提出的问题作个回应。"
        "先请市发展改革委主任柏志刚同志。\n请市税务局局长房春燕同志。\n座谈会到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["柏志刚", "房春燕"]


def test_those_listed_on_one_line_then_asked_as_the_above() -> None:
    """综采一队队长卢永胜，掘进二队队长贺志勇，…。 then 请以上同志按顺序汇报。: a turn each."""
    meeting = parse(
        "调度会主持词\n同志们：\n进行第一项，请各区队汇报。每个区队不超过5分钟。\n"
        "综采一队队长宁永胜，\n掘进二队队长樊志勇，\n机电运输队队长欧阳红军。\n"
        "请以上同志按顺序汇报。\n会议到此结束。\n"
    )
    speakers = meeting.items[0].speakers
    assert [c.name for c in speakers] == ["宁永胜", "樊志勇", "欧阳红军"]
    assert {c.limit_s for c in speakers} == {300}


def test_one_person_sworn_in_by_name_alone() -> None:
    """请焦立伟同志上台，面向国旗进行宪法宣誓，请…副主任郝清同志监誓。: his oath and her watch,
    two steps, with no leader named."""
    meeting = parse(
        "常委会会议主持词\n各位组成人员：\n进行第一项议程，审议人事任免事项。\n"
        "下面进行宪法宣誓。请童立伟同志上台，面向国旗进行宪法宣誓，请常委会副主任殷清同志监誓。\n"
        "（宣誓）\n会议到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("童立伟", "action"),
        ("殷清", "action"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "如没有意见，下面进行表决。",
        "没有意见的话，下面进行举手表决。",
        "若没有不同意见，我们进行表决。",
    ],
)
def test_a_vote_announced_after_if_no_views(sentence: str) -> None:
    """如没有意见，下面进行表决。: the vote announced, a unit of its own after the room's turn."""
    assert VOTE_INTRO.match(normalise(sentence)) is not None


def test_the_rooms_views_asked_before_a_vote_on_the_same_line() -> None:
    """对这个议案，大家还有什么意见？（讨论）如没有意见，下面进行表决。同意的请举手…: the room's
    turn, then the vote."""
    meeting = parse(
        "常委会会议主持词\n各位组成人员：\n进行第一项议程，审议议案。请县水利局局长姬学文同志作说明。\n"
        "对这个议案，大家还有什么意见？（讨论）如没有意见，下面进行表决。同意的请举手。请放下。"
        "不同意的请举手。没有。弃权的请举手。没有。通过。\n会议到此结束。\n"
    )
    item = meeting.items[0]
    assert [c.group for c in item.speakers] == [False, True]
    assert sum(1 for s in item.steps if getattr(s, "kind", None) == "vote") == 1


def test_the_watch_named_before_the_oath_takers_are_called_up() -> None:
    """由谭小军同志领誓，阎静副主任监誓。请宣誓人上台，面向国旗…: the leader and the watch, two
    steps; 请全体老党员起立，重温入党誓词，由…领誓: the leader alone."""
    meeting = parse(
        "宣誓仪式主持词\n同志们：\n第一项，宣誓。宣誓采取集体宣誓的方式，由宓小军同志领誓，"
        "屠静副主任监誓。请宣誓人上台，面向国旗站立，举起右拳。\n（宣誓）\n"
        "第二项，请全体老党员起立，重温入党誓词，由老党员代表滑振华同志领誓。\n（重温誓词）\n"
        "仪式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["宓小军", "屠静"],
        ["滑振华"],
    ]


def test_a_document_read_whose_title_agrees_is_no_vote() -> None:
    """请…宣读《关于同意…按期转为正式党员的批复》: a reading, not a show of hands."""
    meeting = parse(
        "党员大会主持词\n同志们：\n第一项，请党委组织部主任庄海波同志宣读《关于同意蔡雨萱等4名"
        "同志按期转为中共正式党员的批复》。\n大会到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["庄海波"]
    assert not any(getattr(s, "kind", None) == "vote" for s in meeting.items[0].steps)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请总监票人柯建华检查票箱。（检查票箱）", "柯建华"),
        ("下面请总监票人次旺同志检查票箱。", "次旺"),
        ("请监票人当众检查票箱。", None),
        ("请总监票人、监票人到主席台前检查票箱。", None),
    ],
)
def test_a_named_scrutineer_checking_the_ballot_box(sentence: str, name: str | None) -> None:
    """请总监票人柯建华检查票箱: his act, as his reports are; the scrutineers unnamed: none."""
    cue = find_cue(normalise(sentence))
    assert (cue.name if cue else None) == name


def test_the_ballot_after_the_scrutineers_act_is_still_the_items_vote() -> None:
    """请总监票人…检查票箱，然后开始投票。 / …检查票箱。请各位代表写票。…现在开始投票。: his act,
    and the ballot is the item's vote."""
    for told in (
        "请总监票人邝志强同志检查票箱，然后开始投票。（投票）投票结束。",
        "下面请总监票人邝志强代表检查票箱。请各位代表写票。（写票）写票完毕。现在开始投票。",
    ):
        meeting = parse(
            "人代会主持词\n各位代表：\n进行第一项议程，选举副镇长。请工作人员分发选票。\n"
            f"{told}\n请总监票人邝志强同志报告计票结果。\n大会到此结束。\n"
        )
        item = meeting.items[0]
        assert [c.name for c in item.speakers] == ["邝志强", "邝志强"]
        assert sum(1 for s in item.steps if getattr(s, "kind", None) == "vote") == 1


def test_the_room_asked_after_a_statement_before_the_vote() -> None:
    """…名单（草案）已经主席团会议通过，代表们对名单有没有意见？: the room's turn."""
    cue = find_cue(
        normalise("名单（草案）已经大会主席团第二次会议讨论通过，代表们对名单有没有意见？（稍停）")
    )
    assert cue is not None and cue.group


def test_more_shapes_of_the_room_and_the_vote() -> None:
    """下面对任免名单进行表决 opens the vote; 大家对刚才的发言还有什么补充的，请踊跃发言 and
    …已印发各位常委，大家对建议案还有什么意见？ are the room's turn."""
    assert VOTE_INTRO.match(normalise("下面对任免名单进行表决，请按表决器。")) is not None
    for sentence in (
        "大家对刚才的发言还有什么补充的，请踊跃发言。",
        "建议案已印发各位常委，大家对建议案还有什么意见？（稍停）",
    ):
        cue = find_cue(normalise(sentence))
        assert cue is not None and cue.group, sentence


def test_a_reading_and_then_a_report_of_ones_own() -> None:
    """请王晓雯同志宣读入党志愿书，并汇报个人的主要经历和思想情况。: her act, then her speech."""
    meeting = parse(
        "支部党员大会主持词\n同志们：\n第一项议程，讨论接收预备党员。\n"
        "请冷晓雯同志宣读入党志愿书，并汇报个人的主要经历和思想情况。\n大会到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("冷晓雯", "action"),
        ("冷晓雯", "speech"),
    ]


def test_a_plan_after_the_count_names_the_items() -> None:
    """会议共有三项议程。先由调研组作调研报告，再请委员和专家发言，最后请…讲话。: three items,
    the answer to the members a turn of the second."""
    meeting = parse(
        "协商会主持词\n各位委员：\n会议共有三项议程。先由调研组作调研报告，再请委员和专家发言，"
        "最后请封志远副市长讲话。\n首先，请市政协副主席满红梅同志代表调研组作调研报告。\n"
        "下面请委员发言。\n请市政协委员、设计院副院长詹建华发言。\n请特邀代表、工商联执委章伟发言。\n"
        "下面请市住建局局长扈军同志就委员们提出的意见建议作回应。\n"
        "最后，请市委常委、副市长封志远同志讲话。\n会议到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["满红梅"],
        ["詹建华", "章伟", "扈军"],
        ["封志远"],
    ]


def test_the_opening_part_before_numbered_lectures() -> None:
    """本次论坛分为开幕式和主旨演讲两个部分。首先进行开幕式。请…致辞；… then 第一讲：…第二讲：…:
    the opening is the first item, each lecture one after it."""
    meeting = parse(
        "论坛主持词\n各位来宾：\n本次论坛分为开幕式和主旨演讲两个部分。\n首先进行开幕式。\n"
        "请副市长甄晓东致欢迎辞；\n请信息中心副主任邰建国讲话；\n开幕式结束。下面进入主旨演讲环节。\n"
        "第一讲：有请农业大学教授糜道亮作主旨演讲。\n第二讲：有请湘南学院副校长闵文斌作主旨演讲。\n"
        "上午的议程到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["甄晓东", "邰建国"],
        ["糜道亮"],
        ["闵文斌"],
    ]


def test_a_ceremony_named_as_the_next_step() -> None:
    """谢谢沈局长。接下来是启动仪式。有请…上台，共同启动…: a step of its own."""
    meeting = parse(
        "活动主持词\n男：各位来宾：\n女：下面，请局长沈家明先生致辞。\n"
        "男：谢谢沈局长。接下来是启动仪式。有请副部长滕雪梅、主席应海涛上台，共同启动阅读月活动！\n"
        "女：下面进入读书分享环节。首先，有请应海涛主席分享他的新作。\n合：活动到此结束！\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["沈家明"],
        ["滕雪梅"],
        ["应海涛"],
    ]


def test_a_plan_told_as_the_arrangement_names_the_items() -> None:
    """座谈会的安排是这样的：先请…通报…，再请企业家代表座谈发言，最后请…讲话。: three items; the
    first opened by the post and verb its entry names (下面，请…主席…通报情况), the officials'
    answers and a second speech inside the discussion."""
    meeting = parse(
        "座谈会主持词\n各位企业家：\n座谈会的安排是这样的：先请市工商联主席通报今年全市民营经济"
        "运行情况，再请企业家代表座谈发言，最后请任书记作重要讲话。\n"
        "下面，请市工商联主席滕晓峰同志通报情况。\n（通报）\n下面开始座谈发言。\n"
        "首先请恒达新材料股份有限公司董事长邝国良发言。\n请蓝鲸跨境电商有限公司总经理柏雪发言。\n"
        "下面，请季明市长讲几句。\n最后，请市委书记任卫东同志作重要讲话。\n座谈会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["滕晓峰"],
        ["邝国良", "柏雪", "季明"],
        ["任卫东"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "有请视频制作部的汪洋为我们带来歌曲《追光者》。",
        "请财务部的同事们为大家表演小品《报销那些事》。",
    ],
)
def test_a_performance_asked_for_is_no_turn(sentence: str) -> None:
    """有请…汪洋为我们带来歌曲《追光者》: the programme's performance, nobody's turn."""
    assert find_cue(normalise(sentence)) is None


def test_a_peoples_government_is_no_ones_name() -> None:
    """请县人民政府与各乡镇签订责任书: the body, not a person named 县人民政府."""
    cue = find_cue(normalise("请县人民政府与各乡镇、县直有关部门签订安全生产目标责任书。"))
    assert cue is None or cue.name is None


def test_one_person_sworn_in_as_the_item_announces() -> None:
    """进行第四项议程，新当选的副镇长曹冬梅同志进行宪法宣誓。宣誓由我监誓。: her act, told by the
    item; the chair's own watch no step."""
    meeting = parse(
        "人代会主持词\n各位代表：\n进行第一项议程，新当选的副镇长井冬梅同志进行宪法宣誓。"
        "宣誓由我监誓。请全体起立。\n（宣誓）\n请坐下。\n大会到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [("井冬梅", "action")]


def test_the_count_run_by_moving_words_before_the_close_then_lessons() -> None:
    """开班式共有三项议程。首先，请…。接下来，请…。最后，请…。开班式到此结束。…下面开始第一课。:
    the three run before the close are the items, the lessons after them."""
    meeting = parse(
        "培训班开班式主持词\n同志们：\n开班式共有三项议程。\n"
        "首先，请县委党校常务副校长卓海燕同志介绍教学安排。\n"
        "接下来，请学员代表、城北社区党委书记兰晓雯同志发言。\n"
        "最后，请县委常委、组织部部长欧阳晨同志作动员讲话。\n"
        "开班式到此结束。休息10分钟后，开始第一课。\n"
        "下面开始第一课。请党校副教授石晓锋老师讲授《村级治理》。\n"
        "谢谢石老师。下面进行第二课，请县民政局副局长杭丽娟同志讲授《社区治理》。\n"
        "今天上午的课程到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["卓海燕"],
        ["兰晓雯"],
        ["欧阳晨"],
        ["石晓锋"],
        ["杭丽娟"],
    ]


def test_a_plaque_unveiled_as_the_next_step() -> None:
    """接下来，为“…示范基地”揭牌。有请…: a step of its own."""
    meeting = parse(
        "签约仪式主持词\n各位来宾：\n首先，请研究所所长贝丽芳研究员介绍协议内容。\n"
        "下面，举行签约。请副院长柴文涛研究员和镇长晏立国签约。\n"
        "接下来，为“清河特色农业科技示范基地”揭牌。有请柴文涛副院长、晏立国镇长揭牌。\n"
        "仪式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["贝丽芳"],
        ["柴文涛"],
        ["柴文涛"],
    ]


@pytest.mark.parametrize(
    "asked",
    ["请领誓人周文涛同志领誓。", "请领誓人领誓，宣誓人员跟诵。"],
)
def test_the_oath_told_then_its_leader_asked_again(asked: str) -> None:
    """本次宣誓由…周文涛同志领誓，由…郑美霞同志监誓。…请领誓人周文涛同志领誓。 (or with the
    leader's name left blank and 请领誓人领誓): the leader and the watch, two steps."""
    for leader in ("副县长周文涛同志", "副院长＿＿＿＿同志"):
        meeting = parse(
            f"宣誓仪式主持词\n同志们：\n第一项，宣誓。本次宣誓由县人民政府{leader}领誓，"
            "由县人大常委会副主任郑美霞同志监誓。请宣誓人上台，面向国旗站立，举起右拳。"
            f"{asked}\n（宣誓）\n仪式到此结束。\n"
        )
        if "＿" in leader and "周文涛" in asked:
            continue  # (the name asked is none the told leader had)
        assert [c.kind for c in meeting.items[0].speakers] == ["action", "action"], leader


@pytest.mark.parametrize(
    "asked",
    [
        "各位委员，对这个决议草案有没有意见？（稍停）没有。",
        "各位代表，对《选举办法（草案）》有无意见？",
    ],
)
def test_a_question_to_the_room_after_its_address_before_a_vote(asked: str) -> None:
    """各位委员，对这个决议草案有没有意见？ (no comma after the document): the room's turn."""
    meeting = parse(
        "政协常委会会议主持词\n各位委员：\n第一项，表决通过决议（草案）。"
        "请县政协秘书长龙海波同志宣读决议草案。\n"
        f"{asked}\n现在进行表决。同意的请举手；请放下。不同意的请举手；没有。弃权的请举手；没有。"
        "通过。\n第二项，请张为民同志讲话。\n散会。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("龙海波", "action"),
        (None, "speech"),
    ]


@pytest.mark.parametrize("who", ["提案工作委员会主任XXX同志", "提案工作委员会主任高明远同志"])
def test_a_list_read_then_explained_by_one_named_or_left_blank(who: str) -> None:
    """请…主任XXX同志宣读名单草案，并作关于提案征集情况的说明: the act, then the speech, with
    the name left blank too."""
    meeting = parse(
        "职代会预备会议主持词\n各位代表：\n进行第一项，审议通过提案审查委员会名单。"
        f"请{who}宣读名单草案，并作关于提案征集情况的说明。\n"
        "第二项，请张为民同志讲话。\n散会。\n"
    )
    assert [c.kind for c in meeting.items[0].speakers] == ["action", "speech"]
    assert {c.role for c in meeting.items[0].speakers} == {"提案工作委员会主任"}


def test_the_rest_asked_then_an_answer_to_what_they_raised() -> None:
    """还有哪位企业家想说的？ then 对大家提出的问题，请邱区长先作个回应: the room's turn and the
    answer, two turns (a named one who takes the floor after the question is the room's one)."""
    text = (
        "座谈会主持词\n同志们：\n首先，请区工商联主席欧阳红同志汇报。\n"
        "下面，请企业家代表发言。\n先请天成纺织有限公司董事长沈国平发言；\n"
        "请绿源农业科技公司总经理贺晓东发言。\n刚才两位企业家都谈得很好。还有哪位企业家想说的？\n"
        "{then}\n最后，请严书记讲话。\n座谈会到此结束。\n"
    )
    answered = parse(
        text.format(then="好，时间关系，就谈到这里。对大家提出的问题，请邱区长先作个回应。")
    )
    assert [c.name for c in answered.items[1].speakers] == ["沈国平", "贺晓东", None, "邱区长"]
    taken = parse(text.format(then="好，请郑玉华老师讲。"))
    assert [c.name for c in taken.items[1].speakers] == ["沈国平", "贺晓东", "郑玉华"]


def test_two_people_whose_offices_join_two_words() -> None:
    """请湖南省工业和信息化厅厅长熊卫东、江西省工业和信息化厅副厅长黎春华分别致辞: 和 inside each
    office's name, two people (校长哈斯木·吾买尔和县教育局副局长林海波: 和 between them)."""
    meeting = parse(
        "合作论坛主持词\n各位嘉宾：\n第一项，请张为民同志讲话。\n第二项，请湖南省工业和信息化厅"
        "厅长熊卫东、江西省工业和信息化厅副厅长黎春华分别致辞。\n第三项，请受表彰的师生上台，"
        "请校长哈斯木·吾买尔和县教育局副局长林海波为他们颁奖。\n论坛到此结束。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[1].speakers] == [
        ("熊卫东", "湖南省工业和信息化厅厅长"),
        ("黎春华", "江西省工业和信息化厅副厅长"),
    ]
    assert meeting.items[2].speakers[0].name == "哈斯木·吾买尔"


def test_the_list_is_the_agenda_when_only_its_first_item_is_announced_and_left_out() -> None:
    """会议共有三项议程，下面逐项进行： then 第一项，请…；第二项，请…；第三项，请…。 then
    下面进行第一项…… and the close (a page that leaves the running out): the list's lines are
    the items, each with its turn."""
    meeting = parse(
        "防汛工作部署会议主持词\n同志们：\n今天召开全县防汛工作部署会议。\n"
        "会议共有三项议程，下面逐项进行：\n第一项，请县水利局局长丁海涛同志通报汛前检查情况；\n"
        "第二项，请副县长武晓丽同志宣读指挥部成员调整通知，并作具体安排；\n"
        "第三项，请县长欧阳立新同志作重要讲话。\n下面进行第一项……\n"
        "同志们，会后要马上传达，抓好落实。散会。\n"
    )
    assert [[(c.name, c.kind) for c in item.speakers] for item in meeting.items] == [
        [("丁海涛", "speech")],
        [("武晓丽", "action"), ("武晓丽", "speech")],
        [("欧阳立新", "speech")],
    ]


def test_bracketed_agenda_numbers_with_the_name_after_them_are_the_items() -> None:
    """【大会开始】 … 【议程一】听取院长工作报告 … 【议程三】表决 … 【大会闭幕】: the numbered
    headings are the items, named by the words after the bracket; the wrappers are none."""
    meeting = parse(
        "职工代表大会主持词\n【大会开始】\n各位代表：\n现在开会。\n"
        "【议程一】听取院长工作报告\n请院长蒋立群同志作医院工作报告。\n"
        "【议程二】听取财务工作报告\n请总会计师严春红同志作财务预决算报告。\n"
        "【议程三】表决\n下面表决《职工福利费使用方案（草案）》。同意的请举手；请放下。"
        "不同意的请举手；没有。弃权的请举手；没有。通过。\n"
        "【大会闭幕】\n各位代表，本次大会圆满完成了各项议程。现在闭幕。\n"
    )
    assert [item.title for item in meeting.items] == [
        "听取院长工作报告",
        "听取财务工作报告",
        "表决",
    ]
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["蒋立群"],
        ["严春红"],
        [],
    ]


def test_the_rest_asked_whether_they_add_anything_then_urged() -> None:
    """其他常委还有补充的吗？请自由发言。: the room's turn after those named."""
    meeting = parse(
        "政协常委会议主持词\n各位常委：\n第一项，常委协商发言。\n首先请梁文俊常委发言。\n"
        "请伍春兰常委发言。\n其他常委还有补充的吗？请自由发言。\n……\n"
        "第二项，请县委书记讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["梁文俊", "伍春兰", None]


def test_one_persons_turn_then_another_request_with_no_moving_word_is_a_step() -> None:
    """下面，请局长庞雅琴致辞。 then 请副校长尚明辉介绍…情况。 then 接下来，…: the second request,
    of another kind, is a step of its own, between steps as after the last."""
    meeting = parse(
        "实践基地揭牌仪式主持词\n各位领导、各位来宾：\n大家好！\n"
        "下面，请市教育局局长庞雅琴致辞。\n请宁州理工大学副校长尚明辉介绍基地建设及运行情况。\n"
        "接下来，请市教育局与宁州理工大学签订共建协议。有请庞雅琴局长、尚明辉副校长上台签约。\n"
        "（签约）\n下面进行揭牌。有请凌志刚副市长、庞雅琴局长上台，为基地揭牌！\n"
        "最后，请凌志刚副市长讲话。\n揭牌仪式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["庞雅琴"],
        ["尚明辉"],
        ["庞雅琴"],
        ["凌志刚"],
        ["凌志刚"],
    ]


def test_the_award_to_those_just_read_stays_in_the_step_that_read_them() -> None:
    """下面，请副院长宣读表彰决定。 then 请院长为她们颁奖。 then 下面，…: one step (an award to
    others, 为获奖志愿者颁奖, is a step of its own)."""
    text = (
        "表彰大会主持词\n各位同事：\n下面，请副院长查丽萍宣读表彰决定。\n请院长鲍文强为{who}颁奖。\n"
        "下面，请“最美护士”代表、急诊科护士毛雨晴发言。\n最后，请鲍文强院长讲话。\n大会到此结束。\n"
    )
    assert len(parse(text.format(who="她们")).items) == 3
    assert len(parse(text.format(who="获奖护士")).items) == 4


def test_organisations_asked_to_sign_then_who_signs_for_them() -> None:
    """请市教育局与宁州理工大学签订共建协议。有请庞雅琴局长、尚明辉副校长上台签约。: one turn,
    the signers' (a batch signed, （签约）, before the next named one is a turn of its own)."""
    meeting = parse(
        "签约仪式主持词\n各位来宾：\n第一项，请市教育局与宁州理工大学签订共建协议。"
        "有请庞雅琴局长、尚明辉副校长上台签约。\n（签约）\n第二项，请凌志刚副市长讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["庞雅琴"]


def test_the_room_asked_to_criticise_the_chairs_own_check() -> None:
    """首先我作个人对照检查。 then 请各位同志对我提出批评意见。 before the members' checks: the
    room's turn."""
    meeting = parse(
        "民主生活会主持词\n同志们：\n进行第一项，班子成员个人对照检查。首先我作个人对照检查。\n"
        "请各位同志对我提出批评意见。\n下面请副局长申卫国同志作对照检查。\n"
        "请同志们对申卫国同志提出批评意见。\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == [None, "申卫国", None]


def test_a_launch_with_what_it_launches_after_it_is_an_act() -> None:
    """有请晏国庆副厅长、巫丽娜副局长共同上台，启动发布。: one act, the first named."""
    meeting = parse(
        "发布会主持词\n各位嘉宾：\n第一项，请张为民同志致辞。\n第二项，发布仪式。"
        "有请晏国庆副厅长、巫丽娜副局长上台，启动发布。\n活动到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[1].speakers] == [("晏国庆", "action")]


def test_a_page_number_inside_a_list_of_those_asked() -> None:
    """请以下同志按顺序述职： then the names, a page number (- 2 -) between two of them: the list
    goes on past it."""
    meeting = parse(
        "述职评议会议主持词\n同志们：\n下面进行第一项议程，述职。\n请以下同志按顺序述职：\n"
        "县农业技术推广中心党支部书记覃建波；\n县动物疫病预防控制中心党支部书记黎晓红；\n- 2 -\n"
        "县农村经济经营管理站党支部书记邵国强。\n下面进行第二项议程，请局长点评。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["覃建波", "黎晓红", "邵国强"]


def test_a_point_of_the_chairs_own_runs_on_past_a_line_break() -> None:
    """第一，要迅速传达学习大会精神。会后，各车间要召开职工大会， then on the next line
    由参会代表向职工全面传达…: the chair's point, no turn."""
    meeting = parse(
        "职代会主持词\n各位代表：\n第一项，请厂长姚振华同志作工作报告。\n"
        "同志们，下面我讲两点意见。\n第一，要迅速传达学习大会精神。会后，各车间要召开职工大会，\n"
        "由参会代表向职工全面传达本次大会精神。\n第二，要抓好落实。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["姚振华"]


def test_the_parts_run_after_the_opening_ceremony_closes() -> None:
    """论坛开幕式有三项议程。第一项…第三项… 开幕式结束。下面进入主旨演讲环节…下面进入圆桌对话
    环节: each part run after the ceremony is an item after its three."""
    meeting = parse(
        "人才发展论坛主持词\n各位嘉宾：\n论坛开幕式有三项议程。\n第一项，请市委副书记马振宇同志致辞。\n"
        "第二项，请省农业农村厅二级巡视员欧阳建新同志致辞。\n"
        "第三项，举行启动仪式。请马振宇副书记、欧阳建新巡视员共同上台，启动驿站。\n开幕式结束。\n"
        "下面进入主旨演讲环节，每位嘉宾演讲时间为20分钟。\n首先，有请中国农业大学教授叶志华作主旨演讲。\n"
        "接下来，有请浙江大学副院长宁雪梅作主旨演讲。\n下面进入圆桌对话环节，\n有请省社科院研究员钱立国主持。\n"
        "（对话约40分钟）\n各位嘉宾，本届论坛上午的议程到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["马振宇"],
        ["欧阳建新"],
        ["马振宇"],
        ["叶志华", "宁雪梅"],
        ["钱立国"],
    ]


def test_the_first_sittings_step_moves_on_before_the_vote_that_shares_its_words() -> None:
    """预备会议有两项议程：一是审议通过大会主席团名单；二是审议通过大会议程。 … 接下来，请…宣读
    大会议程（草案）。 then 现在对大会议程进行表决: the second item opens at 接下来."""
    meeting = parse(
        "职代会预备会议主持词\n预备会议\n各位代表：\n预备会议现在开始。\n"
        "预备会议有两项议程：一是审议通过大会主席团名单；二是审议通过大会议程。\n"
        "首先，请工会副主席蓝海燕同志宣读大会主席团名单（草案）。\n"
        "现在进行举手表决：同意的请举手；请放下。不同意的请举手；没有。弃权的请举手；没有。通过。\n"
        "接下来，请蓝海燕同志宣读大会议程（草案）。\n"
        "现在对大会议程进行表决。同意的请举手；请放下。不同意的请举手；没有。弃权的请举手；没有。通过。\n"
        "预备会议结束。\n第一次全体会议\n各位代表：\n进行第一项，请覃永福同志致开幕词。\n"
        "进行第二项，请石建业同志作工作报告。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items][:2] == [
        ["蓝海燕"],
        ["蓝海燕"],
    ]


def test_a_report_asked_for_after_the_breakout_is_no_turn_here() -> None:
    """进行第五项，分团讨论。各代表团…进行讨论。讨论结束后，请各代表团团长向主席团汇报讨论情况。:
    told for later, no turn in the breakout item."""
    meeting = parse(
        "职代会主持词\n各位代表：\n进行第一项，请石建业同志作工作报告。\n"
        "进行第二项，分团讨论。各代表团按分组名单到指定会议室进行讨论，讨论时间为一个半小时。"
        "讨论结束后，请各代表团团长向主席团汇报讨论情况。\n散会。\n"
    )
    assert meeting.items[1].speakers == []


def test_one_asked_to_host_the_panel_by_name() -> None:
    """有请省社科院研究员钱立国主持。: his act, the name without the verb."""
    meeting = parse(
        "论坛主持词\n各位嘉宾：\n第一项，请张为民同志致辞。\n第二项，圆桌对话。有请省社科院研究员钱立国主持。\n"
        "论坛到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[1].speakers] == [("钱立国", "action")]


def test_the_last_entry_of_an_overview_without_a_count() -> None:
    """主要议程有：通报…；由我…；班子成员…；请督导组领导讲话。 (no count): the overview's last
    entry too, no one's turn there."""
    meeting = parse(
        "民主生活会主持词\n一、会议开始\n同志们：\n本次民主生活会的主要议程有：通报整改落实情况；"
        "由我代表党组班子作对照检查；班子成员逐一作个人对照检查；请督导组领导讲话。\n"
        "二、通报整改落实情况\n请副局长卢春华同志通报整改落实情况。\n"
        "三、党组班子对照检查\n下面，由我代表局党组班子作对照检查。\n"
        "四、个人对照检查\n请副局长文建伟同志作个人对照检查。\n"
        "五、督导组领导讲话\n请县委第三督导组组长陈丽萍同志讲话。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        [],
        ["卢春华"],
        [],
        ["文建伟"],
        ["陈丽萍"],
    ]


def test_an_item_run_with_a_direction_whose_entry_asks_a_post_with_the_name_blank() -> None:
    """第一项，请区统计局局长____同志就…作具体部署； then 下面进行第一项。（部署）: the post's
    turn, the name to fill in."""
    meeting = parse(
        "普查工作动员部署会议主持词\n同志们：\n会议共有两项议程：\n"
        "第一项，请区统计局局长____同志就全区经济普查工作作具体部署；\n"
        "第二项，请区委常委、常务副区长××同志讲话。\n下面进行第一项。\n（部署）\n"
        "进行第二项，请××副区长讲话。\n散会。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [(None, "区统计局局长")]


def test_an_opening_ceremonys_entries_run_before_its_close_then_the_lectures() -> None:
    """开班式共有两项议程：一是学员代表发言；二是…动员讲话。首先，请…。下面，请…。开班式到此结束。
    then 下面开始第一讲…第二讲…: the ceremony's two, then the lectures."""
    meeting = parse(
        "培训班开班式主持词\n同志们：\n开班式共有两项议程：一是学员代表发言；二是请市统计局局长关海燕同志"
        "作动员讲话。\n首先，请学员代表、柳河镇统计站站长谭小军同志发言。\n"
        "下面，请关海燕局长作动员讲话，大家欢迎。\n开班式到此结束。休息10分钟后开始上课。\n"
        "下面开始第一讲，请统计执法监督科科长郝立群同志讲授《统计法》。\n"
        "第二讲，有请江城调查队副队长薛明辉同志讲授《基层统计台账规范化建设》。\n"
        "今天上午的课程到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["谭小军"],
        ["关海燕"],
        ["郝立群"],
        ["薛明辉"],
    ]


def test_a_gala_in_chapters_named_in_quotes() -> None:
    """今晚的年会分为“回顾”“荣耀”“欢聚”三个篇章。 … 下面进入欢聚篇章。…接下来是抽奖环节: three
    items, the draw inside the last chapter."""
    meeting = parse(
        "新春年会主持词\n甲：尊敬的各位领导，\n乙：亲爱的家人们，\n合：大家晚上好！\n"
        "乙：今晚的年会分为“回顾”“荣耀”“欢聚”三个篇章。\n"
        "甲：首先，让我们以热烈的掌声有请集团董事长魏长青先生致新年贺词！\n"
        "乙：接下来进入荣耀时刻——年度评优颁奖。有请人力资源总监覃婉清女士宣读表彰决定。\n"
        "甲：请获奖的伙伴们上台领奖！有请集团副总裁庞建军先生为他们颁奖！\n"
        "乙：下面进入欢聚篇章。首先请欣赏由华东区带来的歌舞《追光》。\n"
        "甲：接下来是大家最期待的抽奖环节！有请财务总监甘丽娜女士上台抽取三等奖！\n"
        "乙：最后，有请魏长青董事长抽取一等奖！\n合：年会到此结束！\n"
    )
    assert [item.title for item in meeting.items] == ["回顾", "荣耀", "欢聚"]
    assert [c.name for c in meeting.items[2].speakers] == ["甘丽娜", "魏长青"]


def test_one_who_answers_the_room_between_steps_is_no_step() -> None:
    """然后，请…龙秀英老人带领大家宣读《承诺书》。 then 在座的哪位还想说几句？ then 好，请…石光明
    同志讲几句。 then 最后，…: the one who answers the room, in the step before."""
    meeting = parse(
        "志愿服务队成立大会主持词\n各位老同志：\n下面，大会开始。\n"
        "首先，请副局长杨丽萍同志宣读《批复》。\n接下来，请潘志华队长代表全体志愿者发言。\n"
        "然后，请志愿者代表龙秀英老人带领大家宣读《志愿者承诺书》。\n"
        "各位老同志，在座的哪位还想说几句？\n好，请退休老干部石光明同志讲几句。\n"
        "最后，请吴昌平局长讲话。\n今天大会到此结束。\n"
    )
    assert len(meeting.items) == 4


def test_the_evaluation_after_the_turns_is_a_step() -> None:
    """下面开始述职。…请…点评。 then 述职结束。请工作人员发放测评表，请大家认真填写。 then 下面，
    请…讲话: the evaluation is a step of its own."""
    meeting = parse(
        "述职测评会主持词\n同志们：\n下面开始述职。首先，请新闻中心主任向丽华同志述职。\n"
        "请分管副台长武振国同志点评。\n请专题部主任庞志远同志述职。\n"
        "述职结束。请工作人员发放测评表，请大家认真填写，填写完毕投入票箱。\n（填写测评表）\n"
        "下面，请市委宣传部施永刚副科长讲话。\n最后，请台长乔德明同志作总结讲话。\n会议到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["向丽华", "武振国", "庞志远"],
        [],
        ["施永刚"],
        ["乔德明"],
    ]


def test_the_room_asked_who_goes_first_then_a_direction_names_him() -> None:
    """大家有什么想法…今天都摆到桌面上来讲。谁先讲？老覃，你先说说。 then （覃德贵发言）: the
    room's turn and his, both kept."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n先说第一件事。请村委会主任雷振东把方案给大家说一说。\n"
        "（雷振东介绍方案）\n这个事关系到每家每户，大家有什么想法，有什么顾虑，今天都摆到桌面上来讲。"
        "谁先讲？老覃，你那块地也在里面，你先说说。\n（覃德贵发言）\n"
        "这个事请驻村第一书记梁思远给大家解释一下。\n（梁思远解释）\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["雷振东", None, "覃德贵", "梁思远"]


def test_the_members_asked_after_the_chair_looks_back_at_the_reading() -> None:
    """刚才，黄德昌同志宣读了人事任免名单草案，各位组成人员对任免名单有没有意见？没有。: the
    room's turn before the vote."""
    meeting = parse(
        "人大常委会会议主持词\n各位组成人员：\n进行第一项议程，人事任免。请人事代表工作委员会主任"
        "黄德昌同志宣读人事任免名单草案。刚才，黄德昌同志宣读了人事任免名单草案，各位组成人员对"
        "任免名单有没有意见？没有。下面进行表决。请按表决器。\n第二项，请主任讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["黄德昌", None]


def test_the_count_then_the_first_item_run_after_a_comma() -> None:
    """签约仪式共有三项议程，第一项，请…介绍项目基本情况。 then 第二项…: the first item runs on the
    count's line."""
    meeting = parse(
        "项目签约仪式主持词\n各位领导、各位来宾：\n大家下午好！\n"
        "签约仪式共有三项议程，第一项，请副市长樊志刚先生介绍项目基本情况。\n"
        "谢谢樊市长。第二项，请集团董事长褚天明先生致辞。\n"
        "第三项，请市委书记陆承志先生讲话。\n签约仪式到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["樊志刚"],
        ["褚天明"],
        ["陆承志"],
    ]


def test_a_request_broken_inside_a_word_after_its_moving_word() -> None:
    """首先，请大塘镇党委书 / 记覃建国同志述职。 (a hard break inside 书记): one request."""
    meeting = parse(
        "述职评议会议主持词\n同志们：\n下面进行第一项议程，现场述职和点评。\n首先，请大塘镇党委书\n"
        "记覃建国同志述职。\n（述职）\n请黄振宇书记点评。\n下面进行第二项议程，请部长讲话。\n散会。\n",
    )
    assert [c.name for c in meeting.items[0].speakers] == ["覃建国", "黄振宇"]


def test_a_question_to_the_room_with_no_one_named() -> None:
    """对这个名单，有没有意见？ then 没有意见的，现在举手表决: the room's turn before the vote."""
    meeting = parse(
        "政协常委会议主持词\n各位委员：\n第一项，请副主任谭晓红同志宣读增补委员名单（草案）。\n"
        "对这个名单，有没有意见？\n没有意见的，现在举手表决。\n"
        "同意的请举手。请放下。不同意的请举手。没有。弃权的请举手。没有。通过。\n"
        "第二项，请主席讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["谭晓红", None]


def test_a_direction_of_the_act_done_closes_its_turn() -> None:
    """由…陈立华同志颁发任命书。（颁发任命书）请新任命的同志进行宪法宣誓，由…谢文静同志领誓，
    …刘海涛同志监誓。 (one line): the award, then the oath's leader and watch."""
    meeting = parse(
        "人大常委会会议主持词\n各位组成人员：\n进行第一项议程，人事任免事项。请新任命人员上台，"
        "由常委会主任陈立华同志颁发任命书。（颁发任命书）请新任命的同志进行宪法宣誓，"
        "由区法院审判员谢文静同志领誓，区人大常委会副主任刘海涛同志监誓。（宣誓）\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["陈立华", "谢文静", "刘海涛"]


def test_the_count_asks_for_the_next_request_of_the_same_kind_as_a_step() -> None:
    """今天的大会议程共有五项 … 下面，为受表彰的教师颁奖。 … 下面，请获奖教师代表…发言。 then
    请新入职教师代表…发言。 then 最后…: the award a step, and the second speech one too (the
    count asks for five)."""
    meeting = parse(
        "表彰大会主持词\n同志们：\n今天的大会议程共有五项，下面逐项进行。\n"
        "首先，请局长彭国华同志宣读表彰决定。\n（宣读）\n"
        "下面，为受表彰的教师颁奖。请获奖的老师上台领奖，有请县委副书记郭志勇同志为他们颁奖。\n"
        "下面，请获奖教师代表、中心学校教师赵春燕老师发言。\n（发言）\n"
        "请新入职教师代表、白石渡镇中学教师刘一鸣发言。\n（发言）\n"
        "最后，请县委副书记郭志勇同志讲话。\n大会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["彭国华"],
        ["郭志勇"],
        ["赵春燕"],
        ["刘一鸣"],
        ["郭志勇"],
    ]


def test_an_overview_of_the_ceremonys_procedure() -> None:
    """今天的典礼有以下几项程序：第一，校长致词；第二，…: the overview, its entries the items."""
    meeting = parse(
        "开学典礼主持词\n各位老师、同学们：\n今天的典礼有以下几项程序：第一，校长致词；"
        "第二，颁发奖状；第三，家长会会长致词。\n首先，恭请陈美玲校长为我们致词。\n"
        "接下来，颁发奖状。请教务主任林国栋老师宣读得奖名单。\n最后，请家长会会长郭志明先生致词。\n"
        "开学典礼到此结束。\n"
    )
    assert len(meeting.items) == 3
    assert meeting.items[0].title == "校长致词"


def test_offices_asked_then_someone_of_each_named() -> None:
    """请县公安局、大坪镇、瑶山乡作表态发言。 then 请县公安局副局长覃向东同志发言。…: the offices'
    line only announces those named."""
    meeting = parse(
        "部署会议主持词\n同志们：\n第一项，部门和乡镇表态发言。\n"
        "请县公安局、大坪镇、瑶山乡作表态发言，每个单位发言不超过3分钟。\n"
        "请县公安局副局长覃向东同志发言。\n请大坪镇党委书记邝国良同志发言。\n请瑶山乡乡长盘春生同志发言。\n"
        "第二项，请县长讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["覃向东", "邝国良", "盘春生"]


@pytest.mark.parametrize(
    ("sentence", "turn"),
    [
        ("请委员们发言时紧扣主题，力求言简意赅。", False),
        ("请张三同志发言时间不超过五分钟。", True),
    ],
)
def test_a_verb_that_says_when_asks_no_one(sentence: str, turn: bool) -> None:
    """请委员们发言时紧扣主题: how to speak, told; no turn (发言时间 is the turn's time)."""
    assert (find_cue(normalise(sentence)) is not None) is turn


def test_a_membership_form_read_then_a_report_of_ones_views() -> None:
    """请刘晓雯同志宣读入党志愿书，并汇报自己对党的认识、入党动机: the act, then the speech."""
    meeting = parse(
        "支部大会主持词\n同志们：\n下面进行第一项，请刘晓雯同志宣读入党志愿书，并汇报自己对党的认识、"
        "入党动机。\n第二项，请支部书记讲话。\n散会。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("刘晓雯", "action"),
        ("刘晓雯", "speech"),
    ]


def test_a_list_of_posts_and_names_split_by_colons() -> None:
    """请以下同志按顺序述职： then 公路事业发展中心党委书记：冯立强 lines: a turn each, the lines
    kept apart."""
    meeting = parse(
        "述职评议会主持词\n同志们：\n下面，进行第一项议程：现场述职。\n请以下同志按顺序述职：\n"
        "公路事业发展中心党委书记：冯立强\n运输服务中心党支部书记：姚春燕\n港航管理处党支部书记：段洪波\n"
        "（依次述职）\n下面进行第二项议程，请局长讲话。\n散会。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [
        ("冯立强", "公路事业发展中心党委书记"),
        ("姚春燕", "运输服务中心党支部书记"),
        ("段洪波", "港航管理处党支部书记"),
    ]


def test_a_direction_names_the_award_winners_words() -> None:
    """邝总，能和我们分享一下此刻的心情吗？ then （邝建明获奖感言）: his turn."""
    meeting = parse(
        "年会主持词\n男：尊敬的各位来宾，\n男：第一个环节，表彰颁奖。有请卫振东董事长为他颁奖！\n"
        "（颁奖）\n男：邝总，能和我们分享一下此刻的心情吗？\n（邝建明获奖感言）\n"
        "女：第二个环节，抽奖。有请卫振东董事长抽取一等奖！\n合：年会到此结束！\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("卫振东", "action"),
        ("邝建明", "speech"),
    ]


def test_a_direction_naming_one_of_those_asked_together_is_their_turn() -> None:
    """请入党介绍人周国平、孙丽两位同志分别介绍… then （周国平介绍）（孙丽介绍）: their two turns,
    no third."""
    meeting = parse(
        "支部大会主持词\n同志们：\n第一项，请发展对象汇报。请唐晓燕同志汇报。\n"
        "第二项，请入党介绍人周国平、孙丽两位同志分别介绍唐晓燕同志的有关情况。\n（周国平介绍）\n"
        "（孙丽介绍）\n第三项，请支部书记讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["周国平", "孙丽"]


def test_the_other_side_asked_to_sign_with_one_then_he_is_asked() -> None:
    """请各乡镇乡镇长上台,与县长签订责任书。请县长鲁建伟同志代表县政府签订责任书。: one signing,
    his."""
    meeting = parse(
        "防汛工作会议主持词\n同志们：\n第一项，签订防汛抗旱安全责任书。\n"
        "请各乡镇乡镇长上台,与县长签订责任书。\n请县长鲁建伟同志代表县政府签订责任书。\n"
        "第二项，请书记讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["鲁建伟"]


def test_those_named_and_a_group_asked_up_together_to_launch() -> None:
    """请顾明哲市长、诸葛文斌副厅长，以及联盟首批成员单位代表上台，共同启动…: one act, the
    first named."""
    meeting = parse(
        "论坛主持词\n各位嘉宾：\n第一项，请张为民同志致辞。\n第二项，举行联盟成立仪式。"
        "请顾明哲市长、诸葛文斌副厅长，以及联盟首批成员单位代表上台，共同启动联盟成立装置。\n"
        "论坛到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[-1].speakers] == [("顾明哲", "action")]


def test_all_asked_to_swear_behind_a_leader_left_blank() -> None:
    """最后，请全体志愿者面向队旗，进行志愿者宣誓，由志愿服务队副队长×××同志领誓。: the leader's
    act, the name to fill in."""
    meeting = parse(
        "志愿服务队成立大会主持词\n同志们：\n第一项，请部长讲话。\n"
        "最后，请全体志愿者面向队旗，进行志愿者宣誓，由志愿服务队副队长×××同志领誓。\n（宣誓）\n"
        "大会到此结束。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[-1].speakers][-1:] == [
        (None, "志愿服务队副队长")
    ]
    assert len(meeting.items[-1].speakers) == 2


def test_one_called_up_to_swear_with_hand_on_the_constitution() -> None:
    """请张红梅同志上台，左手抚按《中华人民共和国宪法》，右手举拳，进行宪法宣誓。: her act."""
    meeting = parse(
        "人代会主持词\n各位代表：\n下面进行第一项议程，新当选的副镇长进行宪法宣誓。"
        "请张红梅同志上台，左手抚按《中华人民共和国宪法》，右手举拳，进行宪法宣誓。\n（宣誓）\n"
        "第二项，请主席讲话。\n散会。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [("张红梅", "action")]


def test_a_lecture_told_for_the_afternoon_with_the_time_to_come() -> None:
    """今天下午的第二讲，由…蔡文洁同志讲授…，请各位学员下午2:30准时到报告厅上课。: told now, no
    turn here."""
    meeting = parse(
        "培训班主持词\n同志们：\n下面开始第一讲。请尹立新教授授课。\n（授课）\n"
        "感谢尹教授的精彩授课。今天下午的第二讲，由市委党校副校长蔡文洁同志讲授《公文写作》，"
        "请各位学员下午2:30准时到报告厅上课。\n上午的课程到此结束。\n"
    )
    assert [c.name for item in meeting.items for c in item.speakers] == ["尹立新"]


@pytest.mark.parametrize(
    "sentence",
    [
        "大家对收支情况有什么疑问，可以现场提出来。",
        "刚才6位常委作了很好的发言，还有哪位常委想发言？",
    ],
)
def test_the_room_asked_for_its_doubts_or_after_a_look_back(sentence: str) -> None:
    """大家对…有什么疑问，可以现场提出来 / 刚才…作了很好的发言，还有哪位常委想发言？: the room's
    turn (the look back is the past, the question after it is now)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


@pytest.mark.parametrize(
    ("opening", "acts"),
    [
        (
            "现在，宣誓仪式开始。\n全体起立，奏唱国歌。\n",
            "请领誓人罗文杰同志领誓，请局长钱海同志监誓。\n",
        ),
        ("揭牌仪式正式开始。\n", "请区委书记梁国栋同志揭牌，请区长邹红同志致辞。\n"),
    ],
)
def test_a_named_turn_after_the_ceremony_opens_is_its_first_step(opening: str, acts: str) -> None:
    """…仪式开始。… 请领誓人…领誓，请…监誓。 then 下面，请…发言。最后，请…讲话。: the turns
    after the opening, before the first moving word, are the first step (those asked in one
    breath stay together)."""
    meeting = parse(
        "仪式主持词\n同志们：\n" + opening + acts + "下面，请干部代表孟佳同志作表态发言。\n"
        "最后，请院长严立同志讲话。\n仪式到此结束。\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [2, 1, 1]


def test_parallel_briefings_after_a_first_lone_one_are_steps_each() -> None:
    """首先，请A局长介绍…。下面请B副局长介绍…。请C副主任介绍…。: the first step was one person's
    turn of that kind, so each one like it after the second is its own step too."""
    meeting = parse(
        "新闻发布会主持词\n各位记者朋友：\n首先，请龚建华局长介绍活动总体安排。\n"
        "下面请韩立秋副局长介绍交通保障措施。\n请欧阳敏副主任介绍志愿服务安排。\n"
        "下面进入答问环节，请各位记者提问。\n发布会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items[:3]] == [
        ["龚建华"],
        ["韩立秋"],
        ["欧阳敏"],
    ]


@pytest.mark.parametrize(
    "sentence",
    ["请各单位迅速传达，抓好落实。", "请各部门负责同志及时传达会议精神，确保落到实处。"],
)
def test_every_unit_told_to_pass_the_word_on_is_no_turn(sentence: str) -> None:
    """刚才…作了全面部署，请各单位迅速传达，抓好落实。: work for after the meeting, no one's
    turn now (请…主任传达省委会议精神 still is)."""
    assert find_cue(normalise(sentence)) is None
    assert find_cue(normalise("请市委办公室主任传达省委会议精神。")) is not None


def test_the_parts_after_an_opening_ceremony_counted_are_items() -> None:
    """论坛开幕式共两项议程。… 下面进入主旨演讲环节。… 下面进入圆桌对话环节。: the count was the
    ceremony's, so each part the day goes on to is an item."""
    meeting = parse(
        "论坛主持词\n各位嘉宾：\n论坛开幕式共两项议程。第一项，请副市长方志刚致辞。\n"
        "第二项，请协会会长严冬梅致辞。\n下面进入主旨演讲环节。\n有请教授冯立新作主旨演讲。\n"
        "有请研究员戴晓东作主旨演讲。\n下面进入圆桌对话环节。有请所长甘雨主持圆桌对话。\n"
        "上午的议程到此结束。\n"
    )
    assert len(meeting.items) == 4


def test_a_list_of_posts_ending_with_a_chief_engineer() -> None:
    """请以下同志按顺序述职： then …副局长…同志； …总工程师潘立强同志。: the last line is a
    turn too (a post ending in 工程师)."""
    meeting = parse(
        "述职大会主持词\n同志们：\n第一项，请局长述职。\n"
        "第二项，班子成员述职。请以下同志按顺序述职：\n局党组成员、副局长汪明同志；\n"
        "局党组成员、总工程师潘立强同志。\n第三项，请部长讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["汪明", "潘立强"]


def test_units_hand_in_and_a_named_one_signs_with_them() -> None:
    """由各镇（街道）递交…责任书。请…副区长代表区政府与各镇（街道）主要负责同志签订…: one act,
    his; the units' part is in it."""
    meeting = parse(
        "部署会主持词\n同志们：\n第一项，请局长讲话。\n"
        "进行第二项，由各乡镇递交目标责任书。请钱学军副县长代表县政府与各乡镇主要负责同志"
        "签订目标责任书。\n第三项，请县长讲话。\n散会。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[1].speakers] == [("钱学军", "action")]


def test_a_draw_after_the_shows_is_a_step_and_its_last_prize_stays_in_it() -> None:
    """颁奖之后是…文艺表演环节 (no comma) / 下面进行第一轮抽奖，有请… / 最后，有请…抽出特等奖:
    the shows and the draw are steps; the last prize is the draw's own turn."""
    meeting = parse(
        "年会主持词\n甲：各位同事，大家晚上好！\n乙：首先，有请董事长陶立群先生致辞！\n"
        "甲：接下来进入颁奖环节。请获奖同事上台领奖，有请副总裁苗一鸣先生为他们颁奖！\n"
        "乙：颁奖之后是文艺表演环节。首先请欣赏行政部带来的舞蹈《春》。\n"
        "甲：下面进行第一轮抽奖，有请财务总监喻红女士上台抽取三等奖。\n"
        "乙：最后，有请陶立群先生抽出今晚的特等奖！\n甲：年会到此圆满结束！\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 1, 0, 2]


def test_a_request_to_enjoy_a_show_opens_a_step() -> None:
    """…下面，请…宣布开幕！… 下面请欣赏社区舞蹈队带来的广场舞。: a step with no turn."""
    meeting = parse(
        "开幕式主持词\n各位居民朋友：\n首先，请社区党委书记邓红同志致辞。\n"
        "下面，请街道副书记吴平同志宣布开幕！\n下面请欣赏社区舞蹈队带来的广场舞《春风》。\n"
        "开幕式到此结束。\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 1, 0]


def test_those_who_renew_the_oath_are_told_who_stand_not_asked_to_act() -> None:
    """请新党员和重温入党誓词的全体党员面向党旗站立: the verb says who stand; no one's turn."""
    assert find_cue(normalise("请新党员和重温入党誓词的全体党员面向党旗站立，举起右拳。")) is None
    assert find_cue(normalise("请预备党员和参加宣誓的全体党员起立。")) is None


def test_the_team_asked_to_criticise_the_chair_is_the_rooms_turn() -> None:
    """首先，我作个人对照检查。… 请班子成员对我提出批评意见。: the room's turn; told as the plan
    (先由我…，然后请其他班子成员对我提出批评意见。) it is not."""
    text = (
        "民主生活会主持词\n同志们：\n第一项，通报情况。\n第二项，对照检查。首先，我作个人对照检查。\n"
        "（对照检查）\n{ask}\n请副局长**同志作对照检查。\n请大家对**同志提出批评意见。\n"
        "第三项，请督导组组长点评。\n散会。\n"
    )
    asked = parse(text.format(ask="请班子成员对我提出批评意见。"))
    assert len(asked.items[1].speakers) == 3
    told = parse(
        text.format(ask="按照程序，先由我作对照检查，然后请其他班子成员对我提出批评意见。")
    )
    assert len(told.items[1].speakers) == 2


def test_a_reading_then_demands_of_the_campaign_is_an_act_and_a_speech() -> None:
    """请…宣读《…方案》,并就活动开展提出具体要求.: his act, then his speech."""
    meeting = parse(
        "动员会主持词\n同志们：\n下面进行第一项:请公司副总经理雷振同志宣读《安全月活动方案》,"
        "并就活动开展提出具体要求.\n第二项，请总经理讲话。\n散会。\n"
    )
    assert [c.kind for c in meeting.items[0].speakers] == ["action", "speech"]


@pytest.mark.parametrize(
    "sentence",
    [
        "请校长苏启明、书记庞永清及各位校领导到授位台前就位，为毕业生代表拨穗正冠。",
        "请院长蒋文到颁奖台前，为获奖教师颁发证书。",
    ],
)
def test_called_to_the_stage_front_then_the_act(sentence: str) -> None:
    """请校长…到授位台前就位，为毕业生代表拨穗正冠: the first named's act, as after 上台."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == "action" and cue.name in ("苏启明", "蒋文")


def test_a_plan_broken_before_its_last_step_on_the_next_line() -> None:
    """座谈会的安排是这样的：先请…，再请…，然后请…， / 最后请…讲话。: the plan goes on."""
    meeting = parse(
        "座谈会主持词\n各位企业家：\n座谈会的安排是这样的：先请发改委主任通报情况，"
        "再请企业家代表发言，然后请有关部门回应，\n最后请书记讲话。\n"
        "首先，请发改委主任汪成通报情况。\n下面请企业家代表发言。先请董事长洪波发言。\n"
        "请总经理殷红发言。\n下面请有关部门回应。请局长黎明回应。\n最后，请书记卓立讲话。\n"
        "座谈会到此结束。\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 2, 1, 1]


def test_top_headings_that_only_wrap_the_agenda_give_way_to_the_run_inside() -> None:
    """一、仪式前 / 二、仪式议程 （一）…（四） / 三、仪式结束: every turn is under 二、, so the
    （一） headings are the agenda."""
    meeting = parse(
        "签约仪式主持词\n一、仪式前\n请大家就座。\n二、仪式议程\n（一）宣布仪式开始\n"
        "我宣布，仪式现在开始！\n（二）项目推介\n请副主任杭军介绍项目情况。\n（三）项目签约\n"
        "请主任鞠红与董事长翟远签订投资协议。\n（四）领导讲话\n请书记柯明讲话。\n"
        "三、仪式结束\n仪式到此结束。\n"
    )
    assert [item.title for item in meeting.items] == [
        "宣布仪式开始",
        "项目推介",
        "项目签约",
        "领导讲话",
    ]


def test_parts_told_after_a_clause_or_as_arrived() -> None:
    """表彰之后，是我们的文艺演出时间。 / 激动人心的抽奖环节到了！: parts of the evening."""
    meeting = parse(
        "年会主持词\n男：各位同事，大家晚上好！\n男：首先，有请董事长陈立先生致辞！\n"
        "女：接下来，有请总经理许杰先生作年度工作总结。\n"
        "男：下面进入表彰环节。有请副总经理钟平先生为优秀员工颁奖！\n"
        "男：表彰之后，是我们的文艺演出时间。首先请欣赏研发中心带来的歌舞《追梦人》！\n"
        "女：激动人心的抽奖环节到了！有请陈立董事长为我们抽出今晚的特等奖！\n"
        "合：年会到此结束！\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 1, 1, 0, 1]


def test_a_plan_told_as_arrangements_with_two_steps_in_one_entry() -> None:
    """会议有这样几项安排，先由…通报…，然后签订责任书、员工代表宣誓，接着请领导讲话，最后…:
    five steps; 下面，请总经理…部署… opens the leaders' speeches, not the oath's item."""
    meeting = parse(
        "安全生产会议主持词\n同志们：\n会议有这样几项安排，先由安全部通报情况，"
        "然后签订责任书、员工代表宣誓，接着请领导讲话，最后举行启动仪式。\n"
        "首先，请安全部部长谭强同志通报情况。\n接下来，签订目标责任书。请总经理孔辉同志与各车间主任"
        "上台签订责任书。\n下面，进行安全生产宣誓。请员工代表上台，请安全员卢娟同志领誓。\n"
        "（宣誓）\n下面，请总经理孔辉同志部署重点工作。\n请应急管理局邓明科长讲话。\n"
        "最后，有请邓明科长、孔辉总经理共同上台，启动安全生产月活动。\n会议到此结束。\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 1, 1, 2, 1]


def test_a_stop_alone_on_a_line_and_a_lecture_told_for_the_afternoon() -> None:
    """…讲授第二讲《…》 / 。 on its own line: the line before's stop. 下午2:30，请大家准时到三楼
    研讨室，由…讲授第二讲: told for then, no turn now. 下面开始第一讲。: the item's name."""
    meeting = parse(
        "培训班主持词\n同志们：\n第一项，请部长严雷同志作动员讲话。\n开班式到此结束。\n"
        "下面开始第一讲。今天上午的专题课，我们邀请到党校副校长温国教授。"
        "让我们以热烈的掌声欢迎温教授授课。\n"
        "感谢温教授的精彩讲授。下午2:30，请大家准时到三楼研讨室，由\n"
        "宣传部部长路霞同志讲授第二讲《廉洁从政》\n。\n上午的课程到此结束。\n"
    )
    assert [c.name for item in meeting.items for c in item.speakers] == ["严雷", "温国"]
    assert meeting.items[-1].title == "第一讲"


def test_a_chief_digital_officer_introduced_then_bare_applause() -> None:
    """第二位演讲嘉宾是…首席数字官易凯文先生，…，掌声有请。: his speech."""
    cue = find_cue(
        normalise(
            "第二位演讲嘉宾是华为湖南代表处首席数字官易凯文先生，演讲题目是《工业互联网》，掌声有请。"
        )
    )
    assert cue is not None and (cue.name, cue.kind) == ("易凯文", "speech")


def test_leaders_presenting_to_one_batch_announce_no_one_of_the_next() -> None:
    """有请县教育局领导班子成员为他们颁奖。（颁奖） 下面，为“最美教师”颁奖。请获得…称号的10名
    老师上台，有请…副书记…为他们颁奖: two presentations, each its own turn."""
    meeting = parse(
        "表彰大会主持词\n老师们：\n第一项，宣读表彰决定。请局长苗新宣读决定。\n进行第二项议程，颁奖。\n"
        "首先，为“优秀教育工作者”颁奖。请获得“优秀教育工作者”称号的30名同志上台领奖，"
        "有请县教育局领导班子成员为他们颁奖。\n（颁奖）\n下面，为“最美教师”颁奖。"
        "请获得“最美教师”称号的10名老师上台，有请县委副书记蒲远同志为他们颁奖。\n（颁奖）\n"
        "第三项，请副书记蒲远同志讲话。\n散会。\n"
    )
    assert len(meeting.items[1].speakers) == 2


def test_a_reporter_asked_to_question_is_no_one_next_in_order() -> None:
    """请刀局长回答。 then 请云南日报的记者提问。: a reporter's question, no turn (not a name 提问)."""
    meeting = parse(
        "新闻发布会主持词\n各位记者：\n首先，请局长刀梅介绍情况。\n下面进入答记者问环节。\n"
        "请新华社的记者提问。\n（提问）\n这个问题请刀梅局长回答。\n（回答）\n请人民日报的记者提问。\n"
        "（提问）\n请副局长白平回答。\n发布会到此结束。\n"
    )
    assert [c.name for item in meeting.items for c in item.speakers] == ["刀梅", "刀梅", "白平"]


@pytest.mark.parametrize(
    "sentence",
    [
        "对《选举办法（草案）》有没有意见？没有意见的，请举手表决。",
        "草案已提前印发各位常委，大家有什么意见？",
        "方案大家都听了，下面时间交给大家。赞成的、有顾虑的，都可以讲。",
    ],
)
def test_the_room_asked_after_a_clause_of_the_chairs_own(sentence: str) -> None:
    """对《…》有没有意见？ (no comma) / 草案已提前印发…，大家有什么意见？ / …，下面时间交给大家:
    the room's turn."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


def test_two_asked_to_answer_on_the_spot() -> None:
    """请聂工和鲍经理当场回应一下。: two turns (当场 is no part of a name)."""
    cue = find_cue(normalise("请聂工和鲍经理当场回应一下。"))
    assert cue is not None and [p for p, _ in cue.people] == ["聂工", "鲍经理"]
    cue = find_cue(normalise("请聂晓波、鲍红英当场回应。"))
    assert cue is not None and [p for p, _ in cue.people] == ["聂晓波", "鲍红英"]


def test_presenters_with_their_names_blank() -> None:
    """请集团党委书记、董事长**同志，党委副书记、总经理**同志为他们颁奖: the first one's act,
    the name to fill in."""
    cue = find_cue(normalise("请集团党委书记、董事长**同志，党委副书记、总经理**同志为他们颁奖。"))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (
        None,
        "集团党委书记、董事长",
        "action",
    )


def test_a_name_broken_across_a_page_with_blank_lines_round_its_number() -> None:
    """首先，请市发展改革委主任唐国 / (blank) / - 1 - / (blank) / 华同志介绍…: one request."""
    meeting = parse(
        "座谈会主持词\n各位企业家：\n首先，请市发展改革委主任唐国\n\n- 1 -\n\n华同志介绍情况。\n"
        "接下来，请企业家代表发言。请董事长曾林发言。\n最后，请书记讲话。\n散会。\n"
    )
    assert meeting.items[0].speakers[0].name == "唐国华"


def test_all_swear_led_by_one_named() -> None:
    """全体同学在大队辅导员吴婷老师的带领下，进行…宣誓: her act (在班主任的带领下: no one named)."""
    cue = find_cue(
        normalise("第七项：全体同学在大队辅导员吴婷老师的带领下，进行新学期安全承诺宣誓。")
    )
    assert cue is not None and (cue.name, cue.kind) == ("吴婷", "action")
    cue = find_cue(normalise("请同学们在班主任的带领下宣誓。"))
    assert cue is None or cue.name is None


def test_a_plan_told_with_semicolons_after_first_of_all() -> None:
    """今天的发布会，首先请…介绍…；然后请…介绍…；最后回答记者提问。: three items told."""
    meeting = parse(
        "新闻发布会主持词\n各位记者：\n今天的发布会，首先请局长孟宇介绍经济运行情况；然后请副主任欧琳"
        "介绍主要举措；最后回答记者提问。下面，请孟局长发布。\n（介绍）\n下面，请欧琳副主任介绍有关情况。\n"
        "下面进入记者提问环节。请各位记者朋友提问。\n发布会到此结束。\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 1, 0]


@pytest.mark.parametrize(
    "sentence",
    [
        "大家对钟雨桐同志确定为发展对象有什么意见，可以发表一下。",
        "大家对这个方案有啥意见，现在就提。",
        "刚才的报告，大家有什么意见？如果没有意见，请大家表决。",
        "对这个集体合同草案，代表们还有什么意见？",
        "对支委会的检视剖析，同志们还有什么补充的？请大家提出来。",
        "请大家给我提批评意见。",
        "请与会党员对吉克阿依同志能否入党进行充分讨论，每位党员都要发表意见。",
        "其他同志还有没有想交流的？有的话可以举手示意。",
    ],
)
def test_the_room_asked_for_its_views_in_more_words(sentence: str) -> None:
    """大家对…有什么意见，可以发表一下 / 刚才的报告，大家有什么意见？ / 请大家对…进行充分讨论 /
    其他同志还有没有想交流的？: the room's turn (请大家讨论 alone is the room talking it over)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


@pytest.mark.parametrize(
    "sentence",
    [
        "大家对会议精神有没有补充的？没有。",
        "大家对活动方案还有什么补充的？",
        "如果大家有什么意见，可以会后提。",
        "大家有没有不同意见？",
        "请各位代表会后认真讨论。",
    ],
)
def test_what_still_asks_the_room_for_nothing_now(sentence: str) -> None:
    """有没有补充的？ with nothing asked after it, a view for after the meeting, 不同意见: no turn."""
    assert find_cue(normalise(sentence)) is None


def test_a_motion_weighed_under_the_members_own_direction() -> None:
    """对以上三个事项，请委员们进行审议。 then （委员审议发言）: the room's turn."""
    meeting = parse(
        "常委会会议主持词\n各位委员：\n会议进行第一项，审议决算草案。\n请财政局局长作说明。\n"
        "对以上事项，请委员们进行审议。\n（委员审议发言）\n会议进行第二项，请主任讲话。\n散会。\n"
    )
    assert len(meeting.items[0].speakers) == 2


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("有请京剧表演教研室主任沈玉蓉老师发言。", "沈玉蓉"),
        ("请歌舞表演队队长李根源述职。", "李根源"),
        ("请高三年级主任邵春生分析一模考试成绩和下阶段复习安排。", "邵春生"),
        ("请经理梁振宇上台，作表态发言，时间不超过5分钟。", "梁振宇"),
        ("请新员工代表谭雨桐向全体员工发出倡议。", "谭雨桐"),
        ("请派出所龙启明所长给同学们上开学安全第一课。", "龙启明"),
    ],
)
def test_more_words_a_named_speech_is_asked_in(sentence: str, name: str) -> None:
    """表演 inside an office's name / 分析…成绩 / 上台，作表态发言 / 发出倡议 / 给同学们上…课:
    the named one's speech."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.kind) == (name, "speech")
    assert find_cue(normalise("请大家分析原因。")) is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请段长汪建军、党委书记郑丽为受助学生代表发放助学金。", "汪建军"),
        ("请主任护师、护理部主任周丽萍点燃蜡烛。", "周丽萍"),
        ("请郑海鸥总经理与引航站站长孔维东交接船舶证书和钥匙。", "郑海鸥"),
        ("请传承人柏韵秋老师为学员代表授扇。", "柏韵秋"),
        ("请青年职工代表、技术员鲁佳怡向老师傅们献上感谢信。", "鲁佳怡"),
        ("请黄天佑先生向新任会长移交协会会旗和印章。", "黄天佑"),
        ("请县委书记扎西顿珠同志，县长陈立新同志为模范集体颁奖。", "扎西顿珠"),
    ],
)
def test_more_acts_by_a_named_one(sentence: str, name: str) -> None:
    """发放助学金 / 点燃蜡烛 / 交接证书 / 授扇 / 献上感谢信 / 移交会旗 / 请A同志，B同志为模范集体
    颁奖: the (first) named one's act."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.kind) == (name, "action")


def test_those_lighting_their_own_candles_take_no_turn() -> None:
    """请授帽的新护士点燃手中的蜡烛: those just capped, lighting their own; nobody's turn."""
    assert find_cue(normalise("请授帽的新护士点燃手中的蜡烛。")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "请学院领导和导师代表为同学们穿上白大衣。",
        "最后，请各位领导和嘉宾到基地入口处，共同栽植一棵红松纪念树。",
    ],
)
def test_a_group_that_robes_or_plants_acts(sentence: str) -> None:
    """为同学们穿上白大衣 / 共同栽植…纪念树: the group's act, in its own words (签名 on a pledge
    wall stays none, as the corpus reads it)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == "action" and cue.name is None
    assert find_cue(normalise("请公司领导和各单位负责人在安全承诺墙上签名。")) is None


def test_a_film_watched_and_a_pledge_signed_are_steps_of_a_counted_agenda() -> None:
    """会议共五项议程 with no list; 首先，观看…专题片 / 下面，签订…责任书: steps the words that move
    the meeting on lay out, like 宣读 or 审议."""
    meeting = parse(
        "全县消防工作会议主持词\n同志们：\n会议共五项议程。\n"
        "首先，观看消防安全专题片《警钟》。\n（播放专题片）\n"
        "下面，请县消防救援大队大队长吕志刚同志通报全县火灾形势。\n"
        "接下来，宣读表彰通报。请县应急局局长尹红同志宣读通报。\n"
        "下面，签订2027年消防安全责任书。请副县长甘露同志与各乡镇乡镇长签订责任书。\n（签订）\n"
        "最后，请县委常委、副县长甘露同志讲话。\n会议到此结束。\n"
    )
    titles = [item.title for item in meeting.items]
    assert len(titles) == 5
    assert titles[0].startswith("观看") and titles[3].startswith("签订")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("请党员、综合科科长江海波同志作对照检查。", ("江海波", "综合科科长")),
        ("请预备党员、财务室会计宁晓丽同志作对照检查。", ("宁晓丽", "财务室会计")),
    ],
)
def test_a_kind_of_member_before_a_post_and_name_is_one_person(
    sentence: str, expected: tuple[str, str]
) -> None:
    """请党员、…科长江海波同志…: 党员 says what he is, it is nobody else (党 is a surname, but 党员
    is no name)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and not cue.people and (cue.name, cue.role) == expected


def test_retired_comrades_asked_to_speak_have_no_name() -> None:
    """请退休同志发言: the room of the retired, no one named 退休."""
    cue = find_cue(normalise("下面，请退休同志谈谈感受。"))
    assert cue is not None and (cue.name, cue.role) == (None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "请各位代表对照选票说明填写选票。",
        "请大家认真阅读写票说明后再写票。",
    ],
)
def test_the_ballots_instructions_are_no_ones_explanation(sentence: str) -> None:
    """选票说明 / 写票说明: a sheet's name, not a speech; the scrutineer asked to 说明 still speaks."""
    assert find_cue(normalise(sentence)) is None
    cue = find_cue(normalise("请总监票人龙建华代表说明写票方法。"))
    assert cue is not None and cue.name == "龙建华"


@pytest.mark.parametrize(
    "sentence",
    [
        "有请村小学校长石德明接受捐赠。",
        "请敬老院院长罗桂英上台接受捐赠物资。",
    ],
)
def test_one_who_only_receives_a_gift_takes_no_turn(sentence: str) -> None:
    """…接受捐赠: the one who receives, nobody's turn; one who receives and then presents
    (…接受捐赠，并为捐赠单位颁发证书) still acts."""
    assert find_cue(normalise(sentence)) is None
    cue = find_cue(normalise("有请何永清院长上台接受捐赠，并为爱心企业颁发捐赠证书。"))
    assert cue is not None and (cue.name, cue.kind) == ("何永清", "action")


def test_old_members_renewing_the_oath_in_traditional_text_follow_its_leader() -> None:
    """請其他老黨員起立，…重溫入黨誓詞 after 請…領誓: those who repeat, no turn, in traditional
    text as in simplified."""
    meeting = parse(
        "入黨宣誓儀式主持詞\n同志們：\n第一項，請張明同志講話。\n"
        "第二項，新黨員入黨宣誓。請新黨員上臺，面向黨旗。請黨委書記吳建國同志領誓，"
        "請紀委書記孫麗同志監誓。\n（宣誓）\n請新黨員回到座位。請其他老黨員起立，面向黨旗，重溫入黨誓詞。\n"
        "第三項，請李紅同志發言。\n儀式到此結束。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["吳建國", "孫麗"]


def test_one_told_to_get_ready_takes_no_turn_yet() -> None:
    """先请A发言，请B发言做准备: B's turn comes when B is asked, not when told to get ready."""
    assert find_cue(normalise("请县农机合作社理事长包国强发言做准备。")) is None
    assert find_cue(normalise("请下一位发言的同志做好准备。")) is None


def test_an_act_and_a_few_demands_in_one_request() -> None:
    """宣读《…公约》，并就…提几点要求: the act, then a speech, both hers."""
    meeting = parse(
        "开学典礼主持词\n老师们、同学们：\n第一项，请校长周明同志讲话。\n"
        "第二项，请教务处主任廖芳老师宣读《考试纪律》，并就期末复习提几点要求。\n典礼到此结束。\n"
    )
    assert [(c.kind, c.name) for c in meeting.items[1].speakers] == [
        ("action", "廖芳"),
        ("speech", "廖芳"),
    ]


def test_the_one_who_oversees_an_oath_and_then_speaks_keeps_both_turns() -> None:
    """由A领誓，B同志监誓。 … 最后，请B同志讲话: B's act and B's speech are two turns; the first is
    no plan told ahead of the second."""
    meeting = parse(
        "县人大常委会会议主持词\n各位组成人员：\n下面进行第一项议程，宪法宣誓。"
        "由县水利局局长钟立新同志领誓，县人大常委会主任孔德彬同志监誓。请全体起立。（宣誓）请坐下。\n"
        "最后，请县人大常委会主任孔德彬同志讲话。\n散会。\n"
    )
    turns = [(c.kind, c.name) for item in meeting.items for c in item.speakers]
    assert turns == [("action", "钟立新"), ("action", "孔德彬"), ("speech", "孔德彬")]


def test_the_last_prize_of_a_draw_told_after_a_clause_stays_in_the_draw() -> None:
    """表彰之后，是…抽奖环节！… 最后，有请…抽出特等奖: the draw's last turn, no item of its own."""
    meeting = parse(
        "年会主持词\n各位同事：\n首先，有请总经理韩立新先生致辞。\n"
        "接下来是表彰环节。请获奖员工上台，有请副总经理邹红为他们颁奖。\n"
        "表彰之后，是大家最期待的抽奖环节！\n有请财务总监冉明上台，抽出二等奖！\n（抽奖）\n"
        "最后，有请韩立新总经理抽出今晚的一等奖！\n（抽奖）\n年会到此结束。\n"
    )
    assert len(meeting.items) == 3
    assert [c.name for c in meeting.items[2].speakers] == ["冉明", "韩立新"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("请石桥村、枫林村、大湾村党支部书记依次述职。", 3),
        ("请东门社区、西街社区党委书记依次作述职报告。", 2),
    ],
)
def test_places_listed_before_the_post_they_share_take_a_turn_each(
    sentence: str, count: int
) -> None:
    """请A村、B村、C村党支部书记依次述职: one turn for each place's secretary, names not given."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and len(cue.people) == count
    assert all(name is None and role and role.endswith("书记") for name, role in cue.people)


def test_a_compound_surname_after_a_post_is_read_whole() -> None:
    """…博士生导师司马文博 then 有请司马教授: 司马文博, one turn; 区长孙伟 stays 孙伟."""
    assert split_name("博士生导师司马文博") == ("司马文博", "博士生导师")
    assert split_name("副教授欧阳明") == ("欧阳明", "副教授")
    assert split_name("区长孙伟") == ("孙伟", "区长")
    meeting = parse(
        "论坛主持词\n各位嘉宾：\n论坛进行第一项，请副市长万红致辞。\n论坛进行第二项，主旨演讲。\n"
        "第一位演讲嘉宾是省农科院研究员、博士生导师司马文博。\n有请司马教授！\n"
        "第二位演讲嘉宾是市农业农村局副局长卢佳，有请！\n论坛到此结束。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["司马文博", "卢佳"]


def test_an_item_told_as_who_speaks_with_its_limit_is_that_turn() -> None:
    """进行第二项议程：新当选的副镇长…同志作表态发言，请控制在5分钟以内。: his speech, 5 minutes."""
    meeting = parse(
        "镇人民代表大会主持词\n各位代表：\n进行第一项议程：镇长宋立平同志作政府工作报告。\n"
        "进行第二项议程：新当选的副镇长龚志远同志作表态发言，请控制在5分钟以内。\n散会。\n"
    )
    turns = [(c.name, c.limit_s) for item in meeting.items for c in item.speakers]
    assert turns == [("宋立平", 600), ("龚志远", 300)]


def _lecture_titles(body: str) -> list[str]:
    meeting = parse(f"培训班开班式主持词\n同志们：\n{body}\n")
    return [item.title for item in meeting.items]


def test_the_first_lecture_named_after_the_class_begins_is_an_item() -> None:
    """开班式到此结束。… 同志们，现在开始上课。今天上午的第一讲，是《…》 then 下面进行第二讲: both
    lectures are items, the first by its own name."""
    titles = _lecture_titles(
        "开班式共有两项议程。\n第一项，请县委党校副校长邹平同志介绍培训安排。\n"
        "第二项，请县委组织部部长方明同志作动员讲话。\n开班式到此结束。请大家休息10分钟。\n"
        "同志们，现在开始上课。今天上午的第一讲，是《基层党建实务》，由县委组织部组织科科长"
        "蔡静同志为大家授课。\n下面进行第二讲，有请县民政局副局长孟凡同志讲授《村务公开实务》。\n"
        "今天上午的课程到此结束。\n"
    )
    assert len(titles) == 4 and titles[2] == "《基层党建实务》"


def test_a_lecture_told_ahead_and_then_opened_is_one_item() -> None:
    """…开班式到此结束.休息十分钟后,开始第一讲. then 下面开始第一讲. / 下午…进行第二讲,请各位学员按时
    参加.: the first lecture is an item once, where it opens; the afternoon's is told for later."""
    titles = _lecture_titles(
        "第一项:请区委党校副校长吴刚同志介绍培训安排.\n"
        "第二项:请区委组织部部长林芳同志作动员讲话.\n"
        "开班式到此结束.休息十分钟后,开始第一讲.\n(休息)\n"
        "下面开始第一讲.有请市委党校教授许明为我们讲授《城市基层治理》,大家欢迎!\n"
        "感谢许教授!下午2:30,我们继续在本教室进行第二讲,请各位学员按时参加.\n"
    )
    assert titles[2:] == ["第一讲"]


def test_an_afternoon_lecture_told_before_the_class_is_dismissed_takes_no_turn() -> None:
    """下午2:30在本教室继续上课，由…讲授《…》。请大家按时到课。: told for later, no turn now."""
    meeting = parse(
        "培训班开班式主持词\n同志们：\n开班式到此结束。\n下面开始第一讲。今天上午我们有幸请到省委党校"
        "教授付明，为大家讲授《政治能力建设》专题。\n（授课）\n"
        "感谢付教授！下午2:30在本教室继续上课，由县纪委常委唐红同志讲授《廉洁从政》。请大家按时到课。\n"
    )
    turns = [(c.name, c.role) for item in meeting.items for c in item.speakers]
    assert turns == [("付明", "省委党校教授")]


def test_a_second_session_agenda_listed_without_a_count_titles_its_items() -> None:
    """今天的选举大会有以下几项议程：一是…；二是…；三是… after the first session's items: the
    second session's items are numbered on, titled by their entries."""
    meeting = parse(
        "党代会主持词\n同志们：\n这次全体会议有两项议程：第一，听取工作报告；第二，审议选举办法。\n"
        "下面，进行第一项议程。请镇党委书记尹浩同志作报告。\n"
        "下面，进行第二项议程。请大会秘书长熊刚同志对选举办法（草案）作说明。\n休会。\n"
        "今天的选举大会有以下几项议程：一是通过监票人名单；二是选举镇党委委员；三是通过决议。\n"
        "下面进行第一项议程，通过监票人名单。请熊刚同志宣读名单。\n"
        "下面进行第二项议程。请总监票人严林同志宣布发出选票情况。\n"
        "下面进行第三项议程，通过决议。请熊刚同志宣读决议草案。\n散会。\n"
    )
    assert [item.title for item in meeting.items][3] == "选举镇党委委员"


def test_the_years_plan_counted_in_the_closing_remarks_is_no_overview() -> None:
    """今年县政协确定的协商议题共有8项，各专委会要早谋划、早准备…: the year's plan in the chair's
    remarks, not this meeting's agenda (今年大会的事情有四件： still is)."""
    meeting = parse(
        "政协常委会议主持词\n一、会议开始\n现在开会。\n二、专题协商\n请县农业农村局局长贺林同志通报情况。\n"
        "三、主席讲话\n第一，要在协商议政上下功夫。今年县政协确定的协商议题共有8项，各专委会要"
        "早谋划、早安排，把调研放在前面，切实做到不调研不协商、不成熟不协商，努力提出有分量、有价值、"
        "可操作的建议。\n散会。\n"
    )
    assert [item.title for item in meeting.items] == ["会议开始", "专题协商", "主席讲话"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("第一堂课由省师范大学心理学院副教授邝敏讲授《青少年心理辅导》，约两个小时。", "邝敏"),
        ("今天的党课由县农业农村局党组书记、局长蒲志强同志讲授，题目是《守初心》。", "蒲志强"),
        ("今天上午的课由县人社局副局长欧阳洁同志讲授，欧局长在一线干了二十年。", "欧阳洁"),
    ],
)
def test_a_lecture_told_as_given_by_a_named_one_is_the_lecturers_turn(
    sentence: str, name: str
) -> None:
    """第一堂课由…讲授 / 今天的党课由…讲授 / 今天上午的课由…讲授: the lecturer's turn."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.kind) == (name, "speech")


def test_a_lecturer_told_then_invited_by_surname_and_courtesy_is_one_turn() -> None:
    """这一课由…卜文芳老师授课… 请卜老师开始授课!: one turn, the lecturer told; 开始 is no name."""
    meeting = parse(
        "培训班主持词\n各位学员：\n下面进行第一项，第一课：苗绣针法。\n"
        "这一课由省级非遗传承人、合作社理事长卜文芳老师授课，时间两个小时。\n请卜老师开始授课！\n"
        "（授课）\n今天的课就到这里。\n"
    )
    turns = [(c.name, c.role) for c in meeting.items[0].speakers]
    assert turns == [("卜文芳", "省级非遗传承人、合作社理事长")]
    cue = find_cue(normalise("请张明同志开始发言。"))
    assert cue is not None and cue.name == "张明"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("第二位是五年级（2）班的家长、县医院护士长韦丽，她给大家讲讲孩子的用眼卫生。", "韦丽"),
        ("第三位是家长委员会主任阮红梅，请她谈谈怎样陪孩子复习。", "阮红梅"),
        ("第一位分享者是县一中高二学生龚雨萱，她分享的书是《平凡的世界》。", "龚雨萱"),
    ],
)
def test_one_introduced_by_place_and_then_told_to_speak(sentence: str, name: str) -> None:
    """第二位是…韦丽，她给大家讲讲… / …，请她谈谈… / …，她分享的书是…: the one introduced speaks,
    with no 有请 after it."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.kind) == (name, "speech")
    assert find_cue(normalise("第二位是县医院护士长韦丽，她在医院工作了二十年。")) is None


def test_the_report_an_item_hears_from_a_named_one_is_his_turn() -> None:
    """首先进行第一项议程，听取…局长X受…委托所作的…报告。（报告）: his report is a turn;
    听取和审议县人民政府所作的工作报告 names nobody."""
    meeting = parse(
        "人大常委会会议主持词\n各位组成人员：\n首先进行第一项议程，听取县财政局局长龙立新受县人民政府"
        "委托所作的关于预算调整方案的报告。（报告约15分钟）\n（报告毕）\n"
        "进行第二项议程，听取和审议县人民政府所作的工作报告。\n散会。\n"
    )
    turns = [[c.name for c in item.speakers] for item in meeting.items]
    assert turns == [["龙立新"], []]


def test_an_item_told_as_who_speaks_then_welcomed_is_that_turn() -> None:
    """大会进行第六项，新当选的副镇长…同志作表态发言，时间不超过五分钟。大家欢迎！: his speech."""
    meeting = parse(
        "镇人代会主持词\n各位代表：\n大会进行第一项，请镇长陆平同志作报告。\n"
        "大会进行第二项，新当选的副镇长甘文斌同志作表态发言，时间不超过五分钟。大家欢迎！\n散会。\n"
    )
    turns = [(c.name, c.limit_s) for item in meeting.items for c in item.speakers]
    assert turns == [("陆平", 600), ("甘文斌", 300)]


@pytest.mark.parametrize(
    "sentence",
    [
        "讨论时请代表们围绕报告内容畅所欲言，各组召集人做好记录。",
        "分组审议时，请各位委员围绕两个报告发表意见。",
        "下面，大会休息15分钟，请各代表团团长组织本团代表对决议草案作最后审议。",
    ],
)
def test_how_the_room_talks_in_its_groups_is_no_turn_here(sentence: str) -> None:
    """讨论时请… / 分组审议时，请… / 休息…，请各代表团团长组织…: the groups talk elsewhere; 审议中请
    大家…提出意见 is still the room's turn now."""
    assert find_cue(normalise(sentence)) is None
    cue = find_cue(normalise("请组成人员进行审议。审议中请大家围绕报告提出意见建议。"))
    assert cue is not None and cue.name is None and cue.kind == "speech"


@pytest.mark.parametrize(
    "sentence",
    [
        "老区长今年已经85岁了，我们请他坐着讲。",
        "发言的同志请坐在座位上讲，不用上台。",
        "请学员们稍作休息，10点准时开始第二堂课。",
    ],
)
def test_how_a_turn_is_taken_or_a_break_is_no_turn(sentence: str) -> None:
    """请他坐着讲 / 请坐在座位上讲 / 请…稍作休息: how, or a break; a request with the manner said
    after its sentence (请…老人发言。…老人家坐着讲就行) still asks the turn."""
    assert find_cue(normalise(sentence)) is None
    cue = find_cue(normalise("请毛德胜老人发言。毛老今年90岁了，老人家坐着讲就行。"))
    assert cue is not None and cue.name == "毛德胜"


@pytest.mark.parametrize(
    "sentence",
    [
        "考试合格的，由县人社局颁发培训合格证书。",
        "涉及工资的问题，由公司人力资源部负责答复。",
    ],
)
def test_what_an_office_does_told_is_no_ones_turn(sentence: str) -> None:
    """由县人社局颁发…证书 / 由…部负责答复: an office's business told; 由县委书记X同志颁奖 acts."""
    assert find_cue(normalise(sentence)) is None
    cue = find_cue(normalise("由县委书记庞明同志颁奖。"))
    assert cue is not None and cue.name == "庞明"


def test_departments_or_townships_asked_as_a_kind_announce_the_named_turns() -> None:
    """先请部门发言。请…局长X同志发言… 下面请乡镇发言。请…书记Y同志发言: 部门 and 乡镇 are
    kinds of units, no one's name; the named turns are the turns."""
    meeting = parse(
        "工作会议主持词\n同志们：\n进行第一项议程，请副县长林涛同志通报情况。\n"
        "进行第二项议程，交流发言。这次共安排两个部门和一个乡镇交流发言。\n先请部门发言。\n"
        "请县教育局局长任立新同志发言。\n请县卫健局局长江晓红同志发言。\n"
        "下面请乡镇发言。\n请城关镇党委书记石磊同志发言。\n"
        "进行第三项议程，请县长讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["任立新", "江晓红", "石磊"]


def test_a_lecture_told_in_the_plan_then_opened_after_the_ceremony() -> None:
    """开班式结束后，进行第一讲。 (the plan) … 开班式到此结束。… 第一讲：《…》，主讲人：… 第二讲：…:
    the ceremony's items, then each lecture where it opens."""
    titles = _lecture_titles(
        "开班式议程：\n1．县林业局领导讲话；\n2．协会会长介绍培训安排。\n开班式结束后，进行第一讲。\n"
        "首先，请县林业局副局长庞晓峰讲话。\n下面，请协会会长钟德彬介绍本期培训班的安排。\n"
        "开班式到此结束。请大家休息10分钟。\n"
        "第一讲：《野生植物保护法规解读》，主讲人：县林业局法规股股长柴翔，授课时间90分钟左右。\n"
        "第二讲：《黄精的识别与采收》，请县职业技术学校高级讲师蒲淑琴授课，时间2小时。\n"
        "今天上午的课就到这里。\n"
    )
    assert len(titles) == 4
    assert titles[2].startswith("《野生植物保护法规解读》") and titles[3].startswith("《黄精")


def test_a_class_begun_is_titled_by_its_lecture_and_the_opening_over_in_plain_words() -> None:
    """开班式就到这里。… 下面上第一次课。 then …有请…授课，大家欢迎！: the lecture is an item after the
    opening; 同志们，现在开始上课。…第一讲，… is titled 第一讲, not 上课; the invitation after the
    lecturer was named is the same turn."""
    titles = _lecture_titles(
        "进行第一项，请系主任邝明教授讲话。\n进行第二项，请学生代表表态。\n开班式就到这里。\n"
        "下面上第一次课。\n第一次课，我们请到了席海涛研究员为大家讲授《遗址的发掘》。\n"
        "下面，有请席海涛研究员授课，大家欢迎！\n今天的课就到这里。\n"
    )
    assert len(titles) == 3
    meeting = parse(
        "培训班开班式主持词\n同志们：\n进行第一项，请局长邓明同志讲话。\n开班式到此结束。\n"
        "同志们，现在开始上课。今天上午的第一讲，我们有幸请到了省委党校尹红教授。\n"
        "有请尹教授授课。\n"
    )
    assert [item.title for item in meeting.items][1] == "第一讲"
    assert [c.name for c in meeting.items[1].speakers] == ["尹红"]


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("接下来我们进入今晚的第二个环节——年度颁奖。", 2),
        ("现在进入大家最期待的第四篇章——幸运抽奖！", 4),
    ],
)
def test_a_part_entered_as_tonights_or_the_awaited_one_is_numbered(sentence: str, n: int) -> None:
    """进入今晚的第二个环节 / 进入大家最期待的第四篇章: the part's number, announced."""
    assert item_number(normalise(sentence)) == (n, True)


def test_a_class_begun_without_an_address_is_titled_by_its_lecture() -> None:
    """开班式到此结束。休息10分钟后，开始第一讲。… 下面开始上课。今天上午第一讲，由…授课: the lecture
    opens where the class begins, titled 第一讲 (not 上课), told once before."""
    meeting = parse(
        "培训班开班式主持词\n同志们：\n进行第一项，请局长邓明同志讲话。\n"
        "开班式到此结束。休息10分钟后，开始第一讲。\n（休息）\n"
        "下面开始上课。今天上午第一讲，由省委党校尹红教授为大家授课。\n"
    )
    assert [item.title for item in meeting.items][1:] == ["第一讲"]


def test_a_part_told_as_the_one_that_comes_is_an_item_of_a_stepped_script() -> None:
    """下面就是大家盼望的抽奖环节！ after 首先…接下来… steps: the draw is a part of its own, as
    下面是抽奖环节 is."""
    meeting = parse(
        "公司迎新晚会主持词\n甲：各位同事，大家晚上好！\n"
        "乙：首先，有请总经理邵明辉先生致辞！\n甲：接下来，请副总经理岑丽女士回顾一年的工作。\n"
        "乙：下面进入表彰环节！有请邵明辉先生为获奖同事颁奖！\n"
        "甲：下面就是大家盼望的抽奖环节！有请岑丽女士抽取一等奖！\n合：晚会到此结束！\n"
    )
    assert len(meeting.items) == 4
    assert meeting.items[3].title.startswith("抽奖环节") or "抽奖" in meeting.items[3].title


def test_each_part_after_the_last_numbered_item_is_an_item() -> None:
    """第三项，揭牌。… 下面进入专家报告环节。… 下面是互动交流环节: two parts after the numbered
    items, each with turns of its own, are two items (not the first alone)."""
    meeting = parse(
        "研讨会主持词\n各位来宾：\n第一项，请区长韩立新致辞。\n第二项，请院长冯涛介绍研究院情况。\n"
        "第三项，揭牌。请韩立新区长、冯涛院长上台揭牌。\n下面进入专家报告环节。\n"
        "首先，有请阎华教授作题为《新材料产业趋势》的报告。\n"
        "下面是互动交流环节，有请主持人、市科协副主席蒋文主持，有请各位嘉宾上台。\n"
        "研讨会到此结束，谢谢大家！\n"
    )
    assert len(meeting.items) == 5
    assert [c.name for c in meeting.items[4].speakers] == ["蒋文"]


def test_the_moderator_asked_before_a_second_clause_is_named_without_the_verb() -> None:
    """有请…蒋文主持，有请各位嘉宾上台: 主持 ends the name before a comma as before a full stop."""
    cue = find_cue(normalise("有请市科协副主席蒋文主持，有请各位嘉宾上台。"))
    assert cue is not None and (cue.name, cue.kind) == ("蒋文", "action")


def test_a_round_table_told_without_the_word_part_closes_the_part_before() -> None:
    """下面进入主题报告环节。… 下面是圆桌论坛，有请…主持。: the round table is a step of its own, not
    one more turn of the talks."""
    meeting = parse(
        "产业峰会主持词\n各位来宾：\n首先，请副市长邱晓梅女士致辞。\n接下来，请省商务厅副厅长裴勇先生致辞。\n"
        "下面进入主题报告环节。\n有请研究员卢健先生作主题报告。\n有请教授韦蓉女士作主题报告。\n"
        "下面是圆桌论坛，有请市电视台主持人葛飞先生主持。\n峰会到此结束，谢谢大家！\n"
    )
    assert len(meeting.items) == 4
    assert [c.name for c in meeting.items[3].speakers] == ["葛飞"]


def test_a_show_told_without_a_request_is_a_step_of_a_stepped_script() -> None:
    """接下来，欣赏…带来的文艺节目。 (no 请): the programme's last step, as 下面请欣赏… is."""
    meeting = parse(
        "社区邻里节活动主持词\n各位居民朋友：\n首先，请街道办事处主任熊立群同志致辞。\n（致辞）\n"
        "下面，请社区党委书记柴晓红同志介绍一年来社区工作。\n（介绍）\n"
        "接下来，欣赏社区舞蹈队带来的节目《幸福邻里》。\n（演出）\n活动到此结束，谢谢大家！\n"
    )
    assert len(meeting.items) == 3
    assert meeting.items[2].speakers == []


def test_the_first_turn_asked_at_the_end_of_the_greeting_is_the_first_step() -> None:
    """…大家上午好！…。典礼开始，首先有请…致辞。下面，请…。接下来，… (all on one line): the turn
    after 首先 is step 1, titled by its turn, not by the greeting."""
    meeting = parse(
        "新校区启用仪式主持词各位领导、各位来宾：大家上午好！今天，我们在这里隆重举行新校区启用仪式。"
        "典礼开始，首先有请区教育局局长莫文涛先生致辞。下面，请校长晏丽介绍新校区建设情况。"
        "接下来，进行揭牌。有请莫文涛局长、晏丽校长上台揭牌。最后，有请区委常委、副区长"
        "符志明先生讲话，大家欢迎！仪式到此结束。谢谢大家！"
    )
    assert len(meeting.items) == 4
    assert [c.name for c in meeting.items[0].speakers] == ["莫文涛"]
    assert "致辞" in meeting.items[0].title and "上午好" not in meeting.items[0].title


def test_a_post_after_the_invitation_is_no_greeting_before_it() -> None:
    """最后，有请区委常委、副区长…讲话: 区委常委、 is the one invited's post, not a greeting to the
    room (同志们、 / 各位委员、), so the item is titled by the turn."""
    meeting = parse(
        "表彰会主持词\n同志们：\n首先，请局长韩冬致辞。\n下面，请副局长孔敏宣读表彰决定。\n"
        "最后，有请区委常委、副区长符志明先生讲话，大家欢迎！\n会议到此结束。\n"
    )
    assert meeting.items[2].title == "副区长讲话"


def test_a_count_whose_entries_are_requests_runs_them_on_one_line() -> None:
    """座谈会有三项议程：第一项，请…介绍…。第二项，请…发言。第三项，请…讲话。 (one paragraph, never
    announced again): the entries are the items, each its turn."""
    meeting = parse(
        "青年干部座谈会主持词同志们：今天我们召开青年干部座谈会。座谈会有三项议程：第一项，请人事科科长"
        "樊立介绍近年来青年干部培养情况。第二项，请青年干部代表、办公室干事邹晴同志发言。第三项，请局党组"
        "书记、局长戴永刚同志讲话。同志们，刚才戴局长的讲话很重要，请大家认真抓好落实。座谈会到此结束。"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["樊立"],
        ["邹晴"],
        ["戴永刚"],
    ]


def test_a_count_whose_entries_are_requests_is_an_overview_when_they_are_run_later() -> None:
    """议程：第一项，请…。第二项，请…。 then 下面进行第一项… / 下面进行第二项…: the entries told
    ahead, the items where they are run, one turn each."""
    meeting = parse(
        "会议主持词\n同志们：\n今天会议有两项议程：第一项，请局长王明传达文件精神。第二项，请书记李强讲话。\n"
        "下面进行第一项，请王明局长传达文件精神。\n下面进行第二项，请李强书记讲话。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [["王明"], ["李强"]]


def test_an_opening_part_headed_in_words_comes_before_the_numbered_headings() -> None:
    """开班式 (its turns under it) then 一、专题讲座 二、分组讨论: the opening is item 1, titled
    as its heading, and the numbered headings follow it."""
    meeting = parse(
        "乡村振兴专题培训班主持词\n\n开班式\n\n同志们：\n今天，乡村振兴专题培训班正式开班。\n"
        "首先，请县委组织部副部长童晓燕讲话。\n接下来，请学员代表、马家村党支部书记马卫东发言。\n\n"
        "一、专题讲座\n有请省农科院研究员包文涛授课。\n\n二、分组讨论\n请各组组长组织讨论。\n\n"
        "三、结业\n今天的培训到此结束。\n"
    )
    assert [item.title for item in meeting.items] == ["开班式", "专题讲座", "分组讨论", "结业"]
    assert [c.name for c in meeting.items[0].speakers] == ["童晓燕", "马卫东"]


def test_runs_of_headings_under_each_part_are_the_agenda() -> None:
    """一、开场 二、开幕式 （一）（二） 三、专题报告 （一）第一讲…（二）第二讲… 四、结束: the top
    headings wrap the parts; the runs under them, one after another, are the items."""
    meeting = parse(
        "护理技能培训班主持词\n\n一、开场\n各位学员：\n大家好！\n\n二、开幕式\n（一）领导致辞\n"
        "首先，请院长龚建华同志致辞。\n（二）学员表态\n下面，请学员代表苗丽同志发言。\n\n"
        "三、专题报告\n（一）第一讲：护理安全管理\n下面有请护理部主任蔡晓云老师授课。\n"
        "（二）第二讲：急救技能\n有请急诊科主任吴立新老师授课。\n\n四、结束\n今天的培训到此结束。\n"
    )
    assert [item.title for item in meeting.items] == [
        "领导致辞",
        "学员表态",
        "第一讲：护理安全管理",
        "第二讲：急救技能",
    ]


@pytest.mark.parametrize(
    ("short", "title", "text", "full"),
    [
        ("俞教授", "教授", "我们邀请到应急管理学院教授、博士生导师俞家明老师。", "俞家明"),
        ("施支队长", "支队长", "第二讲由市消防救援支队支队长施长河同志授课。", "施长河"),
    ],
)
def test_a_surname_and_title_stand_for_the_one_named_in_full(
    short: str, title: str, text: str, full: str
) -> None:
    """欢迎俞教授 after …博士生导师俞家明老师 (named with an address, not the title) / 有请施支队长
    after 支队长施长河同志 (长 inside a given name is no office's end)."""
    assert full_name(short, title, text) == full


def test_one_named_next_with_a_familiar_address_is_that_turn() -> None:
    """请两位居民分享故事。先请…志愿者阚玉芬阿姨。再请…卫子涵同学。: 阿姨 is an address as 同学 is;
    each line names one turn."""
    meeting = parse(
        "社区志愿服务分享会主持词\n\n【第一部分 开场】\n各位居民：大家好！\n\n【第二部分 故事分享】\n"
        "下面，请两位志愿者分享服务故事。先请退休教师、“银发课堂”志愿者邢玉兰阿姨。\n"
        "再请青少年志愿队队员、七年级学生章子涵同学。\n\n【第三部分 结束】\n分享会到此结束。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["邢玉兰", "章子涵"]


@pytest.mark.parametrize("kinds", ["常委、委员", "委员和代表", "代表、委员"])
def test_kinds_of_member_listed_together_are_the_room(kinds: str) -> None:
    """请常委、委员围绕主题作协商发言: many people by their kinds, a group, not one person's post."""
    cue = find_cue(normalise(f"下面请{kinds}围绕主题作协商发言。"))
    assert cue is not None and cue.group and cue.name is None


def test_the_things_a_meeting_will_talk_over_are_its_overview() -> None:
    """今天主要议两件事。第一件事，…；第二件事，…。 then 先说第一件事。…第二件事，…: the list is the
    overview, the items where they are run (each with its turns), not the list's lines."""
    meeting = parse(
        "村民代表会议主持词\n各位村民代表：\n今天主要议两件事。第一件事，通报村集体收支情况；"
        "第二件事，讨论修路方案。\n先说第一件事。请村会计邹立华通报收支情况。\n（通报）\n"
        "第二件事，修路方案。请村委会主任童建国介绍方案。\n（介绍）\n今天的会就开到这里。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [["邹立华"], ["童建国"]]


def test_a_report_heard_is_its_reporters_turn_before_another_named_report() -> None:
    """会议进行第一项议程，听取…局长X受…委托作的…报告。（报告） then 请…主任Y作…审查结果的报告: two
    reports, two turns; the second, by another named one, is not the first asked for."""
    meeting = parse(
        "常委会会议主持词\n各位委员：\n会议进行第一项议程，听取县审计局局长邵立群受县人民政府委托作的"
        "关于2025年度县级预算执行的审计工作报告。\n（报告）\n"
        "请县人大常委会预算工作委员会主任闵晓红作关于审计工作报告的调研报告。\n（报告）\n"
        "会议进行第二项议程，请县人大常委会副主任柏云讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["邵立群", "闵晓红"]


@pytest.mark.parametrize(
    "sentence",
    [
        "刚才，听取了两个报告，请常委会组成人员进行审议。",
        "请常委会组成人员审议。",
        "请各位组成人员对报告进行审议。",
        "请常务委员会组成人员对以上两个报告进行审议。",
    ],
)
def test_the_standing_committees_members_asked_to_review_are_the_room(sentence: str) -> None:
    """请常委会组成人员（对报告）进行审议: the members' turn, a group; 报告 is what they review,
    and 组成人员 holds no one's name (not 成人员)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None and cue.kind == "speech"


def test_a_ceremony_inside_an_item_ending_is_not_the_meetings_close() -> None:
    """宪法宣誓仪式结束，请宣誓人员回到座位。 then 最后，请…主任讲话。…散会。: the oath is over, the
    meeting is not; the last speech is still the item's turn."""
    meeting = parse(
        "人大常委会会议主持词\n各位委员：\n会议进行第一项议程，人事任免事项。\n"
        "请常委会主任龙建华同志颁发任命书。\n下面进行宪法宣誓，请新任命人员上台。请县司法局局长"
        "卓明同志领誓。\n（宣誓）\n宪法宣誓仪式结束，请宣誓人员回到座位。\n"
        "最后，请常委会主任龙建华同志讲话。\n（讲话）\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers][-1] == "龙建华"
    assert meeting.items[0].speakers[-1].kind == "speech"


def test_members_asked_to_give_their_views_in_a_discussion_take_their_turn() -> None:
    """进行第二项，请与会党员对…能否转正进行讨论，发表意见。（讨论）: the members asked for their
    views, and giving them: the room's turn, though the direction says they discuss."""
    meeting = parse(
        "支部大会主持词\n同志们：\n进行第一项，请预备党员龚丽同志汇报预备期表现。\n"
        "进行第二项，请与会党员对龚丽同志能否按期转正进行讨论，发表意见。（讨论）\n"
        "进行第三项，请支部书记邹海同志讲话。\n会议结束。\n"
    )
    assert [(c.name, c.group) for c in meeting.items[1].speakers] == [(None, True)]


def test_the_room_asked_what_more_it_has_to_say_before_the_answer_is_its_turn() -> None:
    """各位委员对这个议题还有什么想说的，可以自由发言。 then 下面，请副县长…作回应讲话: the room's
    turn, then the official's answer; the question announces no one."""
    meeting = parse(
        "政协常委会议主持词\n各位常委：\n会议进行第一项，专题协商。\n请何丽常委发言。\n请邵军委员发言。\n"
        "各位委员对这个议题还有什么想说的，可以自由发言。\n下面，请副县长卢刚同志作回应讲话。\n"
        "会议进行第二项，请主席龙飞同志讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["何丽", "邵军", None, "卢刚"]


@pytest.mark.parametrize("sentence", ["请按顺序发言。", "请按座次发言。"])
def test_asked_to_speak_in_order_is_no_ones_name(sentence: str) -> None:
    """请按顺序发言: how the turns go, the room's (a group), not a person called 按顺序."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.name is None


def test_the_ones_listed_after_the_order_is_told_take_the_turn_the_item_names() -> None:
    """第二项议程，班子成员述职。每人不超过8分钟。请按以下顺序进行： then 副局长X同志； lines: each
    listed line is a 述职 turn, with the item's limit."""
    meeting = parse(
        "述职评议会主持词\n同志们：\n第一项议程，请局长梁海同志述职。\n"
        "第二项议程，班子其他成员述职。每人述职时间不超过8分钟。请按以下顺序进行：\n"
        "党组成员、副局长翁丽同志；\n党组成员、副局长鲁强同志；\n三级主任科员池燕同志。\n（述职）\n"
        "第三项议程，民主测评。\n散会。\n"
    )
    turns = meeting.items[1].speakers
    assert [(c.name, c.limit_s) for c in turns] == [("翁丽", 480), ("鲁强", 480), ("池燕", 480)]


def test_the_next_item_told_then_named_is_the_named_one() -> None:
    """…请监票人计票，大会进行下一项议程。 then 进行大会第三项议程：表决决议。: one item, titled and
    placed where it is named, and no masked number reported for the first."""
    meeting = parse(
        "职代会主持词\n各位代表：\n进行大会第一项议程：请总经理邵刚作工作报告。\n"
        "进行大会第二项议程：选举。请工作人员分发选票。（投票）投票结束，请监票人计票，大会进行下一项议程。\n"
        "进行大会第三项议程：表决大会决议。请工会主席钱丽宣读决议草案。\n散会。\n"
    )
    assert [item.title for item in meeting.items][2] == "表决大会决议"
    assert not [d for d in meeting.decisions if d.what == "masked"]


@pytest.mark.parametrize("name", ["尉立强", "谯志勇"])
def test_rarer_surnames_name_a_scrutineer(name: str) -> None:
    """请总监票人尉立强检查票箱: 尉 and 谯 are surnames, the scrutineer is named."""
    cue = find_cue(normalise(f"请总监票人{name}检查票箱。"))
    assert cue is not None and cue.name == name


@pytest.mark.parametrize("brk", ["", "\n"])
def test_what_follows_each_turn_told_ahead_is_no_turn(brk: str) -> None:
    """每名村书记汇报时间…，汇报后，由镇长…逐一进行点评。 (a hard break or not): how it goes; the
    comments are the ones asked for after each report (请韦镇长点评)."""
    meeting = parse(
        "村书记汇报会主持词\n同志们：\n下面，进行第一项，现场汇报和点评。每名村书记汇报时间控制在5分钟以内，"
        f"汇报后，{brk}由镇长韦立新同志逐一进行点评。\n首先，请东山村党支部书记包强同志汇报。\n"
        "请韦镇长点评。\n请西岭村党支部书记鲍红同志汇报。\n请韦镇长点评。\n"
        "进行第二项，请镇党委书记宁军同志讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["包强", "韦立新", "鲍红", "韦立新"]


def test_places_asked_together_then_each_by_its_speaker_are_the_speakers_turns() -> None:
    """请东城街道和西河镇作表态发言。东城街道由…主任X同志发言；西河镇由副镇长Y同志发言。: the places
    asked are a group that announces the two named turns after it."""
    meeting = parse(
        "工作部署会主持词\n同志们：\n会议进行第一项，请副县长蒲立新同志部署工作。\n"
        "会议进行第二项，请东城街道和西河镇作表态发言。东城街道由办事处主任甘晓红同志发言；"
        "西河镇由副镇长贝志强同志发言。\n会议进行第三项，请县长邰勇同志讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["甘晓红", "贝志强"]


def test_a_route_or_a_quoted_thing_made_public_together_is_one_act() -> None:
    """有请副局长A先生和B局长共同发布“十大精品线路”: a thing made public, one act, the first named."""
    cue = find_cue(normalise("有请市文旅局副局长江立先生和邹红局长共同发布“十大乡村旅游线路”。"))
    assert cue is not None and (cue.kind, cue.name, cue.people) == ("action", "江立", ())


def test_a_comma_inside_a_title_does_not_end_the_request() -> None:
    """请…书记X同志以《赓续红色血脉，守护人民健康》为题讲党课: the title's comma is the title's."""
    cue = find_cue(normalise("最后，请党委书记龙国庆同志以《不忘初心，砥砺前行》为题讲党课。"))
    assert cue is not None and (cue.name, cue.kind) == ("龙国庆", "speech")


def test_the_members_asked_after_the_report_was_given_are_the_room() -> None:
    """刚才郑副县长作了报告，请组成人员进行审议。: what was done, then the members' turn now."""
    cue = find_cue(normalise("刚才郑立群副县长作了报告，请组成人员进行审议。"))
    assert cue is not None and cue.group and cue.name is None


@pytest.mark.parametrize(
    "sentence", ["请总工程师严文博对冬季施工安全措施进行交底。", "请项目经理王强作安全技术交底。"]
)
def test_a_technical_briefing_is_a_speech(sentence: str) -> None:
    """进行交底 / 作安全技术交底: the engineer briefs the site, a timed turn."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.kind == "speech" and cue.verb == "交底"


def test_the_room_asked_a_question_then_to_speak_is_its_turn() -> None:
    """…前期已经进行了专题调研，对这个报告，大家有没有意见？请发言。: what was done, then the room
    asked and given the floor."""
    cue = find_cue(
        normalise("这项工作大家前期进行了专题调研，对这个报告，大家有没有意见？请发言。")
    )
    assert cue is not None and cue.group and cue.verb == "发言"


def test_towns_and_departments_asked_together_are_a_group() -> None:
    """请乡镇和部门作表态发言: the kinds of unit, a group that announces the named turns."""
    cue = find_cue(normalise("接下来，请乡镇和部门作表态发言。"))
    assert cue is not None and cue.group


def test_the_ones_named_first_second_after_a_request_each_take_the_turn() -> None:
    """请拟任人员作供职发言。第一位，拟任…的A同志；第二位，拟任…的B同志。: a turn each, in order,
    with no post (what they are to be is not what they are)."""
    meeting = parse(
        "常委会会议主持词\n各位委员：\n进行第一项议程，审议人事任免事项。\n"
        "请拟任人员作供职发言。第一位，拟任县审计局局长的莫文杰同志；第二位，拟任县统计局局长的"
        "池小燕同志。每人发言不超过3分钟。\n进行第二项议程，请主任讲话。\n散会。\n"
    )
    turns = meeting.items[0].speakers
    assert [(c.name, c.role, c.limit_s) for c in turns] == [
        ("莫文杰", None, 180),
        ("池小燕", None, 180),
    ]


def test_a_lecture_told_for_the_afternoon_after_a_long_gathering_is_no_turn() -> None:
    """下午2:30，请大家准时到本报告厅参加第三讲“…”， then 由…主任X同志授课。: told for later."""
    meeting = parse(
        "培训班主持词\n各位学员：\n第一讲：《安全生产法解读》\n有请法规处处长时立新授课。\n（授课）\n"
        "各位学员，今天上午的课程就到这里。下午2:30，请大家准时到本报告厅参加第二讲“应急预案编制与演练”，"
        "由市应急管理局应急指挥中心主任龚立平同志授课。\n散会。\n"
    )
    assert [c.name for item in meeting.items for c in item.speakers] == ["时立新"]


def test_the_scrutineers_checking_the_box_told_the_other_way_round_is_his_act() -> None:
    """请总监票人X、监票人对票箱进行检查: the named scrutineer's act, as 请总监票人X检查票箱 is."""
    cue = find_cue(normalise("下面，请总监票人郝光明、监票人对票箱进行检查。"))
    assert cue is not None and (cue.name, cue.kind) == ("郝光明", "action")


@pytest.mark.parametrize(
    "sentence",
    [
        "下面，请全体老党员起立，面向党旗，举起右手，在我的带领下重温入党誓词。",
        "请全体党员起立，跟我一起重温入党誓词。",
    ],
)
def test_the_rooms_act_the_chair_leads_is_no_ones_turn(sentence: str) -> None:
    """请全体党员起立，…在我的带领下重温入党誓词: the chair leads the room, nobody else acts."""
    assert find_cue(normalise(sentence)) is None


def test_a_turn_told_for_later_in_a_remark_is_no_turn_now() -> None:
    """汪总讲的工程款问题，县里已经在清理，后面请县发改局局长回应。: the chair's remark on the turn
    before; the answer comes later, when it is asked for."""
    meeting = parse(
        "座谈会主持词\n同志们：\n首先，请县工商联主席邱明同志通报情况。\n下面，请企业家代表发言。\n"
        "请汪海董事长发言。\n汪总讲的工程款拖欠问题，县里已经在清理，后面请县发改局局长回应。\n"
        "请温晓阳会长发言。\n最后，请县长吕成同志讲话。\n散会。\n"
    )
    names = [c.name for item in meeting.items for c in item.speakers]
    assert names == ["邱明", "汪海", "温晓阳", "吕成"]


@pytest.mark.parametrize(
    "line",
    [
        "请有关部门作个回应，先请县水利局局长莫德华同志回应，再请县农业农村局局长钟一鸣同志回应，"
        "其他部门会后书面答复。",
        "请有关部门负责同志回应：请县水利局局长莫德华同志回应；请县农业农村局局长钟一鸣同志回应。",
    ],
)
def test_two_named_answers_in_the_sentence_that_asks_the_departments_are_two_turns(
    line: str,
) -> None:
    """…作个回应，先请A回应，再请B回应 / …回应：请A回应；请B回应: each named answer is a turn, and
    the departments asked as a whole are the two of them, not a turn of their own."""
    meeting = parse(
        "座谈会主持词\n同志们：\n首先，请县工商联主席邱明同志通报情况。\n下面，请企业家代表发言。\n"
        f"请汪海董事长发言。\n请温晓阳会长发言。\n{line}\n最后，请县长吕成同志讲话。\n散会。\n"
    )
    names = [c.name for item in meeting.items for c in item.speakers]
    assert names == ["邱明", "汪海", "温晓阳", "莫德华", "钟一鸣", "吕成"]


def test_an_oath_announced_with_xiamian_is_the_first_step() -> None:
    """下面，宣誓仪式开始。… 由X同志领誓 then 下面，请…发言: 下面 moves the script on, so the oath
    from there is step 1 (as it is after 现在，宣誓仪式开始, from its named turn)."""
    meeting = parse(
        "新任职干部宪法宣誓仪式主持词\n同志们：\n宣誓仪式由我主持。\n下面，宣誓仪式开始。\n"
        "请全体起立，奏唱国歌。\n由综合科科长丁文斌同志领誓，纪委书记鲍小燕同志监誓。\n请领誓人领誓。\n"
        "（宣誓）\n下面，请新任职干部代表作表态发言。\n最后，请局长严明同志讲话。\n"
    )
    assert len(meeting.items) == 3
    assert "宣誓仪式开始" in meeting.items[0].title
    assert [c.name for c in meeting.items[0].speakers] == ["丁文斌", "鲍小燕"]


def test_members_asked_by_their_title_whether_they_object_take_the_rooms_turn() -> None:
    """股东们对这个方案有没有意见？ before a vote asks the room, as 大家对…有没有意见？ does; 我们…
    is the chair among them, not a question to the room."""
    cue = find_cue(normalise("股东们对这个方案有没有意见？没有意见的，我们举手表决。"))
    assert cue is not None and cue.group and cue.name is None
    assert find_cue(normalise("我们对这个名单有没有意见？")) is None


def test_a_comment_told_after_each_report_without_one_by_one_is_no_turn_now() -> None:
    """…每人汇报不超过5分钟。汇报后， then (a page's hard break) 由局长进行点评。: how each
    report goes, told ahead; the comments are asked for in their places."""
    meeting = parse(
        "述职会主持词\n同志们：\n下面进行第一项议程，科长述职。请以下同志依次汇报：办公室主任葛文、"
        "财务科科长蒋丽。每人汇报不超过5分钟。汇报后，\n由局长进行点评。\n请葛文同志汇报。\n"
        "请蒋丽同志汇报。\n进行第二项议程，请局长尤志国同志讲话。\n"
    )
    names = [c.name for item in meeting.items for c in item.speakers]
    assert names == ["葛文", "蒋丽", "尤志国"]


def test_a_listed_line_with_a_note_in_brackets_inside_is_one_of_the_list() -> None:
    """教务处副处长（主持工作）韦红同志；: a note on the post inside the line does not end the
    list of those asked to report."""
    meeting = parse(
        "述职会主持词\n同志们：\n下面进行第一项，中层干部述职。请以下同志依次述职：\n"
        "教务处处长单立同志；\n学生处副处长（主持工作）韦红同志；\n后勤处处长符强同志。\n"
        "下面进行第二项，请校长晏明同志讲话。\n"
    )
    names = [c.name for item in meeting.items for c in item.speakers]
    assert names == ["单立", "韦红", "符强", "晏明"]


def test_turns_of_one_kind_for_different_bodies_are_steps_apart() -> None:
    """请企业代表、…发言 then 请毕业生代表、…发言 with no word moving on: each body's turn is a step,
    unless the script names them together (…代表和…代表发言), where they are one."""
    body = (
        "下面，请校长庞立致辞。\n请用人单位代表、江海集团总监祁峰发言。\n"
        "请毕业生代表、2022级1班鄢晴同学发言。\n最后，请书记冼明讲话。\n"
    )
    apart = parse("毕业典礼主持词\n老师们、同学们：\n" + body)
    assert [len(item.speakers) for item in apart.items] == [1, 1, 1, 1]
    together = parse(
        "毕业典礼主持词\n老师们、同学们：\n今天的典礼：校长致辞，用人单位代表和毕业生代表发言，书记讲话。\n"
        + body
    )
    assert [len(item.speakers) for item in together.items] == [1, 2, 1]


def test_an_opening_and_a_close_tag_beside_numbered_chapters_are_items() -> None:
    """【开篇】 … 【第一篇章 …】…【第三篇章 …】 … 【尾声】: the pair around the chapters the overview
    counts are two more items; a lone 【开篇】 above them stays the opening."""
    body = (
        "【第一篇章 感恩】\n女：有请董事长滕飞先生致辞。\n（致辞）\n"
        "【第二篇章 荣耀】\n男：有请总经理简宁女士宣读表彰决定。\n（宣读）\n"
        "【第三篇章 欢聚】\n女：请欣赏舞蹈。\n"
    )
    head = "春晚主持词\n【开篇】\n男：尊敬的各位来宾：\n女：今晚的晚会分为“感恩”“荣耀”“欢聚”三个篇章。\n"
    paired = parse(head + body + "【尾声】\n女：感谢大家！\n合：晚会到此结束！\n")
    assert [item.title for item in paired.items] == ["开篇", "感恩", "荣耀", "欢聚", "尾声"]
    lone = parse(head + body + "合：晚会到此结束！\n")
    assert [item.title for item in lone.items] == ["感恩", "荣耀", "欢聚"]


def test_a_sub_heading_naming_an_activity_is_no_ones_turn() -> None:
    """（三）协商讨论 under a heading, after the turns before it: 商 is a surname, but a line that
    names an activity (讨论, 审议, 座谈…) names nobody next in order."""
    meeting = parse(
        "常委会议主持词\n各位常委：\n一、听取报告\n（一）\n请农委主任鲁大成同志汇报调研情况。\n"
        "（二）协商讨论\n先请韩立副主席发言。\n请时杰副主席发言。\n二、其他事项\n请秘书长发言。\n"
    )
    names = [c.name for item in meeting.items for c in item.speakers]
    assert names[:3] == ["鲁大成", "韩立", "时杰"]


def test_another_act_after_an_act_part_and_qa_opened_with_xianzai_are_steps() -> None:
    """下面是揭牌环节。有请…揭牌 then 下面有请…共同按下启动球 (an act the part does not name) and
    现在进入互动环节 are steps of their own, as 下面 steps are."""
    meeting = parse(
        "发布会主持词\n各位来宾：\n首先，请市文旅局局长龙飞先生介绍情况。\n"
        "接下来，请区长乔音女士致辞。\n下面是揭牌环节。有请龙飞局长与乔音区长为基地揭牌。\n"
        "下面有请乔音区长与各位嘉宾共同上台，按下启动球，启动文旅消费季。\n"
        "现在进入互动环节。请提问的记者先说明所在媒体。\n发布会到此结束。\n"
    )
    assert len(meeting.items) == 5
    assert [len(item.speakers) for item in meeting.items][:4] == [1, 1, 1, 1]


def test_watching_a_film_together_after_xiamian_is_a_step() -> None:
    """下面，我们一起观看…短片。 then 接下来，请…宣读… / 下面，请…发言: the film is the first step,
    as 下面，观看… is."""
    meeting = parse(
        "欢送仪式主持词\n同志们：\n今天我们在这里为退休同志送行。\n下面，大家一起观看回顾短片《初心如磐》。\n"
        "（播放短片）\n接下来，请办公室主任姚芳同志宣读名单。\n下面，请退休同志代表发言。\n"
        "最后，请局长熊伟同志讲话。\n仪式到此结束。\n"
    )
    assert len(meeting.items) == 4
    assert "观看" in meeting.items[0].title


def test_two_matters_to_agree_on_are_an_overview_not_items() -> None:
    """主要协商两件事：第一件是…，第二件是…。 then 第一项，… 第二项，…: the matters are the overview,
    and the items are the numbered ones that follow."""
    meeting = parse(
        "议事会主持词\n各位代表：\n今天主要协商两件事：第一件是垃圾分类亭选址，\n第二件是公共绿地改造方案。\n"
        "第一项，请社区副主任蓝青同志介绍选址情况。\n第二项，请物业经理尚诚同志介绍改造方案。\n"
        "第三项，请社区书记邝明同志讲话。\n散会。\n"
    )
    assert [item.number for item in meeting.items] == [1, 2, 3]
    assert [c.name for item in meeting.items for c in item.speakers] == ["蓝青", "尚诚", "邝明"]


def test_the_room_asked_to_speak_fully_on_given_questions_takes_its_turn() -> None:
    """请各位代表围绕…等问题充分发表意见: the room's turn, as 请各位代表充分发表意见 is."""
    cue = find_cue(normalise("下面请各位业主代表围绕停车收费、车位分配等问题充分发表意见。"))
    assert cue is not None and cue.group and cue.verb == "发表意见"


@pytest.mark.parametrize(
    "sentence",
    [
        "请各班班长晚上组织本班学员开展交流讨论，明天把体会交给班主任。",
        "请各组组长明天组织本组学员交流发言。",
    ],
)
def test_a_task_for_the_evening_or_after_class_is_no_turn_now(sentence: str) -> None:
    """请各班班长晚上组织…交流讨论 / 请各组组长明天组织…交流发言: a task for later, as 会后 is."""
    assert find_cue(normalise(sentence)) is None


def test_a_numbered_sub_heading_for_a_vote_is_one_heading() -> None:
    """（二）表决关于…的决定（草案） on its line: the number and the vote's words are one heading,
    as （一）听取… is, not a bare （二） and a vote."""
    meeting = parse(
        "常委会会议主持词\n各位委员：\n一、第一次全体会议\n（一）听取工作报告\n请县长时飞同志作报告。\n"
        "（二）听取专项报告\n请局长雷鸣同志作报告。\n二、第二次全体会议\n（一）听取审议情况汇报\n"
        "请第一组召集人符兰副主任汇报。\n（二）表决关于召开人代会的决定（草案）\n赞成的请举手。反对的请举手。\n"
        "（三）主任讲话\n请主任邵东同志讲话。\n三、会议结束\n散会。\n"
    )
    assert len(meeting.items) == 5
    assert meeting.items[3].title.startswith("表决关于召开人代会的决定")


@pytest.mark.parametrize(
    "sentence",
    [
        "请市政府有关部门、市检察院的负责同志分别到各组听取意见，回答询问。",
        "审议时请市政府有关部门负责同志到会听取意见、回答询问。",
    ],
)
def test_departments_sent_to_sit_in_on_the_groups_are_no_turn(sentence: str) -> None:
    """请…负责同志分别到各组听取意见，回答询问: sent to the groups, nobody's turn here."""
    assert find_cue(normalise(sentence)) is None


def test_the_turns_a_group_was_asked_for_are_no_steps() -> None:
    """下面进行人事任免事项。请…作说明。请拟任命人员作供职发言。首先请A…，然后请B…: the two are the
    group's turns inside the step, not steps of their own."""
    meeting = parse(
        "常委会会议主持词\n各位委员：\n首先，请财政局局长伍洋同志作报告。\n下面进行人事任免事项。\n"
        "请人事委主任阎红同志作说明。\n（说明）\n请拟任命人员作供职发言。\n"
        "首先请拟任县交通局局长戚海同志作供职发言，然后请拟任县民政局局长柏宁同志作供职发言。\n"
        "最后，请主任姬明同志讲话。\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 3, 1]


def test_the_afternoon_lecture_asked_after_thanks_is_an_item_and_one_told_is_not() -> None:
    """感谢…的精彩授课！今天下午的第二讲，请…讲授… then （授课）: the second lecture runs here, an
    item titled 第二讲; 下午第二讲，由…讲授…，请学员们按时到教室。: told for later, no item."""
    head = (
        "培训班开班式主持词\n同志们：\n开班式共有两项议程。\n第一项，请校长邹平同志介绍安排。\n"
        "第二项，请部长顾红同志讲话。\n"
        "开班式到此结束。\n休息十分钟后，开始第一讲。\n同志们，现在开始上课。今天上午的第一讲，请省委党校教授翁山同志授课。\n（授课）\n"
    )
    asked = parse(
        head
        + "感谢翁教授的精彩授课！今天下午的第二讲，请县审计局局长阮华同志为大家讲授审计实务。\n（授课）\n"
    )
    assert [item.title for item in asked.items][-2:] == ["第一讲", "第二讲"]
    told = parse(head + "下午第二讲，由县审计局局长阮华同志讲授审计实务，请学员们按时到教室。\n")
    assert len(told.items) == 3
    assert [c.name for c in told.items[-1].speakers] == ["翁山"]


def test_a_stage_direction_after_the_turn_was_asked_is_no_second_turn() -> None:
    """…请到了…教授邱明，为大家讲授《…》。下面，…欢迎邱教授授课！ then （邱明授课）: one turn."""
    meeting = parse(
        "培训班主持词\n同志们：\n第一项，请局长华宇同志讲话。\n"
        "第二项，专题讲座。今天我们请到了省委党校教授邱明，为大家讲授《基层治理》。\n"
        "下面，让我们以热烈的掌声欢迎邱教授授课！\n（邱明授课）\n散会。\n"
    )
    assert [c.name for item in meeting.items for c in item.speakers] == ["华宇", "邱明"]


def test_a_stage_direction_naming_the_one_a_direction_asked_is_the_turn() -> None:
    """接下来，请…三个部门的负责人上台，分别…分享…。先请…总监柯岩。 then （柯岩分享）: his turn."""
    meeting = parse(
        "年会主持词\n各位同事：\n下面进入第一篇章“奋进”。\n有请总经理邬强先生作年度总结。\n（邬强讲话）\n"
        "感谢邬总！今年我们成绩很好。\n接下来，请研发、市场、交付三个部门的负责人上台，分别用5分钟时间"
        "分享部门的年度亮点。先请研发部总监柯岩。\n（柯岩分享）\n请市场部总监闵悦。\n（闵悦分享）\n"
        "下面进入第二篇章“荣耀”。\n有请董事长葛明先生颁奖。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["邬强", "柯岩", "闵悦"]


def test_good_wishes_offered_by_one_person_are_a_speech() -> None:
    """请在校生代表、…的庞悦同学为学长学姐送上祝福: her words, a speech (as 致以祝福 is)."""
    cue = find_cue(
        normalise("请在校生代表、机械学院2025级的庞悦同学为毕业的学长学姐送上最美好的祝福。")
    )
    assert cue is not None and (cue.name, cue.kind) == ("庞悦", "speech")


def test_reading_the_application_then_reporting_without_bing_is_two_turns() -> None:
    """请发展对象X同志宣读入党志愿书，汇报对党的认识…: her act, then her speech, as with 并."""
    meeting = parse(
        "支部党员大会主持词\n同志们：\n第一项，请发展对象沈悦同志宣读入党志愿书，汇报对党的认识和入党动机。\n"
        "第二项，请书记祁峰同志讲话。\n"
    )
    kinds = [(c.name, c.kind) for c in meeting.items[0].speakers]
    assert kinds == [("沈悦", "action"), ("沈悦", "speech")]


def test_the_room_asked_to_discuss_and_speak_takes_its_turn() -> None:
    """请大家讨论发言: the room's turn (请大家讨论 alone is the room talking it over, no turn)."""
    cue = find_cue(normalise("下面请大家讨论发言。"))
    assert cue is not None and cue.group and cue.verb == "发言"
    assert find_cue(normalise("请大家讨论。")) is None


def test_a_person_asked_again_as_he_or_she_takes_the_turn() -> None:
    """请杭丽同学上台，请她谈谈入队的体会。: the one named before, asked as 她, speaks."""
    cue = find_cue(normalise("请新队员代表杭丽同学到台前来，请她谈谈入队的体会。"))
    assert cue is not None and (cue.name, cue.kind) == ("杭丽", "speech")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("今天我们邀请了市委党校讲师柏林同志作专题辅导，大家欢迎。", "柏林", "市委党校讲师"),
        ("今天我们邀请了市委党校讲师______同志作专题辅导，大家欢迎。", None, "市委党校讲师"),
        ("今天我们请到了市委党校讲师柏林同志作专题辅导。", "柏林", "市委党校讲师"),
    ],
)
def test_one_invited_here_to_give_a_talk_takes_the_turn(
    sentence: str, name: str | None, role: str
) -> None:
    """我们邀请了…讲师X同志作专题辅导 / 请到了…: the one invited here speaks; 了 is no part of
    the post."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (name, role, "speech")


def test_a_scrutineer_whose_name_is_left_to_fill_in_checks_the_box() -> None:
    """请总监票人××同志检查票箱: a name to fill in names one, his act (请监票人当众检查票箱 names
    no one)."""
    cue = find_cue(normalise("下面，请总监票人××同志检查票箱。"))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (None, "总监票人", "action")
    assert find_cue(normalise("请监票人当众检查票箱。")) is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("请研发中心负责人祁岩上台，讲讲你们团队的故事。", "祁岩"),
        ("请技术部经理邬峰上台，分享部门的年度亮点。", "邬峰"),
    ],
)
def test_one_asked_on_stage_then_to_speak_takes_the_turn(sentence: str, name: str) -> None:
    """请…X上台，讲讲…: the one asked up speaks (团队 / 部门 after the verb are no troupe or
    department of it; 请三位代表上台，讲一讲… is a group, named after)."""
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.kind) == (name, "speech")


def test_a_toast_by_all_the_leaders_on_stage_is_no_ones_turn() -> None:
    """有请公司全体高管上台，共同举杯，为大家送上新春祝福: all of them toast, nobody's turn (送上祝福
    is a speech for one person asked); the one who leads the toast (请董事长…带领大家共同举杯)
    acts."""
    assert find_cue(normalise("下面，有请集团全体领导上台，共同举杯，为大家送上新春祝福！")) is None
    cue = find_cue(normalise("请董事长闻涛先生带领大家共同举杯！"))
    assert cue is not None and (cue.name, cue.kind) == ("闻涛", "action")


def test_a_part_announced_with_women_and_a_ceremony_after_it_are_steps() -> None:
    """下面，我们进行论坛的重要环节——…集中签约。 then 接下来，进行…平台上线仪式。: the signing part
    and the launch after it are a step each."""
    meeting = parse(
        "论坛开幕式主持词\n各位来宾：\n首先，有请市长滕飞先生致辞。\n接下来，有请副厅长邝兰女士致辞。\n"
        "下面，我们进行论坛的重要环节——文旅项目集中签约。有请签约单位代表上台签约。\n（签约）\n"
        "接下来，进行文旅数据平台上线仪式。有请邝兰副厅长、滕飞市长共同上台，启动平台。\n（启动）\n"
        "下面进入主旨演讲环节。有请研究员卓明先生演讲。\n谢谢大家！\n"
    )
    assert len(meeting.items) == 5


def test_two_asked_on_stage_to_sign_for_both_sides_is_the_first_ones_act() -> None:
    """请总经理××同志和工会主席××同志上台，代表企业和职工签订集体合同: one act, by the first
    named (a name to fill in), as 请A、B上台签约 is."""
    cue = find_cue(normalise("请厂长××同志和工会主席××同志上台，代表企业和职工签订集体合同。"))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (None, "厂长", "action")


def test_an_oath_announced_with_xiamian_and_led_by_the_leader_unnamed_is_the_first_step() -> None:
    """下面，宣誓仪式开始。… 请领誓人领誓。 then 下面，请…发言: the oath is step 1 though the one who
    leads it is named only earlier."""
    meeting = parse(
        "宣誓仪式主持词\n同志们：\n宣誓由科长丁文斌同志领誓。\n下面，宣誓仪式开始。\n请全体起立，奏唱国歌。\n"
        "请领誓人领誓。\n（宣誓）\n下面，请新任职干部代表作表态发言。\n最后，请局长严明同志讲话。\n"
    )
    assert len(meeting.items) == 3
    assert "宣誓仪式开始" in meeting.items[0].title


def test_the_signers_asked_up_with_leaders_to_witness_is_the_signers_act() -> None:
    """请签约企业代表上台，请…上台见证签约: the signing is the signers' act; the witnesses have none."""
    cue = find_cue(normalise("请签约企业代表上台，请邹市长、阎副厅长上台见证签约。"))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (None, "签约企业代表", "action")


def test_lectures_after_an_opening_stepped_without_numbers_are_items_after_its_steps() -> None:
    """首先，请…。下面，请…。最后，请…。开班式到此结束。 then 今天上午的第一讲，请…授课: the opening's
    steps, then the lecture, each an item."""
    meeting = parse(
        "培训班开班式主持词\n同志们：\n首先，请校长邹平同志介绍安排。\n下面，请学员代表发言。\n"
        "最后，请部长顾红同志讲话。\n开班式到此结束。\n休息十分钟后，开始第一讲。\n"
        "同志们，现在开始上课。今天上午的第一讲，请省委党校教授翁山同志授课。\n（授课）\n"
    )
    assert [item.title for item in meeting.items][-1] == "第一讲"
    assert [c.name for item in meeting.items for c in item.speakers] == [
        "邹平",
        None,
        "顾红",
        "翁山",
    ]


def _speaker_names(meeting: Meeting) -> list[str | None]:
    """Every turn's name, in the meeting's order."""
    return [c.name for item in meeting.items for c in item.speakers]


def test_a_part_announced_in_the_same_sentence_as_the_opening_ceremonys_close_is_an_item() -> None:
    """开幕式结束，下面进入主旨演讲环节。 (one sentence): the close of the opening's steps and the
    next part, an item as it is when the close stands alone."""
    stepped = parse(
        "峰会主持词\n各位来宾：\n首先，请副市长殷杰先生致辞。\n接下来，请院士童林先生致辞。\n"
        "开幕式结束，下面进入主题报告环节。第一位报告嘉宾是童林院士。有请童院士！\n（报告）\n"
        "下面进入圆桌对话环节。有请教授祁远主持。\n（对话）\n谢谢大家！\n"
    )
    assert [item.title for item in stepped.items][2:] == ["进入主题报告环节", "进入圆桌对话环节"]
    numbered = parse(
        "峰会主持词\n各位来宾：\n开幕式有两项议程。\n第一项，请副市长殷杰先生致辞。\n"
        "第二项，请院士童林先生致辞。\n开幕式结束，接下来进入主题报告环节。有请教授柳青作报告！\n"
        "谢谢大家！\n"
    )
    assert len(numbered.items) == 3
    assert _speaker_names(numbered) == ["殷杰", "童林", "柳青"]


def test_people_listed_with_half_width_commas_before_依次_each_take_a_turn() -> None:
    """请…队长骆海川,…队长蓬立新依次汇报 (half-width commas where 、 is meant, as in a script typed
    with an English keyboard): a turn each, as with 、."""
    cue = find_cue(
        normalise("请东区工地施工队长骆海川,西区工地施工队长蓬立新依次汇报,每人不超过5分钟!")
    )
    assert cue is not None and cue.people == (
        ("骆海川", "东区工地施工队长"),
        ("蓬立新", "西区工地施工队长"),
    )
    cue = find_cue(
        normalise("请柳岸社区网格员、“邻里帮”负责人卓玉兰同志，河湾社区网格员龚春生同志先后交流。")
    )
    assert cue is not None and [name for name, _ in cue.people] == ["卓玉兰", "龚春生"]


def test_a_post_then_来_before_the_verb_is_not_part_of_the_post() -> None:
    """这个问题请甘晓梅副主任来回答: her post is 副主任, 来 only says she is to answer; a name
    ending in 来 stays whole (请李福来同志发言)."""
    cue = find_cue(normalise("这个问题请甘晓梅副主任来回答。"))
    assert cue is not None and (cue.name, cue.role) == ("甘晓梅", "副主任")
    cue = find_cue(normalise("请李福来同志发言。"))
    assert cue is not None and cue.name == "李福来"


def test_a_question_handed_to_someone_who_answers_again_later_is_a_turn_each_time() -> None:
    """这个问题请宗明局长回答。 … 请宗局长回答。: the first is asked now (a clause before 请 is no
    order told ahead), so both answers are turns."""
    meeting = parse(
        "新闻发布会主持词\n各位记者：\n发布会有两项议程：一是发布；二是答问。\n"
        "首先，请宗明局长作发布。\n下面进入答问环节。\n（记者提问）\n这个问题请宗明局长回答。\n"
        "（记者提问）\n请副局长柯兰回答。\n（记者提问）\n请宗局长回答。\n发布会到此结束。\n"
    )
    assert _speaker_names(meeting) == ["宗明", "宗明", "柯兰", "宗明"]


def test_one_asked_on_stage_to_speak_for_a_body_is_a_speech() -> None:
    """请优秀学员代表、二班的岑晓光上台，代表全体学员发言: called up, then the speech for the others
    (上台，代表…发言), one person's turn."""
    cue = find_cue(normalise("下面请优秀学员代表、二班的岑晓光上台，代表全体学员发言。"))
    assert cue is not None and (cue.name, cue.kind) == ("岑晓光", "speech")
    cue = find_cue(normalise("请学员代表岑晓光上台，代表本期学员发言。"))
    assert cue is not None and (cue.name, cue.kind) == ("岑晓光", "speech")


def test_a_leader_who_leads_a_toast_and_gives_new_year_wishes_speaks() -> None:
    """有请总裁…上台，带领…向大家敬酒，并致新春祝福: the wishes are his speech (致…祝福, like
    致以…祝福)."""
    cue = find_cue(normalise("有请总裁蒲文涛先生上台，带领公司班子向大家敬酒，并致新年祝福！"))
    assert cue is not None and (cue.name, cue.kind) == ("蒲文涛", "speech")


def test_an_official_asked_to_explain_is_a_speech() -> None:
    """请…站长…就大家提出的问题，给大家作个解释: an explanation, a speech."""
    cue = find_cue(normalise("请县林业站站长闵大川同志就代表们的疑问，给大家作个解释。"))
    assert cue is not None and (cue.name, cue.kind) == ("闵大川", "speech")


def test_a_scrutineer_whose_name_is_a_run_of_spaces_checks_the_ballot_box() -> None:
    """请监票人      同志检查票箱: a name to fill in (as ×× is), the scrutineer's act."""
    cue = find_cue(normalise("请总监票人        同志检查票箱。"))
    assert cue is not None and (cue.name, cue.role, cue.kind) == (None, "总监票人", "action")


def test_two_sponsors_left_blank_in_one_request_are_two_turns() -> None:
    """请入党介绍人××、××同志介绍…: two names to fill in, two turns (as two names are)."""
    cue = find_cue(normalise("请入党介绍人××、××同志介绍申请人的培养考察情况。"))
    assert cue is not None and len(cue.people) == 2


def test_a_bare_request_for_the_comment_each_report_had_is_a_turn() -> None:
    """请××同志述职。请书记点评。 … 请××同志述职。请点评。: the bare 请点评 is one more comment,
    the one who gives it not named."""
    meeting = parse(
        "述职评议会主持词\n同志们：\n会议有两项议程。\n第一项，车间主任述职。\n"
        "请一号车间主任××同志述职。\n请厂长点评。\n请二号车间主任××同志述职。\n请点评。\n"
        "第二项，请厂长讲话。\n散会。\n"
    )
    assert [c.role for c in meeting.items[0].speakers] == [
        "一号车间主任",
        "厂长",
        "二号车间主任",
        None,
    ]


def test_a_task_to_take_home_after_the_meeting_is_no_turn() -> None:
    """请各位代表回去跟各自联系的村民讲清楚: what the delegates are to do back home, no turn."""
    assert find_cue(normalise("散会前说一句，请各位组长回去跟组里的群众讲清楚。")) is None


def test_two_more_named_after_然后是_with_a_pause_mark_are_a_turn_each() -> None:
    """先请…董事长庄远航发言，然后是…总经理池莉、…董事长戈振东。: three turns, in that order
    (戈 is a surname the parser does not list; the post before it is enough)."""
    meeting = parse(
        "企业家座谈会主持词\n各位企业家：\n会议有两项议程。\n第一项，企业家发言。\n"
        "先请华盛机电公司董事长巫立群发言，然后是绿源食品公司总经理戈红梅、"
        "海通物流公司总经理阙振东。\n第二项，请区长卢明讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["巫立群", "戈红梅", "阙振东"]


def test_one_called_up_then_asked_by_surname_to_act_is_one_turn() -> None:
    """有请对话主持人、…副总编辑阚立新先生，以及四位对话嘉宾上台。有请阚总主持！: called up,
    then asked as 阚总 to host: one turn, his name and post from the first."""
    meeting = parse(
        "论坛主持词\n各位来宾：\n论坛有两项议程。\n第一项，请市长致辞。\n第二项，圆桌对话。\n"
        "有请对话主持人、晨报社副总编辑蒲海川先生，以及三位对话嘉宾上台。有请蒲总主持！\n"
        "（对话）\n论坛到此结束。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[1].speakers] == [("蒲海川", "晨报社副总编辑")]


def test_a_lectures_close_is_not_the_lecture_it_closes() -> None:
    """开班式到此结束。休息后，在本报告厅进行第一讲。 … 下面开始第一讲：… … 第一讲到此结束，…: the
    lecture is the item at 下面开始第一讲 (the close names it too, and opens nothing)."""
    meeting = parse(
        "培训班开班式主持词\n同志们：\n开班式有两项议程。\n第一项，请学员代表发言。\n"
        "第二项，请部长祁山同志讲话。\n开班式到此结束。休息10分钟后，\n在本报告厅进行第一讲。\n"
        "同志们，下面开始第一讲：《基层治理》，主讲人是党校教授巫红同志。有请巫教授授课。\n"
        "（授课）\n第一讲到此结束，下午继续上课。\n"
    )
    assert len(meeting.items) == 3
    assert [c.name for c in meeting.items[2].speakers] == ["巫红"]


def test_announcing_the_rules_and_then_presenting_the_plan_is_an_act_and_a_speech() -> None:
    """请…副校长…宣布学习纪律，并介绍本期课程安排: the announcement, then the speech presenting
    the plan (a second step, as …宣读…，并作具体安排 is)."""
    meeting = parse(
        "开班式主持词\n同志们：\n开班式有两项议程。\n"
        "第一项，请党校副校长宁海同志宣布学习纪律，并介绍本期课程安排。\n第二项，请部长讲话。\n散会。\n"
    )
    assert [c.kind for c in meeting.items[0].speakers] == ["action", "speech"]


def test_a_village_meetings_plain_close_ends_it() -> None:
    """今天的会就开到这里。 closes the meeting: what follows (会议纪要请各位代表签字后再走) is no turn."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n会议有两项议程。\n第一项，请村主任覃林通报情况。\n"
        "第二项，请镇干部甘露讲话。\n今天的会就开到这里。会议纪要请各位代表签字后再走。\n"
    )
    assert _speaker_names(meeting) == ["覃林", "甘露"]


def test_a_last_speech_told_after_the_overviews_count_is_one_more_item() -> None:
    """主要商议两件事：一是…；二是…。会议结束前，再请韦主任讲几句。 then 最后，请韦主任讲话: the
    two things and the last speech, three items."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n今天主要商议两件事：一是修路；二是分红。会议结束前，"
        "再请包村干部讲几句。\n先说第一件事。请村主任覃林介绍修路方案。\n大家有什么意见？\n"
        "同意的请举手。通过。\n下面说第二件事。请村会计甘露介绍分红方案。\n同意的请举手。通过。\n"
        "最后，请包村干部蒲青讲话。\n散会。\n"
    )
    assert len(meeting.items) == 3
    assert [c.name for c in meeting.items[2].speakers] == ["蒲青"]


def test_a_speech_after_a_step_that_is_only_an_act_is_the_next_step() -> None:
    """接下来，进行揭牌。请…揭牌。 下面进行授旗。请…授旗。 then 请村民代表…发言 on a line of its
    own: the speech is a step of its own after the act."""
    meeting = parse(
        "揭牌仪式主持词\n各位领导：\n下面，仪式开始。\n首先，请镇长邬海介绍建设情况。\n"
        "接下来，进行揭牌。\n有请县委部长苗青同志为服务站揭牌。\n（揭牌）\n下面进行授旗。\n"
        "请镇党委书记卓远同志为服务队授旗。\n请村民代表、柳村村民蒲兰同志发言。\n"
        "最后，请苗青部长讲话。\n仪式到此结束。\n"
    )
    assert len(meeting.items) == 5
    assert [c.name for c in meeting.items[3].speakers] == ["蒲兰"]


def test_a_part_announced_in_two_words_opens_the_overviews_item_it_names() -> None:
    """议程：宣读表彰决定，为先进集体和先进个人颁奖，… then 下面进行颁奖。 首先，为…颁奖。… 再一次
    向所有获奖的集体和个人表示祝贺！: item 2 opens at 下面进行颁奖, not at the congratulations after
    it (which share more of its words)."""
    meeting = parse(
        "表彰大会主持词\n同志们：\n今天的大会有这样几项议程：宣读表彰决定，为受表彰的先进集体和"
        "先进个人颁奖，先进代表发言，领导讲话。\n首先，请副局长柯敏同志宣读表彰决定。\n"
        "下面进行颁奖。\n首先，为先进集体颁奖。请副市长蒲涛同志为他们颁奖。\n"
        "接下来，为先进个人颁奖。请局长巫明同志为他们颁奖。\n"
        "再一次向受表彰的先进集体和先进个人表示祝贺！\n下面，请先进代表邝兰同志发言。\n"
        "最后，请市委副书记卓青同志讲话。\n散会。\n"
    )
    assert [item.title for item in meeting.items][1] == "为受表彰的先进集体和先进个人颁奖"
    assert [c.name for c in meeting.items[1].speakers] == ["蒲涛", "巫明"]


def test_an_overviews_items_open_at_the_groups_request_and_at_the_first_one_it_names() -> None:
    """三项内容：一是…通报…；二是请企业家代表发言…；三是请汤区长、滕书记讲话: item 2 opens at
    下面，请企业家朋友们发言 (not at a later 企业家代表 named), item 3 at the 区长 named first."""
    meeting = parse(
        "座谈会主持词\n各位企业家：\n今天的座谈会安排三项内容：一是请区工信局通报经济运行情况；"
        "二是请企业家代表发言，谈发展、提建议；三是请汤区长、滕书记讲话。\n"
        "首先，请区工信局局长邵文同志通报经济运行情况。\n下面，请企业家朋友们发言。\n"
        "先请华通公司董事长薛林先生发言。\n请青年企业家代表、云帆公司创始人严浩先生发言。\n"
        "下面，请区长汤国伟同志讲话。\n最后，请区委书记滕建国同志讲话。\n座谈会到此结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["邵文"],
        ["薛林", "严浩"],
        ["汤国伟", "滕建国"],
    ]


def test_a_question_to_the_room_then_the_show_of_hands_in_one_sentence_is_a_turn_and_a_vote() -> (
    None
):
    """对这个名单，大家有没有意见？没有意见的请举手；… : the room's turn, then the vote (as the
    question on a line of its own is); 还有没有不同意见？ stays no turn."""
    meeting = parse(
        "支部党员大会主持词\n同志们：\n会议有两项议程。\n第一项，通过监票人名单。"
        "对这个名单，大家有没有意见？没有意见的请举手；请放下。不同意的请举手；没有。名单通过。\n"
        "第二项，表决决议。大家还有没有不同意见？没有的话，同意的请举手；请放下。通过。\n散会。\n"
    )
    assert [len(item.speakers) for item in meeting.items] == [1, 0]
    assert [item.speakers[0].name for item in meeting.items[:1]] == [None]


def test_an_act_announced_after_the_numbered_items_is_the_last_item_the_count_promised() -> None:
    """共有五项议程 … 进行第四项，有请…讲话。 then 女：下面进行最激动人心的时刻——揭牌。: the act,
    announced with no number by a host, is item 5."""
    meeting = parse(
        "揭牌仪式主持词\n男：各位来宾：\n女：今天的仪式共有三项议程。\n男：进行第一项，有请院长向红女士致辞。\n"
        "女：进行第二项，有请副市长黎光先生讲话。\n男：下面进行最激动人心的时刻——揭牌。\n"
        "女：有请黎光副市长、向红院长为新院区揭牌。\n合：仪式到此结束！\n"
    )
    assert len(meeting.items) == 3
    assert [c.name for c in meeting.items[2].speakers] == ["黎光"]


def test_an_opening_and_a_close_tag_around_top_headings_are_items() -> None:
    """【开场】 … 一、… 二、… 三、… 【结束】: the tags around the headings are items too, as around
    第N篇章 tags."""
    meeting = parse(
        "常委会会议主持词\n【开场】\n各位组成人员：\n会议应到23人，实到19人，符合法定人数。\n"
        "一、听取审议预算报告\n下面，请副县长钱立新同志作报告。\n二、人事任免\n"
        "请人事代表工委主任邓卫东同志作说明。\n三、主任讲话\n下面，请主任杨国同志讲话。\n【结束】\n"
        "本次会议各项议程已全部完成，闭会。\n"
    )
    assert [item.title for item in meeting.items] == [
        "开场",
        "听取审议预算报告",
        "人事任免",
        "主任讲话",
        "结束",
    ]


def test_a_vote_named_as_an_entry_of_the_overviews_list_stays_in_the_list() -> None:
    """议程是：补选副镇长；表决大会决议；…作表态发言；…讲话。: four entries, the second no vote
    of its own (the overview counts four items)."""
    meeting = parse(
        "全体会议主持词\n各位代表：\n这次全体会议的议程是：补选副镇长；表决大会决议；新当选的副镇长作表态发言；"
        "镇党委书记讲话。\n下面进行补选。首先，请秘书长汤军同志宣读补选办法。\n"
        "下面进行第二项，表决大会决议。同意的请举手；请放下。通过。\n"
        "下面，请新当选的副镇长谭光同志作表态发言。\n最后，请镇党委书记龚华同志讲话。\n散会。\n"
    )
    assert meeting.overview[:2] == ["补选副镇长", "表决大会决议"]
    assert len(meeting.items) == 4


def test_the_other_side_of_a_signing_is_no_step_however_it_is_asked_up() -> None:
    """…代表县指挥部与各乡镇、各林场签订责任书。 then 请各乡镇主要负责同志和各林场场长依次上台签订
    / 请各乡镇分管负责同志到主席台前签字: the other side of the signing just asked, no step."""
    for then in (
        "请各乡镇主要负责同志和各林场场长依次上台签订。",
        "请各乡镇分管负责同志到主席台前签字。",
    ):
        meeting = parse(
            "部署会主持词\n同志们：\n会议有两项议程。\n"
            "第一项，签订责任书。请副县长邬平同志代表县指挥部与各乡镇、各国有林场签订责任书。"
            f"{then}\n第二项，请县长讲话。\n散会。\n"
        )
        assert [c.name for c in meeting.items[0].speakers] == ["邬平"], then


def test_the_room_told_it_may_ask_the_lecturer_is_the_rooms_turn() -> None:
    """有请…讲授《…》。课后留了15分钟，大家有什么问题可以当面向阮局长请教。: the lecture, then the
    room's questions, two turns."""
    meeting = parse(
        "培训班主持词\n同志们：\n培训有两讲。\n下面进行第一讲。有请县农业局副局长甘志成同志讲授"
        "《集体经济政策》。课后留了10分钟，大家有什么问题可以当面向甘局长请教。\n"
        "下面进行第二讲。有请教授柯明同志授课。\n今天的课程到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["甘志成", None]


def test_a_review_asked_with_its_direction_on_a_one_line_script_is_the_rooms_turn() -> None:
    """…作审查意见的报告。对这两个报告，请各位委员进行审议。（审议） all on one line: the report,
    then the room's turn (as when the direction stands on a line of its own)."""
    meeting = parse(
        "常委会会议主持词\n各位委员：会议有两项议程。第一项，请财政局局长黄勇同志作报告。"
        "请预算工委主任潘娟同志作审查意见的报告。对这两个报告，请各位委员进行审议。（审议）"
        "第二项，请主任邝明同志讲话。散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["黄勇", "潘娟", None],
        ["邝明"],
    ]


def test_a_lecture_opened_with_its_name_after_a_colon_is_titled_by_it() -> None:
    """下面开始第一讲：《基层治理》，主讲人是…: the lecture's title is its name."""
    meeting = parse(
        "培训班主持词\n同志们：\n开班式有两项议程。\n第一项，请学员代表发言。\n"
        "第二项，请部长祁山同志讲话。\n开班式到此结束。\n"
        "同志们，下面开始第一讲：《基层治理》，主讲人是党校教授巫红同志。有请巫教授授课。\n"
    )
    assert meeting.items[-1].title == "《基层治理》"


def test_a_groups_act_told_again_after_a_line_break_is_the_same_step() -> None:
    """请各学院院长在各学院分区为本学院的毕业生拨穗。请各学院毕业生依次起立，(a break) 由学院院长
    逐一拨穗正冠。: one act of the deans, not two."""
    meeting = parse(
        "毕业典礼主持词\n同学们：\n典礼有两项议程。\n第一项，拨穗。请校长莘群教授为学位获得者代表拨穗。\n"
        "下面，请各学院院长在各学院分区为本学院的毕业生拨穗。请各学院毕业生按顺序依次起立，\n"
        "由学院院长逐一拨穗正冠。\n第二项，请校长讲话。\n典礼到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("莘群", "action"),
        (None, "action"),
    ]


def test_the_first_turn_asked_with_先_alone_opens_a_script_stepped_without_numbers() -> None:
    """会议有这么几项内容。先请…通报…。接下来，请…。下面，请…。最后，请…: the first turn, asked with
    先 and no 首先, is step 1."""
    meeting = parse(
        "推进会主持词\n同志们：\n会议有这么几项内容。\n先请副主任徐峰同志通报推进情况。\n"
        "接下来，请项目单位负责人作交流发言。\n下面，请主任卢燕同志作安排部署。\n"
        "最后，请书记龚华同志讲话。\n散会。\n"
    )
    assert len(meeting.items) == 4
    assert [c.name for c in meeting.items[0].speakers] == ["徐峰"]


def test_a_stage_direction_after_the_chairs_own_words_is_no_ones_turn() -> None:
    """下面，由我代表支委会介绍…考察情况。 then （邝德明介绍）: the chair speaking, named in the
    direction, takes no turn."""
    meeting = parse(
        "支部党员大会主持词\n同志们：\n会议有两项议程。\n第一项，请预备党员韦强同志汇报。\n"
        "下面，由我代表支委会介绍韦强同志的考察情况。\n（邝德明介绍）\n第二项，表决。同意的请举手。通过。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["韦强"]


def test_the_others_told_they_may_speak_up_now_take_the_rooms_turn() -> None:
    """其他家长如果有好的做法，或者有什么困惑，也欢迎大家现在提出来 / 其他委员有什么意见建议，也可以
    直接提出来: the room's turn; 可以会后提出来 is for later."""
    for said in (
        "其他家长如果有好的做法，或者有什么困惑，也欢迎大家现在提出来，我们一起交流。",
        "其他委员有什么意见建议，也可以直接提出来。",
    ):
        cue = find_cue(normalise(said))
        assert cue is not None and cue.group and cue.name is None, said
    assert find_cue(normalise("其他同志有意见，可以会后提出来。")) is None


def test_one_asked_to_read_the_accounts_aloud_acts_and_a_task_taken_home_is_no_turn() -> None:
    """请…主任王玉兰先把今年的收支账目给大家念一念: her act (as 宣读); 请各位代表带回去，在本组里
    念一念: a task back home, nobody's turn."""
    cue = find_cue(normalise("请村务监督委员会主任卢玉兰先把今年的收支账目给大家念一念。"))
    assert cue is not None and (cue.name, cue.kind) == ("卢玉兰", "action")
    assert find_cue(normalise("请各位代表带回去，在本组里念一念、讲一讲。")) is None


def test_the_other_side_signing_at_the_branch_halls_of_a_video_meeting_is_no_step() -> None:
    """请县长…代表县政府与各乡镇乡镇长签订责任书。由于是视频会议，请各乡镇乡镇长在分会场签字: the
    other side of the signing, no step."""
    meeting = parse(
        "视频会议主持词\n同志们：\n会议有两项议程。\n第一项，签订责任书。请方伟县长代表县政府与各乡镇乡镇长签订"
        "责任书。由于是视频会议，请各乡镇乡镇长在分会场签字，会后将责任书报县办公室。\n"
        "第二项，请县委书记讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["方伟"]


def test_a_report_heard_in_the_items_words_then_asked_for_is_one_turn() -> None:
    """进行第一项议程，听取县人民法院院长林峰同志作工作报告。请林峰同志作报告。: one turn, with the
    post the item gave; 听取…主任会议关于接受…同志辞去…职务的说明 names no one (the body explains)."""
    meeting = parse(
        "人代会主持词\n各位代表：\n会议有两项议程。\n进行第一项议程，听取县人民法院院长林峰同志作县人民法院"
        "工作报告。请林峰同志作报告。\n进行第二项议程，听取县人大常委会主任会议关于接受伍明同志辞去委员"
        "职务的说明。请副秘书长黄林同志作说明。\n散会。\n"
    )
    assert [[(c.name, c.role) for c in item.speakers] for item in meeting.items] == [
        [("林峰", "县人民法院院长")],
        [("黄林", "副秘书长")],
    ]


def test_the_organising_units_asked_to_answer_are_a_group_announcing_the_named() -> None:
    """针对代表们提出的问题，请承办单位作回应。先请马杰副局长回应；再请栾春副局长回应。: 单 is a
    surname but 承办单位 names no one; the units' line announces the two named answers."""
    cue = find_cue(normalise("针对代表们提出的问题，请承办单位作回应。"))
    assert cue is not None and cue.group and cue.name is None


def test_a_lecture_told_at_the_close_and_opened_on_a_later_line_is_one_item() -> None:
    """开班式到此结束。休息10分钟后，(a break) 进行第一讲。 … 各位学员，现在开始上课。第一讲：《…》。
    下面有请…授课 (on one line): one lecture, opened where the class begins."""
    meeting = parse(
        "培训班主持词\n同志们：\n开班式有两项议程。\n第一项，请学员代表发言。\n第二项，请部长覃国同志讲话。\n"
        "开班式到此结束。休息10分钟后，\n进行第一讲。\n（休息后）\n"
        "各位学员，现在开始上课。第一讲：《村级组织建设》。下面有请科长甘波同志为大家授课！\n"
        "下面进行第二讲，有请副局长卜生同志讲授《乡村产业》。\n今天的课程到此结束。\n"
    )
    assert [c.name for item in meeting.items[2:] for c in item.speakers] == ["甘波", "卜生"]
    assert [item.title for item in meeting.items][2] == "《村级组织建设》"


def test_a_turns_planned_length_after_a_comma_is_no_part_of_the_items_title() -> None:
    """下面，请…两个项目责任领导作表态发言，每人3分钟。: titled without ，每人3分钟."""
    meeting = parse(
        "推进会主持词\n同志们：\n首先，请副主任徐峰同志通报情况。\n"
        "下面，请进度滞后的两个项目责任领导作表态发言，每人3分钟。\n最后，请书记龚华同志讲话。\n散会。\n"
    )
    assert [item.title for item in meeting.items][1] == "请进度滞后的两个项目责任领导作表态发言"


def test_a_numbered_sub_heading_of_the_agenda_names_no_one() -> None:
    """一、大会正式议程 （一）听取并审议总经理工作报告 then 下面，请…郑立群同志作…工作报告: the sub-heading
    (听取…) is no turn, though a turn was asked before it."""
    meeting = parse(
        "职代会主持词\n各位代表：\n一、开幕\n请全体起立，奏国歌。\n请工会主席罗敏同志致开幕词。\n"
        "二、大会正式议程\n（一）听取并审议总经理工作报告\n下面，请公司总经理郑立群同志作工作报告。\n"
        "三、闭幕\n大会到此结束。\n"
    )
    assert _speaker_names(meeting) == ["罗敏", "郑立群"]


def test_shows_after_an_award_part_are_steps_and_a_show_part_holds_its_own() -> None:
    """下面进入年度表彰环节。… 下面请欣赏…舞蹈。接下来请欣赏…小品。 看完节目，接下来是抽奖环节: each
    show a step after the awards; 颁奖环节结束，下面进入文艺表演。首先请欣赏…: the show part holds its
    shows."""
    shows = parse(
        "年会主持词\n男：各位同事：\n女：首先，有请董事长江然先生致辞。\n男：下面进入年度表彰环节。"
        "有请总监伍静女士宣读获奖名单。\n有请副总裁唐远先生为他们颁奖！\n女：下面请欣赏研发中心带来的舞蹈"
        "《代码之舞》！\n男：接下来请欣赏市场部带来的小品《需求》。\n女：看完节目，接下来是抽奖环节！"
        "有请经理桂雨上台抽奖！\n合：年会到此结束！\n"
    )
    assert len(shows.items) == 5
    part = parse(
        "年会主持词\n男：各位同事：\n女：首先，有请董事长江然先生致辞。\n男：下面进入年度颁奖环节。"
        "有请总经理刘华先生为他们颁奖！\n女：颁奖环节结束，下面进入文艺表演。\n首先请欣赏市场部带来的"
        "开场舞《燃》！\n男：接下来请欣赏财务部带来的歌曲。\n女：接下来是抽奖环节！有请副总经理郑凯先生"
        "上台抽奖！\n合：年会到此结束！\n"
    )
    assert len(part.items) == 4


def test_亲自_after_a_leader_is_how_he_acts_not_his_name() -> None:
    """有请江总亲自抽取！: 江总 draws, 亲自 is how."""
    cue = find_cue(normalise("有请江总亲自抽取一等奖！"))
    assert cue is not None and cue.name == "江总"


def test_a_part_announced_in_two_words_before_more_sentences_opens_the_item_it_names() -> None:
    """议程：一是听取调研情况；二是委员协商发言；三是副市长讲话。 … 接下来，进行协商发言。今天安排了
    三位同志发言…。首先，请…: item 2 opens at 接下来，进行协商发言 (not at a later room's turn), and
    下面进行表决 is never the item of a vote's title."""
    meeting = parse(
        "协商会主持词\n各位委员：\n今天的会议有三项议程：一是听取调研情况；二是委员和界别代表协商发言；"
        "三是副市长讲话。\n下面，请委员会主任邝华同志通报调研情况。\n"
        "接下来，进行协商发言。今天安排了两位同志发言，每位发言请控制在6分钟以内。\n"
        "首先，请副院长梁平委员发言。\n请主任医师甘琴委员发言。\n"
        "下面进入互动交流环节，其他委员有什么意见建议，也可以直接提出来。\n"
        "下面，请韦光副市长讲话。\n散会。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["邝华"],
        ["梁平", "甘琴", None],
        ["韦光"],
    ]


def test_a_second_signing_asked_after_a_semicolon_with_同时_is_a_step_of_its_own() -> None:
    """请…校长和…董事长上台签约；同时，请学院与其他5家企业的代表依次签约。: two signings, two
    steps."""
    meeting = parse(
        "签约仪式主持词\n各位来宾：\n仪式有两项议程。\n第一项，签约。请苏萍校长和沈强董事长上台签约；"
        "同时，请学院与园区内其他5家企业的代表依次签约。\n第二项，请副市长讲话。\n仪式到此结束。\n"
    )
    assert [c.kind for c in meeting.items[0].speakers] == ["action", "action"]


def test_a_question_to_the_room_after_the_motion_is_put_to_the_vote_is_still_asked() -> None:
    """…大会主席团决定提请本次会议表决。对这个草案，各位代表有没有意见？没有。: the room asked (a
    sentence that only puts the motion to the vote asks no one)."""
    said = "选举办法草案已经各代表团审议，主席团决定提请本次会议表决。对这个草案，各位代表有没有意见？没有。"
    cue = find_cue(normalise(said))
    assert cue is not None and cue.group and cue.name is None
    assert find_cue(normalise("草案已经各代表团酝酿讨论，现在提请大会表决。")) is None


def test_the_others_asked_whether_they_need_to_add_anything_is_the_rooms_turn() -> None:
    """刚才两个镇作了汇报。其他乡镇有没有需要补充的？: the rest of the room asked, its turn."""
    cue = find_cue(normalise("其他乡镇有没有需要补充的？"))
    assert cue is not None and cue.group and cue.name is None


def test_ordinals_after_首先_lay_out_the_steps_even_where_one_is_no_request() -> None:
    """议程有四项。首先，请…宣读…。第二，请A、B作表态发言。第三，观看…。第四，请…讲话。: four steps,
    the second two people's turns (a point of the chair's remarks names nobody)."""
    meeting = parse(
        "动员会主持词\n同志们：\n今天的会议议程有四项。\n首先，请副总经理罗兵宣读《竞赛方案》。\n"
        "第二，请车间主任邓波、班组长卫红代表各车间作表态发言。\n"
        "第三，观看专题片《匠心》。请工作人员播放。\n第四，请董事长凌峰同志讲话。\n会议到此结束。\n"
    )
    assert len(meeting.items) == 4
    assert [c.name for c in meeting.items[1].speakers] == ["邓波", "卫红"]
    assert meeting.items[2].speakers == []


def test_one_asked_after_the_rooms_turn_in_a_sharing_part_is_a_step_of_its_own() -> None:
    """下面是…交流环节。…有请A。…有请B。还有哪位家长想上台说说自己的做法？（现场交流） then
    下面，有请…专家讲一讲…: the part ended with the room's turn; the expert's talk is the next step."""
    meeting = parse(
        "家长会主持词\n甲：各位家长：\n甲：首先，有请校长冯敏致辞。\n乙：接下来是“家教心得”交流环节。"
        "有请家长代表陆芸女士！\n甲：下面有请家长代表苗青先生。\n乙：还有哪位家长也想上台说说自己的做法？\n"
        "（现场交流）\n甲：下面，有请市心理协会会长侯川老师给大家讲一讲“怎样和孩子沟通”。\n"
        "乙：接下来是表彰环节。有请冯敏校长为优秀家长颁奖！\n甲：家长会到此结束。\n"
    )
    assert len(meeting.items) == 4
    assert [c.name for c in meeting.items[1].speakers] == ["陆芸", "苗青", None]
    assert [c.name for c in meeting.items[2].speakers] == ["侯川"]


def test_the_room_asked_for_its_review_in_the_words_发表审议意见() -> None:
    cue = find_cue(normalise("请大家发表审议意见。"))
    assert cue is not None and cue.group and cue.name is None


def test_a_group_asked_with_a_colon_before_the_list_of_who_does_it_is_no_turn() -> None:
    """请签约双方上台签约： then each pair asked (names left blank): a turn each, none for the
    group's line."""
    meeting = parse(
        "签约仪式主持词\n各位来宾：\n仪式有两项议程。\n第一项，项目签约。请签约双方代表上台签约：\n"
        "请××园区管委会主任××同志和××科技公司总经理××先生签订合作协议；\n"
        "请××县副县长××同志和××集团董事长××先生签订投资协议。\n第二项，请县长讲话。\n仪式到此结束。\n"
    )
    assert [c.role for c in meeting.items[0].speakers] == ["园区管委会主任", "县副县长"]


def test_a_report_asked_for_then_asked_again_in_brief_by_the_same_person_is_one_turn() -> None:
    """请副县长邵华同志作…的报告。书面报告已印发各位代表，请邵副县长作简要说明。: one turn."""
    meeting = parse(
        "人代会主持词\n各位代表：\n会议有两项议程。\n进行第一项议程，请副县长邵华同志作关于计划执行情况的"
        "报告。书面报告已印发各位代表，请邵副县长作简要说明。\n进行第二项议程，请县长讲话。\n散会。\n"
    )
    assert [(c.name, c.role) for c in meeting.items[0].speakers] == [("邵华", "副县长")]


def test_the_one_who_监誓_asked_by_the_part_he_plays_is_no_name() -> None:
    """请领誓人领誓，监誓人监誓。: 监誓人 is the part, like 领誓人, never a name."""
    cue = find_cue(normalise("请监誓人监誓。"))
    assert cue is not None and cue.name is None


def test_the_room_asked_to_give_its_views_before_a_discussion_direction_is_its_turn() -> None:
    """下面请大家对张某同志能否转正充分发表意见。（讨论）: the room asked for its views, its turn (the
    direction says it talked)."""
    meeting = parse(
        "支部党员大会主持词\n同志们：\n会议有两项议程。\n第一项，请支部书记钟岚同志介绍情况。"
        "下面请大家对谷雨同志能否转正充分发表意见。（讨论）\n第二项，进行表决。同意的请举手。"
        "不同意的请举手。弃权的请举手。\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["钟岚", None]


def test_会议先听取_opens_the_first_step_of_a_script_run_without_numbers() -> None:
    """会议先听取…的通报。请…通报。 then 接下来进行协商发言… 最后，请…讲话: three steps."""
    meeting = parse(
        "协商会主持词\n各位委员：\n会议先听取区水利局关于河道治理情况的通报。请区水利局局长巩华同志通报。\n"
        "（通报）\n接下来进行协商发言，每位发言不超过5分钟。\n请桑平委员发言。\n请卢琳委员发言。\n"
        "最后，请区政协主席俞明同志讲话。\n会议结束。\n"
    )
    assert [[c.name for c in item.speakers] for item in meeting.items] == [
        ["巩华"],
        ["桑平", "卢琳"],
        ["俞明"],
    ]


def test_a_request_ending_on_a_semicolon_goes_on_to_the_next_line_named_without_请() -> None:
    """先请第一代表团团长、…甘露汇报；(a break) 第二代表团团长符海汇报；(a break) 第三代表团团长、…
    蔺军汇报。: three turns."""
    meeting = parse(
        "职代会主持词\n各位代表：\n会议有两项议程。\n第一项，各代表团团长汇报讨论情况。先请第一代表团"
        "团长、车间主任甘露汇报；\n\n第二代表团团长符海汇报；\n\n第三代表团团长、质检科长蔺军汇报。\n\n"
        "第二项，请总经理讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["甘露", "符海", "蔺军"]


def test_a_speech_then_an_act_by_one_whose_name_is_left_blank_is_two_steps() -> None:
    """请集团董事长×××讲话，并宣布…活动启动。: his speech, then his act, as with a name."""
    meeting = parse(
        "动员会主持词\n同志们：\n会议有两项议程。\n第一项，请副总经理讲话。\n"
        "第二项，请集团董事长×××讲话，并宣布“质量月”活动启动。\n散会。\n"
    )
    assert [(c.kind, c.role) for c in meeting.items[1].speakers] == [
        ("speech", "集团董事长"),
        ("action", "集团董事长"),
    ]


def test_下面进行圆桌对话_after_a_part_is_a_part_of_its_own() -> None:
    """接下来进入主旨演讲环节。有请A…。有请B…。 then 下面进行圆桌对话，主题是…: the round table is the
    next step, not a turn of the speeches."""
    meeting = parse(
        "论坛主持词\n各位嘉宾：\n首先，有请市长岑林先生致辞。\n接下来进入主旨演讲环节。\n"
        "有请院士厉平先生作主旨演讲。\n有请教授韩露女士作主旨演讲。\n"
        "下面进行圆桌对话，主题是“城市更新”。有请教授韩露主持圆桌对话。\n"
        "最后，有请副市长祁东先生发布《城市更新倡议》。\n论坛到此结束。\n"
    )
    assert len(meeting.items) == 4


def test_the_one_asked_to_come_to_the_rostrum_is_not_named_by_where_he_goes() -> None:
    """请领誓人到宣誓台前领誓。: the part asked, 到宣誓台前 where he goes (no name)."""
    cue = find_cue(normalise("请领誓人到宣誓台前领誓。"))
    assert cue is not None and cue.name is None and cue.role == "领誓人"


def test_a_lecture_told_with_its_time_later_that_day_is_no_item() -> None:
    """…下午第二讲，由…讲授《…》，时间为下午2:30到4:30，地点仍在本报告厅。: told for later."""
    meeting = parse(
        "培训班主持词\n同志们：\n开班式有两项议程。\n第一项，请主任戚红同志通报培训安排。\n"
        "第二项，请副主任作动员讲话。\n开班式到此结束。休息十分钟。\n"
        "下面开始第一讲，有请教授柏林同志授课。\n（授课）\n感谢柏教授。下午第二讲，由副主任桂平同志"
        "讲授《执法检查的方法》，时间为下午2:30到4:30，地点仍在本报告厅。\n上午的培训到此结束。\n"
    )
    assert len(meeting.items) == 3


def test_places_asked_together_to_speak_are_announced_by_the_named_turns_after() -> None:
    """请东山县、西岭区作表态发言。先请东山县副县长…发言；再请西岭区副区长…发言。: two turns, the
    places' request none (one place asked alone, 请城东街道发言, stays a turn)."""
    meeting = parse(
        "部署会主持词\n同志们：\n会议有两项议程。\n第一项，表态发言。\n请东山县、西岭区作表态发言，各5分钟。"
        "\n先请东山县副县长谷平同志发言；\n再请西岭区副区长蒲红同志发言。\n第二项，请市长讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["谷平", "蒲红"]
    cue = find_cue(normalise("首先请城东街道发言。"))
    assert cue is not None and not cue.group


def test_the_one_asked_to_witness_a_signing_takes_no_step() -> None:
    """请A和B代表双方签订集体合同，请董事长C同志见证。: the signing, one step; the witness none."""
    meeting = parse(
        "职代会主持词\n各位代表：\n会议有两项议程。\n第一项，签订集体合同。请总经理邬平同志和工会主席"
        "符兰同志代表双方签订集体合同，请公司董事长葛松同志见证。\n第二项，请董事长讲话。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["邬平"]


def test_a_retired_cadre_is_a_kind_of_person_before_the_name() -> None:
    """有请退休老干部、原办公室主任甘某老师分享…: 甘某 is the one named (退休老 is no name)."""
    cue = find_cue(normalise("最后，有请退休老干部、原工会主席符正明老师分享读书心得。"))
    assert cue is not None and cue.name == "符正明"


def test_the_room_asked_what_it_made_of_what_it_heard_is_its_turn() -> None:
    """听了几位的分享，大家有没有什么感想？: the room asked, its turn."""
    cue = find_cue(normalise("听了几位的分享，大家有没有什么感想？"))
    assert cue is not None and cue.group and cue.name is None


def test_接下来是文艺表演_and_就是抽奖环节_after_the_show_are_parts() -> None:
    """…表彰环节… 接下来是文艺表演。首先请欣赏… 精彩的表演过后，就是大家最期待的抽奖环节！: four
    steps in all."""
    meeting = parse(
        "年会主持词\n男：各位同事：\n男：首先，有请董事长苗华先生致辞！\n女：接下来进入表彰环节。"
        "有请经理安琪女士宣读获奖名单。\n女：有请总经理鲍勇先生为他们颁奖！\n男：谢谢。\n"
        "接下来是文艺表演。\n首先请欣赏市场部带来的舞蹈《光》！\n女：有请财务部带来歌曲《梦》！\n"
        "男：精彩的表演过后，就是大家最期待的抽奖环节！有请鲍勇先生抽出三等奖！\n合：年会到此结束！\n"
    )
    assert len(meeting.items) == 4


def test_a_lone_opening_tag_above_numbered_chapter_tags_is_the_opening() -> None:
    """【开场】 then 【第一篇章 …】 【第二篇章 …】 【第三篇章 …】 and no 【结束】: three items."""
    meeting = parse(
        "年会主持词\n\n【开场】\n\n男：各位同事，大家晚上好！\n\n【第一篇章 回望】\n\n女：有请董事长"
        "柴明先生致辞！\n\n【第二篇章 欢聚】\n\n男：请欣赏舞蹈《春》！\n\n【第三篇章 启航】\n\n"
        "女：有请总经理房刚先生抽取特等奖！\n\n合：年会到此结束！\n"
    )
    assert [item.title for item in meeting.items] == [
        "第一篇章 回望",
        "第二篇章 欢聚",
        "第三篇章 启航",
    ]


def test_the_room_asked_to_read_a_pledge_after_the_chair_takes_no_turn() -> None:
    """请全体同学起立，举起右手，跟我宣读《…承诺》。: they repeat after the chair, nobody's step."""
    assert find_cue(normalise("请全体同学起立，举起右手，跟我宣读《新学期承诺》。")) is None


def test_an_act_asked_after_a_part_of_speeches_is_a_step_of_its_own() -> None:
    """接下来，进入主旨演讲环节。… 有请A。… 有请B。 then 下面，请…副主任邵某发布《…报告》: the act
    after the speeches is the next step."""
    meeting = parse(
        "论坛主持词\n各位嘉宾：\n首先，请市长葛平致欢迎辞。\n接下来，进入主旨演讲环节。\n"
        "第一位演讲嘉宾是院士顾远，有请顾院士。\n第二位演讲嘉宾是副院长陶雨，有请。\n"
        "下面，请研究院副主任邵华发布《乡村数字发展报告》。\n最后是圆桌对话环节。有请教授祝立主持。\n"
        "论坛到此结束。\n"
    )
    assert len(meeting.items) == 4


def test_the_show_after_the_awards_told_in_a_clause_is_a_part() -> None:
    """…下面进入表彰环节… then 表彰之后，是我们精心准备的文艺节目。首先，请欣赏…: a part of its own."""
    meeting = parse(
        "年会主持词\n男：各位同事：\n男：首先，有请董事长白华先生致辞！\n女：下面进入表彰环节。"
        "有请总监柴刚先生为获奖者颁奖！\n男：表彰之后，是我们精心准备的文艺节目。首先，请欣赏研发中心"
        "带来的舞蹈《光》。\n女：接下来是大家最期待的抽奖环节！有请总经理常新先生抽出特等奖！\n"
        "合：年会到此结束！\n"
    )
    assert len(meeting.items) == 4


def test_the_report_heard_from_one_named_after_his_post_without_同志_is_his_turn() -> None:
    """进行第一项议程，听取县长郝平作政府工作报告。（报告毕）: his turn (no request after it)."""
    cue = find_cue(normalise("进行第一项议程，听取县长郝平作政府工作报告。"))
    assert cue is not None and cue.name == "郝平"
    assert find_cue(normalise("听取县政府关于预算执行情况的报告。")) is None


def test_a_plan_broken_after_然后_goes_on_on_the_next_line() -> None:
    """安排是这样的：先请…，再请…，然后 / 请有关部门回应，最后请书记讲话。: one sentence, the
    plan (the steps come later, four of them)."""
    meeting = parse(
        "座谈会主持词\n同志们：\n今天座谈会的安排是这样的：先请市商务局汇报情况，再请企业家代表发言，然后\n"
        "请有关部门负责同志回应，最后请贺书记讲话。\n首先，请市商务局局长任达同志汇报情况。\n（汇报）\n"
        "下面请企业家代表发言。\n请邵鹏先生发言。\n请霍帆女士发言。\n接下来，请有关部门负责同志回应。\n"
        "最后，请市委书记贺明同志讲话。\n散会。\n"
    )
    assert len(meeting.items) == 4


def test_the_scrutineers_asked_to_count_are_no_ones_turn() -> None:
    """…请监票人当众检查票箱。… 请监票人计票。（计票）: the count, no one's turn (计 is no surname here)."""
    meeting = parse(
        "支部大会主持词\n同志们：\n会议有两项议程。\n第一项，请支部书记介绍情况。\n请支部书记谷平同志介绍。"
        "\n第二项，投票表决。请工作人员分发表决票。请大家写票。\n请监票人计票。\n（计票）\n"
        "请总监票人报告表决结果。\n会议到此结束。\n"
    )
    assert "计票" not in [c.name for c in meeting.items[1].speakers]


def test_the_awarded_sent_to_the_rostrum_between_two_requests_leave_the_second_its_turn() -> None:
    """请教导主任…宣读表彰名单，请受表彰的同学到主席台前领奖，请副校长…颁发奖状。: two turns, the
    reading and the award (those sent to the rostrum are directions)."""
    meeting = parse(
        "开学典礼主持词\n同学们：\n第一项，升旗。\n第二项，表彰。\n请教务主任钟平老师宣读表彰名单，"
        "请受表彰的同学到主席台前领奖，请副校长易华为他们颁发奖状。\n（颁奖）\n第三项，请校长讲话。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["钟平", "易华"]


def test_the_room_asked_its_views_then_told_to_discuss_before_the_direction_is_its_turn() -> None:
    """对支部委员会的工作报告，大家有什么意见？请讨论。（讨论）: the room asked, its turn."""
    meeting = parse(
        "党员大会主持词\n同志们：\n会议有两项议程。\n第一项，请支部书记谢平同志作工作报告。（报告）"
        "同志们，对支部委员会的工作报告，大家有什么意见？请讨论。（讨论）\n"
        "第二项，请上级党组织领导讲话。\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["谢平", None]


def test_the_room_asked_to_weigh_it_at_length_then_the_review_direction_is_its_turn() -> None:
    """请各位委员结合…情况进行审议，重点就…提出意见。（审议）: the room's turn, however long the
    request before the direction."""
    meeting = parse(
        "常委会会议主持词\n各位委员：\n会议有两项议程。\n第一项，请县交通局局长庞伟同志作报告。\n"
        "（报告）\n请各位委员结合前期视察了解的农村公路养护情况进行审议，重点就资金保障提出意见。\n"
        "（审议）\n第二项，请主任讲话。\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["庞伟", None]


def test_the_room_asked_to_talk_it_over_then_the_discussion_direction_is_its_turn() -> None:
    """…请大家议一议。（讨论） / 请大家给班子提出批评意见。（党员发言）: the room's turn."""
    for asked, direction in (
        ("请大家议一议。", "（讨论）"),
        ("请大家给班子提出批评意见。", "（党员发言）"),
    ):
        meeting = parse(
            "村民代表会议主持词\n各位代表：\n会议有两项议程。\n第一项，请村主任易平同志介绍修路方案。"
            f"\n修路要占用部分耕地，{asked}\n{direction}\n第二项，表决。\n会议到此结束。\n"
        )
        assert [c.name for c in meeting.items[0].speakers] == ["易平", None], asked


def test_which_member_goes_first_asks_the_room() -> None:
    """哪位代表先来？ / 哪位委员先讲？: the room's turn (谁先讲？ already was)."""
    for question in ("哪位代表先来？", "哪位委员先讲？"):
        cue = find_cue(normalise(f"下面进行交流，每人不超过5分钟。{question}"))
        assert cue is not None and cue.group, question


def test_those_listed_asked_to_report_in_order_are_each_a_turn() -> None:
    """请甲书记A、乙书记B、丙书记C三位同志按顺序述职: three turns."""
    meeting = parse(
        "述职会主持词\n同志们：\n会议有两项议程。\n第一项，述职。\n请东坪村党支部书记向华、西坪村"
        "党支部书记卓明、南坪村党支部书记伍岚三位同志按照顺序述职。\n第二项，请镇党委书记讲话。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["向华", "卓明", "伍岚"]


def test_counties_and_districts_asked_together_then_each_by_name_are_the_named_turns() -> None:
    """请县市区作表态发言。 then 先请…副县长…发言。再请…副区长…发言。: two turns, not three."""
    meeting = parse(
        "部署会主持词\n同志们：\n会议有两项议程。\n第一项，表态发言。\n请县市区作表态发言。\n"
        "先请平江县副县长包勇同志发言。\n再请岳麓区副区长殷华同志发言。\n第二项，请市长讲话。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["包勇", "殷华"]


def test_a_numbered_subheading_over_someone_elses_request_is_no_turn() -> None:
    """（二）安监部代表 then 请…项目经理牛磊同志作表态发言: his turn, the heading none."""
    meeting = parse(
        "安全大会主持词\n同志们：\n会议有两项议程。\n一、表态发言\n（一）监理单位\n"
        "请监理单位总监包平同志作表态发言。\n（二）安监部代表\n请二标段项目经理牛磊同志作表态发言。\n"
        "二、领导讲话\n请总经理讲话。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["包平", "牛磊"]


def test_the_one_asked_told_again_as_doing_it_for_another_is_one_turn() -> None:
    """请…副科长岑立汇报（科长出差在外，由岑立代为汇报）: one turn, his."""
    meeting = parse(
        "例会主持词\n同志们：\n会议有两项议程。\n第一项，各科室汇报。\n请财务科副科长岑立汇报（科长"
        "出差在外，由岑立代为汇报）。\n请后勤科科长鲍平汇报。\n第二项，请院长讲话。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["岑立", "鲍平"]


def test_the_time_and_the_matter_put_before_the_verb_leave_the_name() -> None:
    """请…副经理单明先用10分钟时间把修订的地方作个说明 / 请单明把方案作个说明: his turn;
    请各分公司把…传达到… is an order, no one's turn."""
    for sentence in (
        "请质量部副经理单明先用10分钟时间把制度修订的地方作个说明，然后大家讨论。",
        "请单明把新方案作个说明。",
    ):
        cue = find_cue(normalise(sentence))
        assert cue is not None and cue.name == "单明", sentence
    assert find_cue(normalise("请各车间把这个要求原原本本传达到每一名员工。")) is None


def test_the_next_item_said_before_any_item_is_numbered_leaves_the_overview_its_items() -> None:
    """议程：1…2…3… then 首先，请…通报… … 没有的话，进行下一项。: the overview's first item is the
    first asked, not a masked number."""
    meeting = parse(
        "例会主持词\n同志们：\n会议议程：\n1．质检部通报质量情况；\n2．各班组汇报；\n3．厂长讲话。\n"
        "首先，请质检部部长文亮通报质量情况。\n大家有没有补充？没有的话，进行下一项。\n"
        "下面请各班组依次汇报。\n最后，请厂长苗华讲话。\n散会。\n"
    )
    assert [it.speakers[0].name for it in meeting.items[::2]] == ["文亮", "苗华"]
    assert len(meeting.items) == 3


def test_a_request_after_the_close_of_a_ceremony_run_without_numbers_is_no_item() -> None:
    """首先…接下来…有请…揭牌。…揭牌仪式到此结束。下面，请各位嘉宾参观展厅。: three items."""
    meeting = parse(
        "揭牌仪式主持词\n各位来宾：\n首先，请局长甘明先生致辞。\n接下来，请副市长殷丽女士讲话。\n"
        "下面，有请甘明先生、殷丽女士为服务中心揭牌。\n（揭牌）\n揭牌仪式到此结束。下面，请各位嘉宾"
        "参观展厅。谢谢大家！\n"
    )
    assert len(meeting.items) == 3


def test_the_one_named_called_up_to_lead_the_toast_has_his_turn() -> None:
    """有请…董事长上台，与…一起，举杯为新年祝福: his turn; all the leaders called up to raise their
    glasses together have none."""
    cue = find_cue(normalise("最后，有请向东海总裁上台，和各位高管一起，举杯为新的一年祝福！"))
    assert cue is not None and (cue.name, cue.kind) == ("向东海", "speech")
    assert find_cue(normalise("最后，让我们共同举杯，有请全体高管上台，为大家敬酒送祝福！")) is None


def test_the_panel_host_of_the_dialogue_named_with_的_acts() -> None:
    """有请本场论坛的主持人、…主编卢海先生，以及三位嘉宾上台: the host's step."""
    cue = find_cue(normalise("有请本场论坛的主持人、晨报社主编卢海先生，以及三位嘉宾上台！"))
    assert cue is not None and (cue.name, cue.kind) == ("卢海", "action")


def test_the_room_told_it_may_put_its_questions_to_the_guests_is_its_turn() -> None:
    """在座的来宾们如果有问题，可以举手向专家提问。: the room's turn to ask."""
    cue = find_cue(normalise("谢谢几位专家！在座的来宾们如果有问题，可以举手向专家提问。"))
    assert cue is not None and cue.group and cue.verb == "提问"


def test_a_review_of_the_year_then_an_announcement_are_two_steps() -> None:
    """有请总裁…作年度工作回顾，并宣布明年的目标: his speech, then his act."""
    meeting = parse(
        "年会主持词\n男：各位同事：\n男：首先，有请董事长卜强先生致辞！\n女：接下来，有请总裁鲁敏女士作"
        "年度工作回顾，并宣布明年的经营目标。\n男：下面进入颁奖环节。有请卜强先生颁奖！\n"
        "合：年会到此结束！\n"
    )
    kinds = [(c.name, c.kind) for it in meeting.items for c in it.speakers]
    assert ("鲁敏", "speech") in kinds and ("鲁敏", "action") in kinds


def test_a_reading_then_the_oath_the_reader_leads_are_two_steps() -> None:
    """请…班长…宣读安全承诺书，并带领全体员工进行安全宣誓: two acts, his."""
    meeting = parse(
        "安全生产月启动会主持词\n同志们：\n会议有两项议程。\n第一项，请车间主任邵平同志讲话。\n"
        "第二项，请员工代表、焊工班班长左刚同志宣读安全承诺书，并带领全体员工进行安全宣誓。\n"
        "会议到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[1].speakers] == [
        ("左刚", "action"),
        ("左刚", "action"),
    ]


def test_the_one_proposed_for_appointment_is_named_after_的() -> None:
    """请县人民政府提请任命为…局长的邝华同志作拟任职发言: his turn, by name."""
    cue = find_cue(normalise("请县人民政府提请任命为县水务局局长的邝华同志作拟任职发言。"))
    assert cue is not None and cue.name == "邝华"


def test_the_members_asked_whether_they_object_is_the_rooms_turn() -> None:
    """对这项任命，组成人员有没有意见？: the room's turn (as 各位组成人员 already was)."""
    cue = find_cue(normalise("对这项任命，组成人员有没有意见？没有。"))
    assert cue is not None and cue.group


def test_the_oath_taker_asked_again_by_the_part_he_plays_is_one_turn() -> None:
    """请新任命的…局长…进行宪法宣誓，由…监誓。…请宣誓人宣誓。: two turns, the oath and the witness."""
    meeting = parse(
        "常委会会议主持词\n各位委员：\n会议有两项议程。\n第一项，表决任命名单。\n"
        "第二项，宪法宣誓。请新任命的县教育局局长祁明同志进行宪法宣誓，由常委会副主任严华同志监誓。"
        "请全体起立。\n请宣誓人宣誓。\n（宣誓）\n请坐下。\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["祁明", "严华"]


def test_the_lotterys_rounds_inside_its_part_are_no_steps() -> None:
    """下面是抽奖环节！首先进行三等奖抽奖，… 下面进行一等奖抽奖，…: one step, the lottery."""
    meeting = parse(
        "年会主持词\n男：各位同事：\n男：首先，有请董事长卜强先生致辞！\n女：接下来进入表彰环节。"
        "有请卜强先生为先进个人颁奖！\n男：下面是抽奖环节！首先进行三等奖抽奖，有请副总蔡亮上台抽奖！\n"
        "女：下面进行一等奖抽奖，有请总经理邬平上台抽奖！\n合：年会到此结束！\n"
    )
    assert len(meeting.items) == 3


def test_the_last_of_a_run_of_reports_asked_with_最后_is_no_step_of_its_own() -> None:
    """下面开始述职。首先，请A述职。…请B述职。…最后，请C述职。 then 下面进行民主测评 … 最后，请书记
    讲话: C's report is the run's last; the steps are the reports, the evaluation, the speech."""
    meeting = parse(
        "述职评议会主持词\n同志们：\n下面开始述职。\n首先，请东村党支部书记谷明同志述职。\n（述职）\n"
        "请西村党支部书记严华同志述职。\n（述职）\n请南村党支部书记卜强同志述职。\n（述职）\n"
        "最后，请北村党支部书记乔亮同志述职。\n（述职）\n述职全部结束。下面进行民主测评，请大家填写测评表。"
        "\n最后，请镇党委书记童刚同志讲话。\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["谷明", "严华", "卜强", "乔亮"]
    assert [c.name for c in meeting.items[-1].speakers] == ["童刚"]


def test_the_time_for_questions_after_the_last_lecture_is_the_lectures() -> None:
    """开班式三项 … 第二讲：… then 下面进入互动环节，大家有什么问题…: the lecture's, no item."""
    meeting = parse(
        "培训班开班式主持词\n同志们：\n开班式有三项议程。\n首先，请党校副校长贺平同志致辞。\n"
        "接下来，请学员代表卓丽同志发言。\n最后，请局长邹强同志作动员讲话。\n开班式到此结束。\n"
        "下面开始第一讲：《安全生产法解读》，由处长龙华同志授课。\n（授课）\n"
        "第二讲：《应急预案编制》，授课老师是处长方明同志。\n（授课）\n"
        "下面进入答疑环节，大家有什么问题，可以向方处长提问。\n（提问）\n今天的课程到此结束。\n"
    )
    assert len(meeting.items) == 5


def test_two_turns_moved_on_to_before_item_three_are_items_one_and_two() -> None:
    """本次发布会共有三项议程。首先，请…介绍…。下面，请…介绍…。第三项，回答记者提问: three items."""
    meeting = parse(
        "新闻发布会主持词\n各位记者朋友：\n本次发布会共有三项议程。首先，请龚华副市长介绍博览会的总体"
        "情况。\n下面，请韦明局长介绍参展企业情况。\n第三项，回答记者提问。请各位记者提问。\n"
        "本次发布会到此结束。\n"
    )
    assert [it.number for it in meeting.items] == [1, 2, 3]
    assert [it.speakers[0].name for it in meeting.items[:2]] == ["龚华", "韦明"]


def test_the_departments_item_is_the_named_pair_asked_to_answer_together() -> None:
    """…三是有关部门回应；四是请…讲话。 then 下面，请…副局长A、…局长B分别作回应。 最后，请…讲话: item 3
    is the pair's, item 4 the last speech."""
    meeting = parse(
        "协商会主持词 各位委员：今天的协商会有四项议程：一是听取区水务局的通报；二是委员协商发言；"
        "三是有关部门回应；四是请龙华副区长讲话。首先，请区水务局局长贝明同志通报情况。下面进行协商发言。"
        "请史丽委员发言。请蓝天委员发言。下面，请区财政局副局长滕飞同志、区城管局局长景涛同志分别作回应。"
        "最后，请常务副区长龙华同志讲话。今天的协商会到此结束。\n"
    )
    assert len(meeting.items) == 4
    assert [c.name for c in meeting.items[3].speakers] == ["龙华"]


def test_the_leaders_asked_to_join_an_act_after_the_last_numbered_item_are_an_item() -> None:
    """第四项，请…宣布…开工。 then 请各位领导和嘉宾移步奠基石前，为项目奠基培土: a fifth item (with
    仪式有四项议程 said first, the count holds it in the fourth)."""
    body = (
        "第一项，请管委会主任池明先生致辞。\n第二项，请企业代表岑华先生发言。\n"
        "第三项，请副市长尤立先生讲话。\n第四项，请区委书记苗强先生宣布项目开工。\n（礼炮）\n"
        "请各位领导和嘉宾移步奠基石前，为项目奠基培土。\n（培土）\n开工仪式到此结束。\n"
    )
    assert len(parse("开工仪式主持词\n各位来宾：\n" + body).items) == 5
    assert len(parse("开工仪式主持词\n各位来宾：\n仪式共有四项议程。\n" + body).items) == 4


def test_the_witness_told_after_a_comma_before_the_others_repeat_is_a_second_turn() -> None:
    """请领誓人…同志领誓，…副主任监誓，其他宣誓人跟诵誓词。: two turns, the lead and the witness."""
    meeting = parse(
        "宪法宣誓仪式主持词\n各位委员：\n仪式有两项议程。\n第一项，奏国歌。\n"
        "第二项，宪法宣誓。请领誓人司马强同志领誓，龙晓燕副主任监誓，其他宣誓人跟诵誓词。\n（宣誓）\n"
        "仪式到此结束。\n"
    )
    assert [c.name for c in meeting.items[1].speakers] == ["司马强", "龙晓燕"]


def test_the_oath_takers_told_to_sign_or_to_swear_to_the_constitution_name_no_one() -> None:
    """请宣誓人员在宪法宣誓誓词上签名 (paperwork) / 请新任命人员向宪法宣誓 (the group, no name
    向宪法)."""
    assert find_cue(normalise("宣誓完毕，请宣誓人员在宪法宣誓誓词上签名。")) is None
    cue = find_cue(normalise("下面，请新任命人员向宪法宣誓。"))
    assert cue is None or cue.name is None


def test_the_whole_room_standing_to_renew_its_oath_is_no_ones_turn() -> None:
    """进行第三项，请全体医师起立，重温医师誓言。: the room, no turn (…，由…领誓 names who leads)."""
    assert find_cue(normalise("进行第三项，请全体医师起立，重温医师誓言。")) is None
    cue = find_cue(normalise("请全体老党员起立，重温入党誓词，由老党员代表卜明同志领誓。"))
    assert cue is not None and cue.name == "卜明"


def test_the_panel_host_asked_with_请_and_his_title_acts() -> None:
    """下面进入圆桌对话环节。请…副院长殷明教授主持，有请对话嘉宾上台: the host's step."""
    cue = find_cue(normalise("请省社科院副院长滕明教授主持，有请各位对话嘉宾上台。"))
    assert cue is not None and (cue.name, cue.kind) == ("滕明", "action")


def test_one_person_asked_for_views_and_suggestions_speaks() -> None:
    """请列席代表、…职工卓阳同志对支部工作提出意见建议。: his turn."""
    cue = find_cue(normalise("请列席代表、档案室职工卓阳同志对支部工作提出意见建议。"))
    assert cue is not None and (cue.name, cue.kind) == ("卓阳", "speech")


def test_the_room_told_to_talk_it_over_and_that_anyone_may_speak_before_the_direction() -> None:
    """下面大家议一议。谁有想法，都可以讲，每人不超过三分钟。（讨论）: the room's turn."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n会议有两项议程。\n第一件事，请村主任乔华同志介绍方案。\n"
        "（介绍）\n下面大家议一议。谁有想法，都可以讲，每人不超过三分钟。\n（讨论）\n"
        "第二件事，请村支书讲话。\n会议到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["乔华", None]


def test_delegations_sent_away_to_discuss_take_no_turn_in_the_hall() -> None:
    """下面，进行分团讨论。…畅所欲言…。（分团讨论） then the heads report: their turns only."""
    meeting = parse(
        "职代会主持词\n各位代表：\n大会有两项议程。\n一、审议草案\n请工会主席向红同志作说明。\n"
        "下面，进行分团讨论。各代表团分别到指定地点讨论，大家要畅所欲言。\n（分团讨论）\n"
        "请第一代表团团长谷明同志汇报讨论情况。\n二、闭幕\n大会到此结束。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["向红", "谷明"]


def test_a_site_header_and_a_share_bar_above_the_title_leave_the_script() -> None:
    """…网 登录 | 注册 / 【推荐】…主持词（附…） / 分享到：微信 微博 / 温馨提示：本文共计约2000字 then the
    title and the script: read, not cut off as the page's tail."""
    meeting = parse(
        "公文范文网 - 写作交流平台   登录 | 注册 | 投稿\n您的位置：首页 » 主持词\n"
        "【推荐】组织生活会主持词（附流程）\n分享到：微信 微博 QQ空间\n"
        "温馨提示：本文共计约2000字，VIP用户可下载Word版本。\n\n第二党支部组织生活会主持词\n"
        "同志们：\n今天的会议有两项议程。\n首先进行第一项，请组织委员严华同志通报情况。\n"
        "进行第二项，请党员依次作个人检视。\n会议到此结束。\n"
    )
    assert meeting.title == "第二党支部组织生活会主持词"
    assert len(meeting.items) == 2


def test_a_release_after_the_keynotes_is_a_step_of_its_own() -> None:
    """进入主旨演讲环节 … 下面进行成果发布。有请…发布《…》 / 接下来，发布《…》。有请…上台发布: a step
    (成果 is no one's name)."""
    for release in (
        "下面进行成果发布。有请市数据局局长邝明先生发布《数字经济白皮书》。",
        "接下来，发布《数字经济白皮书》。有请市数据局局长邝明先生上台发布。",
    ):
        meeting = parse(
            "论坛主持词\n各位来宾：\n首先，有请副市长尤华女士致辞。\n接下来进入主旨演讲环节。\n"
            "有请龚亮教授作主旨演讲。\n有请孔明研究员作主旨演讲。\n"
            f"{release}\n（发布）\n接下来是圆桌对话环节。有请景涛先生主持。\n论坛到此结束。\n"
        )
        assert len(meeting.items) == 4, release
        assert [c.name for c in meeting.items[2].speakers] == ["邝明"], release


def test_a_page_number_between_the_overviews_entries_leaves_them_a_list() -> None:
    """…共有三项议程： 第一项，…； - 1 - 第二项，…； 第三项，…。 then 下面进行第一项…: three items,
    the list first."""
    meeting = parse(
        "部署会议主持词\n同志们：\n今天的会议共有三项议程：\n第一项，请县应急局局长尤华同志通报情况；\n"
        "- 1 -\n第二项，请各乡镇作表态发言；\n第三项，请县长邹明同志讲话。\n"
        "下面进行第一项，请尤华同志通报情况。\n（通报）\n下面进行第二项，先请白沙镇镇长卜亮同志发言。\n"
        "下面进行第三项，请邹明县长讲话。\n散会。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [["尤华"], ["卜亮"], ["邹明"]]


def test_the_work_then_a_deputys_post_is_no_name() -> None:
    """请安全副总经理、安全总监韦平同志通报…: 韦平's turn (安全副 is no name, though 安 is a surname)."""
    cue = find_cue(normalise("请安全副总经理、安全总监韦平同志通报安全生产情况。"))
    assert cue is not None and cue.name == "韦平" and not cue.group


def test_the_one_called_up_to_lead_the_toast_after_a_comma_has_his_turn() -> None:
    """有请总经理…先生上台带领大家举杯，共同祝福公司的明天: his turn."""
    cue = find_cue(
        normalise("最后，有请总经理侯亮先生上台带领大家举杯，共同祝福公司的明天更加美好！")
    )
    assert cue is not None and (cue.name, cue.kind) == ("侯亮", "speech")


def test_a_reading_aloud_then_an_explanation_by_the_same_one_are_two_steps() -> None:
    """请…副主任…把…念一遍，并说明一下…: the reading, then the explanation, both hers."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n会议有两项议程。\n第一项，请村委会副主任卓丽同志把修订后的"
        "章程给大家念一遍，并说明一下改了哪些地方。\n（宣读、说明）\n第二项，表决。\n会议到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("卓丽", "action"),
        ("卓丽", "speech"),
    ]


def test_the_whole_meeting_watching_a_film_is_a_step() -> None:
    """首先，请…通报… 接下来，全体观看警示教育片《…》。 then 下面进行…签订…: three steps."""
    meeting = parse(
        "安全大会主持词\n同志们：\n首先，请安全部部长邝强同志通报事故案例。\n"
        "接下来，全体观看警示教育片《红线》。请工作人员播放。\n（观看）\n"
        "下面，请总经理尤明同志讲话。\n会议到此结束。\n"
    )
    assert len(meeting.items) == 3


def test_leading_the_pioneers_call_is_an_act() -> None:
    """请大队长…同学带领全体少先队员呼号。: her act."""
    cue = find_cue(normalise("请大队长龚小雨同学带领全体少先队员呼号。"))
    assert cue is not None and (cue.name, cue.kind) == ("龚小雨", "action")


def test_the_one_asked_again_by_his_given_name_on_the_same_line_is_one_turn() -> None:
    """男：请…组长覃一帆分享获奖感言，时间有限，请一帆说两句。: one turn, his."""
    meeting = parse(
        "年会主持词\n男：各位同事：\n男：首先，有请董事长卜强先生致辞！\n女：下面进入表彰环节。"
        "有请卜强先生为优秀员工颁奖！\n男：请测试组组长龚晓帆分享获奖感言，时间有限，请晓帆说两句。\n"
        "女：接下来是抽奖环节！有请卜强先生抽出特等奖！\n合：年会到此结束！\n"
    )
    names = [c.name for it in meeting.items for c in it.speakers]
    assert names.count("龚晓帆") == 1 and "晓帆" not in names


def test_gifts_for_the_old_and_cutting_the_cake_are_acts() -> None:
    """请…副书记为…老人送上寿礼 / 请…主任…和老人们一起切生日蛋糕: acts (请工作人员为小演员们
    送上鲜花 stays the staff's)."""
    cue = find_cue(normalise("请街道副书记龙华同志为九十岁的老人送上寿礼。"))
    assert cue is not None and (cue.name, cue.kind) == ("龙华", "action")
    cue = find_cue(normalise("请社区主任邝丽同志和老人们一起切生日蛋糕。"))
    assert cue is not None and (cue.name, cue.kind) == ("邝丽", "action")


def test_the_room_asked_after_sentences_that_tell_what_was_done_is_asked_now() -> None:
    """拟任命人员已作了书面供职报告，主任会议已经进行了初步审议。对任免事项，大家有什么意见？: the
    room's turn (what was done, and the word 书面, are another sentence's)."""
    cue = find_cue(
        normalise(
            "拟任命人员已作了书面供职报告，主任会议已经进行了初步审议。对这批任免，大家有什么意见？"
        )
    )
    assert cue is not None and cue.group
    assert find_cue(normalise("上午，大会听取了政府工作报告，各代表团进行了认真讨论。")) is None


def test_a_witness_told_then_asked_in_traditional_characters_is_one_turn() -> None:
    """宣誓由…領誓，由…副主任…同志監誓。…請…領誓，請…副主任監誓。 (traditional): one step each,
    at the asking, as in simplified characters."""
    meeting = parse(
        "宣誓儀式主持詞\n儀式共有兩項議程。\n第一項，進行憲法宣誓。宣誓由新任庭長羅志宏同志領誓，"
        "由縣人大常委會副主任扎西同志監誓。請宣誓人員上臺，左手撫按《憲法》，右手舉拳。\n"
        "請領誓人羅志宏同志領誓，請扎西副主任監誓。\n（宣誓）\n第二項，請扎西同志講話。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[0].speakers] == [
        ("羅志宏", "action"),
        ("扎西", "action"),
    ]


def test_kin_before_a_name_lets_the_name_be_found() -> None:
    """请寿星的小孙女…点燃… / 请…的长孙…代表孙辈献上祝福 / 请村里的老支书…讲几句: the name after the
    kin or the post (县长孙浩 stays 孙浩 after 县长)."""
    assert split_name("小孙女蒋一诺")[0] == "蒋一诺"
    assert split_name("寿星的长孙蒋文博代表孙辈")[0] == "蒋文博"
    assert split_name("老支书陶有田") == ("陶有田", "老支书")
    assert split_name("副县长孙浩") == ("孙浩", "副县长")
    meeting = parse(
        "寿宴主持词\n各位亲朋：\n首先，请寿星的长子蒋建国先生致辞。\n"
        "下面，进行拜寿仪式。请老人的儿女、孙辈依次上台为老寿星拜寿！\n"
        "接下来，请老人的长孙蒋文博代表孙辈为奶奶献上祝福，大家欢迎！\n寿宴开始！\n"
    )
    cues = [c for it in meeting.items for c in it.speakers]
    assert [(c.name, c.kind, c.group) for c in cues] == [
        ("蒋建国", "speech", False),
        (None, "action", True),
        ("蒋文博", "speech", False),
    ]


def test_the_others_told_they_may_raise_views_on_the_spot_take_the_floor() -> None:
    """共有2位常委发言，每人…6分钟。…其他常委还有什么意见建议，也可以现场提出。: the room's turn,
    with the speakers' limit (the official's reply after it keeps its own)."""
    meeting = parse(
        "常委会议主持词\n一、协商发言\n下面进行协商发言。共有2位常委发言，每人发言不超过6分钟。\n"
        "请卓立群常委发言。\n请邝海同志发言。\n其他常委还有什么意见建议，也可以现场提出。\n"
        "请罗建副区长作回应。\n二、讲话\n请部长讲话。\n"
    )
    cues = meeting.items[0].speakers
    assert [(c.name, c.limit_s) for c in cues] == [
        ("卓立群", 360),
        ("邝海", 360),
        (None, 360),
        ("罗建", 600),
    ]


def test_the_talks_after_the_opening_ceremony_closed_are_items() -> None:
    """首先…致辞。接下来…致辞。开幕式到此结束。请…合影。合影后进入主题报告环节。 then, under the part's
    own title (主题报告主持词), 第一场报告，有请… / 第二场报告，有请…: two items more."""
    meeting = parse(
        "研讨会开幕式主持词\n各位嘉宾：\n首先，请院长邝明教授致欢迎辞。\n"
        "接下来，请副会长卓雅研究员致辞。\n开幕式到此结束。请各位嘉宾合影。合影后进入主题报告环节。\n"
        "主题报告主持词\n各位嘉宾，下面进入主题报告环节。\n"
        "第一场报告，有请研究所所长龙海涛教授，报告题目是《方志整理》。\n"
        "第二场报告，有请学院院长阮青教授，报告题目是《文书图谱》。\n上午的报告到此结束。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["邝明"],
        ["卓雅"],
        ["龙海涛"],
        ["阮青"],
    ]


def test_two_introducers_named_with_tongzhi_are_two_turns_whatever_their_surnames() -> None:
    """请入党介绍人乌兰同志、郭振东同志介绍…: a turn each (乌兰 has no common surname; 各支部同志、
    各科室同志 still name no one)."""
    cue = find_cue(normalise("请入党介绍人其其格同志、郭振东同志介绍发展对象的有关情况。"))
    assert cue is not None and [n for n, _ in cue.people] == ["其其格", "郭振东"]
    cue = find_cue(normalise("请各支部同志、各科室同志发言。"))
    assert cue is None or not cue.people


def test_the_signers_named_after_a_groups_colon_sign() -> None:
    """请第一批签约企业代表和…负责人上台签约：请…董事长贺一鸣，…局长温德胜签约。 / 请第二组签约代表：
    …邹立平先生和…温思远先生，以及…上台签约。: one step each, named by its first signer."""
    for said, first in (
        (
            "请第一批签约企业代表和县直有关部门负责人上台签约：请江淮公司董事长龙一鸣，"
            "县发改局局长阮德胜签约。请副市长上台见证。",
            "龙一鸣",
        ),
        (
            "请第二组签约代表：开发区管委会副主任邝立平先生和华瑞集团总裁卓思远先生，"
            "以及精工公司副总经理覃亚楠女士上台签约。",
            "邝立平",
        ),
    ):
        cue = find_cue(normalise(said))
        assert cue is not None and (cue.name, cue.kind) == (first, "action"), said


def test_the_pupils_swearing_after_the_one_leading_take_no_turn() -> None:
    """请大队长…同学上台领誓，请同学们举起右拳，跟着他一起宣誓。: his act; the room repeats."""
    meeting = parse(
        "开学典礼主持词\n典礼共有两项议程。\n第一项，请校长讲话。\n第二项，全体学生宣誓。请大队长龙思远同学"
        "上台领誓，请同学们举起右拳，跟着他一起宣誓。\n（宣誓）\n典礼到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[1].speakers] == [("龙思远", "action")]


def test_the_room_asked_to_talk_it_over_with_a_limit_after_a_long_clause() -> None:
    """这个事关系到大家的切身利益，请各位代表充分讨论，每人发言控制在5分钟。: the room's turn."""
    cue = find_cue(
        normalise("这个事关系到大家的切身利益，请各位代表充分讨论，每人发言控制在5分钟。")
    )
    assert cue is not None and cue.group and cue.name is None


def test_a_summing_up_then_a_release_by_the_same_one_are_two_steps() -> None:
    """请协会会长…作论坛总结并发布《…倡议》: his speech, then his act."""
    meeting = parse(
        "论坛主持词\n论坛共有两项议程。\n第一项，请会长邝国荣致辞。\n"
        "第二项，请协会会长邝国荣先生作论坛总结并发布《2026乡村振兴倡议》。\n论坛到此结束。\n"
    )
    assert [(c.name, c.kind) for c in meeting.items[1].speakers] == [
        ("邝国荣", "speech"),
        ("邝国荣", "action"),
    ]


def test_the_one_marked_as_the_chair_himself_takes_no_turn() -> None:
    """宣誓由…常务主席龙国华（本人）监誓: the chair's own act, no step."""
    assert (
        find_cue(normalise("宣誓由镇人大主席团常务主席龙国华（本人）监誓，请赵雨同志上台。"))
        is None
    )


def test_a_classmate_representative_and_a_long_name_after_the_class_are_found() -> None:
    """请同学代表…同学发言 / 请…的同学代表、一（3）班达瓦次仁同学说说…: the name (…同学代表全班 still
    cuts before 代表)."""
    cue = find_cue(normalise("请插班的同学代表龙小明同学发言。"))
    assert cue is not None and cue.name == "龙小明"
    cue = find_cue(normalise("请新插班的同学代表、一（3）班次仁多吉同学说说他的新学期愿望。"))
    assert cue is not None and cue.name == "次仁多吉"
    cue = find_cue(normalise("请龙小明同学代表全班发言。"))
    assert cue is not None and cue.name == "龙小明"


def test_criticism_of_the_last_member_then_the_next_round_are_two_turns() -> None:
    """请大家对…同志提出批评意见。 then 下面请党员同志依次作个人对照检查。: the room's criticism is
    kept (the next line opens the next round, not the same floor asked twice); the members'
    check and the criticism each keep their own limit (…检视，时间控制在5分钟 / 批评…3分钟)."""
    meeting = parse(
        "组织生活会主持词\n一、对照检查\n每名同志先作个人检视，时间控制在5分钟左右，然后其他同志开展批评，"
        "批评时间每次不超过3分钟。\n请支部纪检委员龙春生同志作个人对照检查。\n"
        "请大家对龙春生同志提出批评意见。\n下面请党员同志依次作个人对照检查。\n请阮海燕同志。\n"
        "请大家对阮海燕同志提出批评意见。\n二、讲话\n请书记讲话。\n"
    )
    assert [(c.name, c.limit_s) for c in meeting.items[0].speakers] == [
        ("龙春生", 300),
        (None, 180),
        ("阮海燕", 300),
        (None, 180),
    ]


def test_one_more_turn_told_after_the_things_counted_with_another() -> None:
    """今天会议主要商量三件事：第一件事…。另外，会议最后请朱书记给大家讲一讲…。 then 最后，请…讲话:
    an item after the three."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n今天会议主要商量两件事：第一件事，讨论分配方案；第二件事，讨论修路。"
        "另外，会议最后请龙书记给大家讲一讲今年的乡村振兴工作。\n第一件事，讨论分配方案。请村委会主任阮明作说明。\n"
        "第二件事，讨论修路。请组长覃刚介绍。\n最后，请驻村第一书记龙明亮同志讲话，大家欢迎！\n散会。\n"
    )
    assert len(meeting.items) == 3
    assert [c.name for c in meeting.items[2].speakers] == ["龙明亮"]


def test_a_question_about_the_draft_to_the_room_and_a_study_groups_head() -> None:
    """对建议案还有什么意见？: the room's turn; 请…副主席、专题调研组组长雷秀英同志作调研报告: her name
    (专题 cuts before how a turn is done, not inside a group's name)."""
    cue = find_cue(normalise("各位常委，建议案草案已经印发，请大家审议。对建议案还有什么意见？"))
    assert cue is not None and cue.group and cue.name is None
    cue = find_cue(normalise("请县政协副主席、专题调研组组长龙秀英同志作调研报告。"))
    assert cue is not None and cue.name == "龙秀英"


def test_when_the_copy_is_due_is_no_turn_and_a_report_heard_names_its_reporter() -> None:
    """报道稿件请于今晚发布前送…审核: when, not who; 听取县交通运输局局长龙志刚关于…的报告，请在15分钟内
    报告完毕: his turn (听取…主任会议关于…的说明 names no one)."""
    assert find_cue(normalise("报道稿件请于今晚发布前送县委宣传部审核。")) is None
    cue = find_cue(
        normalise(
            "会议进行第二项议程，听取县交通运输局局长龙志刚关于全县农村公路养护情况的报告，"
            "请在15分钟内报告完毕。"
        )
    )
    assert cue is not None and cue.name == "龙志刚"
    cue = find_cue(normalise("听取市人大常委会主任会议关于接受辞职的说明。"))
    assert cue is None or cue.name != "会议"


def test_an_item_skipped_in_the_numbering_is_found_where_its_title_is_said() -> None:
    """共有四项议程：…三是分团讨论；… 第二项… 上午的会议到此结束。下午进行分团讨论，… then 下面进行第四项:
    the third item opens where the overview's words are said, the reports after it its turns."""
    meeting = parse(
        "职代会主持词\n本次大会共有四项议程：一是听取工作报告；二是听取财务报告；三是分团讨论；四是表决。\n"
        "下面进行大会第一项议程：请总经理龙志刚同志作工作报告。\n第二项议程，请总会计师阮慧敏同志作财务报告。\n"
        "上午的会议到此结束。下午进行分团讨论，请各代表团按指南讨论。\n（下午）\n各位代表，现在继续开会。\n"
        "请第一代表团团长覃国栋同志汇报。\n请第二代表团团长卓红梅同志汇报。\n"
        "下面进行第四项议程，表决。同意的请举手。请放下。不同意的请举手。弃权的请举手。通过。\n闭幕。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["龙志刚"],
        ["阮慧敏"],
        ["覃国栋", "卓红梅"],
        [],
    ]


def test_an_opening_and_a_close_tag_around_the_counted_items_only_wrap_them() -> None:
    """今天的大会共有三项议程。 with 【开场】【第一项】【第二项】【第三项】【结束】: three items."""
    meeting = parse(
        "表彰大会主持词\n【开场】\n男：各位同事：今天的大会共有三项议程。\n【第一项】\n"
        "女：首先进行大会第一项议程，请全体起立，奏唱国歌。\n【第二项】\n"
        "男：进行大会第二项议程，请行长龙丽华女士宣读表彰决定。\n【第三项】\n"
        "女：进行大会第三项议程，请董事长阮志远先生讲话。\n【结束】\n合：大会到此结束！\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [[], ["龙丽华"], ["阮志远"]]


def test_parts_named_alone_on_their_lines_are_the_items() -> None:
    """开幕式 / 主旨报告 / 闭幕 alone on their lines, with 第二场报告 inside the second: three items."""
    meeting = parse(
        "论坛主持词\n开幕式\n各位嘉宾：\n首先，请校长龙宏亮教授致欢迎辞。\n下面，请副省长阮建华先生致辞。\n"
        "开幕式到此结束。\n主旨报告\n下面进入主旨报告环节。\n首先，有请院士覃维岳先生作报告。\n"
        "第二场报告，有请副所长卓启明先生作报告。\n闭幕\n请党委书记龙明远同志作总结讲话。\n论坛到此结束。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["龙宏亮", "阮建华"],
        ["覃维岳", "卓启明"],
        ["龙明远"],
    ]


def test_long_bracketed_headings_are_the_items() -> None:
    """【一、听取公司工作报告】 … 【二、听取财务工作报告和业务招待费使用情况报告】: a heading each,
    however long."""
    meeting = parse(
        "职代会主持词\n【开场】\n各位代表：\n【一、听取公司工作报告】\n请总经理龙建民同志作工作报告。\n"
        "【二、听取财务工作报告和业务招待费使用情况报告】\n请总会计师阮琳同志作报告。\n"
        "【三、听取职工代表提案征集处理情况的报告】\n请提案委员会主任覃玉梅同志作报告。\n【闭幕】\n散会。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        [],
        ["龙建民"],
        ["阮琳"],
        ["覃玉梅"],
        [],
    ]


def test_how_and_while_are_no_ones_turn() -> None:
    """计时器显示剩余1分钟时，请抓紧结束发言 / 请各支部书记在述职时对照通报内容一并查摆: told, no
    turn."""
    assert find_cue(normalise("计时器显示剩余1分钟时，请抓紧结束发言。")) is None
    assert find_cue(normalise("请各支部书记在述职时对照通报内容一并查摆。")) is None


def test_a_second_kind_of_turn_timed_in_the_opening_keeps_the_first_kinds_limit() -> None:
    """1.…每人述职时间不超过6分钟。 2.点评人…每次点评控制在2分钟左右。: the 述职 keep 6 minutes,
    the 点评 take 2."""
    meeting = parse(
        "述职评议会主持词\n同志们：\n今天的会议共有两项议程。\n1.述职人要紧扣责任清单，每人述职时间不超过6分钟。\n"
        "2.点评人要点准要害，每次点评控制在2分钟左右。\n下面进行第一项议程，各支部书记述职。\n"
        "请第一分局党支部书记龙明同志述职。\n请县局副局长阮军同志点评。\n"
        "下面进行第二项议程，请局长覃华同志讲话。\n散会。\n"
    )
    assert [(c.name, c.limit_s) for c in meeting.items[0].speakers] == [
        ("龙明", 360),
        ("阮军", 120),
    ]


def test_the_room_told_it_may_speak_with_a_limit_takes_its_turn() -> None:
    """…提出了很有针对性的意见建议。下面，大家可以即席发言，每次发言请控制在3分钟以内。: the room's
    turn."""
    cue = find_cue(
        normalise("六位同志提出了很好的建议。下面，大家可以即席发言，每次发言请控制在3分钟以内。")
    )
    assert cue is not None and cue.group and cue.name is None


def test_receiving_the_flag_writing_cards_and_tasks_back_in_the_groups_are_no_turns() -> None:
    """请…参谋长…代表军训团接旗 / 请家长们在孩子的“目标卡”上写下寄语 / 请各位代表回到各组后跟村民们
    讲清楚: no one's turn; 请各班班长带领本班同学依次上台，展示班旗，喊出…口号: the class heads' act."""
    for said in (
        "请承训部队参谋长龙铁军同志代表军训团接旗。",
        "请家长们在孩子的“百日冲刺目标卡”上写下寄语。",
        "请各位代表回到各组后跟村民们讲清楚。",
    ):
        assert find_cue(normalise(said)) is None, said
    cue = find_cue(normalise("请各班班长带领本班同学依次上台，展示班旗，喊出本班的中考口号。"))
    assert cue is not None and cue.kind == "action" and cue.group


def test_a_ballot_announced_with_yong_is_the_items_vote() -> None:
    """好，下面用无记名投票的方式表决。…: the item's one vote."""
    meeting = parse(
        "村民代表会议主持词\n会议有两项议程。\n第一项，请村文书龙小燕同志说明方案。\n大家有没有意见？\n"
        "好，下面用无记名投票的方式表决。请工作人员分发表决票。（发票、填票、投票）\n"
        "请监票人阮玉林同志公布投票结果。\n第二项，请副镇长讲话。\n散会。\n"
    )
    assert sum(1 for s in meeting.items[0].steps if getattr(s, "kind", None) == "vote") == 1


def test_a_first_and_a_last_tag_around_numbered_item_tags_only_wrap_them() -> None:
    """【会前准备】【第一项 通报情况】【第二项 对照检查】【第三项 表态】【结束】 (no count said): three
    items."""
    meeting = parse(
        "组织生活会主持词\n【会前准备】\n请大家签到。\n【第一项 通报情况】\n下面进行第一项，通报情况。"
        "请组织委员龙晓芸同志通报情况。\n【第二项 对照检查】\n下面进行第二项。请阮春燕同志作对照检查。\n"
        "【第三项 表态】\n下面进行第三项。请覃华同志表态。\n【结束】\n散会。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["龙晓芸"],
        ["阮春燕"],
        ["覃华"],
    ]


def test_two_items_told_together_are_no_announcement() -> None:
    """下午进行第九项和第十项议程，…: the overview telling two items at once announces neither."""
    assert item_number(normalise("下午进行第五项和第六项议程，五是颁奖，六是总结。")) is None
    assert item_number(normalise("下午进行第五项至第六项议程。")) is None
    assert item_number(normalise("下面进行第五项议程，请李明同志讲话。")) == (5, True)


def test_the_count_makes_the_named_turns_after_the_last_numbered_item_items() -> None:
    """共有四项议程, 第一项 and 第二项 run, then 下面，有请…讲话 and 现在，我们有请…宣布…: the
    second item was one named speech, so each request after it is one more item."""
    meeting = parse(
        "揭牌仪式主持词\n各位来宾：\n今天的仪式共有四项议程。下面进行第一项议程，请县长覃立新同志致辞。\n"
        "（致辞毕）\n下面进行第二项议程，请企业代表、公司总经理龙海涛先生发言。\n（发言毕）\n"
        "下面，有请市商务局副局长蓝晓梅女士讲话。\n（讲话毕）\n谢谢蓝局长的讲话。\n"
        "现在，我们有请县委书记韦振华同志为服务中心揭牌。\n（揭牌）\n仪式到此结束。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["覃立新"],
        ["龙海涛"],
        ["蓝晓梅"],
        ["韦振华"],
    ]


def test_a_plan_told_in_short_then_step_by_step_is_the_overview() -> None:
    """会议按照先通报、再讨论、最后讲话的顺序进行。先由…通报…；再请大家讨论，谈看法；最后请…讲话。:
    three items, the speakers under the second one."""
    meeting = parse(
        "村务座谈会主持词\n同志们：\n今天的会议按照先通报、再讨论、最后讲话的顺序进行。"
        "先由村文书龙小燕通报上半年村务；再请大家讨论，谈看法、提建议；最后请镇党委书记讲话。\n"
        "首先，请村文书龙小燕同志通报上半年村务。\n（通报毕）\n谢谢。下面开始讨论。\n"
        "首先，请村民代表阮玉林同志发言。\n（发言毕）\n接下来，请村民代表覃秀英同志发言。\n"
        "（发言毕）\n下面请老党员韦德明同志发言。\n（发言毕）\n"
        "最后，请镇党委书记蓝春生同志讲话。\n（讲话毕）\n散会。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["龙小燕"],
        ["阮玉林", "覃秀英", "韦德明"],
        ["蓝春生"],
    ]


def test_the_last_item_tagged_then_called_the_last_is_one_item() -> None:
    """【第三项】 then 乙：最后一项，请全体起立，齐唱校歌。: the same item, announced twice."""
    meeting = parse(
        "毕业典礼主持词\n【开场】\n甲：尊敬的各位老师，亲爱的同学们：\n乙：大家上午好！\n"
        "【第一项】\n甲：典礼第一项，请校长韦振华致辞。\n【第二项】\n"
        "乙：典礼第二项，请毕业生代表龙晓芸发言。\n【第三项】\n甲：最后一项，请全体起立，齐唱校歌。\n"
        "【结束】\n乙：典礼到此结束。\n"
    )
    assert len(meeting.items) == 3


def test_names_after_a_school_with_yu_or_de_and_a_given_name_ending_in_xing() -> None:
    """化学与材料学院的次仁央金 / 数量经济与技术经济研究所研究员东郭亮 / 文学院蒋德行教授: the
    person named, not a piece of the school; 城东支行 stays a bank."""
    cue = find_cue(normalise("请学生代表、化学与材料学院的次仁央金同学发言。"))
    assert cue is not None and cue.name == "次仁央金"
    cue = find_cue(normalise("有请社会科学院数量经济与技术经济研究所研究员东郭亮先生演讲。"))
    assert cue is not None and cue.name == "东郭亮"
    cue = find_cue(normalise("有请文学院蒋德行教授为同学们送上寄语！"))
    assert cue is not None and cue.name == "蒋德行"
    cue = find_cue(normalise("请工商银行城东支行李红梅讲话。"))
    assert cue is not None and cue.name == "李红梅"
    cue = find_cue(normalise("由区委书记进行点评。"))
    assert cue is not None and cue.name is None


def test_the_first_part_counted_after_the_parts_gives_its_own_items() -> None:
    """本次论坛分为开幕式、主旨报告、圆桌对话三个环节。开幕式有两项内容：一是…；二是…。: the
    opening's two items, then the two parts: four items."""
    meeting = parse(
        "发展论坛主持词\n各位嘉宾：\n本次论坛分为开幕式、主旨报告、圆桌对话三个环节。"
        "开幕式有两项内容：一是主办方领导致辞；二是市领导讲话。\n"
        "下面，首先请学院院长覃立新教授致辞。\n（致辞毕）\n谢谢覃院长。接下来，请副市长龙海涛先生讲话。\n"
        "（讲话毕）\n开幕式到此结束。\n下面进入主旨报告环节。有请蓝晓梅研究员作报告。\n（报告毕）\n"
        "下面进入圆桌对话环节。有请韦振华教授主持圆桌对话。\n（对话）\n论坛到此结束。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["覃立新"],
        ["龙海涛"],
        ["蓝晓梅"],
        ["韦振华"],
    ]


def test_a_number_broken_across_a_page_line_is_one_number() -> None:
    """…每位发言时间为1 / 5分钟: the page broke the number, the limit is fifteen minutes."""
    meeting = parse(
        "论坛主持词\n各位来宾：下面进行第一项议程，主旨演讲。每位演讲时间为1\n5分钟。\n"
        "有请蓝晓梅研究员演讲。\n（演讲毕）\n下面进行第二项议程，请韦振华教授总结。\n散会。\n"
    )
    assert meeting.items[0].speakers[0].limit_s == 900


def test_a_half_width_stop_after_a_closing_quote_ends_the_sentence() -> None:
    """签署"合作协议".有请…: the half-width full stop after an ASCII quote ends a sentence."""
    assert normalise('签署"合作协议".有请') == '签署"合作协议"。有请'
    assert normalise('版本"2.0"') == '版本"2.0"'


def test_numbered_talks_after_the_first_part_ran_as_numbered_items_are_items() -> None:
    """分为两个部分：第一部分是开幕式，第二部分是专题报告。第一项…第二项… then 进入第二部分：专题报告。
    第一个专题报告，有请… 第二个专题报告，有请…: each talk an item (the part opens the first)."""
    meeting = parse(
        "研讨会主持词\n各位专家：\n今天上午的议程分为两个部分：第一部分是开幕式，第二部分是专题报告。\n"
        "下面开幕式开始。\n第一项，请学院院长覃立新教授致辞。\n第二项，请副市长龙海涛先生讲话。\n"
        "开幕式到此结束。\n下面进入第二部分：专题报告。每位报告人报告时间为20分钟。\n"
        "第一个专题报告，有请蓝晓梅研究员。\n（报告）\n第二个专题报告，有请韦振华教授。\n（报告）\n"
        "上午的会议到此结束。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["覃立新"],
        ["龙海涛"],
        ["蓝晓梅"],
        ["韦振华"],
    ]


def test_the_things_to_decide_counted_and_discussed_in_turn() -> None:
    """今天的会议主要商量决定三件事：第一件事，…；第二件事，…；第三件事，…。 then 下面开始第一件事 /
    下面商量第二件事 / 第三件事: three items."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n今天的会议主要商量决定三件事：第一件事，审议村务公开情况；"
        "第二件事，讨论修路方案；第三件事，推选监督委员。\n下面开始第一件事。请村文书龙小燕同志通报情况。\n"
        "（通报）\n下面商量第二件事，修路方案。请村委委员阮玉林同志介绍方案。\n（介绍）\n"
        "第三件事，推选监督委员。请监票人韦德明同志报告结果。\n散会。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["龙小燕"],
        ["阮玉林"],
        ["韦德明"],
    ]


def test_a_plan_of_steps_told_in_clauses_lays_out_the_items() -> None:
    """按这样几个环节进行：首先请…；接着请…介绍…；最后请大家…，和…交流。: three items, each
    step's title its first clause."""
    meeting = parse(
        "家长会主持词\n各位家长：\n今天的家长会按这样几个环节进行：首先请校长讲话；接着请教导主任介绍"
        "本学期的教学安排；最后请家长代表发言，和大家交流经验。\n"
        "首先，让我们以热烈的掌声欢迎覃立新校长讲话。\n（讲话毕）\n谢谢覃校长。\n"
        "下面，我们进入今天的第二个环节。请教导主任龙小燕老师介绍本学期的教学安排。\n（介绍毕）\n"
        "接下来是家长代表发言。首先，请阮玉林先生发言。\n（发言毕）\n再请韦秀英女士发言。\n"
        "（发言毕）\n家长会到此结束。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["覃立新"],
        ["龙小燕"],
        ["阮玉林", "韦秀英"],
    ]


def test_the_meetings_length_is_no_ones_limit() -> None:
    """会议时间大约两个半小时，…每人尽量控制在6分钟以内: the speakers' limit, not the meeting's."""
    said = "会议时间大约一个半小时，发言的同志请简明扼要，每人尽量控制在4分钟以内。"
    assert find_limit(normalise(said)) == 240
    assert find_limit(normalise("整个会议大约两个小时，每人发言不超过5分钟。")) == 300


def test_a_plan_whose_steps_open_with_shouxian_and_name_two_speakers_for_the_last() -> None:
    """安排是这样的：首先，由…；然后，请…；最后，请…副部长和…县长讲话。: three items, the last one
    opened by the first of the two named, the second in it."""
    meeting = parse(
        "座谈会主持词\n各位代表：\n今天的座谈会主要安排是这样的：首先，由县民政局局长覃立新同志通报情况；"
        "然后，请各位代表座谈发言；最后，请州民政局龙海涛副局长和韦振华县长讲话。\n"
        "下面，请覃立新局长通报情况。\n（通报）\n下面开始座谈发言。首先，请阮玉林同志发言。\n（发言）\n"
        "请蓝秀英同志发言。\n（发言）\n谢谢大家。下面，请县长韦振华同志讲话，大家欢迎！\n（讲话）\n"
        "最后，让我们以热烈的掌声欢迎州民政局副局长龙海涛同志讲话！\n（讲话）\n散会。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["覃立新"],
        ["阮玉林", "蓝秀英"],
        ["韦振华", "龙海涛"],
    ]


def test_a_lecture_told_for_the_afternoon_after_the_mornings_classes_close() -> None:
    """上午的课程到此结束，下午2:30请准时上课，第二讲由…讲授《…》。: told for later, no item; and
    …邀请到了…阿卜杜拉·热合曼同志为大家授课。…欢迎阿卜杜拉·热合曼主任！ one turn."""
    meeting = parse(
        "培训班开班式主持词\n各位学员：\n开班式共有两项议程。第一项，请校长覃立新同志讲话。\n"
        "第二项，请处长龙海涛同志宣读学员守则。\n开班式到此结束。\n"
        "下面开始第一讲。我们邀请到了市卫生健康委员会主任阿卜杜拉·热合曼同志为大家授课。"
        "让我们以热烈的掌声欢迎阿卜杜拉·热合曼主任！\n（授课）\n感谢主任的精彩授课！上午的课程到此结束，"
        "下午2:30请准时到教室上课，第二讲由市人民医院蓝晓梅教授讲授《慢病管理》。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["覃立新"],
        ["龙海涛"],
        ["阿卜杜拉·热合曼"],
    ]


def test_a_household_head_is_a_post_before_the_name() -> None:
    """…牧民代表、民族团结模范家庭户主俄日布同志: the name after 户主."""
    cue = find_cue(normalise("请牧民代表、五好家庭户主多吉才让同志发言。"))
    assert cue is not None and cue.name == "多吉才让"


def test_an_opening_and_a_closing_tag_around_headings_are_items() -> None:
    """【开幕】 … 一、… 二、… … 【闭幕】: the two tags are items beside the headings."""
    meeting = parse(
        "职工代表大会主持词\n【开幕】\n各位代表：现在我宣布大会开幕！本次大会的主要议程有两项。\n"
        "一、听取工作报告\n请总经理覃立新同志作工作报告。\n（报告毕）\n二、领导讲话\n"
        "请董事长龙海涛同志讲话。\n（讲话毕）\n【闭幕】\n大会各项议程已经全部完成。现在我宣布大会闭幕！\n"
    )
    assert [it.title for it in meeting.items] == ["开幕", "听取工作报告", "领导讲话", "闭幕"]


def test_signers_parted_by_a_comma_called_up_to_sign() -> None:
    """请…邓志坚同志，…黄丽娟同志上台，签订…合同: the first named signs, with the other."""
    cue = find_cue(
        normalise(
            "请公司董事长、党委书记覃立新同志，公司工会主席蓝秀英同志上台，签订2026年度集体合同。"
        )
    )
    assert cue is not None and cue.kind == "action" and cue.name == "覃立新"


def test_the_last_turn_told_after_the_things_are_discussed() -> None:
    """今天主要议两件事：第一件事，…；第二件事，…。议完了，再请苏书记讲几句。: three items."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n今天主要议两件事：第一件事，集体土地发包方案；第二件事，修路筹资。"
        "议完了，再请韦书记讲几句。\n先议第一件事。请村委会副主任龙海涛说一下方案。\n（说明）\n"
        "议第二件事。请三组组长阮秀英说一下修路的情况。\n（说明）\n两件事都议完了。最后，请驻村第一书记"
        "韦振华同志讲几句。\n散会。\n"
    )
    assert [[c.name for c in it.speakers] for it in meeting.items] == [
        ["龙海涛"],
        ["阮秀英"],
        ["韦振华"],
    ]


def test_those_named_to_count_the_ballots_take_no_turn_then() -> None:
    """请会计…、代表…两位同志担任计票人、监票人。: named for the count, no act yet."""
    said = "请村会计覃立新、村民代表蓝秀英两位同志担任计票人、监票人。"
    assert find_cue(normalise(said)) is None


def test_the_room_asked_what_to_change_talks_it_over_then_votes() -> None:
    """大家看还有哪里要改的？（讨论）有代表提出，…。没有的话，我们就举手表决。…: the room's turn, then
    the vote."""
    meeting = parse(
        "村民代表会议主持词\n各位代表：\n第一项，修订村规民约。请村文书龙小燕把修订稿念一下。\n（宣读毕）\n"
        "大家看还有哪里要改的？（讨论）有代表提出，酒席的桌数标准太严，改成不超过20桌。没有的话，"
        "我们就举手表决。同意的请举手。（全票）通过。\n第二项，请村支书讲话。\n散会。\n"
    )
    first = meeting.items[0]
    assert [(c.kind, c.name) for c in first.speakers] == [("action", "龙小燕"), ("speech", None)]
    assert sum(1 for s in first.steps if getattr(s, "kind", None) == "vote") == 1


def test_the_vote_by_keys_and_a_long_name_before_daibiao() -> None:
    """请各位组成人员按下表决键：赞成、反对、弃权。 a vote; 请第一组召集人阿不都热合曼代表汇报 names
    him; 分组讨论…讨论时间一个半小时 is the groups' time, elsewhere, no one's limit."""
    meeting = parse(
        "人大常委会会议主持词\n各位组成人员：\n第一项，表决任免案。请各位组成人员按下表决键：赞成、反对、"
        "弃权。（表决）\n通过。\n第二项，下面分两个组进行讨论，讨论时间一个半小时。\n（讨论后复会）\n"
        "首先请各组召集人汇报讨论情况，每人不超过5分钟。请第一组召集人买买提依明代表汇报。\n"
        "请第二组召集人吐尔洪江代表汇报。\n散会。\n"
    )
    first, second = meeting.items
    assert sum(1 for s in first.steps if getattr(s, "kind", None) == "vote") == 1
    assert not first.speakers
    assert [(c.name, c.limit_s) for c in second.speakers] == [
        ("买买提依明", 300),
        ("吐尔洪江", 300),
    ]


def test_asked_as_you_after_being_called_by_name() -> None:
    """村务监督委员会主任龙大海，你们审核过没有？请你说一下。: his turn, by the name he was called."""
    cue = find_cue(normalise("村委会副主任覃立新，你们核对过没有？请你说一下。"))
    assert cue is not None and cue.name == "覃立新" and cue.role == "村委会副主任"
    meeting = parse(
        "村民代表会议主持词\n第一项，通报账目。请报账员龙小燕通报。\n（通报毕）\n"
        "账目已经公开了。监督委员会主任阮玉林，你们审核过没有？\n请你说一下。\n散会。\n"
    )
    assert [c.name for c in meeting.items[0].speakers] == ["龙小燕", "阮玉林"]
    cue = find_cue(normalise("请你说一下。"))
    assert cue is not None and cue.name is None


def test_one_named_to_watch_the_count_takes_no_turn_then() -> None:
    """请…覃秀英同志当监票人。: named for the count; 请监票人覃秀英同志宣布选举结果 is her act."""
    assert find_cue(normalise("请村民代表和包村干部覃秀英同志当监票人。")) is None
    cue = find_cue(normalise("请监票人覃秀英同志宣布选举结果。"))
    assert cue is not None and cue.kind == "action" and cue.name == "覃秀英"


def test_a_guest_introduced_by_their_place_in_order_then_welcomed() -> None:
    """第二位演讲嘉宾是…院长蓝晓梅教授，题目是《…》，掌声欢迎！ / 第三位分享嘉宾是…理事长热合曼·买买提，
    有请！: the guest's turn; 第一位演讲嘉宾是…。 alone only tells."""
    cue = find_cue(
        normalise("第二位演讲嘉宾是南方大学经济学院院长蓝晓梅教授，题目是《县域经济》，掌声欢迎！")
    )
    assert cue is not None and cue.name == "蓝晓梅"
    cue = find_cue(normalise("第三位分享嘉宾是绿源合作社理事长热合曼·买买提，有请！"))
    assert cue is not None and cue.name == "热合曼·买买提"
    assert find_cue(normalise("第一位演讲嘉宾是蓝晓梅教授。")) is None


def test_a_list_of_those_to_report_each_asked_again_is_only_told() -> None:
    """请以下同志按顺序述职： then the lines, then 首先，请…××同志述职。…请…点评。 for each: the asks
    are the turns, the list only told who would speak."""
    meeting = parse(
        "述职评议会主持词\n同志们：\n下面进行第一项议程，支部书记述职。请以下同志按顺序述职：\n"
        "机关党支部书记 ××\n业务党支部书记 ××\n退休党支部书记 ××\n"
        "首先，请机关党支部书记××同志述职。\n（述职）\n请副局长××同志点评。\n"
        "请业务党支部书记××同志述职。\n（述职）\n请副局长××同志点评。\n"
        "请退休党支部书记××同志述职。\n（述职）\n请副局长××同志点评。\n"
        "第二项，请局长讲话。\n散会。\n"
    )
    assert [c.role for c in meeting.items[0].speakers] == [
        "机关党支部书记",
        "副局长",
        "业务党支部书记",
        "副局长",
        "退休党支部书记",
        "副局长",
    ]


def test_a_name_to_fill_in_after_a_post_is_no_name() -> None:
    """请征管和服务股股长某某述职: the post (with 和 in it), and a name to fill in."""
    cue = find_cue(normalise("请征管和服务股股长某某述职。"))
    assert cue is not None and cue.name is None and cue.role == "征管和服务股股长"

"""Who takes the floor, worked out by hand: the name and the office in the words of a cue,
the kind of turn, the people of a joint cue, the one sworn in, and the agenda's words for an
item that is one person's turn.

Each expected value is what a secretary reading the line would write down; the cases are
the shapes real scripts use (an office before or after the name, two offices, a name to fill
in, a parent named by a child, a speaker on behalf of others).
"""

from __future__ import annotations

import pytest

from chair.script.normal import normalise
from chair.script.parse import parse
from chair.script.people import find_cue, split_name, turn_title

# --- names and offices ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "name", "role"),
    [
        ("总经理阎秀英", "阎秀英", "总经理"),  # after a post the name needs no known surname
        ("区长孙伟", "孙伟", "区长"),  # not 长孙伟 of 区
        ("财务部经理张丽", "张丽", "财务部经理"),
        ("市见义勇为基金会秘书长乔丽", "乔丽", "市见义勇为基金会秘书长"),
        ("萧志远教授", "萧志远", "教授"),  # a name right before a post
        ("县委常委、某镇党委刘明书记", "刘明", "县委常委、某镇党委书记"),
        ("区委副书记、区长陈卫东", "陈卫东", "区委副书记、区长"),
        ("校长诸葛文华院士", "诸葛文华", "校长、院士"),
        ("陈局长", "陈局长", "局长"),  # a surname and a post stand for the name
        ("省委刘书记", "刘书记", "省委书记"),
        ("会长刘先生", "刘先生", "会长"),
        ("县第一中学党钰", "党钰", None),  # a school before the name is no office
        ("实验小学王芳", "王芳", None),
        ("浙江大学李明", "李明", None),
        ("校友、王先生", "王先生", None),  # a surname and a courtesy title stand for the name
        ("家长代表王女士", "王女士", "家长代表"),  # whom the speaker stands for
        ("智能制造专业郁凯", "郁凯", None),
        ("高三（5）班杜浩然", "杜浩然", None),
        ("卢振中", "卢振中", None),  # a given name that ends like an organisation
        ("李明同志", "李明", None),
        ("建设单位负责人杨峰", "杨峰", "建设单位负责人"),
        ("车间主任王明", "王明", "车间主任"),
        ("裘美玲县长", "裘美玲", "县长"),  # a rare surname before a post
        ("退休教师郑国强伯伯", "郑国强", "退休教师"),  # an elder honoured after the name
        ("王德福大爷", "王德福", None),
    ],
)
def test_the_name_and_the_office_in_the_words_of_a_cue(
    who: str, name: str, role: str | None
) -> None:
    assert split_name(who) == (name, role)


@pytest.mark.parametrize(
    ("who", "role"),
    [
        ("县委书记", "县委书记"),  # the office, the name to fill in
        ("居民代表", "居民代表"),  # a kind of person
        ("××社区居民代表××", "社区居民代表"),  # placeholders around the office
        ("上级党组织指导", "上级党组织指导"),  # words about someone, too long for a name
        ("这位", None),
        ("项目经理", "项目经理"),  # 项 and 车 are surnames, 项目 and 车间 are no names
        ("车间主任", "车间主任"),
        ("财务总监", "财务总监"),
        ("单位负责人", "单位负责人"),
    ],
)
def test_no_name_is_made_up_where_the_script_gives_none(who: str, role: str | None) -> None:
    assert split_name(who) == (None, role)


# --- the cue's kind, speaker and people ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role", "kind", "verb"),
    [
        ("请公司董事长张明远先生致辞", "张明远", "公司董事长", "speech", "致辞"),
        ("请财务部经理张丽作财务预算报告", "张丽", "财务部经理", "speech", "报告"),
        ("请书记鲁建平同志逐一进行点评", "鲁建平", "书记", "speech", "点评"),
        ("请化学学院楼建平教授发言", "楼建平", "化学学院教授", "speech", "发言"),
        ("请办公室主任王小红同志宣读表彰决定", "王小红", "办公室主任", "action", "宣读"),
        ("请市委书记司马光同志讲话", "司马光", "市委书记", "speech", "讲话"),
        ("请欧阳锋同志讲话", "欧阳锋", None, "speech", "讲话"),
    ],
)
def test_a_cue_names_who_does_what(
    sentence: str, name: str, role: str | None, kind: str, verb: str
) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind, cue.group, cue.verb) == (name, role, kind, False, verb)


def test_the_oath_is_taken_by_the_person_called_up() -> None:
    cue = find_cue(normalise("请新当选的副镇长樊静同志上台，面向国旗，举起右拳，宣誓"))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind, cue.group, cue.verb) == (
        "樊静",
        "副镇长",
        "action",
        False,
        "宣誓",
    )


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("请新当选的区人民政府的副区长樊静同志上台，面向国旗", "樊静", "副区长"),
        (
            "请新任命的区教育局局长、党组书记何晓东同志上台，面向国旗宣誓",
            "何晓东",
            "区教育局局长、党组书记",
        ),
        ("请新任职的检察官代表、第一检察部主任陈默同志上台，面向国旗", "陈默", "第一检察部主任"),
    ],
)
def test_the_one_sworn_in_is_found_after_several_offices(
    sentence: str, name: str, role: str
) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and (cue.name, cue.role, cue.kind, cue.verb) == (
        name,
        role,
        "action",
        "宣誓",
    )


def test_of_several_called_up_to_the_oath_the_first_is_named() -> None:
    cue = find_cue(normalise("请新当选的人大常委会委员吴丽和周海上台，面向国旗"))
    assert cue is not None and (cue.name, cue.role, cue.verb) == ("吴丽", "人大常委会委员", "宣誓")


@pytest.mark.parametrize("sentence", ["请宣誓人上台，面向国旗", "请新任命的人员上台，面向国旗"])
def test_calling_up_no_one_by_name_to_the_oath_is_a_direction(sentence: str) -> None:
    assert find_cue(normalise(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("请局长宣海涛和局长贾文斌分别作回应", [("宣海涛", "局长"), ("贾文斌", "局长")]),
        ("请四（2）班丁一凡同学和五（1）班林可馨同学分享", [("丁一凡", None), ("林可馨", None)]),
        ("请××同志、××同志发言", [(None, None), (None, None)]),  # two names to fill in
        ("请入党介绍人……同志、……同志发言", [(None, "入党介绍人"), (None, None)]),
    ],
)
def test_people_asked_together_to_speak_take_a_turn_each(
    sentence: str, people: list[tuple[str | None, str | None]]
) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.kind == "speech"
    assert list(cue.people) == people


# --- the agenda's words for a one-person item ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("请区长作政府工作报告", "区长作政府工作报告"),  # no name: the act from 作
        ("请总经理李想做年度工作总结", "总经理做年度工作总结"),
        ("请副校长吴敏颁奖", "副校长颁奖"),  # an action other than reading: the office stays
        ("请学生代表发言", "学生代表发言"),
        ("请钱江教授发言", "教授发言"),  # the post after the name
        ("请市教育局张伟副局长讲话", "副局长讲话"),  # a three-character post after the name
        ("请李红代表全体新生发言", "新生代表发言"),  # on behalf of others
        ("请校副校长王强讲话", "副校长讲话"),  # a one-character organisation before the post
        ("请常务副县长王海讲话", "常务副县长讲话"),  # 常务 and 副 are no organisation
        ("请市委宣传部部长、市委常委杨帆同志讲话", "部长讲话"),  # the principal office
        ("请县委常委、组织部长马超同志讲话", "组织部长讲话"),
        ("请局长张伟讲话，欢迎张伟局长", "局长讲话"),  # the name said again later
        ("请区委书记王强同志讲话", "书记讲话"),
        ("请××镇党委书记××同志讲话", "书记讲话"),  # names to fill in
        ("请县职工代表大会主席王海讲话", "主席讲话"),  # 代表大会 is a body, not a 代表
        ("请化学学院楼建平教授发言", "教授发言"),
        ("请人事处处长、化学学院楼建平教授发言", "处长发言"),  # the first office
        ("请人事处处长楼建平教授发言", "处长发言"),  # the office before the name wins
        ("请教师代表楼建平教授发言", "教师代表发言"),
        ("请全国劳动模范、职工代表王海发言", "职工代表发言"),  # a 代表 before any office
        ("请党代表王海发言", "党代表发言"),
        ("请学生代表、高二（3）班李想同学发言", "学生代表发言"),  # whom the speaker stands for
        ("请获奖代表、市第一医院李丽医生发言", "获奖代表发言"),
        ("请区委副书记、区长陈卫东同志作政府工作报告", "区长作政府工作报告"),
        ("请院党委副书记、副院长宁志华同志讲话", "副院长讲话"),  # both deputies: the last
        ("请总工程师周明宣读《关于表彰2025年度先进个人的决定》", "宣读表彰决定"),
    ],
)
def test_a_one_person_item_is_titled_by_office_and_act(text: str, title: str) -> None:
    assert turn_title(text) == title


def test_a_group_turn_with_names_to_fill_in_is_titled_by_its_words() -> None:
    # The names follow as blanks: the group's own words name the item.
    assert turn_title("请各位候选人依次发言。请    同志发言") == "各位候选人依次发言"
    assert turn_title("请各位候选人依次发言。") is None


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("请张三、李四同志分别发言", ["张三", "李四"]),  # names alone, 同志 once at the end
        ("请张三、李四、王五同志依次发言", ["张三", "李四", "王五"]),
        ("请丁一凡同学、林可馨同学、王浩同学分享", ["丁一凡", "林可馨", "王浩"]),
        ("请张三同志、李四同志和王五同志发言", ["张三", "李四", "王五"]),
        ("请欧阳振华同志、李四同志发言", ["欧阳振华", "李四"]),  # a four-character name
    ],
)
def test_each_person_a_group_cue_names_takes_a_turn(sentence: str, names: list[str]) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group
    assert [name for name, _ in cue.people] == names


@pytest.mark.parametrize(
    "sentence", ["请各镇、各部门依次发言", "请市委、市政府依次发言", "请各位委员依次发言"]
)
def test_a_group_of_bodies_names_no_one(sentence: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None and cue.group and cue.people == ()


def test_named_people_speaking_in_turn_are_an_items_turns_with_its_limit() -> None:
    meeting = parse(
        "座谈会主持词\n同志们：\n现在开会。\n"
        "会议进行第一项，请张三、李四、王五同志依次发言，每人5分钟。\n"
        "会议进行第二项，请书记赵刚讲话。\n散会。\n"
    )
    turns = [[(s.name, s.limit_s) for s in item.speakers] for item in meeting.items]
    assert turns == [[("张三", 300), ("李四", 300), ("王五", 300)], [("赵刚", 600)]]


@pytest.mark.parametrize(
    ("sentence", "role", "verb"),
    [
        ("请    同志发言", None, "发言"),  # a blank to fill in
        ("请同志发言", None, "发言"),  # the name left out
        ("请沈心怡同学的妈妈发言", None, "发言"),  # a parent the script does not name
        ("请上级党组织指导同志**讲话", "上级党组织指导", "讲话"),
    ],
)
def test_a_turn_with_no_name_is_still_a_turn(sentence: str, role: str | None, verb: str) -> None:
    cue = find_cue(normalise(sentence))
    assert cue is not None
    assert (cue.name, cue.role, cue.kind, cue.group, cue.start, cue.verb) == (
        None,
        role,
        "speech",
        False,
        0,
        verb,
    )


def test_a_parent_named_after_the_child_is_the_speaker() -> None:
    cue = find_cue(normalise("请沈心怡同学的家长沈卫东发言"))
    assert cue is not None and (cue.name, cue.verb) == ("沈卫东", "发言")


def test_the_leaders_acting_together_are_one_step() -> None:
    cue = find_cue(normalise("请学校领导和团委老师为获奖同学颁奖"))
    assert cue is not None
    assert (cue.name, cue.kind, cue.group, cue.verb, cue.people) == (
        None,
        "action",
        True,
        "颁奖",
        (),
    )


def test_a_role_put_together_around_the_name_is_shown_as_written_in_traditional() -> None:
    # The office is said on both sides of the name: the role joins them, each part in the
    # script's own characters (協會, 會長), not the simplified ones it was matched in.
    meeting = parse(
        "歡迎晚宴主持詞\n各位來賓：\n晚宴現在開始。\n首先，請越南平陽省工商協會阮文雄會長致辭。\n"
        "下面，請本會陳家豪理事長講話。\n"
    )
    assert [(s.name, s.role) for s in meeting.speakers] == [
        ("阮文雄", "越南平陽省工商協會會長"),
        ("陳家豪", "本會理事長"),
    ]
    assert [item.title for item in meeting.items] == ["會長致辭", "理事長講話"]

"""Each pass of the parser alone, and the rules a chair's script relies on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chair.commands.check import decision_text, summary
from chair.model import Meeting, forecast_seconds
from chair.script import parse as P
from chair.script.agenda import dump, load
from chair.script.parse import find_limit, normalise, parse
from chair.script.people import find_cue, split_name

ROOT = Path(__file__).resolve().parents[1]


def _state(text: str) -> P.ParseState:
    return P.ParseState(P.segment(text, True), Meeting(title=""), 600)


def _through(text: str, *passes: str) -> P.ParseState:
    state = _state(text)
    for name in passes:
        getattr(P, name)(state)
    return state


# --- segment ------------------------------------------------------------------------------


def test_segment_cuts_a_run_on_paragraph_where_something_new_starts() -> None:
    text = (
        "会议主持词同志们：今天开会。会议共有两项议程：一是传达文件；二是请张三讲话。"
        "首先，进行第一项，传达文件。下面，进行第二项，请张三同志讲话。（讲话毕）刚才张三讲得很好。散会。"
    )
    units = [u.text for u in P.segment(text, True)]
    assert "会议共有两项议程：一是传达文件；二是请张三讲话。" in units  # the overview stays whole
    assert "下面，进行第二项，请张三同志讲话。" in units
    assert "（讲话毕）" in units and "刚才张三讲得很好。" in units
    assert units[-1] == "散会。"
    assert all(u.line == 1 for u in P.segment(text, True))


def test_segment_joins_pdf_breaks_and_keeps_the_line_of_each_sentence() -> None:
    text = "主持词\n同志们：\n今天我们在三楼会议室召开会议，研究\n部署工作。请张三\n同志发言。\n"
    units = P.segment(text, True)
    assert [u.text for u in units] == [
        "主持词",
        "同志们：",
        "今天我们在三楼会议室召开会议，研究部署工作。",
        "请张三同志发言。",
    ]
    assert [u.line for u in units] == [1, 2, 3, 4]


def test_segment_keeps_a_vote_together_across_lines() -> None:
    units = P.segment("同意的请举手。\n反对的请举手。\n弃权的请举手。\n", True)
    assert [u.text for u in units] == ["同意的请举手。反对的请举手。弃权的请举手。"]


# --- title and chrome ------------------------------------------------------------------------


def test_title_after_site_chrome_and_the_page_tail_cut() -> None:
    text = (
        "首页 > 范文 > 主持词\n发布时间：2025-01-01 来源：网络\n支部大会主持词\n同志们：\n"
        "进行第一项，请张三发言。\n散会。\n相关文章\n另一篇主持词\n"
    )
    state = _through(text, "find_title")
    roles = [(u.text, u.role) for u in state.units]
    assert roles[2] == ("支部大会主持词", "title")
    assert [r for _, r in roles[:2]] == ["chrome", "chrome"]
    assert [r for _, r in roles[-2:]] == ["chrome", "chrome"]
    assert state.body_end == len(state.units) - 2


def test_title_at_the_head_of_a_run_on_paragraph() -> None:
    state = _through("某某公司年会主持词尊敬的各位来宾：大家好！", "find_title")
    assert state.units[state.title_at].text == "某某公司年会主持词"
    assert state.units[state.title_at + 1].text.startswith("尊敬的各位来宾")


# --- classify ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role", "kind"),
    [
        ("请工作人员宣读名单。", "cue", "action"),
        ("请区委书记梁志远宣布开工。", "cue", "action"),
        ("请部门经理陈静发言。", "cue", "speech"),
        ("由各位班组长依次述职。", "cue", "speech"),
        ("请工作人员发放选票。", "direction", None),
        ("请大家起立。", "direction", None),
        ("同意的请举手；反对的请举手；弃权的请举手。", "vote", None),
        ("赞成的请举手。", "vote", None),
    ],
)
def test_classify_tells_speech_action_direction_and_vote(
    text: str, role: str, kind: str | None
) -> None:
    state = _through(f"主持词\n{text}\n", "find_title", "classify")
    unit = state.units[1]
    assert unit.role == role
    assert (unit.cue.kind if unit.cue else None) == kind


@pytest.mark.parametrize(
    ("who", "name", "role"),
    [
        ("部门经理陈静", "陈静", "部门经理"),
        ("县委常委、某镇党委刘明书记", "刘明", "书记"),
        ("县财政局李四", "李四", None),
        ("XXX", None, None),
        ("县发改局局长×××", None, "县发改局局长"),
        ("    ", None, None),
        ("${name}", None, None),
        ("某某", None, None),
    ],
)
def test_names_and_roles(who: str, name: str | None, role: str | None) -> None:
    got_name, got_role = split_name(who)
    assert got_name == name
    assert got_role == role or (role and got_role and role in got_role)


def test_a_group_cue_then_blank_names() -> None:
    meeting = parse("主持词\n进行第一项，请各位候选人依次发言。请    同志发言。请    同志发言。\n")
    cues = meeting.items[0].speakers
    assert [(c.name, c.group) for c in cues] == [(None, False), (None, False)]
    assert any(d.what == "group_dropped" for d in meeting.decisions)


# --- overview ------------------------------------------------------------------------------


def test_overview_counts_the_agenda_not_the_tasks() -> None:
    text = "主持词\n会议主要任务有两项。今天会议共有四项议程：一是甲；二是乙；三是丙；四是丁。\n进行第一项。\n"
    state = _through(text, "find_title", "classify", "find_overview")
    assert state.promised == 4 and state.titles == ["甲", "乙", "丙", "丁"]


def test_overview_lines_after_议程有() -> None:
    text = "主持词\n议程有：\n1、传达文件；\n2、张三讲话。\n首先进行第一项。\n下面进行第二项，请张三讲话。\n"
    state = _through(text, "find_title", "classify", "find_overview")
    assert state.titles == ["传达文件", "张三讲话"]
    assert {state.units[i].role for i in state.overview_at} == {"overview"}


# --- items ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "典礼进行第二项：请张三致辞。",
        "大会进行第二项，请张三讲话。",
        "会议进行第二项议程，请张三讲话。",
        "接着进行会议的第二议程，请张三讲话。",
        "现在第二项，由张三讲话。",
        "接下来我们开始第二项，请张三讲话。",
        "下面进行××项议程，请张三讲话。",
    ],
)
def test_items_in_every_framing(line: str) -> None:
    meeting = parse(f"主持词\n首先进行第一项，传达文件。\n{line}\n")
    assert [i.number for i in meeting.items] == [1, 2]
    assert meeting.items[1].speakers[0].name == "张三"


def test_last_item_by_its_word() -> None:
    meeting = parse(
        "主持词\n共有三项议程。\n进行第一项。\n进行第二项。\n下面进行最后一项议程，请张三讲话。\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3]


def test_a_repeated_first_item_is_not_a_new_item() -> None:
    meeting = parse(
        "主持词\n进行第一项，传达文件。\n请张三发言。\n进行第一项，请李四发言。\n进行第二项。\n"
    )
    assert [i.number for i in meeting.items] == [1, 2]
    assert [c.name for c in meeting.items[0].speakers] == ["张三", "李四"]


def test_hand_written_headings_and_cues_run_as_items_with_speakers() -> None:
    text = (
        "支部委员会会议主持词\n同志们：\n今天召开支部委员会会议。\n"
        "一、学习上级文件\n请王芳同志领学文件。\n"
        "二、工作汇报\n请张三同志发言。\n请李四同志发言。\n"
        "三、书记讲话\n请刘书记讲话。\n散会。\n"
    )
    meeting = parse(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "学习上级文件"),
        (2, "工作汇报"),
        (3, "书记讲话"),
    ]
    assert [[c.name for c in i.speakers] for i in meeting.items] == [
        ["王芳"],
        ["张三", "李四"],
        ["刘书记"],
    ]
    assert all(i.steps[0].kind == "heading" and not i.steps[0].is_read for i in meeting.items)
    assert meeting.closing[0].text == "散会。"


def test_numbered_points_of_a_speech_stay_text() -> None:
    meeting = parse(
        "主持词\n进行第一项，书记讲话。\n第一，提高认识。\n第二，抓好落实。\n1、按时到会。\n"
    )
    assert len(meeting.items) == 1 and meeting.items[0].speakers == []


def test_the_whole_script_on_one_line() -> None:
    text = (
        "机关党委会议主持词同志们：今天召开机关党委会议。会议共有两项议程：一是传达文件；二是书记讲话。"
        "首先，进行会议第一项，请办公室主任王芳传达文件。（传达毕）下面，进行会议第二项，请刘明书记讲话，"
        "每人发言不超过15分钟。（讲话毕）会议到此结束，散会。"
    )
    meeting = parse(text)
    assert meeting.title == "机关党委会议主持词"
    assert [i.title for i in meeting.items] == ["传达文件", "书记讲话"]
    assert [(c.name, c.role, c.after) for c in meeting.speakers] == [
        ("王芳", "办公室主任", "（传达毕）"),
        ("刘明", "书记", "（讲话毕）"),
    ]
    assert meeting.items[1].speakers[0].limit_s == 900
    assert meeting.closing[0].text == "会议到此结束，散会。"


# --- closing -------------------------------------------------------------------------------


def test_a_meeting_end_inside_item_one_is_not_the_closing() -> None:
    text = (
        "主持词\n进行第一项，通报情况。\n上次会议结束以后，大家抓了落实。会议结束。\n"
        "进行第二项，请张三讲话。\n本次会议到此结束。\n"
    )
    meeting = parse(text)
    assert [i.number for i in meeting.items] == [1, 2]
    assert meeting.closing[0].text == "本次会议到此结束。"


# --- limits --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("每人发言时间控制在半小时。", 1800),
        ("报告时间半个小时", 1800),
        ("每人发言不超过4小时", 14400),
        ("不得超过5分钟", 300),
        ("5分钟以内", 300),
        ("每个部门述职时间不超过10分钟", 600),
        ("限时8分钟", 480),
        ("请一分厂厂长发言", None),
        ("每人发言不超过5小时", None),
    ],
)
def test_limits_phrased_many_ways(text: str, seconds: int | None) -> None:
    assert find_limit(normalise(text)) == seconds


def test_an_items_own_limit_beats_the_meeting_wide_one() -> None:
    text = (
        "主持词\n本次会议每人发言不超过5分钟。\n进行第一项。\n请张三发言。\n"
        "进行第二项，每人发言不超过3分钟。\n请李四发言。\n请王五发言。\n"
    )
    meeting = parse(text)
    assert [c.limit_s for c in meeting.speakers] == [300, 180, 180]


def test_a_limit_said_after_the_first_speaker_governs_the_whole_item() -> None:
    text = "主持词\n进行第一项。\n请张三发言，每位发言不超过5分钟。\n请李四发言。\n进行第二项。\n请王五讲话。\n"
    assert [c.limit_s for c in parse(text).speakers] == [300, 300, 600]


# --- warnings, decisions, forecast -----------------------------------------------------------


def test_an_overview_listing_fewer_items_than_the_text_warns() -> None:
    text = "主持词\n会议共有两项议程：一是甲；二是乙。\n进行第一项。\n进行第二项。\n进行第三项。\n"
    meeting = parse(text)
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert meeting.warnings == [
        "概述列出 2 项议程，正文有 3 项 / the overview lists 2 items, the text has 3"
    ]


def test_check_says_what_it_decided() -> None:
    meeting = parse("主持词\n进行第一项，表彰。\n请工作人员宣读名单。\n")
    said = [decision_text(d, "zh") for d in meeting.decisions]
    assert "第3行：请工作人员宣读名单。 → 宣读，不计时" in said
    assert "line 3: 请工作人员宣读名单。 → 宣读: an action, untimed" in [
        decision_text(d, "en") for d in meeting.decisions
    ]


def test_actions_and_votes_are_not_timed_in_the_forecast() -> None:
    meeting = parse(
        "主持词\n进行第一项。\n请张三发言。\n请李四宣读决定。\n同意的请举手。反对的请举手。\n"
    )
    speech, action = meeting.speakers
    assert (speech.kind, speech.timed, action.kind, action.timed) == (
        "speech",
        True,
        "action",
        False,
    )
    data = summary(meeting, 200, "default")
    assert data["speakers"] == 1 and data["actions"] == 1 and data["items"][0]["votes"] == 1
    reading = round(meeting.chars * 60 / 200)
    assert forecast_seconds(meeting, 200) == reading + 600


def test_kinds_roles_votes_place_and_attendance_round_trip_through_yaml() -> None:
    text = (
        "主持词\n今天我们在三楼会议室召开会议。本次会议应到委员35人，实到委员  人。\n"
        "进行第一项，请部门经理陈静发言。\n请工作人员宣读名单。\n同意的请举手；反对的请举手。\n"
    )
    meeting = parse(text)
    again = load(dump(meeting), Path("a.yaml"))
    assert again.place == meeting.place == "三楼会议室"
    assert again.attendance == meeting.attendance == ["本次会议应到委员35人，实到委员  人。"]
    assert [(s.kind, getattr(s, "role", None)) for s in again.steps()] == [
        (s.kind, getattr(s, "role", None)) for s in meeting.steps()
    ]


def test_traditional_text_is_matched_simplified_and_shown_as_written() -> None:
    meeting = parse("會議主持詞\n下面，進行會議第一項，請部門經理陳靜發言。\n")
    cue = meeting.items[0].speakers[0]
    assert (cue.name, cue.role) == ("陳靜", "部門經理")
    assert cue.text == "下面，進行會議第一項，請部門經理陳靜發言。"


def test_opencc_is_not_loaded_for_a_simplified_script() -> None:
    probe = (
        "import sys\nfrom chair.script.parse import parse\n"
        "parse('会议主持词\\n进行第一项，请张三发言。\\n')\n"
        "assert 'opencc' not in sys.modules\n"
        "parse('會議主持詞\\n進行第一項，請張三發言。\\n')\n"
        "assert 'opencc' in sys.modules\n"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_find_cue_ignores_the_chair_and_the_room() -> None:
    assert find_cue("现在我宣布，大会开始！") is None
    assert find_cue("让我们以热烈的掌声欢迎各位领导和嘉宾的到来！") is None
    assert find_cue("请大家认真学习领会。") is None


def test_pdf_breaks_inside_a_word_and_page_numbers_between() -> None:
    text = (
        "推进会主持词\n同志们：\n今天召开推进会，主要任务是总结工作，部署任\n务。会议共有两项议程。\n"
        "首先，进行会议第一项，请局长杨\n帆通报情况。\n- 2 -\n下面进行第\n二项议程，请城关镇党委书记韩冰发言。\n散会。\n"
    )
    meeting = parse(text)
    assert meeting.opening[2].text == "今天召开推进会，主要任务是总结工作，部署任务。"
    assert [i.number for i in meeting.items] == [1, 2]
    assert [(c.name, c.line) for c in meeting.speakers] == [("杨帆", 5), ("韩冰", 8)]
    assert not any("- 2 -" in s.text for s in meeting.steps())


def test_headings_that_lost_their_lines_and_headings_with_their_cue() -> None:
    one_line = (
        "表彰大会主持词 尊敬的各位领导、同志们：大家好！一、宣布大会开始 现在我宣布，大会开始！"
        "二、宣读表彰决定 请组织部长张三宣读表彰决定。三、领导讲话 请县长李四讲话。大会到此结束。"
    )
    colon = "表彰大会主持词\n同志们：\n一、宣读表彰决定：请组织部长张三宣读表彰决定。\n二、领导讲话：请县长李四讲话。\n"
    for text in (one_line, colon):
        meeting = parse(text)
        assert [i.title for i in meeting.items][-2:] == ["宣读表彰决定", "领导讲话"]
        assert [(c.name, c.kind) for c in meeting.speakers] == [
            ("张三", "action"),
            ("李四", "speech"),
        ]


def test_an_overview_under_议程如下_and_turns_without_numbers() -> None:
    text = (
        "支部党员大会主持词\n同志们：\n会议议程如下：\n第一项，传达上级文件精神；\n第二项，听取支部工作报告；\n"
        "第三项，书记讲话。\n首先，请组织委员李华同志传达上级文件精神。\n接下来，请支部书记王强同志作支部工作报告。\n"
        "最后，请机关党委书记赵明同志讲话。\n散会。\n"
    )
    meeting = parse(text)
    assert [i.title for i in meeting.items] == ["传达上级文件精神", "听取支部工作报告", "书记讲话"]
    assert [[c.name for c in i.speakers] for i in meeting.items] == [["李华"], ["王强"], ["赵明"]]


# --- items reconciled with the overview ----------------------------------------------------


def test_reconcile_finds_an_unnumbered_item_between_the_found_ones() -> None:
    text = (
        "专题协商会主持词\n各位委员：\n今天的议程有三项：一是市住建局通报情况；二是委员协商发言；三是副市长讲话。\n"
        "首先，请市住建局局长潘卫星通报情况。\n下面，进行协商发言。请韩立军委员发言。\n"
        "请季秋委员发言。\n最后，请殷国强副市长讲话。\n散会。\n"
    )
    state = _through(text, "find_title", "classify", "find_overview", "find_items")
    found = {n: state.units[i].text for i, n in state.items_at.items()}
    assert found[2] == "下面，进行协商发言。"
    assert sorted(found) == [1, 2, 3]
    assert any(d.what == "anchored" and d.detail == "2" for d in state.meeting.decisions)


def test_overview_in_traditional_characters_names_the_items() -> None:
    text = (
        "啓用儀式主持詞\n各位來賓：\n今天的儀式有兩項議程：一是院長介紹建設情況；二是副市長宣佈正式啓用。\n"
        "接下來有請院長方衛國先生介紹建設情況。\n最後，有請白冬梅副市長宣佈正式啓用！\n儀式到此結束。\n"
    )
    meeting = parse(text)
    assert [i.title for i in meeting.items] == ["院長介紹建設情況", "副市長宣佈正式啓用"]
    assert meeting.items[0].steps[0].name == "方衛國"  # type: ignore[union-attr]


def test_overview_forms_with_a_colon_or_a_list_of_points() -> None:
    for overview in (
        "大会议程：（1）作动员；（2）学生代表发言。",
        "仪式有以下几项：\n（1）作动员\n（2）学生代表发言",
    ):
        text = f"誓师大会主持词\n同学们：\n{overview}\n首先，请傅海峰老师作动员。\n请学生代表甄妙发言。\n大会到此结束。\n"
        meeting = parse(text)
        assert [i.title for i in meeting.items] == ["作动员", "学生代表发言"], overview


# --- cues, names, limits -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "group"),
    [
        (
            "请县气象局局长曾小娟同志作今年汛期气候趋势预测。",
            "曾小娟",
            "县气象局局长",
            "speech",
            False,
        ),
        ("请总监票人郝明亮同志主持投票。", "郝明亮", "总监票人", "action", False),
        (
            "请市见义勇为基金会秘书长乔丽宣读决定。",
            "乔丽",
            "市见义勇为基金会秘书长",
            "action",
            False,
        ),
        ("有请火海救人的村民蒋春来同志作报告。", "蒋春来", "村民", "speech", False),
        ("请获奖团队代表、支付组组长邓超然发表获奖感言。", "邓超然", "支付组组长", "speech", False),
        ("请大会秘书处负责同志简要说明。", None, "秘书处负责同志", "speech", False),
        ("请县住建局、城关镇负责同志作表态发言。", None, None, "speech", True),
        ("请学校领导和团委老师为新团员佩戴团徽。", None, "学校领导和团委老师", "action", True),
        ("接下来有请联合创始人、CTO安然为我们回顾一年的技术突破。", "安然", "CTO", "speech", False),
    ],
)
def test_cue_classes(text: str, name: str | None, role: str | None, kind: str, group: bool) -> None:
    cue = find_cue(text)
    assert cue is not None
    assert (cue.name, cue.kind, cue.group) == (name, kind, group)
    assert role is None and cue.role is None or role in (cue.role or "")


def test_a_group_cue_that_names_each_person_is_one_turn_each() -> None:
    cue = find_cue("下面，请市自然资源局局长宣海涛和市城管局局长贾文斌分别作回应。")
    assert cue is not None and cue.group
    assert [p[0] for p in cue.people] == ["宣海涛", "贾文斌"]
    listed = find_cue("南湖街道、北岸街道、东山街道依次汇报。")
    assert listed is not None and listed.group and listed.people == ()


def test_a_limit_looking_back_governs_the_speeches_just_before_it() -> None:
    text = (
        "大会主持词\n同学们：\n大会议程：（1）校长讲话；（2）教师代表发言；（3）学生代表发言。\n"
        "首先，请校长麦振华讲话。\n（讲话）\n下面请教师代表柴志刚发言。\n接着，请学生代表甄妙发言。\n"
        "（以上每人发言不超过5分钟）\n大会到此结束。\n"
    )
    limits = [s.limit_s for i in parse(text).items for s in i.steps if hasattr(s, "limit_s")]
    assert limits == [600, 300, 300]


def test_an_item_limit_that_counts_its_speakers_governs_that_many_turns() -> None:
    text = (
        "协商会主持词\n各位委员：\n现在进行第一项议程，协商发言。有2位同志作重点发言，每人发言不得超过5分钟。\n"
        "请韩立军委员发言。\n请季秋委员发言。\n请局长宣海涛作回应。\n散会。\n"
    )
    limits = [s.limit_s for s in parse(text).items[0].steps if hasattr(s, "limit_s")]
    assert limits == [300, 300, 600]


def test_a_list_right_under_an_announced_overview_is_the_overview() -> None:
    text = (
        "开工仪式主持词\n各位来宾：\n仪式议程如下：\n1.区长致辞\n2.施工单位代表发言\n"
        "首先，有请区长孙伟致辞。\n下面，有请中建三局项目经理周强发言。\n仪式到此结束。\n"
    )
    meeting = parse(text)
    assert [i.title for i in meeting.items] == ["区长致辞", "施工单位代表发言"]
    assert meeting.items[0].steps[0].name == "孙伟"  # type: ignore[union-attr]  # not 长孙伟


def test_everyone_speaks_and_a_kind_of_person_announces_the_named_turns() -> None:
    assert find_cue("请大家自由发言。") is not None
    assert find_cue("欢迎参加本期读书分享会。") is None
    text = (
        "座谈会主持词\n各位居民代表：\n现在进行第一项，居民代表发言。请居民代表发言。"
        "请张大爷发言。请李阿姨发言。\n座谈会到此结束。\n"
    )
    cues = [s for s in parse(text).items[0].steps if hasattr(s, "limit_s")]
    assert [c.name for c in cues] == ["张大爷", "李阿姨"]  # type: ignore[attr-defined]
    assert split_name("居民代表") == (None, "居民代表")


def test_item_framings_and_courtesy_names() -> None:
    text = (
        "家长会主持词\n尊敬的各位家长：\n本次家长会分三个环节：第一个环节，校长讲话；第二个环节，"
        "家长代表发言；第三个环节，自由交流。\n首先进入第一个环节，请校长何平讲话。\n"
        "进入第二个环节，请家长代表王先生发言。\n进入第三个环节，自由交流。\n家长会到此结束。\n"
    )
    meeting = parse(text)
    assert [i.title for i in meeting.items] == ["校长讲话", "家长代表发言", "自由交流"]
    assert meeting.items[1].steps[0].name == "王先生"  # type: ignore[union-attr]
    signing = parse(
        "签约仪式主持词\n各位嘉宾：\n签约仪式第一项：请董事长李强先生致辞。\n签约仪式第二项：请市长张明先生致辞。\n"
    )
    assert [i.number for i in signing.items] == [1, 2]
    assert split_name("嘉宾代表、市商会会长刘先生") == ("刘先生", "市商会会长")


def test_headings_that_end_like_sentences_count_only_as_many_as_promised() -> None:
    body = (
        "一、观看专题片。\n二、青年干部代表发言。\n1、首先请团委书记李楠发言；2、接着请科员王晨发言。\n"
        "三、请党组书记周明讲话。\n座谈会到此结束。\n"
    )
    promised = parse(f"座谈会主持词\n同志们：\n议程有三项。\n{body}")
    cues = [sum(hasattr(s, "limit_s") for s in i.steps) for i in promised.items]
    assert cues == [0, 2, 1]
    assert parse(f"座谈会主持词\n同志们：\n议程有两项。\n{body}").items == []


def test_an_overview_closed_with_its_count_is_followed_by_the_first_item() -> None:
    text = (
        "交流会主持词\n同志们：\n今天的交流会共有两项议程。第一项，经验交流。请张华发言，限时8分钟。"
        "请李明发言，不得超过5分钟。第二项，请王局长讲话。\n散会。\n"
    )
    meeting = parse(text)
    assert [i.title for i in meeting.items] == ["经验交流", "请王局长讲话"]
    limits = [s.limit_s for i in meeting.items for s in i.steps if hasattr(s, "limit_s")]
    assert limits == [480, 300, 600]


def test_a_lone_turn_between_found_items_is_the_missing_item() -> None:
    text = (
        "揭牌仪式主持词\n各位来宾：仪式共有四项议程：一是管委会主任致辞；二是企业代表发言；三是市领导讲话；"
        "四是揭牌。现在，请管委会主任袁方致辞。请企业代表、某某科技公司董事长韦强发言。"
        "请副市长蒋涛讲话。请各位领导为产业园揭牌。（揭牌、礼炮）揭牌仪式到此结束。\n"
    )
    meeting = parse(text)
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[2].steps[0].name == "蒋涛"  # type: ignore[union-attr]
    assert find_cue("请各位党员依次进行自评。") is not None


def test_stages_are_items_unless_the_agenda_is_counted_too() -> None:
    text = (
        "观摩会主持词\n同志们：\n今天的观摩会分三个阶段：第一阶段，现场观摩；第二阶段，座谈交流；第三阶段，领导讲话。\n"
        "现在进行第一阶段，现场观摩。请大家按顺序乘车。\n进行第二阶段，座谈交流。请各镇党委书记依次发言，每人5分钟。\n"
        "进行第三阶段，请区委书记邹强讲话。\n观摩会结束。\n"
    )
    assert [i.title for i in parse(text).items] == ["现场观摩", "座谈交流", "领导讲话"]


def test_an_overview_colon_at_the_end_of_a_sentence_lists_the_lines_under_it() -> None:
    text = (
        "廉政教育大会主持词\n同志们：\n今天召开廉政教育大会。会议议程：\n一、通报典型案例\n二、观看警示教育片\n"
        "三、纪检组长讲话\n首先，请监察室主任唐敏通报近期典型案例。\n然后，观看警示教育片《警钟》。\n"
        "最后，请纪检组长彭磊讲话。\n散会。\n"
    )
    meeting = parse(text)
    cues = [[s.name for s in i.steps if hasattr(s, "limit_s")] for i in meeting.items]
    assert cues == [["唐敏"], [], ["彭磊"]]


@pytest.mark.parametrize(
    ("line", "count", "titles"),
    [
        (
            "今天的仪式共有三项：一是甲方致辞；二是乙方发言；三是揭牌。",
            3,
            ["甲方致辞", "乙方发言", "揭牌"],
        ),
        ("典礼程序如下：一、理事长致词；二、贵宾致词。", None, ["理事长致词", "贵宾致词"]),
        (
            "今天的党课分为两个部分：一、观看教育片；二、书记讲党课。",
            2,
            ["观看教育片", "书记讲党课"],
        ),
        (
            "今晚的年会分为三个篇章:领导致辞、年度颁奖和幸运抽奖.",
            3,
            ["领导致辞", "年度颁奖", "幸运抽奖"],
        ),
    ],
)
def test_overview_forms_without_the_word_议程(
    line: str, count: int | None, titles: list[str]
) -> None:
    state = _through(
        f"主持词\n同志们：\n{line}\n首先，请张三同志讲话。\n",
        "find_title",
        "classify",
        "find_overview",
    )
    assert state.promised == count and state.titles == titles


def test_a_list_apart_by_commas_counts_only_when_the_count_agrees() -> None:
    assert P._listed("：领导致辞、年度颁奖和幸运抽奖。", 3) == ["领导致辞", "年度颁奖", "幸运抽奖"]
    assert P._listed("：领导致辞、年度颁奖和幸运抽奖。", 4) == []


def test_titles_are_aligned_to_the_units_in_order_by_several_kinds_of_evidence() -> None:
    text = (
        "揭牌仪式主持词\n各位领导：\n今天的仪式共有四项：一是集团领导致辞；二是施工单位代表发言；"
        "三是市领导致辞；四是研究院揭牌。\n首先，请某某集团党委书记、董事长某某某致辞。\n"
        "刚才，董事长的致辞很精彩。\n接下来，请施工单位代表某某某发言。\n"
        "下面，请某某市委常委、常务副市长某某某致辞。\n请各位领导共同为研究院揭牌！\n仪式到此结束。\n"
    )
    state = _through(text, "find_title", "classify", "find_overview", "find_items")
    opened = {n: state.units[i].norm[:6] for i, n in state.items_at.items()}
    assert opened == {1: "首先，请某某", 2: "接下来，请施", 3: "下面，请某某", 4: "请各位领导共"}


def test_a_vote_call_after_the_motion_starts_a_vote_of_its_own() -> None:
    text = (
        "会议主持词\n现在进行第一项，表决任免事项。下面对任免事项逐项表决。"
        "关于任命甲为主任的决定，赞成的请举手；不赞成的请举手；弃权的请举手。通过。"
        "关于免去乙的职务的决定，赞成的请举手；不赞成的请举手；弃权的请举手。通过。散会。\n"
    )
    state = _through(text, "find_title", "classify")
    assert [u.norm[:6] for u in state.units if u.role == "vote"] == ["关于任命甲为", "关于免去乙的"]


def test_a_verb_inside_a_logistics_word_is_no_turn() -> None:
    assert find_cue("请工作人员分发表决票。") is None
    assert find_cue("请张三同志发表意见。") is not None


def test_a_vocative_before_the_item_does_not_hide_it() -> None:
    units = [
        u.norm
        for u in P.segment(
            "大会进行第三项，请张三同志作报告。各位代表，下面进行大会第四项议程，审议办法。", True
        )
    ]
    assert units[-1].startswith("各位代表，下面进行大会第四项")


def test_a_turn_after_a_long_remark_in_one_sentence_is_a_unit_of_its_own() -> None:
    text = "各位代表，经过各代表团认真讨论，代表们普遍认为修订稿体现了按劳分配的原则，请大会副秘书长***同志汇报讨论情况。"
    units = [u.norm for u in P.segment(text, True)]
    assert units[-1].startswith("请大会副秘书长")
    assert [u.norm for u in P.segment("首先，请张三同志讲话。", True)] == ["首先，请张三同志讲话。"]


def test_the_last_item_announced_bare_after_numbered_ones() -> None:
    text = (
        "仪式主持词\n进行第一项，请张三同志宣读名单。\n进行第二项，请李四同志发言。\n"
        "最后一项，请王五同志讲话。\n仪式到此结束。\n"
    )
    assert [len(i.speakers) for i in parse(text).items] == [1, 1, 1]


def test_items_after_the_last_numbered_one_are_found_by_the_overviews_words() -> None:
    text = (
        "部署会主持词\n会议共有三项议程：一是传达会议精神；二是各村表态发言；三是书记作部署讲话。\n"
        "现在进行第一项，请副镇长蔡永强传达会议精神。\n接下来，由各村书记依次作表态发言。\n"
        "最后，请镇党委书记田文斌同志作部署讲话。\n散会。\n"
    )
    assert [len(i.speakers) for i in parse(text).items] == [1, 1, 1]


def test_a_group_cue_closed_by_a_colon_and_a_list_of_people_is_one_turn_each() -> None:
    text = (
        "家长会主持稿\n一、备考指导\n下面请各学科备课组长分别作备考指导，每个学科控制在5分钟：\n"
        "1. 语文备课组长倪红老师；\n2. 英语备课组长柏杨老师。\n二、结束\n会议到此结束。\n"
    )
    state = _through(text, "find_title", "classify")
    assert [u.cue.name for u in state.units if u.cue and not u.cue.group] == ["倪红", "柏杨"]


def test_a_turn_after_a_logistics_request_in_the_same_sentence_is_its_own_unit() -> None:
    text = "典礼进行第五项：请主任任志远宣读名单。请受表彰同学上台，请各位领导为他们颁奖。"
    units = [u.norm for u in P.segment(text, True)]
    assert units[-1] == "请各位领导为他们颁奖。"


def test_after_an_aside_an_item_starts_although_no_full_stop_ends_the_sentence() -> None:
    text = (
        "开幕式进行第一项：运动员入场。首先走来的是国旗方队……（解说词略）开幕式进行第二项：升国旗。"
    )
    units = [u.norm for u in P.segment(text, True)]
    assert units[-1] == "开幕式进行第二项：升国旗。"


def test_traditional_titles_of_the_overview_are_matched_simplified() -> None:
    text = (
        "揭牌典禮主持稿\n各位貴賓：\n典禮程序如下：一、理事長致詞；二、貴賓致詞；三、合影。\n"
        "首先，歡迎本會理事長張振源先生致詞。\n接下來，敬請吳明哲主任致詞。\n最後，請全體貴賓上台合影留念。\n"
        "典禮到此圓滿結束。\n"
    )
    meeting = parse(text)
    assert [len(i.speakers) for i in meeting.items] == [1, 1, 0]


def test_a_title_broken_inside_a_word_is_joined() -> None:
    units = P.segment("县人民医院中层干部竞聘上岗演讲\n会主持词\n各位评委：\n", True)
    assert units[0].text == "县人民医院中层干部竞聘上岗演讲会主持词"


def test_a_call_to_get_ready_is_no_turn() -> None:
    assert find_cue("请3号做准备。") is None


def test_a_request_to_the_room_before_item_two_is_item_one() -> None:
    text = (
        "纪念大会主持词\n同志们：\n今天我们隆重集会。\n请全体起立，奏唱国歌。\n"
        "大会进行第二项，请局长庞丽华同志宣读通知。\n大会进行第三项，请县委书记邱永胜同志讲话。\n大会到此结束。\n"
    )
    meeting = parse(text)
    assert [len(i.speakers) for i in meeting.items] == [0, 1, 1]
    assert meeting.items[0].title == "奏唱国歌"  # the act, not the rising for it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("第二个环节，我们邀请副部长罗志强先生为大家讲话。", "罗志强"),
        ("下面，请市农业农村局局长武海燕女士发布博览会重点活动安排。", "武海燕"),
        ("第一位分享者是文学院的郑可欣同学，她分享的书目是《万历十五年》，有请！", "郑可欣"),
        ("最后一位分享者是计算机学院的____同学，有请。", None),
    ],
)
def test_turns_announced_by_邀请_发布_or_a_closing_有请(text: str, name: str | None) -> None:
    cue = find_cue(text)
    assert cue is not None and cue.name == name and cue.kind == "speech"


def test_邀请到_a_guest_is_no_turn() -> None:
    assert find_cue("今天我们有幸邀请到历史文化学院的***教授作为点评嘉宾。") is None


def test_a_site_tag_above_the_title_is_page_chrome() -> None:
    state = _through("【热门】\n县人民检察院专题党课主持词\n各位党员同志：\n", "find_title")
    assert [u.role for u in state.units[:2]] == ["chrome", "title"]


def test_a_turn_whose_speech_is_past_a_comma_after_a_quoted_theme() -> None:
    cue = find_cue(
        "下面，请检察长龙启明同志以“学党纪、明规矩，做新时代检察人”为题，为大家讲授专题党课。"
    )
    assert cue is not None and cue.name == "龙启明" and cue.kind == "speech"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("先请村务监督委员会主任卞金海说说意见。", "卞金海"),
        ("第一项，请村委会主任王保国给老人们拜节，并通报一年来村里的工作。", "王保国"),
    ],
)
def test_colloquial_turns_and_a_speech_joined_by_并(text: str, name: str) -> None:
    cue = find_cue(text)
    assert cue is not None and cue.name == name and cue.kind == "speech"


def test_paperwork_by_the_room_is_no_step() -> None:
    assert find_cue("请各位代表在会议记录上签字。") is None
    assert find_cue("请各位领导和嘉宾移步奠基石前，为项目奠基培土。") is not None


def test_several_offices_acting_together_and_a_verb_inside_a_noun() -> None:
    cue = find_cue(
        "下面，请省交通运输厅副厅长、某某市委常委常务副市长、集团董事长共同为“某某智慧物流研究院”揭牌！"
    )
    assert cue is not None and cue.kind == "action" and cue.verb == "揭牌"
    assert find_cue("好，请各位领导移步至揭牌台。") is None


def test_an_overview_that_lists_before_it_counts() -> None:
    text = (
        "论坛主持词\n乙：本次论坛分为开幕致辞、主旨演讲和圆桌对话三个环节。\n甲：首先进入开幕致辞环节。\n"
        "有请副主任沈慧敏致辞。\n甲：下面进入主旨演讲环节，每位嘉宾演讲时间20分钟。\n"
        "首先有请教授闻立德，他演讲的题目是《精准医学》。\n乙：谢谢闻院士。接下来有请董事长聂宏涛，带来主旨演讲《突围之路》。\n"
        "甲：下面进入圆桌对话环节。\n论坛到此结束。\n"
    )
    meeting = parse(text)
    assert [i.title for i in meeting.items] == ["开幕致辞", "主旨演讲", "圆桌对话"]
    assert [len(i.speakers) for i in meeting.items] == [1, 2, 0]
    assert P.parse("会议主持词\n年会分为上下两个篇章。\n").items == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("下面，请我校校长汪红梅为大家介绍学校发展情况。", "汪红梅"),
        (
            "请厅机关党委常务副书记贝立群同志对全厅学习宣传贯彻党的二十届三中全会精神作具体安排。",
            "贝立群",
        ),
    ],
)
def test_our_own_organisation_and_a_long_matter_before_作(text: str, name: str) -> None:
    cue = find_cue(text)
    assert cue is not None and cue.name == name
    assert find_cue("请允许我代表全体同志讲几句。") is None


def test_a_comma_before_最后请_cuts_the_next_turn() -> None:
    units = [
        u.norm for u in P.segment("接着请心内科主任温雅婷汇报，最后请护理部主任严秋菊汇报。", True)
    ]
    assert units == ["接着请心内科主任温雅婷汇报，", "最后请护理部主任严秋菊汇报。"]


def test_the_group_coming_up_for_the_named_persons_act_is_its_other_side() -> None:
    text = (
        "部署会主持词\n会议进行第一项，签订目标责任书。请镇长任丽萍同志代表镇政府与各村书记签订目标责任书。"
        "请各村党支部书记按顺序上台签订。\n会议进行第二项，请书记廖志远同志讲话。\n会议到此结束。\n"
    )
    assert [len(i.speakers) for i in parse(text).items] == [1, 1]
    assert find_cue("请获奖教师和颁奖嘉宾合影留念。") is None


def test_a_named_person_acting_for_those_called_up_is_an_action() -> None:
    cue = find_cue("请博士毕业生代表上台，请校长方志远同志为他们拨穗。")
    assert cue is not None and cue.name == "方志远" and cue.kind == "action"
    assert find_cue("请大家为他们鼓掌。") is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("请校长欧阳平致开学辞。", "校长致开学辞"),
        ("请教师代表、五年级语文老师汤雪梅发言", "教师代表发言"),
        ("请区委副书记、区长陈卫东同志作重要讲话，大家欢迎", "区长讲话"),
        ("请院党委书记、院长宁志华同志讲话", "书记讲话"),
        ("请区教育局罗晓梅科长讲话", "科长讲话"),
        ("请高三年级组长、数学老师钟海燕代表全体教师发言", "教师代表发言"),
        ("请教师代表、化学学院楼建平教授发言", "教师代表发言"),
        ("请副主任毕晓宇宣读《关于表彰第三届“最美医生”的决定》", "宣读表彰决定"),
        ("請集團董事長孫毅恆先生致辭", "董事長致辭"),
    ],
)
def test_an_item_that_is_one_turn_is_titled_by_office_and_act(text: str, title: str) -> None:
    from chair.script.people import turn_title

    assert turn_title(text) == title


def test_a_turn_title_needs_a_turn_and_an_office() -> None:
    from chair.script.people import turn_title

    assert turn_title("全体起立，奏唱国歌") is None
    assert turn_title("请王志刚同志讲话") is None  # no office: the sentence stays the title
    assert turn_title("请各位代表依次发言") is None


def test_people_invited_together_to_speak_take_a_turn_each() -> None:
    cue = find_cue("请学生代表、四（2）班丁一凡同学和五（1）班林可馨同学分享读书心得")
    assert cue is not None and [name for name, _ in cue.people] == ["丁一凡", "林可馨"]
    blanks = find_cue("请××同志、××同志结合观看警示教育片作交流发言")
    assert blanks is not None and blanks.people == ((None, None), (None, None))
    together = find_cue("有请甄美玲部长、窦建华副市长为获奖医生颁奖")
    assert together is not None and together.name == "甄美玲" and not together.people


def test_a_limit_asked_of_each_speaker_is_no_turn() -> None:
    assert find_cue("为了让更多企业家有发言机会，请每位发言不超过6分钟。") is None
    assert find_cue("请各位记者提问前先通报所在媒体名称。") is None


def test_a_script_with_no_numbers_is_laid_out_by_the_words_that_move_it_on() -> None:
    text = (
        "宣誓仪式主持词\n同志们：\n下面，宣誓仪式开始。\n首先，请全体起立，奏唱国歌。\n"
        "接下来，请组织委员彭丽宣读任职决定。\n下面进行宪法宣誓。请主任凤建平同志领誓。\n"
        "最后，请书记沈国强同志讲话。\n散会。\n"
    )
    meeting = parse(text)
    assert [len(i.speakers) for i in meeting.items] == [0, 1, 1, 1]
    assert meeting.items[1].title == "宣读任职决定"
    assert any(d.what == "stepped" for d in meeting.decisions)


def test_an_overview_without_a_count_lists_its_items() -> None:
    state = _through(
        "团拜会主持词\n今天的团拜会有这么几项内容：书记通报工作，为“最美家庭”颁奖，镇领导讲话，"
        "最后是文艺节目。\n",
        "find_title",
        "classify",
        "find_overview",
    )
    assert state.titles == ["书记通报工作", "为“最美家庭”颁奖", "镇领导讲话", "文艺节目"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "下面进行宪法宣誓，请副主任房立新同志监誓，请主任晏国栋同志领誓。",
            ["下面进行宪法宣誓，请副主任房立新同志监誓，", "请主任晏国栋同志领誓。"],
        ),
        (
            "宣誓仪式由副主任孙丽同志监誓，由王磊同志领誓。",
            ["宣誓仪式由副主任孙丽同志监誓，", "由王磊同志领誓。"],
        ),
        (
            "第三项，请主席王小红宣读名单，请邹主席为他们发放慰问品。",
            ["第三项，请主席王小红宣读名单，", "请邹主席为他们发放慰问品。"],
        ),
        (
            "乙：感谢贺总的致辞。接下来进入年度表彰环节。请经理程丽宣读决定。",
            ["乙：感谢贺总的致辞。", "接下来进入年度表彰环节。", "请经理程丽宣读决定。"],
        ),
    ],
)
def test_a_second_turn_or_a_part_of_the_programme_starts_a_unit(
    text: str, units: list[str]
) -> None:
    assert [u.norm for u in P.segment(text, True)] == units


def test_a_vote_asked_of_the_delegates_opens_after_a_turn() -> None:
    text = (
        "请主任尹立强同志作说明。下面请各位代表对集体合同草案进行表决：赞成的请举手；反对的请举手。"
    )
    assert len(P.segment(text, True)) == 2


def test_an_overview_run_together_and_one_that_goes_on_past_a_comma() -> None:
    state = _through(
        "职代会主持词\n大会共有三项议程：一、听取工作报告二、审议财务报告三、董事长讲话\n",
        "find_title",
        "classify",
        "find_overview",
    )
    assert state.titles == ["听取工作报告", "审议财务报告", "董事长讲话"]
    state = _through(
        "述职会主持词\n今天的会议有三项议程：首先是班组长述职，其次是民主测评，"
        "最后请公司总经理作点评讲话。\n",
        "find_title",
        "classify",
        "find_overview",
    )
    assert state.titles == ["班组长述职", "民主测评", "公司总经理作点评讲话"]


def test_a_verb_inside_a_noun_is_no_turn() -> None:
    assert find_cue("请各运动员按班次进场。") is None
    assert split_name("总监票人") == (None, "总监票人")


def test_a_kind_of_person_announces_the_named_turns_of_that_kind() -> None:
    text = (
        "发展党员大会主持词\n下面进行第一项议程，请入党介绍人介绍发展对象情况。"
        "请张晓雨同志的入党介绍人邱雅琴同志介绍。请刘一鸣同志的入党介绍人孟凡同志介绍。\n"
        "下面进行第二项议程，讨论。请党员同志们充分发表意见。\n大会到此结束。\n"
    )
    items = parse(text).items
    assert [c.name for c in items[0].speakers] == ["邱雅琴", "孟凡"]
    assert len(items[1].speakers) == 1 and items[1].speakers[0].group


def test_a_page_of_sample_scripts_is_chrome_before_the_title() -> None:
    text = "【精选】公司年会主持词范文3篇\n篇一：××物流集团2023年度年会主持词\n男：大家好！\n"
    assert parse(text).title.endswith("××物流集团2023年度年会主持词")


def test_an_overview_told_as_a_plan_and_its_first_item_opened_by_首先() -> None:
    text = (
        "座谈会主持词\n各位朋友：\n今天的座谈会，我们先请大家自由交流，每位发言控制在8分钟以内，"
        "再请团市委书记阎小萌同志讲话。\n首先，由公司CEO瞿一鸣发言。\n下面有请总经理钮晓丽发言。\n"
        "接下来，欢迎会长齐鸿飞作交流发言。\n下面，请团市委书记阎小萌同志讲话。\n到此结束。\n"
    )
    items = parse(text).items
    assert [i.title for i in items] == ["自由交流", "书记讲话"]
    assert [len(i.speakers) for i in items] == [3, 1]


def test_a_notice_is_named_by_its_kind_and_other_decisions_keep_their_names() -> None:
    from chair.script.people import turn_title

    assert turn_title("请局长庞丽华同志宣读《关于开展纪念活动的通知》") == "宣读通知"
    assert turn_title("请副校长贾秀英宣读《关于授予学士学位的决定》") == (
        "宣读《关于授予学士学位的决定》"
    )


def test_a_list_of_people_under_第一项_is_no_heading_and_each_takes_a_turn() -> None:
    text = (
        "述职评议会议主持词\n同志们：\n会议议程有：\n第一项：社区书记现场述职；\n第二项：书记点评。\n"
        "下面进入会议第一项议程，社区书记现场述职。述职顺序为：\n1.阳光社区党委书记祝晓丽；\n"
        "2.和平社区党委书记谭立军。\n下面进入会议第二项议程，请街道党工委书记鲁建平同志逐一进行点评。\n"
        "会议到此结束。\n"
    )
    items = parse(text).items
    assert [i.title for i in items] == ["社区书记现场述职", "书记点评"]
    assert [c.name for c in items[0].speakers] == ["祝晓丽", "谭立军"]
    assert [c.name for c in items[1].speakers] == ["鲁建平"]


def test_numbered_turns_are_the_items_when_nothing_else_names_them() -> None:
    text = (
        "通车仪式主持词\n各位来宾：\n下面，通车仪式开始。\n一、请××集团董事长秦晓峰介绍项目建设情况。\n"
        "二、请施工单位代表、中铁××局项目经理武振华发言。\n三、请市委副书记、市长钟天明宣布通车。\n"
        "通车仪式到此结束。\n"
    )
    items = parse(text).items
    assert [i.title for i in items] == [
        "董事长介绍项目建设情况",
        "施工单位代表发言",
        "宣布通车",
    ]
    assert find_cue("请总监票人报告发出选票和收回选票的情况。").kind == "action"  # type: ignore[union-attr]
    assert split_name("机电工程学院智能制造专业郁凯") == ("郁凯", None)


def test_items_named_议程一_议程二() -> None:
    text = (
        "论坛主持词\n主持人：本次论坛议程如下：议程一，开幕致辞；议程二，主旨报告。\n"
        "主持人：下面进行议程一，开幕致辞。有请厅长易国华先生致辞。\n"
        "主持人：下面进行议程二，主旨报告。有请院士向东方先生作主旨报告。\n主持人：论坛到此结束。\n"
    )
    items = parse(text).items
    assert [i.title for i in items] == ["开幕致辞", "主旨报告"]
    assert [len(i.speakers) for i in items] == [1, 1]


def test_our_own_head_and_a_talk_in_plain_words_are_turns() -> None:
    cue = find_cue("下面，请我们的校长章立新讲话，大家欢迎！")
    assert cue is not None and cue.name == "章立新"
    cue = find_cue("下面，请德育处主任应小红老师给大家讲一讲假期安全。")
    assert cue is not None and cue.name == "应小红" and cue.kind == "speech"


def test_a_script_that_lost_its_line_breaks_keeps_its_steps_and_its_listed_items() -> None:
    text = (
        "入团仪式主持稿亲爱的同学们：仪式有以下几项：（1）奏唱国歌（2）宣读新团员名单（3）团委书记讲话。"
        "首先，请全体起立，奏唱国歌。请坐。下面，请副书记何小玲老师宣读新团员名单。"
        "最后，请校团委书记宁波老师讲话。入团仪式到此结束。"
    )
    items = parse(text).items
    assert [i.title for i in items] == ["奏唱国歌", "宣读新团员名单", "团委书记讲话"]
    assert [len(i.speakers) for i in items] == [0, 1, 1]
    text = (
        "调度会主持词同志们：会议主要议程：1.消防大队通报火灾形势；2.副区长讲话。"
        "第一项，请消防大队大队长孙立通报。第二项，请范建军副区长讲话。散会。"
    )
    assert [len(i.speakers) for i in parse(text).items] == [1, 1]


def test_hard_breaks_in_a_host_s_lines_and_in_an_overview_are_joined() -> None:
    text = (
        "论坛主持词\n主持人：下面进行议程二，主旨报告。首先有请院士向东方先生作\n"
        "主旨报告，时间30分钟。\n主持人：论坛到此结束。\n"
    )
    assert any("向东方先生作主旨报告" in u.text for u in P.segment(text, True))
    text = (
        "述职会主持词\n今天的会议有两项议程：首先是班组长述职，\n最后请公司总经理作点评讲话。\n"
        "首先，由各位班组长依次述职。\n最后，请公司总经理傅海平同志作点评讲话。\n散会。\n"
    )
    assert [len(i.speakers) for i in parse(text).items] == [1, 1]
    assert find_cue("会后，各党支部要及时组织讨论。") is None


def test_the_room_talking_it_over_is_no_turn_but_the_room_speaking_is() -> None:
    """请大家讨论 alone is the room talking it over; asked for its views (…有什么意见？), the
    room has the floor."""
    assert find_cue("请大家讨论。") is None
    asked = find_cue("各位代表对方案还有什么意见？请大家讨论。")
    assert asked is not None and asked.group and asked.name is None
    cue = find_cue("请党员同志们充分发表意见。")
    assert cue is not None and cue.group


def test_a_part_of_the_programme_keeps_its_turns_up_to_最后() -> None:
    text = (
        "颁奖典礼主持稿\n（女）首先，让我们以热烈的掌声欢迎校党委书记晏明致辞！\n"
        "（男）下面进入颁奖环节。有请颁奖嘉宾——副校长邵华为方婷婷同学颁奖！\n"
        "（男）下面，请获奖者代表方婷婷同学发表获奖感言。\n（女）最后，请校长韦志诚讲话。\n"
        "（合）颁奖典礼到此结束！\n"
    )
    items = parse(text).items
    assert [len(i.speakers) for i in items] == [1, 2, 1]
    assert items[1].speakers[0].role == "副校长"


def test_the_room_s_turn_and_a_vote_open_the_items_the_overview_promised() -> None:
    text = (
        "支部党员大会主持词\n同志们：\n会议有三项议程：\n1．发展对象汇报；\n2．与会党员讨论；\n3．表决。\n"
        "首先，请发展对象……同志汇报。\n下面，请大家发表意见。\n（讨论）\n"
        "最后，进行表决。同意的请举手；不同意的请举手；弃权的请举手。\n大会到此结束。\n"
    )
    items = parse(text).items
    assert [len(i.speakers) for i in items] == [1, 1, 0]
    cue = find_cue("其次，请入党介绍人……同志、……同志介绍情况。")
    assert cue is not None and cue.people == ((None, "入党介绍人"), (None, None))


def test_an_overview_that_names_a_request_to_the_room_is_an_overview() -> None:
    state = _through(
        "开幕会主持词\n开幕会共有两项议程：一、全体起立，奏唱国歌；二、听取常委会工作报告。\n",
        "find_title",
        "classify",
        "find_overview",
    )
    assert state.titles == ["全体起立，奏唱国歌", "听取常委会工作报告"]


def test_parts_called_篇章_are_listed_and_announced_like_items() -> None:
    text = (
        "年会主持词\nA：今晚的年会，共有两个篇章：第一篇章“回望”，第二篇章“启航”。\n"
        "B：下面进入第一篇章“回望”。有请集团董事长简一鸣先生致辞！\n"
        "A：下面进入第二篇章“启航”。有请总经理倪涛先生启动新征程！\nA：年会到此结束！\n"
    )
    items = parse(text).items
    assert [i.title for i in items] == ["“回望”", "“启航”"]
    assert [len(i.speakers) for i in items] == [1, 1]


def test_a_writer_before_a_name_is_a_kind_of_person_but_a_family_is_not() -> None:
    cue = find_cue("下面有请特邀嘉宾、著名作家梁晓声先生为我们分享创作心得。")
    assert cue is not None and cue.name == "梁晓声"
    assert split_name("著名作家梁晓声")[0] == "梁晓声"


def test_an_elder_honoured_after_the_name_and_an_adverb_after_请() -> None:
    assert split_name("退休教师郑国强伯伯") == ("郑国强", "退休教师")
    assert split_name("陈婆婆") == ("陈婆婆", None)
    assert find_cue("提问前请先通报所在新闻机构。") is None


def test_after_an_overview_said_a_transition_starts_the_items() -> None:
    text = (
        "大会主持词同志们：会议共有两项议程：一是观看专题片；二是县委书记作重要讲话。"
        "首先，观看警示教育专题片。下面，请县委书记冼立明同志作重要讲话！会议结束。"
    )
    assert [len(i.speakers) for i in parse(text).items] == [0, 1]


def test_numbered_lines_of_turns_and_people_listed_with_commas() -> None:
    text = (
        "儿童节庆祝大会主持稿\n亲爱的同学们：\n1．请校长胡晓燕致节日贺词。\n"
        "2．请少先队大队长朱可欣同学代表全体少先队员发言。\n"
        "3．为优秀少先队员颁奖。请获奖同学上台，请学校领导为他们颁奖。\n4．文艺表演。\n大会到此结束！\n"
    )
    items = parse(text).items
    assert [i.title for i in items][1:] == ["少先队员代表发言", "为优秀少先队员颁奖", "文艺表演"]
    cue = find_cue("请市委常委、副市长危志明，县委书记朱立成上台揭牌。")
    assert cue is not None and cue.name == "危志明" and cue.kind == "action"
    assert find_cue("请大家注意安全，工作人员上台引导。") is None


def test_a_masked_count_of_units_is_a_group() -> None:
    cue = find_cue("请X个乡镇作交流发言。")
    assert cue is not None and cue.group


def test_a_turn_invited_without_a_verb_is_titled_by_the_act_its_direction_names() -> None:
    text = (
        "开园仪式主持词\n各位来宾：\n仪式第一项，有请××集团总裁廖凯先生！\n（致辞）\n"
        "仪式第二项，有请区委书记许振华！\n（致辞）\n仪式到此结束。\n"
    )
    assert [i.title for i in parse(text).items] == ["总裁致辞", "书记致辞"]

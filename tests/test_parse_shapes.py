"""Whole scripts of the shapes chairs write, each read as a chair reads it.

Every expected agenda here is worked out from the script's own words: the items its
overview promises and its text announces, who is called up, which limit governs them, and
the calls a careful reader could make otherwise (the decisions `chair check` lists).
"""

from __future__ import annotations

import pytest

from chair.model import Meeting, Passage, SpeakerCue
from chair.script.parse import parse, segment


def steps_of(meeting: Meeting) -> list[tuple]:
    """Every step as (item number or section, kind, line, text, name, role, limit)."""
    out: list[tuple] = []
    sections = [("opening", meeting.opening)]
    sections += [(item.number, item.steps) for item in meeting.items]
    sections.append(("closing", meeting.closing))
    for where, steps in sections:
        for s in steps:
            if isinstance(s, SpeakerCue):
                out.append((where, s.kind, s.line, s.text, s.name, s.role, s.limit_s))
            else:
                assert isinstance(s, Passage)
                out.append((where, s.kind, s.line, s.text))
    return out


def decisions_of(meeting: Meeting) -> list[tuple[int, str, str]]:
    return [(d.line, d.what, d.detail) for d in meeting.decisions]


def test_items_found_by_the_overviews_titles_when_the_text_runs_without_numbers() -> None:
    meeting = parse(
        "学习会主持词\n同志们：\n"
        "今天的会议主要有三项议程：一是传达上级文件精神；二是交流学习体会；三是请领导讲话。\n"
        "首先，传达上级文件精神。\n（传达）\n下面，交流学习体会。请张三同志发言。\n"
        "最后，请县委书记李四同志讲话。\n会议到此结束。\n"
    )
    assert meeting.overview == ["传达上级文件精神", "交流学习体会", "请领导讲话"]
    assert [(i.number, i.title, i.line) for i in meeting.items] == [
        (1, "传达上级文件精神", 4),
        (2, "交流学习体会", 6),
        (3, "请领导讲话", 7),
    ]
    assert steps_of(meeting) == [
        ("opening", "title", 1, "学习会主持词"),
        ("opening", "salutation", 2, "同志们："),
        (
            "opening",
            "overview",
            3,
            "今天的会议主要有三项议程：一是传达上级文件精神；二是交流学习体会；三是请领导讲话。",
        ),
        (1, "text", 4, "首先，传达上级文件精神。"),
        (1, "direction", 5, "（传达）"),
        (2, "text", 6, "下面，交流学习体会。"),
        (2, "speech", 6, "请张三同志发言。", "张三", None, 600),
        (3, "speech", 7, "最后，请县委书记李四同志讲话。", "李四", "县委书记", 600),
        ("closing", "closing", 8, "会议到此结束。"),
    ]
    assert decisions_of(meeting) == [
        (4, "anchored", "1"),
        (6, "anchored", "2"),
        (7, "anchored", "3"),
    ]
    assert meeting.warnings == []


def test_a_script_that_lost_its_line_breaks_reads_like_one_that_kept_them() -> None:
    meeting = parse(
        "表彰大会主持词同志们：今天召开表彰大会。会议有两项议程。"
        "进行第一项，请王五同志宣读表彰决定。进行第二项，请李四同志讲话。会议到此结束。散会。"
    )
    assert meeting.title == "表彰大会主持词"
    assert meeting.overview == ["第1项", "第2项"]  # promised by count, titled by number
    assert steps_of(meeting) == [
        ("opening", "title", 1, "表彰大会主持词"),
        ("opening", "salutation", 1, "同志们："),
        ("opening", "text", 1, "今天召开表彰大会。"),
        ("opening", "overview", 1, "会议有两项议程。"),
        (1, "action", 1, "进行第一项，请王五同志宣读表彰决定。", "王五", None, 600),
        (2, "speech", 1, "进行第二项，请李四同志讲话。", "李四", None, 600),
        ("closing", "closing", 1, "会议到此结束。"),
        ("closing", "closing", 1, "散会。"),
    ]
    assert decisions_of(meeting) == [(1, "action", "宣读")]


def test_the_web_page_around_a_script_is_dropped_and_said_so() -> None:
    meeting = parse(
        "首页 > 范文 > 主持词\n发布时间：2025-01-01 来源：网络\n民主生活会主持词\n同志们：\n"
        "进行第一项，请各位同志依次发言，每人不超过5分钟。\n"
        "进行第二项，请县委书记李四同志作总结讲话。\n散会。\n相关文章\n另一篇主持词\n"
    )
    assert meeting.title == "民主生活会主持词"
    texts = [step.text for step in meeting.steps()]
    assert not any("首页" in t or "来源" in t or "相关文章" in t or "另一篇" in t for t in texts)
    group = meeting.items[0].speakers[0]
    assert (group.group, group.name, group.limit_s) == (True, None, 300)
    leader = meeting.items[1].speakers[0]
    assert (leader.name, leader.role, leader.limit_s) == ("李四", "县委书记", 600)
    assert decisions_of(meeting) == [
        (1, "chrome", ""),
        (2, "chrome", ""),
        (5, "limit_item", "300"),
        (5, "group", ""),
        (8, "chrome", ""),
    ]


def test_masked_item_numbers_count_in_order() -> None:
    meeting = parse("大会主持词\n进行第×项，请×××同志发言。\n进行第×项，请××同志讲话。\n散会。\n")
    assert [(i.number, i.line) for i in meeting.items] == [(1, 2), (2, 3)]
    assert [c.name for c in meeting.items[0].speakers + meeting.items[1].speakers] == [None, None]
    assert decisions_of(meeting) == [(2, "masked", "1"), (3, "masked", "2")]


def test_an_evening_show_without_agenda_items_is_shown_as_passages() -> None:
    meeting = parse(
        "文艺晚会主持词\n甲：尊敬的各位领导、各位来宾：\n乙：大家晚上好！\n"
        "甲：首先，请校长张三致辞。\n乙：下面，请欣赏舞蹈《春》。\n合：晚会到此结束。\n"
    )
    assert meeting.items == []
    assert meeting.warnings == [
        "未找到议程项，全文按段落显示 / no agenda items found: the script is shown as passages"
    ]
    assert [(type(s).__name__, s.line) for s in meeting.steps()] == [
        ("Passage", 1),
        ("Passage", 2),
        ("Passage", 3),
        ("SpeakerCue", 4),
        ("Passage", 5),  # a performance is no speaker's turn
        ("Passage", 6),
    ]
    cue = meeting.opening[3]
    assert isinstance(cue, SpeakerCue) and (cue.name, cue.role) == ("张三", "校长")
    assert [(p.kind, p.text) for p in meeting.closing] == [("closing", "合：晚会到此结束。")]


def test_items_laid_out_by_headings() -> None:
    meeting = parse(
        "县委全会主持词\n一、开幕\n同志们：现在开会。\n二、审议工作报告\n"
        "请县委书记李四同志作工作报告。\n三、表决\n同意的请举手。反对的请举手。弃权的请举手。\n"
        "四、闭幕\n会议到此结束。\n"
    )
    assert meeting.overview == ["开幕", "审议工作报告", "表决", "闭幕"]
    assert [(i.number, i.title, i.line) for i in meeting.items] == [
        (1, "开幕", 2),
        (2, "审议工作报告", 4),
        (3, "表决", 6),
        (4, "闭幕", 8),
    ]
    assert steps_of(meeting)[1:] == [
        (1, "heading", 2, "一、开幕"),
        (1, "salutation", 3, "同志们："),
        (1, "text", 3, "现在开会。"),
        (2, "heading", 4, "二、审议工作报告"),
        (2, "speech", 5, "请县委书记李四同志作工作报告。", "李四", "县委书记", 600),
        (3, "heading", 6, "三、表决"),
        (3, "vote", 7, "同意的请举手。反对的请举手。弃权的请举手。"),
        (4, "heading", 8, "四、闭幕"),
        ("closing", "closing", 9, "会议到此结束。"),
    ]
    assert decisions_of(meeting) == [(2, "headings", "4")]


def test_a_first_item_run_without_its_number() -> None:
    meeting = parse(
        "党支部会议主持词\n同志们：\n今天会议有三项议程。\n首先，请张三同志传达文件精神。\n"
        "进行第二项，请李四同志发言。\n进行第三项，请王五同志讲话。\n散会。\n"
    )
    assert [(i.number, i.line) for i in meeting.items] == [(1, 4), (2, 5), (3, 6)]
    assert [i.speakers[0].name for i in meeting.items] == ["张三", "李四", "王五"]
    assert decisions_of(meeting) == [(4, "unnumbered", "1")]


def test_stages_listed_before_they_are_counted_and_announced_in_words() -> None:
    meeting = parse(
        "开学典礼主持词\n尊敬的各位领导、老师们、同学们：\n本次典礼分为升旗、致辞和颁奖三个环节。\n"
        "下面进入升旗环节。请全体起立，升国旗，奏国歌。\n下面进入致辞环节。有请校长张三致辞。\n"
        "下面进入颁奖环节。请王五副校长宣读获奖名单。\n典礼到此结束。\n"
    )
    assert meeting.overview == ["升旗", "致辞", "颁奖"]
    assert [(i.number, i.title, i.line) for i in meeting.items] == [
        (1, "升旗", 4),
        (2, "致辞", 5),
        (3, "颁奖", 6),
    ]
    cues = [(c.name, c.role, c.kind) for c in meeting.steps() if isinstance(c, SpeakerCue)]
    assert cues == [("张三", "校长", "speech"), ("王五", "副校长", "action")]
    assert decisions_of(meeting) == [
        (4, "anchored", "1"),
        (5, "anchored", "2"),
        (6, "anchored", "3"),
        (6, "action", "宣读"),
    ]


def test_hard_line_breaks_of_a_pdf_are_joined_inside_a_sentence() -> None:
    meeting = parse(
        "工作会议主持词\n同志们：今天我们召开全县工作会议，主要任务是\n"
        "总结去年工作，部署今年任务。会议共有两项议程。\n进行第一项，请县长张三同志作\n"
        "政府工作报告。\n进行第二项，请县委书记李四同志讲话。\n散会。\n"
    )
    assert steps_of(meeting) == [
        ("opening", "title", 1, "工作会议主持词"),
        ("opening", "salutation", 2, "同志们："),
        ("opening", "text", 2, "今天我们召开全县工作会议，主要任务是总结去年工作，部署今年任务。"),
        ("opening", "overview", 3, "会议共有两项议程。"),
        (1, "speech", 4, "进行第一项，请县长张三同志作政府工作报告。", "张三", "县长", 600),
        (2, "speech", 6, "进行第二项，请县委书记李四同志讲话。", "李四", "县委书记", 600),
        ("closing", "closing", 7, "散会。"),
    ]
    assert [i.title for i in meeting.items] == [
        "县长作政府工作报告",
        "书记讲话",
    ]  # an item that is one turn is titled as an agenda titles it: the office and the act


# --- lines broken by a PDF -------------------------------------------------------------------

HEAD = "主持词\n同志们：\n"


def units(text: str) -> list[str]:
    """The units of a script after its title and salutation."""
    return [u.text for u in segment(HEAD + text, True)][2:]


def test_a_sentence_broken_across_lines_is_joined() -> None:
    assert units("今天我们召开会议，研究部署\n全年重点工作。会议共有三项议程。") == [
        "今天我们召开会议，研究部署全年重点工作。",  # the line's first six characters end it
        "会议共有三项议程。",
    ]
    assert units("欢迎来自伦敦的嘉宾 John\nSmith 先生出席今天的会议。") == [
        "欢迎来自伦敦的嘉宾 John Smith 先生出席今天的会议。"  # a space between Latin words
    ]
    assert units("欢迎来自伦敦的嘉宾 John\n史密斯先生出席。") == [
        "欢迎来自伦敦的嘉宾 John史密斯先生出席。"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "全年的重点工作。会议共有三项议程。",  # seven characters: a sentence of its own
        "一、传达文件",
        "请张三同志发言。",
        "（掌声）",
        "来源：网络",
    ],
)
def test_a_line_that_starts_something_new_is_not_joined(line: str) -> None:
    got = units("今天我们召开会议，研究部署\n" + line)
    assert got[0] == "今天我们召开会议，研究部署"
    assert "".join(got[1:]) == line


@pytest.mark.parametrize(
    "listed",
    [
        "一、传达文件\n二、讨论工作\n三、书记讲话\n",
        "1、传达文件；\n2、讨论工作；\n3、书记讲话。\n",
        "（一）传达文件\n（二）讨论工作\n（三）书记讲话\n",
    ],
)
def test_an_overview_listed_line_by_line(listed: str) -> None:
    meeting = parse(
        "工作会议主持词\n会议议程如下：\n"
        + listed
        + "首先，进行第一项，传达文件。\n下面进行第二项，讨论工作。\n最后进行第三项，请书记讲话。\n散会。\n"
    )
    assert meeting.overview == ["传达文件", "讨论工作", "书记讲话"]
    assert [(i.number, i.title, i.line) for i in meeting.items] == [
        (1, "传达文件", 6),
        (2, "讨论工作", 7),
        (3, "书记讲话", 8),
    ]
    assert [(p.kind, p.line) for p in meeting.opening] == [
        ("title", 1),
        ("overview", 2),
        ("overview", 3),
        ("overview", 4),
        ("overview", 5),
    ]
    assert meeting.warnings == []


def test_the_one_persons_turn_between_two_found_items_is_the_missing_item() -> None:
    meeting = parse(
        "全市工作会议主持词\n同志们：\n"
        "今天的会议有三项议程：一是传达上级文件精神；二是市领导讲话；三是部署全年工作。\n"
        "首先，传达上级文件精神。\n（传达）\n下面，请副市长蒋涛讲话。\n（讲话毕）\n"
        "最后，部署全年工作。请各单位抓好落实。\n散会。\n"
    )
    assert [(i.number, i.title, i.line) for i in meeting.items] == [
        (1, "传达上级文件精神", 4),
        (2, "市领导讲话", 6),  # 请副市长蒋涛讲话: the only turn between items 1 and 3
        (3, "部署全年工作", 8),
    ]
    cue = meeting.items[1].steps[0]
    assert isinstance(cue, SpeakerCue)
    assert (cue.name, cue.role, cue.after) == ("蒋涛", "副市长", "（讲话毕）")


def test_the_group_coming_up_for_the_act_just_led_is_no_step_of_its_own() -> None:
    meeting = parse(
        "责任书签订仪式主持词\n进行第一项，请镇长张三与各村书记签订责任书。\n"
        "请各村书记按顺序上台签订。\n进行第二项，请县委书记李四同志讲话。\n散会。\n"
    )
    assert steps_of(meeting)[1:3] == [
        (1, "action", 2, "进行第一项，请镇长张三与各村书记签订责任书。", "张三", "镇长", 600),
        (1, "direction", 3, "请各村书记按顺序上台签订。"),
    ]
    assert decisions_of(meeting) == [
        (2, "action", "签订"),
        (3, "action", "签订"),
        (3, "group_dropped", ""),
    ]


def test_a_kind_of_person_announced_before_the_named_turns_only_announces_them() -> None:
    meeting = parse(
        "座谈会主持词\n进行第一项，请居民代表发言。\n请张大爷发言。\n请李阿姨发言。\n"
        "进行第二项，请县委书记李四同志讲话。\n散会。\n"
    )
    assert steps_of(meeting)[1:4] == [
        (1, "text", 2, "进行第一项，请居民代表发言。"),
        (1, "speech", 3, "请张大爷发言。", "张大爷", None, 600),
        (1, "speech", 4, "请李阿姨发言。", "李阿姨", None, 600),
    ]
    assert decisions_of(meeting) == [(2, "group_dropped", "")]


def test_a_title_run_on_into_the_first_sentence_is_cut_off_and_said_so() -> None:
    body = "进行第一项，请张三同志发言。\n散会。\n"
    for chrome, line in (("", 1), ("来源：网络\n", 2)):
        meeting = parse(chrome + "全县工作会议主持词今天我们在这里召开全县工作会议。\n" + body)
        assert meeting.title == "全县工作会议主持词"
        assert [(p.text, p.kind, p.line) for p in meeting.opening] == [
            ("全县工作会议主持词", "title", line),
            ("今天我们在这里召开全县工作会议。", "text", line),
        ]
        split = (line, "全县工作会议主持词", "title_split")
        decided = [(d.line, d.text, d.what) for d in meeting.decisions]
        assert decided == ([(1, "来源：网络", "chrome")] if chrome else []) + [split]


def items_of(meeting: Meeting) -> list[tuple[int, str, int]]:
    return [(i.number, i.title, i.line) for i in meeting.items]


def test_turns_opened_by_first_next_and_last_are_the_items_the_overview_counts() -> None:
    meeting = parse(
        "座谈会主持词\n同志们：\n今天的座谈会有三项议程：一是工作交流；二是经验分享；三是总结提升。\n"
        "首先，请张三同志发言。\n接下来，请李四同志发言。\n最后，请王五同志讲话。\n散会。\n"
    )
    assert items_of(meeting) == [(1, "工作交流", 4), (2, "经验分享", 5), (3, "总结提升", 6)]
    assert decisions_of(meeting) == [
        (4, "anchored", "1"),
        (5, "anchored", "2"),
        (6, "anchored", "3"),
    ]


def test_words_of_thanks_for_the_item_before_do_not_open_the_next() -> None:
    meeting = parse(
        "学习会主持词\n今天的会议有两项议程：一是传达文件；二是讨论工作。\n首先，传达文件。\n"
        "（传达）\n刚才传达了文件，讨论工作要认真。\n下面，讨论工作。请大家发言。\n散会。\n"
    )
    assert items_of(meeting) == [(1, "传达文件", 3), (2, "讨论工作", 6)]
    assert [s.text for s in meeting.items[0].steps][-1] == "刚才传达了文件，讨论工作要认真。"


def test_a_last_turn_after_the_numbered_items_is_the_item_still_promised() -> None:
    meeting = parse(
        "工作会议主持词\n会议共有三项议程。\n进行第一项，请张三同志发言。\n刚才张三同志讲得很好。\n"
        "进行第二项，请李四同志发言。\n谢谢李四同志。\n最后，请县委书记王五同志讲话。\n散会。\n"
    )
    assert items_of(meeting) == [
        (1, "请张三同志发言", 3),
        (2, "请李四同志发言", 5),
        (3, "书记讲话", 7),
    ]
    assert decisions_of(meeting) == [(7, "unnumbered", "3")]


def test_a_request_to_the_room_before_item_two_is_item_one() -> None:
    meeting = parse(
        "开幕式主持词\n尊敬的各位来宾：\n大会共有三项议程。\n请全体起立，奏唱国歌。\n"
        "大会进行第二项，请县长张三致辞。\n大会进行第三项，请县委书记李四宣布开幕。\n散会。\n"
    )
    assert items_of(meeting) == [
        (1, "奏唱国歌", 4),
        (2, "县长致辞", 5),
        (3, "宣布开幕", 6),
    ]
    assert steps_of(meeting)[3] == (1, "direction", 4, "请全体起立，奏唱国歌。")
    assert decisions_of(meeting) == [
        (4, "direction", ""),
        (4, "unnumbered", "1"),
        (6, "action", "宣布"),
    ]


def test_place_written_statements_and_a_break_that_limits_nobody() -> None:
    meeting = parse(
        "总结大会主持词\n（2025年9月12日上午，学校体育馆）\n会议地点：行政楼三楼会议室\n同志们：\n"
        "进行第一项，请张三同志发言。\n（休息10分钟）\n"
        "进行第二项，请李四同志讲话。其他同志作书面发言。其他同志作书面发言。\n散会。\n"
    )
    assert meeting.place == "学校体育馆"  # the first place the script names
    assert meeting.written_statements == ["其他同志作书面发言"]  # said twice, listed once
    assert [c.limit_s for c in meeting.steps() if isinstance(c, SpeakerCue)] == [600, 600]


def test_a_limit_for_everyone_said_inside_an_item_holds_for_the_meeting() -> None:
    meeting = parse(
        "动员大会主持词\n今天我们相聚在县委党校大礼堂，召开动员大会。\n"
        "进行第一项，请张三同志作动员讲话，请全体同志发言控制在5分钟以内。\n"
        "进行第二项，请李四同志发言。\n散会。\n"
    )
    assert meeting.place == "县委党校大礼堂"
    cues = [(c.name, c.limit_s) for c in meeting.steps() if isinstance(c, SpeakerCue)]
    assert cues == [("张三", 600), ("李四", 300)]  # 讲话 keeps the default


def test_a_long_item_title_is_cut_at_a_comma_before_eighty_characters() -> None:
    title = (
        "审议关于进一步加强和改进新时代全县机关党的建设工作、推动机关党建与业务工作深度融合、"
        "全面提升机关党建工作质量和水平的实施意见（征求意见稿）"
    )
    meeting = parse(
        "大会主持词\n进行第一项，"
        + title
        + "，请大家认真审议并提出修改意见和建议，会后报县委办公室汇总。\n"
        "进行第二项，请张三同志发言。\n散会。\n"
    )
    assert len(title) == 69 and meeting.items[0].title == title


def test_turns_without_items_are_still_turns_and_the_end_is_the_closing() -> None:
    meeting = parse(
        "大会主持词\n同志们：\n请张三同志发言。\n请李四同志发言。\n本次会议到此结束。\n"
    )
    assert steps_of(meeting) == [
        ("opening", "title", 1, "大会主持词"),
        ("opening", "salutation", 2, "同志们："),
        ("opening", "speech", 3, "请张三同志发言。", "张三", None, 600),
        ("opening", "speech", 4, "请李四同志发言。", "李四", None, 600),
        ("closing", "closing", 5, "本次会议到此结束。"),
    ]


def test_a_bracketed_duration_after_a_speech_is_that_speechs_limit() -> None:
    meeting = parse(
        "大会主持词\n会议开始前，请张三同志致辞。\n（致辞约5分钟）\n进行第一项，请赵六同志讲党课。\n"
        "（党课约40分钟）\n进行第二项，请李四同志发言。\n散会。\n"
    )
    cues = [(c.name, c.limit_s) for c in meeting.steps() if isinstance(c, SpeakerCue)]
    assert cues == [("张三", 300), ("赵六", 2400), ("李四", 600)]  # in the opening too
    assert [(d.line, d.text, d.what, d.detail) for d in meeting.decisions] == [
        (3, "（致辞约5分钟）", "limit_cue", "300"),
        (5, "（党课约40分钟）", "limit_cue", "2400"),
    ]


def test_a_decision_quotes_at_most_24_characters_of_its_line() -> None:
    meeting = parse(
        "大会主持词\n进行第一项，请各位同志依次发言，每人发言时间不超过五分钟，请大家抓紧时间。\n散会。\n"
    )
    quoted = "进行第一项，请各位同志依次发言，每人发言时间不…"
    assert len(quoted) == 24
    assert [(d.line, d.text, d.what, d.detail) for d in meeting.decisions] == [
        (2, quoted, "limit_item", "300"),
        (2, quoted, "group", ""),
    ]


@pytest.mark.parametrize(
    ("overview", "titles"),
    [
        ("今天的会议有两项议程：传达文件；讨论工作。", ["传达文件", "讨论工作"]),  # by ； alone
        (
            "会议议程如下：第一项，传达文件；第二项，讨论工作。",
            ["传达文件", "讨论工作"],
        ),
    ],
)
def test_an_overview_in_one_sentence(overview: str, titles: list[str]) -> None:
    meeting = parse(
        f"大会主持词\n{overview}\n进行第一项，传达文件。\n进行第二项，讨论工作。\n散会。\n"
    )
    assert meeting.overview == titles
    assert items_of(meeting) == [(1, "传达文件", 3), (2, "讨论工作", 4)]
    assert meeting.warnings == []


def test_stages_listed_with_a_last_and() -> None:
    meeting = parse(
        "年会主持词\n今天的年会分为四个篇章：领导致辞、年度颁奖、文艺表演和幸运抽奖。\n"
        "首先，请领导致辞。\n下面进行年度颁奖。\n下面请欣赏文艺表演。\n最后进行幸运抽奖。\n年会到此结束。\n"
    )
    assert meeting.overview == ["领导致辞", "年度颁奖", "文艺表演", "幸运抽奖"]
    assert [(i.number, i.line) for i in meeting.items] == [(1, 3), (2, 4), (3, 5), (4, 6)]


def test_the_first_item_running_on_after_the_overviews_count() -> None:
    meeting = parse(
        "座谈会主持词\n本次会议共有两项议程。第一项，经验交流。请张三同志发言。"
        "第二项，请李四同志讲话。散会。\n"
    )
    assert meeting.overview == ["第1项", "第2项"]
    assert items_of(meeting) == [(1, "经验交流", 2), (2, "请李四同志讲话", 2)]
    assert [c.name for c in meeting.steps() if isinstance(c, SpeakerCue)] == ["张三", "李四"]


def test_an_overview_after_a_bare_colon_that_numbers_its_items() -> None:
    meeting = parse(
        "大会主持词\n会议议程：第一项，传达文件精神；第二项，讨论年度计划；第三项，书记讲话。\n"
        "进行第一项，传达文件精神。\n进行第二项，讨论年度计划。\n进行第三项，请书记讲话。\n散会。\n"
    )
    assert meeting.overview == ["传达文件精神", "讨论年度计划", "书记讲话"]
    assert [(i.number, i.line) for i in meeting.items] == [(1, 3), (2, 4), (3, 5)]


def test_people_named_in_one_group_cue_each_get_a_turn() -> None:
    meeting = parse("大会主持词\n进行第一项，请局长宣海涛和局长贾文斌分别作回应。\n散会。\n")
    text = "进行第一项，请局长宣海涛和局长贾文斌分别作回应。"
    assert steps_of(meeting)[1:3] == [
        (1, "speech", 2, text, "宣海涛", "局长", 600),
        (1, "speech", 2, text, "贾文斌", "局长", 600),
    ]
    assert decisions_of(meeting) == [(2, "group", "")]


def test_a_traditional_role_stays_as_written() -> None:
    meeting = parse("工作會議主持詞\n進行第一項，請縣委書記李四同志講話。\n散會。\n")
    (cue,) = meeting.items[0].speakers
    assert (cue.name, cue.role) == ("李四", "縣委書記")


LONG_A = "审议关于进一步加强和改进新时代全县机关党的建设工作推动机关党建与业务工作深度融合全面提升机关党建工作质量"
LONG_B = "和水平的实施意见征求意见稿并请大家认真审议提出修改意见和建议会后报县委办公室汇总"


def test_a_long_title_without_commas_is_cut_at_a_list_mark_or_at_eighty() -> None:
    assert (len(LONG_A), len(LONG_A + LONG_B)) == (52, 92)
    rest = "\n进行第二项，请张三同志发言。\n散会。\n"
    meeting = parse("大会主持词\n进行第一项，" + LONG_A + LONG_B + "。" + rest)
    assert meeting.items[0].title == (LONG_A + LONG_B)[:80]
    meeting = parse("大会主持词\n进行第一项，" + LONG_A + "、" + LONG_B + "。" + rest)
    assert meeting.items[0].title == LONG_A


def test_a_second_script_on_the_page_after_the_first_closed_is_cut_off() -> None:
    meeting = parse(
        "第一次会议主持词\n进行第一项，请张三同志发言。\n进行第二项，请李四同志讲话。\n散会。\n"
        "第二次会议主持词\n进行第一项，请王五同志发言。\n散会。\n"
    )
    assert items_of(meeting) == [(1, "请张三同志发言", 2), (2, "请李四同志讲话", 3)]
    assert [(p.text, p.line) for p in meeting.closing] == [("散会。", 4)]
    assert not any("王五" in step.text for step in meeting.steps())
    assert decisions_of(meeting) == [(5, "second_script", "")]


def test_people_listed_under_a_group_cue_each_get_a_turn() -> None:
    meeting = parse(
        "教研会主持词\n进行第一项，请各学科备课组长分别作指导：\n1. 语文备课组长倪红老师；\n"
        "2. 数学备课组长王刚老师。\n进行第二项，请校长张三讲话。\n散会。\n"
    )
    assert [(c.name, c.line) for c in meeting.items[0].speakers] == [("倪红", 3), ("王刚", 4)]
    assert steps_of(meeting)[1] == (1, "text", 2, "进行第一项，请各学科备课组长分别作指导：")
    assert decisions_of(meeting) == [
        (2, "group_dropped", ""),
        (3, "listed_turn", "倪红"),
        (4, "listed_turn", "王刚"),
    ]


LONE = (
    "全市工作会议主持词\n同志们：\n"
    "今天的会议有三项议程：一是传达上级文件精神；二是领导寄语；三是部署全年工作。\n"
    "首先，传达上级文件精神。\n{gap}最后，部署全年工作。请各单位抓好落实。\n散会。\n"
)


def test_a_lone_turn_is_the_missing_item_even_without_a_word_of_its_title() -> None:
    meeting = parse(LONE.format(gap="（传达）\n请副市长蒋涛发言。\n（发言毕）\n"))
    assert items_of(meeting) == [
        (1, "传达上级文件精神", 4),
        (2, "领导寄语", 6),
        (3, "部署全年工作", 8),
    ]
    assert decisions_of(meeting) == [
        (4, "anchored", "1"),
        (6, "anchored", "2"),
        (8, "anchored", "3"),
    ]


def test_two_turns_in_the_gap_leave_the_item_missing_and_say_so() -> None:
    meeting = parse(LONE.format(gap="请副市长蒋涛发言。\n请市长王五发言。\n"))
    assert items_of(meeting) == [(1, "传达上级文件精神", 4), (3, "部署全年工作", 7)]
    assert meeting.warnings == [
        "概述列出 3 项议程，正文有 2 项 / the overview lists 3 items, the text has 2",
        "议程编号不连续：1, 3 / item numbers are not consecutive: 1, 3",
    ]


def test_an_item_run_without_its_number_between_numbered_ones_is_found_by_its_title() -> None:
    meeting = parse(
        "工作会议主持词\n今天的会议有三项议程：一是传达文件；二是讨论年度工作计划；三是书记讲话。\n"
        "进行第一项，传达文件。\n下面，大家讨论年度工作计划。\n进行第三项，请书记讲话。\n散会。\n"
    )
    assert items_of(meeting) == [(1, "传达文件", 3), (2, "讨论年度工作计划", 4), (3, "书记讲话", 5)]
    assert decisions_of(meeting) == [(4, "anchored", "2")]


def test_an_item_announced_twice_is_one_item() -> None:
    meeting = parse(
        "大会主持词\n二、第二议程\n（奏乐）\n下面进行第二项议程，请张三同志发言。\n散会。\n"
    )
    assert items_of(meeting) == [(2, "第二议程", 2)]
    assert [(type(s).__name__, s.line) for s in meeting.items[0].steps] == [
        ("Passage", 2),
        ("Passage", 3),
        ("SpeakerCue", 4),
    ]


def test_the_last_item_is_the_one_the_count_promises() -> None:
    meeting = parse(
        "大会主持词\n会议共有三项议程。\n进行第一项，请张三同志发言。\n"
        "进行第二项，请李四同志发言。\n最后一项，请王五同志讲话。\n散会。\n"
    )
    assert [(i.number, i.line) for i in meeting.items] == [(1, 3), (2, 4), (3, 5)]
    assert meeting.warnings == []


WORDS = "关于加强基层治理体系建设的若干意见" * 8


def long_title(length: int, marks: tuple[int, ...]) -> str:
    chars = list(WORDS[:length])
    for at in marks:
        chars[at] = "、"
    return "".join(chars)


@pytest.mark.parametrize(
    ("length", "marks", "kept"),
    [
        (80, (40,), 80),  # eighty characters are short enough
        (81, (40,), 40),  # longer: cut at the list mark
        (100, (20, 50), 50),  # at the last mark before eighty
        (100, (30, 80), 30),  # a mark at eighty is past the cut
        (100, (8,), 80),  # a mark in the first eight characters leaves too little
        (100, (9,), 9),
    ],
)
def test_where_a_long_item_title_is_cut(length: int, marks: tuple[int, ...], kept: int) -> None:
    title = long_title(length, marks)
    meeting = parse(f"大会主持词\n进行第一项，{title}。\n进行第二项，请张三同志发言。\n散会。\n")
    assert meeting.items[0].title == title[:kept]


def test_a_first_item_of_two_run_without_its_number_is_found_by_its_title() -> None:
    meeting = parse(
        "工作会议主持词\n今天的会议有两项议程：一是传达上级文件；二是讨论年度工作计划。\n"
        "同志们，现在传达上级文件。\n进行第二项，讨论年度工作计划。\n散会。\n"
    )
    assert items_of(meeting) == [(1, "传达上级文件", 3), (2, "讨论年度工作计划", 4)]
    assert decisions_of(meeting) == [(3, "anchored", "1")]


THREE = "工作会议主持词\n会议共有三项议程。\n进行第一项，请张三同志发言。\n进行第二项，请李四同志发言。\n"


@pytest.mark.parametrize(
    ("tail", "turns", "decided"),
    [
        (  # thanks for the turn before, then 下面: the item still promised
            "刚才李四同志讲得很好。\n下面，请县委书记王五同志讲话。\n",
            [["张三"], ["李四"], ["王五"]],
            [(6, "unnumbered", "3")],
        ),
        ("下面，请赵六同志发言。\n", [["张三"], ["李四", "赵六"]], []),  # a second turn
        (  # the count is reached: a later turn stays in the last item
            "刚才李四同志讲得很好。\n下面，请县委书记王五同志讲话。\n"
            "刚才王五同志讲得很好。\n下面，请赵六同志发言。\n",
            [["张三"], ["李四"], ["王五", "赵六"]],
            [(6, "unnumbered", "3")],
        ),
        (  # written statements are no turn that ended
            "其他同志作书面发言。\n下面，请赵六同志发言。\n",
            [["张三"], ["李四", "赵六"]],
            [],
        ),
    ],
)
def test_turns_after_the_last_numbered_item(tail: str, turns: list, decided: list) -> None:
    meeting = parse(THREE + tail + "散会。\n")
    assert [[c.name for c in item.speakers] for item in meeting.items] == turns
    assert decisions_of(meeting) == decided


def test_an_overview_listed_with_commas() -> None:
    meeting = parse(
        "大会主持词\n会议议程有三项：一是传达文件，二是讨论工作，三是书记讲话。\n"
        "进行第一项，传达文件。\n进行第二项，讨论工作。\n进行第三项，请书记讲话。\n散会。\n"
    )
    assert meeting.overview == ["传达文件", "讨论工作", "书记讲话"]


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        ("请金鑫同志汇报工作，请姜海同志发表意见。", True),  # two turns in one sentence
        ("经过讨论，代表们普遍认为报告很好，请副秘书长张三汇报讨论情况。", True),  # 16 first
        ("经过讨论，代表们都认为报告很好，请副秘书长张三汇报讨论情况。", False),  # 15 first
    ],
)
def test_a_turn_after_a_long_remark_is_a_unit_of_its_own(sentence: str, cut: bool) -> None:
    head, rest = sentence.split("，请", 1)
    expected = [head + "，", "请" + rest] if cut else [sentence]
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # one named turn after it: the representatives' turn is a turn
            "请居民代表发言。\n请张大爷发言。\n",
            [(None, "居民代表", "speech"), ("张大爷", None, "speech")],
        ),
        (  # a representative whose name is to be filled in is one person
            "请××社区居民代表××发言。\n请张大爷发言。\n请李阿姨发言。\n",
            [
                (None, "社区居民代表", "speech"),
                ("张大爷", None, "speech"),
                ("李阿姨", None, "speech"),
            ],
        ),
        (  # turns of another kind are not the ones announced
            "请居民代表发言。\n请张大爷宣读倡议书。\n请李阿姨宣读倡议书。\n",
            [(None, "居民代表", "speech"), ("张大爷", None, "action"), ("李阿姨", None, "action")],
        ),
    ],
)
def test_when_a_kind_of_person_is_a_turn_of_its_own(turns: str, expected: list) -> None:
    meeting = parse(
        f"座谈会主持词\n进行第一项，{turns}进行第二项，请县委书记李四同志讲话。\n散会。\n"
    )
    assert [(c.name, c.role, c.kind) for c in meeting.items[0].speakers] == expected


def test_an_empty_script_says_it_has_neither_items_nor_title() -> None:
    meeting = parse("", source="/会议/空.txt")
    assert (meeting.title, meeting.steps()) == ("", [])
    assert meeting.warnings == [
        "未找到议程项，全文按段落显示 / no agenda items found: the script is shown as passages",
        "没有标题 / no title",
    ]


def test_without_title_or_file_name_the_first_words_are_the_title() -> None:
    first = "同志们，今天我们在这里隆重召开全县经济工作会议暨表彰大会，总结去年工作，部署今年任务。"
    meeting = parse(first + "\n进行第一项，请张三同志发言。\n散会。\n")
    assert meeting.title == first[:30]
    named = parse("进行第一项，请张三同志发言。\n散会。\n", source="/会议/年会.txt")
    assert (named.title, named.source) == ("年会", "/会议/年会.txt")


def test_a_limit_looking_back_is_listed_among_the_decisions() -> None:
    decided = [(d.line, d.text, d.what, d.detail) for d in parse(TURNS_BACK).decisions]
    assert (4, "（以上每人发言不超过3分钟）", "limit_cue", "180") in decided


TURNS_BACK = (
    "座谈会主持词\n进行第一项，请孙七同志发言。\n请周八同志发言。\n（以上每人发言不超过3分钟）\n"
    "进行第二项，请县委书记李四同志讲话。\n散会。\n"
)

"""The review screen's edits, without a screen: each one on a small draft, undo, and the
agenda written after them read back the same by `chair check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chair.commands.check import summary
from chair.model import Decision, Item, Meeting, Passage, SpeakerCue
from chair.script import edit as E
from chair.script.agenda import dump, load
from chair.script.load import load_meeting

DATA = Path(__file__).parent / "data"
PLAIN = DATA / "plain_paragraphs.txt"


def shape(meeting: Meeting) -> list[tuple]:
    """Everything the agenda file keeps, without the line numbers (a YAML has its own)."""

    def step(s):
        if isinstance(s, SpeakerCue):
            return ("cue", s.kind, s.text, s.name, s.role, s.limit_s, s.after, s.group)
        return ("passage", s.kind, s.text)

    return (
        [("title", meeting.title)]
        + [("opening",) + step(s) for s in meeting.opening]
        + [("item", i.number, i.title) + tuple(step(s) for s in i.steps) for i in meeting.items]
        + [("closing",) + step(s) for s in meeting.closing]
    )


def round_trip(meeting: Meeting) -> Meeting:
    return load(dump(meeting), "agenda.yaml", default_limit_s=600)


def plain() -> E.Draft:
    return E.from_meeting(load_meeting(PLAIN))


def row_with(draft: E.Draft, words: str) -> int:
    return next(i for i, r in enumerate(draft.rows) if words in r.text)


def test_a_meeting_becomes_rows_and_back_unchanged(meeting):
    draft = E.from_meeting(meeting)
    assert [E.role(draft, i) for i in range(len(draft.rows))] == [
        "title",
        "opening",
        "overview",
        "item",
        "item",
        "speech",
        "speech",
        "closing",
    ]
    assert E.item_numbers(draft) == [None, None, None, 1, 2, 2, 2, None]
    assert shape(E.to_meeting(draft)) == shape(meeting)


def test_every_corpus_script_survives_the_trip_through_rows():
    for path in sorted((DATA / "scripts").glob("*.txt"))[:20]:
        meeting = load_meeting(path)
        assert dump(E.to_meeting(E.from_meeting(meeting))) == dump(meeting), path


def test_the_plain_script_is_read_without_items():
    draft = plain()
    assert E.item_starts(draft) == []
    assert not any(r.is_cue for r in draft.rows)


def test_make_item_numbers_items_in_order_and_toggles():
    draft = plain()
    later, earlier = row_with(draft, "最后我再强调"), row_with(draft, "先说说上半年")
    draft = E.make_item(draft, later)
    draft = E.make_item(draft, earlier)
    meeting = E.to_meeting(draft)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "先说说上半年"),
        (2, "最后我再强调三点"),
    ]
    assert meeting.opening[-1].text.startswith("同志们")
    draft = E.make_item(draft, earlier)  # again: no longer an item
    assert [i.title for i in E.to_meeting(draft).items] == ["最后我再强调三点"]
    assert E.role(draft, earlier) == "opening"


def test_the_title_starts_nothing():
    draft = plain()
    assert not E.can_make_item(draft, 0)
    with pytest.raises(E.EditRefused):
        E.make_item(draft, 0)
    assert not E.can_join(draft, 0) and not E.can_split(draft, 0, 2)


def test_item_title_from_its_number_and_the_overview(meeting):
    draft = E.from_meeting(meeting)
    row = E.item_starts(draft)[1]
    draft = E.set_item_title(draft, row, "交流研讨")
    assert E.to_meeting(draft).items[1].title == "交流研讨"
    draft = E.set_item_title(draft, row, "")  # empty: the overview's title again
    assert E.to_meeting(draft).items[1].title == "发言"
    assert E.title_from("下面，进行会议第二项，交流发言。每人发言不超过5分钟。") == "交流发言"


def test_make_speech_reads_name_role_and_the_items_limit():
    meeting = Meeting(title="t", opening=[Passage("t", 1, "title")])
    meeting.opening += [
        Passage("下面进行第一项，交流发言，每人不超过5分钟。", 2),
        Passage("请部门经理陈静发言。", 3),
        Passage("请*发言。", 4),
    ]
    draft = E.make_item(E.from_meeting(meeting), 1)
    draft = E.make(draft, 2, "speech")
    draft = E.make(draft, 3, "speech")
    cues = E.to_meeting(draft).items[0].speakers
    assert [(c.name, c.role, c.limit_s, c.kind) for c in cues] == [
        ("陈静", "部门经理", 300, "speech"),
        (None, None, 300, "speech"),
    ]
    assert E.doubts(draft)[3] == [E.Doubt("unnamed")]
    draft = E.set_cue(draft, 3, name="李明", role="", limit_s=420)
    assert 3 not in E.doubts(draft)
    cue = E.to_meeting(draft).items[0].speakers[1]
    assert (cue.name, cue.role, cue.limit_s) == ("李明", None, 420)


def test_make_action_vote_direction_and_passage(meeting):
    draft = E.from_meeting(meeting)
    cue = 5
    draft = E.make(draft, cue, "action")
    assert E.to_meeting(draft).items[1].steps[1].kind == "action"
    assert not E.to_meeting(draft).items[1].steps[1].timed
    assert not E.can_make(draft, cue, "action")
    draft = E.make(draft, cue, "vote")
    step = E.to_meeting(draft).items[1].steps[1]
    assert isinstance(step, Passage) and step.kind == "vote"
    draft = E.make(draft, cue, "direction")
    assert E.role(draft, cue) == "direction"
    draft = E.make(draft, cue, "text")
    assert E.role(draft, cue) == "passage"
    with pytest.raises(E.EditRefused):
        E.make(draft, cue, "text")


def test_a_cue_made_a_passage_keeps_its_closing_direction():
    meeting = Meeting(
        title="t",
        opening=[
            Passage("t", 1, "title"),
            SpeakerCue("请张三发言。", 2, name="张三", after="（发言毕）"),
        ],
    )
    draft = E.make(E.from_meeting(meeting), 1, "text")
    assert [(r.kind, r.text) for r in draft.rows[1:]] == [
        ("text", "请张三发言。"),
        ("direction", "（发言毕）"),
    ]


def test_closing_follows_the_last_item():
    draft = plain()
    last = len(draft.rows) - 1
    draft = E.make_closing(draft, last)
    assert [s.text for s in E.to_meeting(draft).closing] == ["今天就到这里。"]
    assert E.to_meeting(draft).closing[0].kind == "closing"
    item = row_with(draft, "最后我再强调")
    assert not E.can_make_closing(E.make_item(E.make_closing(draft, last), item), item - 1)
    # an item made after the closing's start takes the closing away
    draft = E.make_closing(E.make_closing(draft, last), item - 1)
    draft = E.make_item(draft, item)
    assert E.closing_at(draft) is None
    assert E.make_closing(E.make_closing(draft, last), last).rows[last].starts_closing is False


def test_join_two_lines_and_split_them_back():
    draft = plain()
    i = row_with(draft, "接下来，王强")
    original = draft.rows[i].text
    following = draft.rows[i + 1].text
    joined = E.join(draft, i)
    assert joined.rows[i].text == original + following
    assert len(joined.rows) == len(draft.rows) - 1
    again = E.split(joined, i, len(original))
    assert [(r.text, r.kind) for r in again.rows] == [(r.text, r.kind) for r in draft.rows]
    assert not E.can_join(draft, len(draft.rows) - 1)
    assert not E.can_split(draft, i, 0) and not E.can_split(draft, i, len(original))


def test_join_keeps_the_cue_and_the_item_of_either_line():
    meeting = Meeting(
        title="t",
        opening=[
            Passage("t", 1, "title"),
            Passage("同志们，下面", 2),
            SpeakerCue("请张三发言。", 3, name="张三", limit_s=300),
        ],
    )
    draft = E.make_item(E.from_meeting(meeting), 2)
    joined = E.join(draft, 1)
    row = joined.rows[1]
    assert (row.text, row.kind, row.name, row.limit_s, row.starts_item) == (
        "同志们，下面请张三发言。",
        "speech",
        "张三",
        300,
        True,
    )
    assert E._glue("version", "2") == "version 2"


def test_split_gives_the_cue_to_the_part_that_is_one():
    meeting = Meeting(
        title="t",
        opening=[
            Passage("t", 1, "title"),
            SpeakerCue("大家辛苦了。请李四同志发言。", 2, name="李四", after="（发言毕）"),
        ],
    )
    draft = E.make_item(E.from_meeting(meeting), 1)
    draft = E.split(draft, 1, E.sentence_cuts(draft.rows[1].text)[0])
    first, second = draft.rows[1], draft.rows[2]
    assert (first.kind, first.text, first.starts_item) == ("text", "大家辛苦了。", True)
    assert (second.kind, second.name, second.after, second.starts_item) == (
        "speech",
        "李四",
        "（发言毕）",
        False,
    )


def test_set_title_and_limits_refused():
    draft = plain()
    draft = E.set_title(draft, "安全生产座谈会（七月）")
    assert draft.rows[0].text == E.to_meeting(draft).title == "安全生产座谈会（七月）"
    with pytest.raises(E.EditRefused):
        E.set_title(draft, "  ")
    with pytest.raises(E.EditRefused):
        E.set_cue(draft, 1, name="x", role=None, limit_s=60)  # not a cue
    assert E.parse_limit("5") == 300 and E.parse_limit("5:30") == 330
    assert E.parse_limit("90s") == 90 and E.parse_limit("8分钟") == 480
    assert E.parse_limit("0") is None and E.parse_limit("soon") is None


def test_undo_and_redo_walk_the_drafts():
    review = E.Review(plain())
    start = review.draft
    assert not review.can_undo and not review.edited
    review.apply(E.make_item, 2)
    review.apply(E.make, 3, "speech")
    assert review.edited and review.can_undo
    review.undo()
    assert review.draft.rows[3].kind == "text" and review.draft.rows[2].starts_item
    review.undo()
    assert review.draft == start and not review.edited
    review.redo()
    review.redo()
    assert review.draft.rows[3].kind == "speech" and not review.can_redo
    review.saved = review.draft
    assert not review.edited


def test_parser_decisions_mark_their_row_until_the_chair_decides():
    meeting = Meeting(
        title="t",
        opening=[Passage("t", 1, "title"), SpeakerCue("请工作人员宣读名单。", 2, kind="action")],
        decisions=[Decision(2, "请工作人员宣读名单。", "action", "宣读")],
    )
    draft = E.from_meeting(meeting)
    assert E.doubts(draft)[1] == [E.Doubt("action", "宣读", decision=True), E.Doubt("unnamed")]
    draft = E.make(draft, 1, "direction")
    assert 1 not in E.doubts(draft)
    assert E.to_meeting(draft).decisions == []


def test_doubts_of_a_misread_script():
    meeting = Meeting(
        title="t",
        opening=[
            Passage("t", 1, "title"),
            Passage("共有两项议程，一是学习，二是发言。", 2, "overview"),
            Passage("下面进行会议第二项，请王五同志发言。", 3),
        ],
        overview=["学习", "发言"],
    )
    found = E.doubts(E.from_meeting(meeting))
    assert found[1] == [E.Doubt("overview", "2/0")]
    assert {d.what for d in found[2]} == {"looks_cue", "looks_item"}


def test_an_item_that_names_a_turn_but_has_none_is_a_doubt_until_one_is_made():
    """第2项 教师代表发言 with no cue: its heading row is marked; making the row under it a
    speech clears the mark."""
    meeting = Meeting(
        title="t",
        opening=[Passage("t", 1, "title")],
        items=[
            Item(1, "校长讲话", 2, [SpeakerCue("请校长王立讲话。", 2, name="王立")]),
            Item(
                2,
                "教师代表发言",
                3,
                [Passage("会议进行第二项，教师代表发言。", 3), Passage("下面有请沈玉蓉老师。", 4)],
            ),
        ],
    )
    draft = E.from_meeting(meeting)
    heading = E.item_starts(draft)[1]
    assert E.Doubt("no_turn", "教师代表发言") in E.doubts(draft)[heading]
    draft = E.make(draft, heading + 1, "speech")
    assert not any(d.what == "no_turn" for d in E.doubts(draft).get(heading, []))


def fixed_plain() -> E.Draft:
    """The plain script made right: two items, a named cue with a limit, an unnamed one."""
    review = E.Review(plain())
    d = review.draft
    review.apply(E.make_item, row_with(d, "先说说上半年"))
    review.apply(E.make_item, row_with(d, "接下来，王强"))
    review.apply(E.make, row_with(d, "接下来，王强"), "speech")
    review.apply(
        E.set_cue, row_with(d, "接下来，王强"), name="王强", role="安全科科长", limit_s=600
    )
    review.apply(E.make, row_with(d, "老李"), "speech")
    review.apply(E.set_cue, row_with(d, "老李"), name="李建国", role="一车间主任", limit_s=300)
    review.apply(E.make_item, row_with(d, "最后我再强调"))
    review.apply(E.make_closing, row_with(d, "今天就到这里"))
    return review.draft


def test_edits_round_trip_through_the_agenda_file():
    meeting = E.to_meeting(fixed_plain())
    assert shape(round_trip(meeting)) == shape(meeting)
    cues = [(c.name, c.role, c.limit_s) for c in meeting.speakers]
    assert cues == [("王强", "安全科科长", 600), ("李建国", "一车间主任", 300)]


def test_check_json_reads_the_written_agenda_as_the_screen_had_it(tmp_path, capsys):
    from chair.cli import main

    meeting = E.to_meeting(fixed_plain())
    path = tmp_path / "plain.agenda.yaml"
    path.write_text(dump(meeting), encoding="utf-8")
    assert main(["check", str(path), "--json"]) == 0
    read = json.loads(capsys.readouterr().out)
    expected = summary(meeting, read["speed"], read["speed_source"])
    assert read == expected
    assert [
        (i["number"], i["title"], [s["name"] for s in i["speakers"]]) for i in read["items"]
    ] == [
        (1, "先说说上半年", []),
        (2, "王强科长给大家讲讲上半年检查发现的问题", ["王强", "李建国"]),
        (3, "最后我再强调三点", []),
    ]


def test_doubtful_lines_of_a_meeting():
    meeting = Meeting(
        title="t",
        opening=[Passage("t", 1, "title"), Passage("同志们好。", 2), SpeakerCue("请*发言。", 3)],
    )
    assert E.doubtful(meeting) == {3}

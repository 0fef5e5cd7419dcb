"""The views both screens draw, built from a session without Textual: equal states give equal
views, and every word is the one the chair and the speaker both see."""

from __future__ import annotations

from datetime import UTC, datetime

from chair.events import MeetingHeader
from chair.i18n import tr
from chair.model import Item, Meeting, Passage, SpeakerCue
from chair.session import Session
from chair.views import (
    PromptView,
    SpeakerView,
    StatusView,
    break_view,
    clock_words,
    header_view,
    prompt_view,
    speaker_view,
    status_view,
    who,
)
from tests.conftest import small_meeting

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
ZH = tr("zh")


def make(clock) -> Session:
    s = Session(small_meeting(), clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=small_meeting(), start_wall=START, t=0.0))
    s.start()
    return s


def to_cue(s: Session) -> None:
    s.jump_to(next(i for i, st in enumerate(s.steps) if st.is_cue))


def test_prompt_view_is_the_passage_its_sentence_and_what_follows(clock):
    s = make(clock)
    s.jump_to(2, 1)
    view = prompt_view(s, ZH)
    assert view.sentences == tuple(s.current.sentences) and view.sentence == 1
    assert view.following == tuple(s.steps[3].sentences) or view.following
    assert prompt_view(s, ZH) == view, "the same state, an equal view: nothing to redraw"
    s.jump_to(len(s.steps) - 1)
    assert prompt_view(s, ZH).following == (ZH["end_of_meeting"],)


def test_the_preview_of_a_cue_has_its_name(clock):
    s = make(clock)
    cue = next(i for i, st in enumerate(s.steps) if st.is_cue)
    s.set_name("张三", s.steps[cue].id)
    s.jump_to(cue - 1)
    assert "张三" in prompt_view(s, ZH).following[0]


def test_speaker_view_through_the_phases(clock):
    s = make(clock)
    to_cue(s)
    idle = speaker_view(s, ZH)
    assert idle.phase == "idle" and idle.clock == "05:00"
    s.toggle_timer()
    clock.advance(200)
    warn = speaker_view(s, ZH)
    assert warn.phase == "warning" and warn.words == "剩余 01:40 · ⚠ 即将结束 · 时限 05:00"
    clock.advance(105)
    over = speaker_view(s, ZH)
    assert over.phase == "overtime" and over.clock == "+00:05"
    assert over.words == "超时 +00:05 · 时限 05:00", "overtime said once"
    s.add_minute()
    assert speaker_view(s, ZH).limit_s == 360 and speaker_view(s, ZH).phase == "warning"


def test_clock_words_in_english():
    assert clock_words(tr("en"), -5, "overtime", 600) == "Over +00:05 · Limit 10:00"


def test_header_and_break_views(clock):
    s = make(clock)
    clock.advance(65)
    head = header_view(s, ZH, rehearsal=True)
    assert head.title == s.meeting.title and head.badge == "彩排"
    assert head.wall == "09:01" and head.elapsed == "已用 1分钟", "to the minute"
    assert break_view(s) is None
    s.take_break()
    clock.advance(125)
    view = break_view(s)
    assert view is not None and view.since == "09:01" and view.length == "02:05"


def test_the_header_changes_once_a_minute(clock):
    """A header equal from one second to the next draws nothing: it is to the minute
    (the forecast end moves with the clock while a passage is read, a minute at a time)."""
    s = make(clock)
    clock.advance(65)
    head = header_view(s, ZH)
    clock.advance(54)
    same = header_view(s, ZH)
    assert (same.wall, same.elapsed) == (head.wall, head.elapsed) == ("09:01", "已用 1分钟")
    clock.advance(1)
    later = header_view(s, ZH)
    assert (later.wall, later.elapsed) == ("09:02", "已用 2分钟")
    clock.advance(3600)
    assert header_view(s, tr("en")).elapsed == "Elapsed 1 h 2 min"


def test_views_are_frozen_and_compare():
    assert PromptView(("a",)) == PromptView(("a",))
    assert SpeakerView(clock="10:00") != SpeakerView(clock="09:59")


def test_status_view_says_a_problem_first_then_the_message_then_auto(clock):
    s = make(clock)
    assert status_view(s, ZH) == StatusView("", False), "nothing to say: the line is hidden"
    s.send_message("请抓紧时间")
    s.set_auto(True)
    speed = int(s.speed)
    assert status_view(s, ZH) == StatusView(
        f"发言人屏幕提示：请抓紧时间  自动 {speed} 字/分", False
    )
    problem = status_view(s, ZH, "日志写入失败")
    assert problem.problem and problem.text.startswith("日志写入失败  发言人屏幕提示")
    s.send_message(None)
    s.set_auto(False)
    assert status_view(s, tr("en"), "disk full") == StatusView("disk full", True)


def test_who_is_the_name_else_the_role_else_tbd(clock):
    """Six unnamed 负责人 in one item are told apart by their roles; a name the chair fills
    in wins over both."""
    meeting = Meeting(
        title="述职评议会主持词",
        opening=[Passage("同志们：", 1, "salutation")],
        items=[
            Item(
                1,
                "述职",
                2,
                [
                    Passage("会议进行第一项，述职。", 2),
                    SpeakerCue("请石门村卫生室负责人   同志述职。", 3, role="石门村卫生室负责人"),
                    SpeakerCue(
                        "请柳树湾村卫生室负责人   同志述职。", 4, role="柳树湾村卫生室负责人"
                    ),
                    SpeakerCue("请*发言。", 5),
                    SpeakerCue("请张三同志发言。", 6, name="张三", role="院长"),
                ],
            )
        ],
        closing=[],
    )
    s = Session(meeting, clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=meeting, start_wall=START, t=0.0))
    s.start()
    cues = [st.id for st in s.steps if st.is_cue]
    assert [who(s, c, ZH) for c in cues] == [
        "待定（石门村卫生室负责人）",
        "待定（柳树湾村卫生室负责人）",
        "待定",
        "张三",
    ]
    assert who(s, cues[0], tr("en")) == "TBD (石门村卫生室负责人)"
    assert who(s, cues[2], ZH, "display.unnamed") == ZH["display.unnamed"]
    s.jump_to(s.index_of(cues[0]))
    s.set_name("李四")
    assert who(s, cues[0], ZH) == "李四"


def test_a_group_acting_together_is_named_by_its_words_not_as_a_name_to_come(clock) -> None:
    """请各位领导和嘉宾移步奠基石前，为项目奠基培土: the list says 各位领导和嘉宾, not 待定."""
    from chair.script.parse import parse

    meeting = parse(
        "奠基仪式主持词\n仪式进行第一项，奠基培土。\n请各位领导和嘉宾移步奠基石前，为项目奠基培土。\n"
        "仪式进行第二项，请县长王明讲话。\n仪式结束。\n"
    )
    s = Session(meeting, clock=clock, start_wall=START)
    s.apply(MeetingHeader(meeting=meeting, start_wall=START, t=0.0))
    s.start()
    cues = [st.id for st in s.steps if st.is_cue]
    assert [who(s, c, ZH) for c in cues] == ["各位领导和嘉宾", "王明"]

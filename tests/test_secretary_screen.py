"""Pilot tests of the secretary's keys at 80x24: `c` attendance, `d` a decision, `v` a vote,
the quorum line filled in on the teleprompter, the vote step offering `v`."""

from __future__ import annotations

from textual.widgets import Checkbox, Input, Label, TextArea

from chair.events import Absence, AttendanceTaken, DecisionMade, NoteTaken, VoteTaken
from chair.model import Item, Meeting, Passage, SpeakerCue
from chair.session import Session
from chair.tui.app import make_app
from chair.tui.screens.attendance_dialog import AttendanceDialog
from chair.tui.screens.decision_dialog import DecisionDialog
from chair.tui.screens.meeting_screen import MeetingScreen
from chair.tui.screens.vote_dialog import VoteDialog
from chair.tui.widgets.teleprompter import Teleprompter
from tests.screen_helpers import START, sample_session, until

SIZE = (80, 24)


def vote_meeting() -> Meeting:
    return Meeting(
        title="常委会会议主持词",
        opening=[Passage("本次会议应到委员35人，实到委员  人，符合规定人数。", 2)],
        items=[
            Item(
                1,
                "审议实施方案",
                3,
                [
                    Passage("下面进行第一项，审议实施方案。", 3),
                    Passage("同意的请举手。反对的请举手。弃权的请举手。", 4, "vote"),
                    SpeakerCue("请张三同志发言。", 5, name="张三"),
                ],
            )
        ],
        closing=[Passage("散会。", 6, "closing")],
    )


def session_of(meeting: Meeting, clock, events: list) -> Session:
    s = Session(meeting, clock=clock, start_wall=START, sink=events.append)
    s.start()
    return s


def fill(screen, values: dict[str, str]) -> None:
    for field_id, value in values.items():
        screen.query_one(f"#{field_id}", Input).value = value


def summary(screen) -> str:
    return str(screen.query_one("#form-summary", Label).render())


def fits(screen) -> None:
    """Every field and the summary are inside the 80x24 screen."""
    for widget in (
        [*screen.query(Input), *screen.query(Checkbox), screen.query_one("#form-summary")]
        if screen.query("#form-summary")
        else [*screen.query(Input)]
    ):
        region = widget.region
        assert region.height >= 1 and region.bottom <= SIZE[1] and region.right <= SIZE[0], widget


async def test_attendance_from_the_roster_with_leave_and_observers(clock):
    events: list = []
    session = sample_session(clock, events)
    roster = ["王建国", "李明", "张华", "孙悦"]
    app = make_app(session, roster=roster)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AttendanceDialog)
        fits(dialog)
        assert dialog.query_one("#att-expected", Input).value == "4"
        assert dialog.query_one("#att-attendees", Input).value == "王建国、李明、张华、孙悦"
        absent = dialog.query_one("#att-absent", Input)
        absent.focus()
        await pilot.press("孙")
        await pilot.pause()
        await pilot.press("right")  # the roster completes the name
        assert absent.value == "孙悦"
        fill(dialog, {"att-absent": "孙悦（外出学习）", "att-observers": "马丽、郑涛"})
        await pilot.pause()
        assert summary(dialog) == "应到4人，实到3人：符合规定人数（过半数为3人）"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
    att = session.attendance
    assert att is not None and (att.expected, att.present) == (4, 3)
    assert att.absent == (Absence(name="孙悦", reason="外出学习"),)
    assert att.observers == ("马丽", "郑涛") and att.attendees == ("王建国", "李明", "张华")
    assert isinstance(events[-1], AttendanceTaken)


async def test_attendance_fills_the_quorum_line_the_chair_reads(clock):
    events: list = []
    session = session_of(vote_meeting(), clock, events)
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#att-expected", Input).value == "35"  # from the script
        fill(dialog, {"att-present": "30"})
        for _ in range(5):  # Enter walks the fields and saves on the last
            await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        prompter = app.screen.query_one(Teleprompter)
        assert prompter.view.sentences == ("本次会议应到委员35人，实到委员30人，符合规定人数。",)
    assert session.present == 30


async def test_too_few_present_says_so(clock):
    session = session_of(vote_meeting(), clock, [])
    app = make_app(session, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        fill(app.screen, {"att-present": "17"})
        await pilot.pause()
        assert summary(app.screen) == "expected 35, present 17: no quorum (more than half is 18)"
        fill(app.screen, {"att-expected": "", "att-present": ""})
        await pilot.press("ctrl+s")  # nothing entered: nothing to record, the dialog stays
        assert isinstance(app.screen, AttendanceDialog)
        present = app.screen.query_one("#att-present", Input)
        present.focus()
        await pilot.press(*"12345678")  # a head count has five digits at most
        assert present.value == "12345"
        await pilot.press("escape")
        await pilot.pause()
    assert session.attendance is None


async def test_a_decision_under_the_current_item(clock):
    events: list = []
    session = session_of(vote_meeting(), clock, events)
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        session.jump_to_item(0)
        await pilot.press("d")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, DecisionDialog)
        fits(dialog)
        assert "第1项 审议实施方案" in dialog.title_text
        await pilot.press("enter")  # empty: nothing saved, the dialog stays
        assert isinstance(app.screen, DecisionDialog)
        dialog.query_one(Input).value = "同意实施方案，由办公室牵头落实"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
    assert [(d.text, d.item) for d in session.decisions] == [("同意实施方案，由办公室牵头落实", 0)]
    assert isinstance(events[-1], DecisionMade)


async def test_the_vote_step_offers_the_vote_and_the_dialog_says_whether_it_carries(clock):
    events: list = []
    session = session_of(vote_meeting(), clock, events)
    session.take_attendance(expected=35, present=30)
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        session.jump_to(2)  # 同意的请举手…
        screen = app.screen
        await until(
            pilot,
            lambda: any("按 v" in str(n.message) for n in app._notifications),
            what="the vote offered on the vote step",
        )
        await pilot.press("v")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, VoteDialog)
        fits(dialog)
        assert summary(dialog).startswith("填写同意")
        await pilot.press("ctrl+s")  # no counts: refused
        assert isinstance(app.screen, VoteDialog)
        fill(
            dialog,
            {"vote-subject": "实施方案", "vote-yes": "15", "vote-no": "10", "vote-abstain": "5"},
        )
        await pilot.pause()
        assert summary(dialog) == "实到30人，过半数须16票：未通过"
        fill(dialog, {"vote-yes": "16", "vote-no": "9"})
        await pilot.pause()
        assert summary(dialog) == "实到30人，过半数须16票：通过"
        dialog.query_one("#vote-two-thirds", Checkbox).value = True
        await pilot.pause()
        assert summary(dialog) == "实到30人，三分之二以上须20票：未通过"
        dialog.query_one("#vote-two-thirds", Checkbox).value = False
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("v")
        await pilot.pause()
        app.screen.query_one("#vote-unanimous", Checkbox).value = True
        await pilot.pause()
        assert summary(app.screen).endswith("：通过")
        await pilot.press("ctrl+s")
        await pilot.pause()
    first, second = session.votes
    assert (first.subject, first.yes, first.no, first.abstain, first.passed, first.item) == (
        "实施方案",
        16,
        9,
        5,
        True,
        0,
    )
    assert (second.unanimous, second.yes, second.passed) == (True, 30, True)
    assert isinstance(events[-1], VoteTaken)


async def test_a_note_at_a_speaker_belongs_to_that_speaker(clock):
    events: list = []
    session = session_of(vote_meeting(), clock, events)
    app = make_app(session)
    async with app.run_test(size=SIZE) as pilot:
        session.jump_to(3)  # 张三
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one(TextArea).load_text("张三发言时调整音响")
        await pilot.press("ctrl+s")  # the note takes several lines: Ctrl+S saves it
        await pilot.pause()
    note = events[-1]
    assert isinstance(note, NoteTaken) and (note.item, note.cue) == (0, "s3")

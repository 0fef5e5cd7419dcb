"""`chair display`: the speaker's view follows a journal that a test writes event by event.

The "chair" here is a real `Session` whose sink appends each event to the journal file, as
`chair run` does; the display app reads that file with a fake wall clock.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from chair.cli import main as cli_main
from chair.events import from_record, to_record
from chair.follow import JournalFollower
from chair.journal import encode
from chair.model import meeting_to_dict
from chair.session import Session
from chair.timefmt import format_clock
from chair.tui.display_app import DisplayApp
from chair.tui.widgets.big_clock import BigClock
from tests.conftest import FakeClock, small_meeting
from tests.screen_helpers import until

EPOCH = 1_750_000_000.0
START = datetime.fromtimestamp(EPOCH).astimezone()


class Chair:
    """The chair's side: a session appending to a journal file, on a fake clock."""

    def __init__(self, path: Path, clock: FakeClock, lang: str = "zh", mode: str = "run"):
        self.path = path
        self.clock = clock
        self.meeting = small_meeting()
        self.header = {
            "type": "meeting",
            "version": 1,
            "script": "x.txt",
            "sha256": "0" * 64,
            "title": self.meeting.title,
            "mode": mode,
            "lang": lang,
            "chair": None,
            "speed": 200.0,
            "start_wall": START.isoformat(timespec="seconds"),
            "epoch": EPOCH,
            "meeting": meeting_to_dict(self.meeting),
            "t": 0.0,
            "wall": START.isoformat(timespec="seconds"),
        }
        self.session = Session(self.meeting, clock=clock, start_wall=START)

    def begin(self) -> Session:
        self.write(self.header)
        self.session.apply(from_record(self.header))
        self.session.sink = lambda event: self.write(to_record(event))
        self.session.start()
        return self.session

    def write(self, event: dict) -> None:
        with open(self.path, "ab") as f:
            f.write(encode(event))

    def to(self, step_id: str) -> None:
        self.session.jump_to(self.session.index_of(step_id))


@pytest.fixture
def journal(tmp_path) -> Path:
    return tmp_path / "meeting.jsonl"


@pytest.fixture
def wall(clock):
    """The display's wall clock: the unix time matching the chair's meeting time."""
    return lambda: EPOCH + clock.t


def texts(app: DisplayApp) -> dict[str, str]:
    out = {}
    for wid in ("d-top", "d-name", "d-phase", "d-message", "d-status"):
        out[wid] = str(app.query_one(f"#{wid}").render())
    out["clock"] = app.query_one("#d-clock", BigClock).text
    return out


async def show(app: DisplayApp, pilot) -> dict[str, str]:
    app.sync()
    await pilot.pause()
    return texts(app)


def visible(app: DisplayApp, wid: str) -> bool:
    return app.query_one(f"#{wid}").display


async def test_waits_for_the_meeting_then_follows_it(journal, clock, wall):
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert "会议日志还不存在" in t["d-message"], "a missing file says so, and how it comes"
        assert "--journal" in t["d-message"]
        assert str(journal) in t["d-message"]
        journal.write_bytes(b"")  # created, header not written yet
        t = await show(app, pilot)
        assert "等待会议开始" in t["d-message"]
        chair = Chair(journal, clock)
        chair.begin()
        t = await show(app, pilot)
        assert "测试会议主持词" in t["d-top"]
        assert "开场" in t["d-message"]
        assert not visible(app, "d-clock")


async def test_speaker_name_countdown_and_phases(journal, clock, wall):
    chair = Chair(journal, clock)
    s = chair.begin()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        clock.advance(30)
        chair.to("s4")
        t = await show(app, pilot)
        assert "第二项 发言" in t["d-message"]
        assert "下一位发言：张三" in t["d-message"]

        clock.advance(20)
        s.next_step()  # the cue of 张三, 5 minutes
        t = await show(app, pilot)
        assert visible(app, "d-clock") and not visible(app, "d-message")
        assert t["d-name"] == "张三"
        assert t["clock"] == "05:00"
        assert "等待开始" in t["d-phase"]
        assert app.screen.has_class("phase-idle")

        s.toggle_timer()
        clock.advance(10.2)
        t = await show(app, pilot)
        assert t["clock"] == "04:50"
        assert t["d-phase"] == "剩余  04:50"
        assert app.screen.has_class("phase-normal")
        # The chair's own screen computes the same remaining time from the same events.
        assert t["clock"] == format_clock(s.remaining())

        clock.advance(300 - 10.2 - 119)  # 1:59 left
        t = await show(app, pilot)
        assert t["clock"] == "01:59"
        assert "即将结束" in t["d-phase"]
        assert app.screen.has_class("phase-warning")

        clock.advance(90)  # 0:29 left
        t = await show(app, pilot)
        assert t["clock"] == "00:29"
        assert "最后30秒" in t["d-phase"]  # the chair's screen says the same
        assert app.screen.has_class("phase-final")

        clock.advance(29 + 75)  # 1:15 over
        t = await show(app, pilot)
        assert t["clock"] == "+01:15"
        assert t["d-phase"] == "超时  +01:15"
        assert app.screen.has_class("phase-overtime")
        assert not app.screen.has_class("phase-final")


async def test_pause_and_resume_of_the_timer(journal, clock, wall):
    chair = Chair(journal, clock)
    s = chair.begin()
    chair.to("s5")
    s.toggle_timer()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        clock.advance(60)
        s.toggle_timer()  # pause at 4:00 left
        clock.advance(100)
        t = await show(app, pilot)
        assert t["clock"] == "04:00"
        assert t["d-phase"] == "暂停  04:00"
        assert app.screen.has_class("phase-paused")
        s.toggle_timer()  # resume
        clock.advance(30)
        t = await show(app, pilot)
        assert t["clock"] == "03:30"
        assert "剩余" in t["d-phase"]


async def test_names_filled_in_later_and_extra_speaker(journal, clock, wall):
    chair = Chair(journal, clock)
    s = chair.begin()
    chair.to("s6")  # 请*发言: no name yet
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert t["d-name"] == "（发言人待定）"
        s.set_name("李四")
        t = await show(app, pilot)
        assert t["d-name"] == "李四"
        s.toggle_timer()
        clock.advance(45)
        s.add_extra("王五", limit_s=180)
        s.next_step()  # leaving 李四's cue stops that timer
        t = await show(app, pilot)
        assert t["d-name"].startswith("王五")
        assert "临时发言" in t["d-name"]
        assert t["clock"] == "03:00"
        s.toggle_timer()
        clock.advance(5)
        t = await show(app, pilot)
        assert t["clock"] == "02:55"


async def test_stopped_speaker_then_end_of_meeting(journal, clock, wall):
    chair = Chair(journal, clock)
    s = chair.begin()
    chair.to("s5")
    s.toggle_timer()
    clock.advance(42)
    s.stop_timer()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        clock.advance(20)
        t = await show(app, pilot)
        assert t["clock"] == "04:18"
        assert "发言结束" in t["d-phase"]
        chair.to("s7")
        t = await show(app, pilot)
        assert "结束语" in t["d-top"]
        s.end()
        t = await show(app, pilot)
        assert "会议已结束" in t["d-message"]
        assert not visible(app, "d-clock")


async def test_chair_restarted_and_resumed(journal, clock, wall):
    """The chair's process dies mid-speech; `chair resume` goes on; the display keeps up."""
    chair = Chair(journal, clock)
    s = chair.begin()
    chair.to("s5")
    s.toggle_timer()
    clock.advance(50)
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert t["clock"] == "04:10"
        # The process dies; a torn line is left behind.
        with open(journal, "ab") as f:
            f.write(b'{"type":"timer","cue":"s5","act')
        clock.advance(40)
        t = await show(app, pilot)
        assert t["clock"] == "03:30"  # the speaker goes on in the room
        # `chair resume`: cut the torn line, replay, append `resume`.
        from chair.live_meeting import LiveMeeting

        live, warnings = LiveMeeting.resume(journal, wall=wall, mono=lambda: clock.t)
        assert warnings
        resumed, j = live.session, live.journal
        t = await show(app, pilot)
        assert t["clock"] == "03:30"
        clock.advance(15)
        resumed.toggle_timer()  # pause
        t = await show(app, pilot)
        assert t["clock"] == "03:15"
        assert "暂停" in t["d-phase"]
        j.close()
        # A display started now reads the whole journal and agrees.
    app2 = DisplayApp(journal, wall=wall, follow=False)
    async with app2.run_test(size=(80, 24)) as pilot:
        t = await show(app2, pilot)
        assert t["clock"] == "03:15"


async def test_wall_clock_stepped_back_follows_the_journal(journal, clock):
    """If events are later than the wall clock says, meeting time follows the journal."""
    chair = Chair(journal, clock)
    s = chair.begin()
    chair.to("s5")
    clock.advance(100)
    s.toggle_timer()
    shift = [0.0]
    app = DisplayApp(journal, wall=lambda: EPOCH + clock.t - shift[0], follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        shift[0] = 60.0  # the display's wall clock is a minute behind
        clock.advance(10)
        s.toggle_timer()  # pause at 4:50, event t = 110
        t = await show(app, pilot)
        assert t["clock"] == "04:50"
        s.toggle_timer()
        clock.advance(20)
        t = await show(app, pilot)
        assert t["clock"] == "04:30"  # the minute learnt from the journal is kept


async def test_torn_line_is_read_once_complete(journal, clock, wall):
    chair = Chair(journal, clock)
    chair.begin()
    chair.to("s5")
    line = encode({"type": "name", "cue": "s5", "name": "赵六", "t": 1.0, "wall": "x"})
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        with open(journal, "ab") as f:
            f.write(line[:10])
        t = await show(app, pilot)
        assert t["d-name"] == "张三"
        with open(journal, "ab") as f:
            f.write(line[10:])
        t = await show(app, pilot)
        assert t["d-name"] == "赵六"
        assert t["d-status"] == ""


async def test_replaced_journal_is_read_again(journal, clock, wall):
    chair = Chair(journal, clock)
    chair.begin()
    chair.to("s5")
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert t["d-name"] == "张三"
        journal.unlink()
        t = await show(app, pilot)
        assert t["d-name"] == "张三"  # a removed journal keeps what was shown
        chair2 = Chair(journal, clock)
        chair2.begin()
        t = await show(app, pilot)
        assert "开场" in t["d-message"]


async def test_damaged_line_is_reported_and_skipped(journal, clock, wall):
    chair = Chair(journal, clock)
    chair.begin()
    with open(journal, "ab") as f:
        f.write(b"not json\n")
    chair.to("s5")
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert t["d-name"] == "张三"
        assert ":3:" in t["d-status"] and "not valid JSON" in t["d-status"]


async def test_not_a_journal(journal, clock, wall):
    journal.write_text('{"type":"note","text":"x"}\n', encoding="utf-8")
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert "无法读取会议日志" in t["d-message"]
        assert "meeting header" in t["d-message"]


async def test_english_from_the_journal_and_lang_option(journal, clock, wall):
    chair = Chair(journal, clock, lang="en")
    s = chair.begin()
    chair.to("s5")
    s.toggle_timer()
    clock.advance(400)
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert t["d-phase"] == "Overtime  +01:40"
        assert "Item 2 发言" in t["d-top"]
    app = DisplayApp(journal, wall=wall, follow=False, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert t["d-phase"] == "超时  +01:40"


async def test_unreadable_path_recovers(journal, clock, wall):
    journal.mkdir()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert "not a regular file" in t["d-message"]
        journal.rmdir()
        Chair(journal, clock).begin()
        t = await show(app, pilot)
        assert "开场" in t["d-message"]
        assert t["d-status"] == ""


async def test_rehearsal_is_marked(journal, clock, wall):
    chair = Chair(journal, clock, mode="rehearse")
    chair.begin()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        t = await show(app, pilot)
        assert t["d-top"].startswith("彩排 · 测试会议主持词")


async def test_read_only_keys_and_q_quits(journal, clock, wall):
    chair = Chair(journal, clock)
    chair.begin()
    chair.to("s5")
    before = journal.read_bytes()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await show(app, pilot)
        for key in ("t", "space", "pagedown", "enter", "i", "n", "a", "right", "left"):
            await pilot.press(key)
        t = await show(app, pilot)
        assert t["clock"] == "05:00" and "等待开始" in t["d-phase"]
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert journal.read_bytes() == before


async def test_follows_the_file_by_itself(journal, clock, wall):
    """With polling on (as run by the CLI) new lines show within a poll."""
    chair = Chair(journal, clock)
    s = chair.begin()
    chair.to("s5")
    app = DisplayApp(journal, wall=wall)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: texts(app)["d-name"] == "张三", what="the first cue shown")
        s.set_name("钱七")
        await until(pilot, lambda: texts(app)["d-name"] == "钱七", what="the new name shown")


@pytest.mark.parametrize("size", [(80, 24), (160, 50), (40, 12)])
async def test_clock_scales_with_the_window(journal, clock, wall, size):
    chair = Chair(journal, clock)
    s = chair.begin()
    chair.to("s5")
    s.toggle_timer()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=size) as pilot:
        await show(app, pilot)
        big = app.query_one("#d-clock", BigClock)
        assert big.size.height >= 5
        assert big.size.width >= size[0] - 6
        shot = app.export_screenshot()
        assert "张三" in shot


def test_follower_reads_complete_lines_only(journal):
    f = JournalFollower(journal)
    assert f.poll().events == [] and not f.exists
    head = encode({"type": "meeting", "version": 1})
    journal.write_bytes(head + b'{"type":"note"')
    assert [e["type"] for e in f.poll().events] == ["meeting"]
    with open(journal, "ab") as fh:
        fh.write(b',"text":"x"}\n')
    assert [e["type"] for e in f.poll().events] == ["note"]
    assert f.poll().events == []
    journal.write_bytes(head)  # shorter than what was read: a new file
    p = f.poll()
    assert p.restarted and [e["type"] for e in p.events] == ["meeting"]


def test_cli_refuses_a_directory(tmp_path, capsys):
    assert cli_main(["display", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("chair: error:") and "directory" in err


def test_served_command_runs_this_display(tmp_path):
    from chair.web.server import served_command

    cmd = served_command(Path("rel dir/j.jsonl"), "en")
    assert "-m chair display" in cmd and "--serve" not in cmd
    assert json.dumps(str(Path("rel dir/j.jsonl").absolute()))[1:-1] in cmd
    assert cmd.endswith("--lang en")


# ---------------------------------------------------------------- messages, breaks, overtime
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_message_shows_large_until_cleared(journal, clock, wall, size):
    chair = Chair(journal, clock)
    s = chair.begin()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=size) as pilot:
        chair.to(next(st.id for st in s.steps if st.is_cue))
        s.toggle_timer()
        s.send_message("请抓紧时间")
        await show(app, pilot)
        notice = app.query_one("#d-notice")
        assert notice.display and notice.size.height >= 3
        assert "请抓紧时间" in str(notice.render())
        assert visible(app, "d-clock"), "the clock stays beside the message"
        s.send_message(None)
        await show(app, pilot)
        assert not app.query_one("#d-notice").display


async def test_a_break_is_shown_on_the_display(journal, clock, wall):
    chair = Chair(journal, clock)
    s = chair.begin()
    app = DisplayApp(journal, wall=wall, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        s.take_break()
        t = await show(app, pilot)
        assert app.screen.has_class("view-break") and "休会" in t["d-message"]
        s.end_break()
        await show(app, pilot)
        assert not app.screen.has_class("view-break")


@pytest.mark.parametrize("blink", [True, False])
async def test_overtime_fills_the_display_and_blinks(journal, clock, wall, blink):
    chair = Chair(journal, clock)
    s = chair.begin()
    app = DisplayApp(journal, wall=wall, follow=False, blink=blink)
    async with app.run_test(size=(80, 24)) as pilot:
        chair.to(next(st.id for st in s.steps if st.is_cue))
        s.toggle_timer()
        clock.advance(s.remaining() + 5.2)
        t = await show(app, pilot)
        assert app.screen.has_class("phase-overtime") and t["d-phase"].startswith("超时")
        seen = set()
        for _ in range(3):
            clock.advance(1.0)
            await show(app, pilot)
            seen.add(app.query_one("#d-clock", BigClock).inverted)
        assert seen == ({True, False} if blink else {False})

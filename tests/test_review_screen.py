"""The review screen driven with keys alone: a script read without any structure becomes
a correct agenda, saved beside it, read back the same by `chair check`, and run next time."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from chair import reviewed
from chair.cli import main as cli
from chair.script import edit as E
from chair.script.load import load_meeting, script_sha256
from chair.tui.review_app import make_review_app
from chair.tui.screens.choice_dialog import ChoiceDialog
from chair.tui.screens.review_screen import ReviewScreen
from chair.tui.screens.split_dialog import SplitDialog
from chair.tui.screens.step_dialog import StepDialog

PLAIN = Path(__file__).parent / "data" / "plain_paragraphs.txt"


def review_app(script: Path, lang: str = "zh"):
    """The app `chair review SCRIPT` runs, saving for real beside the script."""
    meeting = load_meeting(script)
    sha = script_sha256(script)
    target = reviewed.agenda_path(script)

    def save(edited):
        reviewed.save(edited, target, script, sha)
        return target

    return make_review_app(
        E.Review(E.from_meeting(meeting)),
        save=save,
        target=target,
        ask_overwrite=target.exists(),
        lang=lang,
    )


def screen(app) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def press(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
    await pilot.pause()


async def to_row(pilot, words: str) -> None:
    """Walk the cursor with the arrow keys to the row holding `words`."""
    s = screen(pilot.app)
    target = next(i for i, r in enumerate(s.draft.rows) if words in r.text)
    key = "down" if target > s.cursor else "up"
    await press(pilot, *[key] * abs(target - s.cursor))
    assert s.cursor == target


async def type_text(pilot, text: str) -> None:
    await press(pilot, *list(text))


@pytest.fixture
def script(tmp_path) -> Path:
    path = tmp_path / "座谈会.txt"
    shutil.copy(PLAIN, path)
    return path


async def fix_plain_script(pilot) -> None:
    """Items, cues, a name, an office and a limit, the closing: keys only."""
    await to_row(pilot, "先说说上半年")
    await press(pilot, "i")
    await to_row(pilot, "接下来，王强")
    await press(pilot, "i", "s", "enter")
    assert isinstance(pilot.app.screen, StepDialog)
    await type_text(pilot, "王强")  # the name first; the item's title stays from the text
    await press(pilot, "tab")
    await type_text(pilot, "安全科科长")
    await press(pilot, "enter")
    assert isinstance(pilot.app.screen, ReviewScreen)
    await to_row(pilot, "老李")
    await press(pilot, "s", "enter")  # not an item: name, office, limit
    await type_text(pilot, "李建国")
    await press(pilot, "tab", "tab", "ctrl+u")
    await type_text(pilot, "5")
    await press(pilot, "enter")
    await to_row(pilot, "最后我再强调")
    await press(pilot, "i")
    await to_row(pilot, "今天就到这里")
    await press(pilot, "c")


async def test_a_plain_script_becomes_an_agenda_with_keys_alone(script, capsys):
    app = review_app(script)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await fix_plain_script(pilot)
        s = screen(app)
        assert s.review.edited
        await press(pilot, "w")
        agenda = script.with_name("座谈会.agenda.yaml")
        assert agenda.is_file() and not s.review.edited
        await press(pilot, "q")
    assert app.return_value is not None and app.return_value.saved == agenda
    capsys.readouterr()
    assert cli(["check", str(agenda), "--json"]) == 0
    read = json.loads(capsys.readouterr().out)
    assert [
        (i["number"], i["title"], [(c["name"], c["role"], c["limit_s"]) for c in i["speakers"]])
        for i in read["items"]
    ] == [
        (1, "先说说上半年", []),
        (
            2,
            "王强科长给大家讲讲上半年检查发现的问题",
            [("王强", "安全科科长", 600), ("李建国", None, 300)],
        ),
        (3, "最后我再强调三点", []),
    ]
    assert read["speakers"] == 2 and read["warnings"] == []
    meeting = load_meeting(agenda)
    assert [s.text for s in meeting.closing] == ["今天就到这里。"]
    # the agenda is what the screen showed: the same shape as the draft's meeting
    assert E.to_meeting(E.from_meeting(meeting)).items[1].speakers[1].limit_s == 300


async def test_run_picks_up_the_reviewed_agenda_by_the_scripts_hash(script, tmp_path, capsys):
    from chair.commands.live import _agenda_for

    app = review_app(script)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await fix_plain_script(pilot)
        await press(pilot, "w", "q")
    moved = tmp_path / "elsewhere.txt"
    shutil.copy(script, moved)  # the same bytes under another name: the same script
    args = argparse.Namespace(lang="en", speed=None, roster=None, ambiguous_wide=False)
    meeting = _agenda_for(moved, script_sha256(moved), args, 600)
    assert [i.title for i in meeting.items][0] == "先说说上半年"
    assert "using the reviewed agenda" in capsys.readouterr().err
    moved.write_text(moved.read_text(encoding="utf-8") + "散会。\n", encoding="utf-8")
    fresh = _agenda_for(moved, script_sha256(moved), args, 600)  # changed: read afresh
    assert fresh.items == []
    assert "chair review" in capsys.readouterr().err  # warnings: the review is offered


async def test_check_shows_the_reviewed_agenda_and_says_so(script, capsys):
    """`chair check` shows what `chair run` will run: the reviewed agenda, named on stderr."""
    from chair.cli import main

    assert main(["check", str(script), "--json", "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["items"] == []  # never reviewed: as parsed
    app = review_app(script)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await fix_plain_script(pilot)
        await press(pilot, "w", "q")
    capsys.readouterr()
    assert main(["check", str(script), "--json", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert [i["title"] for i in json.loads(out)["items"]][0] == "先说说上半年"
    assert "using the reviewed agenda" in err


def test_run_offers_the_review_on_a_terminal(script, monkeypatch):
    from chair.commands import live, review
    from chair.tui.review_app import ReviewOutcome

    args = argparse.Namespace(lang="zh", speed=None, roster=None, ambiguous_wide=False)
    fixed = load_meeting(PLAIN)
    fixed.title = "审阅过"
    monkeypatch.setattr(live.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(live.sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(review, "run_review", lambda *a, **k: ReviewOutcome(None, fixed))
    answers = iter(["r\n", "\n"])
    monkeypatch.setattr(live.sys.stdin, "readline", lambda: next(answers), raising=False)
    sha = script_sha256(script)
    assert live._agenda_for(script, sha, args, 600).title == "审阅过"
    assert live._agenda_for(script, sha, args, 600).title == "安全生产座谈会"


async def test_an_existing_file_is_overwritten_only_when_the_chair_says_so(script):
    agenda = reviewed.agenda_path(script)
    agenda.write_text("title: 别人的议程\n", encoding="utf-8")
    app = review_app(script)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "down", "i", "w")
        assert isinstance(app.screen, ChoiceDialog)
        await press(pilot, "n")
        assert agenda.read_text(encoding="utf-8") == "title: 别人的议程\n"
        await press(pilot, "w", "y")
        assert "别人的议程" not in agenda.read_text(encoding="utf-8")
        await press(pilot, "down", "i", "w")  # asked once: the second save just saves
        assert isinstance(app.screen, ReviewScreen)


async def test_quitting_with_changes_asks_and_can_discard(script):
    app = review_app(script)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "down", "i", "q")
        assert isinstance(app.screen, ChoiceDialog)
        await press(pilot, "n")  # go on editing
        assert isinstance(app.screen, ReviewScreen)
        await press(pilot, "q", "d")
    assert app.return_value is not None and app.return_value.saved is None
    assert not reviewed.agenda_path(script).exists()


async def test_undo_redo_and_greyed_keys(script):
    app = review_app(script, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        s = screen(app)
        await press(pilot, "home")
        assert s.check_action("item", ()) is None  # the title starts no item
        assert s.check_action("join", ()) is None
        assert s.check_action("undo", ()) is None
        await press(pilot, "i")
        assert E.item_starts(s.draft) == []
        await press(pilot, "down", "i", "s")
        assert s.draft.rows[1].kind == "speech" and s.check_action("make", ("speech",)) is None
        await press(pilot, "u")
        assert s.draft.rows[1].kind == "text" and s.draft.rows[1].starts_item
        await press(pilot, "u")
        assert not s.draft.rows[1].starts_item and s.check_action("undo", ()) is None
        await press(pilot, "r", "r")
        assert s.draft.rows[1].kind == "speech"
        await press(pilot, "end")
        assert s.check_action("join", ()) is None


async def test_join_and_split_at_a_sentence_end(script):
    app = review_app(script)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        s = screen(app)
        await to_row(pilot, "王科长讲得很实在")
        before = [r.text for r in s.draft.rows]
        await press(pilot, "x")
        assert isinstance(app.screen, SplitDialog)
        await press(pilot, "enter")  # at the end of the first sentence
        texts = [r.text for r in s.draft.rows]
        assert "王科长讲得很实在。" in texts and "大家有什么想法，也可以谈谈。" in texts
        await press(pilot, "j")
        assert [r.text for r in s.draft.rows] == before
        await press(pilot, "x", "right", "right", "escape")
        assert [r.text for r in s.draft.rows] == before


async def test_doubtful_rows_are_marked_and_visited(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(
        "会议主持词\n同志们：\n下面请*同志发言。\n请工作人员发放材料。\n散会。\n", encoding="utf-8"
    )
    app = review_app(path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        s = screen(app)
        doubtful = sorted(E.doubts(s.draft))
        assert doubtful and s.cursor == doubtful[0]
        status = str(s.query_one("#review-status").render())
        assert status
        await press(pilot, "n")
        assert s.cursor == (doubtful[1] if len(doubtful) > 1 else doubtful[0])


SIZES = [((80, 24), "zh"), ((120, 40), "en"), ((120, 40), "zh")]


@pytest.mark.parametrize(
    ("size", "lang"), SIZES, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else v
)
def test_snapshot(snap_compare, script, size, lang):
    app = review_app(script, lang=lang)

    async def run_before(pilot):
        await pilot.pause()
        await to_row(pilot, "先说说上半年")
        await press(pilot, "i")
        await to_row(pilot, "接下来，王强")
        await press(pilot, "i", "s", "down", "s")

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def drive_review_app(monkeypatch, *keys: str) -> list:
    """`ReviewApp.run` replaced by a headless run that presses `keys`; returns the screens
    seen after each key, to tell a dialog from the review screen."""
    import asyncio

    from chair.tui.review_app import ReviewApp

    seen: list = []

    def run(self):
        async def drive():
            async with self.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                for key in keys:
                    await pilot.press(key)
                    await pilot.pause()
                    seen.append(type(self.screen).__name__)

        asyncio.run(drive())
        return self.return_value

    monkeypatch.setattr(ReviewApp, "run", run)
    return seen


def test_chair_review_saves_then_reopens_what_it_saved(script, monkeypatch, capsys):
    seen = drive_review_app(monkeypatch, "down", "i", "w", "q")
    assert cli(["review", str(script)]) == 0
    agenda = script.with_name("座谈会.agenda.yaml")
    err = capsys.readouterr().err
    assert f"wrote {agenda}" in err and "runs this agenda" in err
    assert agenda.read_text(encoding="utf-8").startswith("# reviewed from 座谈会.txt (sha256 ")
    assert [i.title for i in load_meeting(agenda).items] == ["先说说上半年"]
    seen[:] = []
    seen += drive_review_app(monkeypatch, "end", "c", "w", "q")  # its own file: no question
    assert cli(["review", str(script), "--lang", "en"]) == 0
    assert "ChoiceDialog" not in seen
    assert "using the reviewed agenda" in capsys.readouterr().err
    assert [s.text for s in load_meeting(agenda).closing] == ["今天就到这里。"]


def test_an_agenda_file_given_as_script_is_replaced_only_when_asked(tmp_path, monkeypatch):
    agenda = tmp_path / "议程.yaml"
    agenda.write_text("title: 会议\nopening:\n- 同志们好。\n- 请张三发言。\n", encoding="utf-8")
    before = agenda.read_text(encoding="utf-8")
    seen = drive_review_app(monkeypatch, "end", "s", "w", "n", "q", "d")
    assert cli(["review", str(agenda)]) == 0
    assert "ChoiceDialog" in seen and agenda.read_text(encoding="utf-8") == before
    drive_review_app(monkeypatch, "end", "s", "w", "y", "q")
    assert cli(["review", str(agenda)]) == 0
    assert load_meeting(agenda).speakers[0].name == "张三"


@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "未找到议程项"), ("en", "no agenda items found"), (None, "未找到议程项")],
)
def test_run_says_what_the_warnings_are_before_offering_the_review(script, capsys, lang, said):
    """The chair is told what to look at, in the interface's language, not only how many."""
    from chair.commands import live

    args = argparse.Namespace(lang=lang, speed=None, roster=None, ambiguous_wide=False)
    live._agenda_for(script, script_sha256(script), args, 600)
    err = capsys.readouterr().err
    assert said in err and "chair review" in err
    assert ("no agenda items found" in err) == (lang == "en")

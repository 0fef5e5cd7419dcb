"""The garbage collector during startup: off until the meeting screen's first frame (nothing
it would find is garbage yet), on again from there, whatever the command did."""

from __future__ import annotations

import gc

from chair import paths
from chair.cli import main
from chair.tui.app import make_app
from tests.conftest import FakeClock
from tests.screen_helpers import sample_session


async def test_the_meeting_screen_turns_the_collector_back_on():
    gc.disable()  # as `chair run` leaves it for the screen
    try:
        app = make_app(sample_session(FakeClock()), lang="zh")
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(100):
                if gc.isenabled():
                    break
                await pilot.pause()
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0  # what the startup built is frozen
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_command_leaves_the_collector_on(capsys):
    assert main(["check", str(paths.sample_script())]) == 0
    assert gc.isenabled()
    assert main(["check", "/no/such/script.txt"]) == 2
    assert gc.isenabled()

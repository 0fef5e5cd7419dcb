"""SIGTERM and SIGHUP on a real `chair run` in a pty: a clean `interrupted` event, the exit, and
a resumed meeting that goes on. ctrl+c asks like `q` (a Pilot test, no process needed)."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from chair.tui.app import make_app
from chair.tui.screens.quit_dialog import QuitDialog
from tests.pty_harness import (
    PAGEDOWN,
    Terminal,
    chair_env,
    events_of,
    replayed,
    run_to_first_cue,
    wait_for_event,
)
from tests.screen_helpers import sample_session


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_signal_interrupts_cleanly_and_the_meeting_resumes(name, tmp_path, user_dirs):
    signum = getattr(signal, name)
    journal = tmp_path / "meeting.jsonl"
    env = chair_env(user_dirs)
    run, first_cue = run_to_first_cue(journal, env)
    try:
        run.send(b"t")
        wait_for_event(journal, "timer", action="start")
        os.killpg(run.proc.pid, signum)
        if name == "SIGHUP":  # the window is gone: nobody reads the terminal any more
            os.close(run.master)
            run.master = os.open(os.devnull, os.O_RDONLY)
        assert run.proc.wait(timeout=15) == 128 + signum
    finally:
        run.close()

    events = events_of(journal)
    assert events[-1]["type"] == "interrupted" and events[-1]["signal"] == name
    assert not any(e["type"] == "end" for e in events), "the meeting stays unfinished"

    resumed = Terminal([sys.executable, "-m", "chair", "resume", str(journal)], env)
    try:
        resume_ev = wait_for_event(journal, "resume")
        resumed.wait_for("下一步".encode())
        resumed.send(PAGEDOWN)
        wait_for_event(journal, "step", step=f"s{first_cue + 1}")
        assert resumed.quit() == 0
    finally:
        resumed.close()

    events, session = replayed(journal)
    rec = session.speakers[f"s{first_cue}"]
    assert rec.interrupted and not rec.timer.running and rec.timer.stopped_at >= resume_ev["t"]
    assert session.ended and events[-1]["type"] == "end"


CHILD = """
import json, signal
from chair.tui.app import make_app
from tests.conftest import FakeClock
from tests.screen_helpers import sample_session

events = []
session = sample_session(FakeClock(), events)
app = make_app(session)

async def ready(pilot):
    await pilot.pause()
    print("ready", flush=True)

app.run(headless=True, size=(100, 30), auto_pilot=ready)
alive = app.watchdog is not None and app.watchdog.is_alive()
app.cancel_watchdog()  # as `chair run` does once the app has left
print(json.dumps({"signalled": app.signalled, "code": app.return_code, "alive": alive,
                  "last": [events[-1].kind, getattr(events[-1], "signal", None)], "ended": session.ended,
                  "dfl": signal.getsignal(signal.SIGTERM) == signal.SIG_DFL}), flush=True)
"""


def test_sigterm_journals_and_exits(tmp_path):
    """The app in a child process gets SIGTERM: it journals, leaves, removes its handler."""
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready and proc.stdout.readline() == "ready\n", proc.stderr.read()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    assert report["signalled"] == "SIGTERM" and report["code"] == 143
    assert report["alive"], "a watchdog ends the process should the terminal be gone"
    assert report["last"] == ["interrupted", "SIGTERM"]
    assert not report["ended"], "the meeting stays unfinished, to be resumed"
    assert report["dfl"], "the handler is removed on exit"


async def test_ctrl_c_asks_like_q(clock):
    session = sample_session(clock)
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, QuitDialog) and app.is_running
        await pilot.press("ctrl+c")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert session.ended

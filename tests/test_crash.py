"""A real `chair run` in a pseudo-terminal, killed with SIGKILL mid-speaker, then resumed."""

from __future__ import annotations

import json
import os
import signal
import sys
import time

from tests.pty_harness import (
    PAGEDOWN,
    Terminal,
    chair_env,
    events_of,
    replayed,
    run_to_first_cue,
    wait_for_event,
)


def test_sigkill_mid_speaker_then_resume(tmp_path, user_dirs):
    journal = tmp_path / "meeting.jsonl"
    env = chair_env(user_dirs)
    run, first_cue = run_to_first_cue(journal, env)
    try:
        mark = run.send(b"\r")
        run.wait_for("输入姓名".encode(), since=mark)  # the name dialog is open
        run.send("张三".encode() + b"\r")
        wait_for_event(journal, "name", name="张三")
        run.send(b"t")
        started = wait_for_event(journal, "timer", action="start")
        os.killpg(run.proc.pid, signal.SIGKILL)
        run.proc.wait(timeout=10)
    finally:
        run.close()

    lines = journal.read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert any("张三" in line for line in lines)

    epoch = json.loads(lines[0])["epoch"]
    dead_until = time.time() - epoch  # meeting time now, while no chair runs
    resumed = Terminal([sys.executable, "-m", "chair", "resume", str(journal)], env)
    try:
        resumed.wait_for("张三".encode())
        resume_ev = wait_for_event(journal, "resume")
        assert resumed.quit() == 0
    finally:
        resumed.close()

    events, session = replayed(journal)
    # The meeting clock went on across the crash, by the wall clock.
    assert resume_ev["t"] >= round(dead_until, 3) > started["t"]
    assert resume_ev["lost"] == started["t"]
    assert session.current.id == f"s{first_cue}", "resumed at the same step"
    rec = session.speakers[f"s{first_cue}"]
    assert rec.name == "张三" and rec.interrupted
    # The timer kept running while the process was dead: spoken time covers the gap.
    assert rec.spoken(events[-1]["t"]) >= resume_ev["t"] - started["t"] > 0
    assert events[-1]["type"] == "end"


def test_run_offers_to_resume_an_unfinished_journal(user_dirs):
    env = chair_env(user_dirs)
    first = Terminal([sys.executable, "-m", "chair", "run"], env)
    try:
        first.wait_for("下一步".encode())
        first.send(PAGEDOWN)
        journals = list((user_dirs / "journals").glob("*.jsonl"))
        assert len(journals) == 1
        wait_for_event(journals[0], "step", step="s1")
        os.killpg(first.proc.pid, signal.SIGKILL)
        first.proc.wait(timeout=10)
    finally:
        first.close()

    again = Terminal([sys.executable, "-m", "chair", "run"], env)
    try:
        again.wait_for("是否续会".encode())
        again.send(b"y\r")
        wait_for_event(journals[0], "resume")
        again.wait_for("下一步".encode())
        assert again.quit() == 0
    finally:
        again.close()
    assert list((user_dirs / "journals").glob("*.jsonl")) == journals, "no second journal"
    assert events_of(journals[0])[-1]["type"] == "end"

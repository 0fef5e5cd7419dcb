"""A real `chair` process in a pseudo-terminal, and the journal it writes: the harness of the
crash and signal tests."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

from chair import paths
from chair.events import decode_all
from chair.journal import read_events
from chair.model import SpeakerCue, meeting_from_dict
from chair.script.load import load_meeting
from chair.session import Session

PAGEDOWN = b"\x1b[6~"


class Terminal:
    """A child process on a pty of a fixed size, its output collected by a thread."""

    def __init__(self, args: list[str], env: dict[str, str], size: tuple[int, int] = (100, 30)):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        self.proc = subprocess.Popen(
            args,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            close_fds=True,
            start_new_session=True,
        )
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.output.extend(data)

    def wait_for(self, needle: bytes, timeout: float = 30.0, since: int = 0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            at = self.output.find(needle, since)
            if at >= 0:
                return at
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        tail = bytes(self.output[-2000:]).decode("utf-8", "replace")
        raise AssertionError(f"{needle!r} never appeared; exit={self.proc.poll()}; tail={tail!r}")

    def send(self, data: bytes) -> int:
        """Type `data`; returns where the output stood before, to wait for what it causes."""
        mark = len(self.output)
        os.write(self.master, data)
        return mark

    def quit(self) -> int:
        """`q`, then `y` once the question is on screen: end the meeting; the exit code."""
        mark = self.send(b"q")
        self.wait_for("会议记录已实时保存到日志".encode(), since=mark)
        self.send(b"y")
        return self.proc.wait(timeout=20)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        os.close(self.master)


def chair_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(CHAIR_HOME=str(home), TERM="xterm-256color", COLUMNS="100", LINES="30")
    env.pop("NO_COLOR", None)
    return env


def events_of(journal: Path) -> list[dict]:
    events, _warnings = read_events(journal)
    return events


def wait_for_event(journal: Path, kind: str, timeout: float = 15.0, **match) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if journal.exists():
            for ev in reversed(events_of(journal)):
                if ev["type"] == kind and all(ev.get(k) == v for k, v in match.items()):
                    return ev
        time.sleep(0.05)
    raise AssertionError(f"no {kind} {match} event in {journal}")


def run_to_first_cue(journal: Path, env: dict[str, str]) -> tuple[Terminal, int]:
    """`chair run --journal JOURNAL` on the sample, paged down to its first speaker cue."""
    meeting = load_meeting(paths.sample_script())
    first_cue = next(i for i, s in enumerate(meeting.steps()) if isinstance(s, SpeakerCue))
    run = Terminal([sys.executable, "-m", "chair", "run", "--journal", str(journal)], env)
    run.wait_for("下一步".encode())
    target = f"s{first_cue}"
    # PageDown pages through a long passage before it moves on: press until the cue, each
    # press once the journal holds what the one before it did.
    for _ in range(8 * first_cue):
        events = events_of(journal) if journal.exists() else []
        if any(e.get("type") == "step" and e.get("step") == target for e in events):
            break
        run.send(PAGEDOWN)
        deadline = time.monotonic() + 15
        while len(events_of(journal) if journal.exists() else []) <= len(events):
            if time.monotonic() > deadline:
                raise AssertionError(f"PageDown wrote nothing to {journal}")
            time.sleep(0.02)
    wait_for_event(journal, "step", step=target)
    return run, first_cue


def replayed(journal: Path) -> tuple[list[dict], Session]:
    """The journal's events, and the session they rebuild as of its last event."""
    events = events_of(journal)
    session = Session.replay(
        meeting_from_dict(events[0]["meeting"]),
        decode_all(events, journal),
        clock=lambda: events[-1]["t"],
    )
    return events, session

"""How fast is chair, beside a bare Textual app measured the same way in the same run?

    python scripts/bench.py            # a readable table
    python scripts/bench.py --json     # one JSON object: every figure, its goal, the details
    python scripts/bench.py --quick    # few repetitions, small inputs (the test suite runs this)

This machine is noisy, so every figure that can have a baseline is a ratio of medians
taken side by side, in the same run, alternating chair and baseline. See
docs/performance.md for what each figure means and how it is taken.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import gc
import json
import os
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if (ROOT / "src").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

COLS, ROWS = 100, 30
PAGEDOWN = b"\x1b[6~"
KEY_GAP_S = 0.15
"""Between two keys of the step figure: faster than any presenter clicker (≥ 0.15 s)."""

GOALS: dict[str, tuple[str, float | None]] = {
    # figure: (comparison, goal); None = report only
    "startup_ratio": ("<=", 1.3),
    "check_ratio": ("<=", 1.5),
    "parse_1mb_ms": ("report", None),
    "parse_10mb_ratio": ("<=", 12.0),
    "step_p50_ratio": ("<=", 1.5),
    "step_p99_ms": ("<=", 50.0),
    "tick_cpu_ms": ("<=", 3.0),
    "timer_error_ms": ("<=", 100.0),
    "rss_ratio": ("<=", 1.35),
    "journal_ratio": ("<=", 2.0),
    "battery_ratio": ("<=", 1.5),
    "battery_overtime_ratio": ("<=", 1.5),
}
FIGURES = tuple(GOALS)


@dataclass
class Config:
    quick: bool
    startup_reps: int
    check_reps: int
    parse_reps: int
    step_rounds: int
    step_blocks: int
    tick_count: int
    timer_seconds: float
    journal_events: int
    journal_reps: int
    battery_seconds: float

    @classmethod
    def make(cls, quick: bool) -> Config:
        if quick:
            return cls(
                True,
                startup_reps=2,
                check_reps=2,
                parse_reps=1,
                step_rounds=1,
                step_blocks=1,
                tick_count=15,
                timer_seconds=2.5,
                journal_events=20,
                journal_reps=2,
                battery_seconds=3.0,
            )
        return cls(
            False,
            startup_reps=7,
            check_reps=7,
            parse_reps=3,
            step_rounds=4,
            step_blocks=2,
            tick_count=100,
            timer_seconds=9.0,
            journal_events=100,
            journal_reps=5,
            battery_seconds=60.0,
        )


@dataclass
class Result:
    value: float
    unit: str
    how: str
    detail: dict[str, Any] = field(default_factory=dict)


def med(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def spread(xs: Sequence[float]) -> list[float]:
    """[min, max] of a series: what the median hides."""
    return [round(min(xs), 4), round(max(xs), 4)] if xs else []


def pct(xs: Sequence[float], p: float) -> float:
    """The p-th percentile, nearest rank (p99 of 150 samples is the second largest)."""
    s = sorted(xs)
    if not s:
        return float("nan")
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def sample_path() -> Path:
    from chair.paths import sample_script

    return Path(sample_script())


def env_for(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CHAIR_HOME=str(home),
        TERM="xterm-256color",
        COLUMNS=str(COLS),
        LINES=str(ROWS),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p),
    )
    env.pop("NO_COLOR", None)
    env.pop("TEXTUAL", None)
    # As installed: Python keeps compiled bytecode. (A development shell may set
    # PYTHONDONTWRITEBYTECODE, which would recompile every chair module on every start
    # while Textual's own bytecode is in site-packages: not what a user runs.) The cache
    # goes to the bench's temporary directory, never into the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home.parent / "pycache")
    return env


def step_texts() -> tuple[list[str], list[str]]:
    """For every step of the sample: the text the screen shows and a marker found in its frame."""
    from chair.script.load import load_meeting
    from chair.session import MeetingClock, Session

    session = Session(load_meeting(sample_path()), clock=MeetingClock())
    texts, markers = [], []
    for ls in session.steps:
        text = ls.step.text if ls.is_cue else "".join(ls.sentences)
        texts.append(text)
        markers.append((ls.step.text if ls.is_cue else ls.sentences[0])[:6])
    return texts, markers


# ---------------------------------------------------------------- pseudo-terminal runs
class PtyProcess:
    """A command in its own pseudo-terminal of COLS×ROWS; its output is read as it comes."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.master = master
        self.out = bytearray()
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            start_new_session=True,
            close_fds=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)

    def read_until(
        self, markers: Sequence[bytes], since: int = 0, timeout: float = 10.0
    ) -> float | None:
        """Read until every marker has appeared after byte `since`; the time it took, or None."""
        deadline = time.perf_counter() + timeout
        while True:
            if all(m in self.out[since:] for m in markers):
                return time.perf_counter()
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.master], [], [], min(left, 0.5))
            if ready:
                try:
                    data = os.read(self.master, 1 << 16)
                except OSError:
                    return None
                if not data:
                    return None
                self.out += data

    def drain(self, quiet: float = 0.03) -> None:
        while select.select([self.master], [], [], quiet)[0]:
            try:
                data = os.read(self.master, 1 << 16)
            except OSError:
                return
            if not data:
                return
            self.out += data

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def peak_rss_kb(self) -> int:
        with open(f"/proc/{self.proc.pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        self.drain(0.0)
        os.close(self.master)


def pty_runs(cfg: Config, tmp: Path) -> tuple[Result, Result]:
    """startup_ratio and rss_ratio: chair run and the baseline app, alternating, in a pty."""
    from chair.script.load import load_meeting

    sample = sample_path()
    title = load_meeting(sample).title
    _, markers = step_texts()
    from chair.i18n import tr

    quit_label = tr("zh")["key.quit"]
    chair_done = [title[:8].encode(), quit_label.encode()]
    from bench_baseline_app import passages_of

    base_markers = [line[:6] for line in passages_of(str(sample))]
    base_done = [base_markers[0].encode()]
    env = env_for(tmp / "home")
    times: dict[str, list[float]] = {"chair": [], "baseline": []}
    cpu: dict[str, list[float]] = {"chair": [], "baseline": []}
    rss: dict[str, list[int]] = {"chair": [], "baseline": []}
    misses = 0
    for rep in range(-1, cfg.startup_reps):  # -1: untimed, writes the bytecode of both once
        for who in ("chair", "baseline"):
            if who == "chair":
                argv = [
                    sys.executable,
                    "-m",
                    "chair",
                    "run",
                    str(sample),
                    "--journal",
                    str(tmp / f"startup-{rep}.jsonl"),
                ]
                done = chair_done
            else:
                argv = [sys.executable, str(HERE / "bench_baseline_app.py"), str(sample)]
                done = base_done
            p = PtyProcess(argv, env, tmp)
            try:
                t1 = p.read_until(done, timeout=20)
                if t1 is None:
                    raise RuntimeError(f"{who} never drew its first frame:\n{p.out[-2000:]!r}")
                if rep < 0:
                    continue
                times[who].append(t1 - p.t0)
                cpu[who].append(cpu_seconds(p.proc.pid))
                # Walk the whole sample, each key waiting for the frame of the next step.
                walk = markers if who == "chair" else base_markers
                for i in range(1, len(markers)):
                    since = len(p.out)
                    want = [walk[i % len(walk)].encode()]
                    alike = walk[i % len(walk)] == walk[(i - 1) % len(walk)]
                    # chair's PageDown pages through a long passage first: a few presses
                    # (one for two steps alike: their frame differs only in the agenda).
                    for _ in range(8 if who == "chair" and not alike else 1):
                        p.send(PAGEDOWN)
                        if p.read_until(want, since, timeout=0.5 if who == "chair" else 2):
                            break
                    else:
                        misses += 1
                p.drain()
                rss[who].append(p.peak_rss_kb())
            finally:
                p.kill()
    ratios = [c / b for c, b in zip(times["chair"], times["baseline"], strict=True)]
    startup = Result(
        med(times["chair"]) / med(times["baseline"]),
        "×",
        "exec → first complete frame (title + footer) in a 100×30 pty, vs one Static + one Digits",
        {
            "chair_ms": round(med(times["chair"]) * 1000, 1),
            "baseline_ms": round(med(times["baseline"]) * 1000, 1),
            "chair_ms_spread": [round(x * 1000, 1) for x in spread(times["chair"])],
            "baseline_ms_spread": [round(x * 1000, 1) for x in spread(times["baseline"])],
            "ratio_spread": spread(ratios),
            "reps": cfg.startup_reps,
            # CPU time of the process once that frame is read: what a busy machine disturbs
            # least (wall times there double; CPU times move by a few per cent).
            "chair_cpu_ms": round(med(cpu["chair"]) * 1000, 1),
            "baseline_cpu_ms": round(med(cpu["baseline"]) * 1000, 1),
            "cpu_ratio": round(med(cpu["chair"]) / med(cpu["baseline"]), 3),
        },
    )
    rss_r = Result(
        med(rss["chair"]) / med(rss["baseline"]),
        "×",
        "peak RSS (VmHWM) after walking every step of the sample, vs the baseline app walked as far",
        {
            "chair_mb": round(med(rss["chair"]) / 1024, 1),
            "baseline_mb": round(med(rss["baseline"]) / 1024, 1),
            "ratio_spread": spread(
                [c / b for c, b in zip(rss["chair"], rss["baseline"], strict=True)]
            ),
            "steps": len(markers),
            "missed_frames": misses,
        },
    )
    return startup, rss_r


def cpu_seconds(pid: int) -> float:
    """CPU time of a process so far, all its threads: the scheduler's nanoseconds
    (/proc/PID/task/*/schedstat), else user + system in clock ticks (/proc/PID/stat, 10 ms)."""
    total, found = 0, False
    for task in Path(f"/proc/{pid}/task").glob("*/schedstat"):
        try:
            total += int(task.read_text().split()[0])
            found = True
        except (OSError, ValueError, IndexError):
            pass
    if found:
        return total / 1e9
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def battery_run(cfg: Config, tmp: Path) -> tuple[Result, Result]:
    """A laptop on battery through a long meeting: CPU over a window at a running speaker
    timer, and in overtime (blinking), vs the baseline app counting its Digits down once a
    second. The three run side by side, in their own ptys, over the same window."""
    from chair.i18n import tr

    strings = tr("zh")
    sample = sample_path()
    env = env_for(tmp / "home")
    cue_word = strings["speaker_unnamed"][:4].encode()  # only the speaker panel says it

    def chair(name: str, extra: list[str]) -> PtyProcess:
        argv = [
            sys.executable,
            "-m",
            "chair",
            "run",
            str(sample),
            "--journal",
            str(tmp / f"{name}.jsonl"),
            *extra,
        ]
        return PtyProcess(argv, env, tmp)

    def at_speakers(shown: dict[PtyProcess, str]) -> None:
        """Each chair walked to the first speaker cue, side by side, and its timer started."""
        for p in shown:
            if p.read_until([strings["key.quit"].encode()], timeout=20) is None:
                raise RuntimeError(f"chair never drew its first frame:\n{p.out[-2000:]!r}")
        walking = list(shown)
        for _ in range(60):  # PageDown (pages, then steps) to the first speaker cue
            if not walking:
                break
            since = {p: len(p.out) for p in walking}
            for p in walking:
                p.send(PAGEDOWN)
            for p in walking:
                p.read_until([b"\x1b"], since[p], timeout=0.4)  # the frame this key drew…
                p.drain(0.1)  # …and the one after it (the speaker panel comes with the header)
            walking = [p for p in walking if cue_word not in p.out[since[p] :]]
        if walking:
            raise RuntimeError("chair never reached a speaker cue")
        for p, text in shown.items():
            since_t = len(p.out)
            p.send(b"t")
            if p.read_until([text.encode()], since_t, timeout=10) is None:
                raise RuntimeError(f"the timer never showed {text!r}")

    # The three start together (a start-up each, not three one after another), and the two
    # chairs are walked to their speakers side by side.
    started = [chair("battery", []), chair("battery-over", ["--limit", "0.02"])]
    base = PtyProcess(
        [sys.executable, str(HERE / "bench_baseline_app.py"), str(sample), "--tick"], env, tmp
    )
    running, over = started
    try:
        at_speakers(
            {
                running: strings["remaining"].split("{")[0].strip(),
                over: strings["overtime_text"].split("{")[0].strip(),
            }
        )
    except BaseException:
        for p in (*started, base):
            p.kill()
        raise
    procs = {"chair": running, "overtime": over, "baseline": base}
    try:
        base.read_until([b"10"], timeout=20)
        time.sleep(1.0)  # every app settled into its steady state
        for p in procs.values():
            p.drain(0.0)
        c0 = {k: cpu_seconds(p.proc.pid) for k, p in procs.items()}
        end = time.perf_counter() + cfg.battery_seconds
        while time.perf_counter() < end:  # keep reading, as a terminal does
            for p in procs.values():
                p.drain(0.0)
            time.sleep(0.1)
        used = {k: cpu_seconds(p.proc.pid) - c0[k] for k, p in procs.items()}
    finally:
        for p in procs.values():
            p.kill()
    base_s = max(used["baseline"], 1e-3)
    detail = {
        "chair_cpu_s": round(used["chair"], 3),
        "overtime_cpu_s": round(used["overtime"], 3),
        "baseline_cpu_s": round(used["baseline"], 3),
        "window_s": cfg.battery_seconds,
    }
    return (
        Result(
            used["chair"] / base_s,
            "×",
            "CPU over the window with a speaker timer running, vs "
            "the bare app updating its Digits once a second",
            detail,
        ),
        Result(
            used["overtime"] / base_s,
            "×",
            "CPU over the same window in overtime, blinking, vs the same baseline",
            detail,
        ),
    )


# ---------------------------------------------------------------- whole processes
def check_run(cfg: Config, tmp: Path) -> Result:
    env = env_for(tmp / "home")
    sample = str(sample_path())
    cmds = {
        "chair": [sys.executable, "-m", "chair", "check", sample],
        "baseline": [sys.executable, "-c", "import rich.console, yaml"],
    }
    times: dict[str, list[float]] = {"chair": [], "baseline": []}
    for argv in cmds.values():  # warm the page cache and .pyc files once
        subprocess.run(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
        )
    for _ in range(cfg.check_reps):
        for who, argv in cmds.items():
            t0 = time.perf_counter()
            subprocess.run(
                argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
            )
            times[who].append(time.perf_counter() - t0)
    return Result(
        med(times["chair"]) / med(times["baseline"]),
        "×",
        "whole process `chair check SAMPLE` vs `python -c 'import rich.console, yaml'`",
        {
            "chair_ms": round(med(times["chair"]) * 1000, 1),
            "baseline_ms": round(med(times["baseline"]) * 1000, 1),
            "ratio_spread": spread(
                [c / b for c, b in zip(times["chair"], times["baseline"], strict=True)]
            ),
            "reps": cfg.check_reps,
        },
    )


# ---------------------------------------------------------------- parsing
_DIG = "零一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """1..999 in Chinese numerals (十二, 一百零五); larger numbers stay Arabic."""
    if not 0 < n < 1000:
        return str(n)
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = _DIG[h] + "百" if h else ""
    if t:
        out += ("" if t == 1 and not h else _DIG[t]) + "十"
    elif h and u:
        out += "零"
    return out + (_DIG[u] if u else "")


def big_script(nbytes: int) -> str:
    """The sample's opening, then its body repeated with the items renumbered on (第四项…)."""
    lines = sample_path().read_text(encoding="utf-8-sig").split("\n")
    start = next(i for i, line in enumerate(lines) if "第一项" in line)
    head = "\n".join(lines[:start]) + "\n"
    body = "\n".join(lines[start:]) + "\n"
    per_copy = len(set(re.findall(r"第([一二三四五六七八九十]+)项", body)))
    parts, size, k = [head], len(head.encode()), 0
    while size < nbytes:
        offset = k * per_copy
        copy = re.sub(
            r"第([一二三四五六七八九十]+)项",
            lambda m, o=offset: (
                f"第{cn_numeral(o + '一二三四五六七八九十'.index(m.group(1)) + 1)}项"
            ),
            body,
        )
        parts.append(copy)
        size += len(copy.encode())
        k += 1
    return "".join(parts)


def parse_run(cfg: Config, tmp: Path) -> tuple[Result, Result]:
    """Decoding and parsing, in process, as load_meeting() does for a text file (the file
    size limit of `chair run` is not what is measured, so the bytes are handed over)."""
    from chair.script.decode import decode_bytes
    from chair.script.parse import parse

    # A quick run parses a tenth of the sizes: the same ratio, for the tests' sake.
    scale = 0.1 if cfg.quick else 1.0
    data = {mb: big_script(int(mb * scale * 1024 * 1024)).encode("utf-8") for mb in (1, 10)}
    times: dict[int, list[float]] = {1: [], 10: []}
    items: dict[int, int] = {}
    for _ in range(cfg.parse_reps):
        for mb in (1, 10):
            gc.collect()
            t0 = time.perf_counter()
            meeting = parse(
                decode_bytes(data[mb], f"script-{mb}mb.txt"), source=f"script-{mb}mb.txt"
            )
            times[mb].append(time.perf_counter() - t0)
            items[mb] = len(meeting.items)
    one = Result(
        med(times[1]) * 1000,
        "ms",
        "decode + parse of a 1 MB script (sample repeated, items renumbered)",
        {
            "spread_ms": [round(x * 1000, 1) for x in spread(times[1])],
            "items": items[1],
            "reps": cfg.parse_reps,
        },
    )
    ten = Result(
        med(times[10]) / med(times[1]),
        "×",
        "10 MB parse time / 1 MB parse time (linear: 10)",
        {
            "parse_10mb_ms": round(med(times[10]) * 1000, 1),
            "sizes_mb": [round(scale, 2), round(10 * scale, 2)],
            "spread_ms": [round(x * 1000, 1) for x in spread(times[10])],
            "items": items[10],
        },
    )
    return one, ten


# ---------------------------------------------------------------- in-process app runs
class Frames:
    """Every frame the app writes, with the time it was written (the display hook)."""

    current: Frames | None = None

    def __init__(self) -> None:
        self.waiting: tuple[Callable[[str], bool], asyncio.Future[float]] | None = None
        self.on_frame: Callable[[float, str], None] | None = None
        self.count = 0

    def write(self, data: str) -> None:
        t = time.perf_counter()
        self.count += 1
        if self.on_frame is not None:
            self.on_frame(t, data)
        if self.waiting is not None:
            test, fut = self.waiting
            if not fut.done() and test(data):
                fut.set_result(t)
                self.waiting = None

    def expect(self, test: Callable[[str], bool]) -> asyncio.Future[float]:
        fut: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting = (test, fut)
        return fut


def recording_driver() -> type:
    """A headless driver that is not headless: the app renders every frame to a string, as it
    would for a terminal, and `write` hands it to `Frames.current` with its time."""
    from textual.drivers.headless_driver import HeadlessDriver

    class RecordingDriver(HeadlessDriver):
        @property
        def is_headless(self) -> bool:
            return False

        def write(self, data: str) -> None:
            if Frames.current is not None:
                Frames.current.write(data)

    return RecordingDriver


def make_chair_app(home: Path, name: str, clock: Any = None) -> Any:
    """The app as `chair run` builds it: sample, session, journal (fsynced on every step)."""
    from chair.live_meeting import LiveMeeting
    from chair.script.load import load_meeting, script_sha256
    from chair.tui.app import make_app

    sample = sample_path()
    live = LiveMeeting.start(
        load_meeting(sample),
        home / f"{name}.jsonl",
        script=sample,
        sha256=script_sha256(sample),
        lang="zh",
        speed=200.0,
        clock=clock,
    )
    app = make_app(live.session, lang="zh", journal=live.journal)
    app.driver_class = recording_driver()
    return app, live.session, live.journal


async def _settle(seconds: float = 0.05) -> None:
    await asyncio.sleep(seconds)


Expect = Callable[[], "tuple[str | None, bool] | None"]
"""Before a key: the marker of the frame it brings (None: the first frame after it) and
whether that frame differs only a little; None when the walk is over."""


def walk_markers(markers: list[str]) -> Callable[[], Expect]:
    """An `Expect` per round that walks `markers` from the second on (the baseline's steps)."""

    def start() -> Expect:
        it = iter(range(1, len(markers)))

        def expect() -> tuple[str | None, bool] | None:
            i = next(it, None)
            if i is None:
                return None
            return markers[i], markers[i] == markers[i - 1]

        return expect

    return start


def chair_markers(app: Any, session: Any) -> Callable[[], Expect]:
    """An `Expect` for chair's PageDown: a page of a long passage (the first frame after the
    key), else the next step, found by its marker — until the last step."""
    from chair.tui.widgets.teleprompter import Teleprompter

    def marker(ls: Any) -> str:
        return str(ls.step.text if ls.is_cue else ls.sentences[0])[:6]

    def start() -> Expect:
        def expect() -> tuple[str | None, bool] | None:
            if session.at_last_step:
                return None
            if not session.current.is_cue:
                prompter = app.meeting_screen.query_one(Teleprompter)
                if prompter.page_down_target() is not None:
                    return None, True
            nxt = marker(session.steps[session.index + 1])
            return nxt, nxt == marker(session.current)

        return expect

    return start


async def _step_block(
    app: Any, walk: Callable[[], Expect], rounds: int, reset: Callable[[], None], out: list[float]
) -> int:
    """Press pagedown through every step, `rounds` times; the key → frame latencies into `out`."""
    from textual import events

    frames = Frames.current
    assert frames is not None
    misses = 0
    gc.collect()
    async with app.run_test(headless=False, size=(COLS, ROWS)):
        await _settle(0.3)
        for _ in range(rounds):
            reset()
            await _settle(0.1)
            expect = walk()
            while (nxt := expect()) is not None:
                marker, alike = nxt
                if marker is None or alike:
                    # Two steps alike (请*发言 twice): the screen redraws only what differs
                    # (the agenda's ▸); a page of a long passage: its one frame. The first
                    # frame after the key is the one.
                    fut = frames.expect(lambda data: True)
                else:
                    fut = frames.expect(lambda data, m=marker: m in data)
                key = events.Key("pagedown", None)
                key.set_sender(app)
                t0 = time.perf_counter()
                app._driver.send_message(key)
                try:
                    t1 = await asyncio.wait_for(fut, 2.0)
                except TimeoutError:
                    misses += 1
                    continue
                out.append(t1 - t0)
                await _settle(KEY_GAP_S)  # the next key comes as from a fast clicker
    return misses


def step_run(cfg: Config, tmp: Path) -> tuple[Result, Result]:
    from bench_baseline_app import BaselineApp

    texts, markers = step_texts()
    chair_lat: list[float] = []
    base_lat: list[float] = []
    misses = {"chair": 0, "baseline": 0}
    for block in range(cfg.step_blocks):
        Frames.current = Frames()
        app, session, journal = make_chair_app(tmp, f"steps-{block}")

        def reset_chair(app=app, session=session) -> None:
            session.jump_to(0)
            app.meeting_screen.refresh_view()

        try:
            misses["chair"] += asyncio.run(
                _step_block(
                    app, chair_markers(app, session), cfg.step_rounds, reset_chair, chair_lat
                )
            )
        finally:
            journal.close()
        Frames.current = Frames()
        base = BaselineApp(texts)
        base.driver_class = recording_driver()

        def reset_base(base=base) -> None:
            base.index = 0
            base.show(texts[0])

        misses["baseline"] += asyncio.run(
            _step_block(base, walk_markers(markers), cfg.step_rounds, reset_base, base_lat)
        )
        Frames.current = None
    p50 = Result(
        med(chair_lat) / med(base_lat),
        "×",
        "pagedown → first frame showing the next page or step (driver write), the whole "
        "sample, vs a bare Static updated with each passage",
        {
            "chair_p50_ms": round(med(chair_lat) * 1000, 2),
            "baseline_p50_ms": round(med(base_lat) * 1000, 2),
            "chair_p90_ms": round(pct(chair_lat, 90) * 1000, 2),
            "baseline_p99_ms": round(pct(base_lat, 99) * 1000, 2),
            "samples": len(chair_lat),
            "baseline_samples": len(base_lat),
            "missed_frames": misses,
        },
    )
    p99 = Result(
        pct(chair_lat, 99) * 1000,
        "ms",
        "99th percentile of the same key → frame latencies",
        {"max_ms": round(max(chair_lat) * 1000, 2) if chair_lat else None},
    )
    return p50, p99


def tick_run(cfg: Config, tmp: Path) -> Result:
    """CPU per tick at a timed speaker: the screen's tick path and the frames it causes."""
    from chair.session import MeetingClock
    from chair.tui.screens.meeting_screen import MeetingScreen

    # Meeting time moves 0.2 s per tick and only then, as at 5 ticks a second: the digits
    # change on every fifth tick, whatever the speed of this machine.
    fake_mono = [1000.0]
    clock = MeetingClock(mono=lambda: fake_mono[0])
    Frames.current = Frames()
    app, session, journal = make_chair_app(tmp, "ticks", clock)
    counted = [0]
    original = MeetingScreen.tick

    def tick(self: MeetingScreen) -> None:
        counted[0] += 1
        original(self)

    async def run() -> tuple[float, int, int]:
        async with app.run_test(headless=False, size=(COLS, ROWS)):
            await _settle(0.3)
            cue = next(i for i, ls in enumerate(session.steps) if ls.is_cue)
            session.jump_to(cue)
            session.toggle_timer()
            app.meeting_screen.refresh_view()
            await _settle(0.2)
            MeetingScreen.tick = tick  # type: ignore[method-assign]
            screen = app.meeting_screen
            frames0 = Frames.current.count
            gc.collect()
            c0 = time.process_time()
            for _ in range(cfg.tick_count):
                fake_mono[0] += 0.2
                screen.tick()
                await _settle(0.02)  # the frame it causes is drawn within this
            cpu = time.process_time() - c0
            return cpu, counted[0], Frames.current.count - frames0

    try:
        cpu, ticks, frames = asyncio.run(run())
    finally:
        MeetingScreen.tick = original  # type: ignore[method-assign]
        journal.close()
        Frames.current = None
    return Result(
        cpu / ticks * 1000,
        "ms",
        "process CPU time per tick at a running speaker timer, frames included",
        {"ticks": ticks, "frames": frames, "cpu_ms_total": round(cpu * 1000, 1)},
    )


def timer_run(cfg: Config, tmp: Path) -> Result:
    """Shown remaining time vs the truth while the loop stalls 250 ms every 2 s."""
    from chair.i18n import tr

    strings = tr("zh")
    pattern = re.compile(re.escape(strings("remaining", time="@")).replace("@", r"(\d\d):(\d\d)"))
    Frames.current = Frames()
    app, session, journal = make_chair_app(tmp, "timer")
    seen: list[tuple[float, int]] = []  # (time written, seconds shown)
    stalls: list[tuple[float, float]] = []
    start: list[float] = []

    def on_frame(t: float, data: str) -> None:
        m = pattern.search(data)
        if m and start:
            seen.append((t, int(m.group(1)) * 60 + int(m.group(2))))

    def stall() -> None:
        t = time.perf_counter()
        time.sleep(0.25)
        stalls.append((t, time.perf_counter()))

    async def run() -> int:
        async with app.run_test(headless=False, size=(COLS, ROWS)):
            await _settle(0.3)
            cue = next(i for i, ls in enumerate(session.steps) if ls.is_cue)
            session.jump_to(cue)
            app.meeting_screen.refresh_view()
            await _settle(0.1)
            Frames.current.on_frame = on_frame
            app.set_interval(2.0, stall)
            limit = session.current.step.limit_s
            t_a = time.perf_counter()
            session.toggle_timer()
            t_b = time.perf_counter()
            start.append((t_a + t_b) / 2)
            app.meeting_screen.refresh_view()
            await asyncio.sleep(cfg.timer_seconds)
            return limit

    try:
        limit = asyncio.run(run())
    finally:
        journal.close()
        Frames.current = None
    t_start = start[0]
    errors, lags = [], []
    prev = None
    for t, shown in seen:
        truth = limit - (t - t_start)
        # `MM:SS` counts down by whole seconds: shown s is right while s-1 < truth <= s.
        err = (
            0.0 if shown - 1 < truth <= shown else min(abs(truth - shown), abs(truth - (shown - 1)))
        )
        errors.append(err)
        if prev is not None and shown == prev - 1:
            lags.append(t - (t_start + (limit - shown)))  # how late after the true change
        prev = shown
    half = len(lags) // 2
    drift = (med(lags[half:]) - med(lags[:half])) if half else 0.0
    return Result(
        max(errors) * 1000 if errors else float("nan"),
        "ms",
        "worst distance of the truth from the shown MM:SS, at every frame written, "
        "loop stalled 250 ms every 2 s",
        {
            "frames": len(seen),
            "stalls": len(stalls),
            "seconds": cfg.timer_seconds,
            "lag_p50_ms": round(med(lags) * 1000, 1) if lags else None,
            "lag_max_ms": round(max(lags) * 1000, 1) if lags else None,
            "drift_ms": round(drift * 1000, 1),
        },
    )


# ---------------------------------------------------------------- journal
def journal_run(cfg: Config, tmp: Path) -> Result:
    from chair.events import Moved, to_record
    from chair.journal import Journal, encode

    event = Moved(step="s12", sentence=0, t=123.456, wall="2024-11-20T09:32:10+08:00")
    line = encode(to_record(event))
    chair_t: list[float] = []
    base_t: list[float] = []
    for rep in range(cfg.journal_reps):
        journal = Journal.create(tmp / f"journal-{rep}.jsonl", {"title": "bench", "t": 0.0})
        fd = os.open(tmp / f"bare-{rep}.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            for _ in range(cfg.journal_events):  # alternate, so both see the same disk
                t0 = time.perf_counter()
                journal.append(to_record(event))  # what LiveMeeting.record does
                t1 = time.perf_counter()
                os.write(fd, line)
                os.fsync(fd)
                t2 = time.perf_counter()
                chair_t.append(t1 - t0)
                base_t.append(t2 - t1)
        finally:
            journal.close()
            os.close(fd)
    return Result(
        med(chair_t) / med(base_t),
        "×",
        "LiveMeeting.record (to_record, encode, write, fsync) vs os.write + os.fsync "
        "of the same bytes",
        {
            "chair_us": round(med(chair_t) * 1e6, 1),
            "baseline_us": round(med(base_t) * 1e6, 1),
            "chair_us_spread": [round(x * 1e6) for x in spread(chair_t)],
            "samples": len(chair_t),
        },
    )


# ---------------------------------------------------------------- report
def judge(name: str, value: float) -> bool | None:
    op, goal = GOALS[name]
    if goal is None:
        return None
    return value == value and value <= goal


RUNS: dict[str, tuple[tuple[str, ...], Callable[[Config, Path], Any]]] = {
    # In this order: the in-process apps before the parse figure, whose 10 MB of objects
    # would otherwise make this process's garbage collections slower than any real chair's.
    "startup": (("startup_ratio", "rss_ratio"), pty_runs),
    "check": (("check_ratio",), check_run),
    "step": (("step_p50_ratio", "step_p99_ms"), step_run),
    "tick": (("tick_cpu_ms",), tick_run),
    "timer": (("timer_error_ms",), timer_run),
    "parse": (("parse_1mb_ms", "parse_10mb_ratio"), parse_run),
    "journal": (("journal_ratio",), journal_run),
    "battery": (("battery_ratio", "battery_overtime_ratio"), battery_run),
}
"""The bench's runs, each giving one or two figures (`--only` picks some)."""


def run_all(cfg: Config, only: Sequence[str] = ()) -> dict[str, Result]:
    tmp = Path(tempfile.mkdtemp(prefix="chair-bench-"))
    (tmp / "home").mkdir()
    os.environ["CHAIR_HOME"] = str(tmp / "home")
    try:
        res: dict[str, Result] = {}
        for name, (figures, run) in RUNS.items():
            if only and name not in only:
                continue
            got = run(cfg, tmp)
            results = got if isinstance(got, tuple) else (got,)
            res.update(zip(figures, results, strict=True))
        return {k: res[k] for k in FIGURES if k in res}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def as_json(results: dict[str, Result], cfg: Config, seconds: float) -> dict[str, Any]:
    out: dict[str, Any] = {name: round(r.value, 3) for name, r in results.items()}
    out["goals"] = {
        name: (f"{op} {goal:g}" if goal is not None else "report")
        for name, (op, goal) in GOALS.items()
        if name in results
    }
    out["met"] = {name: judge(name, r.value) for name, r in results.items()}
    out["all_met"] = all(v is not False for v in out["met"].values())
    out["details"] = {
        name: {"unit": r.unit, "how": r.how, **r.detail} for name, r in results.items()
    }
    out["run"] = {
        "quick": cfg.quick,
        "seconds": round(seconds, 1),
        "python": sys.version.split()[0],
        "textual": _version("textual"),
        "cpus": os.cpu_count(),
    }
    return out


def _version(dist: str) -> str:
    from importlib.metadata import version

    try:
        return version(dist)
    except Exception:
        return "?"


def table(results: dict[str, Result]) -> str:
    rows = [("figure", "value", "goal", "met", "baseline / detail")]
    for name, r in results.items():
        op, goal = GOALS[name]
        ok = judge(name, r.value)
        d = r.detail
        if "chair_cpu_ms" in d:
            extra = (
                f"chair {d['chair_ms']} ms / baseline {d['baseline_ms']} ms "
                f"(CPU {d['chair_cpu_ms']} / {d['baseline_cpu_ms']} ms: {d['cpu_ratio']:.2f}×)"
            )
        elif "chair_ms" in d:
            extra = f"chair {d['chair_ms']} ms / baseline {d['baseline_ms']} ms"
        elif "chair_p50_ms" in d:
            extra = f"chair {d['chair_p50_ms']} ms / baseline {d['baseline_p50_ms']} ms (p50)"
        elif "chair_mb" in d:
            extra = f"chair {d['chair_mb']} MB / baseline {d['baseline_mb']} MB"
        elif "chair_us" in d:
            extra = f"chair {d['chair_us']} µs / baseline {d['baseline_us']} µs"
        elif "parse_10mb_ms" in d:
            extra = f"10 MB in {d['parse_10mb_ms']} ms"
        elif "baseline_cpu_s" in d:
            extra = (
                f"chair {d['chair_cpu_s']} s, overtime {d['overtime_cpu_s']} s / "
                f"baseline {d['baseline_cpu_s']} s CPU in {d['window_s']:g} s"
            )
        elif "lag_p50_ms" in d:
            extra = f"display lag p50 {d['lag_p50_ms']} ms, drift {d['drift_ms']} ms"
        else:
            extra = ""
        value = f"{r.value:.2f}" + ("×" if r.unit == "×" else f" {r.unit}")
        rows.append(
            (
                name,
                value,
                f"{op} {goal:g}" if goal is not None else "report",
                "—" if ok is None else ("yes" if ok else "NO"),
                extra,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="few repetitions, a tenth of the parse sizes (for the tests)",
    )
    ap.add_argument(
        "--only",
        metavar="RUN",
        action="append",
        choices=list(RUNS),
        default=[],
        help=f"only this run (repeatable): {', '.join(RUNS)}",
    )
    ap.add_argument(
        "--battery-seconds", type=float, metavar="S", help="the battery window (default 60)"
    )
    args = ap.parse_args(argv)
    cfg = Config.make(args.quick)
    if args.battery_seconds:
        cfg.battery_seconds = args.battery_seconds
    t0 = time.perf_counter()
    results = run_all(cfg, args.only)
    seconds = time.perf_counter() - t0
    if args.json:
        print(json.dumps(as_json(results, cfg, seconds), ensure_ascii=False, indent=2))
    else:
        print(table(results))
        print(
            f"\n{'quick' if cfg.quick else 'full'} run, {seconds:.0f} s; "
            f"`python scripts/bench.py --json` for every detail"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

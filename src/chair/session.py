"""The live meeting: position, speakers, timers, notes. Pure: no Textual, no I/O, no clock of its own.

Every change is an *event* (a plain dict). A command builds the event, hands it to the
`sink` (the journal, which has it on disk before returning) and only then applies it, so
the screen never shows what the journal does not hold. `apply()` is the only place state
changes, which makes replaying a journal rebuild exactly the state that wrote it.

Time is *meeting time*: seconds since the meeting started, from an injected clock that is
monotonic within a process (`MeetingClock`). A resumed meeting bridges the gap between two
processes with the wall clock once, at the `resume` event; timers never read the wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from chair.model import (
    DEFAULT_LIMIT_S,
    DEFAULT_SPEED,
    Item,
    Meeting,
    Passage,
    SpeakerCue,
    Step,
    count_chars,
    reading_seconds,
)
from chair.text import split_sentences

Event = dict[str, Any]
Phase = Literal["idle", "normal", "warning", "final", "overtime", "paused", "done"]

WARNING_S = 120
"""Seconds left when the timer turns to its warning phase (2:00)."""
FINAL_S = 30
"""Seconds left when the timer turns to its final phase (0:30)."""

MIN_SPEED, MAX_SPEED = 60.0, 600.0

MAX_T = 1e8
"""No meeting time is larger (three years): a bigger `t` in a journal is damage."""

TIMER_ACTIONS = ("start", "pause", "resume", "stop")


class BadEvent(ValueError):
    """An event that cannot be applied: a damaged or foreign journal line."""


REPLAY_ERRORS = (KeyError, TypeError, ValueError, IndexError, OverflowError, AttributeError)
"""What `Session.apply` raises for a damaged event; callers name the journal line."""


def _number(ev: Event, key: str, *, low: float = 0.0, high: float = MAX_T) -> None:
    value = ev[key]
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not low <= value <= high:  # NaN fails both comparisons
        raise BadEvent(f"{key!r} must be a number from {low:g} to {high:g}, not {value!r}")


def _text(ev: Event, key: str, *, optional: bool = False) -> None:
    value = ev.get(key) if optional else ev[key]
    if not (isinstance(value, str) or (optional and value is None)):
        raise BadEvent(f"{key!r} must be text, not {value!r}")


def check_event(ev: Event) -> None:
    """Refuse an event whose fields have the wrong type, before it changes anything.

    Raises `BadEvent` (a ValueError) or KeyError for a missing field. Unknown kinds pass.
    """
    if not isinstance(ev, dict) or not isinstance(ev.get("type"), str):
        raise BadEvent(f"an event is an object with a text \"type\", not {ev!r:.60}")
    kind = ev["type"]
    if "t" in ev:
        _number(ev, "t")
    if kind == "step":
        _text(ev, "step")
        if "sentence" in ev:
            _number(ev, "sentence", high=1e9)
    elif kind == "timer":
        _text(ev, "cue")
        if ev["action"] not in TIMER_ACTIONS:
            raise BadEvent(f"unknown timer action {ev['action']!r}")
    elif kind == "name":
        _text(ev, "cue")
        _text(ev, "name")
    elif kind == "extra":
        _text(ev, "after")
        _text(ev, "cue")
        _text(ev, "name", optional=True)
        _number(ev, "limit_s", low=1, high=24 * 3600)
    elif kind == "note":
        _text(ev, "text")
    elif kind == "skip":
        _text(ev, "cue")
    elif kind == "auto":
        if not isinstance(ev["on"], bool):
            raise BadEvent(f"'on' must be true or false, not {ev['on']!r}")
    elif kind == "speed":
        _number(ev, "cpm", low=1, high=10_000)
    elif kind == "meeting":
        if ev.get("speed") is not None:
            _number(ev, "speed", low=0, high=10_000)
    elif kind == "resume":
        if ev.get("lost") is not None:
            _number(ev, "lost")


class MeetingClock:
    """Meeting time from a monotonic source: `offset + (mono() - mono at creation)`."""

    def __init__(self, offset: float = 0.0, mono: Callable[[], float] = time.monotonic):
        self._mono = mono
        self._base = mono()
        self.offset = offset

    def __call__(self) -> float:
        return self.offset + (self._mono() - self._base)


@dataclass
class LiveStep:
    """A step as the session walks it: a script step or a speaker added live."""

    id: str
    """`s<N>` for the N-th step of the script, `x<N>` for the N-th extra speaker."""
    step: Step
    item: int | None
    """Index into `meeting.items`, or None for the opening and the closing."""
    sentences: list[str]

    @property
    def is_cue(self) -> bool:
        return isinstance(self.step, SpeakerCue)


@dataclass
class Timer:
    """A speaker's clock: spoken time accumulates while running; nothing ticks."""

    limit_s: int
    spoken_before: float = 0.0
    running_since: float | None = None
    started_at: float | None = None
    stopped_at: float | None = None

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def spoken(self, now: float) -> float:
        if self.running_since is None:
            return self.spoken_before
        return self.spoken_before + max(0.0, now - self.running_since)

    def remaining(self, now: float) -> float:
        """Seconds left; negative once in overtime."""
        return self.limit_s - self.spoken(now)

    def phase(self, now: float) -> Phase:
        if self.started_at is None:
            return "idle"
        left = self.remaining(now)
        if left < 0:
            return "overtime"
        if not self.running:
            return "done" if self.stopped_at is not None else "paused"
        if left <= FINAL_S:
            return "final"
        if left <= WARNING_S:
            return "warning"
        return "normal"


@dataclass
class SpeakerRecord:
    """What the minutes say of one speaker: who, when, for how long."""

    cue_id: str
    name: str | None
    limit_s: int
    item: int | None
    extra: bool
    timer: Timer
    skipped: bool = False
    """Rehearsal: the cue was skipped and counts at its limit."""
    interrupted: bool = False
    """The chair's process died while this speaker's timer ran (it kept running in the room)."""

    def spoken(self, now: float) -> float:
        if self.skipped and self.timer.started_at is None:
            return float(self.limit_s)
        return self.timer.spoken(now)

    def overtime(self, now: float) -> float:
        return max(0.0, self.spoken(now) - self.limit_s)


@dataclass
class Note:
    t: float
    text: str


@dataclass
class Interruption:
    """A gap between the last event of one process and the resume of the next."""

    t_lost: float
    t_resumed: float


@dataclass
class ItemSpan:
    start: float | None = None
    end: float | None = None


@dataclass
class LogEntry:
    kind: Literal["speaker", "note"]
    ref: str | int
    """The cue id of a speaker, or the index into `notes`."""


def format_clock(seconds: float) -> str:
    """`MM:SS` for a countdown, `+MM:SS` in overtime (negative input). Never rounds up early."""
    if seconds < 0:
        s = int(-seconds)  # overtime counts up from +00:00
        return f"+{s // 60:02d}:{s % 60:02d}"
    import math

    s = math.ceil(seconds - 1e-9)
    return f"{s // 60:02d}:{s % 60:02d}"


def format_duration(seconds: float) -> str:
    """`H:MM:SS` or `MM:SS` for elapsed and spoken times."""
    s = int(round(max(0.0, seconds)))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


class Session:
    """The state of one meeting, changed only by events."""

    def __init__(
        self,
        meeting: Meeting,
        *,
        clock: Callable[[], float],
        start_wall: datetime | None = None,
        sink: Callable[[Event], Any] | None = None,
        mode: str = "run",
        speed: float = DEFAULT_SPEED,
        default_limit_s: int = DEFAULT_LIMIT_S,
    ):
        self.meeting = meeting
        self.clock = clock
        self.start_wall = start_wall or datetime.now().astimezone()
        self.sink = sink
        self.mode = mode
        self.speed = float(speed)
        self.default_limit_s = default_limit_s
        owners = meeting.item_of_steps()
        self.steps: list[LiveStep] = [
            LiveStep(f"s{i}", s, owners[i], _sentences(s)) for i, s in enumerate(meeting.steps())
        ]
        self.index = 0
        self.sentence = 0
        self.names: dict[str, str] = {}
        self.speakers: dict[str, SpeakerRecord] = {}
        self.log: list[LogEntry] = []
        self.notes: list[Note] = []
        self.items: list[ItemSpan] = [ItemSpan() for _ in meeting.items]
        self.interruptions: list[Interruption] = []
        self.step_time: dict[str, float] = {}
        """Seconds spent on each step (rehearsal measures reading with this)."""
        self.sentence_time: dict[tuple[str, int], float] = {}
        self.visited: set[str] = set()
        self.auto = False
        self.started = False
        self.ended = False
        self.last_t = 0.0
        self._pos_t = 0.0
        """Meeting time at which the current position was reached."""
        self._auto_t = 0.0
        """Meeting time at which auto-advance was switched on."""
        self._extras = 0

    # ------------------------------------------------------------------ queries
    @property
    def current(self) -> LiveStep:
        return self.steps[self.index]

    @property
    def current_item(self) -> Item | None:
        i = self.current.item
        return self.meeting.items[i] if i is not None else None

    @property
    def at_last_step(self) -> bool:
        return self.index == len(self.steps) - 1

    @property
    def at_end(self) -> bool:
        return self.at_last_step and self.sentence >= len(self.current.sentences) - 1

    def now(self) -> float:
        return self.clock()

    def wall_at(self, t: float) -> datetime:
        return self.start_wall + timedelta(seconds=t)

    def name_of(self, cue_id: str) -> str | None:
        if cue_id in self.names:
            return self.names[cue_id]
        step = self.step_by_id(cue_id)
        return step.step.name if step and isinstance(step.step, SpeakerCue) else None

    def step_by_id(self, step_id: str) -> LiveStep | None:
        for s in self.steps:
            if s.id == step_id:
                return s
        return None

    def index_of(self, step_id: str) -> int:
        for i, s in enumerate(self.steps):
            if s.id == step_id:
                return i
        raise KeyError(step_id)

    def timer(self, cue_id: str | None = None) -> Timer | None:
        """The timer of a cue (the current one by default), if it was ever started."""
        cue_id = cue_id or self.current.id
        rec = self.speakers.get(cue_id)
        return rec.timer if rec else None

    def limit_of(self, cue_id: str) -> int:
        step = self.step_by_id(cue_id)
        if step and isinstance(step.step, SpeakerCue):
            return step.step.limit_s
        return self.default_limit_s

    def remaining(self, cue_id: str | None = None) -> float:
        cue_id = cue_id or self.current.id
        t = self.timer(cue_id)
        return t.remaining(self.now()) if t else float(self.limit_of(cue_id))

    def phase(self, cue_id: str | None = None) -> Phase:
        t = self.timer(cue_id)
        return t.phase(self.now()) if t else "idle"

    def running_cue(self) -> str | None:
        for cue_id, rec in self.speakers.items():
            if rec.timer.running:
                return cue_id
        return None

    def item_state(self, i: int) -> Literal["done", "now", "todo"]:
        if self.current.item == i:
            return "now"
        span = self.items[i]
        return "done" if span.start is not None else "todo"

    def remaining_forecast(self) -> float:
        """Seconds still to go: the reading left at the speed, speakers left at their limits."""
        now = self.now()
        chars = 0
        speaking = 0.0
        for i in range(self.index, len(self.steps)):
            ls = self.steps[i]
            if ls.is_cue:
                rec = self.speakers.get(ls.id)
                if rec is None:
                    speaking += ls.step.limit_s  # type: ignore[union-attr]
                elif rec.timer.running:
                    speaking += max(0.0, rec.timer.remaining(now))
                continue
            sents = ls.sentences[self.sentence:] if i == self.index else ls.sentences
            chars += sum(count_chars(s) for s in sents)
        return reading_seconds(chars, self.speed) + speaking

    def forecast_end(self) -> datetime:
        return self.wall_at(self.now() + self.remaining_forecast())

    def auto_due(self) -> bool:
        """Auto-advance: the current sentence has had its reading time at the speed."""
        if not self.auto or self.current.is_cue or self.ended:
            return False
        sents = self.current.sentences
        chars = count_chars(sents[self.sentence]) if sents else 0
        since = max(self._pos_t, self._auto_t)
        return self.now() - since >= max(1.0, reading_seconds(chars, self.speed))

    # ------------------------------------------------------------------ commands
    def start(self, header: Event | None = None) -> None:
        """The first event of a meeting: the journal header (given) and the first position."""
        self.started = True
        if header is not None:
            self._emit(header)
        self._emit({"type": "step", "step": self.current.id, "sentence": 0})

    def resume(self, **info: Any) -> None:
        self._emit({"type": "resume", **info})

    def next_sentence(self) -> None:
        if self.sentence < len(self.current.sentences) - 1:
            self._move(self.index, self.sentence + 1)
        else:
            self.next_step()

    def prev_sentence(self) -> None:
        if self.sentence > 0:
            self._move(self.index, self.sentence - 1)
        elif self.index > 0:
            prev = self.steps[self.index - 1]
            self._move(self.index - 1, max(0, len(prev.sentences) - 1))

    def next_step(self) -> None:
        if self.index < len(self.steps) - 1:
            self._move(self.index + 1, 0)

    def prev_step(self) -> None:
        if self.sentence > 0 and not self.current.is_cue:
            self._move(self.index, 0)
        elif self.index > 0:
            self._move(self.index - 1, 0)

    def jump_to_item(self, item: int) -> None:
        for i, s in enumerate(self.steps):
            if s.item == item:
                self._move(i, 0)
                return

    def jump_to(self, index: int, sentence: int = 0) -> None:
        if 0 <= index < len(self.steps):
            self._move(index, sentence)

    def toggle_timer(self) -> None:
        """`t`: start, pause or resume the timer of the current speaker cue."""
        if not self.current.is_cue:
            return
        cue = self.current.id
        rec = self.speakers.get(cue)
        if rec is None or rec.timer.started_at is None:
            action = "start"
        elif rec.timer.running:
            action = "pause"
        else:
            action = "resume"
        self._emit({"type": "timer", "cue": cue, "action": action})

    def stop_timer(self, cue_id: str | None = None) -> None:
        cue_id = cue_id or self.current.id
        rec = self.speakers.get(cue_id)
        if rec is not None and rec.timer.started_at is not None and rec.timer.stopped_at is None:
            self._emit({"type": "timer", "cue": cue_id, "action": "stop"})

    def set_name(self, name: str, cue_id: str | None = None) -> None:
        cue_id = cue_id or self.current.id
        step = self.step_by_id(cue_id)
        if step is None or not step.is_cue:
            return
        name = name.strip()
        if name and name != self.name_of(cue_id):
            self._emit({"type": "name", "cue": cue_id, "name": name})

    def add_extra(self, name: str | None = None, limit_s: int | None = None) -> str:
        """`i`: a speaker not in the script (临时发言), after the current step."""
        cue = f"x{self._extras + 1}"
        if limit_s is None:
            limit_s = self._item_limit(self.current.item)
        self._emit({"type": "extra", "after": self.current.id, "cue": cue,
                    "name": (name or "").strip() or None, "limit_s": int(limit_s)})
        return cue

    def add_note(self, text: str) -> None:
        text = text.strip()
        if text:
            self._emit({"type": "note", "text": text})

    def skip_cue(self) -> None:
        """Rehearsal `f`: count the current cue at its limit and move on."""
        if not self.current.is_cue:
            return
        rec = self.speakers.get(self.current.id)
        if rec is None or rec.timer.started_at is None:
            self._emit({"type": "skip", "cue": self.current.id})
        self.next_step()

    def set_auto(self, on: bool) -> None:
        if on != self.auto:
            self._emit({"type": "auto", "on": bool(on)})

    def set_speed(self, cpm: float) -> None:
        cpm = min(MAX_SPEED, max(MIN_SPEED, float(cpm)))
        if cpm != self.speed:
            self._emit({"type": "speed", "cpm": cpm})

    def end(self) -> None:
        if not self.ended:
            for cue_id in list(self.speakers):
                self.stop_timer(cue_id)
            self._emit({"type": "end"})

    def interrupted(self, signal_name: str) -> None:
        self._emit({"type": "interrupted", "signal": signal_name})

    # ------------------------------------------------------------------ events
    def _emit(self, event: Event) -> None:
        t = max(self.now(), self.last_t)
        event.setdefault("t", round(t, 3))
        event.setdefault("wall", self.wall_at(event["t"]).isoformat(timespec="seconds"))
        if self.sink is not None:
            self.sink(event)
        self.apply(event)

    def _move(self, index: int, sentence: int) -> None:
        target = self.steps[index]
        sentence = max(0, min(sentence, len(target.sentences) - 1))
        if (index, sentence) == (self.index, self.sentence):
            return
        if index != self.index and self.current.is_cue:
            # Leaving a cue ends that speaker's turn, running or paused.
            self.stop_timer(self.current.id)
        self._emit({"type": "step", "step": target.id, "sentence": sentence})

    def apply(self, ev: Event) -> None:
        """Change the state by one event. Replaying a journal calls only this.

        A damaged event raises `BadEvent` or KeyError and changes nothing.
        """
        check_event(ev)
        kind = ev["type"]
        t = float(ev.get("t", self.last_t))
        self.last_t = max(self.last_t, t)
        if kind == "meeting":
            self.started = True
            if "speed" in ev and ev["speed"]:
                self.speed = float(ev["speed"])
        elif kind == "step":
            index = self.index_of(ev["step"])
            self._account(t)
            self._leave_item(index, t)
            self.index = index
            self.sentence = min(int(ev.get("sentence", 0)), max(0, len(self.current.sentences) - 1))
            self.visited.add(self.current.id)
            item = self.current.item
            if item is not None and self.items[item].start is None:
                self.items[item].start = t
            if item is not None:
                self.items[item].end = None
        elif kind == "timer":
            self._timer_event(ev["cue"], ev["action"], t)
        elif kind == "name":
            self.names[ev["cue"]] = ev["name"]
            rec = self.speakers.get(ev["cue"])
            if rec is not None:
                rec.name = ev["name"]
        elif kind == "extra":
            if self.step_by_id(ev["cue"]) is not None:
                raise BadEvent(f"extra speaker {ev['cue']!r} added twice")
            at = self.index_of(ev["after"])
            owner = self.steps[at].item
            cue = SpeakerCue(text="临时发言", line=0, name=ev.get("name"),
                             limit_s=int(ev["limit_s"]), extra=True)
            self.steps.insert(at + 1, LiveStep(ev["cue"], cue, owner, [cue.text]))
            self._extras += 1
            if ev.get("name"):
                self.names[ev["cue"]] = ev["name"]
        elif kind == "note":
            self.notes.append(Note(t, ev["text"]))
            self.log.append(LogEntry("note", len(self.notes) - 1))
        elif kind == "skip":
            rec = self._record(ev["cue"])
            rec.skipped = True
        elif kind == "auto":
            self.auto = bool(ev["on"])
            self._auto_t = t
        elif kind == "speed":
            self.speed = float(ev["cpm"])
        elif kind == "resume":
            self.interruptions.append(Interruption(float(ev.get("lost", t)), t))
            self.auto = False
            running = self.running_cue()
            if running:
                self.speakers[running].interrupted = True
        elif kind == "interrupted":
            pass
        elif kind == "end":
            self._account(t)
            self._leave_item(None, t)
            for rec in self.speakers.values():
                if rec.timer.running:
                    self._timer_event(rec.cue_id, "stop", t)
            self.ended = True
        # Unknown kinds are kept in the journal and ignored here (newer writers).

    def _account(self, t: float) -> None:
        """Add the time spent at the position being left to its step and sentence."""
        if self.started and self.steps:
            spent = max(0.0, t - self._pos_t)
            sid = self.current.id
            self.step_time[sid] = self.step_time.get(sid, 0.0) + spent
            key = (sid, self.sentence)
            self.sentence_time[key] = self.sentence_time.get(key, 0.0) + spent
        self._pos_t = t

    def _leave_item(self, new_index: int | None, t: float) -> None:
        old = self.current.item
        new = self.steps[new_index].item if new_index is not None else None
        if old is not None and old != new and self.items[old].start is not None:
            self.items[old].end = t

    def _record(self, cue_id: str) -> SpeakerRecord:
        rec = self.speakers.get(cue_id)
        if rec is None:
            step = self.step_by_id(cue_id)
            cue = step.step if step else None
            limit = cue.limit_s if isinstance(cue, SpeakerCue) else self.default_limit_s
            rec = SpeakerRecord(
                cue_id=cue_id,
                name=self.name_of(cue_id),
                limit_s=limit,
                item=step.item if step else None,
                extra=bool(isinstance(cue, SpeakerCue) and cue.extra),
                timer=Timer(limit),
            )
            self.speakers[cue_id] = rec
            self.log.append(LogEntry("speaker", cue_id))
        return rec

    def _timer_event(self, cue_id: str, action: str, t: float) -> None:
        rec = self._record(cue_id)
        timer = rec.timer
        if action == "start":
            timer.started_at = t
            timer.running_since = t
            timer.stopped_at = None
            rec.skipped = False
        elif action == "resume":
            if timer.running_since is None:
                timer.running_since = t
            timer.stopped_at = None
        elif action in ("pause", "stop"):
            if timer.running_since is not None:
                timer.spoken_before += max(0.0, t - timer.running_since)
                timer.running_since = None
            if action == "stop":
                timer.stopped_at = t

    def _item_limit(self, item: int | None) -> int:
        if item is not None:
            cues = self.meeting.items[item].speakers
            if cues:
                return cues[0].limit_s
        return self.default_limit_s

    # ------------------------------------------------------------------ replay
    @classmethod
    def replay(cls, meeting: Meeting, events: list[Event], *, clock: Callable[[], float],
               start_wall: datetime | None = None, sink: Callable[[Event], Any] | None = None,
               **kwargs: Any) -> Session:
        """Rebuild the session a journal describes. The sink is attached after the replay."""
        session = cls(meeting, clock=clock, start_wall=start_wall, **kwargs)
        for ev in events:
            session.apply(ev)
        session.sink = sink
        return session

    def snapshot(self) -> dict[str, Any]:
        """The whole observable state, for comparing a live session with its replay."""
        now = self.last_t
        return {
            "steps": [s.id for s in self.steps],
            "index": self.index,
            "sentence": self.sentence,
            "names": dict(self.names),
            "speakers": {
                k: (r.name, r.limit_s, r.extra, r.skipped, r.interrupted,
                    round(r.timer.spoken(now), 3), r.timer.running, r.timer.started_at,
                    r.timer.stopped_at)
                for k, r in self.speakers.items()
            },
            "log": [(e.kind, e.ref) for e in self.log],
            "notes": [(n.t, n.text) for n in self.notes],
            "items": [(s.start, s.end) for s in self.items],
            "auto": self.auto,
            "speed": self.speed,
            "ended": self.ended,
            "step_time": {k: round(v, 3) for k, v in self.step_time.items()},
        }


def _sentences(step: Step) -> list[str]:
    if isinstance(step, Passage):
        return split_sentences(step.text) or [step.text]
    return [step.text]

"""The live meeting: position, speakers, timers, notes. Pure: no Textual, no I/O, no clock of its own.

Every change is an *event* (`chair.events`, one frozen dataclass per kind). A command builds the event, hands it to the
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
from dataclasses import replace
from datetime import datetime, timedelta
from functools import singledispatchmethod
from typing import Any, Literal

from chair.dataclass_lite import dataclass
from chair.events import (
    Absence,
    AttendanceTaken,
    AutoAdvance,
    BreakTaken,
    CueSkipped,
    DecisionMade,
    Ended,
    Event,
    ExtraSpeaker,
    Heartbeat,
    Interrupted,
    Left,
    LimitSet,
    MeetingHeader,
    MessageSent,
    Moved,
    Named,
    NoteTaken,
    Resumed,
    SpeedChanged,
    TimerAction,
    UnknownEvent,
    VoteTaken,
)
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
from chair.procedure import VoteRule, fill_quorum, is_quorum_sentence, vote_passes
from chair.speeds import KEYED_MAX_CPM, KEYED_MIN_CPM
from chair.text import split_sentences

Phase = Literal["idle", "normal", "warning", "final", "overtime", "paused", "done"]

HEARTBEAT_S = 5.0
"""How often a running meeting writes a `heartbeat`: a crash is dated within this."""
EXTRA_MINUTE_S = 60
"""What `e` adds to the current speaker's limit."""
STOCK_MESSAGES = ("请抓紧时间", "还有2分钟", "请结束发言")
"""Messages to the speaker the chair picks with one key (free text besides)."""

WARNING_S = 120
"""Seconds left when the timer turns to its warning phase (2:00)."""
FINAL_S = 30
"""Seconds left when the timer turns to its final phase (0:30)."""


class BadEvent(ValueError):
    """A well-formed event that does not fit this meeting (a step id its agenda lacks)."""


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
    item: int | None = None
    """Index into `meeting.items` current when the note was taken."""
    cue: str | None = None
    """The speaker cue current (or still timed) when the note was taken."""


@dataclass
class Interruption:
    """A gap between the last event of one process and the resume of the next."""

    t_lost: float
    t_resumed: float
    kind: Literal["crash", "left", "signal"] = "crash"
    """`left`: the chair left to resume later; `signal`: stopped by SIGTERM/SIGHUP; `crash`:
    the process died without a word (dated from its last event, a heartbeat at most)."""


@dataclass
class Decision:
    """决定事项: a decision recorded under an item (None outside any item)."""

    t: float
    text: str
    item: int | None


@dataclass
class Vote:
    """表决: the counts and whether it carried, under an item."""

    t: float
    item: int | None
    subject: str | None
    yes: int
    no: int
    abstain: int
    unanimous: bool
    passed: bool
    rule: VoteRule
    present: int | None
    """实到 when the vote was taken (the figure the rule counted against)."""


@dataclass
class BreakSpan:
    """休会: the meeting paused in place from `start` to `end` (None while it lasts)."""

    start: float
    end: float | None = None
    cue: str | None = None
    """The speaker whose running timer the break paused (resumed when it ends)."""


@dataclass
class LimitChange:
    """A speaker's limit changed live (延时)."""

    t: float
    cue: str
    old_s: int
    new_s: int


@dataclass
class ItemSpan:
    start: float | None = None
    end: float | None = None


@dataclass
class LogEntry:
    kind: Literal["speaker", "note"]
    ref: str | int
    """The cue id of a speaker, or the index into `notes`."""


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
        # The script's title is shown in the header, never read: it is no step. Ids keep the
        # script's numbering, so a journal that moved to the title moves to what follows it.
        self.steps: list[LiveStep] = []
        self._titles: set[str] = set()
        for i, step in enumerate(meeting.steps()):
            if isinstance(step, Passage) and step.kind == "title":
                self._titles.add(f"s{i}")
            else:
                self.steps.append(LiveStep(f"s{i}", step, owners[i], _sentences(step)))
        if not self.steps:  # a script of a title alone: the title is all there is to show
            self._titles.clear()
            self.steps = [
                LiveStep(f"s{i}", s, owners[i], _sentences(s))
                for i, s in enumerate(meeting.steps())
            ]
        self.index = 0
        self.sentence = 0
        self.names: dict[str, str] = {}
        self.speakers: dict[str, SpeakerRecord] = {}
        self.log: list[LogEntry] = []
        self.notes: list[Note] = []
        self.items: list[ItemSpan] = [ItemSpan() for _ in meeting.items]
        self.interruptions: list[Interruption] = []
        self.attendance: AttendanceTaken | None = None
        """The latest 签到 (attendance) event, or None before one."""
        self.decisions: list[Decision] = []
        self.votes: list[Vote] = []
        self.breaks: list[BreakSpan] = []
        self.limits: dict[str, int] = {}
        """Limits set live, by cue id (they override the script's)."""
        self.limit_changes: list[LimitChange] = []
        self.message: str | None = None
        """The message shown on the speaker's display, if any."""
        self._away: Literal["crash", "left", "signal"] = "crash"
        """How the process before the next `resume` went away."""
        self.leaves: list[float] = []
        """Meeting times at which the chair left the meeting to resume it later."""
        self._paused_cue: str | None = None
        """The cue a `timer pause` just paused, when that was the last event applied."""
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

    @property
    def on_break(self) -> bool:
        return bool(self.breaks) and self.breaks[-1].end is None

    def limit_of(self, cue_id: str) -> int:
        if cue_id in self.limits:
            return self.limits[cue_id]
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
                    speaking += self.limit_of(ls.id)
                elif rec.timer.stopped_at is None and not rec.skipped:
                    # Running or paused: the speaker still has the floor; a pause does
                    # not make the rest of their time vanish from the forecast.
                    speaking += max(0.0, rec.timer.remaining(now))
                continue
            sents = ls.sentences[self.sentence :] if i == self.index else ls.sentences
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
    def start(self) -> None:
        """The meeting begins at its first position (the journal holds its header already)."""
        self.started = True
        self._emit(Moved(step=self.current.id, sentence=0))

    def resume(self, *, lost: float, pid: int | None = None) -> None:
        self._emit(Resumed(lost=lost, pid=pid))

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
            self._emit(TimerAction(cue=cue, action="start"))
        elif rec.timer.running:
            self._emit(TimerAction(cue=cue, action="pause"))
        else:
            self._emit(TimerAction(cue=cue, action="resume"))

    def stop_timer(self, cue_id: str | None = None) -> None:
        cue_id = cue_id or self.current.id
        rec = self.speakers.get(cue_id)
        if rec is not None and rec.timer.started_at is not None and rec.timer.stopped_at is None:
            self._emit(TimerAction(cue=cue_id, action="stop"))

    def set_name(self, name: str, cue_id: str | None = None) -> None:
        cue_id = cue_id or self.current.id
        step = self.step_by_id(cue_id)
        if step is None or not step.is_cue:
            return
        name = name.strip()
        if name and name != self.name_of(cue_id):
            self._emit(Named(cue=cue_id, name=name))

    def add_extra(self, name: str | None = None, limit_s: int | None = None) -> str:
        """`i`: a speaker not in the script (临时发言), after the current step."""
        cue = f"x{self._extras + 1}"
        if limit_s is None:
            limit_s = self._item_limit(self.current.item)
        self._emit(
            ExtraSpeaker(
                after=self.current.id,
                cue=cue,
                name=(name or "").strip() or None,
                limit_s=int(limit_s),
            )
        )
        return cue

    def add_note(self, text: str) -> None:
        """`n`: a note under the current item and the speaker current (or still timed)."""
        text = text.strip()
        if text:
            cue = self.current.id if self.current.is_cue else self.running_cue()
            self._emit(NoteTaken(text=text, item=self.current.item, cue=cue))

    @property
    def present(self) -> int | None:
        """实到 from the latest attendance, or None before one."""
        return self.attendance.present if self.attendance is not None else None

    def take_attendance(
        self,
        *,
        expected: int | None,
        present: int | None,
        absent: list[Absence] | tuple[Absence, ...] = (),
        observers: list[str] | tuple[str, ...] = (),
        attendees: list[str] | tuple[str, ...] = (),
    ) -> None:
        """`c`: 签到. A later attendance replaces an earlier one."""
        _check_counts(expected, present)
        self._emit(
            AttendanceTaken(
                expected=expected,
                present=present,
                absent=tuple(absent),
                observers=tuple(observers),
                attendees=tuple(attendees),
            )
        )

    def record_decision(self, text: str) -> None:
        """`d`: a decision (决定事项) under the current item."""
        text = text.strip()
        if text:
            self._emit(DecisionMade(text=text, item=self.current.item))

    def record_vote(
        self,
        yes: int,
        no: int = 0,
        abstain: int = 0,
        *,
        unanimous: bool = False,
        subject: str | None = None,
        rule: VoteRule = "majority",
    ) -> bool:
        """`v`: a vote (表决) under the current item; whether it carried against 实到.

        全体通过 with no counts given counts every one present as 同意."""
        if unanimous:
            yes = max(yes, self.present or 0)
            no = abstain = 0
        _check_counts(yes, no, abstain)
        passed = vote_passes(yes, no, abstain, self.present, rule, unanimous)
        self._emit(
            VoteTaken(
                item=self.current.item,
                subject=(subject or "").strip() or None,
                yes=yes,
                no=no,
                abstain=abstain,
                unanimous=unanimous,
                passed=passed,
                rule=rule,
            )
        )
        return passed

    def skip_cue(self) -> None:
        """Rehearsal `f`: count the current cue at its limit and move on."""
        if not self.current.is_cue:
            return
        rec = self.speakers.get(self.current.id)
        if rec is None or rec.timer.started_at is None:
            self._emit(CueSkipped(cue=self.current.id))
        self.next_step()

    def set_auto(self, on: bool) -> None:
        if on != self.auto:
            self._emit(AutoAdvance(on=bool(on)))

    def set_speed(self, cpm: float) -> None:
        cpm = min(KEYED_MAX_CPM, max(KEYED_MIN_CPM, float(cpm)))
        if cpm != self.speed:
            self._emit(SpeedChanged(cpm=cpm))

    def end(self) -> None:
        if not self.ended:
            for cue_id in list(self.speakers):
                self.stop_timer(cue_id)
            self._emit(Ended())

    def interrupted(self, signal_name: str) -> None:
        self._emit(Interrupted(signal=signal_name))

    def take_break(self) -> None:
        """`p`: 休会. A running speaker timer is paused first (its own `timer` event)."""
        if self.on_break or self.ended:
            return
        running = self.running_cue()
        if running is not None:
            self._emit(TimerAction(cue=running, action="pause"))
        self._emit(BreakTaken(on=True))

    def end_break(self) -> None:
        """`p` again: 继续. The timer the break paused runs again, if its cue is still here."""
        if not self.on_break:
            return
        cue = self.breaks[-1].cue
        self._emit(BreakTaken(on=False))
        if cue is not None and cue == self.current.id:
            rec = self.speakers.get(cue)
            if rec is not None and not rec.timer.running and rec.timer.stopped_at is None:
                self._emit(TimerAction(cue=cue, action="resume"))

    def leave(self) -> None:
        """The chair leaves to resume later: running timers pause, the journal says when."""
        if self.ended:
            return
        running = self.running_cue()
        if running is not None:
            self._emit(TimerAction(cue=running, action="pause"))
        self._emit(Left())

    def heartbeat(self) -> None:
        """Alive: after a crash the interruption is dated from the last of these."""
        if self.started and not self.ended:
            self._emit(Heartbeat())

    def add_minute(self, cue_id: str | None = None) -> None:
        """`e`: one more minute for the current speaker, recorded."""
        cue_id = cue_id or self.current.id
        step = self.step_by_id(cue_id)
        if step is None or not step.is_cue:
            return
        self.set_limit(self.limit_of(cue_id) + EXTRA_MINUTE_S, cue_id)

    def set_limit(self, limit_s: int, cue_id: str | None = None) -> None:
        cue_id = cue_id or self.current.id
        step = self.step_by_id(cue_id)
        limit_s = max(1, min(24 * 3600, int(limit_s)))
        if step is not None and step.is_cue and limit_s != self.limit_of(cue_id):
            self._emit(LimitSet(cue=cue_id, limit_s=limit_s))

    def send_message(self, text: str | None) -> None:
        """A message to the speaker's display (None or blank clears it)."""
        text = (text or "").strip() or None
        if text != self.message:
            self._emit(MessageSent(text=text))

    # ------------------------------------------------------------------ events
    def _emit(self, event: Event) -> None:
        """Stamp the event with its time, hand it to the sink (the journal), then apply it."""
        t = round(max(self.now(), self.last_t), 3)
        event = replace(event, t=t, wall=self.wall_at(t).isoformat(timespec="seconds"))
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
        self._emit(Moved(step=target.id, sentence=sentence))

    def apply(self, event: Event) -> None:
        """Change the state by one event. Replaying a journal calls only this.

        The event is well-formed (`chair.events.decode` checked it); one that does not fit
        this meeting (a step id its agenda lacks) raises `BadEvent` and changes nothing.
        """
        t = self.last_t if event.t is None else event.t
        paused = self._paused_cue
        self._paused_cue = None
        if isinstance(event, BreakTaken):
            self._paused_cue = paused  # the pause written just before the break belongs to it
        self._on(event, t)
        if isinstance(event, TimerAction) and event.action == "pause":
            self._paused_cue = event.cue
        elif isinstance(event, BreakTaken):
            self._paused_cue = None
        self.last_t = max(self.last_t, t)

    @singledispatchmethod
    def _on(self, event: Event, t: float) -> None:
        raise TypeError(f"no handler for {type(event).__name__}")  # a new kind without one

    @_on.register(UnknownEvent)
    def _on_unknown(self, event: UnknownEvent, t: float) -> None:
        """A kind of a newer writer: kept in the journal, ignored here."""

    @_on.register(MeetingHeader)
    def _on_header(self, event: MeetingHeader, t: float) -> None:
        self.started = True
        if event.speed:
            self.speed = float(event.speed)

    @_on.register(Moved)
    def _on_moved(self, event: Moved, t: float) -> None:
        index = self._index(event.step)
        self._account(t)
        self._leave_item(index, t)
        self.index = index
        self.sentence = min(event.sentence, max(0, len(self.current.sentences) - 1))
        self.visited.add(self.current.id)
        item = self.current.item
        if item is not None and self.items[item].start is None:
            self.items[item].start = t
        if item is not None:
            self.items[item].end = None

    @_on.register(TimerAction)
    def _on_timer(self, event: TimerAction, t: float) -> None:
        self._timer_event(event.cue, event.action, t)

    @_on.register(Named)
    def _on_named(self, event: Named, t: float) -> None:
        self.names[event.cue] = event.name
        rec = self.speakers.get(event.cue)
        if rec is not None:
            rec.name = event.name

    @_on.register(ExtraSpeaker)
    def _on_extra(self, event: ExtraSpeaker, t: float) -> None:
        if self.step_by_id(event.cue) is not None:
            raise BadEvent(f"extra speaker {event.cue!r} added twice")
        at = self._index(event.after)
        owner = self.steps[at].item
        cue = SpeakerCue(
            text="临时发言", line=0, name=event.name, limit_s=event.limit_s, extra=True
        )
        self.steps.insert(at + 1, LiveStep(event.cue, cue, owner, [cue.text]))
        self._extras += 1
        if event.name:
            self.names[event.cue] = event.name

    @_on.register(NoteTaken)
    def _on_note(self, event: NoteTaken, t: float) -> None:
        self.notes.append(Note(t, event.text, self._item_index(event.item), event.cue))
        self.log.append(LogEntry("note", len(self.notes) - 1))

    @_on.register(AttendanceTaken)
    def _on_attendance(self, event: AttendanceTaken, t: float) -> None:
        self.attendance = event
        for ls in self.steps:  # the quorum sentence shows the figures (实到委员30人)
            if isinstance(ls.step, Passage) and is_quorum_sentence(ls.step.text):
                ls.sentences = [fill_quorum(s, event) for s in _sentences(ls.step)]

    @_on.register(DecisionMade)
    def _on_decision(self, event: DecisionMade, t: float) -> None:
        self.decisions.append(Decision(t, event.text, self._item_index(event.item)))

    @_on.register(VoteTaken)
    def _on_vote(self, event: VoteTaken, t: float) -> None:
        self.votes.append(
            Vote(
                t,
                self._item_index(event.item),
                event.subject,
                event.yes,
                event.no,
                event.abstain,
                event.unanimous,
                event.passed,
                event.rule,
                self.present,
            )
        )

    @_on.register(BreakTaken)
    def _on_break(self, event: BreakTaken, t: float) -> None:
        if event.on and not self.on_break:
            self.breaks.append(BreakSpan(t, cue=self._paused_cue))
            self.auto = False
        elif not event.on and self.on_break:
            self.breaks[-1].end = t

    @_on.register(Left)
    def _on_left(self, event: Left, t: float) -> None:
        self.leaves.append(t)
        self._away = "left"
        self.auto = False

    @_on.register(Heartbeat)
    def _on_heartbeat(self, event: Heartbeat, t: float) -> None:
        """Only a date: a crash after it is dated from it."""

    @_on.register(LimitSet)
    def _on_limit(self, event: LimitSet, t: float) -> None:
        step = self.step_by_id(event.cue)
        if step is None or not step.is_cue:
            raise BadEvent(f"no speaker cue {event.cue!r} in this meeting")
        old = self.limit_of(event.cue)
        self.limits[event.cue] = event.limit_s
        self.limit_changes.append(LimitChange(t, event.cue, old, event.limit_s))
        rec = self.speakers.get(event.cue)
        if rec is not None:
            rec.limit_s = event.limit_s
            rec.timer.limit_s = event.limit_s

    @_on.register(MessageSent)
    def _on_message(self, event: MessageSent, t: float) -> None:
        self.message = event.text

    @_on.register(CueSkipped)
    def _on_skip(self, event: CueSkipped, t: float) -> None:
        self._record(event.cue).skipped = True

    @_on.register(AutoAdvance)
    def _on_auto(self, event: AutoAdvance, t: float) -> None:
        self.auto = event.on
        self._auto_t = t

    @_on.register(SpeedChanged)
    def _on_speed(self, event: SpeedChanged, t: float) -> None:
        self.speed = event.cpm

    @_on.register(Resumed)
    def _on_resumed(self, event: Resumed, t: float) -> None:
        lost = self.last_t if event.lost is None else event.lost
        self.interruptions.append(Interruption(lost, t, self._away))
        self._away = "crash"
        self.auto = False
        running = self.running_cue()
        if running:
            self.speakers[running].interrupted = True

    @_on.register(Interrupted)
    def _on_interrupted(self, event: Interrupted, t: float) -> None:
        """Only a record: the `resume` that follows (if any) marks the gap."""
        self._away = "signal"

    @_on.register(Ended)
    def _on_ended(self, event: Ended, t: float) -> None:
        self._account(t)
        self._leave_item(None, t)
        for rec in self.speakers.values():
            if rec.timer.running:
                self._timer_event(rec.cue_id, "stop", t)
        if self.breaks and self.breaks[-1].end is None:
            self.breaks[-1].end = t
        self.ended = True

    def _item_index(self, item: int | None) -> int | None:
        if item is not None and not 0 <= item < len(self.meeting.items):
            raise BadEvent(f"no item {item} in this meeting")
        return item

    def _index(self, step_id: str) -> int:
        for i, s in enumerate(self.steps):
            if s.id == step_id:
                return i
        if step_id in self._titles:  # a journal of a version that showed the title as a step
            n = int(step_id[1:])
            later = [
                i for i, s in enumerate(self.steps) if s.id.startswith("s") and int(s.id[1:]) > n
            ]
            if later:
                return later[0]
        raise BadEvent(f"no step {step_id!r} in this meeting")

    def _step(self, step_id: str) -> LiveStep:
        return self.steps[self._index(step_id)]

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
            limit = self.limit_of(cue_id)
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
    def replay(
        cls,
        meeting: Meeting,
        events: list[Event],
        *,
        clock: Callable[[], float],
        start_wall: datetime | None = None,
        sink: Callable[[Event], Any] | None = None,
        **kwargs: Any,
    ) -> Session:
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
                k: (
                    r.name,
                    r.limit_s,
                    r.extra,
                    r.skipped,
                    r.interrupted,
                    round(r.timer.spoken(now), 3),
                    r.timer.running,
                    r.timer.started_at,
                    r.timer.stopped_at,
                )
                for k, r in self.speakers.items()
            },
            "log": [(e.kind, e.ref) for e in self.log],
            "notes": [(n.t, n.text, n.item, n.cue) for n in self.notes],
            "attendance": self.attendance,
            "decisions": [(d.t, d.text, d.item) for d in self.decisions],
            "votes": [
                (
                    v.t,
                    v.item,
                    v.subject,
                    v.yes,
                    v.no,
                    v.abstain,
                    v.unanimous,
                    v.passed,
                    v.rule,
                    v.present,
                )
                for v in self.votes
            ],
            "sentences": [list(s.sentences) for s in self.steps],
            "items": [(s.start, s.end) for s in self.items],
            "auto": self.auto,
            "speed": self.speed,
            "ended": self.ended,
            "step_time": {k: round(v, 3) for k, v in self.step_time.items()},
            "breaks": [(b.start, b.end, b.cue) for b in self.breaks],
            "leaves": list(self.leaves),
            "limits": dict(self.limits),
            "limit_changes": [(c.t, c.cue, c.old_s, c.new_s) for c in self.limit_changes],
            "message": self.message,
        }


MAX_COUNT = 1_000_000
"""The largest head count or vote count a journal takes (`chair.events` bounds it)."""


def _check_counts(*counts: int | None) -> None:
    """A count the journal could not read back is refused before it is written."""
    for n in counts:
        if n is not None and not 0 <= n <= MAX_COUNT:
            raise ValueError(f"a count must be from 0 to {MAX_COUNT}, not {n}")


def _sentences(step: Step) -> list[str]:
    if isinstance(step, Passage):
        return split_sentences(step.text) or [step.text]
    return [step.text]

"""Fuzzing what tests/test_parse_properties.py and tests/test_journal.py do not: the agenda YAML
loader on YAML-shaped garbage, the decoder on BOMs and magic numbers glued to text, and journal
replay (`chair resume`, `chair export`) on arbitrary journal-like event lists. Each either works
or raises ChairError; bounded example counts keep the suite fast."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chair.errors import ChairError
from chair.events import MeetingHeader, decode_all
from chair.minutes import build_minutes, render_markdown
from chair.model import meeting_to_dict
from chair.replay import replay_journal
from chair.script import agenda
from chair.script.decode import decode_bytes
from chair.script.parse import parse
from tests.conftest import small_meeting

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ------------------------------------------------------------------------------ YAML

YAML_BITS = [
    "title: 会议\n",
    "title:\n",
    "title: ''\n",
    "items:\n",
    "  - number: 1\n",
    "  - number: x\n",
    "    title: 学习\n",
    "    steps:\n",
    "      - 学习文件。\n",
    "      - speaker: 张三\n",
    "        limit: 5\n",
    "        limit: -1\n",
    "        limit: '10:00'\n",
    "      - direction: 掌声\n",
    "opening: [同志们：]\n",
    "closing:\n",
    "  - 散会\n",
    "limit: 1e9\n",
    "roster: [a, b]\n",
    "roster: 5\n",
    "a: &x [1]\n",
    "b: *x\n",
    "\t- tab\n",
    "- list\n",
    "? [k]\n: v\n",
    "chair: {a: 1}\n",
    "date: 2026-11-26\n",
    "unknown: 1\n",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "!!binary aGk=\n",
    "title: !!python/name:os.system\n",
    "{",
    "[",
    "'",
    '"',
    "#",
    ":",
    "\n",
]
yaml_text = st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=6)), max_size=25).map(
    "".join
)


def _load_with(loader_factory: Any, text: str) -> Any:
    """`agenda.load` with a chosen loader: the meeting's steps, or the error message."""
    saved = agenda._loader
    agenda._loader = loader_factory
    try:
        meeting = agenda.load(text, "x.yaml")
    except ChairError as exc:
        assert exc.path == "x.yaml"
        return ("error", exc.line is not None)
    finally:
        agenda._loader = saved
    return ("ok", [(type(s).__name__, s.text, s.line) for s in meeting.steps()])


@SETTINGS
@given(yaml_text)
def test_yaml_loader_works_or_names_the_file(text: str) -> None:
    fast = _load_with(agenda._loader, text)
    if yaml.__with_libyaml__:
        # libyaml and the pure-Python loader accept the same files, with the same steps.
        slow = _load_with(agenda._Loader, text)
        assert (fast[0] == "error") == (slow[0] == "error"), (fast, slow)
        assert fast[0] == "error" or fast == slow


# ------------------------------------------------------------------------------ decoder

PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\x89PNG",
    b"PK\x03\x04",
    b"%PDF-1.4",
    b"{\\rtf1",
    b"\x1f\x8b",
]


@SETTINGS
@given(
    st.sampled_from(PREFIXES),
    st.text(max_size=60),
    st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-16-be", "latin-1"]),
    st.binary(max_size=8),
)
def test_decoder_on_boms_and_magic_then_parse(
    prefix: bytes, text: str, enc: str, tail: bytes
) -> None:
    try:
        body = text.encode(enc)
    except UnicodeEncodeError:
        body = text.encode("utf-8")
    try:
        decoded = decode_bytes(prefix + body + tail, "x.txt")
    except ChairError as exc:
        assert exc.path == "x.txt" and "\n" not in exc.message
        return
    assert "\r" not in decoded and decoded.strip()
    n_lines = decoded.count("\n") + 1
    for step in parse(decoded, source="x.txt").steps():
        assert step.text.strip() and 1 <= step.line <= n_lines, step


# ------------------------------------------------------------------------------ journal replay

HEADER = {
    "type": "meeting",
    "version": 1,
    "title": "测试会议主持词",
    "mode": "run",
    "lang": "zh",
    "speed": 200,
    "start_wall": "2026-11-26T09:00:00+08:00",
    "meeting": meeting_to_dict(small_meeting()),
    "t": 0.0,
}
STEP_IDS = [f"s{i}" for i in range(8)] + ["x1", "x2", "s99", ""]
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)
event = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("step"), "step": st.sampled_from(STEP_IDS)},
        optional={"sentence": st.one_of(st.integers(-2, 50), anything)},
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("timer"),
            "cue": st.sampled_from(STEP_IDS),
            "action": st.sampled_from(["start", "pause", "resume", "stop", "x"]),
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("name"),
            "cue": st.sampled_from(STEP_IDS),
            "name": st.one_of(st.text(max_size=4), anything),
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("extra"),
            "after": st.sampled_from(STEP_IDS),
            "cue": st.sampled_from(["x1", "x2", "s1"]),
            "name": st.one_of(st.none(), st.text(max_size=3)),
            "limit_s": st.one_of(st.integers(-5, 4000), anything),
        }
    ),
    st.fixed_dictionaries(
        {"type": st.just("note"), "text": st.one_of(st.text(max_size=5), anything)}
    ),
    st.fixed_dictionaries({"type": st.sampled_from(["skip"]), "cue": st.sampled_from(STEP_IDS)}),
    st.fixed_dictionaries({"type": st.just("auto"), "on": anything}),
    st.fixed_dictionaries({"type": st.just("speed"), "cpm": anything}),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["resume", "interrupted", "end", "future"])},
        optional={"lost": anything, "signal": st.text(max_size=3)},
    ),
    st.dictionaries(st.sampled_from(["type", "cue", "step", "t"]), anything, max_size=3),
).flatmap(
    lambda ev: st.fixed_dictionaries(
        {}, optional={"t": st.one_of(st.floats(0, 20_000), anything)}
    ).map(lambda t: {**ev, **t})
)


def replays(journal: list[dict[str, Any]]) -> Any:
    """Decode every line, then replay: a ChairError names the first line that fails either."""
    decoded = decode_all(journal, "j.jsonl")
    return decoded, replay_journal(decoded, "j.jsonl", clock=lambda: 30_000.0)


@SETTINGS
@given(st.lists(event, max_size=25))
def test_replay_of_any_event_list_works_or_names_the_line(events: list[dict[str, Any]]) -> None:
    journal = [HEADER, *events]
    try:
        decoded, session = replays(journal)
    except ChairError as exc:
        assert exc.path == "j.jsonl"
        if exc.line is None:  # every line replayed, the state they make is not usable
            assert exc.message.startswith("the journal describes no usable state")
            return
        # Every line is read before any is replayed. A line that cannot be read is the first
        # such: all before it read. A line that reads but does not fit the meeting is the
        # first that cannot be replayed (all before it replay), and says what kind it is.
        assert 2 <= exc.line <= len(journal)
        if exc.message.startswith("cannot replay this "):
            kind = journal[exc.line - 1].get("type")
            assert exc.message.startswith(f"cannot replay this {kind!r} event ("), exc.message
            replays(journal[: exc.line - 1])
        else:
            decode_all(journal[: exc.line - 1], "j.jsonl")
        return
    # What the screen and the minutes read next must work on the replayed state.
    assert 0 <= session.index < len(session.steps)
    assert 0 <= session.sentence < max(1, len(session.current.sentences))
    session.phase(), session.remaining(), session.forecast_end()
    for rec in session.speakers.values():
        assert rec.spoken(session.now()) >= 0
    # Every line was applied: each note is kept, each extra speaker is in the meeting, and
    # the meeting is over exactly when an `end` line says so.
    notes = [ev["text"] for ev in events if ev.get("type") == "note"]
    assert [n.text for n in session.notes] == notes
    extras = {ev["cue"] for ev in events if ev.get("type") == "extra"}
    assert extras <= {st_.id for st_ in session.steps}
    assert session.ended == any(ev.get("type") == "end" for ev in events)
    header = decoded[0]
    assert isinstance(header, MeetingHeader)
    minutes = render_markdown(build_minutes(header, decoded, path="j.jsonl"), "zh")
    for text in notes:
        for word in text.split():
            assert word.replace("|", "\\|") in minutes, (word, minutes)


def test_replay_of_the_header_alone_is_the_opening() -> None:
    _, session = replays([HEADER])
    assert (session.index, session.sentence, session.ended) == (0, 0, False)
    assert session.speakers == {} and session.notes == []

"""The agenda YAML: round trip, hand edits, and errors with the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chair.commands.check import summary
from chair.errors import ChairError
from chair.model import Meeting
from chair.script.agenda import dump, load
from chair.script.load import load_meeting

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_ee9e4634ebe2cbaf.txt"
DATA = Path(__file__).resolve().parent / "data"


def _without_decisions(data: dict) -> dict:
    """The parser's decisions are the script's alone: the agenda file states them outright."""
    return {k: v for k, v in data.items() if k != "decisions"}


@pytest.mark.parametrize("script", [SAMPLE, *sorted(DATA.glob("*.txt"))], ids=lambda p: p.name)
def test_round_trip_gives_the_same_summary(script: Path, tmp_path: Path) -> None:
    """A third of the corpus goes the same way, beside its annotation (`test_corpus.py`), so
    that each of those scripts is parsed once."""
    round_trip_holds(load_meeting(script), tmp_path)


def round_trip_holds(meeting: Meeting, tmp_path: Path) -> None:
    """The agenda file written from a script reads back as the same meeting."""
    path = tmp_path / "agenda.yaml"
    path.write_text(dump(meeting), encoding="utf-8")
    again = load_meeting(path)
    assert again.decisions == []
    assert _without_decisions(summary(again, 200, "default")) == _without_decisions(
        summary(meeting, 200, "default")
    )
    assert (again.place, again.attendance) == (meeting.place, meeting.attendance)
    assert [
        (s.kind, getattr(s, "role", None), getattr(s, "group", None)) for s in again.steps()
    ] == [(s.kind, getattr(s, "role", None), getattr(s, "group", None)) for s in meeting.steps()]
    assert again.overview == meeting.overview
    assert again.written_statements == meeting.written_statements
    assert [(type(s), s.text) for s in again.steps()] == [
        (type(s), s.text) for s in meeting.steps()
    ]
    assert [getattr(s, "after", None) for s in again.steps()] == [
        getattr(s, "after", None) for s in meeting.steps()
    ]


def test_dump_is_readable_chinese() -> None:
    text = dump(load_meeting(SAMPLE))
    assert "四下基层" in text and "\\u" not in text
    assert "speaker: null" in text and "limit: '10:00'" in text
    assert yaml.safe_load(text)["items"][1]["number"] == 2


def test_names_and_limits_filled_in_by_hand(tmp_path: Path) -> None:
    text = dump(load_meeting(SAMPLE))
    text = text.replace("speaker: null  # 待填 / to fill in", "speaker: 张三", 1)
    text = text.replace("limit: '10:00'", "limit: 8", 1)
    meeting = load(text, tmp_path / "a.yaml")
    speakers = meeting.items[1].speakers
    assert [c.name for c in speakers] == ["张三", None, None]
    assert [c.limit_s for c in speakers] == [480, 480, 480]


MINIMAL = """\
title: 测试会议
chair: 李主任
date: 2024-05-01
roster: [张三, 李四]
limit: 5
items:
  - title: 第一项
    steps:
      - 首先，进行第一项。
      - speaker: 张三
      - speaker: ~
        limit: "7:30"
      - direction: （掌声）
  - number: 2
    title: 第二项
    limit: 10:00
    steps:
      - speaker: 李四
        text: 请李四同志发言。
        limit: 90s
closing:
  - 散会。
"""


def test_a_hand_written_agenda(tmp_path: Path) -> None:
    meeting = load(MINIMAL, tmp_path / "a.yaml")
    assert (
        meeting.title == "测试会议" and meeting.chair == "李主任" and meeting.date == "2024-05-01"
    )
    assert meeting.roster == ["张三", "李四"]
    assert [i.number for i in meeting.items] == [1, 2]
    cues = meeting.speakers
    assert [(c.name, c.limit_s, c.line) for c in cues] == [
        ("张三", 300, 10),
        (None, 450, 11),
        ("李四", 90, 18),
    ]
    assert cues[0].text == "请张三发言"
    assert meeting.closing[0].kind == "closing"
    assert meeting.items[0].steps[3].kind == "direction"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("title: a\nitems: [\n", 3, "bad YAML"),
        ("title: a\n  b: c\n", 2, "bad YAML"),
        ("title: a\nspeed: 3\n", 2, "unknown key 'speed'"),
        ("title: a\nitems:\n  - title: x\n    speakers: []\n", 4, "unknown key 'speakers'"),
        (
            "title: a\nitems:\n  - steps:\n      - speaker: x\n        name: y\n",
            5,
            "unknown key 'name'",
        ),
        ("title: a\nitems: 3\n", 2, "wrong type"),
        ("title: a\nroster: 张三\n", 2, "wrong type"),
        ("title: [a]\n", 1, "wrong type"),
        ("title: a\nitems:\n  - number: one\n", 3, "wrong type"),
        ("title: a\nlimit: -5\n", 2, "negative"),
        ("title: a\nitems:\n  - limit: '-1:00'\n", 3, "negative"),
        ("title: a\nitems:\n  - steps:\n    - speaker: x\n      limit: lots\n", 5, "limit"),
        ("- a\n- b\n", 1, "wrong type"),
        ("title: a\nitems:\n  - steps:\n    - {text: a, direction: b}\n", 4, "exactly one"),
        ("title: a\ntitle: b\n", 2, "twice"),
    ],
)
def test_errors_name_the_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ChairError) as info:
        load(text, "agenda.yaml")
    assert info.value.path == "agenda.yaml"
    assert info.value.line == line
    assert words in info.value.message


def test_aliases_are_refused_no_billion_laughs() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    bomb += "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: *c\n"
    with pytest.raises(ChairError) as info:
        load(bomb, "bomb.yaml")
    assert info.value.line == 2 and "alias" in info.value.message


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(ChairError):
        load("title: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")


def test_cue_kind_role_and_group_are_read_and_checked(tmp_path: Path) -> None:
    text = (
        "title: 会议\nitems:\n- steps:\n  - speaker: 陈静\n    role: 办公室主任\n    kind: action\n"
        "    text: 请办公室主任陈静宣读决定。\n  - speaker: null\n    group: true\n    text: 由各位班组长依次述职。\n"
        "  - vote: 同意的请举手。\n  - heading: 一、表彰\n"
    )
    meeting = load(text, tmp_path / "a.yaml")
    action, group = meeting.items[0].speakers
    assert (action.name, action.role, action.kind, action.timed) == (
        "陈静",
        "办公室主任",
        "action",
        False,
    )
    assert group.group and group.kind == "speech"
    assert [s.kind for s in meeting.items[0].passages] == ["vote", "heading"]
    with pytest.raises(ChairError) as bad:
        load(text.replace("kind: action", "kind: dance"), tmp_path / "a.yaml")
    assert bad.value.line == 6 and "kind must be one of speech, action" in str(bad.value)
    with pytest.raises(ChairError) as unknown:
        load(text.replace("role: 办公室主任", "office: 办公室主任"), tmp_path / "a.yaml")
    assert unknown.value.line == 5 and "unknown key 'office'" in str(unknown.value)

"""Property tests: any bytes decode and parse or fail with ChairError; import -> check round-trips."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chair.commands.check import summary
from chair.errors import ChairError
from chair.script.agenda import dump, load
from chair.script.decode import decode_bytes
from chair.script.parse import parse

FRAGMENTS = [
    "会议主持词",
    "同志们：",
    "今天会议共有三项议程，一是学习；二是发言；三是总结。",
    "首先，进行会议第一项，",
    "下面，进行会议第二项。",
    "进行第三项议程。",
    "会议进行第四项",
    "第十二项，",
    "请张三同志发言。",
    "请*发言；",
    "（发言毕）",
    "(掌声)",
    "请×××作表态发言",
    "有请陈局长讲话",
    "由县长讲话。",
    "每人发言不超过5分钟。",
    "其他同志作书面发言。",
    "本次会议结束。",
    "散会",
    "第一，",
    "《关于…（草案）》",
    "##paidbegin##",
    "\n",
    "\n",
    "\r\n",
    "。",
    "，",
    "進行會議第二項",
    "请**同志发言",
    "欢迎书记作重要讲话",
    "XXX",
    "1",
    "：",
    " ",
]

script_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map(
    "".join
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_fail_with_chair_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "x.txt")
    except ChairError as exc:
        assert exc.path == "x.txt" and "\n" not in exc.message
        return
    assert "\r" not in text
    assert_placed(parse(text, source="x.txt"), text)


def assert_placed(meeting, text: str) -> None:
    """What holds of any parse: every step has text and a line of the script, in order."""
    n_lines = text.count("\n") + 1
    steps = meeting.steps()
    for step in steps:
        assert step.text.strip(), step
        assert 1 <= step.line <= n_lines, (step.line, n_lines)
    assert [i.number for i in meeting.items] == sorted({i.number for i in meeting.items})


@SETTINGS
@given(script_text, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_any_script_parses_in_any_encoding(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        decoded = decode_bytes(data, "x.txt")
    except ChairError:
        return
    meeting = parse(decoded, source="x.txt")
    assert_placed(meeting, decoded)
    for step in meeting.steps():
        assert "##paidbegin##" not in step.text


@SETTINGS
@given(script_text)
def test_import_then_check_round_trips(text: str) -> None:
    if not text.strip():
        return
    meeting = parse(text, source="x.txt")
    again = load(dump(meeting), Path("x.yaml"))
    before, after = summary(meeting, 200, "default"), summary(again, 200, "default")
    # The parser's decisions are the script's alone: the agenda file states them outright.
    assert after.pop("decisions") == [] and before.pop("decisions") is not None
    assert after == before
    assert [s.text for s in again.steps()] == [s.text for s in meeting.steps()]

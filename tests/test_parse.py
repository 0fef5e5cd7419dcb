"""The parser on the sample (in every encoding and as .docx) and on scripts of other shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from chair.model import Meeting, SpeakerCue, forecast_seconds
from chair.script.load import load_meeting
from chair.script.parse import cn_number, find_limit, normalise, parse

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_ee9e4634ebe2cbaf.txt"
DATA = Path(__file__).resolve().parent / "data"


def _texts(meeting: Meeting) -> list[str]:
    out = [meeting.title, *meeting.overview, *meeting.written_statements]
    for step in meeting.steps():
        out.append(step.text)
        if isinstance(step, SpeakerCue) and step.after:
            out.append(step.after)
    return out


def _sample_as(kind: str, tmp_path: Path) -> Path:
    text = SAMPLE.read_bytes().decode("utf-8")
    if kind == "utf-8":
        return SAMPLE
    if kind == "docx":
        import docx

        document = docx.Document()
        for line in text.split("\n"):
            document.add_paragraph(line)
        path = tmp_path / "sample.docx"
        document.save(str(path))
        return path
    path = tmp_path / f"sample-{kind}.txt"
    if kind == "gb18030":
        path.write_bytes(text.encode("gb18030"))
    elif kind == "utf-16":
        path.write_bytes(text.encode("utf-16"))  # with BOM
    elif kind == "utf-8-bom-crlf":
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    return path


@pytest.mark.parametrize("kind", ["utf-8", "gb18030", "utf-16", "utf-8-bom-crlf", "docx"])
def test_the_sample_in_every_form(kind: str, tmp_path: Path) -> None:
    meeting = load_meeting(_sample_as(kind, tmp_path))
    assert "四下基层" in meeting.title
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert [len(i.speakers) for i in meeting.items] == [0, 3, 0]
    for cue in meeting.items[1].speakers:
        assert cue.name is None
        assert cue.limit_s == 600
        assert cue.after == "（发言毕）"
    assert not any("##" in t for t in _texts(meeting))
    assert 2800 <= forecast_seconds(meeting, 200) <= 4200


def test_the_sample_in_detail() -> None:
    meeting = load_meeting(SAMPLE)
    assert [i.title for i in meeting.items] == meeting.overview
    assert meeting.overview[0] == "由我围绕本次学习主题作集中学习领学"
    assert meeting.opening[1].kind == "salutation" and meeting.opening[1].text == "同志们："
    assert any(p.kind == "overview" for p in meeting.opening)
    assert "本次会议结束" in meeting.closing[0].text and meeting.closing[0].kind == "closing"
    # 第一，/ 第二， are points of a speech, not items
    assert any(s.text.startswith("第一，") for s in meeting.items[0].steps)
    assert meeting.written_statements
    assert meeting.warnings == []
    lines = [s.line for s in meeting.steps()]
    assert lines == sorted(lines) and lines[0] == 2
    assert meeting.items[1].speakers[0].line == 14


def test_line_numbers_survive_crlf_and_markers(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(SAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    assert load_meeting(path).items[0].line == 7


def test_named_speakers_and_many_shapes() -> None:
    meeting = load_meeting(DATA / "named_speakers.txt")
    assert meeting.date == "2024年1月15日"
    assert meeting.chair == "王县长"
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[3].title == "县委书记作重要讲话"
    names = [[c.name for c in i.speakers] for i in meeting.items]
    assert names == [["张三"], [None, None, "李四"], ["陈县长"], ["赵六"]]
    roles = [[c.role for c in i.speakers] for i in meeting.items]
    assert roles == [["县委常委、办公室主任"], ["县发改局局长", None, None], ["县长"], ["县委书记"]]
    assert [c.limit_s for c in meeting.items[1].speakers] == [300, 300, 300]
    assert meeting.items[0].speakers[0].after == "（传达毕）"
    assert meeting.closing[-1].text == "会议到此结束，散会。"
    directions = [s.text for s in meeting.opening if s.kind == "direction"]
    assert "（奏国歌）" in directions
    assert "（掌声）" in meeting.items[2].speakers[0].text  # inline: stays in the text


def test_traditional_characters_and_ascii_parentheses() -> None:
    meeting = load_meeting(DATA / "traditional.txt")
    assert [i.number for i in meeting.items] == [1, 2]
    assert meeting.items[0].title == "審議《關於加強基層治理的意見（草案）》"
    first, second = meeting.items[0].speakers[0], meeting.items[1].speakers[0]
    assert first.name is None and first.after == "(說明畢)"
    assert second.name == "陳主席" and second.limit_s == 480
    assert meeting.closing and meeting.closing[0].text == "本次會議到此結束。"
    # 《…（草案）》 is part of a document's name, not a stage direction
    assert all(
        s.kind != "direction"
        for s in meeting.steps()
        if isinstance(s, SpeakerCue) is False and "草案" in s.text
    )


def test_pdf_breaks_twelfth_item_and_you() -> None:
    meeting = load_meeting(DATA / "pdf_breaks.txt")
    body = [s for s in meeting.opening if s.kind == "text"][0]
    assert body.line == 3 and body.text.endswith("研究部署下一阶段改革工作。")
    assert [i.number for i in meeting.items] == [11, 12]
    cue = meeting.items[0].speakers[0]
    assert (
        cue.name == "王五" and cue.role == "区国资委主任" and cue.limit_s == 180 and cue.line == 8
    )
    assert meeting.items[1].speakers[0].text == "第十二项，由区委书记讲话。"
    assert meeting.items[1].steps[1].kind == "direction"
    assert meeting.closing[0].text == "散会。"
    assert any("12" in w for w in meeting.warnings)


def test_no_structure_is_passages_and_a_warning() -> None:
    meeting = load_meeting(DATA / "no_structure.txt")
    assert meeting.items == []
    assert [s.kind for s in meeting.opening] == ["title", "text", "text"]
    assert meeting.title == "no_structure"  # the file's name: the first line is a sentence
    assert meeting.opening[2].line == 2 and meeting.opening[1].chars > 0
    assert meeting.warnings


def test_meeting_proceeds_to_the_fourth_item() -> None:
    meeting = load_meeting(DATA / "fourth_item.txt")
    assert [i.number for i in meeting.items] == [1, 2, 4]
    assert meeting.items[2].speakers[0].name == "李四"
    assert meeting.warnings


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("请张三同志发言。", "张三"),
        ("下面，请张三同志发言。", "张三"),
        ("请XXX同志发言", None),
        ("请xxx同志发言", None),
        ("请×××作表态发言。", None),
        ("请某某同志发言。", None),
        ("请**同志发言。", None),
        ("请*发言；", None),
        ("有请王五同志。", "王五"),
        ("掌声有请市委书记李四同志讲话！", "李四"),
        ("由县长王五同志讲话。", "王五"),
        ("下面，欢迎省委刘书记作重要讲话。", "刘书记"),
        ("请陈局长讲话。", "陈局长"),
        ("请Alex Chen发言。", "Alex Chen"),
    ],
)
def test_speaker_cues(line: str, name: str | None) -> None:
    meeting = parse(f"会议主持词\n进行会议第一项。\n{line}\n")
    cues = meeting.items[0].speakers
    assert len(cues) == 1 and cues[0].name == name and cues[0].text == line


@pytest.mark.parametrize(
    "line",
    [
        "请大家起立，奏国歌。",
        "请同志们认真学习领会张三同志的讲话精神。",
        "首先，进行会议第一项，由我围绕本次学习主题作集中学习领学。",
        "请大家把会议精神传达到每一位干部职工。",
        "刚才，张三同志作了很好的发言。",
        "请各位把手机调至静音。",
    ],
)
def test_not_speaker_cues(line: str) -> None:
    meeting = parse(f"会议主持词\n进行会议第一项。\n{line}\n")
    assert meeting.speakers == []


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("首先，进行会议第一项，传达文件。", 1),
        ("下面，进行会议第二项。", 2),
        ("进行第三项议程。", 3),
        ("会议进行第四项，审议报告。", 4),
        ("第十二项，由区长讲话。", 12),
        ("接下来进行第二十项议程。", 20),
        ("下面进行第11项议程。", 11),
        ("## 第三项议程：总结", 3),
        ("下面，進行會議第二項。", 2),
    ],
)
def test_item_starts(line: str, number: int) -> None:
    meeting = parse(f"会议主持词\n{line}\n正文。\n")
    assert [i.number for i in meeting.items] == [number]


@pytest.mark.parametrize(
    "line",
    ["第一，从实际出发。", "第二项工作是抓好落实。", "一、提高认识。", "我们要做好第一项工作。"],
)
def test_not_item_starts(line: str) -> None:
    assert parse(f"会议主持词\n{line}\n").items == []


def test_overview_titles_and_count_warning() -> None:
    script = "主持词\n今天会议共有三项议程：一是传达文件；二是审议方案；三是书记讲话。\n进行会议第一项。\n进行会议第二项。\n散会。\n"
    meeting = parse(script)
    assert meeting.overview == ["传达文件", "审议方案", "书记讲话"]
    assert [i.title for i in meeting.items] == ["传达文件", "审议方案"]
    assert any("3" in w and "2" in w for w in meeting.warnings)


def test_overview_listed_on_its_own_lines_before_the_items() -> None:
    script = (
        "主持词\n会议议程如下：\n第一项，传达文件；\n第二项，审议方案。\n"
        "首先进行第一项议程。\n请张三同志传达文件。\n下面进行第二项议程。\n散会。\n"
    )
    meeting = parse(script)
    assert meeting.overview == ["传达文件", "审议方案"]
    assert [(i.number, i.line) for i in meeting.items] == [(1, 5), (2, 7)]


def test_limits_and_defaults() -> None:
    script = (
        "主持词\n进行会议第一项，每人发言不超过5分钟。\n请张三发言。\n请李四发言。\n"
        "进行会议第二项。\n请王五发言。\n"
    )
    meeting = parse(script, default_limit_s=420)
    assert [c.limit_s for c in meeting.speakers] == [300, 300, 420]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("每人发言时间控制在10分钟。", 600),
        ("发言不超过5分钟", 300),
        ("每人发言不超过八分钟", 480),
        ("控制在3分钟以内", 180),
        ("每人发言3分30秒", 210),
        ("会议时间约九十分钟", None),
        ("休息10分钟", None),
    ],
)
def test_find_limit(text: str, seconds: int | None) -> None:
    assert find_limit(normalise(text)) == seconds


def test_numbers() -> None:
    assert [
        cn_number(x) for x in ["一", "十", "十一", "十二", "二十", "二十三", "一百零五", "两", "7"]
    ] == [1, 10, 11, 12, 20, 23, 105, 2, 7]


def test_written_statements_and_closing_only_at_the_end() -> None:
    script = (
        "主持词\n进行会议第一项，上次会议结束后，各单位抓了落实。\n其他同志作书面发言。\n"
        "会议结束后请大家留步。\n本次会议到此结束。\n（奏国际歌）\n"
    )
    meeting = parse(script)
    assert meeting.written_statements == ["其他同志作书面发言"]
    assert [s.text for s in meeting.closing] == ["本次会议到此结束。", "（奏国际歌）"]
    assert meeting.closing[1].kind == "direction"


def test_draft_in_parentheses_is_not_a_direction() -> None:
    script = (
        "主持词\n进行会议第一项，审议《关于加强管理的决定\n（草案）》。\n（草案）\n（全体起立）\n"
    )
    meeting = parse(script)
    steps = meeting.items[0].steps
    assert steps[0].text.endswith("（草案）》。")
    assert [s.kind for s in steps[1:]] == ["text", "direction"]

"""`chair check` and `chair import` from the command line: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chair.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_ee9e4634ebe2cbaf.txt"


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No speed remembered from a real rehearsal on this machine changes the forecast."""
    monkeypatch.setenv("CHAIR_HOME", str(tmp_path / "chair-home"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_on_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "check", str(SAMPLE), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert "四下基层" in data["title"]
    assert [i["number"] for i in data["items"]] == [1, 2, 3]
    assert [
        {k: s[k] for k in ("name", "limit_s", "kind", "role", "timed")}
        for s in data["items"][1]["speakers"]
    ] == [{"name": None, "limit_s": 600, "kind": "speech", "role": None, "timed": True}] * 3
    assert data["items"][0]["speakers"] == data["items"][2]["speakers"] == []
    assert all(isinstance(i["chars"], int) and i["chars"] > 0 for i in data["items"])
    assert data["speakers"] == 3
    assert 2800 <= data["estimated_s"] <= 4200
    assert data["warnings"] == []
    assert "四下基层" in out  # ensure_ascii=False


def test_check_speed_and_limit_options(capsys: pytest.CaptureFixture[str]) -> None:
    slow = json.loads(_run(capsys, "check", str(SAMPLE), "--json", "--speed", "100")[1])
    fast = json.loads(_run(capsys, "check", str(SAMPLE), "--json")[1])
    assert slow["estimated_s"] > fast["estimated_s"] and slow["speed_source"] == "--speed"
    path = ROOT / "tests" / "data" / "fourth_item.txt"
    data = json.loads(_run(capsys, "check", str(path), "--json", "--limit", "5")[1])
    assert {s["limit_s"] for i in data["items"] for s in i["speakers"]} == {300}


def test_check_tree_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "check", str(SAMPLE))
    assert code == 0 and "待定" in out and "10:00" in out and "0:52:18" in out and "200" in out
    code, out, _ = _run(capsys, "check", str(SAMPLE), "--lang", "en")
    assert code == 0 and "TBD" in out and "forecast" in out


def test_import_then_check_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    agenda = tmp_path / "agenda.yaml"
    assert _run(capsys, "import", str(SAMPLE), "-o", str(agenda))[0] == 0
    before = json.loads(_run(capsys, "check", str(SAMPLE), "--json")[1])
    after = json.loads(_run(capsys, "check", str(agenda), "--json")[1])
    # The parser's decisions are the script's alone: the agenda file states them outright.
    before.pop("decisions")
    assert after.pop("decisions") == []
    assert before == after
    code, out, _ = _run(capsys, "import", str(SAMPLE))
    assert code == 0 and out == agenda.read_text(encoding="utf-8")
    agenda.write_text(
        out.replace("speaker: null  # 待填 / to fill in", "speaker: 王五", 1), encoding="utf-8"
    )
    named = json.loads(_run(capsys, "check", str(agenda), "--json")[1])
    assert named["items"][1]["speakers"][0]["name"] == "王五"


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str | None]]:
    """name -> (path, the line the error must name, if any)."""
    cases: dict[str, tuple[Path, str | None]] = {}
    cases["missing"] = (tmp / "nope.txt", None)
    (tmp / "dir.txt").mkdir()
    cases["directory"] = (tmp / "dir.txt", None)
    (tmp / "empty.txt").write_bytes(b"")
    cases["empty"] = (tmp / "empty.txt", None)
    (tmp / "blank.txt").write_bytes(b" \n\r\n\t")
    cases["whitespace"] = (tmp / "blank.txt", None)
    (tmp / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    cases["binary"] = (tmp / "image.txt", None)
    (tmp / "nul.txt").write_bytes(b"abc\x00\x01\x02")
    cases["nul"] = (tmp / "nul.txt", None)
    (tmp / "undecodable.txt").write_bytes(b"\xff\xfe\xfd\x80\x81" * 3)
    cases["undecodable"] = (tmp / "undecodable.txt", None)
    (tmp / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    cases["bad docx"] = (tmp / "broken.docx", None)
    (tmp / "syntax.yaml").write_text("title: a\nitems: [\n", encoding="utf-8")
    cases["bad yaml"] = (tmp / "syntax.yaml", "3")
    (tmp / "unknown.yaml").write_text("title: a\nspeakers: 3\n", encoding="utf-8")
    cases["unknown key"] = (tmp / "unknown.yaml", "2")
    (tmp / "type.yaml").write_text("title: a\nitems: 3\n", encoding="utf-8")
    cases["wrong type"] = (tmp / "type.yaml", "2")
    (tmp / "negative.yaml").write_text("title: a\nitems:\n  - limit: -3\n", encoding="utf-8")
    cases["negative limit"] = (tmp / "negative.yaml", "3")
    return cases


@pytest.mark.parametrize("command", ["check", "import"])
def test_bad_inputs_get_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    for name, (path, line) in _bad_inputs(tmp_path).items():
        code, out, err = _run(
            capsys, command, str(path), *(["--json"] if command == "check" else [])
        )
        assert code == 2, name
        lines = err.splitlines()
        assert len(lines) == 1, (name, err)
        assert lines[0].startswith(f"chair: error: {path}"), (name, err)
        if line:
            assert lines[0].startswith(f"chair: error: {path}:{line}: "), (name, err)
        assert "Traceback" not in err and out == "", name


def test_subprocess_exit_code_and_no_textual_import(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CHAIR_HOME": str(tmp_path / "home")}
    missing = subprocess.run(
        [sys.executable, "-m", "chair", "check", str(tmp_path / "x.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert missing.stderr.startswith("chair: error: ")
    probe = (
        "import sys, io, contextlib\n"
        "from chair.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['check', {str(SAMPLE)!r}]) == 0\n"
        f"    assert main(['import', {str(SAMPLE)!r}]) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'docx'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_check_tree_shows_a_turn_where_it_happens(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A turn in the opening or the closing is drawn under that part, in the meeting's
    order, not after the last item."""
    script = tmp_path / "script.txt"
    script.write_text(
        "全市统计业务培训班开班仪式主持词\n各位学员：\n"
        "现在开会。首先，请市统计局局长周立新介绍培训安排。\n开班仪式有两项议程。\n"
        "下面进行第一项：请赵海涛副市长讲话。\n下面进行第二项：请学员代表李明表态发言。\n"
        "开班仪式到此结束。下面，由市委党校王建国教授讲授第一课《统计法治》。\n",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "check", str(script))
    assert code == 0
    lines = out.splitlines()
    words = ("开场", "周立新", "1. 副市长讲话", "赵海涛", "2. 学员代表", "李明", "结束", "王建国")
    rows = [next(i for i, line in enumerate(lines) if word in line) for word in words]
    assert rows == sorted(rows) and len(set(rows)) == len(rows), out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_check_says_each_warning_in_the_interfaces_language(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A parser warning (kept as `中文 / English` in --json) is printed in one language, as
    `chair run` prints it."""
    script = tmp_path / "主持词.txt"
    script.write_text(
        "家长会主持词\n会议进行第一项，请校长讲话。\n会议进行第二项，教师代表发言。\n散会。\n",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "check", str(script), "--json")
    warning = json.loads(out)["warnings"][0]
    zh, _, en = warning.partition(" / ")
    assert code == 0 and zh and en
    code, out, _ = _run(capsys, "check", str(script), "--lang", lang)
    shown = "".join(out[out.index("⚠") :].split())  # (rich wraps the line at the console's width)
    assert "".join((en if lang == "en" else zh).split()) in shown
    assert "".join((zh if lang == "en" else en).split()) not in shown


def test_every_decision_the_parser_takes_has_words_in_both_languages() -> None:
    """A decision with no words would be shown to the chair as its internal name."""
    import re

    from chair.i18n import EN, ZH

    source = (Path(__file__).resolve().parents[1] / "src/chair/script/parse.py").read_text("utf-8")
    named = set(re.findall(r'decide\([^,()]*, "([a-z_]+)"', source))
    named |= set(re.findall(r'Decision\([^"]*?"([a-z_]+)"\s*\)', source))
    assert {"listed_turn", "overview_turn", "asked_twice"} <= named
    for strings in (ZH, EN):
        assert {n for n in named if f"check.decision.{n}" not in strings} == set()


def test_a_long_decision_is_wrapped_after_what_was_read_not_at_the_arrows_space() -> None:
    """`第9行：… → 宣读，不计时` on one line where it fits; else the decision on its own line,
    starting with →, hung under the line number, no line wider than the terminal."""
    from chair.commands.check import _decision_lines
    from chair.tui.wrapping import cell_width

    short = "第9行：请秘书长宣读名单。 → 宣读，不计时"
    assert _decision_lines(short, 80) == ["  " + short]
    long = (
        "第61行：其他同志有什么想法和建议，也请踊跃发言。时间还… → "
        "计作一位未具名发言；若只是引出后面各位，审阅时（chair review）可改为段落"
    )
    for columns in (40, 60, 80):
        lines = _decision_lines(long, columns)
        assert (
            lines[0] == "  第61行：其他同志有什么想法和建议，也请踊跃发言。时间还…"[: len(lines[0])]
        )
        assert any(line.startswith("    → ") for line in lines)
        assert all(cell_width(line) <= columns for line in lines)
        assert "".join(line.strip() for line in lines).replace(" ", "") == long.replace(" ", "")

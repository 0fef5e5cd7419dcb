"""Bad input of every kind through every command: one line `chair: error: FILE[:LINE]: …` and
exit 2, or success. Never a traceback, never a hang, memory bounded (docs/reliability.md).

The corpus is tests/data/bad/; the big inputs (a 2 MB one-line passage, 50,000 agenda items,
a 30 MB file) are generated into tmp_path. `run` and `resume` go through the real command
with the app run headless (it quits itself), so a damaged-but-accepted state is rendered too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chair.cli import main
from chair.journal import read_events
from chair.script.load import load_meeting
from chair.tui.app import ChairApp

BAD = Path(__file__).parent / "data" / "bad"
SCRIPTS = sorted(p for p in BAD.iterdir() if p.suffix != ".jsonl")
JOURNALS = sorted(BAD.glob("*.jsonl"))

SHOULD_FAIL = {
    "empty.txt",
    "whitespace.txt",
    "binary.txt",
    "image.png.txt",
    "truncated_utf8.txt",
    "mixed_encodings.txt",
    "tabs.yaml",
    "billion_laughs.yaml",
    "wrong_types.yaml",
    "wrong_types2.yaml",
    "wrong_types3.yaml",
    "wrong_types4.yaml",
    "unknown_keys.yaml",
    "deep.yaml",
    "limits.yaml",
    "limits2.yaml",
    "nul.yaml",
    "scalar.yaml",
    "comments_only.yaml",
    "dup.yaml",
    "complex_key.yaml",
    "zip_of_text.docx",
    "not_a_zip.docx",
    "bad_xml.docx",
    "empty_doc.docx",
    "bom_only.txt",
    "controls.txt",
    "lone_cr.txt",
    "surrogate.txt",
}
JOURNAL_OK = {"journal_torn_tail.jsonl", "journal_sentence_out_of_range.jsonl"}
WITH_LINE = {
    "truncated_utf8.txt": 3,
    "mixed_encodings.txt": 2,
    "tabs.yaml": 3,
    "billion_laughs.yaml": 3,
    "unknown_keys.yaml": 2,
    "wrong_types.yaml": 3,
    "journal_garbage_lines.jsonl": 3,
    "journal_unknown_step.jsonl": 3,
    "journal_wrong_types.jsonl": 3,
    "journal_missing_field.jsonl": 3,
    "journal_huge_number.jsonl": 3,
    "journal_bad_header.jsonl": 1,
    "journal_bad_epoch.jsonl": 1,
    "journal_no_start.jsonl": 1,
    "journal_not_a_journal.jsonl": 1,
    "journal_garbage_bytes.jsonl": 1,
}


def assert_one_line_error(err: str, path: Path, name: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    where = f"chair: error: {path}"
    assert lines[0].startswith(where + ":"), lines[0]
    if name in WITH_LINE:
        assert lines[0].startswith(f"{where}:{WITH_LINE[name]}: "), lines[0]


@pytest.fixture
def headless(monkeypatch: pytest.MonkeyPatch) -> list[ChairApp]:
    """`ChairApp.run` without a terminal: the app draws once, then leaves the meeting open."""
    apps: list[ChairApp] = []

    async def leave(pilot) -> None:
        await pilot.pause()
        await pilot.press("pagedown", "space", "q", "l")

    def run(self: ChairApp, **_kw):
        apps.append(self)
        return ChairApp.__mro__[1].run(self, headless=True, size=(80, 24), auto_pilot=leave)

    monkeypatch.setattr(ChairApp, "run", run)
    return apps


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_check_import_and_run_answer_one_line_or_work(
    path: Path, tmp_path: Path, capsys, headless
) -> None:
    for argv in (
        ["check", str(path)],
        ["check", "--json", str(path)],
        ["import", str(path)],
        ["run", str(path), "--journal", str(tmp_path / "j.jsonl")],
    ):
        code = main(argv)
        _out, err = capsys.readouterr()
        if path.name in SHOULD_FAIL:
            assert code == 2, argv
            assert_one_line_error(err, path, path.name)
        else:
            assert code == 0, (argv, err)
            assert "Traceback" not in err
    assert len(headless) == (0 if path.name in SHOULD_FAIL else 1)


@pytest.mark.parametrize("path", JOURNALS, ids=lambda p: p.name)
def test_export_and_resume_answer_one_line_or_work(
    path: Path, tmp_path: Path, capsys, headless
) -> None:
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    for argv in (
        ["export", str(copy)],
        ["export", str(copy), "--format", "yaml"],
        ["resume", str(copy)],
    ):
        code = main(argv)
        _out, err = capsys.readouterr()
        if path.name in JOURNAL_OK:
            assert code == 0, (argv, err)
            assert "Traceback" not in err
        else:
            assert code == 2, argv
            assert_one_line_error(err, copy, path.name)
    if path.name in JOURNAL_OK:
        assert len(headless) == 1
        events, _ = read_events(copy)
        assert [e["type"] for e in events][-1] == "resume" or "step" in {e["type"] for e in events}
    else:
        assert not headless
        assert copy.read_bytes() == path.read_bytes(), "a refused journal is left as it was"


def test_big_inputs_load_whole(tmp_path: Path) -> None:
    """A 2 MB one-line passage and 50,000 agenda items load, whole (how fast: scripts/bench.py)."""
    passage = tmp_path / "passage.txt"
    passage.write_text(
        "大会主持词\n" + "同志们今天开会学习文件精神" * (2 * 1024 * 1024 // 39) + "\n",
        encoding="utf-8",
    )
    meeting = load_meeting(passage)
    assert meeting.chars == 13 * (2 * 1024 * 1024 // 39)  # every character once, not the title

    agenda = tmp_path / "many.yaml"
    agenda.write_text(
        "title: 大会\nitems:\n"
        + "".join(
            f"  - {{number: {n}, title: 议题{n}, steps: [请张三同志发言。]}}\n"
            for n in range(1, 50_001)
        ),
        encoding="utf-8",
    )
    meeting = load_meeting(agenda)
    assert len(meeting.items) == 50_000
    assert [it.number for it in meeting.items] == list(range(1, 50_001))
    assert meeting.items[-1].title == "议题50000"
    assert all(len(it.steps) == 1 for it in meeting.items)


MEASURED = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)\n"
    "_pid, status, usage = os.wait4(p.pid, 0)\n"
    "print(usage.ru_maxrss)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)
"""Runs a command and prints its peak RSS (KB). Started from this small process, not from
pytest's: a child's peak as the kernel counts it includes the memory of the process it was
started from (until its exec), and pytest's grows past the limit over a whole run."""


def test_refusals_and_memory_in_a_real_process(tmp_path: Path) -> None:
    """Real subprocesses: a 30 MB file is refused at once, a garbage file with `run` exits 2
    without opening the screen, and `chair check` of a 2 MB passage stays under 300 MB."""
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.write("大会主持词\n".encode())
        fh.write("同志们，今天开会。\n".encode() * (30 * 1024 * 1024 // 28))
    passage = tmp_path / "passage.txt"
    passage.write_text(
        "大会主持词\n" + "同志们今天开会学习文件精神" * (2 * 1024 * 1024 // 39), encoding="utf-8"
    )
    runs = [
        (["check", str(huge)], 2, "too large"),
        (["run", str(BAD / "binary.txt"), "--journal", str(tmp_path / "j.jsonl")], 2, "binary"),
        (["check", "--json", str(passage)], 0, ""),
    ]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", MEASURED, sys.executable, "-m", "chair", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        for argv, _, _ in runs
    ]
    peak_kb = {}
    for proc, (argv, code, words) in zip(procs, runs, strict=True):
        out, err = proc.communicate(timeout=120)
        peak_kb[argv[0] + (" --json" if "--json" in argv else "")] = int(out)
        assert proc.returncode == code, (argv, err)
        assert "Traceback" not in err and words in err
        if code:
            assert len(err.strip().splitlines()) == 1
    assert peak_kb["check --json"] < 300 * 1024, f"peak RSS {peak_kb} KB"
    assert not (tmp_path / "j.jsonl").exists()

"""The commands that need no screen never import Textual (they must start fast).

Each command runs as a whole process, through `python -m chair` exactly as a user starts
it, and reports which modules it ended up importing. test_check_cli, test_minutes and
test_rehearsal probe the same rule from inside their own features; this file is the one
place that walks every screenless command and the modules they are built from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from chair.live_meeting import LiveMeeting
from chair.script.load import load_meeting
from tests.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_ee9e4634ebe2cbaf.txt"
HEAVY = ("textual",)

PROBE = r"""
import json, runpy, sys
args, heavy_names = json.loads(sys.argv[1]), set(json.loads(sys.argv[2]))
sys.argv = ["chair"] + args
code = 0
try:
    runpy.run_module("chair", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    code = exc.code or 0
heavy = sorted({m.split(".")[0] for m in sys.modules} & heavy_names)
sys.stderr.write("\nPROBE " + json.dumps({"code": code, "heavy": heavy}) + "\n")
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CHAIR_HOME": str(tmp_path / "home")}


def run_probe(tmp_path: Path, *argv: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(argv)), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        cwd=tmp_path,
        timeout=120,
    )
    line = [x for x in result.stderr.splitlines() if x.startswith("PROBE ")]
    assert line, result.stderr
    return json.loads(line[-1][len("PROBE ") :])


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    """A finished meeting of the sample, journaled as `chair run` does (two steps, an end)."""
    meeting = load_meeting(SAMPLE)
    clock = FakeClock()
    start = datetime(2024, 11, 20, 9, 0).astimezone()
    path = tmp_path / "meeting.jsonl"
    live = LiveMeeting.start(
        meeting, path, script=SAMPLE, sha256="0" * 64, speed=200.0, clock=clock, start_wall=start
    )
    session, journal = live.session, live.journal
    clock.advance(30)
    session.next_step()
    clock.advance(30)
    session.end()
    journal.close()
    return path


def test_check_imports_no_textual(tmp_path):
    for extra in ([], ["--json"]):
        out = run_probe(tmp_path, "check", str(SAMPLE), *extra)
        assert out == {"code": 0, "heavy": []}


def test_import_imports_no_textual(tmp_path):
    out = run_probe(tmp_path, "import", str(SAMPLE), "-o", str(tmp_path / "agenda.yaml"))
    assert out == {"code": 0, "heavy": []}
    assert (tmp_path / "agenda.yaml").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("fmt", ["md", "yaml"])
def test_export_imports_no_textual(tmp_path, journal_file, fmt):
    target = tmp_path / f"minutes.{fmt}"
    out = run_probe(tmp_path, "export", str(journal_file), "--format", fmt, "-o", str(target))
    assert out == {"code": 0, "heavy": []}
    assert target.stat().st_size > 0


def test_a_failing_command_imports_no_textual_either(tmp_path):
    out = run_probe(tmp_path, "check", str(tmp_path / "missing.txt"))
    assert out == {"code": 2, "heavy": []}


def test_the_core_modules_import_no_textual(tmp_path):
    modules = [
        "chair.session",
        "chair.journal",
        "chair.minutes",
        "chair.model",
        "chair.script.load",
        "chair.cli",
        "chair.commands.check",
        "chair.commands.import_",
        "chair.commands.export",
    ]
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(HEAVY)!r}))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_probe_sees_textual_when_it_is_there(tmp_path):
    """The probe is not blind: `chair run` does import Textual (it fails without a terminal,
    after the import, or stops at the screen: either way the module is loaded)."""
    code = (
        "import json, sys\nimport chair.tui.app\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(HEAVY)!r}))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )
    assert json.loads(result.stdout) == ["textual"]

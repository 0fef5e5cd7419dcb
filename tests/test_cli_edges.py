"""The command line's edges: version, per-command help, refusing to overwrite, the files a
user mixes up, and next steps printed as commands that run from where the user is."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from chair import launcher
from chair.cli import main
from tests.conftest import FakeClock
from tests.test_display import Chair

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "chair" / "data" / "sample.txt"


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run_cli(["--version"], capsys)
    assert code == 0
    assert out.startswith("chair ") and out.split()[1][0].isdigit()


def options_of(command: str, capsys) -> set[str]:
    code, out, _ = run_cli([command, "--help"], capsys)
    assert code == 0
    return {word.rstrip(",") for word in out.split() if word.startswith("--")}


@pytest.mark.parametrize(
    ("command", "absent"),
    [
        ("display", {"--limit", "--speed", "--roster", "--chair", "--journal"}),
        ("export", {"--limit", "--speed", "--roster", "--journal"}),
        ("check", {"--roster", "--chair", "--journal"}),
        ("import", {"--speed", "--roster", "--journal"}),
        ("resume", {"--limit", "--speed", "--journal"}),
        ("review", {"--journal", "--width", "--focus", "--bell", "--no-blink"}),
        ("display", {"--width", "--focus", "--bell", "--ambiguous-wide"}),
    ],
)
def test_each_command_lists_only_its_own_options(command, absent, capsys):
    assert not options_of(command, capsys) & absent


def test_run_keeps_the_options_of_a_new_meeting(capsys):
    wanted = {"--lang", "--limit", "--speed", "--roster", "--chair", "--journal"}
    assert wanted <= options_of("run", capsys)
    assert wanted <= options_of("rehearse", capsys)


def test_the_stage_options_go_where_a_timer_shows(capsys):
    """The live screen's reading options on run, rehearse, resume; --no-blink on the display
    too, and on every view a browser opens."""
    from chair.web.server import served_command

    stage = {"--width", "--focus", "--bell", "--no-blink"}
    for command in ("run", "rehearse", "resume"):
        assert stage <= options_of(command, capsys)
    assert "--no-blink" in options_of("display", capsys)
    assert served_command(Path("j.jsonl"), "zh", blink=False).endswith("--no-blink")
    assert "--no-blink" not in served_command(Path("j.jsonl"), "zh")


def test_host_and_port_are_explained(capsys):
    _, out, _ = run_cli(["display", "--help"], capsys)
    lines = out.splitlines()
    for option in ("--host", "--port", "--token"):
        start = next(i for i, line in enumerate(lines) if line.strip().startswith(option))
        text = " ".join(lines[start : start + 3])
        assert "--serve" in text, f"{option} says what it is for: {text!r}"


def test_import_refuses_to_overwrite_without_force(tmp_path, capsys):
    target = tmp_path / "agenda.yaml"
    target.write_text("# edited by hand\n", encoding="utf-8")
    code, _, err = run_cli(["import", str(SAMPLE), "-o", str(target)], capsys)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("chair: error: ")
    assert str(target) in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "# edited by hand\n"

    code, _, err = run_cli(["import", str(SAMPLE), "-o", str(target), "--force"], capsys)
    assert code == 0
    assert "items:" in target.read_text(encoding="utf-8")


def test_export_given_a_script_says_so(capsys):
    code, out, err = run_cli(["export", str(SAMPLE)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "is a script, not a meeting journal" in err and str(SAMPLE) in err


def test_display_of_a_missing_journal_says_how_it_will_appear(tmp_path):
    """A port that cannot be used ends the command right after the notice (no server)."""
    missing = tmp_path / "nosuch.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "chair", "display", str(missing), "--serve", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    notice = result.stderr.splitlines()[0]
    assert "does not exist yet" in notice
    assert f"run SCRIPT --journal {missing}" in notice


def test_docx_minutes_are_not_authored_by_python_docx(tmp_path):
    from docx import Document

    journal = tmp_path / "m.jsonl"
    Chair(journal, FakeClock()).begin()
    out = tmp_path / "minutes.docx"
    assert (
        main(["export", str(journal), "--format", "docx", "-o", str(out), "--chair", "王主任"]) == 0
    )
    props = Document(str(out)).core_properties
    assert props.author == "王主任"
    assert "python-docx" not in (props.last_modified_by or "")


# -- the next steps printed at exit --------------------------------------------------


def no_chair_on_path() -> str:
    """PATH with the system's directories only: no `chair` there."""
    dirs = [d for d in ("/usr/local/bin", "/usr/bin", "/bin") if Path(d).is_dir()]
    return os.pathsep.join(d for d in dirs if not (Path(d) / "chair").exists())


@pytest.mark.skipif(launcher.installed_script() is None, reason="chair installed without a script")
def test_next_step_is_the_installed_script_when_chair_is_not_on_path(tmp_path, monkeypatch):
    script = launcher.installed_script()
    assert script is not None
    monkeypatch.setenv("PATH", no_chair_on_path())

    # From the folder that holds the installation (a clone after ./scripts/run): relative.
    home = script.parent.parent.parent
    monkeypatch.chdir(home)
    line = launcher.next_step("resume", tmp_path / "a b.jsonl")
    words = shlex.split(line)
    assert words[0] == str(script.relative_to(home)), line
    assert words[1:] == ["resume", str(tmp_path / "a b.jsonl")]
    version = subprocess.run(
        [*shlex.split(launcher.chair_command()), "--version"],
        cwd=home,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.returncode == 0 and version.stdout.startswith("chair ")

    # From anywhere else: absolute, and it runs there too.
    monkeypatch.chdir(tmp_path)
    command = launcher.chair_command()
    assert Path(shlex.split(command)[0]).is_absolute()
    version = subprocess.run(
        [*shlex.split(command), "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.returncode == 0 and version.stdout.startswith("chair ")


@pytest.mark.skipif(launcher.installed_script() is None, reason="chair installed without a script")
def test_next_step_is_plain_chair_when_path_finds_this_installation(monkeypatch, tmp_path):
    script = launcher.installed_script()
    assert script is not None
    monkeypatch.setenv("PATH", os.pathsep.join([str(script.parent), no_chair_on_path()]))
    monkeypatch.chdir(tmp_path)
    assert launcher.next_step("export", "m.jsonl") == "chair export m.jsonl"


def test_next_step_falls_back_to_the_interpreter(monkeypatch, tmp_path):
    monkeypatch.setattr(launcher, "installed_script", lambda: None)
    monkeypatch.chdir(tmp_path)
    command = launcher.chair_command()
    assert shlex.split(command) == [sys.executable, "-m", "chair"]
    version = subprocess.run(
        [*shlex.split(command), "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.returncode == 0

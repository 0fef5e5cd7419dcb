"""The layers hold: the import contracts in pyproject.toml are kept, `src/` type-checks, and
the tree is linted and formatted.

The tools run as the developer would run them, on the installed tree; a broken contract, a
type error or a file out of format fails the suite with the tool's own report.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_import_contracts_are_kept() -> None:
    done = _run([str(BIN / "lint-imports"), "--no-cache"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_src_type_checks() -> None:
    done = _run([sys.executable, "-m", "mypy"])
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_lints_and_formats_the_tree() -> None:
    """The style is checked, not hoped for: `ruff check` and `ruff format --check` as the
    developer runs them, over the code and its tests."""
    ruff = str(BIN / "ruff")
    lint = _run([ruff, "check", "src", "tests", "scripts"])
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = _run([ruff, "format", "--check", "src", "tests", "scripts"])
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr

"""The layers hold: the import contracts in pyproject.toml are kept, `src/` type-checks, and
the tree is linted and formatted.

The tools run as the developer would run them, on the installed tree; a broken contract, a
type error or a file out of format fails the suite with the tool's own report.
"""

from __future__ import annotations

import ast
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


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            stub = any(isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list)
            names += [] if stub else [node.name]  # (@overload signatures, then the function)
        elif isinstance(node, ast.ClassDef):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A pattern or function defined twice at a module's top level silently replaces the first
    for every use before it too (the parser's modules hold hundreds of patterns, and a new one
    named like an old one changed what the old one's users matched)."""
    twice: dict[str, list[str]] = {}
    for path in sorted((ROOT / "src").rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        repeated = sorted({name for name in names if names.count(name) > 1} - {"__all__"})
        if repeated:
            twice[str(path.relative_to(ROOT))] = repeated
    assert twice == {}

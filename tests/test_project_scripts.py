"""The helper scripts in scripts/ still load against the current code: nothing runs them
in the suite otherwise, and a renamed event once left one unable to start."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.mark.parametrize("name", ["sample_minutes.py", "corpus.py"])
def test_a_helper_script_loads(name: str) -> None:
    spec = importlib.util.spec_from_file_location(f"project_{name[:-3]}", SCRIPTS / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # its imports and definitions; `main` is not run
    assert callable(module.main)

"""The benchmark runs, in its quick mode, and reports every figure it promises.

Behaviour only: the figures are numbers and every goal is named. Whether they are met is
for `python scripts/bench.py --json` on a quiet machine, never for a test (times on a
shared two-core machine say nothing about correctness).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIGURES = (
    "startup_ratio",
    "check_ratio",
    "parse_1mb_ms",
    "parse_10mb_ratio",
    "step_p50_ratio",
    "step_p99_ms",
    "tick_cpu_ms",
    "timer_error_ms",
    "rss_ratio",
    "journal_ratio",
    "battery_ratio",
    "battery_overtime_ratio",
)


def test_quick_bench_prints_every_figure(tmp_path):
    env = {**os.environ, "CHAIR_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout)
    for name in FIGURES:
        assert name in out, name
        value = out[name]
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (name, value)
        assert math.isfinite(value) and value >= 0, (name, value)
        assert name in out["goals"] and name in out["met"] and name in out["details"]
    assert out["run"]["quick"] is True
    assert isinstance(out["all_met"], bool)
    # Nothing of the benchmark is left in the user's directories.
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*.jsonl"))


def test_bench_table_names_every_figure():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    results = {name: bench.Result(1.0, "×" if "ratio" in name else "ms", "how") for name in FIGURES}
    table = bench.table(results)
    for name in FIGURES:
        assert name in table
    assert tuple(bench.GOALS) == FIGURES

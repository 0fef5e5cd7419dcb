"""The second third of the corpus (see `test_corpus.py`), in a file of its own so that the
test workers hold the corpus side by side."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_corpus import annotation_holds, cases, round_trip, round_trips


@pytest.mark.parametrize(("script", "expect"), cases(1))
def test_annotation_holds(script: Path, expect: Path) -> None:
    annotation_holds(script, expect)


@pytest.mark.parametrize("script", round_trips(1))
def test_round_trip_gives_the_same_meeting(script: Path, tmp_path: Path) -> None:
    round_trip(script, tmp_path)

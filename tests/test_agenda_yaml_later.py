"""The agenda YAML round trip on the other half of the corpus (see `test_agenda_yaml.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_agenda_yaml import CORPUS, round_trip_holds


@pytest.mark.parametrize("script", CORPUS[1::2], ids=lambda p: p.name)
def test_round_trip_gives_the_same_summary(script: Path, tmp_path: Path) -> None:
    round_trip_holds(script, tmp_path)

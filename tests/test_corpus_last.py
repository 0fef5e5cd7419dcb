"""The last third of the corpus (see `test_corpus.py`), in a file of its own so that the
test workers hold the corpus side by side."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_corpus import annotation_holds, cases


@pytest.mark.parametrize(("script", "expect"), cases(2))
def test_annotation_holds(script: Path, expect: Path) -> None:
    annotation_holds(script, expect)

"""The corpus: every annotated script in tests/data/scripts read as its annotation says.

Each `NAME.txt` has a hand annotation `NAME.expect.yaml` (items with titles, cues with kind,
name, role and limit, votes, place). `scripts/corpus.py` prints the same comparison as a
table per style; this test holds every field of every annotation (a third of the scripts
here, the others in `test_corpus_later.py` and `test_corpus_last.py`). The few scripts the
parser still reads wrongly are listed in `KNOWN_MISSES` (in `corpus_misses.py`) with the
fields it gets wrong: they are strict expected failures, so a fix shows up (and must be
recorded) at once.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chair.model import Meeting
from chair.script.load import load_meeting
from tests.corpus_misses import KNOWN_MISSES
from tests.test_agenda_yaml import round_trip_holds

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "scripts"
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import corpus
finally:
    sys.path.remove(str(ROOT / "scripts"))


PARTS = 3
"""The corpus is held in this many test files, so that the test workers share it (each runs a
file at a time)."""


def _part(part: int) -> list[tuple[Path, Path]]:
    return corpus.scripts(CORPUS)[part::PARTS]


def cases(part: int) -> list[pytest.param]:
    """Every third script of the corpus, from `part` (0, 1 or 2)."""
    out = []
    for script, expect in _part(part):
        marks = []
        if script.name in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[script.name], strict=True))
        out.append(pytest.param(script, expect, id=script.stem, marks=marks))
    return out


def test_the_parts_hold_every_script_once_and_every_miss_names_one() -> None:
    names = [p.id for part in range(PARTS) for p in cases(part)]
    assert sorted(names) == sorted(script.stem for script, _ in corpus.scripts(CORPUS))
    assert len(set(names)) == len(names)
    assert set(KNOWN_MISSES) <= {script.name for script, _ in corpus.scripts(CORPUS)}


def test_the_corpus_is_there() -> None:
    pairs = corpus.scripts(CORPUS)
    assert len(pairs) >= 40
    wanted = {"oneline", "headings", "traditional", "chrome", "pdfbreaks"}
    for _, expect in pairs:  # (until every style is met: reading all 4,000 took 4 s)
        wanted.discard(corpus.annotation(expect).get("style"))
        if not wanted:
            break
    assert not wanted, wanted


def round_trips(part: int) -> list[pytest.param]:
    """Every third script of a part also goes through the agenda file and back (a third of
    the corpus in all, so every style and every round of it)."""
    return [pytest.param(script, id=script.stem) for script, _ in _part(part)[::3]]


_KEPT: dict[Path, Meeting] = {}
"""Meetings parsed for their annotation and kept for their round trip, which runs later in
the same file and so in the same test worker: each corpus script is parsed once."""


def annotation_holds(script: Path, expect: Path) -> None:
    meeting = load_meeting(script)
    if script.name in _ROUND_TRIPPED:
        _KEPT[script] = meeting
    result = corpus.score(meeting, corpus.annotation(expect))
    wrong = [field for field in corpus.FIELDS if not result[field]]
    if wrong:  # the fields and why are the whole story: no traceback to build (it cost more
        # than the parse, for each of the hundreds of listed misses)
        pytest.fail(f"wrong {', '.join(wrong)}: " + "; ".join(result["why"]), pytrace=False)


def round_trip(script: Path, tmp_path: Path) -> None:
    meeting = _KEPT.pop(script, None)
    round_trip_holds(load_meeting(script) if meeting is None else meeting, tmp_path)


_ROUND_TRIPPED = {p.values[0].name for part in range(PARTS) for p in round_trips(part)}


@pytest.mark.parametrize(("script", "expect"), cases(0))
def test_annotation_holds(script: Path, expect: Path) -> None:
    annotation_holds(script, expect)


@pytest.mark.parametrize("script", round_trips(0))
def test_round_trip_gives_the_same_meeting(script: Path, tmp_path: Path) -> None:
    round_trip(script, tmp_path)


def test_scores_compare_loosely_where_the_annotation_says_so() -> None:
    assert corpus.same_text("传达学习上级会议精神", "下面进行第一项，传达学习上级会议精神")
    assert corpus.same_text("请周立群同志作点评讲话", "请周立群同志作点评讲话，大家欢迎")
    assert corpus.same_text(None, None)
    assert not corpus.same_text(None, "张三")
    assert not corpus.same_text("张三", "李四")


def test_an_item_title_may_name_it_another_way() -> None:
    """Readers differ on whether a title keeps the speaker's name, and the script itself may
    name an item in its overview, a heading and its announcement: any of these is right."""
    assert corpus.same_title("区长致辞", "请区长韦丽君致辞")
    assert corpus.same_title("请支部书记苗文斌同志讲专题党课", "支部书记讲专题党课")
    assert not corpus.same_title("区长致辞", "书记讲话")
    assert not corpus.same_title("区致辞", "请区长韦丽君致辞"), "too few words to say which item"
    assert not corpus.same_title("长致区辞", "请区长韦丽君致辞"), "the words in order"
    item = {"title": "请县财政局局长作预算报告", "also": ["审查预算报告"]}
    assert corpus.named(item, "审查预算报告")
    assert corpus.named(item, "县财政局局长作预算报告")
    assert not corpus.named(item, "审议人事任免事项")
    assert not corpus.named({"title": "听取工作报告"}, "审查预算报告")

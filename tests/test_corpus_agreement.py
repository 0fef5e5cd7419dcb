"""`scripts/corpus.py --against`: two readers' annotations of the same scripts compared, the
check that careful readers agree before the parser is measured against one of them."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import corpus
finally:
    sys.path.remove(str(ROOT / "scripts"))

WRITER = """\
title: 座谈会主持词
items:
  - title: 请局长通报情况
    also: [通报情况]
    cues:
      - {kind: speech, name: 郑海, role: 局长}
  - title: 企业家座谈发言
    cues:
      - {kind: speech, name: 夏立新, role: 董事长}
      - {kind: speech, name: null, role: null}
"""


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.expect.yaml").write_text(text, encoding="utf-8")


def test_readers_who_name_items_alike_and_count_the_same_turns_agree(tmp_path: Path) -> None:
    second = WRITER.replace("title: 请局长通报情况\n    also: [通报情况]", "title: 局长通报情况")
    _write(tmp_path / "a", "0001_symposium_normal", WRITER)
    _write(tmp_path / "b", "0001_symposium_normal", second)
    assert corpus.agreement(tmp_path / "a", tmp_path / "b") == "items and cues agree: 1/1"


def test_a_turn_counted_by_one_reader_only_is_a_disagreement(tmp_path: Path) -> None:
    second = WRITER.replace("      - {kind: speech, name: null, role: null}\n", "")
    _write(tmp_path / "a", "0002_symposium_normal", WRITER)
    _write(tmp_path / "b", "0002_symposium_normal", second)
    _write(tmp_path / "b", "0003_only_the_second_reader", WRITER)  # no pair: left out
    report = corpus.agreement(tmp_path / "a", tmp_path / "b").splitlines()
    assert report == [
        "0002_symposium_normal: cues [0, 1, 2] != [0, 1, 1]",
        "items and cues agree: 0/1",
    ]


def test_items_counted_apart_and_named_apart() -> None:
    one = corpus.yaml.safe_load(WRITER)
    merged = {"items": [{"title": "座谈", "cues": []}]}
    assert corpus.agree(one, merged) == ["items 2 != 1"]
    renamed = corpus.yaml.safe_load(WRITER.replace("企业家座谈发言", "市长讲话"))
    assert corpus.agree(one, renamed) == ["item 2: 企业家座谈发言 / 市长讲话"]

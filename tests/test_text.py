"""Cell widths, sentence splitting and Chinese line wrapping for the teleprompter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from chair.text import LONG_SENTENCE, split_sentences
from chair.tui import wrapping as text_mod
from chair.tui.wrapping import (
    HANG_CELLS,
    NO_END,
    NO_START,
    SPACES,
    WrappedPassage,
    cell_width,
    even,
    wrap,
    wrap_sentences,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ee9e4634ebe2cbaf.txt"
WIDTHS = (20, 37, 40, 60, 76, 80)
ENDS = "。！？；!?;…"
CLOSERS = "”’」』）》"

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def sample_paragraphs() -> list[str]:
    """The sample script's paragraphs, without the `##word##` markers."""
    raw = re.sub(r"##\w+##", "", SEED.read_text(encoding="utf-8"))
    return [line for line in raw.splitlines() if line.strip()]


PARAGRAPHS = sample_paragraphs()
LONG = [p for p in PARAGRAPHS if len(p) >= 500]


# --------------------------------------------------------------------------- helpers


def dropped_only_spaces(paragraph: str, lines: list[str]) -> bool:
    """Whether `lines` are `paragraph` in order, minus nothing but spaces between them."""
    pos = 0
    for line in lines:
        while not paragraph.startswith(line, pos) and pos < len(paragraph):
            if paragraph[pos] not in SPACES:
                return False
            pos += 1
        if not paragraph.startswith(line, pos):
            return False
        pos += len(line)
    return all(ch in SPACES for ch in paragraph[pos:])


def assert_reversible(text: str, lines: list[str], width: int, ambiguous_wide: bool) -> None:
    """The lines are each paragraph's lines in turn, and those give back the paragraph
    minus spaces at the breaks."""
    if not text:
        assert lines == []
        return
    expected = []
    for paragraph in text.split("\n"):
        mine = wrap(paragraph, width, ambiguous_wide) or [""]
        assert dropped_only_spaces(paragraph, mine), (paragraph, mine)
        expected.extend(mine)
    assert lines == expected


def assert_kinsoku(lines: list[str], width: int, ambiguous_wide: bool = False) -> None:
    """The line-breaking rules of the issue, for text where they can all be met."""
    for i, line in enumerate(lines):
        assert cell_width(line, ambiguous_wide) <= width, (width, line)
        assert line == line.rstrip(" "), line
        if line:
            assert line[0] not in NO_START, (width, i, line)
            assert line[-1] not in NO_END, (width, i, line)
        if i and lines[i - 1]:
            for pair in ("——", "……"):
                assert not (lines[i - 1][-1] == pair[0] and line[:1] == pair[1])


# --------------------------------------------------------------------------- cell_width


def test_cell_width_counts_wide_characters_as_two() -> None:
    assert cell_width("abc") == 3
    assert cell_width("中文") == 4
    assert cell_width("中a，") == 5
    assert cell_width("") == 0


def test_cell_width_ambiguous_characters() -> None:
    quoted = "“四下基层”"
    assert cell_width(quoted) == 10
    assert cell_width(quoted, ambiguous_wide=True) == 12
    assert cell_width("……——·", ambiguous_wide=True) == 10
    assert cell_width("……——·") == 5
    # Combining marks stay zero-width even though some are "ambiguous".
    assert cell_width("e\u0301", ambiguous_wide=True) == 1


def test_cell_width_matches_rich_on_emoji_sequences() -> None:
    for sample in ("👨\u200d👩\u200d👧", "❤\ufe0f", "🇨🇳", "a\u0301b", "x\ufe0f"):
        assert cell_width(sample) == cell_len(sample)
        assert sum(text_mod._widths(sample, False)) == cell_len(sample)


@PROPERTY
@given(st.text())
def test_cell_width_agrees_with_rich(sample: str) -> None:
    assert cell_width(sample) == cell_len(sample)
    assert sum(text_mod._widths(sample, False)) == cell_len(sample)
    assert cell_width(sample, True) == sum(text_mod._widths(sample, True))
    assert cell_width(sample, True) >= cell_width(sample)


def test_even() -> None:
    assert [even(w) for w in (80, 81, 2, 3, 1, 0, -3)] == [80, 80, 2, 2, 0, 0, 0]


# --------------------------------------------------------------------------- sentences


def test_split_sentences_keeps_closing_quotes_with_the_sentence() -> None:
    assert split_sentences("他说：“好。”然后走了。") == ["他说：“好。”", "然后走了。"]
    assert split_sentences("真的吗？！”他问。") == ["真的吗？！”", "他问。"]
    assert split_sentences("（发言毕）下面。") == ["（发言毕）下面。"]


def test_split_sentences_ellipsis() -> None:
    assert split_sentences("等等……然后呢") == ["等等……", "然后呢"]
    assert split_sentences("等等……，然后呢") == ["等等……，然后呢"]
    assert split_sentences("等等……。然后呢") == ["等等……。", "然后呢"]
    assert split_sentences("他说“等等……”然后") == ["他说“等等……”", "然后"]


def test_split_sentences_other_marks_and_whitespace() -> None:
    assert split_sentences("一；二！三？四") == ["一；", "二！", "三？", "四"]
    assert split_sentences("Yes! No? a; b") == ["Yes! ", "No? ", "a; ", "b"]
    assert split_sentences("同志们：\n今天开会。\n\n好。") == [
        "同志们：\n",
        "今天开会。\n\n",
        "好。",
    ]
    assert split_sentences("") == []
    assert split_sentences("没有句号") == ["没有句号"]


def test_split_sentences_cuts_run_on_sentences_at_commas() -> None:
    clause = "这是一个相当长的分句内容" * 2 + "，"  # 25 characters
    run_on = clause * 12 + "完。"
    pieces = split_sentences(run_on)
    assert "".join(pieces) == run_on
    assert len(pieces) > 1
    assert all(len(p) <= LONG_SENTENCE for p in pieces)
    assert all(p.endswith("，") for p in pieces[:-1])
    # Without a comma there is nothing to cut at.
    assert split_sentences("字" * 300 + "。") == ["字" * 300 + "。"]


def test_split_sentences_of_the_sample() -> None:
    for paragraph in PARAGRAPHS:
        sentences = split_sentences(paragraph)
        assert "".join(sentences) == paragraph
        for k, sentence in enumerate(sentences):
            core = sentence.rstrip(CLOSERS)
            assert core, sentence
            last = k == len(sentences) - 1
            # Ends with its mark (closing quote kept after it), or at a fallback comma.
            assert core[-1] in ENDS or core[-1] == "，" or last, sentence
            if core[-1] == "，":
                assert len(sentence) <= LONG_SENTENCE or "，" not in sentence[:-1]
            # A closing quote never starts the next sentence.
            assert sentence[0] not in CLOSERS, sentence
    first = split_sentences(LONG[0])
    assert first[0] == "第一，从“四下基层”中感悟为民初心。"


@PROPERTY
@given(st.text(alphabet=st.sampled_from("字ab 。！？；!?;…，、”’」』）》“（\n")))
def test_split_sentences_loses_nothing(passage: str) -> None:
    sentences = split_sentences(passage)
    assert "".join(sentences) == passage
    assert all(sentences)


# --------------------------------------------------------------------------- wrap: rules


def test_wrap_pushes_back_instead_of_starting_a_line_with_a_comma() -> None:
    assert wrap("字" * 9 + "，好", 18) == ["字" * 8, "字，好"]
    assert wrap("字" * 8 + "。”好", 16) == ["字" * 7, "字。”好"]


def test_wrap_never_ends_a_line_with_an_opening_mark() -> None:
    assert wrap("字" * 8 + "“引用”", 18) == ["字" * 8, "“引用”"]
    assert wrap("字" * 8 + "（注）", 18) == ["字" * 8, "（注）"]
    assert wrap("字" * 8 + "《书》", 18) == ["字" * 8, "《书》"]


def test_wrap_never_splits_dashes_or_ellipses() -> None:
    # — and … are one cell (East Asian Ambiguous) unless the terminal makes them wide.
    assert wrap("字" * 10 + "——好", 20) == ["字" * 9, "字——好"]
    assert wrap("字" * 10 + "……好", 20) == ["字" * 9, "字……好"]
    assert wrap("字" * 10 + "……", 20) == ["字" * 9, "字……"]
    assert wrap("字" * 9 + "——好", 20, ambiguous_wide=True) == ["字" * 8, "字——好"]


def test_wrap_hangs_punctuation_only_when_it_cannot_push_back() -> None:
    assert wrap("abcdefghij，", 10) == ["abcdefghij，"]
    assert cell_width("abcdefghij，") == 10 + HANG_CELLS
    assert wrap("“中”", 4, ambiguous_wide=True) == ["“中”"]


def test_wrap_keeps_latin_words_and_numbers_whole() -> None:
    sample = "2023年第3季度GDP增长5.2%，CPI上涨0.4%。"
    for width in range(4, 40):
        lines = wrap(sample, width)
        assert "".join(lines) == sample
        for token in ("2023", "GDP", "5.2%", "CPI", "0.4%"):
            assert any(token in line for line in lines), (width, lines)
        for line in lines:
            assert cell_width(line) <= width + HANG_CELLS
            assert line[0] not in NO_START, (width, lines)


def test_wrap_breaks_latin_text_at_spaces_and_drops_them() -> None:
    assert wrap("hello world foo", 11) == ["hello world", "foo"]
    assert wrap("hello   world", 7) == ["hello", "world"]
    assert wrap("中文 English 混排", 10) == ["中文", "English 混", "排"]
    assert wrap("a, b", 2) == ["a,", "b"]


def test_wrap_hard_splits_a_run_longer_than_the_line() -> None:
    assert wrap("a" * 25, 10) == ["a" * 10, "a" * 10, "a" * 5]
    assert wrap("中" + "x" * 12, 10) == ["中", "x" * 10, "xx"]


def test_wrap_wide_characters_and_tiny_widths() -> None:
    assert wrap("中中中", 3) == ["中", "中", "中"]
    assert wrap("中文", 1) == ["中", "文"] == wrap("中文", 0)
    assert wrap("中文", -5) == ["中", "文"]


def test_wrap_newlines_and_empty_input() -> None:
    assert wrap("", 20) == []
    assert wrap("一\n\n二", 20) == ["一", "", "二"]
    assert wrap("一\n", 20) == ["一", ""]
    assert wrap("   ", 20) == [""]
    assert wrap("  缩进", 20) == ["  缩进"]
    assert wrap("末尾   ", 20) == ["末尾"]


def test_wrap_combining_marks_stay_with_their_letter() -> None:
    lines = wrap("中" * 4 + "e\u0301" * 3, 9)
    assert all(not line.startswith("\u0301") for line in lines)


# --------------------------------------------------------------------------- wrap: sample


@pytest.mark.parametrize("width", WIDTHS)
def test_wrap_sample_long_passages(width: int) -> None:
    assert len(LONG) == 3 and max(len(p) for p in LONG) >= 600
    for passage in LONG:
        lines = wrap(passage, width)
        assert "".join(lines) == passage
        assert_kinsoku(lines, width)
        # Pushing back costs at most a few cells a line.
        assert all(cell_width(line) >= width - 8 for line in lines[:-1])


@pytest.mark.parametrize("width", WIDTHS)
def test_wrap_whole_sample_ambiguous_wide(width: int) -> None:
    for passage in PARAGRAPHS:
        lines = wrap(passage, width, ambiguous_wide=True)
        assert "".join(lines) == passage
        assert_kinsoku(lines, width, ambiguous_wide=True)


def test_ambiguous_mode_changes_the_wrapping() -> None:
    assert wrap(LONG[0], 40) != wrap(LONG[0], 40, ambiguous_wide=True)


def test_wrap_of_a_long_passage_is_whole_and_cached() -> None:
    """How fast wrapping is belongs to scripts/bench.py; here: a 20-fold passage wraps whole,
    and wrapping the same passage again at the same width is served from the cache."""
    big = LONG[0] * 20
    lines = wrap(big, 60)
    assert "".join(lines) == big
    assert_kinsoku(lines, 60)
    hits = text_mod._line_ranges.cache_info().hits
    assert wrap(big, 60) == lines
    assert text_mod._line_ranges.cache_info().hits == hits + 1


# --------------------------------------------------------------------------- wrap: properties

CJK = st.sampled_from("四下基层人民群众调查研究中文字")
WORDS = st.text(CJK, min_size=1, max_size=4)
LATIN = st.sampled_from(["GDP", "5.2%", "2023", "Python", "v1.0", "A-B", "x"])


@st.composite
def clauses(draw: st.DrawFn) -> str:
    """A clause as Chinese prose writes it: words, quoted or bracketed words, Latin
    and numbers, then one separator or end mark (perhaps with a closing quote)."""
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 5))
        word = draw(WORDS)
        if kind == 0:
            parts.append(f"“{word}”")
        elif kind == 1:
            parts.append(
                draw(st.sampled_from(["（", "《", "「"]))
                + word
                + draw(st.sampled_from(["）", "》", "」"]))
            )
        elif kind == 2:
            # Between Chinese words: two Latin tokens side by side would make one word
            # longer than the line, which must be hard-split (tested on its own below).
            parts.append(word + draw(LATIN) + draw(WORDS))
        elif kind == 3:
            parts.append(" " + draw(LATIN) + " ")
        else:
            parts.append(word)
    end = draw(st.sampled_from(["，", "、", "；", "：", "。", "！", "？", "……", "——", "。”", ""]))
    return "".join(parts) + end


PROSE = st.lists(clauses(), min_size=1, max_size=30).map("".join)


@PROPERTY
@given(PROSE, st.integers(16, 90), st.booleans())
def test_wrap_prose_obeys_every_rule(passage: str, width: int, ambiguous_wide: bool) -> None:
    lines = wrap(passage, width, ambiguous_wide)
    assert_reversible(passage, lines, width, ambiguous_wide)
    assert_kinsoku(lines, width, ambiguous_wide)
    for prev, line in zip(lines, lines[1:], strict=False):
        # No break inside a Latin word or number (a break at a space is fine).
        glued = prev + line
        assert not (prev[-1].isascii() and line[0].isascii() and glued in passage), (
            prev,
            line,
        )


ANY_CHARS = st.text(
    st.one_of(
        st.sampled_from(
            "字中文ab1. \n\u3000，。、；：！？）》」』”’…—),.:;?!％%（《「『“‘("
            "\u0301\u200d\ufe0f❤👍·█"
        ),
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
    ),
    max_size=120,
)


@PROPERTY
@given(ANY_CHARS, st.integers(-2, 30), st.booleans())
def test_wrap_any_text_is_bounded_and_lossless(
    passage: str, width: int, ambiguous_wide: bool
) -> None:
    lines = wrap(passage, width, ambiguous_wide)
    assert_reversible(passage, lines, width, ambiguous_wide)
    width = max(2, width)
    paragraphs = passage.split("\n") if passage else []
    assert len(lines) >= len(paragraphs)
    for line in lines:
        assert cell_width(line, ambiguous_wide) <= width + HANG_CELLS, (width, line)
        assert "\n" not in line
        assert not line or line[-1] not in SPACES
    # A line is empty only when its paragraph has nothing but spaces.
    blank = sum(1 for p in paragraphs if not p.strip("".join(SPACES)))
    assert sum(1 for line in lines if not line) == blank


# --------------------------------------------------------------------------- wrap_sentences


def segment_text(wrapped: WrappedPassage, k: int) -> str:
    return "".join(wrapped.lines[i][a:b] for i, a, b in wrapped.spans[k])


@pytest.mark.parametrize("width", WIDTHS)
def test_wrap_sentences_locates_every_sentence(width: int) -> None:
    for passage in LONG:
        sentences = split_sentences(passage)
        wrapped = wrap_sentences(sentences, width)
        assert list(wrapped.lines) == wrap(passage, width)
        assert len(wrapped.spans) == len(sentences)
        for k, sentence in enumerate(sentences):
            assert segment_text(wrapped, k) == sentence
            lines_used = [i for i, _, _ in wrapped.spans[k]]
            assert lines_used == list(range(lines_used[0], lines_used[-1] + 1))
        # Sentences follow one another without gaps.
        for k in range(1, len(sentences)):
            (pi, _, pb), (ni, na, _) = wrapped.spans[k - 1][-1], wrapped.spans[k][0]
            assert (ni, na) == (pi, pb) or (ni == pi + 1 and na == 0)


def test_wrap_sentences_is_cached_and_immutable() -> None:
    sentences = split_sentences(LONG[1])
    first = wrap_sentences(sentences, 40)
    assert wrap_sentences(tuple(sentences), 40) is first
    assert wrap_sentences(sentences, 40, ambiguous_wide=True) is not first
    with pytest.raises(AttributeError):
        first.lines = ()  # type: ignore[misc]


def test_scroll_keeps_the_sentence_in_the_upper_third() -> None:
    sentences = split_sentences(LONG[2])
    wrapped = wrap_sentences(sentences, 20)
    height = 24
    assert wrapped.scroll_top(0, height) == 0
    for k in range(len(sentences)):
        row = wrapped.first_line(k) - wrapped.scroll_top(k, height)
        assert 0 <= row < height / 3
    last = len(sentences) - 1
    assert wrapped.scroll_top(last, height) == wrapped.first_line(last) - 5


def test_wrap_sentences_with_spaces_and_newlines() -> None:
    sentences = split_sentences("Hello world! 你好。\n下一行")
    assert sentences == ["Hello world! ", "你好。\n", "下一行"]
    wrapped = wrap_sentences(sentences, 12)
    assert wrapped.lines == ("Hello world!", "你好。", "下一行")
    assert [segment_text(wrapped, k) for k in range(3)] == ["Hello world!", "你好。", "下一行"]
    assert wrapped.spans[1] == ((1, 0, 3),)
    empty = wrap_sentences([], 20)
    assert empty.lines == () and empty.spans == ()


@PROPERTY
@given(
    st.lists(st.text(st.sampled_from("字ab “”，。 \n"), max_size=15), max_size=8),
    st.integers(2, 30),
)
def test_wrap_sentences_segments_cover_the_lines(sentences: list[str], width: int) -> None:
    wrapped = wrap_sentences(sentences, width)
    assert list(wrapped.lines) == wrap("".join(sentences), width)
    covered = [(i, a, b) for spans in wrapped.spans for (i, a, b) in spans]
    assert covered == sorted(covered)
    rebuilt = {i: "" for i in range(len(wrapped.lines))}
    for i, a, b in covered:
        assert len(rebuilt[i]) == a
        rebuilt[i] += wrapped.lines[i][a:b]
    assert list(rebuilt.values()) == list(wrapped.lines)
    for k, sentence in enumerate(sentences):
        kept = segment_text(wrapped, k)
        assert kept == "".join(c for c in sentence if c != "\n").replace(" ", "") or (
            kept.replace(" ", "") == sentence.replace("\n", "").replace(" ", "")
        )

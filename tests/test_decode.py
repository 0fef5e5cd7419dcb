"""Decoding: every encoding an office PC saves, every bad file refused with its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from chair.errors import ChairError
from chair.script.decode import decode_bytes

TEXT = "会议主持词\r\n同志们：\r现在开会。\n##paidbegin##首先，进行会议第一项。##paidend##\n散会。"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_encodings_decode_to_the_same_text(encoding: str) -> None:
    data = TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + TEXT).encode(encoding)  # with a BOM, as Word writes it
    text = decode_bytes(data, "x.txt")
    assert text.split("\n") == [
        "会议主持词",
        "同志们：",
        "现在开会。",
        "首先，进行会议第一项。",
        "散会。",
    ]


def test_markers_removed_mid_line_and_lines_kept() -> None:
    text = decode_bytes(b"a##paidbegin##b\n##paidend##\nc##x_1##", "x.txt")
    assert text == "ab\n\nc"


def test_markdown_heading_hashes_are_not_markers() -> None:
    assert decode_bytes("## 第一项\n".encode(), "x.md") == "## 第一项\n"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \r\n\t \n", "empty"),
        (b"##paidbegin##\n##paidend##", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"abc\x00def", "binary"),
        (b"\xff\xfe\xfd\x80\x81", "decode"),
        (b"\x01\x02\x03\x04abc", "binary"),
    ],
)
def test_bad_files_name_the_file(data: bytes, words: str) -> None:
    with pytest.raises(ChairError) as info:
        decode_bytes(data, "bad.txt")
    assert info.value.path == "bad.txt"
    assert words in info.value.message


def test_utf16_without_bom_reads_random_bytes_do_not(tmp_path):
    sample = (Path(__file__).parent.parent / "seeds" / "000_ee9e4634ebe2cbaf.txt").read_text(
        "utf-8"
    )
    for encoding in ("utf-16-le", "utf-16-be"):
        text = decode_bytes(sample.encode(encoding), tmp_path / "x.txt")
        assert "四下基层" in text and "##" not in text
    noise = bytes((i * 7919 + 13) % 256 for i in range(4000))
    with pytest.raises(ChairError):
        decode_bytes(noise, tmp_path / "noise.txt")

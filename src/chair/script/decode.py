"""Bytes of a script file -> clean text, whatever the office PC saved it as.

Chinese scripts arrive as UTF-8 (with or without BOM), GB18030/GBK from older Windows
tools, or UTF-16 from Word's "Unicode text"; line ends are whatever the machine used.
Download sites also inject `##paidbegin##`-style markers that must never be shown or
counted. Every failure is a `ChairError` that names the file.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from chair.errors import ChairError

VENDOR_MARKER = re.compile(r"##[A-Za-z_0-9]{1,40}##")
"""`##paidbegin##`, `##paidend##` and their kind: tokens from download sites."""

_LINE_ENDS = re.compile(r"\r\n|\r|\u2028|\u2029")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file (copy its text into a .txt file)"),
    (b"PK\x03\x04", "a zip archive (a Word file? name it .docx)"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Office file (save it as .docx)"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF file (save it as .docx or .txt)"),
)


def clean_text(text: str) -> str:
    """Normalise line ends to `\\n` and drop vendor markers, keeping line numbers."""
    text = _LINE_ENDS.sub("\n", text)
    return VENDOR_MARKER.sub("", text)


def _sniff(data: bytes) -> str | None:
    """The encoding a BOM announces, if any."""
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without its BOM (some Windows tools do): the byte order whose text reads
    as Chinese or ASCII prose, if either does. Random binary data reads as neither."""
    if len(data) % 2:
        return None
    sample = data[:8192]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        prose = sum(1 for ch in text if _is_prose(ch))
        if text and prose >= 0.95 * len(text):
            return encoding
    return None


def _is_prose(ch: str) -> bool:
    o = ord(ch)
    return (
        32 <= o < 127
        or ch in "\n\r\t"
        or 0x4E00 <= o <= 0x9FFF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or 0x2000 <= o <= 0x206F
        or 0x3400 <= o <= 0x4DBF
    )


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
"""Below space, except \\t \\n \\v \\f \\r and ESC."""


def _looks_binary(text: str) -> bool:
    """Control characters no script contains: a binary file that happened to decode."""
    bad = len(_CONTROL.findall(text))
    return bad > 0 and bad * 100 >= len(text) or "\x00" in text


def decode_bytes(data: bytes, path: str | Path) -> str:
    """Decode a script's bytes into text with `\\n` line ends and no vendor markers."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ChairError(f"not a text script: this is {what}", path)
    encoding = _sniff(data)
    if encoding is None:
        if b"\x00" in data:
            utf16 = _utf16_without_bom(data)
            if utf16 is None:
                raise ChairError("not a text script: binary data (NUL bytes)", path)
            candidates: tuple[str, ...] = (utf16,)
        else:
            candidates = ("utf-8", "gb18030")
    else:
        candidates = (encoding,)
    text: str | None = None
    first_bad: int | None = None
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            first_bad = exc.start if first_bad is None else first_bad
            continue
        break
    if text is None:
        tried = ", ".join(c.upper() for c in candidates)
        # The line where the first encoding tried fails: mixed encodings, a cut-off file.
        line = (
            data.count(b"\n", 0, first_bad) + 1
            if first_bad is not None and encoding is None
            else None
        )
        raise ChairError(f"cannot decode the text (tried {tried})", path, line)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise ChairError("not a text script: binary data (control characters)", path)
    text = clean_text(text)
    if not text.strip():
        raise ChairError("the script is empty", path)
    return text

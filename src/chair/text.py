"""Sentences: how a passage is cut into the sentences the chair reads one at a time.

Pure functions of the text (no terminal, no Rich): the session walks passages sentence by
sentence with these, and the screen wraps them for the terminal (`chair.tui.wrapping`).
"""

from __future__ import annotations

__all__ = ["LONG_SENTENCE", "split_sentences"]

LONG_SENTENCE = 120
"""Sentences longer than this (in characters) are also split at `，` so the highlight moves."""


# --------------------------------------------------------------------------- sentences

_SENTENCE_END = frozenset("。！？；!?;")
_ELLIPSIS = "…"
_CLOSERS = frozenset("”’」』）》〉】〕］)]")
_CLAUSE_GOES_ON = frozenset("，、：,:")
_WHITESPACE = frozenset(" \t\r\n\u3000")


def split_sentences(text: str) -> list[str]:
    """Split a passage into the sentences the teleprompter highlights one at a time.

    A sentence ends at `。！？；!?;` (runs such as `！？` or `……。` stay together), at an
    ellipsis unless the clause goes on (`……，`), and at a line break. Closing quotes
    and brackets after the mark, and the whitespace after that, stay with the sentence,
    so `"".join(split_sentences(t)) == t`. A sentence longer than `LONG_SENTENCE`
    characters is further split after a `，` so the highlight keeps moving.
    """
    sentences: list[str] = []
    n = len(text)
    start = i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            i += 1
        elif ch in _SENTENCE_END or ch == _ELLIPSIS:
            j = i
            ellipsis_only = True
            while j < n and (text[j] in _SENTENCE_END or text[j] == _ELLIPSIS):
                ellipsis_only = ellipsis_only and text[j] == _ELLIPSIS
                j += 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            i = j
            if ellipsis_only and j < n and text[j] in _CLAUSE_GOES_ON:
                continue
        else:
            i += 1
            continue
        while i < n and text[i] in _WHITESPACE:
            i += 1
        sentences.extend(_split_long(text[start:i]))
        start = i
    if start < n:
        sentences.extend(_split_long(text[start:]))
    return sentences


def _split_long(sentence: str) -> list[str]:
    """Cut a run-on sentence after the last `，` within `LONG_SENTENCE` characters
    (or the first one after, if none), repeatedly; deterministic and lossless."""
    pieces: list[str] = []
    rest = sentence
    while len(rest) > LONG_SENTENCE:
        comma = rest.rfind("，", 0, LONG_SENTENCE)
        if comma < 0:
            comma = rest.find("，", LONG_SENTENCE)
        if comma < 0:
            break
        cut = comma + 1
        while cut < len(rest) and rest[cut] in _CLOSERS:
            cut += 1
        if not rest[cut:].strip():
            break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces

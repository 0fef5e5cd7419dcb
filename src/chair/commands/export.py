"""`chair export JOURNAL [--format md|yaml|docx|csv] [--kind 记录|纪要] [--recorder NAME] [-o FILE]`:
the minutes of a meeting (a 会议记录, or a 会议纪要 of its decisions; csv: planned against actual).

No Textual here: the secretary exports on any machine, and stdout carries only the
minutes so `chair export J > minutes.md` works; warnings go to stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from chair.errors import ChairError
from chair.events import MeetingHeader


def _lang(args: argparse.Namespace, header: MeetingHeader) -> str:
    """--lang when given, else the meeting's own language (header "lang")."""
    wanted = getattr(args, "lang", None)
    if wanted in ("zh", "en"):
        return wanted
    return header.lang if header.lang in ("zh", "en") else "zh"


def _write_text(text: str, output: str | None) -> None:
    if output is None:
        data = text.encode("utf-8")
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:  # a replaced stdout (tests)
            sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ChairError(f"cannot write the minutes: {exc.strerror or exc}", output) from None


def _looks_like_a_script(head: bytes) -> bool:
    """A Word document, or text in one of the encodings scripts come in."""
    if head.startswith((b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\0" in head:
        return False
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 4:  # a character cut by the 4 KB read
                return True
            continue
        return True
    return False


def _refuse_a_script(path: str) -> None:
    """A journal's first line is a JSON object; a script (text, Word, YAML) is not one.

    Giving the script instead of its journal is an easy slip: say so, not `FILE:1: …`.
    """
    if not os.path.isfile(path):
        return  # a FIFO would block the open; read_journal says what is wrong with the file
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return  # read_journal says what is wrong with the file
    start = head.lstrip()
    if not start or start.startswith(b"{"):
        return
    if not _looks_like_a_script(head):
        return  # not text either: read_events names the line that is wrong
    raise ChairError(
        "this is a script, not a meeting journal; export the journal that "
        "`chair run` wrote (its path is printed at start and at exit)",
        path,
    )


def main(args: argparse.Namespace) -> int:
    from chair.journal import read_journal
    from chair.minutes import (
        KIND_WORDS,
        build_minutes,
        render_csv,
        render_markdown,
        render_yaml,
        write_docx,
    )

    fmt = getattr(args, "format", None) or "md"
    output = getattr(args, "output", None)
    if fmt == "docx" and not output:
        raise ChairError("--format docx needs an output file: -o FILE.docx")
    path = args.journal_file
    if output and Path(output).exists() and Path(path).exists() and os.path.samefile(output, path):
        raise ChairError("the output file is the journal itself; choose another -o FILE", output)

    _refuse_a_script(path)
    events, warnings = read_journal(path)
    header = events[0]
    assert isinstance(header, MeetingHeader)  # read_journal checked line 1
    if header.mode == "rehearse":
        raise ChairError(
            "this is a rehearsal journal; rehearsals have a rehearsal report, not minutes", path
        )
    for warning in warnings:
        sys.stderr.write(f"chair: warning: {warning}\n")

    lang = _lang(args, header)
    kind = KIND_WORDS[getattr(args, "kind", None) or "记录"]
    minutes = build_minutes(
        header,
        events,
        chair=getattr(args, "chair", None),
        lang=lang,
        path=path,
        recorder=getattr(args, "recorder", None),
    )
    if fmt == "docx":
        assert output is not None  # refused above without -o
        try:
            write_docx(minutes, lang, output, kind)
        except OSError as exc:
            raise ChairError(f"cannot write the minutes: {exc.strerror or exc}", output) from None
        return 0
    if fmt == "yaml":
        text = render_yaml(minutes, lang)
    elif fmt == "csv":
        text = render_csv(minutes, lang)
        if output is not None:
            text = "\ufeff" + text  # a file a spreadsheet opens as UTF-8
    else:
        text = render_markdown(minutes, lang, kind)
    _write_text(text, output)
    return 0

"""Word documents: one paragraph per passage, numbered like lines.

python-docx is imported only here, and only when a .docx is read, so `chair check` on
a text script starts fast.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from chair.errors import ChairError
from chair.script.decode import clean_text

MAX_UNPACKED = 200 * 1024 * 1024
"""A .docx that unpacks to more than this is refused (a zip bomb is not a script)."""

MAX_DOCUMENT_XML = 16 * 1024 * 1024
"""The text part of a .docx: a script's is well under 1 MB; larger is refused before
python-docx parses it (its tree takes about ten times the size in memory)."""


def read_docx(path: str | Path) -> str:
    """The document's paragraphs as lines: paragraph N is line N of the text.

    Soft line breaks inside a paragraph are joined, so each paragraph stays one passage;
    paragraphs inside tables follow the body paragraphs' order of the document.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            if sum(info.file_size for info in zf.infolist()) > MAX_UNPACKED:
                raise ChairError("the Word file unpacks to more than 200 MB", path)
            if "word/document.xml" not in zf.namelist():
                raise ChairError("not a Word .docx file (no word/document.xml)", path)
            if zf.getinfo("word/document.xml").file_size > MAX_DOCUMENT_XML:
                raise ChairError(
                    "the Word file's text is too large for a script (more than 16 MB unpacked)",
                    path,
                )
    except zipfile.BadZipFile:
        raise ChairError("not a Word .docx file (not a zip archive)", path) from None
    except OSError as exc:
        raise ChairError(f"cannot read: {exc.strerror or exc}", path) from None
    try:
        import docx  # python-docx, lazily: only .docx scripts need it
        from docx.oxml.ns import qn

        document = docx.Document(str(path))
        lines: list[str] = []
        for block in document.element.body.iterchildren():
            if block.tag == qn("w:p"):
                lines.append(_paragraph_text(block))
            elif block.tag == qn("w:tbl"):
                for p in block.iter(qn("w:p")):
                    lines.append(_paragraph_text(p))
    except ChairError:
        raise
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        # python-docx's own words name its internals; say what it means for the chair.
        raise ChairError(
            "cannot read the Word file: it is damaged or not a Word document "
            f"(open it in Word and save it again as .docx) [{type(exc).__name__}]",
            path,
        ) from None
    text = clean_text("\n".join(lines))
    if not text.strip():
        raise ChairError("the script is empty", path)
    return text


def _paragraph_text(p: object) -> str:
    """The text of one `w:p` element, its soft breaks and tabs flattened."""
    from docx.text.paragraph import Paragraph

    text = Paragraph(p, None).text  # type: ignore[arg-type]
    return text.replace("\r", "").replace("\n", "").replace("\t", " ")

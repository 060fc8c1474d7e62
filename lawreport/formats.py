"""Which format an input is in: by the file's suffix, else by its content.

    format  suffixes                    reader               needs
    text    .txt .text .md              decode.decode        -
    html    .html .htm .shtml .xhtml    readers/html.py      -
    docx    .docx                       readers/docx.py      - (the standard library's zipfile)
    pdf     .pdf                        readers/pdf.py       pypdf: pip install 'lawreport[pdf]'

Standard input, bytes given to the API and files with any other suffix are
recognised by content: %PDF- in the first KB is a PDF, a ZIP holding
word/document.xml a DOCX, <html or <!DOCTYPE html in the first KB an HTML page,
anything else text. For HTML, DOCX and PDF the text every offset indexes is the
text the reader extracted (Source.note says so). load.from_bytes runs the reader
of the format; readers are imported only for an input that needs one, so a
plain-text run loads none of them.
"""

from __future__ import annotations

import re

FORMAT_OF_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
# Suffixes of the files a folder walk picks up (lower case).
READABLE_SUFFIXES: frozenset[str] = frozenset(FORMAT_OF_SUFFIX)

_SNIFF = 1024
# Compiled on the first input sniffed (re's own cache keeps it): an input named .txt, .html … is never sniffed.
_HTML_START = r"<!doctype\s+html|<html[\s>]"


def detect(raw: bytes, path: str | None) -> str:
    """The format of an input: its suffix decides, else its first bytes."""
    if path is not None:
        dot = path.rfind(".")
        fmt = FORMAT_OF_SUFFIX.get(path[dot:].lower()) if dot > max(path.rfind("/"), path.rfind("\\")) else None
        if fmt is not None:
            return fmt
    if raw.find(b"%PDF-", 0, _SNIFF) >= 0:
        return "pdf"
    if raw.startswith(b"PK\x03\x04") and _holds_word_document(raw):
        return "docx"
    head = raw[:_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head_text = head.decode("utf-16", errors="ignore")
    else:
        head_text = head.decode("latin-1")
    if re.search(_HTML_START, head_text.lower()):
        return "html"
    return "text"


def _holds_word_document(raw: bytes) -> bool:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


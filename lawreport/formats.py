"""Choose a reader for an input's bytes: by the file's suffix, else by its content.

    format  suffixes                    reader               needs
    text    .txt .text .md              load.decode          -
    html    .html .htm .shtml .xhtml    readers/html.py      -
    docx    .docx                       readers/docx.py      - (the standard library's zipfile)
    pdf     .pdf                        readers/pdf.py       pypdf: pip install 'lawreport[pdf]'

Standard input, bytes given to the API and files with any other suffix are
recognised by content: %PDF- in the first KB is a PDF, a ZIP holding
word/document.xml a DOCX, <html or <!DOCTYPE html in the first KB an HTML page,
anything else text. For HTML, DOCX and PDF the text every offset indexes is the
text the reader extracted (Source.note says so). Readers are imported only for
an input that needs one: a plain-text run loads none of them.
"""

from __future__ import annotations

import re
from importlib import import_module

from .load import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, Source, decode, text_too_long

FORMAT_OF_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
# Suffixes of the files a folder walk picks up (lower case).
READABLE_SUFFIXES: frozenset[str] = frozenset(FORMAT_OF_SUFFIX)

_SNIFF = 1024
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]")


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
    if _HTML_START.search(head_text.lower()):
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


def to_source(raw: bytes, name: str, path: str | None, *, max_bytes: int = DEFAULT_MAX_BYTES,
              max_chars: int = DEFAULT_MAX_CHARS) -> Source:
    """Decode `raw` with the reader of its format; every failure is a LawreportError.

    Readers stop as soon as their text passes `max_chars`; the check here holds every format to it.
    """
    fmt = detect(raw, path)
    if fmt == "text":
        text, encoding, bom = decode(raw, name)
        source = Source(text=text, encoding=encoding, path=path, format="text", size=len(raw), bom=bom)
    else:
        reader = import_module(f".readers.{fmt}", __package__)
        source = reader.read(raw, name, path, max_bytes=max_bytes, max_chars=max_chars)
    if len(source.text) > max_chars:
        raise text_too_long(name, max_chars)
    return source

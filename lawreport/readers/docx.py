"""DOCX reader: the body of word/document.xml, one paragraph per line, a table row per line.

A zipfile and a streaming XML parse of the standard library give the same
paragraphs as python-docx in ~2 ms instead of a 110 ms import (and lxml), so
DOCX needs no extra. Kept: the text of runs (w:t), tabs, line breaks, and table
cells (tab-separated, a cell's paragraphs joined by a space). Left out: headers,
footers, footnotes, comments, deleted revisions and field codes, and the
fallback copy of a text box (mc:Fallback repeats mc:Choice). Heading numbers
that Word generates (w:numPr) are not text in the file and are not added.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, cast
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from ..errors import ExitCode, LawreportError, text_too_long
from ..source import Source

NOTE = ("offsets index the text lawreport extracted from the DOCX (one paragraph or table row per line), "
        "not the file's bytes")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DOCUMENT = "word/document.xml"
_CHUNK = 1 << 16
# How much larger than the file its text part may unpack: Word's XML compresses
# about tenfold, so more than this is a ZIP bomb, not a report.
_UNPACK_FACTOR = 8
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding=["']([A-Za-z0-9_.-]+)""")
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY")


def read(raw: bytes, name: str, path: str | None, *, max_bytes: int, max_chars: int) -> Source:
    """The text of a DOCX, or a LawreportError naming why there is none."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, OSError):
        hint = " (a .doc or an encrypted DOCX? save it as DOCX)" if raw.startswith(b"\xd0\xcf\x11\xe0") else ""
        raise LawreportError(f"{name}: not a DOCX: no ZIP container{hint}", ExitCode.UNDECODABLE) from None
    limit = max(max_bytes, 1 << 20) * _UNPACK_FACTOR
    with archive:
        try:
            info = archive.getinfo(_DOCUMENT)
        except KeyError:
            raise LawreportError(f"{name}: not a DOCX: the ZIP holds no {_DOCUMENT}", ExitCode.UNDECODABLE) from None
        if info.file_size > limit:
            raise LawreportError(f"{name}: {_DOCUMENT} unpacks to {info.file_size} bytes, more than the limit of "
                                 f"{limit} (raise it with --max-bytes)", ExitCode.TOO_LARGE)
        try:
            with archive.open(info) as stream:
                text, encoding = _paragraphs(stream, limit, name, max_chars)
        except (zipfile.BadZipFile, zlib.error, ParseError, OSError, EOFError, NotImplementedError,
                RuntimeError) as exc:
            raise LawreportError(f"{name}: cannot read the DOCX ({exc})", ExitCode.UNDECODABLE) from None
    if not text.strip():
        raise LawreportError(f"{name}: the DOCX holds no text", ExitCode.EMPTY)
    return Source(text=text, encoding=encoding, path=path, format="docx", size=len(raw), note=NOTE)


def _paragraphs(stream: IO[bytes], limit: int, name: str, max_chars: int) -> tuple[str, str]:
    """Stream-parse document.xml: memory stays flat however long the document is, and the text
    kept stops at `max_chars` (a small file can unpack to far more text than its size)."""
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    lines: list[str] = []
    paragraphs: list[list[str]] = []  # open paragraphs (a text box nests one in another)
    rows: list[list[str]] = []  # open table rows: their finished cells
    cells: list[list[str]] = []  # open cells: their finished paragraphs
    skipping = 0  # depth inside mc:Fallback
    encoding, unpacked, head, kept = "utf-8", 0, True, 0
    prolog: bytes | None = b""  # the bytes before the root element, where a DTD would stand
    while chunk := stream.read(_CHUNK):
        unpacked += len(chunk)
        if unpacked > limit:
            raise LawreportError(f"{name}: {_DOCUMENT} unpacks to more than the limit of {limit} bytes "
                                 "(raise it with --max-bytes)", ExitCode.TOO_LARGE)
        if head:
            head = False
            declared = _DECLARED_ENCODING.match(chunk)
            if declared:
                encoding = declared.group(1).decode("ascii").lower()
        if prolog is not None:
            prolog = prolog[-16:] + chunk
            if _DTD.search(prolog):  # Word writes no DTD; its entities are how XML bombs work
                raise LawreportError(f"{name}: {_DOCUMENT} declares a DTD, which Word never writes",
                                     ExitCode.UNDECODABLE)
        parser.feed(chunk)
        # Only start and end events are asked for, and each of them carries an Element.
        for event, element in cast(Iterator[tuple[str, Element]], parser.read_events()):
            prolog = None
            tag = element.tag
            if tag == _FALLBACK:
                skipping += 1 if event == "start" else -1
                continue
            if skipping:
                if event == "end":
                    element.clear()
                continue
            if event == "start":
                if tag == _W + "p":
                    paragraphs.append([])
                elif tag == _W + "tr":
                    rows.append([])
                elif tag == _W + "tc":
                    cells.append([])
                continue
            if tag == _W + "t" and paragraphs:
                paragraphs[-1].append(element.text or "")
            elif tag in (_W + "tab", _W + "ptab") and paragraphs:
                paragraphs[-1].append("\t")
            elif tag in (_W + "br", _W + "cr") and paragraphs:
                paragraphs[-1].append(" " if cells else "\n")
            elif tag == _W + "noBreakHyphen" and paragraphs:
                paragraphs[-1].append("-")
            elif tag == _W + "p" and paragraphs:
                text = "".join(paragraphs.pop()).strip()
                kept += len(text) + 1
                if kept > max_chars:
                    raise text_too_long(name, max_chars)
                if cells:
                    cells[-1].append(text)
                elif text:
                    lines.append(text)
            elif tag == _W + "tc" and cells:
                cell = " ".join(p for p in cells.pop() if p)
                if rows:
                    rows[-1].append(cell)
            elif tag == _W + "tr" and rows:
                row = "\t".join(rows.pop()).strip()
                if cells:  # a table inside a cell: its rows become the cell's text
                    cells[-1].append(row)
                elif row:
                    lines.append(row)
            if tag in (_W + "p", _W + "tbl", _W + "body"):
                element.clear()
    parser.close()
    return "\n".join(filter(None, (line.strip() for part in lines for line in part.split("\n")))), encoding

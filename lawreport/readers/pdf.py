"""PDF reader (pypdf, the `pdf` extra): the text layer, with the page's hard wraps undone.

A PDF has no paragraphs, only lines: a report's sentence broken at the right
margin comes out as two lines (34 lines become 128 on one seed, 71 of the
breaks inside words). A line joins the next without a break when it is about
as wide as the document's full lines, does not end a sentence (。！？), and the
next line is neither indented nor a heading (structure.runs_on): so titles,
headings and the last line of a paragraph keep their break. Page numbers alone
on a page's first or last line (- 3 -, 第3页, 3/12) are dropped, and so are a
running header (the report's title, say) opening most pages after the first
and a running footer ending most pages, which would run into the sentence a
page break splits (…调解成功率达到 / 某县…报告 / 97.4%). Radical glyphs
that PDF fonts map for ideographs (⾏政, ⼀, ⻓) become those ideographs, one
character each (normalize.radical_ideographs).
"""

from __future__ import annotations

import io
import itertools
import logging
import unicodedata
from collections import Counter

from ..errors import ExitCode, LawreportError, text_too_long
from ..normalize import normalize, radical_ideographs
from ..source import Source
from ..structure import FULL_LINE_SHARE, PAGE_NUMBER, runs_on
from ..watchdog import budget, deadline

NOTE = ("offsets index the text lawreport extracted from the PDF (page numbers dropped, lines broken "
        "at the margin joined), not the file's bytes")

_WIDE_LINE_PERCENTILE = 0.9


def read(raw: bytes, name: str, path: str | None, *, max_bytes: int, max_chars: int) -> Source:
    """The text of a PDF, or a LawreportError naming why there is none."""
    try:
        import pypdf
    except ImportError:
        raise LawreportError(f"{name}: reading a PDF needs pypdf: pip install 'lawreport[pdf]'",
                             ExitCode.MISSING_EXTRA) from None
    with deadline(budget(len(raw)), name):  # a malformed PDF can send a parser round in circles
        pages = _page_texts(pypdf, raw, name, max_chars)
    text = join_lines([page.translate(radical_ideographs()) for page in pages])
    if not text.strip():
        raise LawreportError(f"{name}: the PDF has no text layer (a scan? lawreport does not OCR)",
                             ExitCode.EMPTY)
    return Source(text=text, encoding="pdf", path=path, format="pdf", size=len(raw), note=NOTE)


def _page_texts(pypdf, raw: bytes, name: str, max_chars: int) -> list[str]:
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)  # pypdf logs every repaired cross-reference; the record is what counts
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LawreportError(f"{name}: the PDF is encrypted with a password", ExitCode.UNDECODABLE)
        pages, total = [], 0
        for page in reader.pages:
            text = page.extract_text() or ""
            total += len(text)
            if total > max_chars:
                raise text_too_long(name, max_chars)
            pages.append(text)
        return pages
    except LawreportError:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed PDF makes pypdf raise anything; it is one clear error
        raise LawreportError(f"{name}: cannot read the PDF ({type(exc).__name__}: {exc})",
                             ExitCode.UNDECODABLE) from None
    finally:
        logger.setLevel(level)


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _running(ends: list[str | None], pages: int) -> str | None:
    """The line that `ends` (each page's first line, or each page's last) repeat on half the `pages` at least and two
    at least, a running header's or footer's: a table's row repeated on the pages a long table fills is none."""
    line, count = Counter(end for end in ends if end).most_common(1)[0] if any(ends) else (None, 0)
    return line if count >= max(2, pages / 2) else None


def join_lines(pages: list[str]) -> str:
    """Paragraphs from pages of hard-wrapped lines (see the module's docstring)."""
    paged: list[list[str]] = []
    for page in pages:
        page_lines = [line.rstrip() for line in page.splitlines() if line.strip()]
        while page_lines and PAGE_NUMBER.fullmatch(page_lines[0]):
            page_lines.pop(0)
        while page_lines and PAGE_NUMBER.fullmatch(page_lines[-1]):
            page_lines.pop()
        paged.append(page_lines)
    # A running header, on the first page too, stays there, opening the text (it may be the report's title); a
    # running footer goes from every page.
    header = _running([page[0].strip() if page else None for page in paged[1:]], len(paged) - 1)
    footer = _running([page[-1].strip() if page else None for page in paged], len(paged))
    lines: list[str] = []
    for number, page_lines in enumerate(paged):
        if number and header is not None and page_lines and page_lines[0].strip() == header:
            page_lines = page_lines[1:]
        if footer is not None and page_lines and page_lines[-1].strip() == footer:
            page_lines = page_lines[:-1]
        lines.extend(page_lines)
    if not lines:
        return ""
    widths = sorted(_width(line.strip()) for line in lines)
    full = widths[int((len(widths) - 1) * _WIDE_LINE_PERCENTILE)] * FULL_LINE_SHARE
    out: list[str] = []
    joined = lines[0].strip()
    normalized = [normalize(line) for line in lines]  # each line once, though runs_on reads it twice
    for (line, following), (norm_line, norm_following) in zip(itertools.pairwise(lines),
                                                             itertools.pairwise(normalized)):
        here = line.strip()
        nxt = following.strip()
        if _width(here) >= full and runs_on(norm_line.strip(), norm_following):
            ascii_words = here[-1:].isascii() and here[-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalpha()
            joined += (" " if ascii_words else "") + nxt
        else:
            out.append(joined)
            joined = nxt
    out.append(joined)
    return "\n".join(out)

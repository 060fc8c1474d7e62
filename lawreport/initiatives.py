"""Interpret stage, initiatives: each measure a report lists, as a row.

Reports list their measures in a few ways, tried in this order for each paragraph:
(a) 一是…二是… items, at a line start or inside a paragraph;
(b) a numbered item (1. / 1、 / (1)) with body text;
(c) a (一) paragraph with body text and no numbered items of its own;
(d) in unnumbered parts, a paragraph that opens with a short lead sentence
    (加强统筹谋划抓好推动落实。召开区委…).
The title is the item's lead phrase as written.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .catalog import CATALOG
from .structure import (
    ITEM_MARKER,
    PAUSES,
    SENTENCE_ENDS,
    SENTENCE_MARKS,
    TITLE_ENDS,
    Outline,
    Section,
    char_class,
)

_PARAGRAPH = regex.compile(r"[^\n]+")
_LEAD_END = regex.compile(char_class(TITLE_ENDS))
_PAUSE = regex.compile(char_class(PAUSES))
# A short lead sentence that opens a paragraph and is followed by more on the line.
_FIRST_SENTENCE = regex.compile(rf"{char_class(SENTENCE_ENDS, negate=True)}{{2,30}}{char_class(SENTENCE_MARKS)}(?=\S)")
_QUOTED = regex.compile(r"“([^“”\n,。;、]{2,20})”")
_LAUNCH_WINDOW = 8
_CIRCLE = regex.compile(r"\d{1,3}分钟\p{Han}{2,12}?圈")
_MAX_TITLE = 40


@dataclass(slots=True)
class FoundInitiative:
    title_start: int
    title_end: int
    start: int
    end: int
    section: list[Section]
    category: str
    programmes: list[str]
    first_claims: list[tuple[int, int]]


def _title(text: str, start: int, end: int) -> tuple[int, int]:
    """The lead phrase: up to the end of a title (。 ; !?) — or, when that runs long, up to the first pause."""
    stop = _LEAD_END.search(text, start, end)
    title_end = stop.start() if stop else end
    if title_end - start > _MAX_TITLE:
        pause = _PAUSE.search(text, start, title_end)
        if pause:
            title_end = pause.start()
    return start, title_end


class _Headings:
    """Headings by the line they open, to tell numbered paragraphs from plain ones."""

    def __init__(self, outline: Outline):
        self.by_start = {s.heading.start: (i, s) for i, s in enumerate(outline.tree)}
        self.has_children = {s.parent for s in outline.tree if s.parent is not None}


def find_initiatives(text: str, outline: Outline) -> list[FoundInitiative]:
    """Every initiative of a normalized text, in reading order."""
    headings = _Headings(outline)
    claims = [m.span() for m in CATALOG.first_claim.finditer(text)]  # one pass; items take theirs by offset
    claim_starts = [start for start, _ in claims]
    first_section = outline.tree[0].start if outline.tree else len(text)
    found: list[FoundInitiative] = []
    for para in _PARAGRAPH.finditer(text):
        p_start, p_end = para.span()
        lead = len(para.group(0)) - len(para.group(0).lstrip(" \t\u3000"))
        line_start = p_start + lead
        markers = list(ITEM_MARKER.finditer(text, p_start, p_end))
        heading = headings.by_start.get(line_start)
        if markers:
            for i, m in enumerate(markers):
                end = markers[i + 1].start() if i + 1 < len(markers) else p_end
                found.append(_make(text, outline, claims, claim_starts, m.start(), m.end(), end, None))
            continue
        if heading is not None:
            index, section = heading
            h = section.heading
            has_body = h.end < p_end and text[h.end:p_end].strip("。; \t")
            if h.level == 3 or (h.level == 2 and index not in headings.has_children):
                if has_body:
                    found.append(_make(text, outline, claims, claim_starts, line_start, h.title_start, p_end, section,
                                       h.end))
            continue
        if line_start < first_section:
            continue
        m = _FIRST_SENTENCE.match(text, line_start, p_end)
        if m:
            found.append(_make(text, outline, claims, claim_starts, line_start, line_start, p_end, None,
                               m.end() - 1))
    return found


def _make(text: str, outline: Outline, claims: list[tuple[int, int]], claim_starts: list[int], start: int,
          title_start: int, end: int, itself: Section | None, title_end: int | None = None) -> FoundInitiative:
    if title_end is None:
        title_start, title_end = _title(text, title_start, end)
    path = [s for s in outline.path_at(start) if s is not itself]
    programmes = list(dict.fromkeys(
        [m.group(1) for m in _QUOTED.finditer(text, start, end) if _is_programme(text, m)]
        + [m.group(0) for m in _CIRCLE.finditer(text, start, end)]
    ))
    return FoundInitiative(
        title_start=title_start, title_end=title_end, start=start, end=end, section=path,
        category=path[0].kind if path else "other", programmes=programmes,
        first_claims=[claims[k] for k in within(claim_starts, start, end) if claims[k][1] <= end],
    )


def _is_programme(text: str, m: regex.Match) -> bool:
    """A quoted name that launches something (“法立方”, “新享法”服务站), not a slogan (“打卡”)."""
    name = m.group(1)
    if any(c.isdigit() for c in name) or CATALOG.programme_nouns.search(name):
        return True
    if CATALOG.programme_nouns.match(text, m.end()):
        return True
    return CATALOG.launch_verbs.search(text, max(0, m.start() - _LAUNCH_WINDOW), m.start()) is not None


def within(spans_starts: list[int], start: int, end: int) -> range:
    """Indexes of the sorted `spans_starts` that fall in [start, end)."""
    return range(bisect.bisect_left(spans_starts, start), bisect.bisect_left(spans_starts, end))

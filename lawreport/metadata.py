"""Interpret stage, metadata: kind, title, issuer, region, report year, publication date.

Each field comes from a named cue (the title line, a 来源/发布时间 line, the dated
signature, the opening sentence) and is null when no cue says it: a correct
abstention costs nothing, a guess is a defect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

import regex

from . import regions
from .catalog import CATALOG
from .dates import YEAR, date_at
from .models import Finding, Offsets
from .structure import HEADING_NUMBERING, Outline

_HEAD_CHARS = 400
_TITLE_MAX = 60
_LINE = regex.compile(r"[^\n]*")
_TITLE_YEAR = regex.compile(rf"(?<![\d\-—~])({YEAR})年(?:度)?(?![\d\-—~])(?!\d{{1,2}}月)")
_YEAR_RANGE = regex.compile(rf"{YEAR}\s*[-—~至到]\s*(?:{YEAR}|\d{{2}})")
# A paragraph opening with the year it reports on, after a news dateline or a yearbook entry's 【topic】.
_OPENING_YEAR = regex.compile(
    rf"^\s*(?:(?:本报讯|本网讯|讯)\s*(?:\([^)\n]{{0,24}}\))?\s*|【[^】\n]{{1,20}}】\s*)?({YEAR})年(?:度|以来)?(?:,|全年)"
)
_FAMILIAR_PREFIXES = ("法治", "平安", "智慧")


@dataclass(slots=True)
class Line:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Metadata:
    kind: str = "other"
    title: tuple[int, int] | None = None  # span of the title in the text
    issuer: str | None = None
    issuer_span: tuple[int, int] | None = None
    issuer_how: str | None = None
    region: regions.RegionResult | None = None
    report_year: int | None = None
    report_year_span: tuple[int, int] | None = None
    published: str | None = None
    published_span: tuple[int, int] | None = None
    kind_span: tuple[int, int] | None = None
    problems: list[Finding[Offsets]] = field(default_factory=list)


def _lines(text: str) -> list[Line]:
    return [Line(m.group(0).strip(), m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), m.end())
            for m in _LINE.finditer(text) if m.group(0).strip()]


def _is_debris(line: Line) -> bool:
    return bool(CATALOG.debris.search(line.text))


def _is_paragraph(line: Line) -> bool:
    return "。" in line.text or len(line.text) > _TITLE_MAX


def find_title(lines: list[Line]) -> Line | None:
    """The title line: before the first paragraph, not page furniture, not a numbered heading."""
    candidates = []
    for line in islice((line for line in lines if not _is_debris(line)), 8):  # page furniture does not count
        if _is_paragraph(line) or line.text.count(",") > 1 or _OPENING_YEAR.match(line.text):
            break
        if HEADING_NUMBERING.match(line.text):
            break
        if line.text.endswith((":", "。")):
            continue
        candidates.append(line)
    for line in candidates:
        if CATALOG.title_words.search(line.text):
            return line
    return None


def _report_year(text: str, title: Line | None, lines: list[Line], outline: Outline):
    if title is not None and not _YEAR_RANGE.search(title.text):
        m = _TITLE_YEAR.search(title.text)
        if m:
            return int(m.group(1)), (title.start + m.start(1), title.start + m.end(1))
    m = CATALOG.report_statement.search(text)
    if m:
        return int(m.group(1)), m.span(1)
    opening = next((line for line in lines if not _is_debris(line) and _is_paragraph(line)), None)
    if opening is not None:
        m = _OPENING_YEAR.match(opening.text)
        if m:
            return int(m.group(1)), (opening.start + m.start(1), opening.start + m.end(1))
    for section in outline.sections[:1]:
        if section.kind == "achievements" and section.year:
            m = _TITLE_YEAR.search(text, section.heading.start, section.heading.end)
            return section.year, m.span(1) if m else (section.heading.start, section.heading.end)
    return None, None


def _published(text: str, lines: list[Line]):
    """The 发布时间 line's date, else a date standing alone on one of the last lines (the signature)."""
    for m in CATALOG.published_line.finditer(text):
        found = date_at(text, m.end())
        if found:
            return found
    for line in lines[-3:]:
        found = date_at(text, line.start, line.start + len(line.text), whole=True)
        if found:
            return found
    return None, None


def _kind(text: str, title: Line | None, outline: Outline):
    head_end = min(len(text), _HEAD_CHARS)
    for rule in CATALOG.kinds:
        if title is not None and rule.title is not None:
            m = rule.title.search(title.text)
            if m:
                return rule.kind, (title.start + m.start(), title.start + m.end())
        if rule.head is not None:
            m = rule.head.search(text, 0, head_end)
            if m:
                return rule.kind, m.span()
    kinds = {s.kind for s in outline.sections}
    if "achievements" in kinds and kinds & {"shortcomings", "plans"}:
        first = outline.sections[0].heading
        return "annual_report", (first.start, first.end)
    return "other", None


def _issuer(text: str, title: Line | None, lines: list[Line]):
    """(name, span, how) of the body that issues the report, or a bare self-reference."""
    for m in CATALOG.source_line.finditer(text, 0, min(len(text), 2000)):
        org = CATALOG.org.fullmatch(m.group(1))
        if org:
            return m.group(1), m.span(1), "source line"
    if title is not None:
        for line in lines:  # a header line naming the body above the title (XX区人民政府 / 关于…的报告)
            if line.start >= title.start:
                break
            if CATALOG.org.fullmatch(line.text):
                return line.text, (line.start, line.start + len(line.text)), "header"
        year = regex.match(rf"{YEAR}年(?:度)?", title.text)
        pos = title.start + (year.end() if year else 0)
        org = CATALOG.org.match(text, pos, title.start + len(title.text))
        if org:
            return org.group(0), org.span(), "title"
    for line in lines[-3:]:
        org = CATALOG.org.fullmatch(line.text)
        if org:
            return line.text, (line.start, line.start + len(line.text)), "signature"
    opening = next((line for line in lines if not _is_debris(line) and _is_paragraph(line)), None)
    if opening is not None:
        lead = regex.match(rf"(?:{YEAR}年(?:度|以来)?,?)?(?:全年,?|近年来,?)?", opening.text)
        pos = opening.start + lead.end()
        org = CATALOG.org.match(text, pos, opening.end)
        if org:
            return org.group(0), org.span(), "opening"
        bare = CATALOG.self_reference.match(text, pos, opening.end)
        if bare:
            return bare.group(0), bare.span(), "opening+region"
    return None, None, None


def _complete_issuer(bare: str, region: regions.RegionResult) -> str | None:
    """区司法局 in a report about 坪山区 is 坪山区司法局; None when the region does not fit."""
    level = bare[0]
    for place in (region.county, region.city, region.province):
        if place and place.endswith(level):
            return place + bare[1:]
    return None


def _region_hints(text: str, title: Line | None, issuer: str | None) -> list[str]:
    hints = [title.text] if title is not None else []
    if issuer:
        hints.append(issuer)
    for prefix in _FAMILIAR_PREFIXES:
        for m in regex.finditer(rf"{prefix}(\p{{Han}}{{2,3}}?)(?=建设|[”\"]|品牌|文化|矩阵|$)", text):
            hints.append(m.group(1))
    return hints


def read_metadata(text: str, outline: Outline) -> Metadata:
    """Every metadata field of one normalized text."""
    meta = Metadata()
    lines = _lines(text)
    title = find_title(lines)
    if title is not None:
        meta.title = (title.start, title.start + len(title.text))
    meta.kind, meta.kind_span = _kind(text, title, outline)
    meta.report_year, meta.report_year_span = _report_year(text, title, lines, outline)
    meta.published, meta.published_span = _published(text, lines)
    issuer, issuer_span, how = _issuer(text, title, lines)
    full_issuer = issuer if issuer and how != "opening+region" else None
    meta.region = regions.resolve(text, _region_hints(text, title, full_issuer))
    if meta.region.note:
        meta.problems.append(Finding[Offsets](kind="region_ambiguous", message=meta.region.note))
    if issuer and how == "opening+region":
        completed = _complete_issuer(issuer, meta.region)
        if completed is None:
            meta.problems.append(Finding[Offsets](kind="issuer_unresolved", spans=[issuer_span],
                                                  message=f"the report names itself {issuer} but its place is not known"))
            issuer = None
        else:
            issuer = completed
    if issuer:
        meta.issuer, meta.issuer_span, meta.issuer_how = issuer, issuer_span, how
    return meta

"""Structure stage: headings, top-level sections and their kinds, sentences.

Reports number their outline in a few conventional ways (一、 / (一) / 1. / 一是 /
【基本情况】). The kind of each top-level section decides whether the numbers in
it are achievements or targets: a figure under 下一步工作计划 is a plan.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

import regex

from .catalog import CATALOG

_CN_DIGITS = "一二三四五六七八九十〇零两"

# (level, pattern) — the pattern matches the numbering at the start of a line.
_HEADING_PATTERNS = (
    (1, regex.compile(rf"[{_CN_DIGITS}]{{1,3}}[、.](?=\S)")),
    (1, regex.compile(r"第[一二三四五六七八九十]{1,3}(?:部分|章)\s*")),
    (1, regex.compile(r"【(?=[^】\n]{1,24}】)")),
    (2, regex.compile(rf"[(][{_CN_DIGITS}]{{1,3}}[)]")),
    (3, regex.compile(r"\d{1,2}(?:[、]|\.(?!\d))")),
    (3, regex.compile(r"[(]\d{1,2}[)]")),
    (4, regex.compile(rf"[{_CN_DIGITS}]{{1,3}}是(?=\S)")),
)
_LINE_INDENT = regex.compile(r"[ \t\u3000\xa0]*")
_TITLE_END = regex.compile(r"[。;!?]")
_YEAR_IN_TITLE = regex.compile(r"(?<!\d)((?:19|20)\d{2})年")
_SENTENCE_END = regex.compile(r"[。!?\n]")


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    numbering: str
    title: str
    start: int  # where the numbering starts
    end: int  # where the title ends
    line_end: int


@dataclass(frozen=True, slots=True)
class Section:
    heading: Heading
    kind: str  # achievements | shortcomings | plans | responsibilities | other
    start: int
    end: int
    year: int | None  # a year named in the heading (三、2023年工作计划 → 2023)


def _classify(title: str) -> str:
    for kind, pattern in CATALOG.section_kinds:
        if pattern.search(title):
            return kind
    return "other"


class Outline:
    """Headings and top-level sections of one (normalized) text."""

    def __init__(self, text: str):
        self.text = text
        self.headings = list(_find_headings(text))
        self.sections = self._top_sections()
        self._section_starts = [s.start for s in self.sections]
        self.plan_paragraphs = self._plan_paragraphs()

    def _top_sections(self) -> list[Section]:
        top = [h for h in self.headings if h.level == 1]
        sections = []
        for i, h in enumerate(top):
            end = top[i + 1].start if i + 1 < len(top) else len(self.text)
            year = _YEAR_IN_TITLE.search(h.title)
            sections.append(
                Section(h, _classify(h.title), h.start, end, int(year.group(1)) if year else None)
            )
        return sections

    def _plan_paragraphs(self) -> list[tuple[int, int]]:
        """Paragraphs that open with a plan cue (下一步, 今后) outside any numbered plan section."""
        spans = []
        for m in CATALOG.plan_paragraph.finditer(self.text):
            end = self.text.find("\n", m.end())
            spans.append((m.start(), len(self.text) if end < 0 else end))
        return spans

    def section_at(self, offset: int) -> Section | None:
        i = bisect.bisect_right(self._section_starts, offset) - 1
        return self.sections[i] if i >= 0 else None

    def in_plan(self, offset: int) -> tuple[bool, int | None]:
        """Whether `offset` lies in a plan (target) part, and the year it plans for when named."""
        section = self.section_at(offset)
        if section is not None and section.kind == "plans":
            return True, section.year
        for start, end in self.plan_paragraphs:
            if start <= offset < end:
                return True, None
        return False, None

    @cached_property
    def sentence_bounds(self) -> list[int]:
        """Offsets where sentences start (after 。!? or a line break)."""
        return [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)]

    def sentence_start(self, offset: int) -> int:
        bounds = self.sentence_bounds
        return bounds[bisect.bisect_right(bounds, offset) - 1]

    def sentence_end(self, offset: int) -> int:
        m = _SENTENCE_END.search(self.text, offset)
        return m.start() if m else len(self.text)


def _find_headings(text: str):
    pos = 0
    n = len(text)
    while pos < n:
        line_end = text.find("\n", pos)
        if line_end < 0:
            line_end = n
        start = _LINE_INDENT.match(text, pos, line_end).end()
        for level, pattern in _HEADING_PATTERNS:
            m = pattern.match(text, start, line_end)
            if m:
                yield _heading(text, level, m, line_end)
                break
        pos = line_end + 1


def _heading(text: str, level: int, m: regex.Match, line_end: int) -> Heading:
    numbering = m.group(0).strip()
    title_start = m.end()
    if numbering == "【":
        close = text.find("】", title_start, line_end)
        numbering, title_end = "【】", close
    else:
        stop = _TITLE_END.search(text, title_start, line_end)
        title_end = stop.start() if stop else line_end
    title = text[title_start:title_end].strip()
    return Heading(level, numbering, title, m.start(), title_end, line_end)

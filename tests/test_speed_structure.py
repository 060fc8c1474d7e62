"""Shortcuts of the structure, initiatives and numbers stages: each answers exactly as the plain reading it spares."""

from __future__ import annotations

import bisect

import regex
from conftest import sentences_cut_at
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import structure
from lawreport.catalog import get_catalog
from lawreport.numbers import parse_numeral
from lawreport.scanning import opening_chars
from lawreport.structure import SENTENCE_ENDS, Outline

# Sentence and clause marks, numbering and filler: texts with sentences long and short, and lines.
PIECES = ["。", "!", "?", "\n", ",", ";", ":", "、", "(", ")", "“", "”", "一、", "(二)", "3.", "一是", "调解", "件", "x" * 7]


def _plain_sentence_end(outline: Outline, offset: int) -> int:
    """sentence_end as a search: the first mark from `offset` on, unless the sentence's next bound comes first."""
    text, bounds = outline.text, outline.sentence_bounds
    i = bisect.bisect_right(bounds, offset)
    limit = bounds[i] if i < len(bounds) else len(text)
    marks = [k for k, c in enumerate(text) if c in SENTENCE_ENDS]
    j = bisect.bisect_left(marks, offset)
    return marks[j] if j < len(marks) and marks[j] < limit else limit


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.integers(1, 12))
def test_a_sentence_ends_where_the_search_for_its_mark_ends(pieces, longest):
    text = "".join(pieces)
    with sentences_cut_at(longest):  # sentences cut short, as a run without a mark is
        outline = Outline(text)
        for offset in range(-2, len(text) + 3):
            assert outline.sentence_end(offset) == _plain_sentence_end(outline, offset)
            assert outline.sentence_at(offset) == (outline.sentence_start(offset), _plain_sentence_end(outline, offset))


def test_the_characters_a_match_opens_with():
    assert opening_chars(regex.compile("(?:注|备注|说明)[:]")) == "".join(sorted("注备说"))
    assert opening_chars(regex.compile("(?:(?:严格)|(?:加强))")) == "".join(sorted("严加"))
    assert opening_chars(regex.compile("(?:ab|cd)x|e+")) == "ace"
    assert opening_chars(regex.compile("[ab]")) == "ab"  # a class of plain characters names them
    assert opening_chars(regex.compile("(?:a|[bc])")) == "abc"
    # what may be left out, and the character after it; past a lookaround or a start's anchor; a capturing group
    for pattern, chars in [("(?:a|b)?c", "abc"), ("a?b", "ab"), ("[ab]?c", "abc"), ("(a|b)", "ab"), ("(?<=x)a", "a"),
                           ("^a", "a")]:
        assert opening_chars(regex.compile(pattern)) == chars, pattern
    for pattern in ["a*", "a{0,2}", "(?m)ab", r"\d", "[a-c]", "[^ab]", "ab|", "", ".", "^", r"\ba", "a?(?:b|\\d)"]:
        assert opening_chars(regex.compile(pattern)) is None, pattern
    assert opening_chars(regex.compile("ab", regex.IGNORECASE)) is None  # A opens a match too


OPENING_PIECES = ["注:", "备注:", "说明", "严格", "加强执行", "平台", "服务站", "工作法", "站", "团队", "“", "”", ",", "。", "\n", "其他"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(OPENING_PIECES), max_size=12))
def test_no_match_opens_with_another_character(pieces):
    text = "".join(pieces)
    catalog = get_catalog()
    for pattern in (catalog.note, catalog.measure_verbs, catalog.programme_nouns):
        chars = opening_chars(pattern)
        assert chars is not None
        for offset in range(len(text) + 1):
            if text[offset:offset + 1] not in chars:
                assert pattern.match(text, offset) is None


# Numbering of every family, with its look-alikes (十一、 11. 01. 2.5), marks, spaces and prose: flattened lines.
FLAT_PIECES = ["一、", "二、", "(一)", "(二)", "(三)", "1.", "2.", "1、", "(1)", "(2)", "第一部分", "第二部分", "十一、", "11.",
               "01.", "(01)", "\u3220", "2.5", "一", "1", "(", ")", "、", "。", ",", ";", ":", "!", " ", "\u3000", "\n", "加强领导", "工作"]


PAREN_DIGITS = {0x3220 + k: digit for k, digit in enumerate("一二三四五六七八九十")}  # ㈠ is (一)


def _plain_run_on_headings(text: str, lines: list) -> list[tuple[int, int]]:
    """The headings run on mid-line (their starts and levels) as read by trying the numbering at every character
    of a long line: after a pause, or a first (一) within a title's reach, counting on from its family's last; of a
    shorter line a heading opens, the firsts within its title's reach only."""
    last: dict[int, tuple[int, int]] = {}
    latest, count, cuts, families = [0] * (max(structure._FLAT_LEVELS) + 1), 0, [], []

    def counts_on(family: int, value: float | None) -> bool:
        if family not in last:
            return value == 1
        before, seen = last[family]
        return value == before + 1 or (value == 1 and any(latest[up] > seen for up in range(1, levels[family])))

    def read(family: int, value: float | None) -> None:
        nonlocal count
        count += 1
        families.append((family, value))
        last[family], latest[levels[family]] = (int(value or 0), count), count

    def value_of(numbering: str) -> float | None:
        digits = regex.search("[一二三四五六七八九十〇零两0-9]+", numbering.translate(PAREN_DIGITS))
        return parse_numeral(digits.group(0)) if digits else None

    levels = structure._FLAT_LEVELS
    for i, line in enumerate(lines):
        opening = structure._FLAT_NUMBERING.match(text, line.body, line.end) if line.level else None
        if opening is not None:
            read(opening.lastindex - 1, value_of(opening.group(0)))
        short = line.end - line.body < structure._FLAT_LINE
        if short and opening is None:
            continue
        title_from, title_level = (opening.end(), levels[opening.lastindex - 1]) if opening else (None, 0)
        for m in structure._FLAT_NUMBERING.finditer(text, opening.end() if opening else line.body, line.end):
            family, value = m.lastindex - 1, value_of(m.group(0))
            before = text[line.body:m.start()].rstrip(" \t\u3000\xa0")
            after_pause = not short and (not before or before[-1] in "。!?,;:")
            in_title = (title_from is not None and value == 1 and levels[family] > title_level
                        and m.start() - title_from <= structure._FLAT_TITLE
                        and not any(c in "。!?" for c in text[title_from:m.start()]))
            if (after_pause or in_title) and m.end() < line.end and counts_on(family, value):
                read(family, value)
                cuts.append(structure._Cut(i, m.start(), m.end(), family, value, count))
                title_from, title_level = m.end(), levels[family]
            elif after_pause:
                title_from = None
    return [(cut.start, levels[cut.family]) for k, cut in enumerate(cuts)
            if structure._counted_on(cuts, k, families)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FLAT_PIECES), max_size=120), st.integers(1, 40))
@example(["一、", "加强领导", "。", "工作", "(一)", "工作", "。", "(二)", "工作"], 5)  # a sentence ends the title's reach
@example(["一、", "加强领导", "\u3220", "工作", "\n", "(二)", "工作"], 40)  # ㈠, a first in one character
@example(["一、"] + ["工作"] * 20 + ["(一)", "工作", "\n", "(二)", "工作"], 80)  # a first opening at the title's reach
def test_a_flattened_line_is_cut_where_the_numbering_tried_at_every_character_cuts_it(pieces, longest):
    text = "".join(pieces)
    original = structure._FLAT_LINE
    structure._FLAT_LINE = longest  # lines this long count as flattened
    try:
        lines = structure._lines(text)
        kept = {line.start for line in lines}
        cut = [(line.start, line.level) for line in structure._unflattened(text, lines) if line.start not in kept]
        assert cut == _plain_run_on_headings(text, lines)
    finally:
        structure._FLAT_LINE = original


SPACED_PIECES = [" ", "  ", "\t", "\u3000", "\n", "一是", "二是", "十一是", "是", "方面", "x", "3", "。"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPACED_PIECES), max_size=30))
@example([" 一是"])  # a space opening the text follows no character
@example(["方面", " ", " ", "一是"])  # after the first space of a run only
@example(["方面", "\n", " ", "一是"])
def test_a_spaced_item_starts_where_the_lookbehind_first_search_finds_it(pieces):
    text = "".join(pieces)
    plain = regex.compile(rf"(?<=\S)[ \t\u3000](?=[ \t\u3000]*[{structure.ITEM_DIGITS}]{{1,3}}{structure._ITEM_MARK})")
    assert structure.spaced_item_starts(text) == [m.end() for m in plain.finditer(text)]


def test_a_spaced_item_starts_after_a_space_that_follows_text():
    assert structure.spaced_item_starts("各方面 一是加强") == [4]
    assert structure.spaced_item_starts("各方面  二是") == [4]  # the first space of two
    assert structure.spaced_item_starts("各方面\t十一是") == [4]
    assert structure.spaced_item_starts(" 一是加强") == []  # no character before the space
    assert structure.spaced_item_starts("方面\n 一是") == []  # a line's indent
    assert structure.spaced_item_starts("方面 是") == []  # no numeral


# Lines opening with a Chinese or an Arabic digit, numbered or prose: what the outline's str.find guards skip.
DIGIT_LINE_PIECES = ["一", "二", "十", "〇", "两", "3", "12", "是", "、", ".", ")", "(", ":", ",", " ", "\u3000", "加强", "年来",
                     "x" * 12, "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DIGIT_LINE_PIECES), min_size=1, max_size=20))
@example(["十", "二", "、", "加强"])  # the mark after three digits' width
@example(["一", "是", "x" * 12, "x" * 12, "x" * 12])  # a paragraph opening with 一是
@example(["二", "十", "一", ")", "加强"])  # a bracket after three digits, the most a bare numbering has
def test_a_guard_skips_only_lines_the_numbering_does_not_open(pieces):
    text = "".join(pieces)
    body = text.lstrip(" \u3000")
    if not body or body[0] == "\n":
        return
    start, end = len(text) - len(body), len(text) if "\n" not in body else text.index("\n", len(text) - len(body))
    if not structure._may_open_with_numbering(body):
        assert structure.HEADING_NUMBERING.match(text, start, end) is None
    if not structure._may_close_bare_numbering(text, start):
        assert structure._BARE_NUMBERING.match(text, start, end) is None
    item = structure._ITEM_HEADING.match(text, start, end)
    if item is not None:
        assert item.end() - start <= structure._ITEM_HEADING_WIDTH


# Lines that open with a plan cue or not, indented or not (the pattern's indent or another), numbered or not.
PLAN_LINE_PIECES = ["下一步", "下步", "今后", "接下来", "新的一年", "2025年", "2025年,我局将", "我局将", "一、", " ", "\t",
                    "\u3000", "\xa0", "工作", "\n", "加强。", "工作计划", ":"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLAN_LINE_PIECES), min_size=1, max_size=12))
def test_plan_paragraphs_are_those_the_cue_matches_at_every_line_start(pieces):
    text = "".join(pieces)
    outline = structure.Outline(text)
    pattern = get_catalog().plan_paragraph
    # (or, for a line the cue misses, whose text a plan part's title opens, run into it after a colon)
    plain = [line.start for line in outline.lines
             if pattern.match(text, line.start) is not None
             or (line.numbering_end == line.body and ":" in text[line.body:line.end]
                 and structure.kind_named(text[line.body:text.index(":", line.body)]) == "plans"
                 and text.index(":", line.body) - line.body <= structure.TITLE_LINE)]
    assert [start for start, _ in outline.plan_paragraphs] == plain


def test_a_plan_cue_s_openings_are_read_from_the_catalog():
    assert set("下今接新") <= set(structure.plan_cue_openings() or "")


# Titles holding a part's framing, other-matters or review cue, or none.
PART_CUE_PIECES = ["背景", "依据", "意义", "概述", "起草", "过程", "摘要", "前言", "其他", "其它", "需要报告的", "情况", "事项",
                   "发展基础", "回顾", "总结", "加强", "工作", " ", "2024年"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PART_CUE_PIECES), min_size=1, max_size=6))
def test_a_title_the_joined_part_cues_miss_holds_none_of_them(pieces):
    title = "".join(pieces)
    catalog = get_catalog()
    joined = structure._any_part_cue()
    assert joined is not None
    found = [pattern.search(title) is not None for pattern in (catalog.framing, catalog.other_matters, catalog.review)]
    assert (joined.search(title) is not None) == any(found)

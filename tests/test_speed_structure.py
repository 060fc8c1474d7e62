"""Shortcuts of the structure, initiatives and numbers stages: each answers exactly as the plain reading it spares."""

from __future__ import annotations

import bisect

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import structure
from lawreport.catalog import get_catalog
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
    original = structure._MAX_SENTENCE
    structure._MAX_SENTENCE = longest  # sentences cut short, as a run without a mark is
    try:
        outline = Outline(text)
        for offset in range(-2, len(text) + 3):
            assert outline.sentence_end(offset) == _plain_sentence_end(outline, offset)
            assert outline.sentence_at(offset) == (outline.sentence_start(offset), _plain_sentence_end(outline, offset))
    finally:
        structure._MAX_SENTENCE = original


def test_the_characters_a_match_opens_with():
    assert opening_chars(regex.compile("(?:注|备注|说明)[:]")) == "".join(sorted("注备说"))
    assert opening_chars(regex.compile("(?:(?:严格)|(?:加强))")) == "".join(sorted("严加"))
    assert opening_chars(regex.compile("(?:ab|cd)x|e+")) == "ace"
    assert opening_chars(regex.compile("[ab]")) == "ab"  # a class of plain characters names them
    assert opening_chars(regex.compile("(?:a|[bc])")) == "abc"
    for pattern in ["(?:a|b)?c", "a?b", "a*", "a{0,2}", "(?m)ab", r"\d", "[a-c]", "[^ab]", "[ab]?c", "ab|", "", "(a|b)",
                    ".", "^a", "(?<=x)a"]:
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

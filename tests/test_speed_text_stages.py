"""Shortcuts of the text stages (the HTML reader, the structure's lines, the initiatives' quoted names): each answers
exactly as the plain reading it spares."""

from __future__ import annotations

from itertools import pairwise

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import initiatives, structure
from lawreport.catalog import get_catalog
from lawreport.readers import html
from lawreport.scanning import alternatives

GAP_PIECES = [" ", "  ", "\t", "|", "中", "a", "\u3000", "\xa0", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GAP_PIECES), max_size=12))
@example(["中", "  ", "文"])  # two spaces between words: a gap
@example(["  ", "中"])  # before the first word: none
@example(["中", " ", "文"])  # one space: none
def test_a_column_gap_is_found_where_the_pattern_opening_on_any_character_finds_one(pieces):
    line = "".join(pieces)
    plain = regex.search(r"[|\t]|\S {2,}\S", line) is not None
    assert (structure._COLUMN_GAP.search(line) is not None) == plain


COLLAPSE_PIECES = ["中", "文", "a", "\n", " ", "\t", "\r", "\f", "\u3000", "\xa0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(COLLAPSE_PIECES), max_size=14))
@example(["中", "\n", " ", "文"])  # a source line break between ideographs is dropped
@example(["中", " ", "文"])  # no line break: the space stays
def test_a_piece_of_a_page_is_collapsed_as_when_every_piece_is_searched_for_line_breaks(pieces):
    piece = "".join(pieces)
    plain = html._SPACES.sub(" ", html._CJK_BREAK.sub("", piece)).strip(" \t\r\n\f\xa0\u3000")
    assert html._collapse(piece) == plain


LINE_PIECES = ["一、", "(二)", "加强", "领导", "。", "\n", " ", "  ", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=24))
@example(["一、", "加强", "\n", "一、", "加强", " "])  # a heading shown twice
@example(["加强", "领导", "\n", "一、", "加强"])  # a paragraph opening otherwise above it
def test_a_repeated_heading_is_told_as_by_comparing_the_lines_whole(pieces):
    text = "".join(pieces)
    lines = structure._lines(text)
    for above, line in pairwise(lines):
        plain = text[above.body:above.end].rstrip() == text[line.body:line.end].rstrip()
        assert structure._repeats(text, above, line) == plain


QUOTE_PIECES = ["“甲乙”", "、", "等", "调解", "工作室", "品牌", "平台", "中心", "服务站", "站", "的", "法治", "活动", "宣讲团", "推出"]


def _kinds_without_lookahead() -> tuple[regex.Pattern, regex.Pattern]:
    """initiatives._kinds_after's patterns as written before the lookahead of the nouns' opening characters."""
    catalog = get_catalog()
    kinds = "|".join(noun for noun in alternatives(catalog.programme_nouns.pattern) if len(noun) > 1)
    qualifier = catalog.programme_qualifier
    listed = (f"(?P<more>(?:{initiatives._LISTED_NAME})+)?{initiatives._LIST_PAUSE}?{initiatives._LIST_CLOSE}"
              f"(?P<gap>{qualifier}{{0,{initiatives._QUALIFIERS}}}?)(?:{kinds})")
    return regex.compile(f"(?P<gap>{qualifier}{{1,{initiatives._QUALIFIERS}}}?)(?:{kinds})"), regex.compile(listed)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=8))
@example(["法治", "调解", "工作室"])  # a qualified kind
@example(["“甲乙”", "等", "宣讲团"])  # a list closed by its kind
def test_a_quoted_names_kind_is_read_as_without_the_lookahead_of_its_opening_characters(pieces):
    after = "".join(pieces)
    openings = initiatives._openings()
    qualified, listed = _kinds_without_lookahead()
    for fast, plain in ((openings.qualified_kind, qualified), (openings.listed_kind, listed)):
        m, p = fast.match(after), plain.match(after)
        assert (m and (m.span(), m.span("gap"))) == (p and (p.span(), p.span("gap")))
    if listed.match(after) is not None:  # a list is tried only where it goes on right after the name
        assert after[:1] in initiatives._LIST_GOES_ON

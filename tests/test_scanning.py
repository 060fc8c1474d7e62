"""Matches found from where they may start are the matches finditer finds."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport.catalog import get_catalog
from lawreport.initiatives import _RUN_IN, _first_claims, _Scan
from lawreport.metadata import _familiar_places, _labelled, _patterns
from lawreport.scanning import (
    alternatives,
    blanked,
    by_trailing_word,
    char_starts,
    literal_starts,
    matches_from,
    part_starts,
    word_starts,
    words_held,
)
from lawreport.structure import ITEM_MARKER, Outline, _plan_document_alternatives


@pytest.mark.parametrize(("pattern", "parts"), [
    ("(?:ab|c)", ["ab", "c"]),
    ("(?:ab|c)d", ["(?:ab|c)d"]),
    ("a(b|c)|[|(]|\\||x", ["a(b|c)", "[|(]", "\\|", "x"]),
    ("[]|]|a", ["[]|]", "a"]),
    ("(?P<n>a|b)|c", ["(?P<n>a|b)", "c"]),
    ("(?m)^a|b", ["(?m)^a", "(?m)b"]),  # flags for the whole pattern: for each alternative
    ("a|(?m)^b", ["a|(?m)^b"]),  # flags further on: whole
    ("(?:a)|(?:(?m)^b)", ["(?:a)", "(?:(?m)^b)"]),  # flags inside a group reach to its end only
    ("(?:(?m)^a|b)c|d", ["(?:(?m)^a|b)c", "d"]),
    ("(?:(?R)a)|b", ["(?:(?R)a)|b"]),  # a call of the whole pattern, no flags: whole
    ("a(?i:b)$|c", ["a(?i:b)$", "c"]),  # a group with flags of its own is self-contained
    ("(?:a\\.(?i:b|c)|d)", ["a\\.(?i:b|c)", "d"]),
    ("(?x)a # b|c", ["(?x)a # b|c"]),  # verbose: whole
    ("(a)|\\1", ["(a)|\\1"]),  # a back reference: whole
    ("abc", ["abc"]),
])
def test_alternatives(pattern, parts):
    assert alternatives(pattern) == parts


@pytest.mark.parametrize(("pattern", "text"), [
    ("(?:a)|(?:(?m)^b)", "x\nb"),
    ("(?:(?m)^a)|(?:^b)", "x\nb"),  # the flag of the first group does not reach the second's ^
    ("(?:(?i)a)|b", "A"),
    ("x(?i:a)|b", "xA"),
    ("x(?i:a)|b", "XA"),  # the flags reach no further than their group
])
def test_alternatives_split_at_groups_with_flags_match_as_the_whole(pattern, text):
    assert bool(regex.search(pattern, text)) == any(regex.search(part, text) for part in alternatives(pattern))


@pytest.mark.parametrize(("pattern", "parts"), [
    ("a(?:b|c)", ["ab", "ac"]),
    ("a[(](?:b|c)", ["a[(]b", "a[(]c"]),
    ("(?:x)(?:b|cd)", ["(?:x)b", "(?:x)cd"]),
    ("a(?:b|c)?", None),  # the group is repeated
    ("a(?:b|c)d", None),  # it does not close the pattern
    ("(?:b|c)", None),  # nothing before it
    ("x|a(?:b|c)", None),  # an alternative before it
    ("a(?:bc|bd)", None),  # its words open with one character
    ("a(b|c)", None),  # a capturing group
])
def test_by_trailing_word(pattern, parts):
    found = by_trailing_word(pattern)
    assert (None if found is None else [part.pattern for part in found]) == parts


def test_literal_starts_stay_inside_the_text():
    assert literal_starts("年年x年", "年", 0, 2) == [0, 1, 3, 1]


@given(st.text(alphabet="ab,。\n"), st.sampled_from(["a", ",。\n", "。a,", "b\n"]))
def test_char_starts_are_every_occurrence_in_order(text, chars):
    assert char_starts(text, chars) == [i for i, c in enumerate(text) if c in chars]


def test_literal_starts_without_offsets_are_the_occurrences():
    assert literal_starts("a(b（c(", "(") == [1, 5]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aby年", max_size=40), st.sampled_from(["a", "ab", "aa", "aba", "年", "y年"]),
       st.sampled_from([(0,), (4,), (1, 2)]))
def test_literal_starts_are_every_occurrence_overlapping_ones_too(text, literal, before):
    occurrences = [i for i in range(len(text)) if text.startswith(literal, i)]
    assert literal_starts(text, literal, *before) == [i - shift for i in occurrences for shift in before if i >= shift]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab首创", max_size=80), st.sampled_from(["ab", "aa", "aba", "首创", "创首创"]))
def test_word_starts_are_every_occurrence_overlapping_ones_too(text, word):
    # past the first few occurrences of the first character the word is looked for as a whole
    assert word_starts(text, word) == [i for i in range(len(text)) if text.startswith(word, i)]


def test_word_starts_of_a_word_the_text_lacks():
    assert word_starts("首先,本区首次开展", "首创") == []
    assert word_starts("本区首创“一站式”服务,首创", "首创") == [2, 12]


@pytest.mark.parametrize(("text", "starts"), [
    ("全市率先建成,全省率先推行", [0, 7]),
    ("全区全面推进,率先", []),  # 率先 after a comma: no 全… right before it
    ("我们开展工作", []),  # no 率先 at all
])
def test_part_starts_before_its_word(text, starts):
    part = regex.compile("(?:全市|全省|全\\p{Han}{1,2})率先")
    assert part_starts(part, text, "率先") == starts == [m.start() for m in part.finditer(text, overlapped=True)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="全国本市区率先首创例个家唯一河空白层面范围内法治建设ab,", max_size=60))
def test_first_claims_are_what_finditer_finds(text):
    assert [m.span() for m in _first_claims(text)] == [m.span() for m in get_catalog().first_claim.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一二十是(1)2.、。;:, 　\n\t\xa0加强“a", max_size=60))
@example("1、\n一是1")  # a number alone on its line, 一是 opening the line below (its title)
@example("(一)\n\n　一是加强")
def test_item_numbering_found_where_it_may_start_is_what_finditer_finds(text):
    scan = _Scan(text, Outline(text))
    assert [m.span() for m in scan.markers[0]] == [m.span() for m in ITEM_MARKER.finditer(text)]
    assert [m.span() for m in scan.run_in[0]] == [m.span() for m in _RUN_IN.finditer(text)]


def test_matches_from_skips_starts_inside_a_match():
    pattern = regex.compile(r"ab+")
    assert [m.span() for m in matches_from(pattern, "abbab", [0, 1, 2, 3])] == [(0, 3), (3, 5)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["规划", "实施方案", "的通知", "(2021-2025年)", "制定本", "方案", "工作要点", "如下", "\n", " ",
                                 "关于印发", "法治政府建设", "。"]), max_size=12).map("".join))
def test_a_plan_document_names_itself_in_one_of_the_alternatives(text):
    head = min(len(text), 600)
    assert (get_catalog().plan_document.search(text, 0, head) is not None) == any(
        p.search(text, 0, head) for p in _plan_document_alternatives())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="法治平安智慧坪山建设品牌”\"\n文化矩阵a", max_size=50))
def test_familiar_places_are_what_the_prefix_alternation_finds(text):
    cues = get_catalog().metadata_cues
    familiar = regex.compile("(?:" + cues["familiar_prefix"].pattern + r")(\p{Han}{2,3}?)(?=" + cues["familiar_follow"].pattern + ")")
    assert _familiar_places(text) == [m.group(1) for m in familiar.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="来源信息发布机构时间日期于文成:：| \n司法局a", max_size=50))
def test_labelled_lines_are_what_finditer_finds(text):
    catalog, patterns = get_catalog(), _patterns()
    for pattern, by_label in ((catalog.source_line, patterns.source_by_label),
                              (catalog.published_line, patterns.published_by_label)):
        assert by_label is not None
        assert [m.span() for m in _labelled(pattern, by_label, text)] == [m.span() for m in pattern.finditer(text)]


def test_words_held_read_a_named_group_as_a_group():
    assert words_held(regex.compile("(?P<credit>作者|责任编辑)[:：]")) == frozenset(("作者", "责任编辑"))
    assert words_held(regex.compile("(?<who>记者|通讯员)[:：]|摄影")) == frozenset(("记者", "通讯员", "摄影"))
    assert words_held(regex.compile("(?<=作者)[:：](?P<name>\\p{Han}+)")) is None  # a lookbehind holds no word
    assert words_held(regex.compile("(?P<a>[甲乙])(?P=a)")) is None  # a back reference by name: unread


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("其中浙江省调解纠纷", [(2, 5)], "其中   调解纠纷"),
    ("甲镇乙镇丙镇", [(4, 6), (0, 2)], "  乙镇  "),  # in any order
    ("发表于广东摄影某某", [(3, 5), (0, 9)], " " * 9),  # overlapping: each character once, the length kept
])
def test_blanked_spaces_the_spans_keeping_the_offsets(text, spans, expected):
    assert blanked(text, spans) == expected

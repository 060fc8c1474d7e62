"""The ends the institution scanner is tried at hold every end of a name it finds."""

from __future__ import annotations

import functools
import re

import pytest
import regex
from conftest import institution_ends_missed
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import institutions, scanning
from lawreport.catalog import get_catalog
from lawreport.normalize import normalize

# Names after a head, a parent, a qualifier, a place (short or full) or a parenthesis, and suffixes after other
# words, which end no name.
SENTENCES = [
    "推进法治政府建设,数字政府,宝山区人民政府和宝山政府,区政府办公室",
    "区委党校、市委党校,(宝山区)政府,国家法律顾问团,上海政府,北京党校",
    "上海市宝山区司法局,司法所,律师事务所,张三律师事务所,将司法所",
    "基层党委,区委,中共宝山区委员会,区委全面依法治区委员会办公室",
    "学习中心,科技创新中心,区公共法律服务中心,区矛调中心,“平湖和事佬”调解室",
    "县人大常委会,全国人大,区政协,市科协,县总工会,县妇联",
    "镇人民政府,白沙镇党委,金龙街道办事处,县公安局交警大队,广州市公安局增城区分局",
]
_TEXT = st.text(alphabet="".join(sorted(set("".join(SENTENCES)))) + "\ufdd0", max_size=40)


def test_every_name_ends_where_the_scanner_is_tried():
    for sentence in SENTENCES:
        assert institution_ends_missed(normalize(sentence)) == []


@settings(max_examples=60, deadline=None)
@given(_TEXT)
def test_every_name_ends_where_the_scanner_is_tried_anywhere(text):
    assert institution_ends_missed(text) == []


def test_a_suffix_after_another_word_is_no_end():
    scanners = institutions._scanners()
    assert not scanners.name_ends.search("推进法治政府")
    assert not scanners.name_ends.search("学习中心")
    assert scanners.name_ends.search("区人民政府")


def test_the_words_a_suffix_ends_with():
    assert sorted(institutions._suffix_words(regex.compile("(?:人民)?政府(?:办公室|办(?![事理公]))?"), "府")) == [
        "人民政府", "政府"]
    assert institutions._suffix_words(regex.compile("中心"), "府") == []
    assert institutions._suffix_words(regex.compile(r"\p{Han}中心"), "心") is None  # a class it does not list
    # a lookbehind or a lookahead that must match is read as matching: every word a match is, and more
    assert institutions._suffix_words(regex.compile("(?<=区)政府"), "府") == ["政府"]
    assert sorted(institutions._suffix_words(regex.compile("(?<=中办[、和]?)国办(?!发)|(?:(?<=纪委)监委)"), "办")) == ["国办"]
    assert institutions._suffix_words(regex.compile("(?<=纪委)监委|纪委"), "委") == ["纪委", "监委"]


def test_a_pattern_without_the_lookarounds_that_must_match():
    strip = scanning.without_positive_lookarounds
    assert strip("(?<=中办[、和]?)国办(?!发)") == "国办(?!发)"
    assert strip("党委(?:(?<=(?:镇|乡)党委)|(?![(（]党组))") == "党委(?:|(?![(（]党组))"
    # escapes and classes are read past, and a negative lookaround keeps what it holds
    assert strip(r"a\(?=b[(?=]c(?!x(?=y))d") == r"a\(?=b[(?=]c(?!x(?=y))d"


def test_a_form_is_in_the_scanners_of_its_own_last_characters_only():
    # the justice bureau's station forms end with 司法所 and its branch forms with 分局: no part of the 厅 scanner
    plans = institutions._scanners().plans
    hows = {last: {how for _, _, how in plans[last][1]} for last in "所厅局"}
    assert "station" in hows["所"] and "branch" in hows["局"]
    assert "station" not in hows["厅"] and "branch" not in hows["厅"] and "station" not in hows["局"]
    # and a station after its bureau, a branch and a department still read as before
    found = institutions.find_institutions(normalize("县司法局石门司法所,广州市公安局增城区分局,省司法厅"), None)
    assert [(f.name, f.canonical) for f in found] == [
        ("县司法局石门司法所", "石门司法所"), ("广州市公安局增城区分局", "增城区公安分局"), ("省司法厅", None)]


@functools.cache
def _name_end_patterns_built() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The scan of name ends as the scanners build it, and the one that finds every end by its lookbehinds."""
    made: list[tuple] = []
    name_ends = institutions._name_ends

    def kept(*args):
        made.append(args)
        return name_ends(*args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(institutions, "_name_ends", kept)
        institutions._plan(get_catalog().institutions)
    [(endings, words, not_after, opened)] = made
    return re.compile(name_ends(endings, words, not_after, opened)), re.compile(name_ends(endings, words, not_after, opened, ""))


_FREQUENT_TEXT = st.text(alphabet="最高法院检察中国人民银行依法治执政府区委审计署、" + "\ufdd0", max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_TEXT, _FREQUENT_TEXT))
def test_names_ending_with_frequent_characters_end_where_their_lookbehinds_find_them(text):
    by_words, by_lookbehinds = _name_end_patterns_built()
    assert [m.end() for m in by_words.finditer(text)] == [m.end() for m in by_lookbehinds.finditer(text)]


def test_a_name_ending_with_a_frequent_character_is_found_by_its_first():
    by_words, by_lookbehinds = _name_end_patterns_built()
    assert by_words.pattern != by_lookbehinds.pattern
    for text in ("最高法依法", "依法治国,中国人民银行,最高法、最高法院", "最高法治", "法,行"):
        assert [m.end() for m in by_words.finditer(text)] == [m.end() for m in by_lookbehinds.finditer(text)], text



def test_only_names_whose_words_hold_no_other_end_are_found_by_their_words():
    # the scan reads past a match: a word holding another name's end (法 of 法院法) would hide that end
    assert institutions._whole_words("法", None, {"最高法": None, "法院法": None}, {"院", "法"}) is None
    assert institutions._whole_words("法", None, {"最高法": "高"}, {"法"}) is None  # after a head's character only
    assert institutions._whole_words("法", None, {"法": None}, {"法"}) is None  # the character alone
    # a word whose character before the end may not stand there ends no name
    assert institutions._whole_words("法", "高", {"最高法": None, "立法": None}, {"法"}) == ["最高法"]

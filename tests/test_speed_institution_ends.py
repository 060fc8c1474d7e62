"""The ends the institution scanner is tried at hold every end of a name it finds."""

from __future__ import annotations

import regex
from conftest import institution_ends_missed
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import institutions, scanning
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

"""What may stand before and after a town's suffix, as the scan of name ends reads it, holds every town the scanner
finds."""

from __future__ import annotations

import re

import regex
from conftest import institution_ends_missed
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import institutions, scanning
from lawreport.normalize import normalize

# Towns after places, level words, heads and boundaries, streets named after roads, and the words a town's
# suffix also ends (乡镇, 街镇, 城乡, 8个镇, 、街道), which end no name.
SENTENCES = [
    "宝山区罗店镇人民政府,上海市宝山区大场镇,石门乡党委,中共石门镇委员会,龙山镇开展普法",
    "中山路街道,中山东路街道办事处,金龙街道,鲤城区人民政府金龙街道办事处,城区街道,县城关镇",
    "乡镇街道,各街镇,全市镇(街道),8个镇、3个街道,在白沙镇试点,和青山乡,城乡统筹,法治乡村",
    "许家坝镇,东乡镇,安乡县安乡镇,树人镇司法所,柳林镇派出所,(街道)专职,白沙镇李家村",
]
_TEXT = st.text(alphabet="".join(sorted(set("".join(SENTENCES)))) + "\ufdd0", max_size=40)


def test_every_town_ends_where_the_scanner_is_tried():
    for sentence in SENTENCES:
        assert institution_ends_missed(normalize(sentence)) == []


@settings(max_examples=80, deadline=None)
@given(_TEXT)
def test_every_town_ends_where_the_scanner_is_tried_anywhere(text):
    assert institution_ends_missed(text) == []


def test_what_no_town_follows_is_no_end():
    scanners = institutions._scanners()
    for text in ("乡镇", "8,镇", "(街道)", "在镇", "法治乡村", "白沙镇街", "城乡镇"):
        assert not scanners.name_ends.search(text), text
    # 街 closes a town's name (横街镇): 街镇 is tried there, and the scanner finds no town in 各街镇
    for text in ("龙山镇", "故县镇", "中山路街道", "城区街道", "石门乡", "横街镇"):
        assert scanners.name_ends.search(text), text


def test_a_town_end_needs_where_a_town_opens():
    scanners = institutions._scanners()
    # a town's name opens after a boundary, a place or 中共, never with a character of town_first_stop (全, 各, 个),
    # and holds two to four characters before its suffix but an ethnic group's (十里望回族镇) and a road's (中山东路街道)
    for text in ("全区镇", "要统筹加强镇(", "各街镇开展", "纵深推进市镇村", "坚持全力加快推进街道综合改革", "35个镇(", "5个街道"):
        assert not scanners.name_ends.search(text), text
    for text in ("由故县镇", "在全区镇", ",中山东路街道", "中共石门镇委员会", "十里望回族镇", "\ufdd0\ufdd0区新市镇",
                 "\ufdd0景德镇", "(\ufdd0\ufdd0区)龙山镇", "2023年白沙镇", "二道白河镇"):
        assert scanners.name_ends.search(text), text


def test_what_follows_no_word():
    town = regex.compile(r"(?:镇(?![压街])|乡(?![村镇])|街道)(?!某)")
    assert institutions._not_after({"乡": [(town, None)], "镇": [(town, None)], "道": [(town, None)]}) == {
        "乡": "村某镇", "镇": "压某街", "道": "某"}
    # what one word at the character may be followed by, the scan reads past
    assert institutions._not_after({"乡": [(town, None), (regex.compile("乡"), None)]}) == {}


def test_a_negative_lookaround_adds_no_character():
    assert scanning.without_negative_lookarounds(r"(?:镇(?![压街])|乡)(?!某|(?:、\p{Han}{2})*等)") == "(?:镇|乡)"
    assert scanning.without_negative_lookarounds(r"a\(b(?<!x[)(]\))c[]x]") == r"a\(bc[]x]"
    town = regex.compile(r"(?:镇(?![压街])|乡|街道(?:办事处)?)(?!、\p{Han}{2,4}?等)")
    assert sorted(institutions._suffix_words(town, "道")) == ["街道"]
    assert institutions._suffix_words(regex.compile(r"镇(?=\p{Han})"), "镇") == ["镇"]  # a lookahead read as matching


def test_what_may_stand_before():
    assert institutions._either("区市", "县") == "区县市"
    assert institutions._either("^的在街", "街") == "^在的"
    assert institutions._either("^的在街", "^在镇") == "^在"
    assert institutions._either("区", None) is None
    assert institutions._either("", "^的") == "^的"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="-]\\abcdefg的在街", max_size=8), st.booleans(), st.characters(codec="utf-8"))
def test_a_class_holds_what_it_lists(chars, negated, c):
    before = ("^" if negated else "") + chars
    assert bool(re.fullmatch(scanning.char_class(before), c)) == ((c in chars) != negated)

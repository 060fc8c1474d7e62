"""A pattern holding a back reference is split into its alternatives where each group keeps its number, so a kind's
head cue whose alternatives are joined by one (the yearbook's 【\\1】) is searched a part at a time, each part only in a
head holding its words."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from lawreport.catalog import get_catalog
from lawreport.metadata import _first_match, _patterns
from lawreport.scanning import alternatives


@pytest.mark.parametrize(("pattern", "parts"), [
    (r"年鉴|(\p{Han}{2})\n【\1】", ["年鉴", r"(\p{Han}{2})\n【\1】"]),  # the group opens in its own alternative
    (r"(?:年鉴|(\p{Han}{2})\n【\1】|书名)", ["年鉴", r"(\p{Han}{2})\n【\1】", "书名"]),
    (r"(?<=卷)【|(\p{Han})\1", [r"(?<=卷)【", r"(\p{Han})\1"]),  # a look behind numbers no group
    (r"(a)x|(b)\2", [r"(a)x|(b)\2"]),  # standing alone, (b) would be group 1
    (r"(a)x|(b)\1", [r"(a)x|(b)\1"]),  # \1 is (a), in another alternative
    (r"(?P<n>a)x|(b)\1", [r"(?P<n>a)x|(b)\1"]),  # a named group is numbered too
    (r"(?<n>a)x|(b)\1", [r"(?<n>a)x|(b)\1"]),
    (r"\1(a)|b", [r"\1(a)|b"]),  # a reference before its group
    (r"(a)|(b)\12", [r"(a)|(b)\12"]),  # \12: not read
])
def test_a_pattern_with_a_back_reference_splits_where_its_groups_keep_their_numbers(pattern, parts):
    assert alternatives(pattern) == parts


@pytest.mark.parametrize("text", ["概况\n【概况】", "概况\n【法治】", "某县年鉴", "aa", "ab"])
def test_the_alternatives_split_match_where_the_whole_does(text):
    pattern = r"(?:年鉴|(\p{Han}{2})\n【\1】|(a)\2)"
    whole = regex.search(pattern, text)
    split = [m for m in (regex.search(part, text) for part in alternatives(pattern)) if m is not None]
    assert (whole and whole.span()) == (min(split, key=lambda m: m.start()).span() if split else None)


def _yearbook_head():
    (head,) = [head for rule, head in zip(get_catalog().kinds, _patterns().kind_heads, strict=True)
               if rule.kind == "yearbook"]
    return head


def test_the_yearbook_s_head_cue_is_searched_a_part_at_a_time():
    words = {part.pattern: (word, words) for part, word, words in _yearbook_head()}
    assert len(words) > 2
    assert any(r"【\1】" in pattern and word == "【" for pattern, (word, _) in words.items())
    assert any("年内," in pattern and "{2,300}" in pattern and word == "年内," for pattern, (word, _) in words.items())
    assert any("书名" in pattern and found == ("书名", "卷目", "级目") for pattern, (_, found) in words.items())


_YEARBOOK_PIECES = ["年鉴", "概况", "法治", "司法行政", "【概况】", "【法治】", "年内,", "2019年,", "二〇一九年,", "书名:", "二级目:",
                    "2019卷", "县司法局开展普法宣传活动十余场次", "(撰稿:某某)", "\n", " ", "。", ","]


@given(st.lists(st.sampled_from(_YEARBOOK_PIECES), min_size=1, max_size=12).map("".join))
def test_the_yearbook_s_head_cue_finds_what_the_whole_cue_finds(text):
    (rule,) = [rule for rule in get_catalog().kinds if rule.kind == "yearbook"]
    assert rule.head is not None
    whole, found = rule.head.search(text), _first_match(_yearbook_head(), text, len(text))
    assert (whole and whole.span()) == (found and found.span())


@pytest.mark.parametrize(("text", "found"), [
    ("概况\n【概况】县司法局开展普法宣传活动十余场次,覆盖全县", True),
    ("概况\n【法治】县司法局开展普法宣传活动十余场次,覆盖全县", False),  # another topic under the name
    ("书名:某县年鉴", True),
    ("二级目:法治", True),
    ("司法行政\n2019年,县司法局开展普法宣传活动\n年内,全县", True),
    ("司法行政\n2019年,县司法局开展普法宣传活动\n全年,全县", False),
])
def test_the_yearbook_s_head_cue_parts(text, found):
    assert (_first_match(_yearbook_head(), text, len(text)) is not None) is found

"""The shortcuts the metadata and years stages take find what the plain searches find."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport.dates import _MENTION, find_years, resolve
from lawreport.metadata import _cues, _is_yearbook_book

# --- years: a match is tried only where its first character may stand -------------------------------------------

_YEAR_PIECES = ["2023", "2015", "19", "20", "1", "09", "12", ".", "-", "/", " ", "年", "年度", "月", "日", "全年", "近年来",
                "二〇二三", "二〇一五", "一九九五", "〇", "零", "二", "十", "五", "十四五", "十五五", "“", "”", "\"", "七五", "八五",
                "普法", "规划", "期间", ",", "\n", "法"]


@given(st.lists(st.sampled_from(_YEAR_PIECES), max_size=14).map("".join))
def test_years_are_found_wherever_finditer_finds_them(text):
    expected = [(m.span(), resolve(m)) for m in _MENTION.finditer(text)]
    assert [((y.start, y.end), (y.kind, y.value)) for y in find_years(text)] == [e for e in expected if e[1]]


@pytest.mark.parametrize(("text", "value"), [
    ("二〇二三年工作", "2023"), ("于“七五”普法期间", "2016/2020"), ("一五普法", "1986/1990"), ("“十四五”规划", "2021/2025"),
    ("全年五项,十五五规划", "2026/2030"), ("时间:19.09.2015", "2015-09-19"),
])
def test_a_mention_opening_where_a_filtered_start_stands_is_found(text, value):
    assert value in [mention.value for mention in find_years(text)]


# --- a yearbook's book line: the cue's alternatives searched apart -------------------------------------------------

_LINE_PIECES = ["年鉴", "·", "(", "（", " ", "2014", "2022", "19", "卷", "\n", "思南", "法治政府建设", "。", "【", "】"]


@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=10).map("".join))
def test_a_yearbook_book_line_is_found_where_a_search_of_the_cue_finds_it(line):
    assert _is_yearbook_book(line) == bool(_cues()["yearbook_book"].search(line))


@pytest.mark.parametrize("line", ["2022卷", " 2022卷 ", "思南年鉴·2014", "佳木斯年鉴（2007）"])
def test_a_book_or_volume_line_is_a_yearbook_s(line):
    assert _is_yearbook_book(line)

"""The shortcuts the metadata and years stages take find what the plain searches find."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport.catalog import compile_cached, get_catalog
from lawreport.dates import _MENTION, find_years, resolve
from lawreport.metadata import _LINE_STARTS, _TEXT_START, _anchor, _cues, _first_match, _patterns

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


# --- kinds: a head part anchored by ^ is matched where lines start -----------------------------------------------

@pytest.mark.parametrize(("pattern", "anchor"), [
    ("^a", _TEXT_START), ("(?m)^a", _LINE_STARTS), ("(?:(?m)^\\s*a)", _LINE_STARTS), ("^(?:a|b)c", _TEXT_START),
    ("^a|b", None), ("(?:^a|b)", None), ("(?m)(?:^a|b)", None), ("(?:(?m)^a)|b", None), ("(?<=x)^a", None),
    ("(?m)^a\\1", None), ("(?x)^a", None), ("(?m:^a)", None), ("a", None),
])
def test_an_anchor_is_read_only_from_a_pattern_all_of_whose_matches_open_there(pattern, anchor):
    assert _anchor(pattern) == anchor


_HEAD_PIECES = ["\n", " ", "\t", "【", "】", "概况", "2023", "二〇二三", "年", ",", "卷", "书名", ":", "一、", "举措和成效",
                "主要", "经验做法", "《", "》", "某某日报", "新华网", "·", "2024-03-12", "(", ")", "张三", "某县司法局",
                "法治政府建设", "情况", "报告", "。", "政法 司法行政 "]


@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=16).map("".join), st.integers(0, 80))
def test_a_kind_s_head_finds_what_a_search_of_each_part_finds(text, endpos):
    endpos = min(endpos, len(text))
    for head in (*_patterns().kind_heads, _patterns().yearly_report_head):
        if not head:
            continue
        plain = None
        for part in head:
            m = part.pattern.search(text, 0, endpos)
            if m is not None and (plain is None or m.start() < plain.start()):
                plain = m
        found = _first_match(head, text, endpos)
        assert (found and (found.span(), found.re.pattern)) == (plain and (plain.span(), plain.re.pattern))


# --- debris and page date lines: the alternatives opening with ^ are matched at the line's start ------------------

_LINE_PIECES = ["来源", ":", "发布时间", "2024-03-12", " ", "10:45", "记者", "张三", "通讯员", "【", "】", "概况", ">", "首页",
                "政府信息公开", "某区人民政府", "星期一", "3版", "(", ")", "2022年1月9日", "在", "会议上", "-", "•", "图片",
                "法治政府建设", "。", "/", "当前位置", "APP", "下载"]


@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=10).map("".join))
def test_a_line_test_finds_what_a_search_of_its_pattern_finds(line):
    debris = compile_cached(get_catalog().debris.pattern)
    assert _patterns().debris.found_in(line) == bool(debris.search(line) or _cues()["office_holder"].search(line))
    assert _patterns().page_date_line.found_in(line) == bool(_cues()["page_date_line"].search(line))

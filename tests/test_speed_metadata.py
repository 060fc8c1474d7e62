"""The shortcuts the metadata and years stages take find what the plain searches find."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport.catalog import get_catalog
from lawreport.dates import _MENTION, find_years, resolve
from lawreport.metadata import (
    _CAPTION_MAX,
    _CAPTION_SCAN,
    _CAPTIONS_MIN,
    Line,
    _caption_run,
    _cues,
    _first_match,
    _is_yearbook_book,
    _lines,
    _patterns,
    _stretch_may_hold,
    _title_cue_matches,
)
from lawreport.scanning import opening_chars, search_at_openings

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


# --- a title's trailing furniture: the cue's alternatives searched apart ------------------------------------------

_TITLE_PIECES = ["关于", "2023年", "法治政府建设", "报告", " ", "\t", "_", "第3页", "(2024-01-05)", "(2023年)", "》", "〉", "】",
                 "《", "某区人民政府", "门户网站", "|", "｜", ".DOC", ".pdf", "-", "—", "(第1/3页)", "2024-01-05 10:30", "网"]


@given(st.lists(st.sampled_from(_TITLE_PIECES), min_size=1, max_size=9).map("".join))
def test_a_title_s_tail_is_found_where_a_search_of_the_cue_finds_it(line):
    found = _first_match(_patterns().title_tail, line, len(line), 1)
    expected = _cues()["title_furniture"].search(line, 1)
    assert (found and found.span()) == (expected and expected.span())


def test_a_file_s_extension_closes_a_title_in_either_case():
    for line in ("某区2023年法治政府建设报告.DOC", "某区2023年法治政府建设报告.pdf"):
        assert _first_match(_patterns().title_tail, line, len(line), 1).span() == (len(line) - 4, len(line))


# --- the head's photo captions and book lines: looked for only where they may be -----------------------------------

_HEAD_PIECES = ["某院法官开展巡回审判。", "干警参加宣讲大会。", "图片均由某院提供", "2022卷", "思南年鉴·2014", "\n", "\n", "\n",
                "全县共调解纠纷1200件,调解成功率98%。", "某县司法局", "。"]


def _plain_caption_run(lines):
    """_caption_run as a search of every line reads it."""
    start = None
    for at, line in enumerate(lines[:_CAPTION_SCAN]):
        if _patterns().photo_credit.search(line.text):
            return range(start, at + 1) if start is not None and at - start >= _CAPTIONS_MIN else range(0)
        is_caption = len(line.text) <= _CAPTION_MAX and line.text.endswith("。") and line.text.count("。") == 1
        start = (at if start is None else start) if is_caption else None
    return range(0)


@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=16).map("".join))
def test_the_captions_and_book_lines_are_those_a_search_of_every_line_finds(text):
    lines = _lines(text)
    assert _caption_run(lines) == _plain_caption_run(lines)
    if not _stretch_may_hold(_patterns().yearbook_book, text, lines):
        assert not any(_is_yearbook_book(line.text) for line in lines)


def test_a_credit_closes_a_run_of_captions_only():
    run = _lines("某院法官开展巡回审判。\n干警参加宣讲大会。\n图片均由某院提供\n")
    assert _caption_run(run) == range(3)
    assert _caption_run(_lines("干警参加宣讲大会。\n图片均由某院提供\n")) == range(0)


# --- a kind's title cue: its alternatives searched apart ------------------------------------------------------------

_KIND_TITLE_PIECES = ["关于", "2023年", "法治政府建设", "工作", "情况", "报告", "总结", "年度", "规划", "实施方案", "的通知", "测评",
                      "解读", "一图读懂", "白皮书", "统计", "数据", "案例", "经验", "年鉴", "某县", "讲话", "发布", "会议", "研究"]


@given(st.lists(st.sampled_from(_KIND_TITLE_PIECES), min_size=1, max_size=8).map("".join))
def test_each_kind_s_title_cue_is_found_where_a_search_of_the_cue_finds_it(title):
    line = Line(title, 0, len(title))
    expected = [None if rule.title is None else rule.title.search(title) for rule in get_catalog().kinds]
    assert [m and m.span() for m in _title_cue_matches(line)] == [m and m.span() for m in expected]


# --- the report's statement of what it is and the cues searched over a whole text: tried only where a match may open

_STATEMENT_PIECES = ["现将", "现对", "现就", "特将", "现", "特", "实现", "我县", "本年度", "(2023年)", "2023年", "2022", "年度",
                     "以来", "法治政府建设", "情况", "报告", "总结", "汇报", "如下", "进行", "公示", "。", "\n", " ", "上年", "去年",
                     "本文", "首发", "原文", "此文", "于", "2017年8月23日", "我市", "本县", "全市", "上年度", "-", "至", "发表", "刊发"]


def test_the_report_statement_opens_with_characters_a_search_may_be_tried_at():
    assert opening_chars(get_catalog().report_statement) is not None


@pytest.mark.parametrize("name", ["span_statement", "last_year", "first_published", "own_place"])
def test_the_cues_searched_over_a_whole_text_open_with_characters_a_search_may_be_tried_at(name):
    assert opening_chars(_cues()[name]) is not None


@given(st.lists(st.sampled_from(_STATEMENT_PIECES), max_size=14).map("".join))
def test_the_report_statement_and_the_cues_are_found_where_a_search_finds_them(text):
    for pattern in (get_catalog().report_statement, *(_cues()[name] for name in
                                                      ("span_statement", "last_year", "first_published", "own_place"))):
        found, expected = search_at_openings(pattern, text), pattern.search(text)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))

"""The metadata stage's pre-checks skip only what the plain search would not find."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from lawreport.catalog import compile_cached, get_catalog
from lawreport.metadata import (
    Line,
    _by_label,
    _compiled_by,
    _cues,
    _first_match,
    _is_org,
    _labelled,
    _patterns,
    _run_into_label,
)
from lawreport.scanning import may_hold_words, words_gate, words_held, words_search

# --- the body said to compile the report: searched only in an opening holding the cue's words --------------------

_OPENING_PIECES = ["本报告", "由", "天津市司法局", "泉州市司法局", "负责", "结合", "实际", "编制", "编写", "了", "认真", "组织",
                   ",", "。", ";", "2025年", "法治政府建设", "报告", "编", "制", "写", "\n"]


@given(st.lists(st.sampled_from(_OPENING_PIECES), min_size=1, max_size=14).map("".join), st.integers(0, 3))
def test_an_opening_the_cue_matches_in_holds_its_words(text, start):
    opening = Line(text[start:], min(start, len(text)), len(text))
    if _cues()["compiled_by"].search(text, opening.start, opening.end):
        words = _patterns().compiled_by_words
        assert words is not None and words.search(text, opening.start, opening.end)
        assert _compiled_by(text, opening) == _plain_compiled_by(text, opening)


def _plain_compiled_by(text: str, opening: Line):
    """_compiled_by without its pre-check."""
    m = _cues()["compiled_by"].search(text, opening.start, opening.end)
    return (m.group(1), m.span(1), "opening") if m is not None and _is_org(m.group(1)) else None


def test_the_words_every_match_holds_are_read_through_the_branch_reset():
    assert words_held(regex.compile("(?|由(.{2,9})编制|(.{2,9})编写)")) == frozenset(("编制", "编写"))
    words = _patterns().compiled_by_words
    assert words is not None
    assert words.search("本报告由天津市司法局编制") and words.search(",泉州市司法局认真编写了")
    assert not words.search("本报告由天津市司法局负责")


# --- a headline run into its date or source line: looked for only in a line holding a label's words -----------------

_HEAD_PIECES = ["示范项目", "发布时间", "发布日期", "日期", "时间", "发布于", ":", "：", "|", " ", "2021-09-16", "来源", "信息来源",
                "源自", "发布机构", "某县司法局", "法治政府建设", "报告", "。", "时", "间", "来"]


@given(st.lists(st.sampled_from(_HEAD_PIECES), min_size=1, max_size=10).map("".join))
def test_a_line_a_label_pattern_matches_in_holds_a_labels_words(text):
    catalog = get_catalog()
    if catalog.published_line.search(text) or catalog.source_line.search(text):
        words = _patterns().label_words
        assert words is not None and words.search(text)
    else:
        assert _run_into_label(Line(text, 0, len(text))) is None


def test_a_headline_run_into_its_date_line_is_still_found():
    head = _run_into_label(Line("某县开展法治宣传示范项目发布时间:2021-09-16 来源:某县司法局", 0, 36))
    assert head is not None and head.text == "某县开展法治宣传示范项目"


# --- a kind's head cue: each part searched only in a text holding its words -----------------------------------------

_HEAD_CUE_PIECES = ["年鉴", "本报讯", "本报", "记者", "通讯员", "网讯", "来源:", "转自:", "作者:", "编辑:", "典型案例", "入选",
                    "白皮书", "统计公报", "数据统计", "现将", "现对", "工作情况", "报告如下", "总结如下", "法治政府建设", "情况",
                    "报告", "审议", "《", "》", "实施方案", "印发给你们", "制定本办法。", "2023年,", "区司法局", "【基本情况】",
                    "3月5日电", "\n", "。", ",", " "]


def _plain_first_match(parts, text: str, endpos: int):
    """_first_match without its word search."""
    found = [m for m in (part.search(text, 0, endpos) for part, _, _ in parts) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


@given(st.lists(st.sampled_from(_HEAD_CUE_PIECES), min_size=1, max_size=12).map("".join))
def test_a_kind_s_head_cue_finds_what_its_parts_find_without_the_word_search(text):
    for head in _patterns().kind_heads:
        if head is not None:
            found, plain = _first_match(head, text, len(text)), _plain_first_match(head, text, len(text))
            assert (found and found.span()) == (plain and plain.span())


def test_a_head_cue_part_holding_a_word_is_searched_only_where_the_word_is():
    (part, word, words), = [(part, word, words) for part, word, words in _patterns().yearly_report_head
                            if "法治政府建设" in part.pattern and "(?m)" not in part.pattern and r"\A" not in part.pattern]
    assert word == "法治政府建设" and words is None
    assert _first_match(((part, word, words),), "本区法治政府建设情况报告", 12) is not None
    assert _first_match(((part, word, words),), "本区法治政府建设情况报告", 8) is None  # the word runs past the end


def test_a_head_cue_part_holding_one_of_several_words_is_searched_only_where_one_is():
    part = regex.compile(r"(?:(?m)^[ \t]*(\p{Han}{2,6})\n【\1】)|(?:(?m)^[ \t]*书名:)")
    words = tuple(sorted(words_held(part)))
    assert words == ("【", "书名:")
    assert _first_match(((part, None, words),), "概况\n【概况】", 7) is not None
    assert _first_match(((part, None, words),), "书名:某县年鉴", 7) is not None
    assert _first_match(((part, None, words),), "概况\n【概况】", 3) is None  # 【 lies past the end
    assert _first_match(((part, None, words),), "某县年鉴\n概况\n【概况】", 12, 5).span() == (5, 12)
    assert _first_match(((part, None, words),), "概况\n【概况】", 7, 4) is None  # 【 lies before the start


def test_the_words_every_match_holds_are_read_past_a_line_flag_and_a_back_reference():
    assert words_held(regex.compile(r"(?:(?m)^(\p{Han}{2})\n【\1】)")) == frozenset(("【",))
    assert words_held(regex.compile("(?m)^书名")) == frozenset(("书名",))
    assert words_held(regex.compile("(?:(?i)^data)")) is None  # a flag changing what letters match: unread
    assert words_held(regex.compile("(a)" * 12 + r"\12b")) is None  # \12, a group past the ninth: unread


def test_a_text_may_hold_a_match_only_where_it_holds_one_of_the_words():
    words = words_search(frozenset(("编制", "编写")))
    assert may_hold_words(words, "由市司法局编制") and not may_hold_words(words, "由市司法局编制", 0, 6)
    assert may_hold_words(None, "")  # no words to look for: any text may


def test_a_gate_of_one_word_is_the_word():
    assert words_gate(frozenset(("委",))) == "委"
    assert may_hold_words("委", "中共某县委") and not may_hold_words("委", "中共某县委", 0, 4)
    assert not may_hold_words("委", "某县人民政府")
    assert words_gate(frozenset(("编制", "编写"))) is words_search(frozenset(("编制", "编写")))
    assert words_gate(None) is None


def test_a_label_is_looked_for_as_plain_text_only_where_it_is_plain():
    pattern = compile_cached(r"(?:来源|(?:信息)?出处)[:：](\p{Han}+)")
    by_label = _by_label(pattern)
    assert by_label is not None
    assert [label for label, _ in by_label] == ["来源", None]
    for text in ("信息出处:某县司法局 来源:某县", "出处:某县", "来源某县", ""):
        assert [m.span() for m in _labelled(pattern, by_label, text)] == [m.span() for m in pattern.finditer(text)]

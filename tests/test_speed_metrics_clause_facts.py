"""The interpret stage's look-ups of a clause's facts answer as the plain searches they replace do."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import checks, metrics
from lawreport.catalog import get_catalog
from lawreport.numbers import ARABIC_MULTIPLIERS, Quantity, scan
from lawreport.structure import PAUSES, Outline, after_last_pause

PAUSE_PIECES = [",", ";", ":", "、", "(", ")", "。", "\n", "调解12件", "率", "x"]


def _plain_after_last_pause(text: str, low: int, end: int) -> int:
    return max([low] + [i + 1 for i in range(low, min(end, len(text))) if text[i] in PAUSES])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PAUSE_PIECES), max_size=30), st.integers(0, 60), st.integers(0, 60))
@example([",", "调解12件", ";", "率", ":", "x"], 0, 9)
def test_a_clause_starts_after_the_last_pause_of_any_kind(pieces, low, end):
    text = "".join(pieces)
    assert after_last_pause(text, low, end) == _plain_after_last_pause(text, low, end)


def test_each_pause_cuts_a_clause():
    text = "甲,乙;丙:丁、戊"
    assert after_last_pause(text, 0, 2) == 2  # after ,
    assert after_last_pause(text, 0, 4) == 4  # after ;
    assert after_last_pause(text, 0, len(text)) == 6  # after :, not after 、
    assert after_last_pause(text, 5, len(text)) == 6
    assert after_last_pause(text, 7, len(text)) == 7  # none past `low`: `low`


def _count_at_end(text: str) -> Quantity:
    return next(q for q in scan(text) if q.end == len(text))


@pytest.mark.parametrize("word", [word for word in ARABIC_MULTIPLIERS if "万" in word or "亿" in word])
def test_every_multiplier_of_ten_thousand_or_more_rounds_a_count(word):
    text = f"调解成功2.1{word}"
    assert checks._rounding(text, _count_at_end(text)) == 0.05 * ARABIC_MULTIPLIERS[word]


@pytest.mark.parametrize("text", ["调解成功21493", "调解成功2100", "调解成功2.1千"])
def test_a_count_written_without_ten_thousands_is_not_rounded(text):
    assert checks._rounding(text, _count_at_end(text)) == 0.0


@pytest.mark.parametrize("name", ["share_qualifier", "share_kind", "share_kind_class"])
def test_no_share_matches_nothing_so_an_empty_clause_holds_none(name):
    share = getattr(get_catalog(), name)
    text = "依托人民调解工作室调解,涉企案件,市本级,农民工,处罚类案件,刑事法律援助案件"
    assert share.search(text) is not None
    assert all(share.search(text, at, at) is None for at in range(len(text) + 1))


def test_an_empty_clause_is_not_searched_for_a_share():
    text = "2023年,全区调解矛盾纠纷120件,调解成功118件。"
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    share_kind = get_catalog().share_kind
    assert interpreter._share_words_said(share_kind, 0, len(text)) is None  # no kind's word: no search
    assert interpreter._in_clause(share_kind, range(len(text)), 10, 10) is False
    kind = "办理刑事法律援助案件"
    said = metrics.Interpreter(kind, Outline(kind), [], 2023)._share_words_said(share_kind, 0, len(kind))
    assert said == [kind.index("刑事")]
    assert metrics.Interpreter(kind, Outline(kind), [], 2023)._in_clause(share_kind, said, 0, len(kind))
    assert not metrics.Interpreter(kind, Outline(kind), [], 2023)._in_clause(share_kind, said, 4, len(kind))


def test_a_sentence_naming_no_kind_before_legal_aid_is_not_searched_for_the_kind():
    """行政 is a kind only of legal aid (行政法律援助): 行政复议 names no kind, and no count of its sentence is searched."""
    share_kind = get_catalog().share_kind
    text = "全年新收行政复议案件226件,办结行政复议案件212件。"
    assert metrics.Interpreter(text, Outline(text), [], 2023)._share_words_said(share_kind, 0, len(text)) is None
    kind = "办理行政法律援助案件12件"
    said = metrics.Interpreter(kind, Outline(kind), [], 2023)._share_words_said(share_kind, 0, len(kind))
    assert said == [kind.index("行政")]
    assert metrics.Interpreter(kind, Outline(kind), [], 2023)._in_clause(share_kind, said, 0, kind.index("12"))


KIND_PIECES = ["行政", "法律援助", "法援", "复议", "刑事", "案件", "等", "12件", ",", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(KIND_PIECES), max_size=16), st.integers(0, 40))
@example(["行政", "法律援助", "案件"], 8)
def test_a_kinds_words_are_where_a_search_of_the_clause_finds_the_kind(pieces, end):
    """_in_clause over the kind's words said (_share_words_said) answers as a plain search of the clause does."""
    text = "".join(pieces)
    end = min(end, len(text))
    share_kind = get_catalog().share_kind
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    said = interpreter._share_words_said(share_kind, 0, len(text))
    for clause in range(end + 1):
        found = share_kind.search(text, clause, end) is not None
        assert (said is not None and interpreter._in_clause(share_kind, said, clause, end)) == found, (text, clause)


MEDIATION_PIECES = ["行政调解", "人民调解", "调解组织", "法院", "诉调对接", "调解成功11件", ",", "、", "。", "调解",
                    "委派", "x" * 40]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MEDIATION_PIECES), max_size=30))
@example(["x" * 40, "行政调解", "x" * 40, "调解成功11件", "人民调解", "调解成功11件"])
def test_another_bodys_mediation_read_from_a_sentences_scan_is_the_last_searched(pieces):
    text = "".join(pieces)
    outline = Outline(text)
    pattern = get_catalog().other_mediation
    before = metrics._BeforeInSentence(text, pattern, outline, short=metrics._OTHER_MEDIATION_SHORT)
    for sentence in outline.sentence_bounds:
        limit = before._limit(sentence)
        for end in range(sentence, limit + 1):
            plain = None
            for m in pattern.finditer(text, sentence, end, False):
                plain = m
            found = before.last(sentence, end)
            assert (found.span() if found else None) == (plain.span() if plain else None)

"""Shortcuts the interpreter takes instead of searching: each must answer exactly as the search it spares.

A part of the text holding none of the characters a match can end in holds no match; a sentence's
year read for one number stands for a later one when nothing that says a year came between; a
clause and a document title are looked up once for the stretch of text that shares the answer.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import metrics
from lawreport.catalog import get_catalog
from lawreport.metrics import _SPAN, _BeforeInSentence, _ending_chars, _may_hold, _Spans
from lawreport.structure import Outline


def test_the_characters_a_match_ends_in():
    assert _ending_chars(regex.compile("零败诉|无一败诉")) == frozenset("诉")
    assert _ending_chars(regex.compile("败诉率(?:为|是)?零(?!星)")) == frozenset("零")  # a lookahead consumes none
    assert _ending_chars(regex.compile(r"败诉\d")) is None  # a class: its characters are not named
    assert _ending_chars(regex.compile("(?:败诉)?")) is None  # may match no character


def test_a_part_without_an_ending_character_holds_no_match():
    ends = _ending_chars(regex.compile("维持|驳回|终止"))
    assert _may_hold(ends, "其中维持原决定")
    assert not _may_hold(ends, "其中撤销原决定")
    assert _may_hold(ends, "维持原决定", 1)  # 持 is there: searched, though the part holds no match
    assert not _may_hold(ends, "维持原决定", 2)  # the part from its third character on
    assert _may_hold(None, "其中撤销原决定")  # unknown endings: searched
    assert _may_hold(frozenset("一二三四五"), "其中撤销原决定")  # too many to look for one by one: searched


CUE_PIECES = ["5%", "12", ",", ";", "。", "\n", "力争", "计划办理", "实际", "2025年", "到", "要达到", "件"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=40))
def test_a_sentence_known_clear_holds_no_match_up_to_that_end(pieces):
    text = "".join(pieces)
    outline = Outline(text)
    for pattern in (get_catalog().target_cue, _SPAN):
        before = _BeforeInSentence(text, pattern, outline)
        for start in sorted(set(outline.sentence_bounds)):
            if start >= len(text):
                continue
            clear = before.clear_until(start)
            for end in range(start, max(start, clear) + 1):
                assert pattern.search(text, start, end) is None, (pattern.pattern, text, start, end)


def test_a_sentence_of_figures_alone_is_clear_of_cues():
    text = "5%5%5%12,30%\n力争5%"
    before = _BeforeInSentence(text, get_catalog().target_cue, Outline(text))
    assert before.clear_until(0) == text.index("\n") + 1  # the whole first sentence (a line)
    assert before.clear_until(text.index("力")) == -1  # a sentence with words: searched


YEAR_PIECES = ["2023年", "2022年度", "截至2021年11月", "去年", "今年", "年", "(", ")", "含", "受理", "12件", "5%",
               ",", "。", "较", "2020", "的3倍"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(YEAR_PIECES), max_size=30), st.data())
def test_a_sentence_s_year_read_again_is_the_year_read_afresh(pieces, data):
    text = "".join(pieces)
    outline = Outline(text)
    kept = metrics.Interpreter(text, outline, [], 2023, published_year=2024)
    afresh = metrics.Interpreter(text, outline, [], 2023, published_year=2024)
    for sentence in sorted(set(outline.sentence_bounds)):
        end = outline.sentence_end(sentence)
        if end <= sentence:
            continue
        starts = sorted(data.draw(st.lists(st.integers(sentence, end - 1), max_size=6), label="starts"))
        said = kept._sentence_at(sentence)
        for start in starts:
            fresh = afresh._sentence_at(sentence)
            fresh.year = None
            assert kept._sentence_year(said, start) == afresh._sentence_year(fresh, start), (text, sentence, start)


def test_a_bracket_closed_between_two_numbers_reads_the_year_again():
    text = "办结40件(含2022年受理5件),纠错3件。"
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    said = interpreter._sentence_at(0)
    assert interpreter._sentence_year(said, text.index("5件")) == 2022  # inside the bracket
    assert interpreter._sentence_year(said, text.index("3件")) is None  # the bracket closed: not the sentence's year


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=6))
def test_a_stretch_around_an_offset_has_its_answer_throughout(gaps):
    spans, at = [], 0
    for gap, width in gaps:
        spans.append((at + gap, at + gap + width))
        at += gap + width
    titles = _Spans(spans)
    for offset in range(at + 3):
        low, high, covered = titles.around(offset)
        assert low <= offset < high
        assert covered == titles.covers(offset)
        assert all(titles.covers(o) == covered for o in range(low, min(high, at + 3)))


def test_an_offset_in_a_title_or_outside_one():
    titles = _Spans([(3, 6)])
    assert titles.around(4) == (3, 6, True)
    assert titles.around(1)[2] is False and titles.around(1)[1] == 3
    assert titles.around(6)[2] is False


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="受理案件12,、;。()“”\n", max_size=40))
def test_a_clause_looked_up_once_is_the_clause_of_each_offset_in_it(text):
    outline = Outline(text)
    for offset in range(len(text) + 1):
        start, end = outline.clause_at(offset)
        assert (start, end) == (outline.clause_start(offset), outline.clause_end(offset))
        assert all(outline.clause_start(o) == start for o in range(start, end + 1))


def test_a_pattern_whose_match_holds_in_less_text():
    assert metrics._holds_in_shorter(regex.compile("计划办理(?![^。;]{0,6}实际)"))  # found in less, found in more
    assert metrics._holds_in_shorter(regex.compile("(?<![截止])到2025年"))  # reads nothing past its match
    assert not metrics._holds_in_shorter(regex.compile(r"调解(?=\d)"))  # more text may make it match
    assert not metrics._holds_in_shorter(regex.compile("调解$"))
    assert not metrics._holds_in_shorter(regex.compile("计划(?!办理(?!实际))"))  # a lookahead within: either way
    assert not metrics._holds_in_shorter(regex.compile("(?>计划办理)"))
    assert not metrics._holds_in_shorter(regex.compile("(?:计划)?"))  # may match no character


PLAN_PIECES = ["计划办理", "实际", "完成", "300件", "5%", "力争", "到2025年", "将继续", ",", ";", "。", "\n", "案件"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PLAN_PIECES), max_size=40), st.randoms(use_true_random=False))
def test_a_cue_searched_on_from_the_last_end_is_the_cue_searched_afresh(pieces, random):
    text = "".join(pieces)
    outline = Outline(text)
    pattern = get_catalog().target_cue
    ordered = list(range(len(text) + 1))
    shuffled = ordered[:]
    random.shuffle(shuffled)
    for ends in (ordered, shuffled):
        before = _BeforeInSentence(text, pattern, outline)
        for end in ends:
            start = outline.sentence_start(max(0, end - 1))
            assert before.search(start, end) == (pattern.search(text, start, end) is not None), (text, start, end)

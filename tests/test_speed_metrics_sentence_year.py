"""What the interpret stage and the scanner no longer do answers as doing it does: a sentence's 年 that closes no year
(全年, 年度) asks no reading of the sentence's year, nor breaks the year read for an earlier number; a paragraph that
opens with no year is matched once; a number with no label in a stretch read alike is tested for a quota only where
one may end; what the scanner's full grammar would read and drop (a list marker, a span of years) is dropped unread."""

from __future__ import annotations

from unittest import mock

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import metrics, numbers
from lawreport.catalog import get_catalog
from lawreport.metrics import (
    _LEVEL_DATE,
    _RELATIVE_MARKS,
    _RELATIVE_YEAR,
    _YEAR,
    _YEAR_DIGIT_MARKS,
    _year_mark,
    _year_marks,
)
from lawreport.numbers import scan
from lawreport.structure import Outline

YEAR_PIECES = ["2023年", "2022年度", "截至2021年11月", "去年", "今年", "明年", "下一年", "新的一年", "全年", "年度", "近年",
               "年", "(", ")", "含", "受理", "12件", "5%", ",", "。", "较", "2020", "的3倍", "一"]


def test_the_first_year_mark():
    assert _year_mark("全年受理2023年", 0, 9) == 8  # the 年 of 全年 closes no year
    assert _year_mark("全年受理", 0, 4) == -1
    assert _year_mark("新的一年", 0, 4) == 3
    assert _year_mark("2023年", 5, 5) == -1
    assert _year_mark("年度", 0, 2) == 0  # the text's first character: counted, as nothing tells it apart


def test_the_first_year_mark_of_each_kind():
    assert _year_marks("全年受理2023年,去年", 0, 12) == (8, 11)
    assert _year_marks("2023年", 0, 5) == (4, 5)
    assert _year_marks("今年全年", 0, 4) == (4, 1)
    assert _year_marks("全年", 0, 2) == (2, 2)
    assert _year_marks("年度", 0, 2) == (0, 0)  # the text's first character: either kind's


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(YEAR_PIECES), max_size=20))
def test_every_year_said_holds_a_year_mark_of_its_kind(pieces):
    text = "".join(pieces)
    for pattern, after in ((_YEAR, _YEAR_DIGIT_MARKS), (_LEVEL_DATE, _YEAR_DIGIT_MARKS), (_RELATIVE_YEAR, _RELATIVE_MARKS)):
        for m in pattern.finditer(text, overlapped=True):
            marks = [i for i in range(m.start(), m.end()) if text[i] == "年" and text[i - 1:i] in after]
            assert marks and marks[0] > m.start(), (pattern.pattern, text, m.span())


def _plain_year(interpreter: metrics.Interpreter, sentence: int, start: int) -> int | None:
    """The sentence's year before `start`, read with no memo and with every 年 taken for one that may close a year of
    either kind."""
    said = interpreter._sentence_at(sentence)
    nian = interpreter.text.find("年", sentence, said.limit)
    first = said.limit if nian < 0 else nian
    plain = metrics._Sentence(said.start, said.limit, first, said.yue, (said.paragraph, said.spanned))
    plain.marks = first, first
    return interpreter._year_said(plain, start)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(YEAR_PIECES), max_size=30), st.data())
def test_a_sentence_s_year_read_with_its_year_marks_is_the_year_read_at_every_nian(pieces, data):
    text = "".join(pieces)
    outline = Outline(text)
    kept = metrics.Interpreter(text, outline, [], 2023, published_year=2024)
    plain = metrics.Interpreter(text, outline, [], 2023, published_year=2024)
    for sentence in sorted(set(outline.sentence_bounds)):
        end = outline.sentence_end(sentence)
        if end <= sentence:
            continue
        starts = sorted(data.draw(st.lists(st.integers(sentence, end - 1), max_size=8), label="starts"))
        for start in starts:
            said = kept._sentence_at(sentence)
            read = kept._sentence_year(said, start) if said.nian < start else None
            assert read == _plain_year(plain, sentence, start), (text, sentence, start)


def test_a_sentence_whose_only_nian_closes_no_year_reads_none():
    text = "2022年受理10件。全年共新收行政复议案件226件,办结212件,纠错11件。"
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    said = interpreter._sentence_at(text.index("全"))
    assert said.nian == said.limit  # no year said in it: its numbers ask for none
    assert regex.search("年", text[said.start:said.limit])


PARAGRAPH_PIECES = ["2023年", "2022年,", "到2025年,", "2019年至2021年,", "2021—2023年度,", "1.", "一、", "第三章 ", "(二)",
                    "收案情况", "全市", "我市", "受理12件", "。", ",", "\n", " ", "5"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PARAGRAPH_PIECES), max_size=25))
def test_a_paragraph_s_year_read_once_is_the_year_read_at_each_sentence(pieces):
    text = "".join(pieces)
    outline = Outline(text)
    interpreter = metrics.Interpreter(text, outline, [], 2023)
    for sentence in sorted(set(outline.sentence_bounds)):
        if sentence >= len(text):
            continue
        line = text.rfind("\n", 0, sentence) + 1
        m = metrics._PARAGRAPH_YEAR.match(text, line, sentence) if line != sentence else None
        plain = (None, False) if m is None else (int(m.group(1)), False) if m.group(1) else (None, True)
        assert interpreter._paragraph_year(sentence) == plain, (text, sentence)


def test_a_paragraph_that_opens_with_a_heading_and_a_span_is_dated_from_the_sentence_after_the_span():
    text = "1.收案情况。2021—2023年度,受理12件。审结10件。"
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    assert interpreter._paragraph_year(text.index("2021")) == (None, False)  # the span is not yet before it
    assert interpreter._paragraph_year(text.index("审结")) == (None, True)


QUOTA_PIECES = ["5%", "12件", "(", ")", "(300件)", "下达目标任务", "目标任务", "的", ",", "。", "力争", "2023年", "全年"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(QUOTA_PIECES), max_size=30))
def test_a_number_with_no_label_read_in_a_stretch_reads_as_read_afresh(pieces):
    text = "".join(pieces)
    outline = Outline(text)
    kept = metrics.Interpreter(text, outline, [], 2023)
    afresh = metrics.Interpreter(text, outline, [], 2023)
    for q in scan(text):
        sentence = outline.sentence_of(q.start)[0]
        read = kept._read_alone(q, kept._sentence_at(sentence))
        fresh = afresh._read(q, afresh._sentence_at(sentence), "", q.start, None, q.start)
        assert (read.year, read.target) == (fresh.year, fresh.target), (text, q)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(QUOTA_PIECES), max_size=30))
def test_a_count_told_no_quota_by_its_sentence_s_first_quota_end_is_none_looked_up(pieces):
    text = "".join(pieces)
    outline = Outline(text)
    interpreter = metrics.Interpreter(text, outline, [], 2023)
    ends = metrics._match_starts(get_catalog().target_after, text)
    for q in scan(text):
        said = interpreter._sentence_at(outline.sentence_of(q.start)[0])
        looked_up = q.end in ends or (q.start > 0 and text[q.start - 1] == "(" and metrics._quota_opening().search(
            text, max(0, q.start - 8), q.start) is not None)
        assert interpreter._is_quota(q, said) == looked_up, (text, q)


def test_a_quota_in_a_stretch_of_numbers_with_no_label_is_one():
    text = "5%5%下达目标任务(300件)5%"
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    said = interpreter._sentence_at(0)
    readings = [interpreter._read_alone(q, said) for q in scan(text)]
    assert [r.target for r in readings] == [False, False, True, False]


SCAN_PIECES = ["\n", "\r", " ", "\t", "5", "12", "2021", "2025", "1,234", "1 234", "3.5", ".", "、", "-", "~", "年", "件",
               "%", "第", "约", "a", "万", "余", ":", "号", "纲要(", ")"]


def _grammar_reading_every_match() -> numbers.Grammar:
    """The scanner's grammar with no alternative for what the full grammar drops: each such match is parsed first."""
    words = get_catalog().numbers
    with mock.patch.object(numbers, "_dropped_alternative", lambda units, postfixes: "(?!)"):
        plain = numbers._quantity_pattern(words.units, tuple(words.before), tuple(words.after))
    return numbers.grammar()._replace(quantity=plain)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=25))
@example(["\n", "5", ".", "3", "."])
@example([" ", " ", " ", " ", "5", " ", " ", "、"])
@example(["纲要(", "2021", "-", "2025", "年", ")"])
def test_what_the_scanner_drops_unread_it_drops_read(pieces):
    text = "".join(pieces)
    reading_every_match = _grammar_reading_every_match()
    with mock.patch.object(numbers, "grammar", lambda: reading_every_match):
        expected = numbers.scan(text)
    assert numbers.scan(text) == expected, text


def test_a_list_marker_and_a_span_of_years_are_dropped_unread():
    dropped = numbers.grammar().quantity
    for text, marker in (("\n5.凝聚", "5"), ("  12、推进", "12"), ("纲要(2021-2025年)", "2021-2025"), ("\n 3.5.", "3.5")):
        m = next(m for m in dropped.finditer(text) if m.lastindex == 2)
        assert m.group() == marker, text
    assert all(m.lastindex != 2 for m in dropped.finditer("共5.3件"))  # no line opens with it


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(QUOTA_PIECES + ["撤销", "变更", "纠错"]), max_size=30))
def test_a_sentence_s_readings_found_by_bisection_are_those_it_holds(pieces):
    """Readings come in the order of their sentences: a bisection finds a sentence's (metrics._of_sentence)."""
    text = "".join(pieces)
    outline = Outline(text)
    readings = metrics.Interpreter(text, outline, [], 2023).run(scan(text))[2]
    for sentence in {r.sentence for r in readings} | {0, len(text)}:
        assert metrics._of_sentence(readings, sentence) == [r for r in readings if r.sentence == sentence], text

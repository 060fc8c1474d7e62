"""What the interpret stage reads once and shares, and its shortened searches, answer as the plain search does."""

from __future__ import annotations

import regex
from conftest import sentences_searched
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import extract, metrics
from lawreport.catalog import get_catalog
from lawreport.metrics import _BeforeInSentence
from lawreport.structure import Outline

DISPUTE_PIECES = ["医疗纠纷", "医疗", "纠纷", "劳动争议", "争议", "物业", "交通事故纠纷", "调解", "12件", ",", "。", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(DISPUTE_PIECES), max_size=30))
def test_the_first_match_before_an_end_is_the_part_s_own(pieces):
    """The sentence's first match, searched once, answers for every part of it as a search of the part does."""
    pattern = get_catalog().specialised_disputes
    text, outline, before, starts = sentences_searched(pieces, pattern)
    for start in starts:
        for end in range(start, min(len(text), outline.sentence_end(start) + 1) + 1):
            found, plain = before.first_before(start, end), pattern.search(text, start, end)
            assert (found and found.span()) == (plain and plain.span()), (text, start, end)


def test_a_match_that_reads_past_its_end_is_searched_as_the_part_is():
    """A pattern that may read past its match (a lookahead) has no first match kept: each part is searched."""
    text = "医疗纠纷案件12件"
    pattern = regex.compile("医疗纠纷(?!案件)")
    before = _BeforeInSentence(text, pattern, Outline(text))
    assert before.first is None
    assert before.first_before(0, len(text)) is None
    assert before.first_before(0, 4) is not None  # the part ends before 案件


MARKER_PIECES = ["其中", "中", "含", "内含", "包含", "包括", "括", "调解", "12件", "\n", " ", ",", ";", ":"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MARKER_PIECES), max_size=25))
def test_a_part_marker_ending_a_part_is_found_as_far_back_as_it_reaches(pieces):
    """_part_marker_ends searches back from the end only a marker's width (and a final line break): it finds a
    marker wherever the search of the whole part does."""
    text = "".join(pieces)
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    marker, reach = interpreter._part_marker_ending
    assert reach is not None  # the catalog's part words are plain words: the search is bounded
    for end in range(len(text) + 1):
        for start in range(end + 1):
            plain = marker.search(text, start, end) is not None
            assert interpreter._part_marker_ends(start, end) == plain, (text, start, end)


def test_a_part_marker_before_a_final_line_break_is_found():
    text = "受理案件30件,其中\n"
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    assert interpreter._part_marker_ends(0, len(text))
    assert not interpreter._part_marker_ends(0, text.index("其"))


def test_a_label_s_part_marker_is_looked_for_once_for_both_its_checks(monkeypatch):
    """Whether a subject is a part by the marker before it decides both whether its total was said before and whether
    it is a part of files reviewed: the marker is looked for once per label, not once per check."""
    asked: list[tuple[int, int]] = []
    original = metrics.Interpreter._after_part_marker

    def counted(self, sentence: int, subject_start: int) -> bool:
        asked.append((sentence, subject_start))
        return original(self, sentence, subject_start)

    monkeypatch.setattr(metrics.Interpreter, "_after_part_marker", counted)
    record = extract("2023年,全区调解矛盾纠纷120件,调解矛盾纠纷130件;其中:调解家庭纠纷12件;调解邻里纠纷30件。")
    assert asked and len(asked) == len(set(asked))
    assert [m.value for m in record.metrics if m.key == "mediation_cases"][:1] == [120]


def test_a_report_naming_no_share_words_reads_its_counts_as_one_that_does_without_cutting_their_clauses(monkeypatch):
    """The clause of a labelled figure is cut at its last pause only for a share's search (依托…工作室, 刑事…案件); a
    report saying none of the words a share holds reads the same with fewer cuts."""
    text = "2023年,全区调解矛盾纠纷120件,调解成功118件,调解成功率98.3%;办理法律援助案件300件。"
    cuts: list[int] = []
    original = metrics.after_last_pause

    def counted(text: str, low: int, end: int) -> int:
        cuts.append(end)
        return original(text, low, end)

    monkeypatch.setattr(metrics, "after_last_pause", counted)
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    assert interpreter._share_words_said(get_catalog().share_qualifier, 0, len(text)) is None
    assert interpreter._share_words_said(get_catalog().share_kind, 0, len(text)) is None
    read = [(m.key, m.value) for m in extract(text).metrics]
    fewer = len(cuts)
    cuts.clear()
    # as for a pattern that shows no words: any offset may hold one
    monkeypatch.setattr(metrics.Interpreter, "_share_words_said", lambda self, share, start, limit: range(start, limit))
    assert [(m.key, m.value) for m in extract(text).metrics] == read
    assert len(cuts) > fewer
    monkeypatch.undo()
    shared = "2023年,依托人民调解工作室调解矛盾纠纷95件。"
    said = metrics.Interpreter(shared, Outline(shared), [], 2023)._share_words_said(get_catalog().share_qualifier, 0,
                                                                                    len(shared))
    assert said == [shared.index("工作室")]


EXAMPLE_PIECES = ["例", "如", "。", ":", ",", "以青石镇为", "比", "例如", "\n", "调解12件"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(EXAMPLE_PIECES), max_size=20))
def test_examples_said_alone_are_where_a_search_finds_an_example_word_closed(pieces):
    """The examples closing their sentences, found by their words' offsets, are where a search of the text finds an
    example's word right before a closing mark."""
    text = "".join(pieces)
    closed = f"[{metrics._EXAMPLE_CLOSING_WORDS}][{''.join(sorted(metrics._EXAMPLE_CLOSES))}]"
    assert metrics._examples_said_alone(text) == [m.start() for m in regex.finditer(closed, text)], text


SINCE_PIECES = ["2019", "2020年", "1998", "年", "3月", "份", "5日", "以来", "至今", "起", "起草", "开展", "工作",
                ",", ":", "。", "12"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SINCE_PIECES), max_size=20))
def test_years_since_tried_before_their_words_are_the_search_s_matches(pieces):
    """The years since (2019年以来, 2020年3月起) tried only before the words they say are what a search of the text
    finds."""
    text = "".join(pieces)
    near = [m.span() for m in metrics._years_since(text)]
    assert near == [m.span() for m in metrics._YEARS_SINCE.finditer(text)], text


def test_the_years_since_pattern_has_a_widest_match():
    """Its widest match bounds where a year before a word is tried (without one, the text is searched)."""
    shape = metrics.Shape.of(metrics._YEARS_SINCE)
    assert shape is not None and shape.width is not None

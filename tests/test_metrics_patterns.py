"""What the interpreter reads from a pattern's text, and the searches that rely on it.

A sentence's matches stand for the searches of every number in it, and a subject's last
character rules out labels that cannot end there: both must give exactly what searching
afresh gives.
"""

from __future__ import annotations

from unittest import mock

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import metrics
from lawreport.catalog import get_catalog
from lawreport.metrics import (
    _LEVEL_DATE,
    _RELATIVE_YEAR,
    _SPAN,
    _YEAR,
    _BeforeInSentence,
    _national_bodies,
    _whole_place,
)
from lawreport.scanning import Ending, Shape
from lawreport.structure import Outline


@pytest.mark.parametrize(("pattern", "width", "reach"), [
    (r"ab", 2, 2),
    (r"a(?=bcd)", 1, 4),  # the lookahead reads past the match
    (r"a$", 1, 3),  # $ reads the character after it and the one after that (a final line break)
    (r"(?<=xyz)a", 1, 1),  # a lookbehind reads only before
    (r"a\b", 1, 2),
    (r"(?:ab|c){2}", 4, 4),
    (r"a{1,3}?b", 4, 4),
    (r"[^\]]x", 2, 2),
    (r"\p{Han}{0,4}年", 5, 5),
    (r"(?P<year>\d{4})年", 5, 5),
    (r"a+", None, None),
    (r"a{2,}", None, None),
])
def test_width_and_reach(pattern, width, reach):
    shape = Shape.of(regex.compile(pattern))
    assert shape is not None
    assert (shape.width, shape.reach) == (width, reach)


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?x)a b", r"(?r)ab", r"a{e<=1}", r"[[:alpha:]]", r"\N{LATIN SMALL LETTER A}", r"(?<=a$)b"])
def test_syntax_not_read_leaves_the_shape_unknown(pattern):
    assert Shape.of(regex.compile(pattern)) is None


def test_last_characters_of_an_anchored_pattern():
    ending = Ending.of(regex.compile(r"(?:调解|化解)(?:纠纷|案件)?$"))
    assert ending is not None
    assert ending.allows("受理调解纠纷") and ending.allows("化解") and ending.allows("调解案件\n")
    assert not ending.allows("调解纠纷数") and not ending.allows("")
    han = Ending.of(regex.compile(r"纠错\p{Han}{0,4}$"))
    assert han is not None and han.allows("纠错决定书") and not han.allows("纠错5")


@pytest.mark.parametrize("pattern", [r"a?$", r"ab", r"(?i)a$", r"(?:a$|b)"])
def test_no_last_characters_where_any_subject_may_match(pattern):
    assert Ending.of(regex.compile(pattern)) is None


SUBJECT_CHARACTERS = "调解成功率纠纷案件复议诉讼败出庭应数量的年度从由至到上升下降公证法律援助2019“”\n "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=SUBJECT_CHARACTERS, max_size=24))
def test_a_subject_ruled_out_holds_no_match(subject):
    catalog = get_catalog()
    anchored = [rule.labels for rule in catalog.rules] + [
        catalog.series_from, catalog.series_to, catalog.series_after_change, catalog.rate_label]
    for pattern in anchored:
        ending = Ending.of(pattern)
        if ending is not None and not ending.allows(subject):
            assert pattern.search(subject) is None, (pattern.pattern, subject)


PIECES = ["2023年", "2024年度", "截至2022年11月", "去年", "今年同", "力争", "到2025年底", "提高到2022年的", "近三年来",
          "“十四五”期间", "5%", "12件", "2019", "年", ",", "、", "。", "\n", "较", "至", "以", "全市", "我县", "范围内", "排名",
          "司法部", "门", "最高人民法院"]


def _same_as_searching_afresh(text: str, ends: list[int] | None = None) -> None:
    outline = Outline(text)
    for pattern in (_YEAR, _LEVEL_DATE, _RELATIVE_YEAR, _SPAN, get_catalog().target_cue, _whole_place(False),
                    _national_bodies()):
        for skip in (None, lambda offset: offset % 3 == 0):  # every match counts, or a third do not
            before = _BeforeInSentence(text, pattern, outline, skip)
            for end in range(len(text)) if ends is None else ends:
                start = outline.sentence_start(end)
                found = list(pattern.finditer(text, start, end))
                counted = [m.span() for m in found if skip is None or not skip(m.start())]
                last = before.last(start, end)
                assert (last.span() if last else None) == (counted[-1] if counted else None), (pattern.pattern, start, end)
                assert before.search(start, end) == bool(found), (pattern.pattern, start, end)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_a_sentence_scanned_once_answers_every_offset(pieces):
    with mock.patch.object(metrics, "_SHORT_PREFIX", 0):  # every prefix from the sentence's scan
        _same_as_searching_afresh("".join(pieces))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80), st.randoms(use_true_random=False))
def test_a_search_that_goes_on_from_the_last_answers_as_afresh(pieces, random):
    text = "".join(pieces)
    _same_as_searching_afresh(text)  # short parts, each going on from the one before
    ends = list(range(len(text)))
    random.shuffle(ends)
    _same_as_searching_afresh(text, ends)  # in no order: shorter parts after longer, other sentences between


def test_a_sentence_cut_at_its_greatest_length_is_scanned_on_its_own():
    with mock.patch.object(metrics, "_SHORT_PREFIX", 0):
        _same_as_searching_afresh("5%" * 700 + "2023年5%去年力争到2025年底12件" * 10)


# (纠纷 after 复议, 诉讼 or 非诉讼, and a batch's 批: the words of the catalog's patterns that read before their attempt)
AROUND_PIECES = ["复议", "调解", "复议后调解", "行政", "负责人", "出庭", "5%", "12件", "率", ",", "。", "\n", "x", "诉讼", "非",
                 "纠纷", "第", "3批"]
AROUND_PATTERNS = [
    *{p.pattern: p for rule in get_catalog().rules for p in (rule.context, rule.sentence_exclude) if p is not None}.values(),
    regex.compile(r"调解(?=\d)"),  # reads past its match: the part's end matters
    regex.compile(r"调解$"),
    regex.compile(r"(?<=复议)调解"),  # reads before its attempt: searched as the cut parts
    regex.compile(r"^出庭"),
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(AROUND_PIECES), max_size=60), st.data())
def test_what_is_said_around_a_number_is_what_its_cut_parts_hold(pieces, data):
    text = "".join(pieces)
    outline = Outline(text)
    interpreter = metrics.Interpreter(text, outline, [], 2023)
    with mock.patch.object(metrics, "_SHORT_PREFIX", data.draw(st.sampled_from([0, 200]))):
        for start in range(len(text)):
            end = data.draw(st.integers(start + 1, min(len(text), start + 4)), label="end") if start < len(text) else start
            kind = data.draw(st.sampled_from(["count", "percent"]))
            q = metrics.Quantity(start=start, end=end, num_start=start, num_end=end, value=1.0, unit=None, kind=kind,
                                 qualifier=None, low=None, high=None, change=None, ratio_to=None)
            sentence = outline.sentence_start(start)
            subject_start = data.draw(st.integers(max(0, sentence - 3), start), label="subject start")
            paragraph = data.draw(st.booleans())
            line = interpreter._line_start(sentence, metrics._MAX_PARAGRAPH) if kind == "percent" else None
            parts = [text[sentence:subject_start], text[q.end:outline.sentence_end(start)]]
            if paragraph and kind == "percent":
                parts.append(text[line:sentence] if line is not None else "")
            elif paragraph and sentence > 0 and text[sentence - 1] != "\n":  # a count: the sentence before on its line
                parts.append(text[outline.sentence_start(sentence - 1):sentence])
            for pattern in AROUND_PATTERNS:
                expected = any(pattern.search(t) for t in parts)
                assert interpreter._said_around(pattern, q, sentence, subject_start, paragraph) == expected, (
                    pattern.pattern, text, start, subject_start)


def test_a_pattern_that_reads_before_its_attempt_is_searched_as_cut():
    assert metrics._reads_from_start(regex.compile("复议\\p{Han}{0,6}调解"))
    assert not metrics._reads_from_start(regex.compile("(?<=复议)调解"))
    assert not metrics._reads_from_start(regex.compile("\\b调解"))
    assert not metrics._reads_from_start(regex.compile("(?:调解)?"))  # may match no character


def test_a_pattern_that_reads_past_its_match_is_not_answered_from_the_sentence_s_first_match():
    assert metrics._reads_no_further(regex.compile("(?<![较比])到(?:19|20)\\d{2}年"))
    assert not metrics._reads_no_further(regex.compile("调解(?!率)"))
    assert not metrics._reads_no_further(regex.compile("调解$"))
    assert not metrics._reads_no_further(regex.compile("(?>调解\\p{Han}*)率"))  # gives nothing back
    assert not metrics._reads_no_further(regex.compile("^调解"))
    assert not metrics._reads_no_further(regex.compile("(?:调解)?"))


TARGET_PIECES = ["的", "目标", "任务", "目标任务", "的目标", "件", "12", "。", "力争"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(TARGET_PIECES), max_size=30))
def test_where_a_pattern_matches_is_where_match_finds_it(pieces):
    text = "".join(pieces)
    pattern = get_catalog().target_after
    assert metrics._match_starts(pattern, text) == {i for i in range(len(text) + 1) if pattern.match(text, i)}

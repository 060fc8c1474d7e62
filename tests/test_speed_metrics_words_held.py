"""What the interpret stage no longer does for a report or a number answers as doing it does: the words every match
of a pattern holds (words_held) rule out the zero phrases' search, and numbers with no label read alike in a
stretch of their sentence (Interpreter._read_alone)."""

from __future__ import annotations

from unittest import mock

import regex
from conftest import sentences_searched
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import metrics
from lawreport.catalog import get_catalog
from lawreport.metrics import Interpreter, _BeforeInSentence, _zero_phrases
from lawreport.numbers import scan
from lawreport.scanning import Shape, words_held
from lawreport.structure import Outline


def test_the_words_every_match_holds():
    assert words_held(regex.compile("零败诉|无一败诉")) == frozenset(("零败诉", "无一败诉"))
    assert words_held(regex.compile("(?:无|未发生)一?(?:行政)?败诉(?:案件|(?=[,。]))")) == frozenset(("败诉",))
    assert words_held(regex.compile("零败诉|(?:行政)?败诉")) == frozenset(("败诉",))  # 零败诉 holds 败诉
    assert words_held(regex.compile("败诉?")) == frozenset(("败",))  # the repeated character may be missing
    assert words_held(regex.compile("x(?=[败诉])y")) == frozenset(("x",))  # a lookahead takes no character
    # …but where it wants words after a word taken, the text holds them there (行政法援, not 行政 alone)
    assert words_held(regex.compile("行政(?=法律援助|法援)")) == frozenset(("行政法律援助", "行政法援"))
    assert words_held(regex.compile("行政(?!法律援助)")) == frozenset(("行政",))  # (a word not wanted is held by none)
    assert words_held(regex.compile("行政(?=法援+)")) == frozenset(("行政",))  # (a repeat: not read as words)
    assert words_held(regex.compile("(?=法援)法")) == frozenset(("法",))  # (nothing taken before it)
    assert words_held(regex.compile(r"\p{Han}{2}败诉")) == frozenset(("败诉",))
    assert words_held(regex.compile("(?:败诉)+率")) == frozenset(("率",))
    assert words_held(regex.compile("[]败]诉|[^]败]诉")) == frozenset(("诉",))  # a ] first in a class is a member
    assert words_held(regex.compile(r"\d+件")) == frozenset(("件",))
    assert words_held(regex.compile(r"到(?:19|20)\d{2}年")) == frozenset(("到",))  # no figure: they are everywhere
    assert words_held(regex.compile(r"到年(?:底|末)")) == frozenset(("到年",))  # the longer word
    assert words_held(regex.compile("败诉|")) is None  # an empty alternative holds nothing
    assert words_held(regex.compile(r"\d+")) is None
    assert words_held(regex.compile("(?i)ab")) is None  # flags: not read
    assert words_held(regex.compile(r"\x41B")) is None  # an escape that stands for a character: not read
    assert words_held(regex.compile("(?P<x>败诉)")) == frozenset(("败诉",))  # a named group: as (?:…)


def test_every_zero_phrase_of_the_catalog_holds_a_word():
    """The search for the words that spares a report without 败诉 the search for 零败诉 / 未发生…败诉案件 is there."""
    phrases = _zero_phrases()
    assert phrases and all(words is not None for _, _, _, words in phrases)


EVERY_REPORTS_WORDS = ("案件", "行政行为", "行政", "情况", "被", "无")  # words nearly every report holds many times


def test_no_zero_phrase_is_searched_near_words_every_report_holds():
    """A phrase searched near 案件 (无行政复议案件被复议机关纠错, its 案件 the rarest word it seemed to hold) is searched in
    every report, near each of its hundred cases: each rule's words are its own (复议, 败诉)."""
    for rule, _, _, words in _zero_phrases():
        assert words is not None and not words & set(EVERY_REPORTS_WORDS), rule.key


def test_every_zero_phrase_is_searched_around_its_words():
    """A phrase of no bounded width (…撤销(?:、变更)*的行政行为) is searched over the whole text of every report: each
    rule's phrases have a widest match and a reach, which bound the search around each word."""
    for rule, zero, _, _ in _zero_phrases():
        shape = Shape.of(zero)
        assert shape is not None and shape.width is not None and shape.reach is not None, rule.key


ZERO_PIECES = ["零", "败诉", "败", "诉", "无", "一", "未发生", "没有", "行政", "机关", "案件", "情况", "率为", "复议", "、",
               ",", "。", ")", "12件"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ZERO_PIECES), max_size=20))
def test_a_zero_phrase_holds_one_of_its_words(pieces):
    text = "".join(pieces)
    for rule, zero, _, words in _zero_phrases():
        for m in zero.finditer(text):
            assert words is not None and any(word in m.group() for word in words), (rule.key, text)


def test_a_report_without_the_words_reads_no_zero():
    assert get_catalog()  # (the catalog's zero phrases)
    text = "2023年工作总结\n全年行政诉讼无一起败诉案件。\n"
    found = Interpreter(text, Outline(text), [], 2023).run(scan(text))[0]
    assert [(f.key, f.value) for f in found] == [("litigation_lost", 0.0)]
    text = text.replace("败诉", "败")
    assert Interpreter(text, Outline(text), [], 2023).run(scan(text))[0] == []


CUE_PIECES = ["力争", "计划办理", "实际", "2025年", "到", "要达到", "还将", "确保", "调解成功", "12件", "5%", ",", "。",
              "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=30))
def test_a_sentence_is_clear_of_cues_up_to_its_first_cue_word(pieces):
    pattern = get_catalog().target_cue
    text, outline, before, starts = sentences_searched(pieces, pattern)
    for start in starts:
        if start >= len(text):
            continue
        limit = outline.sentence_end(start)
        clear = before.clear_of_words(start, limit)
        assert clear >= 0
        for end in range(start, clear + 1):
            assert pattern.search(text, start, end) is None, (text, start, end)


def test_a_sentence_without_cue_words_is_clear_to_its_end():
    text = "调解矛盾纠纷12件,调解成功11件,调解成功率91.6%,力争"
    before = _BeforeInSentence(text, get_catalog().target_cue, Outline(text))
    assert before.clear_of_words(0, text.index("力")) == text.index("力")
    assert before.clear_of_words(0, len(text)) == text.index("力")  # up to 力争: no cue ends before it
    assert _BeforeInSentence(text, regex.compile(r"\d+"), Outline(text)).clear_of_words(0, len(text)) == -1


AROUND_PIECES = ["复议", "复", "议", "行政争议", "交办", "调解", "成功", "12件", "5%", ",", "。", "其中", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(AROUND_PIECES), max_size=24))
def test_a_pattern_said_around_a_number_is_found_as_searched_afresh(pieces):
    """_said_around, which a sentence saying none of the pattern's words answers at once, finds the pattern before
    the subject or after the number wherever a search of those parts does."""
    text = "".join(pieces)
    outline = Outline(text)
    interpreter = Interpreter(text, outline, [], 2023)
    patterns = {rule.sentence_exclude for rule in get_catalog().rules if rule.key == "mediation_success_rate"} - {None}
    assert patterns
    for q in scan(text):
        sentence = outline.sentence_start(q.start)
        end = interpreter._reach(q.start)
        for subject_start in sorted({sentence, max(sentence, outline.clause_at(q.start)[0])}):
            for pattern in patterns:
                plain = pattern.search(text[sentence:subject_start]) is not None \
                    or pattern.search(text[q.end:end]) is not None
                assert interpreter._said_around(pattern, q, sentence, subject_start, False) == plain, (text, q)


# Figures, and what may come between them: a year, a target cue, a period (“十四五”期间 says no 年), a plan part, a quota.
ALONE_PIECES = ["5%", "5%", "6%", "12件", "(12件)", "的目标任务", "2023年", "“十四五”期间", "2019年以来", "2018年至2020年,",
                "力争", "到2022年底", "明年", "\n二、下一步工作计划\n", "\n三、2022年工作总结\n", "\n", "。", ",", ":", "(",
                ")", "调解成功率"]


@settings(max_examples=400, deadline=None)
@example(["5%", "“十四五”期间", "5%"], False, 2023)  # a period between: the second is of no one year
@example(["5%", "5%", "力争", "5%"], False, 2023)  # a cue between: the third is a target
@example(["5%", "5%", "2019年以来", "5%"], False, 2023)
@example(["5%", "5%", "\n二、下一步工作计划\n", "5%", "5%"], False, 2023)
@example(["5%", "5%", "5%", "的目标任务"], False, 2023)  # a quota of its own
@given(st.lists(st.sampled_from(ALONE_PIECES), max_size=24), st.booleans(), st.sampled_from([None, 2023]))
def test_a_number_with_no_label_reads_as_read_afresh(pieces, plan_document, report_year):
    """A number with no label read in its sentence's kept stretch (Interpreter._read_alone) gets the year and target
    that _read gives it."""
    text = "".join(pieces)
    alone = Interpreter._read_alone

    def checked(self, q, said):
        reading = alone(self, q, said)
        afresh = Interpreter._read(self, q, said, "", q.start, None, q.start)
        assert (reading.year, reading.target, reading.sentence) == (afresh.year, afresh.target, afresh.sentence), \
            (text, q)
        return reading

    with mock.patch.object(Interpreter, "_read_alone", checked):
        Interpreter(text, Outline(text), [], report_year, plan_document=plan_document, published_year=2024).run(
            scan(text))


def test_numbers_with_no_label_share_one_reading():
    """From the second number with no label of a sentence on, its stretch up to the first target cue is kept."""
    text = "2023年工作总结\n全市5%5%5%5%,力争6%6%。"
    with mock.patch.object(Interpreter, "_read", autospec=True, side_effect=Interpreter._read) as read:
        readings = Interpreter(text, Outline(text), [], 2023).run(scan(text))[2]
    assert [(r.year, r.target) for r in readings] == [(2023, False)] * 4 + [(2023, True)] * 2
    assert read.call_count == 5  # the first two, and those after 力争


def test_counts_naming_no_part_of_a_key_are_read_for_no_groups_of_its_parts():
    """Joined parts are looked for only where the counts' subjects name a part of the key (撤销, 变更 …: the words every
    part holds); where they name one, the groups are summed as before."""
    alone = "审结行政复议案件212件,纠错11件,直接纠错率5.2%。"
    with mock.patch.object(metrics, "_of_sentence", side_effect=metrics._of_sentence) as read:
        found = Interpreter(alone, Outline(alone), [], 2023).run(scan(alone))[0]
    assert read.call_count == 0
    assert [(m.key, m.value) for m in found if m.key == "reconsideration_corrected"] == [("reconsideration_corrected", 11)]
    grouped = "审结行政复议案件212件,撤销和确认违法6件、变更和责令履行2件。"
    with mock.patch.object(metrics, "_of_sentence", side_effect=metrics._of_sentence) as read:
        found = Interpreter(grouped, Outline(grouped), [], 2023).run(scan(grouped))[0]
    assert read.call_count > 0
    assert [(m.key, m.value, m.derived) for m in found if m.key == "reconsideration_corrected"] \
        == [("reconsideration_corrected", 8, True)]


ZERO_PIECES = ["复议", "行政复议", "实现", "零纠错", "零撤改", "”的", "无一", "没有一", "件", "案件", "被", "纠错", "撤销", "零败诉",
               "败诉率为零", "未发生", "败诉案件", "无", "没有", "行政行为", "机关", "变更", "的", ",", "。", "调解纠纷12件", "x" * 150, "x" * 250]


@settings(max_examples=300, deadline=None)
@example(["x" * 250, "行政复议", "零纠错", "x" * 250, "无一", "案件", "被", "复议", "纠错"], 10**6)
@given(st.lists(st.sampled_from(ZERO_PIECES), max_size=30), st.integers(min_value=0, max_value=3000))
def test_zero_phrases_searched_near_their_words_are_those_searched_everywhere(pieces, end):
    """A zero phrase searched only around its words (metrics._matches_near_words) is found as a search of the whole
    text finds it, up to the end given."""
    text = "".join(pieces)
    for _, zero, _, words in _zero_phrases():
        near = [(m.start(), m.end()) for m in metrics._matches_near_words(zero, words, text, end)]
        assert near == [(m.start(), m.end()) for m in zero.finditer(text, 0, end)], (text, zero.pattern)

"""What a sentence says, found once for all its numbers, answers as the searches it spares do: a part of the
sentence that holds none of a pattern's words whole holds no match of it."""

from __future__ import annotations

import re
import sys
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport.metrics import _ASKED_ALL, _SAME_PERIOD, Interpreter, own_level
from lawreport.numbers import scan
from lawreport.scanning import held_word_starts
from lawreport.structure import Outline

# pieces that make or break a part marker before a subject (其中, 含, 包括 and the marks around them)
PART_PIECES = ["其中", "其", "中", "含", "包括", "包", "、", ",", ";", ":", "。", "(", " ", "调解纠纷", "12件"]


def _interpreter(text: str) -> Interpreter:
    return Interpreter(text, Outline(text), [], 2023)


def _after_part_marker_both_ways(text: str) -> tuple[list[bool], list[bool]]:
    """_after_part_marker at every offset of the text, told by the sentence's marker words and searched plainly."""
    told, plain = _interpreter(text), _interpreter(text)
    plain._part_words = None  # no words to tell by: every subject is searched
    sentence_of = told.outline.sentence_of
    offsets = range(1, len(text))
    return ([told._after_part_marker(told._sentence_at(sentence_of(at)[0]), at) for at in offsets],
            [plain._after_part_marker(plain._sentence_at(sentence_of(at)[0]), at) for at in offsets])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PART_PIECES), max_size=24))
@example(["调解纠纷", "12件", ",", "其中", "调解纠纷", "12件", "、", "调解纠纷"])
@example(["调解纠纷", "12件", ",", "其中", ":", "调解纠纷", "12件", ";", "调解纠纷"])
@example(["含", ",", "调解纠纷"])
def test_a_subject_with_no_marker_word_before_it_in_its_sentence_is_told_so_as_searched(pieces):
    told, plain = _after_part_marker_both_ways("".join(pieces))
    assert told == plain


def test_a_marker_right_before_the_subject_still_makes_it_a_part():
    text = "受理纠纷300件,其中,调解纠纷12件、调解纠纷30件。"
    told, plain = _after_part_marker_both_ways(text)
    assert told == plain
    assert told[text.index("调解纠纷12件") - 1]  # 其中, opens the list: its first item a part
    assert told[text.index("调解纠纷30件") - 1]  # …and the item after the 、
    assert not told[text.index("受理纠纷") + 1]


def test_a_marker_in_the_sentence_before_makes_no_part_here():
    text = "其中调解纠纷12件。调解纠纷30件、调解纠纷5件。"
    told, _ = _after_part_marker_both_ways(text)
    assert not any(told[text.index("。") + 1:])


# What opens a clause before its figure (a part marker, a place, a period, an example, a channel, a specialised body's
# disputes, a kind of case before a bracket), the figures with their labels (分别 after periods, 均 of each unit), and
# the marks after them: the words rule filters look for before a label, in sentences that say them or not.
OPENINGS = ["", "", "其中", "其中:", "其中,", "含,", "(其中,", "全县", "全市", "三县", "2023年", "上半年", "9月、10月", "以青石镇为例,", "比如",
            "依托人民调解工作室", "医调委调解医疗纠纷", "处罚类案件,增幅超3倍(", "("]
FIGURES = ["调解矛盾纠纷12件", "调解成功11件", "调解成功率98.5%", "新收行政复议案件26件", "新收6件", "办结行政复议案件20件",
           "纠错3件", "败诉率分别为24.7%、24%", "调解纠纷均不足500件", "办理法律援助案件300件", "办理刑事法律援助案件120件"]
MARKS = [",", "、", ";", "。", ")", "。\n"]
CLAUSES = st.tuples(st.sampled_from(OPENINGS), st.sampled_from(FIGURES), st.sampled_from(MARKS)).map("".join)


def _read(text: str, year: int | None, level: int | None) -> tuple:
    """The metrics and rates read, with what the filters noted of the figures (shares, examples, specialised bodies)."""
    interpreter = Interpreter(text, Outline(text), [], year, level=level)
    metrics, rates, _ = interpreter.run(scan(text))
    return (metrics, rates, interpreter._shares, interpreter._examples, interpreter._share_ends,
            interpreter._specialised, interpreter._parts_read)


@settings(max_examples=300, deadline=None)
@given(st.lists(CLAUSES, max_size=8), st.sampled_from([2023, None]), st.sampled_from([None, own_level("某省", "某市", "某县")]))
@example(["全区调解组织成功调处矛盾纠纷3100件;", "区医调委调解医疗纠纷52件,", "调解成功49件。"], 2023, None)
@example(["5月、6月行政复议纠错率分别为12%、9%。"], None, None)
@example(["全县调解矛盾纠纷2400件。", "以青石镇为例,全年调解纠纷120件,调解成功率99.1%。"], 2023, None)
@example(["全年调处矛盾纠纷3600件。", "依托人民调解工作室调处矛盾纠纷420件,", "调解成功率98.5%。"], 2023, None)
@example(["全年办结行政复议案件900件。", "征收类案件增长1.5倍(其中,新收210件)。"], 2023, None)
@example(["全年新收行政复议申请980件,", "其中新收6件。"], 2023, None)
@example(["全年受理纠纷300件,", "其中:调解家庭纠纷12件;", "调解邻里纠纷30件。"], 2023, None)
@example(["全年受理纠纷300件,", "含,调解纠纷12件。"], 2023, None)
@example(["2023年上半年,全县调解矛盾纠纷1200件。"], 2023, None)
@example(["全县调解矛盾纠纷2400件,", "三个镇调解纠纷均不足500件。"], 2023, None)
@example(["全市调解矛盾纠纷12000件。", "全县调解矛盾纠纷2400件。"], 2023, own_level("某省", "某市", "某县"))
def test_a_figure_s_filters_not_asked_for_words_its_sentence_lacks_read_it_as_all_asked(clauses, year, level):
    """_headline asks a rule filter only where the label's sentence says a word it looks for before the label
    (_Heard, found once per sentence): the figures read as with every filter asked."""
    text = "".join(clauses)
    read = _read(text, year, level)
    with mock.patch.object(Interpreter, "_heard_in", lambda self, said: _ASKED_ALL):
        assert read == _read(text, year, level)


def test_the_words_of_a_sentence_are_found_overlapping_ones_too():
    """A word starting inside another (工作室 in 调解工作室) is one a clause from its start may hold: each is found."""
    words = re.compile("ab|bc")
    assert held_word_starts(words, "xabcab", 0, 6) == [1, 2, 4]
    assert held_word_starts(words, "xabcab", 2, 5) == [2]
    assert held_word_starts(words, "xabcab", 5, 6) is None


def test_a_sentence_opening_with_same_period_after_any_space_is_read_as_one():
    """_said_same_period matches _SAME_PERIOD only at a sentence opening with 同 or a space: every character that may
    open a match (over all of Unicode, each `re`'s \\s takes) still gives the year of the sentence before."""
    openings = [chr(code) for code in range(sys.maxunicode + 1)
                if _SAME_PERIOD.match(chr(code) + "同期,") is not None] + [""]
    assert len(openings) > 20
    for opening in openings:
        before = "2023年收到申请643件。"
        text = before + opening + "同期,全区一审行政诉讼案件221件。"
        assert _interpreter(text)._said_same_period(len(before)) == 2023, repr(opening)
    assert _interpreter("2023年收到申请643件。全年同期,全区一审行政诉讼案件221件。")._said_same_period(13) is None

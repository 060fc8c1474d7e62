"""What the interpret stage no longer does for a report answers as doing it does: the words every match of a pattern
holds (_words_held) rule out the zero phrases' search."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.catalog import get_catalog
from lawreport.metrics import Interpreter, _words_held, _zero_phrases
from lawreport.numbers import scan
from lawreport.structure import Outline


def test_the_words_every_match_holds():
    assert _words_held(regex.compile("零败诉|无一败诉")) == frozenset(("零败诉", "无一败诉"))
    assert _words_held(regex.compile("(?:无|未发生)一?(?:行政)?败诉(?:案件|(?=[,。]))")) == frozenset(("败诉",))
    assert _words_held(regex.compile("零败诉|(?:行政)?败诉")) == frozenset(("败诉",))  # 零败诉 holds 败诉
    assert _words_held(regex.compile("败诉?")) == frozenset(("败",))  # the repeated character may be missing
    assert _words_held(regex.compile("x(?=败诉)y")) == frozenset(("x",))  # a lookahead takes no character
    assert _words_held(regex.compile(r"\p{Han}{2}败诉")) == frozenset(("败诉",))
    assert _words_held(regex.compile("(?:败诉)+率")) == frozenset(("率",))
    assert _words_held(regex.compile("[]败]诉|[^]败]诉")) == frozenset(("诉",))  # a ] first in a class is a member
    assert _words_held(regex.compile(r"\d+件")) == frozenset(("件",))
    assert _words_held(regex.compile(r"到(?:19|20)\d{2}年")) == frozenset(("到",))  # no figure: they are everywhere
    assert _words_held(regex.compile(r"到年(?:底|末)")) == frozenset(("到年",))  # the longer word
    assert _words_held(regex.compile("败诉|")) is None  # an empty alternative holds nothing
    assert _words_held(regex.compile(r"\d+")) is None
    assert _words_held(regex.compile("(?i)ab")) is None  # flags: not read
    assert _words_held(regex.compile(r"\x41B")) is None  # an escape that stands for a character: not read
    assert _words_held(regex.compile("(?P<x>败诉)")) is None  # a named group: not read


def test_every_zero_phrase_of_the_catalog_holds_a_word():
    """The search for the words that spares a report without 败诉 the search for 零败诉 / 未发生…败诉案件 is there."""
    phrases = _zero_phrases()
    assert phrases and all(words is not None for _, _, _, words in phrases)


ZERO_PIECES = ["零", "败诉", "败", "诉", "无", "一", "未发生", "没有", "行政", "机关", "案件", "情况", "率为", "复议", "、",
               ",", "。", ")", "12件"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ZERO_PIECES), max_size=20))
def test_a_zero_phrase_holds_one_of_its_words(pieces):
    text = "".join(pieces)
    for rule, zero, _, words in _zero_phrases():
        for m in zero.finditer(text):
            assert words is not None and words.search(m.group()) is not None, (rule.key, text)


def test_a_report_without_the_words_reads_no_zero():
    assert get_catalog()  # (the catalog's zero phrases)
    text = "2023年工作总结\n全年行政诉讼无一起败诉案件。\n"
    found = Interpreter(text, Outline(text), [], 2023).run(scan(text))[0]
    assert [(f.key, f.value) for f in found] == [("litigation_lost", 0.0)]
    text = text.replace("败诉", "败")
    assert Interpreter(text, Outline(text), [], 2023).run(scan(text))[0] == []

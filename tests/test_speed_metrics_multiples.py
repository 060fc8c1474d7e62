"""A multiple's words (是2023年的3倍) read as one class of characters, Han but none of 是为达较比, match where the
lookahead before each Han character they stand for matched: every character of Unicode is tried."""

from __future__ import annotations

import sys

import regex

from lawreport.metrics import _MULTIPLE, _RELATIVE_YEAR, _YEAR

_WORDS_BEFORE_OF = _MULTIPLE[:_MULTIPLE.index("]{") + 1]  # the class, before its repeat and the 的
_AS_LOOKAHEAD = regex.compile(r"(?![是为达较比])\p{Han}")


def test_the_class_is_the_lookahead_before_a_han_character_at_every_character():
    as_class = regex.compile(_WORDS_BEFORE_OF)
    text = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    assert [m.start() for m in as_class.finditer(text)] == [m.start() for m in _AS_LOOKAHEAD.finditer(text)]


def test_a_year_a_multiple_names_dates_nothing():
    assert _YEAR.search("是2023年的3倍") is None
    assert _YEAR.search("是2023年收案数的4.4倍") is None
    assert _YEAR.search("2023年是上年的2倍") is not None  # 是 stops the words before 的: the year is the subject's
    assert _RELATIVE_YEAR.search("为去年同期的1.5倍") is None
    assert _RELATIVE_YEAR.search("去年同期为2倍") is not None

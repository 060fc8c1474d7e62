"""The number scanner's pattern searches past the characters no quantity opens with, finding what re finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.catalog import compile_re_cached
from lawreport.numbers import grammar
from lawreport.scanning import longest_first, longest_word

TEXT = "今年共办理调解案件12件,较去年增长5%,其中三成以上涉及邻里纠纷,办结率为百分之九十八。"


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_scanner_pattern_finds_what_re_compile_finds() -> None:
    pattern = grammar().quantity
    plain = re.compile(pattern.pattern, pattern.flags)
    assert _found(pattern, TEXT) == _found(plain, TEXT)
    assert [m.group() for m in pattern.finditer(TEXT)][:2] == ["12件", "5%"]


def test_a_pattern_opening_with_a_lookahead_for_a_class_gets_a_search_of_its_own() -> None:
    pattern = compile_re_cached(r"(?=[0-9])[0-9]+(?:件|人)")
    plain = re.compile(r"(?=[0-9])[0-9]+(?:件|人)")
    assert pattern != plain  # its program names the characters a match opens with
    assert [m.group() for m in pattern.finditer("受理来访群众30人,办结案件7件")] == ["30人", "7件"]
    assert pattern.search("受理来访群众若干人") is None


def test_a_pattern_opening_otherwise_is_the_one_re_compile_makes() -> None:
    for source, flags in ((r"(?=件数)件数[0-9]+", 0), (r"(?=[0-9]{2})[0-9]+件", 0), (r"(?=[a-z])[a-z]+件", re.IGNORECASE)):
        assert compile_re_cached(source, flags) == re.compile(source, flags)
    assert compile_re_cached(r"(?=[a-z])[a-z]+件", re.IGNORECASE).search("共ABC件") is not None


_WORDS = st.lists(st.text(alphabet="件人次数个", min_size=1, max_size=3), min_size=1, max_size=8, unique=True)


@given(_WORDS, st.text(alphabet="件人次数个x", max_size=12))
@settings(max_examples=300)
def test_the_measure_words_pattern_matches_as_the_longest_first_alternation(words: list[str], text: str) -> None:
    # The scanner's measure words (longest_word, words of one character among them) must find what the alternation
    # finds, the longest where two start alike, also where what follows makes the engine take a shorter one (…x).
    for suffix in ("", "x"):
        fast = re.compile(f"(?:{longest_word(words)}){suffix}")
        plain = re.compile(f"(?:{longest_first(words)}){suffix}")
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]

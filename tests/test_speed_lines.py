"""A pattern of whole lines, matched only on the lines it may open, finds what finditer finds."""

import regex
from hypothesis import given
from hypothesis import strategies as st

from lawreport import regions
from lawreport.catalog import get_catalog


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@given(st.text(alphabet="\n \t地址:：(（x1 ", max_size=60))
def test_the_address_lines_found_line_by_line_are_finditers(text: str) -> None:
    pattern = get_catalog().lexicon.address_line
    assert _spans(regions._whole_lines(pattern).matches(text)) == _spans(pattern.finditer(text))


@given(st.lists(st.sampled_from(["地址:某路1号", " \t地址：x", "(某大学 100000)", "(x)地址:", "x地址:", "(一)加强", "",
                                 "\t(某市 123456)", "（某省 654321x)", "地", "("]), max_size=8))
def test_address_lines_among_other_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    pattern = get_catalog().lexicon.address_line
    assert _spans(regions._whole_lines(pattern).matches(text)) == _spans(pattern.finditer(text))


def test_the_opening_characters_come_from_the_pattern() -> None:
    assert regions._whole_lines(get_catalog().lexicon.address_line).chars == "(地（"
    assert regions._whole_lines(regex.compile(r"(?m)^[ \t]*邮编\d{6}$|^(?:电话|传真)[:：]")).chars == "传电邮"
    # a character that may be left out, and the one after it
    optional = regex.compile(r"(?m)^[ \t]*[(（]?x")
    assert regions._whole_lines(optional).chars == "(x（"
    assert _spans(regions._whole_lines(optional).matches("a x\n  (x [x\n（x")) == [(4, 8), (12, 14)]


def test_a_pattern_not_of_whole_lines_is_searched_everywhere() -> None:
    for pattern in (r"(?m)^[ \t]*地址|电话", r"(?m)^\s*地址", r"(?mi)^地址", r"(?m)^[ \t]*[\d]x"):
        compiled = regex.compile(pattern)
        lines = regions._whole_lines(compiled)
        assert lines.chars is None
        assert _spans(lines.matches("a电话\n  地址 (x [x")) == _spans(compiled.finditer("a电话\n  地址 (x [x"))

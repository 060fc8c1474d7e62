"""The catalog's address_line, written to step from blank to blank through a line, finds what its plain form finds."""

from itertools import product

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.catalog import get_catalog

# The plain form: it backtracks through every line a bracket opens, trying each character as the postcode's blank.
_PLAIN = regex.compile(r"(?m)^[ \t]*地址[:：].*$|^[ \t]*[(（][^\n]*\s\d{6}(?!\d)[^\n]*$")


def _all_matches(pattern: regex.Pattern, text: str) -> list:
    """Every span the callers may see: finditer's, and a match's at each position of the text and of each line."""
    spans: list = [m.span() for m in pattern.finditer(text)]
    spans += [(m.span() if (m := pattern.match(text, at)) else None) for at in range(len(text) + 1)]
    spans += [(m.span() if (m := pattern.match(line)) else None) for line in text.split("\n")]
    return spans


def test_the_address_line_finds_what_its_plain_form_finds_in_every_short_text() -> None:
    """Every text of up to five pieces: a bracket, postcodes of six digits and of seven, blanks, line ends, a word
    (a postcode at a line's end or opening the next line, one blank before another)."""
    pattern = get_catalog().lexicon.address_line
    pieces = ["（", "123456", "1234567", " ", "\u3000", "\n", "x"]
    for text in ("".join(chosen) for size in range(6) for chosen in product(pieces, repeat=size)):
        assert _all_matches(pattern, text) == _all_matches(_PLAIN, text), text


_PIECES = ["（", "(", "地址", ":", "：", "123456", "1234567", "12345", "٣", " ", "\t", "\u3000", "\x0b", "\x1c", "\x85", "\r",
           "一", "x", ")", "）"]
_LINES = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@settings(max_examples=300)
@given(st.lists(_LINES, max_size=5).map("\n".join))
def test_the_address_line_finds_what_its_plain_form_finds(text: str) -> None:
    assert _all_matches(get_catalog().lexicon.address_line, text) == _all_matches(_PLAIN, text)


@given(st.text(alphabet="（(地址:：0123456789 \t\n\u3000\x0b一x", max_size=50))
def test_the_address_line_finds_what_its_plain_form_finds_in_any_text(text: str) -> None:
    assert _all_matches(get_catalog().lexicon.address_line, text) == _all_matches(_PLAIN, text)


def test_a_postcode_opening_the_next_line_takes_that_line_in() -> None:
    line, below = "（某某大学 法学院 123456", "654321 某省"
    text = f"{line}\n{below}\n（一）加强"
    assert get_catalog().lexicon.address_line.match(text).span() == _PLAIN.match(text).span() == (0, len(line) + 1 + len(below))

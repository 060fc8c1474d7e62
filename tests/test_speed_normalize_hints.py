"""normalize's gates that look for a hint of two characters by one of its characters first (_holds_hint) pass what
looking for the hint itself passed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lawreport.normalize import _CN_YEAR_OPENINGS, _YEAR_ZERO_HINTS, _holds_hint

_HINTS = [*_YEAR_ZERO_HINTS, *((opening[1], opening) for opening in _CN_YEAR_OPENINGS), ("\ufffd", "\ufffd\ufffd"),
          ("*", "**")]
_PIECES = ["二", "0", "０", "〇", "零", "一", "九", "?", "\ufffd", "*", "年", "受理案件12件", "。", "\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_a_hint_looked_for_by_its_character_first_is_found_where_it_is(text):
    for first, hint in _HINTS:
        assert first in hint
        assert _holds_hint(text, first, hint) == (hint in text)

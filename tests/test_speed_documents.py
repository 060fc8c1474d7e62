"""Shortcuts of the documents stage: each answers exactly as the plain reading it spares."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import documents

ROW_GAP_PIECES = ["、", "和", "及", "与", "或", " ", "以及", "以", "并", "《", "》", ",", "x", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ROW_GAP_PIECES), max_size=8))
def test_titles_are_in_a_row_where_the_gap_between_them_matches(pieces):
    gap = "".join(pieces)
    text = f"《甲》{gap}《乙》"
    end, start = 3, 3 + len(gap)
    assert documents._in_a_row(text, end, start) == (documents._IN_A_ROW.fullmatch(text, end, start) is not None)

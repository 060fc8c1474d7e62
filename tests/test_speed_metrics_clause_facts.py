"""The interpret stage's look-ups of a clause's facts answer as the plain searches they replace do."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport.structure import PAUSES, after_last_pause

PAUSE_PIECES = [",", ";", ":", "、", "(", ")", "。", "\n", "调解12件", "率", "x"]


def _plain_after_last_pause(text: str, low: int, end: int) -> int:
    return max([low] + [i + 1 for i in range(low, min(end, len(text))) if text[i] in PAUSES])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PAUSE_PIECES), max_size=30), st.integers(0, 60), st.integers(0, 60))
@example([",", "调解12件", ";", "率", ":", "x"], 0, 9)
def test_a_clause_starts_after_the_last_pause_of_any_kind(pieces, low, end):
    text = "".join(pieces)
    assert after_last_pause(text, low, end) == _plain_after_last_pause(text, low, end)


def test_each_pause_cuts_a_clause():
    text = "甲,乙;丙:丁、戊"
    assert after_last_pause(text, 0, 2) == 2  # after ,
    assert after_last_pause(text, 0, 4) == 4  # after ;
    assert after_last_pause(text, 0, len(text)) == 6  # after :, not after 、
    assert after_last_pause(text, 5, len(text)) == 6
    assert after_last_pause(text, 7, len(text)) == 7  # none past `low`: `low`

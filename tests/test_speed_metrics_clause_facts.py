"""The interpret stage's look-ups of a clause's facts answer as the plain searches they replace do."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import checks
from lawreport.numbers import ARABIC_MULTIPLIERS, Quantity, scan
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


def _count_at_end(text: str) -> Quantity:
    return next(q for q in scan(text) if q.end == len(text))


@pytest.mark.parametrize("word", [word for word in ARABIC_MULTIPLIERS if "万" in word or "亿" in word])
def test_every_multiplier_of_ten_thousand_or_more_rounds_a_count(word):
    text = f"调解成功2.1{word}"
    assert checks._rounding(text, _count_at_end(text)) == 0.05 * ARABIC_MULTIPLIERS[word]


@pytest.mark.parametrize("text", ["调解成功21493", "调解成功2100", "调解成功2.1千"])
def test_a_count_written_without_ten_thousands_is_not_rounded(text):
    assert checks._rounding(text, _count_at_end(text)) == 0.0

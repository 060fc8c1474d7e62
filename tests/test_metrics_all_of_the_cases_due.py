"""Every case that called for a head's appearance said to have had one (需负责人出庭应诉的案件18件,负责人均出庭应诉;
应出庭应诉案件32件,行政机关负责人全部出庭): the appearances are the cases due counted right before, as they are the
hearings so counted, and the rate follows from the two. Not a part said to have appeared (部分负责人出庭应诉), nor the
cases due where another count stands between them and the phrase, nor where the sentence states the appearances.

Every sentence here is written for the test, opened with its year (2024年,).
"""

from __future__ import annotations

import pytest

from lawreport import extract

_HEADS = ("head_appearances", "head_appearance_rate")


def _heads(text: str) -> list[tuple]:
    """(key, value, year, derived) of the heads' metrics of `text`, dated 2024 by its opening."""
    return sorted((m.key, m.value, m.year, m.derived) for m in extract(f"2024年,{text}").metrics if m.key in _HEADS)


@pytest.mark.parametrize(("text", "value"), [
    ("全县需负责人出庭应诉的案件18件，负责人均出庭应诉。", 18),
    ("全年应出庭应诉案件32件,行政机关负责人全部出庭应诉。", 32),
    ("法院通知我局负责人出庭的案件7件，局领导均亲自出庭。", 7),
    ("全区需要行政机关负责人出庭的行政诉讼案件45件,负责人均已出庭应诉。", 45),
])
def test_all_of_the_cases_due_are_the_appearances(text, value):
    assert _heads(text) == [("head_appearance_rate", 100, 2024, True), ("head_appearances", value, 2024, False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("全县需负责人出庭应诉的案件18件，部分负责人出庭应诉。", []),
    ("全县需负责人出庭应诉的案件18件，其中负责人出庭应诉16件。",
     [("head_appearance_rate", 88.89, 2024, True), ("head_appearances", 16, 2024, False)]),
    # another count between: the phrase is of the hearings said last
    ("全县需负责人出庭应诉的案件18件，开庭审理12件，负责人均出庭应诉。",
     [("head_appearances", 12, 2024, False)]),
])
def test_no_appearances_of_the_cases_due_where_the_text_says_other(text, expected):
    assert _heads(text) == expected

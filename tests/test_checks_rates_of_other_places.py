"""A rate whose clause names a place that the sentence does not name up to its numerator (…出庭应诉率为33.5%,
岚山区行政机关负责人出庭应诉率为70%,居各区县之首) is that place's, a part's or another's: it is not checked against the
counts of the whole, which do not give it. A rate of the place the counts are said of is.

Every sentence below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from lawreport.pipeline import extract


def checks(text: str) -> list[tuple[float, float, bool]]:
    return [(c.stated, c.computed, c.agrees) for c in extract(text).checks if c.key == "head_appearance_rate"]


def mismatches(text: str) -> list[str]:
    return [f.kind for f in extract(text).findings if f.kind == "rate_mismatch"]


_WHOLE = "2023年,全市开庭审理行政案件266件,行政机关负责人出庭应诉案件数89件,出庭应诉率为33.5%,{rate}。"


@pytest.mark.parametrize(("case", "rate"), [
    ("a district's rate ranked among the city's counties", "岚山区行政机关负责人出庭应诉率为70%,居各区县之首"),
    ("a county's rate, its court named", "莒县人民法院审理的案件中行政机关负责人出庭应诉率达到81%"),
])
def test_a_rate_of_another_place_is_not_checked_against_the_whole_s_counts(case, rate):
    text = _WHOLE.format(rate=rate)
    assert checks(text) == [(33.5, 33.46, True)]
    assert mismatches(text) == []


def test_a_rate_of_the_place_the_counts_are_said_of_is_checked():
    text = "2023年,岚山区开庭审理行政案件266件,行政机关负责人出庭应诉案件数89件,岚山区行政机关负责人出庭应诉率为70%。"
    assert checks(text) == [(70.0, 33.46, False)]
    assert mismatches(text) == ["rate_mismatch"]


def test_a_rate_naming_no_place_is_checked():
    text = "2023年,全市开庭审理行政案件266件,行政机关负责人出庭应诉案件数89件,行政机关负责人出庭应诉率为70%。"
    assert checks(text) == [(70.0, 33.46, False)]

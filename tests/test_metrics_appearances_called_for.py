"""The cases that called for a head's appearance in court (应出庭应诉案件56件) and the appearances made (实际出庭55件):
only the second is a count of appearances; the rate of the heads' appearing, where none is stated, is derived from the
two, as it is from the hearings.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport import extract


@pytest.mark.parametrize("text, evidence", [
    ("全县行政机关负责人应出庭应诉案件56件,实际出庭应诉55件。", "出庭应诉55件"),
    ("全县行政机关负责人应出庭案件56件,实际出庭55件。", "实际出庭55件"),
    ("全县应出庭应诉案件56件,负责人出庭应诉55件。", "负责人出庭应诉55件"),
])
def test_the_appearances_made_are_counted_not_those_called_for(text, evidence):
    assert facts(text) == [("head_appearances", 55, 2024, False)]
    assert [e for *_, e in read(text, 2024)[0]] == [evidence]


@pytest.mark.parametrize("text", [
    "全县行政诉讼案件实际出庭55件。",  # no head named: a court's or an agent's appearance
    "全县行政机关负责人应出庭应诉案件56件。",  # only the cases that called for one
])
def test_an_appearance_of_no_head_or_only_called_for_is_none(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, value", [
    # the appearances said short (实出庭) or bare after those called for (应出庭20次,出庭19次)
    ("全县行政诉讼案件中需负责人出庭的案件22件,负责人实出庭21件。", 21),
    ("全县行政机关负责人应出庭20次,出庭19次。", 19),
    ("全市各级行政机关负责人应出庭应诉32人次，出庭30人次。", 30),
])
def test_the_appearances_made_said_short_or_bare(text, value):
    assert facts(text) == [("head_appearances", value, 2024, False)]


def test_a_bare_appearance_in_a_sentence_naming_no_head_is_none():
    assert facts("全县行政诉讼案件开庭审理20件,出庭19次。") == [("litigation_hearings", 20, 2024, False)]


def _rates(text: str) -> list[tuple[float, bool, str]]:
    return [(m.value, m.derived, m.evidence.text) for m in extract(text).metrics if m.key == "head_appearance_rate"]


@pytest.mark.parametrize("text, expected", [
    ("2023年,全县行政机关负责人应出庭20次,实际出庭19次。", [(95.0, True, "应出庭20次,实际出庭19次")]),
    ("2023年,全县行政机关负责人应出庭应诉案件45件,实际出庭45件。",
     [(100.0, True, "应出庭应诉案件45件,实际出庭45件")]),
    ("2023年,法院通知行政机关负责人出庭的案件16件,负责人出庭15件。",
     [(93.75, True, "通知行政机关负责人出庭的案件16件,负责人出庭15件")]),
    # the hearings counted too, of another value: of which, the text says not
    ("2023年,全县行政诉讼案件开庭审理40件,负责人应出庭36件,实际出庭35件。", []),
    # a rate stated, a part's appearances, or the cases called for said after: none derived
    ("2023年,全县行政机关负责人应出庭20次,实际出庭19次,出庭率95%。", [(95.0, False, "出庭率95%")]),
    ("2023年,全县应出庭应诉案件45件,其中主要负责人出庭12件。", []),
    ("2023年,全县行政机关负责人实际出庭19次(应出庭20次)。", []),
])
def test_the_rate_of_the_appearances_called_for(text, expected):
    assert _rates(text) == expected

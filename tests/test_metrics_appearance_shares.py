"""The appearance rate written out as a share (负责人出庭应诉案件占应诉案件总数的85.2%): the share of the cases a head
attended is the rate of appearing; a share of the appearances themselves, or of agents' appearances, is none.

Every sentence here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, value", [
    ("负责人出庭应诉案件占应诉案件总数的85.2%。", 85.2),
    ("行政机关负责人出庭应诉的案件占开庭审理案件的92%。", 92),
    ("全县行政首长出庭应诉案件占比76%。", 76),
])
def test_a_share_of_cases_a_head_attended_is_the_appearance_rate(text, value):
    assert facts(text) == [("head_appearance_rate", value, 2024, False)]


@pytest.mark.parametrize("text", [
    # a part of the appearances themselves
    "正职负责人出庭案件占负责人出庭案件的40%。",
    # agents, not heads
    "律师代理出庭案件占应诉案件的60%。",
    # heads speaking in court, not attending
    "负责人在庭审中发言的案件占比79.21%。",
])
def test_other_shares_are_no_appearance_rate(text):
    assert facts(text) == []

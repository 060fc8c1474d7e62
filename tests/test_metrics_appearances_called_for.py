"""The cases that called for a head's appearance in court (应出庭应诉案件56件) and the appearances made (实际出庭55件):
only the second is a count of appearances.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


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

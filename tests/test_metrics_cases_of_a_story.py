"""A count in a clause that ends in 时 (办结2件行政复议案件时,发现…) is the cases a story is told of, not the year's
total of its key; the same count closing its clause without 时 is one.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text", [
    "2024年,市司法局办结2件行政复议案件时,发现有关部门审批把关不严,随即制发意见书。",
    "2023年,县调委会在调解邻里纠纷3起的时候,注意到调解协议履行不到位。",
])
def test_a_count_of_the_cases_a_story_is_of_is_no_total(text):
    assert keys_values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("2024年,市司法局办结2件行政复议案件,制发意见书1份。", [("reconsideration_closed", 2)]),
    ("2023年,县调委会调解邻里纠纷300起时效明显提升。", [("mediation_cases", 300)]),
])
def test_a_count_closing_its_clause_without_when_is_read(text, expected):
    assert keys_values(text) == expected

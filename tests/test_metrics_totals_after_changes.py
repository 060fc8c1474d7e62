"""A count said as a change first, then as the total it reached (较上年增加35件,总数达到189件): the total is the
year's count of the label before the change, and the change is none.

Every sentence here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全年新收行政复议案件较上年增加35件,总数达到189件。", [("reconsideration_received", 189, 2024, False)]),
    ("受理法律援助案件较上年增加12件,总量为88件。", [("legal_aid_cases", 88, 2024, False)]),
    ("全县调解矛盾纠纷较上年减少40件,总计1160件。", [("mediation_cases", 1160, 2024, False)]),
    ("办理公证事项同比增长8%,总数已达5120件。", [("notarizations", 5120, 2024, False)]),
])
def test_the_total_after_a_change_is_the_years_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # no change before: the total names nothing
    "青禾县持续推进法治宣传,总数达到189件。",
    # a total of something else, after a figure that is no change
    "全县新收行政复议案件90件,人民调解员总数达到189件。",
])
def test_a_total_with_no_change_before_names_nothing_new(text):
    assert all(value != 189 for _, value, _, _ in facts(text))

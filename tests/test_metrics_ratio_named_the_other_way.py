"""The reconsideration-to-lawsuit ratio named the other way round, the lawsuits first (行政诉讼与行政复议案件比为…):
the same two counts, read the key's way (复议 per 诉讼). A ratio named the key's way, and one of rates, as before.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text, expected", [
    ("2024年,全县行政诉讼与行政复议案件比为2:1。", 0.5),
    ("2024年,全县行政诉讼与行政复议案件比为1:2.5。", 2.5),
    ("2024年,全县一审行政案件与行政复议案件之比为1:3.2。", 3.2),
    ("2024年,全县行政应诉案件和行政复议案件数量比例为1:1.8。", 1.8),
    ("2024年,全县行政诉讼案件与行政复议案件数量比值为0.4。", 2.5),
])
def test_a_ratio_of_the_lawsuits_to_the_reconsiderations_is_read_the_keys_way(text, expected):
    assert keys_values(text) == [("reconsideration_litigation_ratio", expected)]


@pytest.mark.parametrize("text, expected", [
    ("2024年,全县行政复议与行政诉讼案件比为2.5:1。", [("reconsideration_litigation_ratio", 2.5)]),
    ("2024年,全县复议诉讼比为1:0.4。", [("reconsideration_litigation_ratio", 2.5)]),
    # rates set against each other: no ratio of cases
    ("2024年,行政诉讼败诉率与行政复议纠错率之比为1:2。", []),
])
def test_the_keys_own_way_and_ratios_of_rates_stay(text, expected):
    assert keys_values(text) == expected

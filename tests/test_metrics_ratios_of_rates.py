"""A ratio of the reconsiderations to the lawsuits is one of their cases, whichever way round its terms are written
(复议诉讼比为1:1.6, 行政复议案件与行政诉讼案件之比为1比1.25: the reconsiderations per lawsuit); a ratio of their
rates (行政复议纠错率与行政诉讼败诉率之比为1比2) sets no cases against each other and is no reconsideration_litigation_ratio.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, value", [
    ("全县行政复议与行政诉讼案件比例为1:1.6。", 0.62),
    ("全县行政复议案件与行政诉讼案件之比为1比1.25。", 0.8),
    ("全县复议案件量与行政一审案件量比例为2.1:1。", 2.1),
    ("全县行政复议和行政应诉案件之比为1.3比1。", 1.3),
])
def test_a_ratio_of_the_cases_is_the_key_s_either_way_round(text, value):
    assert [(k, round(v, 2)) for k, v, *_ in facts(text)] == [("reconsideration_litigation_ratio", value)]


@pytest.mark.parametrize("text", [
    "全县行政复议纠错率与行政诉讼败诉率之比为1比2。",
    "全县行政复议纠错率与诉讼败诉率的比例为1:2。",
    "全县行政复议调解率和行政诉讼撤诉率之比为1.5:1。",
])
def test_a_ratio_of_their_rates_is_no_ratio_of_cases(text):
    assert facts(text) == []

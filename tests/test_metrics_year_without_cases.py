"""A year said to have had no reconsideration or lawsuit at all (全年未发生行政复议、行政诉讼案件; 2023年我局无行政复议
案件; 全年行政复议、行政诉讼案件均为零): the intake is 0, as a zero said of an outcome (未发生行政复议纠错案件) is. Not without the year said, nor a
cause's none (未发生因政府信息公开引起的…, or under a disclosure heading), nor an outcome's, nor where the report counts
such cases.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全年未发生行政复议、行政诉讼案件。",
     [("litigation_first_instance", 0, 2024, False), ("reconsideration_received", 0, 2024, False)]),
    ("2024年，本局未发生行政复议和行政诉讼案件。",
     [("litigation_first_instance", 0, 2024, False), ("reconsideration_received", 0, 2024, False)]),
    ("2024年度我委无行政复议案件。", [("reconsideration_received", 0, 2024, False)]),
    ("年内全区没有发生行政应诉案件。", [("litigation_first_instance", 0, 2024, False)]),
    # the year's cases said to be naught
    ("全年本镇行政复议和行政诉讼案件均为零。",
     [("litigation_first_instance", 0, 2024, False), ("reconsideration_received", 0, 2024, False)]),
    ("2024年度行政复议案件“零”发生,普法宣传覆盖全镇。", [("reconsideration_received", 0, 2024, False)]),
    ("年内街道行政应诉案件为零。", [("litigation_first_instance", 0, 2024, False)]),
])
def test_a_year_without_cases_is_zero(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no year said
    ("我局未发生行政复议、行政诉讼案件。", []),
    # a cause's none, in the sentence or under a disclosure heading
    ("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。", []),
    ("五、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼案件。", []),
    # an outcome's none: no intake's zero (the corrections' own zero, tests/test_metrics_zero_corrections)
    ("全年无行政复议案件被纠错。", [("reconsideration_corrected", 0, 2024, False)]),
    ("全年无行政诉讼案件败诉。", []),
    # a naught of an outcome or of a change, or of a cause's cases
    ("全年行政诉讼案件零败诉。", [("litigation_lost", 0, 2024, False)]),
    ("全年行政诉讼案件实现零增长。", []),
    ("本年度因政府信息公开引起的行政复议案件为零。", []),
    # the report counts the cases
    ("2024年共收到行政复议申请5件。本局全年未发生行政复议案件。", [("reconsideration_received", 5, 2024, False)]),
])
def test_what_is_no_year_without_cases(text, expected):
    assert facts(text) == expected

"""The level a figure reached after a change said with its verb alone, no comparison before it (败诉率下降3个百分点至5%;
调解成功率提高1.2个百分点,达到99.1%; 新收案件增加20件至215件): the label's value of the sentence's year, as after
同比下降 or 较上年提高. The change itself is no value.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县行政诉讼败诉率下降了2.5个百分点至6.1%。", [("litigation_loss_rate", 6.1, 2024, False)]),
    ("全市行政复议纠错率降低3个百分点至9%。", [("reconsideration_correction_rate", 9, 2024, False)]),
    ("我区调解成功率提高1.4个百分点，达到98.9%。", [("mediation_success_rate", 98.9, 2024, False)]),
    ("全区新收行政复议案件增加26件至233件。", [("reconsideration_received", 233, 2024, False)]),
    ("全县办理法律援助案件增长8%，达到702件。", [("legal_aid_cases", 702, 2024, False)]),
])
def test_the_level_after_a_bare_change_is_the_labels(text, expected):
    assert facts(text) == expected


def test_the_level_after_a_bare_change_is_among_the_rates():
    assert read("我区调解成功率提高1.4个百分点，达到98.9%。")[1] == [("调解成功率", 98.9)]


@pytest.mark.parametrize("text", [
    "全县调解成功率上升1.5个百分点。",
    "全县行政复议纠错率下降2.3个百分点，调解成功率提高0.8个百分点。",
    "全县行政复议案件增长12%，增幅居全市第二。",
])
def test_a_change_alone_is_no_value(text):
    assert facts(text) == []

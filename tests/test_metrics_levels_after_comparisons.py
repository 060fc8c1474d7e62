"""A rate's level reached, said after the comparison it moved by (纠错率同比下降至8%, 败诉率较上年降至5%): the
comparison and the verb go with the connectors, the figure is the label's level; a change itself (同比下降5%) is none.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县行政复议纠错率同比下降至8%。", ("reconsideration_correction_rate", 8, "行政复议纠错率")),
    ("全县行政复议纠错率较上年下降至8%。", ("reconsideration_correction_rate", 8, "行政复议纠错率")),
    ("全县行政诉讼败诉率比去年同期降至5%。", ("litigation_loss_rate", 5, "行政诉讼败诉率")),
    ("全县调解成功率环比提升至98.5%。", ("mediation_success_rate", 98.5, "调解成功率")),
])
def test_a_level_reached_after_a_comparison_is_the_rate_s(text, expected):
    key, value, label = expected
    assert facts(text) == [(key, value, 2024, False)]
    assert read(text, 2024)[1] == [(label, value)]


@pytest.mark.parametrize("text", [
    "全县行政诉讼败诉率同比下降5%。",  # a change, no level
    "全县行政复议纠错率较上年提高3个百分点。",
])
def test_a_change_after_a_comparison_is_no_level(text):
    assert facts(text) == []
    assert read(text, 2024)[1] == []

"""After a rate's level, a clause giving a span of years to come and the level to hold over it (…出庭应诉率达100%,
2024年至2025年将保持在95%以上) is the rate's target, of no one year: the span ends after the report's year. A span
the figures were of (2021年至2023年, in a report on 2023) plans nothing.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, target", [
    ("2023年,全市行政机关负责人出庭应诉率达100%,2024年至2025年将保持在95%以上。", ("head_appearance_rate", 95, None, True)),
    ("2023年全县人民调解成功率为98.6%，2024—2025年力争保持在98%以上。", ("mediation_success_rate", 98, None, True)),
    ("2023年,本区行政诉讼败诉率为6.2%,2024至2026年度力争控制在5%以内。", ("litigation_loss_rate", 5, None, True)),
    # (均 after the span: each of its years, no 年均 average)
    ("2023年,全市行政机关负责人出庭应诉率达100%,2024年至2025年均保持在95%以上。", ("head_appearance_rate", 95, None, True)),
])
def test_a_level_to_hold_over_years_to_come_is_a_target(text, target):
    achieved = facts(text, 2023)
    assert target in achieved and len(achieved) == 2


@pytest.mark.parametrize("text", [
    "2023年,全市行政机关负责人出庭应诉率达100%,2021年至2023年保持在95%以上。",
    "2023年,全市行政机关负责人出庭应诉率达100%,2021年至2023年均保持在95%以上。",
])
def test_a_span_of_years_past_plans_nothing(text):
    assert facts(text, 2023) == [("head_appearance_rate", 100, 2023, False)]

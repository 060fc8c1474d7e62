"""After a rate's level, a clause naming one year after the report's before a future 将 and the level planned for it
(…出庭应诉率达100%,2025年将保持在95%以上) is the rate's target of that year, as 力争2025年… and 明年将… are. A year
not after the report's plans nothing so.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, target", [
    ("2023年,全县行政机关负责人出庭应诉率达100%,2025年将保持在95%以上。", ("head_appearance_rate", 95, 2025, True)),
    ("2023年，本市行政复议纠错率为12.5%，2024年底将控制在15%以内。", ("reconsideration_correction_rate", 15, 2024, True)),
    ("2023年,我区行政诉讼败诉率降至4.8%;2026年将稳定在5%以下。", ("litigation_loss_rate", 5, 2026, True)),
    ("2023年,全县行政机关负责人出庭应诉率达100%,并2025年将保持在98%以上。", ("head_appearance_rate", 98, 2025, True)),
    ("2023年,全市行政机关负责人出庭应诉率达到100%,2024年度将保持在96%以上。", ("head_appearance_rate", 96, 2024, True)),
])
def test_a_level_planned_for_a_year_ahead_is_its_target(text, target):
    achieved = facts(text, 2023)
    assert target in achieved and len(achieved) == 2


@pytest.mark.parametrize("text", [
    "2023年,全县行政机关负责人出庭应诉率达100%,2023年将保持在95%以上。",
    "2023年,全县行政机关负责人出庭应诉率达100%,2022年将保持在95%以上。",
])
def test_a_year_not_ahead_plans_nothing_so(text):
    assert facts(text, 2023) == [("head_appearance_rate", 100, 2023, False)]


@pytest.mark.parametrize("text, target", [
    # a clause opening as a plan paragraph does (下一步, 接下来, 新的一年), after the rate's level: its target, of the
    # year planned; the same value as the level reached too
    ("全县行政机关负责人出庭应诉率达到100%，下一步将继续保持100%。", ("head_appearance_rate", 100, 2024, True)),
    ("2023年,我市人民调解成功率为98.6%,下一步力争达到99%以上。", ("mediation_success_rate", 99, 2024, True)),
    ("本局行政复议纠错率为13.2%，接下来要稳定在12%以上。", ("reconsideration_correction_rate", 12, 2024, True)),
    ("全区行政诉讼败诉率降至4.1%,新的一年将控制在5%以内。", ("litigation_loss_rate", 5, 2024, True)),
])
def test_a_level_after_a_plan_s_opening_is_its_target(text, target):
    found = facts(text, 2023)
    assert target in found and len(found) == 2
    assert all(not planned for key, value, year, planned in found if year == 2023)


def test_a_level_after_a_plan_s_opening_in_a_text_of_no_year_is_of_none():
    assert facts("全县人民调解成功率达到98.6%，下一步将继续保持在98%以上。", None) == [
        ("mediation_success_rate", 98, None, True), ("mediation_success_rate", 98.6, None, False)]

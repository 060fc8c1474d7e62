"""The words of an aim before a figure (力求, 务必, 努力使/努力实现…, 预期达到) make it a target, as 力争 and 确保 do, and
leave the rate read whole where they stand between its label and its verb. The effort a result came of (经过努力,
通过努力, 共同努力下) and an expected goal met (完成预期目标) plan nothing.

Every sentence here is written for the test, read with the report's year given (2024); the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("2025年,全县行政机关负责人出庭应诉率力求达到100%。", [("head_appearance_rate", 100, 2025, True)]),
    ("2025年,全县一审行政案件败诉率务必控制在7%以内。", [("litigation_loss_rate", 7, 2025, True)]),
    ("2025年,努力使全县行政复议直接纠错率保持在13%左右。", [("reconsideration_correction_rate", 13, 2025, True)]),
    ("2025年,全县努力实现人民调解成功率99%。", [("mediation_success_rate", 99, 2025, True)]),
])
def test_an_aim_makes_a_target(text, expected):
    assert facts(text) == expected


def test_an_expected_level_is_a_target_rate():
    assert read("2025年,全县行政复议案件办结率预期达到96%。", 2024)[1] == [("行政复议案件办结率", 96)]
    assert facts("2025年,全县人民调解成功率预期达到98.5%。") == [("mediation_success_rate", 98.5, 2025, True)]


@pytest.mark.parametrize("text, expected", [
    ("经过努力,全县行政机关负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("在全县上下共同努力下,人民调解成功率达到98.7%。", [("mediation_success_rate", 98.7, 2024, False)]),
    ("全面完成预期目标,人民调解成功率达98.7%。", [("mediation_success_rate", 98.7, 2024, False)]),
])
def test_the_effort_a_result_came_of_plans_nothing(text, expected):
    assert facts(text) == expected

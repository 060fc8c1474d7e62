"""A rate's target stated with 目标为 or 目标是, then the level reached, each read right: the target's value a target,
the value after it what was done, whether it is said 实际…, 完成…, 全年完成…, 最终完成… or 完成值为…, or with the label
again after 实际 (…目标是90%,实际出庭应诉率为96.5%).

Every sentence is written for the test, with made-up places and figures, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize(("text", "expected"), [
    ("行政复议纠错率目标为15%，完成17.2%。",
     [("reconsideration_correction_rate", 15, 2024, True), ("reconsideration_correction_rate", 17.2, 2024, False)]),
    ("本局行政复议纠错率年度目标为15%,全年完成16.1%。",
     [("reconsideration_correction_rate", 15, 2024, True), ("reconsideration_correction_rate", 16.1, 2024, False)]),
    ("2024年全县调解成功率目标是98%，最终完成99.3%。",
     [("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 99.3, 2024, False)]),
    ("全市行政诉讼败诉率控制目标为8%，完成值为5.6%。",
     [("litigation_loss_rate", 5.6, 2024, False), ("litigation_loss_rate", 8, 2024, True)]),
    ("全县负责人出庭应诉率年度目标是90%，实际出庭应诉率为96.5%。",
     [("head_appearance_rate", 90, 2024, True), ("head_appearance_rate", 96.5, 2024, False)]),
])
def test_a_target_then_the_level_reached(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a target still planned: the figure after it with no word of an outcome, or a completion rate of its own
    ("全县调解成功率目标为98%，力争明年达到99%。",
     [("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 99, 2025, True)]),
    ("全县调解成功率目标为98%，结案完成率为91%。", [("mediation_success_rate", 98, 2024, True)]),
])
def test_no_outcome_read_without_its_word(text, expected):
    assert facts(text) == expected

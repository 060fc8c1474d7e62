"""A cue that holds the figure right after it to a level (败诉率控制在5%以内, 纠错率维持在10%以下) plans that figure
alone: a figure said in a later clause of the same sentence (…,调解成功率99.2%; …,全年调解矛盾纠纷1200件) is what was done,
no target, unless another cue before it plans it too (力争…控制在5%以内,…达到100%) or its section is a plan.
What was made sure of (确保了…100%) is done, no target, where 确保 alone plans.

Every sentence here is written for the test, with made-up figures.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    ("全区行政复议纠错率控制在9%以下，调解成功率99.3%。",
     [("mediation_success_rate", 99.3, 2024, False), ("reconsideration_correction_rate", 9, 2024, True)]),
    ("全县行政诉讼败诉率控制在6%以内,全年调解矛盾纠纷1350件。",
     [("litigation_loss_rate", 6, 2024, True), ("mediation_cases", 1350, 2024, False)]),
    ("我市行政诉讼败诉率维持在4%以下，行政机关负责人出庭应诉率98.5%。",
     [("head_appearance_rate", 98.5, 2024, False), ("litigation_loss_rate", 4, 2024, True)]),
    ("全县将行政诉讼败诉率控制在5%以内，全年未发生败诉案件。",
     [("litigation_loss_rate", 5, 2024, True), ("litigation_lost", 0, 2024, False)]),
])
def test_a_figure_after_a_held_level_in_a_later_clause_is_no_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another cue before plans every figure after it
    ("力争全区行政复议纠错率控制在9%以下，调解成功率达到99%。",
     [("mediation_success_rate", 99, 2024, True), ("reconsideration_correction_rate", 9, 2024, True)]),
    ("确保全县行政诉讼败诉率控制在6%以内，负责人出庭应诉率达到100%。",
     [("head_appearance_rate", 100, 2024, True), ("litigation_loss_rate", 6, 2024, True)]),
    # each held level is its own cue's
    ("全区行政诉讼败诉率维持在5%以下、行政复议纠错率控制在10%以下。",
     [("litigation_loss_rate", 5, 2024, True), ("reconsideration_correction_rate", 10, 2024, True)]),
])
def test_a_figure_another_cue_plans_stays_a_target(text, expected):
    assert facts(text) == expected


def test_a_figure_after_a_held_level_in_a_plan_section_stays_a_target():
    text = ("某县司法局2023年法治政府建设工作报告\n一、2023年工作情况\n全县受理各类矛盾纠纷1200件。\n"
            "二、2024年工作安排\n全县行政诉讼败诉率控制在6%以内，行政机关负责人出庭应诉率100%。\n")
    assert sorted((m.key, m.value, m.target) for m in extract(text).metrics if m.value != 1200) == [
        ("head_appearance_rate", 100, True), ("litigation_loss_rate", 6, True)]


@pytest.mark.parametrize("text, expected", [
    # what was made sure of is done: no target
    ("全年确保了行政机关负责人出庭应诉率100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("2024年，全区确保了调解成功率98.7%，全年调解矛盾纠纷2100件。",
     [("mediation_cases", 2100, 2024, False), ("mediation_success_rate", 98.7, 2024, False)]),
    # to make sure of it still plans
    ("确保行政机关负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2024, True)]),
])
def test_what_was_made_sure_of_is_no_target(text, expected):
    assert facts(text) == expected

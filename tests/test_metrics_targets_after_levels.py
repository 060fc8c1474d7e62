"""A rate's target said in the clause right after its level, with no label of its own: target cues alone and the year
they plan (调解成功率达98.6%,力争明年达到99%以上; 败诉率为7.2%,力争2025年控制在5%以内; 确保明年降至5%以下) is the same
rate's target, of the year planned; the level before it is what was done. A time word alone (…,全年98.5%; …,去年98.8%)
gives the same rate's level of that time.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县调解成功率达98.4%，力争明年达到99%以上。",
     [("mediation_success_rate", 98.4, 2024, False), ("mediation_success_rate", 99, 2025, True)]),
    ("我区人民调解成功率为97.9%，明年力争达到98.5%。",
     [("mediation_success_rate", 97.9, 2024, False), ("mediation_success_rate", 98.5, 2025, True)]),
    ("全市行政诉讼败诉率为8.3%，力争2025年控制在6%以内。",
     [("litigation_loss_rate", 6, 2025, True), ("litigation_loss_rate", 8.3, 2024, False)]),
    ("全县行政诉讼败诉率为8.3%，确保明年降至6%以下。",
     [("litigation_loss_rate", 6, 2025, True), ("litigation_loss_rate", 8.3, 2024, False)]),
    ("全区行政机关负责人出庭应诉率为91%，力争到2026年提高到100%。",
     [("head_appearance_rate", 91, 2024, False), ("head_appearance_rate", 100, 2026, True)]),
])
def test_a_target_after_a_level_in_its_sentence_is_the_same_rates(text, expected):
    assert facts(text) == expected


def test_the_target_stays_among_the_rates():
    assert read("全县调解成功率达98.4%，力争明年达到99%以上。")[1] == [("调解成功率", 98.4), ("调解成功率", 99)]


def test_a_time_word_alone_gives_the_same_rates_level_of_that_time():
    assert facts("全县调解成功率99.1%，去年98.7%。") == [
        ("mediation_success_rate", 98.7, 2023, False), ("mediation_success_rate", 99.1, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # a clause saying more than cues and a year names a figure of its own, or none
    ("全县调解成功率99.2%，居全市第一，有95%的纠纷在村级化解。", [("mediation_success_rate", 99.2, 2024, False)]),
    ("全县调解成功率99.2%，力争群众满意达到95%以上。", [("mediation_success_rate", 99.2, 2024, False)]),
])
def test_a_clause_saying_more_carries_no_label(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a level to hold over a plan's period still running, or over the years to come, after the level reached
    ("全市行政机关负责人出庭应诉率达到100%，“十四五”期间保持在98%以上。",
     [("head_appearance_rate", 98, None, True), ("head_appearance_rate", 100, 2024, False)]),
    ("我县调解成功率为99.3%,力争十四五时期稳定在98%以上。",
     [("mediation_success_rate", 98, None, True), ("mediation_success_rate", 99.3, 2024, False)]),
    ("全县行政机关负责人出庭应诉率为96%，今后三年保持在95%以上。",
     [("head_appearance_rate", 95, None, True), ("head_appearance_rate", 96, 2024, False)]),
    ("全市调解成功率98.6%，今后一个时期保持在98%以上。",
     [("mediation_success_rate", 98, None, True), ("mediation_success_rate", 98.6, 2024, False)]),
    ("全县负责人出庭应诉率达到100%，并将持续保持在95%以上。",
     [("head_appearance_rate", 95, None, True), ("head_appearance_rate", 100, 2024, False)]),
    ("我市行政复议纠错率为13.2%,将保持在12%以上。",
     [("reconsideration_correction_rate", 12, None, True), ("reconsideration_correction_rate", 13.2, 2024, False)]),
    ("本局行政诉讼败诉率为4.1%，未来两年力争控制在5%以内。",
     [("litigation_loss_rate", 4.1, 2024, False), ("litigation_loss_rate", 5, None, True)]),
])
def test_a_level_held_over_a_period_ahead_is_a_target_of_no_one_year(text, expected):
    assert facts(text) == expected


def test_a_level_held_over_a_plans_period_gone_by_is_no_target():
    assert facts("全市调解成功率为98.6%，“十三五”期间保持在98%以上。") == [
        ("mediation_success_rate", 98, None, False), ("mediation_success_rate", 98.6, 2024, False)]


def test_the_level_held_from_now_on_is_the_same_value_planned():
    assert [(k, v, y, t) for k, v, y, t, _ in read("全区负责人出庭应诉率达到100%，力争今后继续保持100%。", 2024)[0]] == [
        ("head_appearance_rate", 100, 2024, False), ("head_appearance_rate", 100, None, True)]


@pytest.mark.parametrize("text, expected", [
    # the rate's change, in points or in percent, said between its level and its target
    ("全市行政复议纠错率为12.5%，同比提高2.1个百分点，力争明年达到15%。",
     [("reconsideration_correction_rate", 12.5, 2024, False), ("reconsideration_correction_rate", 15, 2025, True)]),
    ("本县调解成功率98.6%,较上年提高1.2个百分点,今后三年保持在98%以上。",
     [("mediation_success_rate", 98, None, True), ("mediation_success_rate", 98.6, 2024, False)]),
    ("全市行政复议纠错率为12.5%，同比提高2%，力争明年达到15%。",
     [("reconsideration_correction_rate", 12.5, 2024, False), ("reconsideration_correction_rate", 15, 2025, True)]),
    # another rate after the change names its own label
    ("全县调解成功率98.6%，同比提高1.2个百分点，行政诉讼败诉率为3%。",
     [("litigation_loss_rate", 3, 2024, False), ("mediation_success_rate", 98.6, 2024, False)]),
])
def test_a_target_after_the_rates_change_is_the_same_rates(text, expected):
    assert facts(text) == expected


def test_another_rates_change_carries_its_own_label():
    assert facts("全县行政机关负责人出庭应诉率为96%，同比提高8个百分点；行政诉讼败诉率较上年下降2.3个百分点，降至6.1%。") == [
        ("head_appearance_rate", 96, 2024, False), ("litigation_loss_rate", 6.1, 2024, False)]

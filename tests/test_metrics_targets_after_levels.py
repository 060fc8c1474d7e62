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

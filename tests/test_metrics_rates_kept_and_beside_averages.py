"""A rate's level said kept on with 已 before the run of years (出庭应诉率已连续三年达到100%) and a rate's clause saying
it beats a place's average before the clause of its figure (败诉率低于全省平均水平,为4.3%) read as the rate's level.

Every sentence is written for the test, with made-up places and figures, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize(("text", "expected"), [
    ("全县行政机关负责人出庭应诉率已连续三年达到100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("我区人民调解成功率已连续4年保持在98%以上。", [("mediation_success_rate", 98, 2024, False)]),
])
def test_a_level_kept_on_for_years_already(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全县行政诉讼败诉率低于全省平均水平，为4.3%。", [("litigation_loss_rate", 4.3, 2024, False)]),
    ("本市人民调解成功率明显高于全省平均值,达到99.2%。", [("mediation_success_rate", 99.2, 2024, False)]),
])
def test_a_rate_beating_an_average_then_its_figure(text, expected):
    assert facts(text) == expected


def test_the_average_said_after_is_no_level_of_the_rate():
    assert read("全县行政诉讼败诉率低于全省平均水平，全省平均为8%。", 2024) == ([], [])

"""A rate's level said again as held over a run of years (出庭应诉率为100%,连续三年保持100%) is the same fact: one
metric, the first statement its evidence, said in its sentence, the one before or the paragraph before. A level of
another value (连续三年保持在95%以上), of another year, or held with no run of years said is its own.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


@pytest.mark.parametrize("text, fact", [
    ("2023年,全市行政机关负责人出庭应诉率为100%,出庭应诉率连续三年保持100%。",
     ("head_appearance_rate", 100, 2023, False, "行政机关负责人出庭应诉率为100%")),
    ("全县行政机关负责人出庭应诉率达100%,已连续3年保持100%。",
     ("head_appearance_rate", 100, 2023, False, "行政机关负责人出庭应诉率达100%")),
    ("我区人民调解成功率为99.6%，连续五年稳定在99.6%。",
     ("mediation_success_rate", 99.6, 2023, False, "调解成功率为99.6%")),
    ("2023年,本县行政机关负责人出庭应诉率100%,与上年持平。出庭应诉率已连续4年达到100%。",
     ("head_appearance_rate", 100, 2023, False, "行政机关负责人出庭应诉率100%")),
    ("2023年，本局行政机关负责人出庭应诉率实现100%，这是我局连续第三年实现出庭应诉率100%。",
     ("head_appearance_rate", 100, 2023, False, "行政机关负责人出庭应诉率实现100%")),
    ("2023年,全市行政机关负责人出庭应诉率为100%。\n\n全市出庭应诉率已连续3年保持100%。",
     ("head_appearance_rate", 100, 2023, False, "行政机关负责人出庭应诉率为100%")),
])
def test_a_level_held_over_a_run_of_years_is_said_once(text, fact):
    assert read(text)[0] == [fact]


@pytest.mark.parametrize("text, values", [
    ("2023年,全市行政机关负责人出庭应诉率为98%,出庭应诉率连续3年保持在95%以上。", [98, 95]),
    ("2023年,全市行政机关负责人出庭应诉率为100%。\n2022年,全市行政机关负责人出庭应诉率为100%。", [100, 100]),
])
def test_another_value_or_year_is_its_own(text, values):
    assert [v for _, v, *_ in read(text)[0]] == values

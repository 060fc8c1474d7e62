"""A rate's label whose clause ends with a trend (出庭应诉率逐年提升, 调解成功率稳步提高), its level given in a later
clause of the sentence; a clause between that names only a mark the rate passed (2022年首次突破80%) gives no level,
and dates the one after it.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率逐年提升,达96.5%。", [("head_appearance_rate", 96.5, 2024, False)]),
    ("全市人民调解成功率稳步提高,2022年为98.4%。", [("mediation_success_rate", 98.4, 2022, False)]),
    ("全区行政复议纠错率持续上升,2022年首次超过15%,达16.3%。",
     [("reconsideration_correction_rate", 16.3, 2022, False)]),
    ("全县行政诉讼败诉率逐年下降,首次低于5%,为4.2%。", [("litigation_loss_rate", 4.2, 2024, False)]),
])
def test_a_trend_after_a_label_gives_the_level_after_it(text, expected):
    assert facts(text) == expected


def test_the_level_after_a_mark_passed_is_the_rates_and_the_mark_none():
    metrics, rates = read("全县行政机关负责人出庭应诉率逐年提升,2022年首次突破85%,达88.72%。")
    assert metrics == [("head_appearance_rate", 88.72, 2022, False,
                        "行政机关负责人出庭应诉率逐年提升,2022年首次突破85%,达88.72%")]
    assert rates == [("行政机关负责人出庭应诉率", 88.72)]


@pytest.mark.parametrize("text", [
    "全县行政机关负责人出庭应诉率逐年提升,首次突破85%。",  # the mark alone: no level said
    "全县行政机关负责人出庭应诉率逐年提升,分别为81%、86%、92%。",  # each year's level: none of one year
    "全县行政应诉工作质效逐年提升,达96.5%。",  # no rate named before the trend
])
def test_no_level_read_for_a_trend_without_one(text):
    assert read(text) == ([], [])

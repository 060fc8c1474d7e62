"""A rate's level written in 个百分点 with no change said (调解成功率达到98.6个百分点): 百分点 misused for %, the figure is
the rate's value. A change in points (提高1.6个百分点) or a gap to another figure (比全省平均低2个百分点) stays none.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from conftest import metrics_and_rates as read


@pytest.mark.parametrize(("sentence", "metrics", "rates"), [
    ("2023年,全镇人民调解成功率达到97.3个百分点。", [("mediation_success_rate", 97.3)], [("人民调解成功率", 97.3)]),
    ("2023年,全区行政机关负责人出庭应诉率为92个百分点,群众满意率达96.4个百分点。",
     [("responsible_appearance_rate", 92.0)], [("群众满意率", 96.4), ("行政机关负责人出庭应诉率", 92.0)]),
])
def test_a_level_in_points_is_the_rate(sentence, metrics, rates):
    got_metrics, got_rates = read(sentence)
    assert got_rates == rates
    assert [value for _, value in got_metrics] == [value for _, value in metrics]


@pytest.mark.parametrize("sentence", [
    "2023年,全镇人民调解成功率提高1.7个百分点。",
    "2023年,全区行政机关败诉率比全市平均低2.4个百分点。",
    "2023年,全镇人民调解成功率同比上升1.7个百分点。",
])
def test_a_change_or_gap_in_points_is_none(sentence):
    assert read(sentence) == ([], [])

"""A rate's clause may end in a level held level with the year before (与上年持平, 同比基本持平) or set against an
average (高于全省平均水平), the figure given by the next clause (败诉率与上年持平,为5.3%): that figure is the rate's
level, as after a trend or a rank. A gap to the average said with its size (高于全省平均水平2个百分点) is no level.
The 已 of a run of years goes with it (出庭应诉率已连续三年保持100%).

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, fact, label", [
    ("2023年,全县一审行政案件败诉率与上年持平,为5.1%。", ("litigation_loss_rate", 5.1, 2023, False), "一审行政案件败诉率"),
    ("2023年,全县人民调解成功率同比基本持平,为98.2%。", ("mediation_success_rate", 98.2, 2023, False), "人民调解成功率"),
    ("2023年,全县行政复议直接纠错率高于全市平均水平,达到16.4%。", ("reconsideration_correction_rate", 16.4, 2023, False),
     "行政复议直接纠错率"),
    ("2023年,全县行政机关负责人出庭应诉率已连续三年保持100%。", ("head_appearance_rate", 100, 2023, False),
     "行政机关负责人出庭应诉率"),
])
def test_the_next_clauses_figure_is_the_rates_level(text, fact, label):
    assert facts(text) == [fact]
    assert [l for l, _ in read(text)[1]] == [label]


def test_a_gap_to_the_average_is_no_level():
    assert facts("2023年,全县行政复议直接纠错率高于全市平均水平2个百分点。") == []

"""How steadily a level was reached may stand between a rate's label and its verb, as how fast may (逐年提高到,
进一步下降至, 稳步提升至, 逐步下降到, 不断提高到, 逐月上升至): the figure is the level reached, the rate kept whole. Before a
change with no level the adverb says a change (逐年提升2个百分点): nothing.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, fact, label", [
    ("2023年,全市行政机关负责人出庭应诉率逐年提高到97.2%。", ("head_appearance_rate", 97.2, 2023, False),
     "行政机关负责人出庭应诉率"),
    ("2023年,全市一审行政案件败诉率进一步下降至4.7%。", ("litigation_loss_rate", 4.7, 2023, False), "一审行政案件败诉率"),
    ("2023年,全市人民调解成功率稳步提升至98.9%。", ("mediation_success_rate", 98.9, 2023, False), "人民调解成功率"),
    ("2023年,全区行政复议直接纠错率逐步上升到13.4%。", ("reconsideration_correction_rate", 13.4, 2023, False),
     "行政复议直接纠错率"),
    ("2023年,全区行政诉讼败诉率不断降低到6.1%。", ("litigation_loss_rate", 6.1, 2023, False), "行政诉讼败诉率"),
    ("2023年,全县行政机关负责人出庭应诉率逐月升至100%。", ("head_appearance_rate", 100, 2023, False),
     "行政机关负责人出庭应诉率"),
])
def test_a_level_reached_steadily_is_the_rates(text, fact, label):
    assert facts(text) == [fact]
    assert [l for l, _ in read(text)[1]] == [label]


def test_a_plans_ceiling_reached_steadily_is_its_bound():
    assert facts("到2027年,全市行政诉讼败诉率逐步下降到6%以下。") == [("litigation_loss_rate", 6, 2027, True)]


def test_a_change_said_steadily_is_no_level():
    assert facts("2023年,全市人民调解成功率逐年提升2个百分点。") == []

"""How generally or how long a level held may stand between a rate's label and its verb (总体保持在, 整体达到, 长期保持在,
常年保持在, 普遍达到, 基本达到), and 仍然, 依然, 依旧 as 仍 does (依然保持100%): the figure is the level, the rate read
whole. Such a word inside the label (群众总体满意率) stays the label's. A rate said as its yearly average (年均98.4%,
annually on average) over a span is that span's level, of no one year; the next clause keeps its label.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, fact, label", [
    ("2023年,全市人民调解成功率总体保持在98.3%。", ("mediation_success_rate", 98.3, 2023, False), "人民调解成功率"),
    ("2023年,全区行政机关负责人出庭应诉率依然保持100%。", ("head_appearance_rate", 100, 2023, False),
     "行政机关负责人出庭应诉率"),
    ("2023年,全县行政复议直接纠错率仍然保持在14.2%。", ("reconsideration_correction_rate", 14.2, 2023, False),
     "行政复议直接纠错率"),
    ("2023年,全市人民调解成功率长期保持在98.1%。", ("mediation_success_rate", 98.1, 2023, False), "人民调解成功率"),
    ("2023年,全市行政诉讼败诉率依旧为5.4%。", ("litigation_loss_rate", 5.4, 2023, False), "行政诉讼败诉率"),
    ("2023年,全市行政机关负责人出庭应诉率基本达到99.1%。", ("head_appearance_rate", 99.1, 2023, False),
     "行政机关负责人出庭应诉率"),
])
def test_a_level_held_generally_is_the_rates(text, fact, label):
    assert facts(text) == [fact]
    assert [l for l, _ in read(text)[1]] == [label]


@pytest.mark.parametrize("text, label", [
    ("2023年,全市人民调解工作整体满意率为97.5%。", "人民调解工作整体满意率"),
    ("2023年,全市公共法律服务普遍覆盖率达到96%。", "公共法律服务普遍覆盖率"),
])
def test_the_word_inside_a_label_stays(text, label):
    assert [l for l, _ in read(text)[1]] == [label]


@pytest.mark.parametrize("text, expected", [
    # a rate's yearly average over a span said: the span's level, of no one year
    ("五年来,全区人民调解成功率年均98.4%。", [("mediation_success_rate", 98.4, None, False)]),
    # …and the year said after it, in the next clause, keeps the rate's label
    ("近三年,全区一审行政案件败诉率年均为6.4%,2024年降至4.3%。",
     [("litigation_loss_rate", 4.3, 2024, False), ("litigation_loss_rate", 6.4, None, False)]),
    ("“十四五”以来,全区行政机关负责人出庭应诉率年均保持在96%以上,2024年达到100%。",
     [("head_appearance_rate", 96, None, False), ("head_appearance_rate", 100, 2024, False)]),
])
def test_a_rates_yearly_average_is_the_spans_level(text, expected):
    assert facts(text) == expected

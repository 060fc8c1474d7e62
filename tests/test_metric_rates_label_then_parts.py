"""A rate's label followed by the parts of the area its values are of, no whole said (调解成功率镇街为98.5%,村居为97.2%;
人民调解成功率镇街、村居分别为98.5%、97.2%; 出庭应诉率市直部门、县区分别达到100%、96.4%), or those parts listed before
the label (镇街、村居调解成功率分别为…): each value one part's, kept among the rates under the label, none the area's
headline value (no part is the whole). They were lost, rates and all.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, label, values", [
    ("2024年,全县人民调解成功率镇街、村居分别为98.5%、97.2%。", "人民调解成功率", [97.2, 98.5]),
    ("全年行政机关负责人出庭应诉率市直部门、县区分别达到100%、96.4%。", "行政机关负责人出庭应诉率", [96.4, 100]),
    ("全县调解成功率镇级为98.9%，村级为97.1%。", "调解成功率", [97.1, 98.9]),
    ("全区行政机关负责人出庭应诉率区直部门为100%,街道为95%。", "行政机关负责人出庭应诉率", [95, 100]),
    ("2024年,全县镇街、村居调解成功率分别为98.6%、97.3%。", "调解成功率", [97.3, 98.6]),
])
def test_the_parts_values_of_a_rate_no_whole_said_are_rates_and_no_headline_value(text, label, values):
    assert facts(text) == []
    assert sorted(read(text, 2024)[1]) == [(label, value) for value in values]


def test_the_parts_values_after_the_whole_keep_the_whole_as_the_headline_value():
    text = "全县调解成功率为98.1%,镇街、村居分别为98.5%、97.2%。"
    assert facts(text) == [("mediation_success_rate", 98.1, 2024, False)]
    assert sorted(read(text, 2024)[1]) == [("调解成功率", 97.2), ("调解成功率", 98.1), ("调解成功率", 98.5)]


def test_a_label_then_no_part_keeps_its_reading():
    assert facts("全县人民调解成功率达到98.7%。") == [("mediation_success_rate", 98.7, 2024, False)]
    # kinds of organisation listed before a label in part stay unread, no unit of the area among them
    assert read("全县乡镇、村居和企业调解组织规范化率分别为90%、85%、80%。", 2024)[1] == []

"""A level or a unit of the area said alone after a rate, with no 率 of its own, after a part marker or not
(…调解成功率98.5%,其中县级调解组织99.1%; 镇街调解成功率98%,村居99%; …出庭应诉率96%,其中市直部门100%,县区94.5%): its
value is that part's of the rate said before it, kept among the rates under the rate's label less the level or place
the label opens with (镇街调解成功率 → 调解成功率; 甲县出庭应诉率98%,乙县97%: 出庭应诉率), and never the whole's
headline value. A kind of the work (其中人民调解99.1%), a share (其中…的占60%) or an average set beside the rate makes no
part's value.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected, expected_rates", [
    ("全县调解成功率98.5%，其中县级调解组织99.1%。", [("mediation_success_rate", 98.5, 2024, False)],
     [("调解成功率", 98.5), ("调解成功率", 99.1)]),
    ("全县调解成功率98.5%,其中县级调解组织为99.1%,乡镇调解组织为98.2%。", [("mediation_success_rate", 98.5, 2024, False)],
     [("调解成功率", 98.5), ("调解成功率", 99.1), ("调解成功率", 98.2)]),
    ("2024年全市行政机关负责人出庭应诉率为96%,其中市直部门100%,县区94.5%。",
     [("head_appearance_rate", 96, 2024, False)],
     [("行政机关负责人出庭应诉率", 96), ("行政机关负责人出庭应诉率", 100), ("行政机关负责人出庭应诉率", 94.5)]),
    ("本市行政复议纠错率12.1%，其中市本级15%。", [("reconsideration_correction_rate", 12.1, 2024, False)],
     [("行政复议纠错率", 12.1), ("行政复议纠错率", 15)]),
    ("全县各级调解组织调解成功率98.5%，其中村级调委会99%。", [("mediation_success_rate", 98.5, 2024, False)],
     [("各级调解组织调解成功率", 98.5), ("调解成功率", 99)]),
])
def test_a_parts_value_after_the_wholes_rate_is_kept_as_a_rate(text, expected, expected_rates):
    assert facts(text) == expected
    assert read(text, 2024)[1] == expected_rates


@pytest.mark.parametrize("text, part_label, part_rate", [
    ("2024年,镇街调解成功率98%,村居99%。", "镇街调解成功率", ("调解成功率", 99)),
    ("甲县行政机关负责人出庭应诉率98%，乙县97%。", "甲县行政机关负责人出庭应诉率", ("行政机关负责人出庭应诉率", 97)),
])
def test_another_parts_value_takes_the_label_less_the_first_part(text, part_label, part_rate):
    metrics, rates = read(text, 2024)
    assert rates[1] == part_rate and rates[0][0] == part_label
    assert all(value != part_rate[1] for _, value, *_ in metrics)


@pytest.mark.parametrize("text", [
    "全县调解成功率98.5%，其中人民调解99.1%。",
    "全县调解成功率98.5%,其中达成书面协议的占60%。",
    "全县调解成功率98.5%，全市平均为97%。",
])
def test_no_parts_value_of_a_kind_a_share_or_an_average(text):
    assert read(text, 2024)[1] == [("调解成功率", 98.5)]

"""A rate of a wider place (全省, 全国, a national body's count) set beside the report's own rate of the same key, in a
report whose own place is not known from its region: the wider figure is the one the report compares its own with,
no headline value of the report's; a bare 我市为…% after a wider place's rate is the report's own, under that rate's label.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县行政复议直接纠错率为10.4%,全省平均直接纠错率为13.2%。", [("reconsideration_correction_rate", 10.4, 2024, False)]),
    ("全市行政机关负责人出庭应诉率为93%,全省平均出庭应诉率为86.4%。", [("head_appearance_rate", 93, 2024, False)]),
    ("上年全国行政复议纠错率为11.9%,我县直接纠错率达到16.1%。", [("reconsideration_correction_rate", 16.1, 2023, False)]),
    ("据司法部通报,全国人民调解成功率为95.5%。我区调解成功率为98.7%。", [("mediation_success_rate", 98.7, 2024, False)]),
    ("我市行政诉讼败诉率为4.5%,明显低于全国13.8%的败诉率。", [("litigation_loss_rate", 4.5, 2024, False)]),
    # the own place's value said bare after the wider place's rate: under its label
    ("全省行政复议直接纠错率为10.7%,我市为14.2%。", [("reconsideration_correction_rate", 14.2, 2024, False)]),
])
def test_a_wider_places_rate_beside_the_own_is_none_of_the_reports(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the own place (a town) is no wider place: the whole's rate stays
    ("全县调解成功率为97.9%,其中青石镇调解成功率100%。", [("mediation_success_rate", 97.9, 2024, False)]),
    # a wider place's rate alone is the figure the text gives
    ("全省平均调解成功率为98%。", [("mediation_success_rate", 98, 2024, False)]),
    # the rates of two paragraphs stay apart
    ("全省行政复议直接纠错率为10.7%。\n全县行政复议直接纠错率为12.1%。",
     [("reconsideration_correction_rate", 10.7, 2024, False), ("reconsideration_correction_rate", 12.1, 2024, False)]),
])
def test_a_rate_with_no_narrower_own_beside_it_stays(text, expected):
    assert facts(text) == expected


def test_the_wider_places_rate_stays_a_generic_rate():
    assert sorted(read("全县行政复议直接纠错率为10.4%,全省平均直接纠错率为13.2%。", 2024)[1]) == [
        ("全省平均直接纠错率", 13.2), ("行政复议直接纠错率", 10.4)]

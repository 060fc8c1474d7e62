"""A rate's label, then the date its level is counted up to (出庭应诉率截至目前为96%, 纠错率截至11月底达14%, 截至2022年底
为…): read as said before the label (截至11月底,…出庭应诉率为96%), the level that of the year the date is in.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected, label", [
    ("全县行政机关负责人出庭应诉率截至目前为96%。", ("head_appearance_rate", 96, 2024, False), "行政机关负责人出庭应诉率"),
    ("本区行政复议纠错率截至11月底达14.2%。", ("reconsideration_correction_rate", 14.2, 2024, False), "行政复议纠错率"),
    ("我市调解成功率截止到10月30日为98.1%。", ("mediation_success_rate", 98.1, 2024, False), "调解成功率"),
    ("全县行政诉讼败诉率截至2023年底为6.5%。", ("litigation_loss_rate", 6.5, 2023, False), "行政诉讼败诉率"),
    ("全县行政机关负责人出庭应诉率截至年末为97%。", ("head_appearance_rate", 97, 2024, False), "行政机关负责人出庭应诉率"),
])
def test_a_label_then_the_date_counted_to_reads_the_labels_level(text, expected, label):
    assert facts(text) == [expected]
    assert read(text, 2024)[1] == [(label, expected[1])]


def test_a_date_after_no_rates_label_reads_no_rate():
    assert read("全县矛盾纠纷排查工作截至目前为98%。", 2024)[1] == []


# The year so far said after the label (今年以来, 年初以来) is read so too: the year's level; the year's start alone
# (年初为…) is no level of the year.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率今年以来为98%。", [("head_appearance_rate", 98, 2024, False)]),
    ("本区调解成功率年初以来达到98.8%。", [("mediation_success_rate", 98.8, 2024, False)]),
])
def test_a_label_then_the_year_so_far_reads_the_years_level(text, expected):
    assert facts(text) == expected


# By the year's end said after the label (到年底, 至年末; 到2022年底): the level of that year, among what was done; a
# target where a cue or a plan says so (力争到年底, 到2026年底 in a report of 2024, a plan part).
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率到年底达到97%。", [("head_appearance_rate", 97, 2024, False)]),
    ("本区调解成功率至年末达98.3%。", [("mediation_success_rate", 98.3, 2024, False)]),
    ("我市行政复议纠错率到年底已提高到13.6%。", [("reconsideration_correction_rate", 13.6, 2024, False)]),
    ("全县行政诉讼败诉率到2023年底为6.1%。", [("litigation_loss_rate", 6.1, 2023, False)]),
    ("全县行政机关负责人出庭应诉率力争到年底达到100%。", [("head_appearance_rate", 100, 2024, True)]),
    ("全县行政机关负责人出庭应诉率到2026年底达到100%。", [("head_appearance_rate", 100, 2026, True)]),
])
def test_a_label_then_by_the_year_s_end_reads_that_year_s_level(text, expected):
    assert facts(text) == expected


def test_by_the_year_s_end_in_a_plan_part_is_a_target_of_the_year_planned():
    text = ("云岭县司法局2024年法治政府建设工作报告\n一、主要成效\n全年新收行政复议案件96件。\n二、2025年工作计划\n"
            "全县行政机关负责人出庭应诉率到年底达到100%。\n")
    assert ("head_appearance_rate", 100, 2025, True) in facts(text)


# Now said after the label (目前, 当前): the year's level so far, as 截至目前 is.
@pytest.mark.parametrize("text, expected", [
    ("全县人民调解成功率目前为97.2%,预计年底可达98%。",
     [("mediation_success_rate", 97.2, 2024, False), ("mediation_success_rate", 98, 2024, True)]),
    ("本区行政复议纠错率当前为12.8%。", [("reconsideration_correction_rate", 12.8, 2024, False)]),
])
def test_a_label_then_now_reads_the_years_level(text, expected):
    assert facts(text) == expected


def test_now_before_no_rates_label_reads_no_rate():
    assert read("全县矛盾纠纷化解工作目前为98%。", 2024)[1] == []

"""A change said against a year in digits (较2022年提升0.6个百分点, 比2022年同期下降, 与2022年相比), then the level it
reached in the next clause (达98.6%, 降至11.2%, 总数达到189件): the level is the label's, of the report's year, as
after 较上年 or 同比; the change itself is no value. So is the level reached after a change from the level compared with
(较上年的15%下降3.8个百分点,为11.2%).

Every sentence here is written for the test, and read with the report's year given (2023).
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def dated(text: str):
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


def rates(text: str):
    return sorted(read(text)[1])


@pytest.mark.parametrize("text, metric, rate", [
    ("全区调解成功率较2022年提升0.6个百分点,达98.6%。", ("mediation_success_rate", 98.6), ("调解成功率", 98.6)),
    ("全市行政复议纠错率与2022年相比下降3.8个百分点,降至11.2%。",
     ("reconsideration_correction_rate", 11.2), ("行政复议纠错率", 11.2)),
    ("全县行政诉讼败诉率比2022年同期下降2个百分点,为5.5%。", ("litigation_loss_rate", 5.5), ("行政诉讼败诉率", 5.5)),
    ("行政机关负责人出庭应诉率较2022年度提高12个百分点,实现100%。",
     ("head_appearance_rate", 100), ("行政机关负责人出庭应诉率", 100)),
    ("全区法律援助受援人满意率较2022年提高1.5个百分点,达到98.5%。", None, ("法律援助受援人满意率", 98.5)),
])
def test_the_level_after_a_change_against_a_year_is_the_labels(text, metric, rate):
    assert dated(text) == ([(*metric, 2023, False)] if metric else [])
    assert rates(text) == [rate]


@pytest.mark.parametrize("text, metric", [
    ("全县新收行政复议案件较2022年增加35件,总数达到189件。", ("reconsideration_received", 189)),
    ("全县办理法律援助案件较2022年增长12.5%,达1260件。", ("legal_aid_cases", 1260)),
])
def test_the_total_after_a_change_against_a_year_is_the_labels(text, metric):
    assert dated(text) == [(*metric, 2023, False)]


@pytest.mark.parametrize("text", [
    "全县行政机关负责人出庭应诉率较2022年提升12个百分点。",  # a change alone
    "全区调解成功率较2022年提升0.6个百分点,群众满意度98%。",  # another measure after it
])
def test_a_change_against_a_year_gives_its_label_no_value(text):
    assert read(text) == ([], [])


# The level compared with said right after the label (较上年的15%, 较2022年的98%, 由上年的), then the change, its verb
# alone, then the level reached: both levels are the label's, each of its own year.
@pytest.mark.parametrize("text, expected, label", [
    ("全区行政复议纠错率较上年的15%下降3.8个百分点,为11.2%。",
     [("reconsideration_correction_rate", 11.2, 2023, False), ("reconsideration_correction_rate", 15, 2022, False)],
     "行政复议纠错率"),
    ("全区调解成功率较2022年的98%提升了0.6个百分点,达到98.6%。",
     [("mediation_success_rate", 98, 2022, False), ("mediation_success_rate", 98.6, 2023, False)], "调解成功率"),
    ("全区调解成功率由上年的98%提升0.6个百分点,达98.6%。",
     [("mediation_success_rate", 98, 2022, False), ("mediation_success_rate", 98.6, 2023, False)], "调解成功率"),
    ("全县新收行政复议案件较上年的120件增加35件,达155件。",
     [("reconsideration_received", 120, 2022, False), ("reconsideration_received", 155, 2023, False)], None),
])
def test_the_level_after_a_change_from_a_level_compared_with_is_the_labels(text, expected, label):
    assert dated(text) == expected
    assert rates(text) == (sorted((label, v) for _, v, _, _ in expected) if label else [])


@pytest.mark.parametrize("text", [
    "全区调解成功率较上年的98%提升0.6个百分点。",
    "全区调解成功率较上年的98%提升0.6个百分点,群众满意度达99%。",
])
def test_a_change_from_a_level_compared_with_gives_no_level_of_its_own(text):
    assert dated(text) == [("mediation_success_rate", 98, 2022, False)]
    assert rates(text) == [("调解成功率", 98)]


# A level said above or below the year's before it (高于上年的98.2%, 低于2022年的7%, 略低于去年同期的…, 超过上年的…) or set
# against it (相比上年的…): that year's level, as after 比上年的; a level above or below a place's average, or a year with
# no level, gives none.
@pytest.mark.parametrize("text, expected", [
    ("全区调解成功率98.7%,高于上年的98.2%。",
     [("mediation_success_rate", 98.2, 2022, False), ("mediation_success_rate", 98.7, 2023, False)]),
    ("全县行政诉讼败诉率4.5%,低于2022年的6.8%。",
     [("litigation_loss_rate", 4.5, 2023, False), ("litigation_loss_rate", 6.8, 2022, False)]),
    ("全市行政复议纠错率为10.6%,略低于去年同期的11.9%。",
     [("reconsideration_correction_rate", 10.6, 2023, False), ("reconsideration_correction_rate", 11.9, 2022, False)]),
    ("全区调解成功率98.7%,相比上年的98.2%稳中有升。",
     [("mediation_success_rate", 98.2, 2022, False), ("mediation_success_rate", 98.7, 2023, False)]),
    ("全县新收行政复议案件146件,超过上年的121件。",
     [("reconsideration_received", 121, 2022, False), ("reconsideration_received", 146, 2023, False)]),
])
def test_a_level_said_above_or_below_a_years_is_that_years(text, expected):
    assert dated(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("全县行政诉讼败诉率4.5%,低于全省平均水平的6.1%。", [("litigation_loss_rate", 4.5, 2023, False)]),
    ("全区行政复议纠错率为10.6%,高于全国平均的9.8%。", [("reconsideration_correction_rate", 10.6, 2023, False)]),
    ("全县行政诉讼败诉率4.5%,低于2022年。", [("litigation_loss_rate", 4.5, 2023, False)]),
    ("全区调解成功率98.7%,超过90%。", [("mediation_success_rate", 98.7, 2023, False)]),
])
def test_a_level_above_or_below_no_years_level_gives_none(text, expected):
    assert dated(text) == expected


# A gap said after 高于, 低于 or 超过 the year's with no 的 (低于上年1.3%, 高于上年同期0.5%, 超过去年12%, 略低于2022年
# 0.4%) is the difference, never the year's level: only 高于上年的… names that year's level.
@pytest.mark.parametrize("text, expected", [
    ("全县行政诉讼败诉率4.6%,低于上年1.2%。", [("litigation_loss_rate", 4.6, 2023, False)]),
    ("全区调解成功率98.6%,高于上年同期0.4%。", [("mediation_success_rate", 98.6, 2023, False)]),
    ("全市行政复议纠错率11.3%,略低于2022年0.7%。", [("reconsideration_correction_rate", 11.3, 2023, False)]),
    ("全县新收行政复议案件318件,超过去年15%。", [("reconsideration_received", 318, 2023, False)]),
])
def test_a_gap_said_above_or_below_a_year_without_de_is_no_level(text, expected):
    assert dated(text) == expected

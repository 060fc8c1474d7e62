"""A rate's level reached, said after the comparison it moved by (纠错率同比下降至8%, 败诉率较上年降至5%): the
comparison and the verb go with the connectors, the figure is the label's level; a change itself (同比下降5%) is none.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县行政复议纠错率同比下降至8%。", ("reconsideration_correction_rate", 8, "行政复议纠错率")),
    ("全县行政复议纠错率较上年下降至8%。", ("reconsideration_correction_rate", 8, "行政复议纠错率")),
    ("全县行政诉讼败诉率比去年同期降至5%。", ("litigation_loss_rate", 5, "行政诉讼败诉率")),
    ("全县调解成功率环比提升至98.5%。", ("mediation_success_rate", 98.5, "调解成功率")),
])
def test_a_level_reached_after_a_comparison_is_the_rate_s(text, expected):
    key, value, label = expected
    assert facts(text) == [(key, value, 2024, False)]
    assert read(text, 2024)[1] == [(label, value)]


@pytest.mark.parametrize("text", [
    "全县行政诉讼败诉率同比下降5%。",  # a change, no level
    "全县行政复议纠错率较上年提高3个百分点。",
])
def test_a_change_after_a_comparison_is_no_level(text):
    assert facts(text) == []
    assert read(text, 2024)[1] == []


# The level said after a change verb and 为 (下降为, 降为, 上升为, 提升为, 提高为) is the level reached, as with 至 or 到.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关败诉率下降为6.2%。", ("litigation_loss_rate", 6.2, "行政机关败诉率")),
    ("全县行政机关负责人出庭应诉率上升为97.5%。", ("head_appearance_rate", 97.5, "行政机关负责人出庭应诉率")),
    ("全县行政复议纠错率较上年降为7.4%。", ("reconsideration_correction_rate", 7.4, "行政复议纠错率")),
    ("全县调解成功率提高为96.5%。", ("mediation_success_rate", 96.5, "调解成功率")),
])
def test_a_level_after_a_change_verb_and_wei_is_the_rate_s(text, expected):
    key, value, label = expected
    assert facts(text) == [(key, value, 2024, False)]
    assert read(text, 2024)[1] == [(label, value)]


def test_a_rate_label_of_no_key_after_a_change_verb_and_wei_is_kept():
    assert read("全市法院非诉执行案件不予执行率下降为12.5%,发改率提升为4.8%。", 2024)[1] == [
        ("非诉执行案件不予执行率", 12.5), ("发改率", 4.8)]


@pytest.mark.parametrize("text", [
    "全县行政机关败诉率下降了2.1个百分点。",  # a change, no level
    "全县行政机关败诉率同比下降为负增长。",  # 为 with no level after it
])
def test_a_change_said_with_wei_and_no_level_is_none(text):
    assert facts(text) == []
    assert read(text, 2024)[1] == []


# The comparison may name the year compared with, or say 较之: the level reached is still the figure's year's.
@pytest.mark.parametrize("text, expected", [
    ("全县法律顾问服务覆盖率较2022年提高到100%。", ("法律顾问服务覆盖率", 100)),
    ("全县群众法治满意率较之上年提升至96.4%。", ("群众法治满意率", 96.4)),
])
def test_a_level_reached_after_a_comparison_with_a_named_year(text, expected):
    assert read(text, 2024)[1] == [expected]


def test_a_named_years_comparison_dates_the_level_reached_to_the_reports_year():
    assert facts("全县行政复议纠错率较2022年下降至8.5%。") == [("reconsideration_correction_rate", 8.5, 2024, False)]


@pytest.mark.parametrize("text", [
    "全县群众法治满意率较2022年提高5%。",  # a change, no level
    "全县群众法治满意率较2022年度提升2个百分点。",
])
def test_a_change_after_a_comparison_with_a_named_year_is_no_level(text):
    assert read(text, 2024)[1] == []


@pytest.mark.parametrize("text, expected", [
    # a comparison with the period before (环比) said with the change's size, then the level: the label's level
    ("全县行政机关负责人出庭应诉率环比上升4.5个百分点，达到97%。", [("head_appearance_rate", 97, 2024, False)]),
    ("全县调解成功率环比提高0.6个百分点,为98.9%。", [("mediation_success_rate", 98.9, 2024, False)]),
])
def test_a_level_after_a_change_on_the_period_before_is_the_rate_s(text, expected):
    assert facts(text) == expected
    assert [value for _, value in read(text)[1]] == [expected[0][1]]


@pytest.mark.parametrize("text", [
    "全县行政复议纠错率环比下降2个百分点。",
    "全县调解成功率环比提高0.6%。",
])
def test_a_change_on_the_period_before_is_no_level(text):
    assert read(text) == ([], [])


@pytest.mark.parametrize("text, expected", [
    # the level compared with set in a bracket after the comparison, as 较上年的6.5% is: the year before's level, then
    # the level reached after the change
    ("全县行政诉讼败诉率较上年（6.5%）下降1.4个百分点，为5.1%。",
     [("litigation_loss_rate", 5.1, 2024, False), ("litigation_loss_rate", 6.5, 2023, False)]),
    ("全县调解成功率比2022年(97.6%)提高0.6个百分点,达到98.2%。",
     [("mediation_success_rate", 97.6, 2022, False), ("mediation_success_rate", 98.2, 2024, False)]),
])
def test_a_bracketed_level_compared_with_and_the_level_after_the_change(text, expected):
    assert facts(text) == expected


def test_a_bracketed_count_compared_with_is_no_rate():
    assert read("全县受理案件较上年(120件)增长10%。")[1] == []

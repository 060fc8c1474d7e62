"""A label and its value set apart by a year or by quotes, as reports write them:
- the year of the value after its label (调解成功率2023年为97%、2024年为98.6%; 出庭应诉率在2022年10月达到100%, at a
  month of it): each value of its year; the years
  of a list or a span after it (新收行政复议案件2022年至2024年分别为…) date the list's values, one each;
- a quoted rate name (“行政机关负责人出庭应诉率”达100%): the name is the label;
- a quoted value (出庭应诉率达到“100%”, 出庭应诉率、出庭出声率“双100%”), or 双 unquoted right after the rates
  (…出声率实现双100%): the labels before it are its;
- a quoted name after a rate (调解成功率98%,“三率”均为100%): the figure after it is the name's, not the rate's again.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全区调解成功率2023年为97%、2024年为98.6%。",
     [("mediation_success_rate", 97, 2023, False), ("mediation_success_rate", 98.6, 2024, False)]),
    ("行政机关负责人出庭应诉率2024年为93%。", [("head_appearance_rate", 93, 2024, False)]),
    ("行政机关负责人出庭应诉率2023年底达到91%。", [("head_appearance_rate", 91, 2023, False)]),
    # a level at a month of a year, 在 before it
    ("行政机关负责人出庭应诉率在2022年10月达到100%。", [("head_appearance_rate", 100, 2022, False)]),
    ("调解成功率2023年11月底达到98.2%。", [("mediation_success_rate", 98.2, 2023, False)]),
    ("新收行政复议案件2023年为126件,2024年为158件。",
     [("reconsideration_received", 126, 2023, False), ("reconsideration_received", 158, 2024, False)]),
])
def test_the_year_after_a_label_dates_its_value(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新收行政复议案件2022年至2024年分别为121件、137件、152件。",
     [("reconsideration_received", 121, 2022, False), ("reconsideration_received", 137, 2023, False),
      ("reconsideration_received", 152, 2024, False)]),
    ("调解成功率2023年和2024年分别为97.2%、98.1%。",
     [("mediation_success_rate", 97.2, 2023, False), ("mediation_success_rate", 98.1, 2024, False)]),
    ("调解成功率2022年、2023年分别为97.2%、98.1%。",
     [("mediation_success_rate", 97.2, 2022, False), ("mediation_success_rate", 98.1, 2023, False)]),
    ("新收行政复议案件2022年、2023年、2024年分别为121件、137件、152件。",
     [("reconsideration_received", 121, 2022, False), ("reconsideration_received", 137, 2023, False),
      ("reconsideration_received", 152, 2024, False)]),
    # a span's sum is no one year's
    ("新收行政复议案件2022年至2024年共410件。", [("reconsideration_received", 410, None, False)]),
])
def test_the_years_of_a_list_after_a_label_date_its_values(text, expected):
    assert facts(text) == expected


def test_a_year_listed_before_the_label_is_no_label_year():
    # (the years of a list before 分别 are read by the list, not as one label's year)
    assert facts("受理行政复议案件、办理法律援助案件2024年分别为158件、930件。") == [
        ("legal_aid_cases", 930, 2024, False), ("reconsideration_received", 158, 2024, False)]


def test_a_quoted_rate_name_is_the_label():
    assert read("“行政机关负责人出庭应诉率”达100%。") == (
        [("head_appearance_rate", 100, 2023, False, "行政机关负责人出庭应诉率”达100%")], [("行政机关负责人出庭应诉率", 100)])


@pytest.mark.parametrize("text, expected", [
    ("行政机关负责人出庭应诉率达到“100%”。", [("行政机关负责人出庭应诉率", 100)]),
    ("全县行政机关负责人出庭应诉率、出庭出声率“双100%”。", [("出庭出声率", 100), ("行政机关负责人出庭应诉率", 100)]),
    ("全县行政机关负责人出庭应诉率、出庭出声率实现“两个100%”。", [("出庭出声率", 100), ("行政机关负责人出庭应诉率", 100)]),
    # 双 unquoted right after the rates
    ("全县行政机关负责人出庭应诉率和出庭出声率实现双100%。", [("出庭出声率", 100), ("行政机关负责人出庭应诉率", 100)]),
])
def test_a_quoted_value_is_the_labels_before_the_quote(text, expected):
    assert facts(text) == [("head_appearance_rate", 100, 2024, False)]
    assert sorted(read(text)[1]) == expected


def test_a_quoted_value_with_no_label_before_it_is_none():
    assert read("开展“双100%”行动。") == ([], [])


def test_a_quoted_name_after_a_rate_is_the_next_figures_label():
    assert read("调解成功率98%,“三率”均为100%。") == (
        [("mediation_success_rate", 98, 2023, False, "调解成功率98%")], [("调解成功率", 98), ("三率", 100)])


def test_a_planned_years_target_after_the_label_is_that_years_target():
    assert facts("调解成功率2025年力争达到99%。") == [("mediation_success_rate", 99, 2025, True)]

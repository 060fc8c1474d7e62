"""The year of 去年 and 前年 in an item that gives no date, the labels of rates said of months, a rate's numerator
said in parts with no other outcome beside them, and a period opening a sentence.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_checks import _checks
from test_metric_families import read
from test_metrics_intake_kinds_and_this_year import facts

from lawreport.normalize import normalize
from lawreport.numbers import scan

# --- 去年 and 前年 in an undated item --------------------------------------------------------------

LAST_YEAR = "2021年,全区办理公证事项1800件。去年办理公证事项2100件。"
YEAR_BEFORE = "2021年,全区办理公证事项1800件。前年办理公证事项1500件。"


def test_last_year_of_an_item_with_neither_date_nor_year_reported_has_no_year():
    # the year said before in its paragraph does not stand in for it
    assert facts(LAST_YEAR, None) == [("notarizations", 1800, 2021), ("notarizations", 2100, None)]
    assert facts(YEAR_BEFORE, None, plans_next_year=False) \
        == [("notarizations", 1500, None), ("notarizations", 1800, 2021)]


def test_last_year_counts_from_the_item_s_date():
    assert facts(LAST_YEAR, None, published_year=2022) \
        == [("notarizations", 1800, 2021), ("notarizations", 2100, 2021)]
    assert facts(YEAR_BEFORE, 2021, published_year=2022, plans_next_year=False) \
        == [("notarizations", 1500, 2020), ("notarizations", 1800, 2021)]


def test_last_year_of_an_undated_item_is_the_year_it_reports():
    # told after that year, as a release on the year's report: 前年 is the year before it
    assert facts("2020年全区公证工作报告发布。去年全区办理公证事项2100件。", 2020, plans_next_year=False) \
        == [("notarizations", 2100, 2020)]
    assert facts("全区公证工作报告发布。前年全区办理公证事项1500件。", 2020, plans_next_year=False) \
        == [("notarizations", 1500, 2019)]


def test_a_comparison_with_last_year_dates_nothing():
    assert facts("2021年,全区办理公证事项1800件,较去年增加300件。", None) == [("notarizations", 1800, 2021)]


# --- rates of months ---------------------------------------------------------------------------

def rates(text: str):
    return read(text)[1]


@pytest.mark.parametrize("text, expected", [
    # the months a rate is of leave its label, whole: they say when, not what
    ("1-10月平均出庭应诉率为95%。", [("平均出庭应诉率", 95)]),
    ("1至10月平均出庭应诉率为95%。", [("平均出庭应诉率", 95)]),
    ("2023年1—8月行政机关败诉率为6%。", [("行政机关败诉率", 6)]),
    ("7月份纠错率为12%。", [("纠错率", 12)]),
    # the months of a list: each value one month's, under the label without the months
    ("8月、9月纠错率分别为13%、11%。", [("纠错率", 13), ("纠错率", 11)]),
    ("全区8月和9月份纠错率分别为13%、11%。", [("纠错率", 13), ("纠错率", 11)]),
])
def test_the_months_a_rate_is_of_leave_its_label(text, expected):
    assert rates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date up to which is no part of the label, nor the end of a month
    ("截至8月出庭应诉率为97%。", [("出庭应诉率", 97)]),
    ("截至8月底出庭应诉率为97%。", [("出庭应诉率", 97)]),
    # 月 of the label's own words stays
    ("全年月均结案率为96%。", [("月均结案率", 96)]),
])
def test_a_month_said_as_a_date_is_not_the_label_s(text, expected):
    assert rates(text) == expected


def test_a_span_of_months_is_no_number():
    assert [(q.value, q.kind) for q in scan(normalize("1-10月、1至10月、1到6月共受理35件。"))] == [(35, "count")]


# --- a rate's numerator said in parts with no other outcome beside them ------------------------

def corrected(text: str):
    return [(k, v, y) for k, v, y in facts(text) if k == "reconsideration_corrected"]


@pytest.mark.parametrize("text, expected", [
    # the outcomes listed right before the correction rate in its sentence add up to its count
    ("全年审结行政复议案件200件,撤销9件、变更4件、确认违法3件,纠错率8%。", 16),
    ("全年审结行政复议案件200件,其中撤销9件、责令履行3件,纠错率6%。", 12),
    # one outcome alone is the count
    ("全年审结行政复议案件200件,撤销9件,纠错率4.5%。", 9),
    # the words deciding the first outcome leave it an outcome
    ("全年审结行政复议案件200件,其中决定撤销9件、确认违法3件,纠错率6%。", 12),
    ("全年审结行政复议案件200件,其中依法撤销9件、确认违法3件,纠错率6%。", 12),
    ("全年审结行政复议案件200件,其中作出撤销决定9件、确认违法3件,纠错率6%。", 12),
])
def test_outcomes_before_the_rate_make_its_numerator(text, expected):
    assert corrected(text) == [("reconsideration_corrected", expected, 2023)]


@pytest.mark.parametrize("text", [
    # with no rate of the count beside them: two outcomes or more, a list of them
    "全年审结行政复议案件200件,撤销9件、变更4件、确认违法3件。",
    # said after the rate
    "全年审结行政复议案件200件,纠错率8%,撤销9件、变更4件、确认违法3件。",
])
def test_outcomes_listed_without_the_rate_before_them_make_their_count(text):
    assert corrected(text) == [("reconsideration_corrected", 16, 2023)]


@pytest.mark.parametrize("text", [
    # one outcome, no rate of the count beside it
    "全年审结行政复议案件200件,撤销9件。",
    # another key's rate
    "全年审结行政诉讼案件200件,判决撤销9件、变更4件,败诉率6.5%。",
    # kinds of cases named by an outcome, not outcomes
    "全年审结行政复议案件200件,其中不服撤销决定9件、不服变更决定4件,纠错率6.5%。",
])
def test_outcomes_not_before_the_rate_of_their_count_are_no_numerator(text):
    assert corrected(text) == []


def test_a_rate_over_outcomes_before_it_is_checked_against_their_sum():
    _, checks = _checks("审结行政复议案件200件,撤销9件、变更4件、确认违法3件,纠错率12%。")
    assert [(agrees, computed) for agrees, computed, _ in checks] == [(False, 8.0)]


# --- a period opening the sentence ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a quarter or a half opening the sentence date its figures, whatever the clause after it says: a count is the
    # part's, no year's; a rate, a level, alone is the year's
    ("2023年第二季度,全县行政应诉工作扎实推进,负责人出庭应诉率98%。", [("head_appearance_rate", 98, 2023)]),
    ("上半年,全区深入推进行政复议规范化建设,纠错率11%。", [("reconsideration_correction_rate", 11, 2023)]),
    ("第三季度,全市法律援助工作有序开展,共办理法律援助案件640件。", []),
    # one month's rate is no year's level
    ("7月份全区行政复议纠错率为11%。", []),
])
def test_a_period_opening_the_sentence_dates_its_figures(text, expected):
    # in a yearly report, which says its year as a whole
    assert facts("青禾县2023年法治政府建设年度报告\n" + text) == expected


def test_the_first_months_opening_the_sentence_are_the_year_so_far():
    # as 截至8月底 would be: the year's figure so far
    assert facts("青禾县2023年法治政府建设年度报告\n1-8月,全市法律援助工作有序开展,共办理法律援助案件640件。") == [
        ("legal_aid_cases", 640, 2023)]


def test_a_month_opening_the_sentence_before_an_event_dates_the_event():
    assert facts("5月,印发《法律援助工作规范》,全年办理法律援助案件640件。") == [("legal_aid_cases", 640, 2023)]

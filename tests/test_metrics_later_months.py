"""Figures of months from a later one on (3月至12月, 5月至当年底, 6-9月), as reports write them: a part of the year,
not the year's, in a yearly report and in a news item alike.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport import extract


@pytest.mark.parametrize("text", [
    "2024年4月至12月,全区共受理行政复议案件71件,审结66件。",
    "2024年6月至当年底,全县行政机关负责人出庭应诉97件,出庭应诉率为64%。",
    "6-9月,各调解组织共调解矛盾纠纷540件。",
    "全县8月至11月共办理法律援助案件215件。",
])
@pytest.mark.parametrize("plans_next_year", [True, False])
def test_later_months_give_no_yearly_figure(text, plans_next_year):
    assert facts(text, plans_next_year=plans_next_year) == []


@pytest.mark.parametrize("text, expected", [
    # the whole year (1-12月), a year's count said after the months, or an event's month
    ("1-12月,全区共受理行政复议案件71件。", [("reconsideration_received", 71, 2024, False)]),
    ("4月至12月开展专项整治。全年共受理行政复议案件71件。", [("reconsideration_received", 71, 2024, False)]),
    ("2024年4月至12月开展专项整治,全年共受理行政复议案件71件。", [("reconsideration_received", 71, 2024, False)]),
])
def test_a_years_figure_stays(text, expected):
    assert facts(text) == expected


def test_a_title_naming_the_months_gives_them_as_its_own():
    text = "城南区2024年6-9月矛盾纠纷排查化解情况通报\n6-9月,各调解组织共调解矛盾纠纷540件。"
    assert facts(text) == [("mediation_cases", 540, 2024, False)]


REPORT_2019 = "临江县司法局2019年法治政府建设工作报告\n一、主要成效\n"


def rates_of(text: str) -> tuple[list[tuple], list]:
    record = extract(REPORT_2019 + text)
    return sorted((r.label, r.value, r.year) for r in record.rates), record.metrics


@pytest.mark.parametrize("text, label, value, year", [
    # months up to the year's end said from their start (自, 从) are that year's, as without: no yearly level
    ("自2019年6月至年底,全县行政机关负责人出庭应诉率为93%。", "行政机关负责人出庭应诉率", 93, 2019),
    ("从2019年4月至年末，全县人民调解成功率达到97.4%。", "人民调解成功率", 97.4, 2019),
    # of an earlier year, its own year (not the report's)
    ("2016年5月至当年底,全市行政机关负责人出庭应诉率为41%。", "行政机关负责人出庭应诉率", 41, 2016),
    ("自2016年5月至当年底,全市行政机关负责人出庭应诉率为41%。", "行政机关负责人出庭应诉率", 41, 2016),
    ("自2016年5月1日至当年底,全市行政机关负责人出庭应诉率为41%。", "行政机关负责人出庭应诉率", 41, 2016),  # from a day
])
def test_months_to_the_year_s_end_from_their_start_are_that_year_s_part(text, label, value, year):
    rates, metrics = rates_of(text)
    assert rates == [(label, value, year)]
    assert metrics == []


@pytest.mark.parametrize("text, year", [
    # a time since a month (以来) or a span of years stays as it was: no part of one year
    ("自2019年6月以来,全县行政机关负责人出庭应诉率为93%。", 2019),
    ("自2018年6月至2019年5月,全县行政机关负责人出庭应诉率为93%。", None),
])
def test_a_time_since_a_month_or_a_span_of_years_is_no_part_of_a_year(text, year):
    metrics = extract(REPORT_2019 + text).metrics
    assert [(m.key, m.value, m.year) for m in metrics] == [("head_appearance_rate", 93, year)]

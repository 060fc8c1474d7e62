"""A report to a people's congress named by the year it was delivered in reports on the years before: its year dates
none of the figures quoted from it, where a report named by the year it covers dates them."""

from __future__ import annotations

import pytest

from tests.test_metric_families import facts


@pytest.mark.parametrize("sentence, expected", [
    ("根据2019年青禾市中级人民法院工作报告,全市法院受理一审行政案件860件。",
     [("litigation_first_instance", 860, None, False)]),
    ("2021年白沙区人民检察院工作报告显示,全区新收行政复议案件320件。",
     [("reconsideration_received", 320, None, False)]),
    ("据2022年区政府工作报告,全区办理法律援助案件1300件。", [("legal_aid_cases", 1300, None, False)]),
    # 去年 after it counts from the year the report was delivered in.
    ("2023年青禾市中级人民法院工作报告显示,去年全市法院受理一审行政案件760件。",
     [("litigation_first_instance", 760, 2022, False)]),
])
def test_a_year_naming_a_delivered_report_dates_no_figure(sentence, expected):
    assert facts(sentence, report_year=None) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a report named by the year it covers
    ("2021年度青禾县行政复议工作报告显示,全县新收行政复议案件150件。", [("reconsideration_received", 150, 2021, False)]),
    ("2020年青禾县法治政府建设工作报告显示,全县新收行政复议案件150件。", [("reconsideration_received", 150, 2020, False)]),
    # a year of the figures' own, with a delivered report named after them
    ("2022年,全县办理法律援助案件460件,完成2022年县政府工作报告确定的任务。",
     [("legal_aid_cases", 460, 2022, False)]),
])
def test_a_year_naming_a_covered_report_or_the_figures_dates_them(sentence, expected):
    assert facts(sentence, report_year=None) == expected

"""A yearly report that writes its year nowhere is dated by its own date: a title calling it the year's report
(某局法治政府建设年度报告, 年终工作总结) or an opening looking back over the past year (过去一年,…; 一年来,…), dated in the
season of annual reviews (January to March: its sign-off, its page's date), reviews the year before; dated in December,
that year. Dated in between, opening on a span of years, or a half year's summary, it tells no year.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "\n一、主要成效\n全年共受理行政复议案件十二件,办结十一件。\n二、存在问题\n基层执法力量仍显薄弱。\n"
_SIGNED = "青禾县应急管理局\n{date}\n"

CASES = [
    ("a yearly title, signed in January", "青禾县应急管理局法治政府建设年度报告\n我局坚持依法行政,现将有关情况报告如下:"
     + _PARTS + _SIGNED.format(date="2025年1月20日"), 2024),
    ("…signed in Chinese numerals", "青禾县应急管理局法治政府建设年度报告\n我局坚持依法行政,现将有关情况报告如下:"
     + _PARTS + _SIGNED.format(date="二〇二五年三月五日"), 2024),
    ("…signed in December", "青禾县应急管理局法治政府建设年度报告\n我局坚持依法行政,现将有关情况报告如下:"
     + _PARTS + _SIGNED.format(date="2024年12月26日"), 2024),
    ("a year-end summary dated by its page", "青禾县司法局年终工作总结\n发布时间:2025-02-08\n局党组带领全局干部履职尽责。"
     + _PARTS, 2024),
    ("an opening on the past year, its title naming no year's report",
     "青禾县司法局关于法治政府建设工作情况的报告\n过去一年,我局在县委县政府的领导下扎实推进依法行政。" + _PARTS
     + "青禾县司法局\n2025年2月14日\n", 2024),
    ("…一年来", "青禾县司法局关于法治政府建设工作情况的报告\n一年来,我局在县委县政府的领导下扎实推进依法行政。" + _PARTS
     + "青禾县司法局\n2025年2月14日\n", 2024),
    ("a yearly title, signed in June", "青禾县应急管理局法治政府建设年度报告\n我局坚持依法行政,现将有关情况报告如下:"
     + _PARTS + _SIGNED.format(date="2025年6月20日"), None),
    ("an opening on a span of years", "青禾县应急管理局法治政府建设年度报告\n近年来,我局坚持依法行政,成效逐年显现。"
     + _PARTS + _SIGNED.format(date="2025年1月20日"), None),
    ("a half year's summary", "青禾县司法局半年度工作总结\n我局坚持依法行政,现将有关情况总结如下:" + _PARTS
     + "青禾县司法局\n2025年1月6日\n", None),
    ("a year the title writes", "青禾县应急管理局2023年度法治政府建设工作报告\n我局坚持依法行政,现将有关情况报告如下:"
     + _PARTS + _SIGNED.format(date="2025年1月20日"), 2023),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_undated_yearly_reports_year(case, text, expected):
    assert read(text, "report_year") == expected


# A sign-off or a cover dated by its month alone (青禾县应急管理局 / 2024年12月, in brackets or not) dates the report as a
# day does, though it gives no publication date: the month is no day.
MONTHS = [
    ("a yearly title, signed in the December of the year", "青禾县应急管理局法治政府建设年度报告\n我局坚持依法行政,现将有关情况报告如下:"
     + _PARTS + _SIGNED.format(date="2024年12月"), 2024),
    ("…in January, in Chinese numerals", "青禾县应急管理局法治政府建设年度报告\n我局坚持依法行政,现将有关情况报告如下:"
     + _PARTS + _SIGNED.format(date="二〇二五年一月"), 2024),
    ("this year's work, signed in November", "青禾县司法局法治政府建设工作情况报告\n今年,我局扎实推进依法行政。" + _PARTS
     + "青禾县司法局\n2024年11月\n", 2024),
    ("…一年来, signed in February", "青禾县司法局关于法治政府建设工作情况的报告\n一年来,我局扎实推进依法行政。" + _PARTS
     + "青禾县司法局\n2025年2月\n", 2024),
    ("…signed in June, a yearly title tells no year", "青禾县应急管理局法治政府建设年度报告\n我局坚持依法行政,现将有关情况报告如下:"
     + _PARTS + _SIGNED.format(date="2025年6月"), None),
    ("a cover's month in brackets under its body, 一年来",
     "法治政府建设年度报告\n青禾县司法局\n(2025年1月)\n一年来,我局扎实推进依法行政。" + _PARTS * 3, 2024),
    ("…not in brackets", "法治政府建设年度报告\n青禾县司法局\n2025年1月\n一年来,我局扎实推进依法行政。" + _PARTS * 3, 2024),
    ("…a cover's month under no body's line dates nothing",
     "法治政府建设年度报告\n(2025年1月)\n一年来,我局扎实推进依法行政。" + _PARTS * 3, None),
    ("a month under no body's line dates nothing", "青禾县司法局法治政府建设工作情况报告\n今年,我局扎实推进依法行政。" + _PARTS
     + "2024年11月\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), MONTHS, ids=[c[0] for c in MONTHS])
def test_a_sign_off_dated_by_its_month(case, text, expected):
    assert read(text, "report_year") == expected
    assert read(text, "published") is None

"""A yearly disclosure report saying the period its figures run over with 时限 as with 期限 (所列数据统计时限为2023年1月1日
至2023年12月31日): a yearly report, not a release for the words 数据统计; a text releasing figures stays a release.
The one whole year the period runs over, said with 是 or a colon as with 自 or 为, is the year the report is on; a period
of several years dates none."""

import pytest
from conftest import metadata_field as read

REPORT = ("根据《中华人民共和国政府信息公开条例》等规定要求,现公布《青禾市2023年政府信息公开工作年度报告》。\n"
          "本报告包括总体情况、主动公开政府信息情况等六项内容。除特别说明的外,所列数据{words}为2023年1月1日至"
          "2023年12月31日。\n一、总体情况\n2023年,青禾市深入贯彻落实政府信息公开条例。\n")
PAGES = [
    ("a time limit", REPORT.format(words="统计时限"), "annual_report"),
    ("a scope", REPORT.format(words="统计范围"), "annual_report"),
    ("figures released", "2023年青禾市人民调解工作数据统计\n全市共调解纠纷800件,调解成功率98.5%。\n", "statistics"),
]


@pytest.mark.parametrize(("case", "page", "expected"), PAGES, ids=[c[0] for c in PAGES])
def test_a_period_of_the_figures_makes_no_release(case, page, expected):
    assert read(page, "kind") == expected


_DISCLOSURE = ("本报告根据《中华人民共和国政府信息公开条例》要求编制。{period}。\n一、总体情况\n"
               "我局按照条例要求,对政府信息公开工作高度重视,在门户网站发布动态信息五十余篇。\n")
YEARS = [
    ("a period said with 是", "本年度报告中所有数据的统计期限是2024年1月1日至2024年12月31日", 2024),
    ("…with 自 and the year said once", "报告所列数据统计期限自2022年1月1日起至12月31日止", 2022),
    ("…as a time after a colon", "报告中所列数据统计时间:2023年1月1日至12月31日", 2023),
    ("a period of three years dates none", "本报告所列数据统计期限是2021年1月1日至2023年12月31日", None),
]


@pytest.mark.parametrize(("case", "period", "expected"), YEARS, ids=[c[0] for c in YEARS])
def test_the_one_year_of_the_figures_period_is_the_reports(case, period, expected):
    assert read(_DISCLOSURE.format(period=period), "report_year") == expected

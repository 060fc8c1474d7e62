"""A third party's account of a body's yearly report, told in its lead (某部日前公布2022年法治政府建设年度报告。报告显示,…;
日前发布的某部2023年…年度报告显示,…; 该部发布的2023年度…报告显示): a news item on that report's year, its figures of that
year, no issuer of its own. The body's own report, saying what it is, stays its report.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

from lawreport import extract

RELAYED = [
    ("the body and when, then the report",
     "国家税务总局近日对外公布2022年法治政府建设年度报告,全国税务系统全年受理行政复议案件4870件。\n", 2022),
    ("the report's own sentence, then what it shows",
     "某部日前公布2021年法治政府建设年度报告。报告显示,全系统办结行政复议案件2610件。\n", 2021),
    ("the report cited by when it came out",
     "日前发布的某部2023年法治政府建设年度报告显示,部本级办结行政复议案件402件。\n", 2023),
    ("the report cited by the body that put it out",
     "据某部网站消息,该部发布的2023年度法治政府建设报告显示,部本级办结行政复议案件402件。\n", 2023),
]


@pytest.mark.parametrize("name, text, year", RELAYED, ids=[c[0] for c in RELAYED])
def test_a_relayed_yearly_report_is_news_of_its_year(name, text, year):
    record = extract(text)
    assert (record.kind, record.report_year, record.issuer) == ("news", year, None)
    assert [m.year for m in record.metrics] == [year]


def test_the_bodys_own_report_stays_its_report():
    text = ("2023年,生态环境部坚持以习近平法治思想为指导,深入推进法治政府建设。现将有关情况报告如下:\n一、加强党的领导\n"
            "部本级办结行政复议案件402件。\n")
    assert (field(text, "kind"), field(text, "report_year"), field(text, "issuer")) == ("annual_report", 2023, "生态环境部")


def test_the_bodys_own_notice_putting_it_out_stays_its_report():
    text = "现将某县司法局2023年度法治政府建设年度报告予以公布。\n2023年,某县司法局共办结行政复议案件41件。\n"
    assert field(text, "kind") != "news"

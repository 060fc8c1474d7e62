"""Metadata of a body's own item announcing a report it put out, of a portal's line dating an item before naming its
publisher, and of a title wrapped after the body's name and the year.

A headline of the form <body>发布…报告 or a lead opening with the day (1月10日,某局发布…) tells of a report in the
third person (报告显示…): the item is news, whatever the report it tells of is; the body's own notice issuing one and
the report itself are not. Every sentence below is written for these tests; bodies and
figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TOLD = "\n报告显示,2025年全县共收到行政复议申请120件,审结110件,直接纠错率12%。\n"
_DONE = "坚持依法行政,推进法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n"
_REPORT = "\n2024年,青禾县司法局" + _DONE
_DATED = "\n2026-01-12 09:30 青禾县司法局\n"
_LEAD = "近日,青禾县司法局对外发布《青禾县2025年人民调解工作报告》。报告显示,全县调解纠纷800件,调解成功率98.5%。\n"

CASES = [
    # A headline telling that a body put out its report: news.
    ("a body's headline announcing its report", "青禾县司法局发布2025年行政复议工作报告" + _TOLD, "kind", "news"),
    ("…bodies putting one out jointly", "青禾市中级人民法院、青禾市司法局联合发布行政复议行政诉讼案件分析报告" + _TOLD,
     "kind", "news"),
    ("…its year is the report's", "青禾县司法局发布2025年行政复议工作报告" + _TOLD, "report_year", 2025),
    ("…the body it tells of is no issuer", "青禾县司法局发布2025年行政复议工作报告" + _TOLD, "issuer", None),
    ("…the report itself is one", "青禾县司法局2024年度法治政府建设情况报告" + _REPORT, "kind", "annual_report"),
    ("…the report itself names its author", "青禾县司法局2024年度法治政府建设情况报告" + _REPORT, "issuer", "青禾县司法局"),
    ("…a body's notice issuing one is none", "青禾县人民政府关于发布2024年度法治政府建设情况报告的公告" + _REPORT, "kind",
     "annual_report"),
    ("…nor is its own title publishing one", "青禾县司法局关于公布2024年度法治政府建设情况报告" + _REPORT, "kind",
     "annual_report"),
    ("…nor is one without 关于", "青禾县人民政府发布2024年度法治政府建设情况报告的公告" + _REPORT, "kind", "annual_report"),
    ("…the report itself posted under such a headline is the report", "青禾县司法局发布2024年度法治政府建设情况报告" + _REPORT,
     "kind", "annual_report"),
    ("…and names its author", "青禾县司法局发布2024年度法治政府建设情况报告" + _REPORT, "issuer", "青禾县司法局"),
    ("…nor a headline putting out a plan", "青禾县司法局发布2025年普法依法治理工作方案\n为深入推进普法工作,制定本方案。\n",
     "kind", "plan"),
    ("…an item announcing a white paper is news too",
     "青禾市中级人民法院发布2025年行政审判白皮书\n6月1日,青禾市中级人民法院发布2025年行政审判白皮书。白皮书显示,全市受理行政案件220件。\n",
     "kind", "news"),
    # An untitled item whose lead opens with the day and tells that a body put a report out.
    ("a lead opening with the day", "1月10日,青禾县司法局发布2025年行政复议工作报告。" + _TOLD.lstrip("\n"), "kind", "news"),
    ("…or with 近日 and the report in 《》", _LEAD, "kind", "news"),
    ("…a report saying it puts itself out is none",
     "现发布《青禾县司法局2025年政府信息公开工作年度报告》。\n2025年,青禾县司法局" + _DONE, "kind", "annual_report"),
    ("…nor a meeting's day hearing a report", "1月10日,青禾县政府常务会议审议2025年法治政府建设情况报告。\n", "kind", "other"),
    ("…nor a headline telling a meeting passed one cited in 《》",
     "县政府常务会议审议通过《2025年法治政府建设情况报告》\n发布时间:2026-02-20\n2月19日,县政府召开常务会议。\n", "kind",
     "other"),
    ("…its year is the report's", "县政府常务会议审议通过《2025年法治政府建设情况报告》\n2月19日,县政府召开常务会议。\n",
     "report_year", 2025),
    ("…nor one parting the meeting from what it passed by a space",
     "区政府召开常务会议 审议通过2025年度法治政府建设情况报告\n2月19日,区政府召开常务会议。\n", "kind", "other"),
    ("…nor one closing on the meeting's other business",
     "区政府常务会议研究2025年度法治政府建设工作报告等议题\n2月19日,区政府召开常务会议。\n", "kind", "other"),
    # A portal's line giving the date and time before the body that published the item.
    ("a date, a time and the body", "青禾县司法局发布2025年行政复议工作报告" + _DATED + _LEAD, "issuer", "青禾县司法局"),
    ("…a date and the body", "青禾县司法局发布2025年行政复议工作报告\n2026-01-12 青禾县司法局\n" + _LEAD, "issuer",
     "青禾县司法局"),
    ("…a date and what is no body", "青禾县司法局发布2025年行政复议工作报告\n2026-01-12 09:30 浏览次数\n" + _LEAD, "issuer",
     None),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_fields(case, text, name, expected):
    assert read(text, name) == expected


_OPENING = "\n2024年,青禾县人民政府" + _DONE
WRAPPED = [
    # A title wrapped after the body's name and the year: the line below ends it.
    ("the body and the year above the title's end", "青禾县人民政府2024年度法治政府\n建设情况报告" + _OPENING, "title",
     "青禾县人民政府2024年度法治政府建设情况报告"),
    ("…its author is the body", "青禾县人民政府2024年度法治政府\n建设情况报告" + _OPENING, "issuer", "青禾县人民政府"),
    ("…a column and the year above a whole title are no part of it", "政务公开 2024年度专栏\n青禾县法治政府建设情况报告" + _OPENING,
     "title", "青禾县法治政府建设情况报告"),
    ("…nor is a body's dated line", "青禾县人民政府 2025年03月28日 星期五\n青禾县法治政府建设情况报告" + _OPENING, "title",
     "青禾县法治政府建设情况报告"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), WRAPPED, ids=[c[0] for c in WRAPPED])
def test_a_title_wrapped_after_its_year(case, text, name, expected):
    assert read(text, name) == expected

"""Metadata of the yearly reports of national ministries and of provincial departments, each with a twin the rule
must leave alone.

A ministry's site sets its navigation row with bars above the headline; the State Council's ministries, commissions
and administrations name themselves by their full or short names, with no place before them; a title's short name is
spelled out by the site's letterhead above it or by the sign-off. Every text below is written for these tests; the
bodies exist, the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n一、主要举措和成效\n全年收到行政复议申请四十件，审结三十六件。\n"


def _report(title: str, header: str = "", sign_off: str = "") -> str:
    head = header + "\n" if header else ""
    tail = sign_off + "\n2024年3月20日\n" if sign_off else ""
    return head + title + "\n发布时间：2024-03-22\n2023年，坚持依法行政，各项工作取得新进展。" + _BODY + tail


NAV_ROWS = [
    ("a navigation row parted by bars is no title, though a column's name holds title words",
     "中华人民共和国审计署 | 政务公开 | 法治政府建设年度报告\n审计署2023年法治政府建设年度报告\n发布时间：2024-03-22\n"
     "2023年，审计署坚持依法审计。" + _BODY, "审计署2023年法治政府建设年度报告"),
    ("…nor is a portal's menu",
     "首页 | 时政 | 社会 | 法治\n桐岭区公证服务提速增效\n2024年03月02日 来源：雁川日报\n3月2日，区公证处推出延时服务。",
     "桐岭区公证服务提速增效"),
    ("a headline with its outlet after one bar stays the title",
     "桐岭区公证服务提速增效 | 雁川日报\n2024年03月02日\n3月2日，区公证处推出延时服务。", "桐岭区公证服务提速增效"),
]


@pytest.mark.parametrize(("case", "text", "expected"), NAV_ROWS, ids=[c[0] for c in NAV_ROWS])
def test_a_navigation_row_is_no_title(case, text, expected):
    assert read(text, "title") == expected


STATE_BODIES = [
    ("an administration by its name", _report("海关总署2023年法治政府建设年度报告"), "海关总署"),
    ("a commission by its short name", _report("国家发展改革委2023年法治政府建设年度报告"), "国家发展改革委"),
    ("a bureau under a ministry", _report("国家统计局2023年法治政府建设年度报告"), "国家统计局"),
    ("a ministry outside the old list", _report("退役军人事务部2023年法治政府建设年度报告"), "退役军人事务部"),
    ("the central bank", _report("中国人民银行2023年法治政府建设年度报告"), "中国人民银行"),
    ("a bureau by its short name", _report("国家医保局2023年法治政府建设年度报告"), "国家医保局"),
    ("a county's department of that field is no national body",
     _report("县交通运输部门2023年法治政府建设工作总结"), None),
]


@pytest.mark.parametrize(("case", "text", "expected"), STATE_BODIES, ids=[c[0] for c in STATE_BODIES])
def test_a_state_body_names_itself(case, text, expected):
    assert read(text, "issuer") == expected


SPELLED_OUT = [
    ("the site's letterhead spells the title's short name out",
     _report("市场监管总局2023年法治政府建设年度报告", header="国家市场监督管理总局", sign_off="市场监管总局"),
     "国家市场监督管理总局"),
    ("…so does the sign-off, a commission's name in full",
     _report("国家发展改革委2023年法治政府建设年度报告", sign_off="国家发展和改革委员会"), "国家发展和改革委员会"),
    ("…and a province's department's",
     _report("浙江省市场监管局2023年度法治政府建设工作报告", sign_off="浙江省市场监督管理局"), "浙江省市场监督管理局"),
    ("…and a province's department called by its level", _report("省市场监管局2023年法治政府建设年度报告",
                                                                 header="江苏省市场监督管理局"), "江苏省市场监督管理局"),
    ("…an autonomous region's too", _report("自治区市场监管局2023年度法治政府建设情况报告",
                                          header="宁夏回族自治区市场监督管理局"), "宁夏回族自治区市场监督管理局"),
    ("a county's bureau spells out no city's called by its level (the county's page names no city's bureau)",
     _report("市司法局2023年法治政府建设年度报告", header="雁川市青禾县司法局"), None),
    ("a letterhead of another body the title's opens leaves the title's",
     _report("青禾县人民政府2023年法治政府建设年度报告", header="青禾县人民政府办公室"), "青禾县人民政府"),
    ("a letterhead naming another body leaves the title's",
     _report("市场监管总局2023年法治政府建设年度报告", header="国家知识产权局"), "市场监管总局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), SPELLED_OUT, ids=[c[0] for c in SPELLED_OUT])
def test_a_short_name_is_spelled_out_by_the_page(case, text, expected):
    assert read(text, "issuer") == expected


def test_a_national_report_names_no_place():
    assert read(_report("海关总署2023年法治政府建设年度报告"), "region") == (None, None, None)

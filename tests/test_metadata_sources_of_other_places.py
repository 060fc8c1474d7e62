"""A 来源 line or a portal's letterhead naming the body of a place holding the one a yearly report's title opens with
(来源:某市司法局, 某省人民政府 over 某县2023年…报告) names the site that posted it, not its author: the report's own body
(its opening's subject, its sign-off) issues it, and none when it names none. A body of the title's place, or over a
title naming none, is the issuer; so is one of a place unrelated to it, and a case's contributor (供稿单位).

Every text below is written for these tests; the places' bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("2023年,全县坚持以习近平法治思想为指导,全年办理行政复议案件36件,行政机关负责人出庭应诉率100%。\n一、主要举措\n"
         "(一)加强组织领导。全年召开专题会议3次。\n")
_OPENING_BODY = "2023年,石门县人民政府坚持依法行政,全年办理行政复议案件36件。\n一、主要举措\n(一)加强组织领导。\n"

SOURCES = [
    ("a city's bureau over a county's report", "石门县2023年法治政府建设情况报告\n来源:常德市司法局\n" + _BODY, None),
    ("…on the page's date line above the title",
     "来源:常德市司法局  发布时间:2024-03-20\n石门县2023年法治政府建设情况报告\n" + _BODY, None),
    ("…a province's department", "东阳市2023年法治政府建设年度报告\n来源:浙江省司法厅\n" + _BODY, None),
    ("…the county's government the opening's subject",
     "石门县2023年法治政府建设情况报告\n来源:常德市司法局\n" + _OPENING_BODY, "石门县人民政府"),
    ("…the county's government signing it",
     "石门县2023年法治政府建设情况报告\n来源:常德市司法局\n" + _BODY + "石门县人民政府\n2024年3月1日\n", "石门县人民政府"),
    ("the county's bureau", "石门县2023年法治政府建设情况报告\n来源:石门县司法局\n" + _BODY, "石门县司法局"),
    ("…its city's name before it", "石门县2023年法治政府建设情况报告\n来源:常德市石门县司法局\n" + _BODY, "常德市石门县司法局"),
    ("…by its level", "石门县2023年法治政府建设情况报告\n来源:县司法局\n" + _BODY, "石门县司法局"),
    ("a place unrelated to the title's", "石门县2023年法治政府建设情况报告\n来源:东阳市司法局\n" + _BODY, "东阳市司法局"),
    ("a case study's contributor", "石门县化解行政争议的经验做法\n供稿单位:常德市司法局\n近年来,石门县坚持…。\n",
     "常德市司法局"),
    ("a title naming no place", "2023年法治政府建设情况报告\n来源:常德市司法局\n" + _BODY, "常德市司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), SOURCES, ids=[c[0] for c in SOURCES])
def test_a_source_of_another_place_is_not_the_reports_issuer(case, text, expected):
    assert read(text, "issuer") == expected


def test_the_report_keeps_its_own_place():
    assert read("石门县2023年法治政府建设情况报告\n来源:常德市司法局\n" + _BODY, "county") == "石门县"


PORTALS = [
    ("a province's government heading its portal", "湖南省人民政府\n首页 > 市州动态\n石门县2023年法治政府建设情况报告\n" + _BODY,
     None),
    ("…a city's", "常德市人民政府\n石门县2023年法治政府建设情况报告\n" + _BODY, None),
    ("…its site's name", "湖南省人民政府网\n首页 > 市州动态\n石门县2023年法治政府建设情况报告\n" + _BODY, None),
    ("…the county's own government", "石门县人民政府\n首页 > 政务公开\n石门县2023年法治政府建设情况报告\n" + _BODY, "石门县人民政府"),
    ("…over a title naming no place", "湖南省人民政府\n2023年法治政府建设情况报告\n" + _BODY, "湖南省人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), PORTALS, ids=[c[0] for c in PORTALS])
def test_a_portals_body_of_another_place_over_the_title_is_not_its_issuer(case, text, expected):
    assert read(text, "issuer") == expected


def test_the_portals_province_keeps_the_titles_county():
    text = "湖南省人民政府网\n首页 > 市州动态\n石门县2023年法治政府建设情况报告\n" + _BODY
    assert read(text, "region") == ("湖南省", "常德市", "石门县")

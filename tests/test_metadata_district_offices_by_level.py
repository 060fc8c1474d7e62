"""A city bureau's office in a district, named in an opening after the bureau by its level alone (2024年,市交通运输局
宝安管理局坚持…; 市公安局福田分局…): the office is the body the opening speaks of; the region completes the bureau's level
with its city, the office's name kept whole (深圳市交通运输局宝安管理局), not cut back to its city's bureau. A bureau by its
level alone, no office after it, is the bureau, as before; an office whose place is not known names no body.

A title naming such an office after its bureau in full, before the year (深圳市某局深汕管理局2024年…), names the office,
its place known or not.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = ("现将本局2024年度法治政府建设情况报告如下:\n一、主要举措和成效\n"
         "(一)加强组织领导。全年召开局务会议十次,研究法治建设工作。\n")

CASES = [
    ("an office by its place's short name", "2024年,市交通运输局宝安管理局深入贯彻上级部署,扎实推进法治建设。" + _REST,
     "深圳市交通运输局宝安管理局"),
    ("a police branch", "2024年,市公安局福田分局坚持依法履职,扎实推进法治公安建设。" + _REST, "深圳市公安局福田分局"),
    ("a branch by its place's full name", "2024年,市生态环境局坪山区管理局坚持依法履职,扎实推进法治建设。" + _REST,
     "深圳市生态环境局坪山区管理局"),
    ("a market regulator's office", "2024年,市市场监督管理局罗湖监管局坚持依法履职,扎实推进法治建设。" + _REST,
     "深圳市市场监督管理局罗湖监管局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_city_bureau_s_district_office_is_the_body(case, text, expected):
    assert read(text, "issuer") == expected


NEIGHBOURS = [
    # the bureau by its level, the place named later: the bureau completed as before
    ("a bureau by its level alone", "2024年,区司法局坚持依法履职,推进“法治坪山”建设。" + _REST, "坪山区司法局"),
    # an office whose place's short name several districts share (南山区 of 深圳 and of 鹤岗): no body named
    ("an office of a place not known", "2024年,市交通运输局南山管理局深入贯彻上级部署,扎实推进法治建设。" + _REST, None),
    # the bureau, then its work in a district: no office named
    ("a bureau working in a district", "2024年,市公安局坚持在福田辖区开展专项行动,扎实推进法治公安建设。" + _REST, None),
    # the city's bureau, then a district's bureau with it (no office of the bureau's: 分局, 管理局, 监管局): the city's
    ("a district's bureau beside the city's", "2024年,市司法局罗湖区司法局联合开展宪法宣传周活动,扎实推进法治建设。"
     + _REST, "深圳市司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), NEIGHBOURS, ids=[c[0] for c in NEIGHBOURS])
def test_a_bureau_without_an_office_after_it_keeps_its_reading(case, text, expected):
    assert read(text, "issuer") == expected


_BODY = "2024年,我局深入推进依法行政,全年召开局务会议十次。\n一、主要举措和成效\n(一)加强组织领导。\n"

TITLES = [
    # an office whose place's short name is known as none (a zone's: 深汕), named after its bureau before the year
    ("an office of a zone", "深圳市规划和自然资源局深汕管理局2024年法治政府建设年度报告\n" + _BODY, "深圳市规划和自然资源局深汕管理局"),
    ("a police bureau's traffic office", "临泉县公安局交通管理局2024年法治政府建设情况报告\n" + _BODY, "临泉县公安局交通管理局"),
    # neighbours: the bureau alone before 关于 or the year keeps its name
    ("a bureau before 关于", "临泉县公安局关于2024年度法治政府建设情况的报告\n" + _BODY, "临泉县公安局"),
    ("a bureau before its year", "临泉县市场监督管理局2024年度法治政府建设情况报告\n" + _BODY, "临泉县市场监督管理局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_a_title_s_office_after_its_bureau_is_the_author(case, text, expected):
    assert read(text, "issuer") == expected

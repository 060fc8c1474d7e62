"""A city bureau's office in a district, named in an opening after the bureau by its level alone (2024年,市交通运输局
宝安管理局坚持…; 市公安局福田分局…): the office is the body the opening speaks of; the region completes the bureau's level
with its city, the office's name kept whole (深圳市交通运输局宝安管理局), not cut back to its city's bureau. A bureau by its
level alone, no office after it, is the bureau, as before; an office whose place is not known names no body.

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
]


@pytest.mark.parametrize(("case", "text", "expected"), NEIGHBOURS, ids=[c[0] for c in NEIGHBOURS])
def test_a_bureau_without_an_office_after_it_keeps_its_reading(case, text, expected):
    assert read(text, "issuer") == expected

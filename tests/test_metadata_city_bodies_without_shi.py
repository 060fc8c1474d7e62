"""A yearly report whose opening names its author after its city's short name without 市 (烟台司法局坚持…, as
烟台市司法局坚持… would) is that body's; the city alone (烟台坚持…), a county's short name (岳池司法局) or a city's short
name that is an everyday word (合作 of 合作交流办公室) names no author. So is a title opening with such a body before its
year (潍坊人力资源和社会保障局2023年…报告), its name as written; a headline on it (…纪实) names none.

Every sentence below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = "坚持以法治思想为指导,统筹推进法治政府建设。现将有关情况报告如下:\n一、主要举措和成效\n全年审查规范性文件十二件。\n"

CASES = [
    ("a city's bureau without 市", "2023年,烟台司法局" + _REST, "烟台司法局"),
    ("…a department named with 和", "2022年以来,烟台人力资源和社会保障局" + _REST, "烟台人力资源和社会保障局"),
    ("the city alone", "2023年,烟台" + _REST, None),
    ("a county's short name", "2023年,岳池司法局" + _REST, None),
    ("a city's short name that is an everyday word", "2023年,合作交流办公室" + _REST, None),
]


_UNDER = "\n2023年,我局坚持以法治思想为指导,统筹推进法治政府建设。\n"
TITLES = [
    ("a title opening with a city's bureau without 市", "潍坊司法局2023年法治政府建设情况报告" + _UNDER, "潍坊司法局"),
    ("…a department named with 和", "潍坊人力资源和社会保障局2023年度法治政府建设工作报告" + _UNDER,
     "潍坊人力资源和社会保障局"),
    ("…before 关于", "潍坊自然资源和规划局关于2023年度法治政府建设情况的报告" + _UNDER, "潍坊自然资源和规划局"),
    ("a headline on such a body", "潍坊司法局推进法治政府建设纪实" + _UNDER, None),
    ("a title opening with the city alone", "潍坊2023年法治政府建设情况报告" + _UNDER, None),
    ("…with a county's short name", "岳池司法局2023年法治政府建设情况报告" + _UNDER, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES + TITLES, ids=[c[0] for c in CASES + TITLES])
def test_city_bodies_without_shi(case, text, expected):
    assert read(text, "issuer") == expected


def test_the_city_is_the_region():
    assert read("2023年,烟台司法局" + _REST, "region") == ("山东省", "烟台市", None)

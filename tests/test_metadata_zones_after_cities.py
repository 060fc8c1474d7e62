"""A city's zone named after a landmark its name shares with another city's district (武汉东湖高新区, 武汉东湖新技术开发区:
the lake's, no 东湖区 of 南昌) places the report at the city its name follows: a county's short name right after a city's
or a province's name that holds no such county names no county. A county's short name after its own city's is that
county (南京江宁, 长沙岳麓); a city's zone is placed at its city (成都高新区, 西安高新区), a national new area as
customary.tsv lists it (西咸新区: 陕西省; 天府新区 after 成都: 成都市).

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "2023年,全区深入推进依法行政,审查规范性文件12件。\n"

CASES = [
    ("a city's zone named after a lake", "武汉东湖高新区2023年法治政府建设情况报告\n" + _BODY, ("湖北省", "武汉市", None)),
    ("…its full name", "武汉东湖新技术开发区管委会关于2023年度法治政府建设情况的报告\n" + _BODY, ("湖北省", "武汉市", None)),
    ("a province's name before a county's short name it does not hold",
     "湖北东湖高新区2023年法治政府建设工作总结\n" + _BODY, ("湖北省", None, None)),
    ("a county's short name after its city's", "南京江宁2023年法治政府建设情况报告\n" + _BODY, ("江苏省", "南京市", "江宁区")),
    ("…another", "长沙岳麓2023年法治政府建设情况报告\n" + _BODY, ("湖南省", "长沙市", "岳麓区")),
    ("a city's high-tech zone", "成都高新区2023年法治政府建设情况报告\n" + _BODY, ("四川省", "成都市", None)),
    ("a national new area across two cities", "西咸新区2023年度法治政府建设工作报告\n" + _BODY, ("陕西省", None, None)),
    ("…after one of them", "成都天府新区2023年法治政府建设情况报告\n" + _BODY, ("四川省", "成都市", None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_zones_after_cities(case, text, expected):
    assert read(text, "region") == expected

"""A city bureau's office in a district, named after the bureau by the district's short name and 监管局 or 管理局
(某市市场监督管理局某某监管局, 某市规划和自然资源局某某管理局), is one body, as a branch (…分局) is: the office authors
its own yearly report, and its district places it. A bureau's verb and an office it works with (…局联合某某管理局)
name the bureau alone, and a short name before 管理局 after no bureau places nothing.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("坚持以习近平法治思想为指导,全面推进依法行政。现将有关情况报告如下:\n"
         "一、主要举措和成效\n(一)加强组织领导。全年召开专题会议六次。\n")

CASES = [
    ("a market office after its city bureau", "深圳市市场监督管理局南山监管局2024年法治政府建设年度报告\n" + _BODY,
     "深圳市市场监督管理局南山监管局", ("广东省", "深圳市", "南山区")),
    ("a planning office after its city bureau", "深圳市规划和自然资源局罗湖管理局2023年度法治政府建设工作报告\n" + _BODY,
     "深圳市规划和自然资源局罗湖管理局", ("广东省", "深圳市", "罗湖区")),
    ("an environment office after its city bureau", "深圳市生态环境局坪山管理局2022年法治政府建设年度报告\n" + _BODY,
     "深圳市生态环境局坪山管理局", ("广东省", "深圳市", "坪山区")),
    ("the city bureau itself", "深圳市市场监督管理局2024年法治政府建设年度报告\n" + _BODY,
     "深圳市市场监督管理局", ("广东省", "深圳市", None)),
    ("a bureau working with an office", "2024年,深圳市生态环境局联合坪山管理局开展执法检查,全年办理案件三十件。\n" + _BODY,
     "深圳市生态环境局", ("广东省", "深圳市", None)),
]


@pytest.mark.parametrize(("case", "text", "issuer", "region"), CASES, ids=[c[0] for c in CASES])
def test_a_city_bureaus_district_office_is_one_body(case, text, issuer, region):
    assert (read(text, "issuer"), read(text, "region")) == (issuer, region)


def test_a_short_name_before_an_office_after_no_bureau_places_nothing():
    text = "2024年,市公安局会同东湖管理局开展巡查,全年处置警情二十起。\n" + _BODY
    assert read(text, "region") == (None, None, None)

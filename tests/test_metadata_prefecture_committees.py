"""A 地区's party committee, named by the prefecture's short name and 地委 (中共和田地委, 中共塔城地委, 和田地委), places
the report at its prefecture, in its title or its sign-off, with 中共 before the name as before a county's; a short name
opening with 和 (和田) opens the committee's name as any other does, alone or joined to the 行政公署 it reports with
(中共和田地委 和田地区行政公署关于…: the government is the author), in a title or a sign-off, on one line or on two
(a county's holding 和 too: 中共和静县委 和静县人民政府). 当地委托 names no place.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "2023年,全地区坚持以法治思想为指导,受理行政复议案件35件,审结33件。\n"
_HOTAN = ("新疆维吾尔自治区", "和田地区", None)
_TACHENG = ("新疆维吾尔自治区", "塔城地区", None)

REGIONS = [
    ("a committee opening the title", "中共和田地委2023年法治政府建设情况报告\n" + _BODY, _HOTAN),
    ("…another prefecture's", "中共塔城地委2023年度法治政府建设工作报告\n" + _BODY, _TACHENG),
    ("…without 中共", "和田地委2023年法治政府建设情况报告\n" + _BODY, _HOTAN),
    ("a committee's sign-off under an untitled year", "2023年度法治政府建设情况报告\n" + _BODY + "中共和田地委\n2024年1月20日\n",
     _HOTAN),
    ("no place named beside a 委托", "2023年度法治政府建设情况报告\n2023年,当地委托律师开展合法性审查10件。\n",
     (None, None, None)),
]

ISSUERS = [
    ("a committee holding 和 opening the title", "中共和田地委2023年法治政府建设情况报告\n" + _BODY, "中共和田地委"),
    ("a joint title: the 行政公署", "中共和田地委 和田地区行政公署关于2023年度法治政府建设情况的报告\n" + _BODY,
     "和田地区行政公署"),
    ("a joint sign-off on one line: the 行政公署", "关于2023年度法治政府建设情况的报告\n" + _BODY
     + "中共和田地委 和田地区行政公署\n2024年1月25日\n", "和田地区行政公署"),
    ("…joined by 、", "关于2023年度法治政府建设情况的报告\n" + _BODY + "中共和田地委、和田地区行政公署\n2024年1月25日\n",
     "和田地区行政公署"),
    ("…on two lines", "关于2023年度法治政府建设情况的报告\n" + _BODY + "中共和田地委\n和田地区行政公署\n2024年1月25日\n",
     "和田地区行政公署"),
    ("a county's holding 和", "关于2023年度法治政府建设情况的报告\n" + _BODY + "中共和静县委 和静县人民政府\n2024年1月25日\n",
     "和静县人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), REGIONS, ids=[c[0] for c in REGIONS])
def test_prefecture_committees_place_the_report(case, text, expected):
    assert read(text, "region") == expected


@pytest.mark.parametrize(("case", "text", "expected"), ISSUERS, ids=[c[0] for c in ISSUERS])
def test_prefecture_committees_and_offices_issue_it(case, text, expected):
    assert read(text, "issuer") == expected

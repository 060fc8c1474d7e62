"""An edition's year in a title (某指标体系(2021年版), …办法(2024年修订版)) is no year the text reports on; a report's year in
brackets (…年度报告(2024年度)) is.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n为规范示范创建工作,修订形成本指标体系,作为开展示范创建活动的评估标准。\n一、政府职能依法全面履行\n"

CASES = [
    ("an edition's year", "市县法治政府建设示范指标体系(2021年版)" + _BODY, None),
    ("…a revised edition's", "青禾县行政执法考评办法(2024年修订版)" + _BODY, None),
    ("a report's year in brackets", "青禾县法治政府建设年度报告(2024年度)\n2024年,全县坚持依法行政。现将有关情况报告如下:\n一、主要举措\n",
     2024),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_editions_year_is_no_report_year(case, text, expected):
    assert read(text, "report_year") == expected

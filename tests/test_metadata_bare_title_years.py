"""A title's year written without 年 right before the work it names (某街道2024法治政府建设年度报告): the year the report is on,
and a town or a street office named before it authors the report, as before 2024年.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_OPENING = "今年以来,街道在区委、区政府的领导下,认真贯彻落实上级部署,现将有关情况报告如下:\n一、主要举措和成效\n(一)加强组织领导。\n"

BARE_YEARS = [
    ("a year before 法治 in the title", "白沙街道2024法治政府建设年度报告\n" + _OPENING, "report_year", 2024),
    ("…its town authors the report", "白沙街道2024法治政府建设年度报告\n" + _OPENING, "author", "白沙街道"),
    ("a year before 依法行政", "白沙镇2023依法行政工作报告\n" + _OPENING, "report_year", 2023),
    ("a number before other words is no year", "白沙街道2024平安建设情况报告\n" + _OPENING, "report_year", None),
    ("…nor does the town before it author the report by it", "白沙街道2024平安建设情况报告\n" + _OPENING, "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), BARE_YEARS, ids=[c[0] for c in BARE_YEARS])
def test_a_year_without_its_word_in_a_title(case, text, field, expected):
    assert read(text, field) == expected

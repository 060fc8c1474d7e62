"""A zone run as one with a district names the district in brackets after it (高新区(新市区)人民政府): the body's name holds
both; a bracket after a body that names no district (某县司法局(2024年度)) is no part of a place.

Every text below is written for these tests; the figures are made up (the district that must resolve is real).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n2024年,区人民政府坚持依法全面履行政府职能。现将有关情况报告如下:\n一、巩固提升依法履职水平\n全年组织学法14次。\n"

CASES = [
    ("a zone and its district", "高新区(新市区)人民政府2024年法治政府建设工作报告" + _BODY, "issuer", "高新区(新市区)人民政府"),
    ("…placed by the district", "高新区(新市区)人民政府2024年法治政府建设工作报告" + _BODY, "county", "新市区"),
    ("a year in brackets after a body", "青禾县司法局(2024年度)法治政府建设工作报告" + _BODY, "issuer", "青禾县司法局"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_zone_and_its_district(case, text, field, expected):
    assert read(text, field) == expected

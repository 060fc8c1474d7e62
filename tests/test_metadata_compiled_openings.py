"""Issuers of disclosure reports whose opening says which body compiled them (…条例》,某市公安局编制完成2024年政府信息
公开年度报告), as it says so with 编制了 or 由…编制.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n一、总体情况\n2024年,全年主动公开政府信息八十条,办理依申请公开事项七件。\n"

COMPILED = [
    ("a bureau that compiled the report (编制完成) is its issuer",
     "根据《中华人民共和国政府信息公开条例》,青禾市公安局编制完成2024年政府信息公开年度报告,本报告所列数据的统计期限自"
     "2024年1月1日起至2024年12月31日止。" + _BODY, "青禾市公安局"),
    ("…as one that compiled it (编制了)",
     "根据《中华人民共和国政府信息公开条例》,青禾市公安局编制了2024年政府信息公开年度报告,本报告所列数据的统计期限自"
     "2024年1月1日起至2024年12月31日止。" + _BODY, "青禾市公安局"),
    ("no body's name before 编制完成 names none",
     "根据《中华人民共和国政府信息公开条例》,全市各部门编制完成2024年政府信息公开年度报告,本报告所列数据的统计期限自"
     "2024年1月1日起至2024年12月31日止。" + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), COMPILED, ids=[c[0] for c in COMPILED])
def test_the_body_an_opening_says_compiled_the_report_issues_it(case, text, expected):
    assert read(text, "issuer") == expected

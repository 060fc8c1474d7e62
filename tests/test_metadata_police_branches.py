"""A city's police branch called by its district's short name (青禾公安分局 for 某市公安局青禾区分局) authors its yearly
report, in the opening or the title; a count or a generic before 公安分局 (各公安分局, 辖区公安分局) names none.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = "现将2024年法治政府建设情况报告如下:\n一、主要举措和成效\n全年办理行政复议案件12件。\n"

CASES = [
    ("a branch by its district's short name opens the report",
     "2024年,青禾公安分局在区委区政府的坚强领导下,坚持依法行政。" + _REPORT, "青禾公安分局"),
    ("…or heads its title", "青禾公安分局关于2024年度法治政府建设情况的报告\n2024年,分局坚持依法行政。" + _REPORT, "青禾公安分局"),
    ("every branch is no author", "2024年,各公安分局在区委区政府的坚强领导下,坚持依法行政。" + _REPORT, None),
    ("the area's branch is no author", "2024年,辖区公安分局在区委区政府的坚强领导下,坚持依法行政。" + _REPORT, None),
    ("a count of branches is no author", "2024年,两个公安分局在区委区政府的坚强领导下,坚持依法行政。" + _REPORT, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_police_branch_by_short_name(case, text, expected):
    assert read(text, "issuer") == expected

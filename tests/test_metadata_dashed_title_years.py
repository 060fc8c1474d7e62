"""A title's year after a dash that follows its body's name (某局——2024年度…报告, 某局—2024年…总结) is the year reported
on, as it is right after the name; a dash between two years (2021—2025年, 2021——2025年) still ends a span, no year.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "坚持依法行政,各项工作取得新成效。现将有关情况报告如下:\n一、主要举措和成效\n全年审查规范性文件六件。\n"

CASES = [
    ("a double dash after the body", "石门县应急管理局——2024年度法治政府建设工作报告\n", 2024),
    ("a single dash after the body", "石门县应急管理局—2024年法治政府建设工作总结\n", 2024),
    ("a span's end after a dash", "石门县法治政府建设实施方案（2021—2025年）\n", None),
    ("…after a double dash", "石门县法治政府建设规划2021——2025年\n", None),
]


@pytest.mark.parametrize(("case", "title", "year"), CASES, ids=[c[0] for c in CASES])
def test_a_year_after_a_dash(case, title, year):
    assert read(title + _BODY, "report_year") == year

"""A title opening with its year, then a place's short name (2022年度南宁高新区法治政府建设工作报告, 2023年泰安法治政府
建设工作报告), names that place as the title opening with the name does (南宁高新区2022年度…): the year is no word the
name runs on from. Not an everyday word after the year (2023年平安建设工作报告, 2023年和平街道…: no 平安区, no 和平县), nor the
whole prefecture's call (2023年全州…: no 全州县).

Every title and sentence below is written for these tests; the work is made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n一、主要工作\n全年审查规范性文件十二件,我区坚持依法行政。\n"

CASES = [
    ("a zone after the title's year", "2022年度南宁高新区法治政府建设工作报告" + _BODY, ("广西壮族自治区", "南宁市", None)),
    ("…the zone's name first, as before", "南宁高新区2022年度法治政府建设工作报告" + _BODY,
     ("广西壮族自治区", "南宁市", None)),
    ("…another zone's kind", "2023年柳州经开区法治政府建设情况报告" + _BODY, ("广西壮族自治区", "柳州市", None)),
    ("a city's short name after the year", "2023年泰安法治政府建设工作报告" + _BODY, ("山东省", "泰安市", None)),
    ("an everyday word after the year", "2023年平安建设工作报告" + _BODY, (None, None, None)),
    ("…a street named by one", "2023年和平街道法治政府建设工作报告" + _BODY, (None, None, None)),
    ("the whole prefecture's call", "2023年全州法治政府建设工作报告" + _BODY, (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_short_names_after_a_title_year(case, text, expected):
    assert read(text, "region") == expected

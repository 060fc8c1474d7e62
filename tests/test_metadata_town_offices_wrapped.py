"""A title whose town's or street's office is cut by the line's end (某区人民政府某某街道 / 办事处2023年…报告, 某县某某镇 /
人民政府2024年…报告) is one title, read as one line: the office in full is its issuer, not the district's government its
first line closes on.

Every text below is written for these tests; the places and the figures are made up (重庆市 is real, as the division list
must know it).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "2023年,街道坚持依法行政。现将有关情况报告如下:\n一、主要举措\n全年审核合同协议26份。\n"

CASES = [
    ("a street office after its district's government",
     "重庆市青禾区人民政府白石街道\n办事处2023年法治政府建设年度报告\n" + _BODY,
     "重庆市青禾区人民政府白石街道办事处2023年法治政府建设年度报告", "重庆市青禾区人民政府白石街道办事处"),
    ("a town's government after its county",
     "青禾县白石镇\n人民政府2023年法治政府建设年度报告\n" + _BODY,
     "青禾县白石镇人民政府2023年法治政府建设年度报告", "青禾县白石镇人民政府"),
]


@pytest.mark.parametrize(("case", "text", "title", "issuer"), CASES, ids=[c[0] for c in CASES])
def test_a_title_cut_inside_the_office(case, text, title, issuer):
    assert read(text, "title") == title
    assert read(text, "issuer") == issuer


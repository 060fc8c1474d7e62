"""A page's date line setting the date before its publisher (2025-03-12 某县人民政府, 2025年03月12日 某县司法局) dates the page,
as one setting the body first does; and a portal's 发布时期 label is its 发布日期.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "石门县司法局2024年法治政府建设年度报告\n"
_BODY = "2024年,县司法局坚持依法行政,现将有关情况报告如下:\n一、主要举措和成效\n(一)加强组织领导。全年召开专题会议三次。\n"

CASES = [
    ("a dashed date before the body", _TITLE + "2025-03-12 石门县人民政府\n" + _BODY, "2025-03-12"),
    ("a date in words before the body", _TITLE + "2025年03月12日 石门县司法局\n" + _BODY, "2025-03-12"),
    ("…above the title", "2025-03-12 石门县司法局\n" + _TITLE + _BODY, "2025-03-12"),
    ("a date opening a sentence dates no page",
     _TITLE + _BODY + "2025年3月12日 石门县司法局召开全县推进会,部署全年工作。\n", None),
    ("the 发布时期 label", _TITLE + "发布时期:2025-03-12\n" + _BODY, "2025-03-12"),
    ("…not the words in a sentence", _TITLE + _BODY + "本报告的发布时期为2025年3月12日前后。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_page_date_before_its_publisher(case, text, expected):
    assert read(text, "published") == expected

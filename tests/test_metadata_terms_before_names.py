"""A body's term is no part of its name (第十届石门县人民政府关于…): the title names the government after the term; a term
inside the name (石门县第十届人民政府关于…) leaves the title naming no body, never one holding the term.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "现将我县2024年法治政府建设情况报告如下。\n一、主要举措和成效\n(一)加强组织领导。全年召开常务会议学法四次。\n"

CASES = [
    ("a term before the body's name", "第十届石门县人民政府关于2024年度法治政府建设情况的报告\n" + _BODY, "石门县人民政府"),
    ("a term inside the body's name", "石门县第十届人民政府关于2024年度法治政府建设情况的报告\n" + _BODY, None),
    ("no term", "石门县人民政府关于2024年度法治政府建设情况的报告\n" + _BODY, "石门县人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_term_is_no_part_of_a_name(case, text, expected):
    assert read(text, "issuer") == expected

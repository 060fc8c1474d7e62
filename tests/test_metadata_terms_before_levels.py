"""A body's term before its level (十九届区政府第37次常务会议: the district's government in its 19th term) opens no place,
so names no body; a place whose name opens with a numeral (十堰市) still does.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

CASES = [
    ("a government's term is no place", "十九届区政府第37次常务会议审议的有关议题解读如下:\n一、议题背景\n全年完成考核工作。\n", None),
    ("…nor with 第 before it", "第十九届区政府第37次常务会议审议的有关议题解读如下:\n一、议题背景\n全年完成考核工作。\n", None),
    ("a place opening with a numeral is one",
     "2024年,十堰市司法局坚持依法行政。现将2024年法治政府建设情况报告如下:\n一、主要举措和成效\n全年办理行政复议案件12件。\n",
     "十堰市司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_term_opens_no_place(case, text, expected):
    assert read(text, "issuer") == expected

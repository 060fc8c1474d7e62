"""A portal's stamp under a headline: the day alone on its line in square brackets ([2024-01-21], 【2024年01月21日】),
which dates the page as the same day in round brackets does; a day in brackets after a linked headline on its line
(…召开推进会 [2024-01-05]) is that item's, not the page's. Every sentence below is written for these tests; bodies
and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "丹凤县2023年法治政府建设年度报告\n"
_BODY = "2023年，县政府坚持依法行政，全年办理行政复议案件二十件。\n"

CASES = [
    ("a day in square brackets", _TITLE + "[2024-01-21]\n" + _BODY, "2024-01-21"),
    ("…with blanks inside", _TITLE + "[ 2024-01-21 ]\n" + _BODY, "2024-01-21"),
    ("…in lenticular brackets", _TITLE + "【2024-01-21】\n" + _BODY, "2024-01-21"),
    ("…written in words, full-width", _TITLE + "［2024年01月21日］\n" + _BODY, "2024-01-21"),
    # A linked headline's day on its line dates that item.
    ("a related item's day", _TITLE + _BODY + "相关阅读\n县司法局召开法治政府建设推进会 [2024-01-05]\n", None),
    ("a span of years in brackets", _TITLE + "[2021-2025]\n" + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_published(case, text, expected):
    assert read(text, "published") == expected, case

"""A report's byline stands below the page's date and source line as well as right below its title (关于…的报告 /
发布时间:… 信息来源:… / 某市司法局): the body on it authors the report; a page without a byline names none there.

Every text below is written for these tests; the names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "关于2024年度青禾市行政复议工作的报告\n\n"
_PAGE_LINE = "发布时间:2025-08-20 信息来源:市人大 作者:\n\n"
_OPENING = "2024年,全市行政复议机构认真贯彻行政复议法,现将2024年度全市行政复议工作汇报如下:\n一、基本情况\n"

CASES = [
    ("the byline below the page's line", _TITLE + _PAGE_LINE + "青禾市司法局\n\n" + _OPENING, "青禾市司法局"),
    ("…right below the title", _TITLE + "青禾市司法局\n\n" + _OPENING, "青禾市司法局"),
    ("no byline below the page's line", _TITLE + _PAGE_LINE + _OPENING, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_byline_below_the_pages_line(case, text, expected):
    assert read(text, "issuer") == expected

"""A reporters' byline closing with the day the item ran on, on its own line under the headline or run onto the
headline's line after a blank (记者 甲乙 2025年2月14日, …落地见效 记者 甲乙 通讯员 丙丁 2025-02-14 08:30): the day
dates the page, and the title is the headline alone. A byline without a day dates nothing.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾县公证服务便民举措落地见效"
_BODY = "\n本报讯 2024年,青禾县共办理行政复议案件58件,纠错率11.3%。\n"

BYLINES = [
    ("under the headline, the day in words", "\n记者 方远 2025年2月14日"),
    ("on the headline's line, two roles and a time", " 记者 方远 通讯员 林小禾 2025-02-14 08:30"),
    ("an outlet's reporter in brackets", " (青禾晚报记者 方远) 2025年2月14日"),
]


@pytest.mark.parametrize(("case", "byline"), BYLINES, ids=[c[0] for c in BYLINES])
def test_byline_day_dates_the_page(case, byline):
    text = _HEADLINE + byline + _BODY
    assert read(text, "published") == "2025-02-14"
    assert read(text, "title") == _HEADLINE


def test_byline_without_a_day_dates_nothing():
    assert read(_HEADLINE + " 记者 方远 通讯员 林小禾" + _BODY, "published") is None

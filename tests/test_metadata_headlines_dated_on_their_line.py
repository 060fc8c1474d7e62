"""A headline its page dates on its own line after a blank, the day alone (…稳步推进 2025-02-14, …稳步推进 2025年02月14日):
the title is the headline without the day, and the day dates the page. An outlet's or a body's name before the day
(某某晚报 2025-02-14, 某市人民政府办公室 2025-02-14) is the page's date line, no title.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n2024年,青禾县共办理行政复议案件58件,纠错率11.3%。\n"

TITLES = [
    ("a headline and its day with dashes", "青禾县公证服务便民举措落地见效 2025-02-14" + _BODY, "青禾县公证服务便民举措落地见效"),
    ("…the day in words", "青禾县公证服务便民举措落地见效 2025年02月14日" + _BODY, "青禾县公证服务便民举措落地见效"),
    ("an outlet's name and its day", "青禾晚报 2025-02-14" + _BODY, None),
    ("a body's name and its day", "青禾市人民政府办公室 2025-02-14" + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_headline_dated_on_its_line(case, text, expected):
    assert read(text, "title") == expected


@pytest.mark.parametrize("day", ["2025-02-14", "2025年02月14日"])
def test_headline_day_dates_the_page(day):
    assert read("青禾县公证服务便民举措落地见效 " + day + _BODY, "published") == "2025-02-14"

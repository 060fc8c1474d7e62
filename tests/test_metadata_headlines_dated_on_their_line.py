"""A headline its page dates on its own line after a blank, the day alone (…稳步推进 2025-02-14, …稳步推进 2025年02月14日):
the title is the headline without the day, and the day dates the page. An outlet's or a body's name before the day
(某某晚报 2025-02-14, 某市人民政府办公室 2025-02-14) is the page's date line, no title. A headline so dated, as one over its page's date line, is a news item's,
which names no issuer (…落地见效 2025-02-14, …落地见效 青禾晚报 2025-02-14, …落地见效 记者 甲乙 2025年2月14日); so is a
headline of two parts parted by a blank (…服务提速 便民举措落地见效 2025-02-14).

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


DATED_LINES = [
    ("the day alone", " 2025-02-14"),
    ("the day in words", " 2025年02月14日"),
    ("an outlet and the day", " 青禾晚报 2025-02-14"),
    ("a byline and the day", " 记者 方远 2025年2月14日"),
]


@pytest.mark.parametrize(("case", "tail"), DATED_LINES, ids=[c[0] for c in DATED_LINES])
def test_headline_dated_on_its_line_is_a_news_item(case, tail):
    text = "青禾县公证服务便民举措落地见效" + tail + "\n2024年,青禾县司法局共办理行政复议案件58件,纠错率11.3%。\n"
    assert read(text, "kind") == "news"
    assert read(text, "issuer") is None


def test_undated_headline_is_no_news_item():
    text = "青禾县公证服务便民举措落地见效\n2024年,青禾县司法局共办理行政复议案件58件,纠错率11.3%。\n"
    assert read(text, "kind") != "news"


@pytest.mark.parametrize("day", ["2025-02-14", "2025年2月14日"])
def test_two_part_headline_dated_on_its_line(day):
    text = "青禾县公证服务提速 便民举措落地见效 " + day + _BODY
    assert read(text, "title") == "青禾县公证服务提速 便民举措落地见效"
    assert read(text, "published") == "2025-02-14"
    assert read(text, "kind") == "news"


def test_two_part_headline_without_a_day_dates_nothing():
    assert read("青禾县公证服务提速 便民举措落地见效" + _BODY, "published") is None

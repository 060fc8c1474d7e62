"""A title keeping the year a wiki or a page tells same-named pages apart by (…工作情况的报告 (2019年), parted by a space):
the title is the name the document gives itself, without it; a document naming itself with a year in brackets set
close (…白皮书(2023年)) keeps it.

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

BODY = ("\n县人民代表大会常务委员会:\n受县人民政府委托,现将全县行政复议工作情况报告如下,请予审议。\n"
        "一、主要工作\n全县共收到行政复议申请二百一十件,依法受理一百九十件。\n")

CASES = [
    ("a page's year in brackets after a space",
     "青禾县人民政府关于全县行政复议工作情况的报告 (2019年)" + BODY, "青禾县人民政府关于全县行政复议工作情况的报告"),
    ("…after a tab", "青禾县人民政府关于全县行政复议工作情况的报告\t(2019年)" + BODY,
     "青禾县人民政府关于全县行政复议工作情况的报告"),
    ("a year the document names itself with, set close, is its name's",
     "青禾县行政审判白皮书(2023年)" + BODY, "青禾县行政审判白皮书(2023年)"),
    ("a span of years in brackets after a space is no page's year",
     "青禾县法治政府建设规划 (2021-2025年)" + BODY, "青禾县法治政府建设规划 (2021-2025年)"),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_title_without_a_page_year(name, text, expected):
    assert field(text, "title") == expected


def test_a_page_year_dates_no_report():
    """The year was the page's: the report names none (it reviews the work of recent years)."""
    text = ("青禾县人民政府关于全县行政复议工作情况的报告 (2019年)\n县人民代表大会常务委员会:\n"
            "近年来,全县共收到行政复议申请八百四十件。\n")
    assert field(text, "report_year") is None

"""A collection of cases titled over its first case's number heading (某市2023年度行政复议典型案例 / 案例一:… / 【基本案情】…):
the collection's title is the page's, with its year and its place, and the case's heading (案例一:…, 【案例1】…) is the
body's first part, as a numbered heading is; a case's heading under no collection's title (a page of one case, a
body's banner above it) is still the page's title. Every sentence below is written for these tests; bodies, parties
and figures are made up (the places that must resolve are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_COLLECTION = "商洛市2023年度行政复议典型案例\n"
_CASE = "案例一：某公司不服某局行政处罚案\n"
_FACTS = "【基本案情】2023年3月，某局对某公司作出罚款决定，该公司不服，申请行政复议。\n"

CASES = [
    ("the collection's title over its first case", _COLLECTION + _CASE + _FACTS, "title",
     "商洛市2023年度行政复议典型案例"),
    ("…its year", _COLLECTION + _CASE + _FACTS, "report_year", 2023),
    ("…its place", _COLLECTION + _CASE + _FACTS, "city", "商洛市"),
    ("a case numbered in brackets", _COLLECTION + "【案例1】某公司不服某局行政处罚案\n" + _FACTS, "title",
     "商洛市2023年度行政复议典型案例"),
    # …or over the one case it holds, labelled and unnumbered
    ("a case labelled under the collection's title",
     "商洛市“以案释法”典型案例\n案例：张某诉某镇政府行政强制案\n" + _FACTS, "title", "商洛市“以案释法”典型案例"),
    ("a case labelled alone", "案例：张某诉某镇政府行政强制案\n" + _FACTS, "title", "案例：张某诉某镇政府行政强制案"),
    # A case's heading heading its own page.
    ("a case alone", _CASE + _FACTS, "title", "案例一：某公司不服某局行政处罚案"),
    ("a case under a body's banner", "商洛市司法局\n" + _CASE + _FACTS, "title", "案例一：某公司不服某局行政处罚案"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_field(case, text, name, expected):
    assert read(text, name) == expected, case

"""A yearbook's book line naming the book in 《》 before its volume's year (《洋县年鉴》(2023), 《洋县年鉴》2023): the
book's line, as 洋县年鉴(2023) is, so the entry below is read as the yearbook's (its 【topic】 the title, its own year the
report's, the book's place its region), not the book's line as a title of the volume's year. Every sentence below is
written for these tests; bodies and figures are made up (the places that must resolve are real).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ENTRY = "【行政复议】2022年，县政府共收到行政复议申请三十件，审结二十八件。\n"

CASES = [
    ("the book in 《》, its year in brackets", "《洋县年鉴》（2023）\n" + _ENTRY, "report_year", 2022),
    ("…the entry's topic its title", "《洋县年鉴》（2023）\n" + _ENTRY, "title", "行政复议"),
    ("…the book's place", "《洋县年鉴》（2023）\n" + _ENTRY, "county", "洋县"),
    ("the book in 《》, its year bare", "《洋县年鉴》2023\n" + _ENTRY, "report_year", 2022),
    ("the book written without 《》", "洋县年鉴（2023）\n" + _ENTRY, "report_year", 2022),
    # A yearbook's entry opening with 年内 is of no year the page says, whatever volume the book line names.
    ("an entry of 年内", "《洋县年鉴》（2023）\n【行政复议】年内，县政府共收到行政复议申请三十件。\n", "report_year", None),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_field(case, text, name, expected):
    assert read(text, name) == expected, case

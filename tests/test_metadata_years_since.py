"""The year of a report opening with a span of years (2021年以来,全省…): a review of the years since then reports on
no one year, while a yearly report opening its year's work so (2023年以来,我县…), dated in that year or the season of
annual reports after it, or undated, keeps that year.

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

TITLE = "关于全县行政审判工作情况的报告\n"
BODY = "一、主要做法\n(一)强化诉源治理。推动行政争议实质化解,协调撤诉案件四十二件。\n"


def signed(date: str) -> str:
    return f"\n青禾县人民法院\n{date}\n" if date else ""


CASES = [
    ("a review dated years after its start (2021年以来 … 2024年)",
     TITLE + "2021年以来,全县法院共受理一审行政案件1 260件,审结1 198件。\n" + BODY + signed("2024年6月12日"), None),
    ("a review dated the year after its start but past the season of annual reports",
     TITLE + "2022年以来,全县法院共受理一审行政案件860件。\n" + BODY + signed("2023年8月30日"), None),
    ("an undated report opening its work since a year is that year's, as yearly reports open",
     TITLE + "2023年以来,全县法院坚持能动司法,共受理一审行政案件318件。\n" + BODY, 2023),
    ("a yearly report opening its year's work (2023年以来) dated early the next year keeps it",
     TITLE + "2023年以来,全县法院坚持能动司法,共受理一审行政案件318件。\n" + BODY + signed("2024年1月18日"), 2023),
    ("…and one dated late in that year",
     TITLE + "2023年以来,全县法院坚持能动司法,共受理一审行政案件318件。\n" + BODY + signed("2023年12月5日"), 2023),
    ("a year's opening without 以来 keeps its year whatever the date",
     TITLE + "2023年,全县法院共受理一审行政案件318件。\n" + BODY + signed("2024年6月12日"), 2023),
    ("a span counted back (近三年来) is no year",
     TITLE + "近三年来,全县法院共受理一审行政案件1 020件。\n" + BODY + signed("2024年6月12日"), None),
    ("a span between two years (2020年至2024年) is no year",
     TITLE + "2020年至2024年,全县法院共受理一审行政案件1 530件。\n" + BODY + signed("2024年6月12日"), None),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_year_of_a_report_opening_with_a_span(name, text, expected):
    assert field(text, "report_year") == expected

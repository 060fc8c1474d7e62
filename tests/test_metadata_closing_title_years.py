"""A year in brackets closing a title on its own line (青禾市行政检察工作白皮书(2023)) dates the report, as a report named
so in a lead is dated; an edition's year (…指标体系(2021年版)) dates nothing, and a body's byline under such a title is
still its author.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PAPER = ("\n前言\n行政检察是检察机关法律监督的重要组成部分。\n一、行政检察工作基本情况\n"
          "全市检察机关共受理行政诉讼监督案件320件,同比上升12%。\n")

CASES = [
    ("a white paper's year closing its title", "青禾市行政检察工作白皮书(2023)" + _PAPER, "report_year", 2023),
    ("…a blank inside the brackets", "青禾市行政审判白皮书( 2024 )" + _PAPER, "report_year", 2024),
    ("an edition's year", "青禾市法治政府建设示范指标体系(2021年版)" + _PAPER, "report_year", None),
    ("a byline under such a title", "青禾县行政审判白皮书(2023)\n青禾县人民法院" + _PAPER, "issuer", "青禾县人民法院"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_year_closing_a_title_dates_the_report(case, text, field, expected):
    assert read(text, field) == expected

"""An opening that looks back on the past year before its author (过去的一年,某县司法局坚持…; 在过去的一年里,…; 本年度,…;
自2024年以来,…) names the author
as one opening with the year does; the year it does not state stays unsaid.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = "坚持依法行政。现将有关情况报告如下:\n一、主要举措和成效\n全年办理行政复议案件12件。\n"

CASES = [
    ("the past year before the author", "过去的一年,青禾县司法局" + _REST, "issuer", "青禾县司法局"),
    ("…without 的", "过去一年,青禾县司法局" + _REST, "issuer", "青禾县司法局"),
    ("…in it", "过去一年里,青禾县司法局" + _REST, "issuer", "青禾县司法局"),
    ("…with 在 before it", "在过去的一年里,青禾县司法局" + _REST, "issuer", "青禾县司法局"),
    ("the year itself as 本年度", "本年度,青禾县司法局" + _REST, "issuer", "青禾县司法局"),
    ("a span from a year with 自", "自2024年以来,青禾县司法局" + _REST, "issuer", "青禾县司法局"),
    ("…no year stated, none read", "过去的一年,青禾县司法局" + _REST, "report_year", None),
    ("a sentence on the past year names no author", "过去的一年很不平凡,青禾县司法局" + _REST, "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_opening_on_the_past_year(case, text, field, expected):
    assert read(text, field) == expected

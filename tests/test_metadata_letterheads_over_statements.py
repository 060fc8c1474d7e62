"""An untitled report under its letterhead, opening with a short line saying what follows (石门县司法局 / 现将2024年工作情况
报告如下:): that line is the first paragraph, never a title, and the letterhead right above it names the author; a line
between them that is neither leaves the letterhead no author.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "一、主要举措和成效\n(一)加强组织领导。全年召开专题会议三次。\n"

CASES = [
    ("the letterhead over the statement", "石门县司法局\n现将2024年工作情况报告如下:\n" + _PARTS, "issuer", "石门县司法局"),
    ("…the statement is no title", "石门县司法局\n现将2024年工作情况报告如下:\n" + _PARTS, "title", None),
    ("…its year", "石门县司法局\n现将2024年工作情况报告如下:\n" + _PARTS, "report_year", 2024),
    ("a body's line over a plain paragraph", "石门县司法局\n2024年,全县共办理法律援助案件三百件。\n" + _PARTS, "issuer", None),
    ("a column's name between them", "石门县司法局\n工作动态\n现将2024年工作情况报告如下:\n" + _PARTS, "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_letterhead_over_a_statement(case, text, field, expected):
    assert read(text, field) == expected

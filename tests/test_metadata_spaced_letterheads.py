"""A letterhead spaced out letter by letter above the title (习 水 县 司 法 局 / 2024年度…报告), as a converted document sets
it, names the report's body set solid, and places the report, as such a sign-off above the date does; a spaced line that
names no body (欢 迎 访 问) names none.

Every text below is written for these tests; the figures are made up (the county that must resolve is real).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BELOW = "\n2024年度法治政府建设情况报告\n\n2024年,我局坚持依法行政。现将有关情况报告如下:\n一、主要举措和成效\n"

CASES = [
    ("a spaced letterhead names the body", "习 水 县 司 法 局" + _BELOW, "issuer", "习水县司法局"),
    ("…and places the report", "习 水 县 司 法 局" + _BELOW, "county", "习水县"),
    ("a spaced greeting names none", "欢 迎 访 问" + _BELOW, "issuer", None),
    ("a spaced sign-off names the body", _BELOW.lstrip("\n") + "全年办理行政复议案件12件。\n\n习 水 县 司 法 局\n2025年1月15日\n",
     "issuer", "习水县司法局"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_spaced_letterhead(case, text, field, expected):
    assert read(text, field) == expected

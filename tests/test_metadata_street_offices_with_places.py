"""A street office or a town named by its place alone in the title (湖滨街道2023年…报告) is issued by its office, whose name
the text spells out; the places written right before that name (某市某区湖滨街道办事处) are part of it, telling it from a
namesake elsewhere; words before it that name no place are not.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "一、主要举措和成效\n(一)深化矛盾纠纷化解。街道调委会全年调解纠纷二百件。\n"

CASES = [
    ("a publisher line with the city and district", "青石街道2023年法治政府建设工作报告\n发布机构:杭州市上城区青石街道办事处\n"
     "2023年,青石街道坚持依法行政。\n" + _BODY, "杭州市上城区青石街道办事处"),
    ("the office named in the opening alone", "青石街道2023年法治政府建设工作报告\n"
     "2023年,青石街道办事处坚持依法行政。\n" + _BODY, "青石街道办事处"),
    ("words naming no place before the office", "青石街道2023年法治政府建设工作报告\n"
     "2023年,全体干部在青石街道办事处的带领下坚持依法行政。\n" + _BODY, "青石街道办事处"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_street_office_takes_the_places_written_before_it(case, text, expected):
    assert read(text, "issuer") == expected

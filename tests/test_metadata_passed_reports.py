"""A headline telling that a body's report was passed (某县人民法院工作报告获一致通过) names the report's body, not the
item's author; the report's own title (某县人民法院2023年工作报告) names its author.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ITEM = "\n发布时间:2024-01-18\n1月18日上午,青禾县第十八届人民代表大会第三次会议听取并表决通过了有关工作报告。\n"

CASES = [
    ("a court's report passed", "青禾县人民法院工作报告获一致通过" + _ITEM, None),
    ("a government's report passed by vote", "青禾县人民政府工作报告经大会表决通过" + _ITEM, None),
    ("the court's own report", "青禾县人民法院2023年工作报告\n2023年,县法院全年受理各类案件1175件,审执结1152件。\n",
     "青禾县人民法院"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_passed_report_has_no_author_in_its_headline(case, text, expected):
    assert read(text, "issuer") == expected


KINDS = [
    ("a report passed by a high vote is no report", "青禾县人民政府工作报告以高票通过" + _ITEM, "other"),
    ("…nor one passed after review", "青禾县人民法院工作报告经大会审议通过" + _ITEM, "other"),
    ("the report itself is one", "青禾县人民法院2023年工作报告\n2023年,县法院全年受理各类案件1175件,审执结1152件。\n",
     "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), KINDS, ids=[c[0] for c in KINDS])
def test_a_passed_report_is_no_report(case, text, expected):
    assert read(text, "kind") == expected

"""A news item whose lead names, in 《》, the notice on a year's assessment it reports (印发《某省司法厅关于2023年度法律援助
案件质量评查情况的通报》,某县获评优秀): the year assessed, as a dated report named there gives its year; 通报 said of
what was done (对2023年…情况进行了通报) names no document.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "青禾县获评法律援助质量评查优秀县\n发布时间:2024-01-26 09:34\n"
_REST = "青禾县以全省第一的成绩获评优秀。近年来,县法律援助中心不断规范案件办理流程。\n"

CASES = [
    ("a notice named in its marks",
     _HEAD + "日前,省司法厅印发《某省司法厅关于2023年度法律援助案件质量评查情况的通报》," + _REST, 2023),
    ("通报 said of what was done",
     _HEAD + "日前,省司法厅对2022年度法律援助案件质量评查情况进行了通报," + _REST, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_named_notices_year(case, text, expected):
    assert read(text, "report_year") == expected

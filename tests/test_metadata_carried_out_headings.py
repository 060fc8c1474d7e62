"""An untitled text opening with its year whose first level-1 heading names the work as carried out (一、主要工作落实情况,
一、2024年重点工作落实情况) is the year's report, as one naming it done (一、工作完成情况) is; a heading on how the work is
to be carried out (一、主要工作落实措施) is none.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = ("2024年,青禾市坚持以习近平法治思想为指导,深入推进依法行政,法治政府建设取得新成效。\n{heading}\n"
           "(一)坚持党对法治建设的领导。全年召开专题会议3次。\n(二)规范行政执法行为。开展执法案卷评查2次。\n")

CASES = [
    ("the main work carried out", "一、主要工作落实情况", "annual_report"),
    ("…the year's key work", "一、2024年重点工作落实情况", "annual_report"),
    ("how the work is to be carried out is none", "一、主要工作落实措施", "other"),
]


@pytest.mark.parametrize(("case", "heading", "expected"), CASES, ids=[c[0] for c in CASES])
def test_carried_out_headings(case, heading, expected):
    assert read(_REPORT.format(heading=heading), "kind") == expected

"""An untitled text whose first part names the state of the work as a whole or as done (一、2023年工作总体情况,
一、全年工作完成情况), or that of the rule-of-law work by its name ((一)部门法治建设推进情况, 一、法治政府建设基本情况),
under an opening with its year, is the year's report, as one whose first part is 一、工作开展情况 is; a half year's
part, or another field's state (一、法治宣传教育情况), makes none.

Every sentence below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BUREAU = "2023年,青禾县公安局在县委、县政府的坚强领导下,坚持以法治思想为指导,有力维护全县社会大局稳定。\n"
_PARTS = "1.与部门职责相关的法律法规执行情况\n全年查处治安案件三百起。\n2.行政执法情况\n全年办理行政处罚案件三十件。\n"

CASES = [
    ("the rule-of-law work's progress as the first part", _BUREAU + "(一)部门法治建设推进情况\n" + _PARTS, "annual_report"),
    ("…its basic state", _BUREAU + "一、法治政府建设基本情况\n" + _PARTS, "annual_report"),
    ("the work's state as a whole", _BUREAU + "一、2023年工作总体情况\n" + _PARTS, "annual_report"),
    ("…as done", _BUREAU + "一、全年工作完成情况\n" + _PARTS, "annual_report"),
    ("a half year's progress is none", _BUREAU + "一、上半年法治建设推进情况\n" + _PARTS, "other"),
    ("another field's state is none", _BUREAU + "一、法治宣传教育情况\n" + _PARTS, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_work_state_headings(case, text, expected):
    assert read(text, "kind") == expected


def test_the_year_of_such_a_report():
    assert read(_BUREAU + "(一)部门法治建设推进情况\n" + _PARTS, "report_year") == 2023

"""An untitled text whose first part names the state of the cases handled (一、行政复议案件情况, 一、行政一审新收案件情况),
opening the text or under an opening paragraph, is an analysis of the cases, a statistics release; such a part after
a first part on the work, a titled yearly summary, or a heading run into its sentence makes none.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_OPENING = ("2023年,青禾区法治政府建设工作取得新成效,行政复议化解行政争议的主渠道作用持续发挥。\n")
_CASES = ("一、行政复议案件情况\n(一)基本情况\n2023年,区政府共收到行政复议申请310件,受理290件。\n"
          "二、被申请人情况\n被申请人为区政府部门的案件240件。\n")
_COURTS = ("2022年1-9月,全市法院共受理各类行政诉讼案件372件,与上年同期基本持平,具体情况如下:\n"
           "一、行政一审新收案件情况\n2022年1-9月,全市法院共新收一审行政案件167件。\n")

CASES = [
    ("the cases' state as the first part under an opening", _OPENING + _CASES, "kind", "statistics"),
    ("…dated by the opening's year", _OPENING + _CASES, "report_year", 2023),
    ("the new cases of part of a year under its opening", _COURTS, "kind", "statistics"),
    ("…dated by that year", _COURTS, "report_year", 2022),
    ("the cases' state as a later part is none",
     _OPENING + "一、主要工作\n全年开展执法培训五次。\n" + _CASES.replace("一、", "二、", 1).replace("二、被申请人", "三、被申请人"),
     "kind", "other"),
    ("a titled yearly summary keeps its kind",
     "2023年度青禾区行政复议工作情况\n" + _OPENING + _CASES, "kind", "annual_report"),
    ("a heading run into its sentence is none",
     _OPENING + "一、行政复议案件情况良好,全年收到行政复议申请310件。\n", "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_case_state_headings(case, text, field, expected):
    assert read(text, field) == expected

"""A title naming a body's summary or report of one year's work (某县司法局2024年工作总结) says the text is that year's
report: a case its head tells (典型案例:某公司不服…案) is part of the year's work, not a case study.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = ("2024年,县司法局坚持依法行政,各项工作取得新成效。现将有关情况总结如下:\n一、主要工作\n(一)行政复议。全年办理行政复议"
         "案件五十六件。典型案例:某公司不服县市场监管局行政处罚案,经调解双方达成和解。\n")

CASES = [
    ("a year's work summary telling a case", "石门县司法局2024年工作总结\n" + _HEAD, "annual_report"),
    ("…a year's work report", "石门县司法局2024年度依法行政工作报告\n" + _HEAD, "annual_report"),
    ("a case write-up with no year in its title", "石门县司法局复调对接工作法\n" + _HEAD, "case_study"),
    ("a notice asking for the year's summary", "关于报送2024年工作总结的通知\n" + _HEAD, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_yearly_work_title_keeps_its_cases(case, text, expected):
    assert read(text, "kind") == expected

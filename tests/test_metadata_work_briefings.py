"""A report opening by saying it reports on a year's work (现就我局2024年度法治政府建设工作汇报如下) states its year, as one
saying 现将…报告如下 does; a notice on the year's reporting task (现就做好2024年度…报告工作通知如下) states none.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "一、主要举措和成效\n(一)加强组织领导。全年召开专题会议三次。\n"

CASES = [
    ("a briefing on the year's work", "现就我局2024年度法治政府建设工作汇报如下:\n" + _PARTS, "report_year", 2024),
    ("…under an undated title", "关于法治政府建设工作情况的汇报\n现就我局2024年度法治政府建设工作汇报如下:\n" + _PARTS,
     "report_year", 2024),
    ("…which says it is a yearly report", "现就我局2024年度法治政府建设工作汇报如下:\n" + _PARTS, "kind", "annual_report"),
    ("a notice on the year's reporting task", "现就做好2024年度法治政府建设年度报告工作通知如下:\n一、报告内容\n(一)主要举措和成效。\n",
     "report_year", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_briefing_states_its_year(case, text, field, expected):
    assert read(text, field) == expected

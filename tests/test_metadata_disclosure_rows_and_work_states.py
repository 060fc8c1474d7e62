"""A disclosure box drawn as a table whose title row opens with its bar (| 标题: | …年度报告 | ||): the bars and the label are
no part of the title. An untitled body's summary whose first heading names the year's state of work (一、2022年工作情况)
is that year's report, as one naming the year's work summary is.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BOX = ("| 索引号: | 11370306/2026-001 | 文号: | 无文号 |\n| 发文日期: | 2026-01-29 | 发布机构: | 石门县司法局 |\n"
        "2025年,石门县司法局坚持依法公开,现将年度报告公布如下:\n一、总体情况\n全年主动公开信息一百二十条。\n")

_SUMMARY = ("2022年,石门县司法局坚持以习近平法治思想为指导,履职尽责,各项工作取得了新进展新成效。\n{heading}\n"
            "(一)突出政治引领。全年召开党组会议三十次。\n(二)加强队伍建设。全年培训干部二百人次。\n")

CASES = [
    ("a title row opening with its bar", "| 标题: | 石门县司法局2025年政府信息公开工作年度报告 | ||\n" + _BOX, "title",
     "石门县司法局2025年政府信息公开工作年度报告"),
    ("a heading naming the year's state of work", _SUMMARY.format(heading="一、2022年工作情况"), "kind", "annual_report"),
    ("…the work named", _SUMMARY.format(heading="一、2022年度司法行政工作情况"), "kind", "annual_report"),
    ("…not a part of the year's", _SUMMARY.format(heading="一、2022年上半年工作情况"), "kind", "other"),
    # (under a body's opening, its parts are its year's report whatever the first is named: see
    # test_metadata_untitled_body_year_reports.py; the heading alone is read here, under an area's opening)
    ("…nor a state other than the work's",
     _SUMMARY.replace("石门县司法局", "全县上下").format(heading="一、2022年基本情况"), "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_disclosure_rows_and_work_states(case, text, field, expected):
    assert read(text, field) == expected

"""A plan whose title names no year is dated by its statement of what it is made for (为做好2026年全县…工作,制定本要点;
为扎实推进2024年度…,现提出如下工作要点; 现就做好…提出如下意见; a notice's 现将《2027年…要点》印发给你们: the
plan_statement cue): the year it plans. A report telling of a plan made
(…,制定了实施方案), a plan citing a span in a title (为推进《…(2021-2025年)》落实,制定本方案) and a text that is no plan
are not so dated.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TASKS = "一、强化组织领导\n行政机关负责人出庭应诉率保持100%。\n"

YEARS = [
    ("做好 … 制定本要点", "全县依法行政工作要点\n为做好2026年全县依法行政工作,结合本县实际,制定本要点。\n" + _TASKS, 2026),
    ("扎实推进 … 提出如下要点", "法治政府建设工作要点\n为扎实推进2024年度法治政府建设,现提出如下工作要点。\n" + _TASKS,
     2024),
    ("全面推进 … 制定本方案", "司法行政工作实施方案\n为全面推进2025年司法行政各项工作,制定本方案。\n" + _TASKS, 2025),
    ("现就做好 … 提出如下意见", "依法行政工作意见\n根据上级要求,现就做好2027年全区依法行政工作提出如下意见。\n" + _TASKS,
     2027),
    ("a notice issuing it under its dated title", "全区法治政府建设工作要点\n各街道、区直各部门:\n"
     "现将《2027年全区法治政府建设工作要点》印发给你们,请认真抓好落实。\n" + _TASKS, 2027),
    ("a span cited in a title", "法治政府建设实施方案\n为推进《某市法治政府建设规划(2021-2025年)》落实,制定本方案。\n"
     + _TASKS, None),
    ("a plan told of as made", "全县依法行政工作要点\n为做好2026年全县依法行政工作,县政府制定了实施方案。\n" + _TASKS,
     None),
]


@pytest.mark.parametrize(("case", "text", "expected"), YEARS, ids=[c[0] for c in YEARS])
def test_plan_statement_dates_an_undated_plan(case, text, expected):
    assert read(text, "report_year") == expected


def test_plan_statement_does_not_date_a_summary():
    text = ("某县司法局工作总结\n2025年,我局扎实开展各项工作,全年办理法律援助案件120件。\n"
            "为做好2026年工作,制定如下工作安排。\n")
    assert read(text, "report_year") == 2025

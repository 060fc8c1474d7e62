"""A year's tasks listed or divided among bodies (…重点任务清单, …工作任务分工表, 2025年…重点任务) and a year's line of work
(…工作思路) are plans dated by the year planned for, and so is a notice issuing one (关于印发…重点任务清单的通知); an
account of how the tasks went (…重点任务完成情况) and a year's summary before the next year's line of work (…工作总结及
2025年工作思路) are the year's reports.

Every text below is written for these tests; the names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LIST = "白沙区2024年度法治政府建设重点任务清单\n发布时间:2024-03-18\n一、健全行政决策制度体系。\n二、严格规范公正文明执法。\n"
_SHARES = "青禾县2025年法治政府建设工作任务分工表\n序号 任务 牵头单位\n1 健全依法决策机制 县司法局\n"
_TASKS = "青禾县2025年法治政府建设重点任务\n一、深化行政复议体制改革。\n二、行政机关负责人出庭应诉率达到95%以上。\n"
_LINE = "青禾县司法局2025年法治政府建设工作思路\n2025年,我局将围绕以下方面开展工作:\n一、深化行政复议改革。\n青禾县司法局\n2025年1月8日\n"
_NOTICE = ("白沙区人民政府办公室关于印发白沙区2024年法治政府建设重点任务清单的通知\n各街道办事处:\n"
           "现将《白沙区2024年法治政府建设重点任务清单》印发给你们,请认真抓好落实。\n白沙区人民政府办公室\n2024年3月10日\n")

PLANS = [
    ("a year's list of tasks under a site's date line", _LIST, "kind", "plan"),
    ("…dated by the year planned for", _LIST, "report_year", 2024),
    ("a table dividing the year's tasks", _SHARES, "kind", "plan"),
    ("the year's key tasks", _TASKS, "kind", "plan"),
    ("a body's line of work for the year", _LINE, "kind", "plan"),
    ("…dated by the year planned for", _LINE, "report_year", 2025),
    ("a notice issuing a list of tasks", _NOTICE, "kind", "plan"),
    ("an account of how the tasks went is the year's report",
     ("青禾县2023年法治政府建设重点任务完成情况\n2023年,全县法治政府建设重点任务全部完成,全年新收行政复议案件52件。\n"
     "一、主要成效\n二、存在问题\n青禾县司法局\n2024年1月9日\n"), "kind", "annual_report"),
    ("a year's summary before the next year's line of work is the year's report",
     ("青禾县司法局2024年工作总结及2025年工作思路\n2024年,县司法局全年办理法律援助案件330件。\n一、2024年工作总结\n"
     "二、2025年工作思路\n青禾县司法局\n2025年1月6日\n"), "report_year", 2024),
    ("a notice of a meeting on the tasks is none",
     "关于召开2024年法治政府建设重点任务推进会的通知\n各街道办事处:\n定于3月12日召开推进会。\n", "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), PLANS, ids=[c[0] for c in PLANS])
def test_a_years_tasks(case, text, field, expected):
    assert read(text, field) == expected


# A plan opening with the year it reviews before the one it plans for (2024年,我局取得…。2025年,我局将…) is dated by the
# year planned for, or by none where that year goes unnamed (…。明年,我局将…); one opening with the year it plans for keeps it.
_PLAN = "青禾县司法局工作计划\n{opening}\n一、深化行政复议改革。\n青禾县司法局\n2024年12月20日\n"
OPENINGS = [
    ("the year planned for after the year reviewed", "2024年,我局取得了一定成绩。2025年,我局将重点做好以下工作:", 2025),
    ("the next year unnamed", "2024年,我局取得了一定成绩。明年,我局将重点做好以下工作:", None),
    ("the year planned for opening the plan", "2025年全县法治政府建设工作的总体要求是:坚持依法行政。", 2025),
]


@pytest.mark.parametrize(("case", "opening", "expected"), OPENINGS, ids=[c[0] for c in OPENINGS])
def test_a_plans_opening_year(case, opening, expected):
    assert read(_PLAN.format(opening=opening), "report_year") == expected

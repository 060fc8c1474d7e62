"""A top-level part on the problems and the next steps, split into its two halves."""

from __future__ import annotations

from lawreport import extract


def test_the_halves_of_a_part_on_problems_and_next_steps_are_no_measures():
    """二、存在的问题及下一步打算 split into (一)存在的问题 and (二)下一步打算: each half names a kind of part, as its
    parent does; a heading naming a plan in a part on the plans alone ((一)完善年度学法计划) is a measure."""
    record = extract("白川县2024年法治政府建设情况报告\n"
                     "一、主要工作\n"
                     "（一）强化组织领导。全年召开法治建设专题会议4次。\n"
                     "二、存在的问题及下一步工作打算\n"
                     "（一）存在的问题\n"
                     "基层执法力量不足，专业人员短缺。\n"
                     "（二）下一步工作打算\n"
                     "持续深化行政复议改革，行政复议纠错率控制在8%以内。\n"
                     "三、2025年工作计划\n"
                     "（一）完善年度学法计划\n"
                     "制定领导干部年度学法清单，全年集中学法不少于4次。\n")
    assert [i.title for i in record.initiatives] == ["强化组织领导", "持续深化行政复议改革", "完善年度学法计划"]

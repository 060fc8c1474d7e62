"""A rate's label, then 完成 (超额完成, 圆满完成) before its figure: the verb joins the label to the figure as 实现 does,
a target where target words follow it (出庭应诉率完成93%的年度目标,达到97.6%; 调解成功率超额完成97%的目标任务), else the
level (调解成功率完成了98.4%). Both figures were lost.

Every sentence here is written for the test.
"""

from __future__ import annotations

from lawreport import extract

REPORT = "石门县司法局2024年法治政府建设工作报告\n一、主要成效\n"


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(REPORT + text).metrics)


def test_a_target_completed_then_the_level():
    assert facts("全县行政机关负责人出庭应诉率完成93%的年度目标，达到97.6%。\n") == [
        ("head_appearance_rate", 93, 2024, True), ("head_appearance_rate", 97.6, 2024, False)]


def test_a_target_beaten():
    assert facts("全县人民调解成功率超额完成97%的目标任务。\n") == [("mediation_success_rate", 97, 2024, True)]


def test_a_level_completed():
    assert facts("本区人民调解成功率完成了98.4%。\n") == [("mediation_success_rate", 98.4, 2024, False)]


def test_a_completion_rate_s_own_label_reads_no_headline():
    assert facts("全县行政复议案件办结率完成100%。\n") == []
    assert [(r.label, r.value) for r in extract(REPORT + "全县行政复议案件办结率完成100%。\n").rates] == [
        ("行政复议案件办结率", 100)]

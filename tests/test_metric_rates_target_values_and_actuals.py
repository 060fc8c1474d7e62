"""A rate's target value and its actual level said after its label (出庭应诉率目标值为92%,实际为97.3%; 纠错率目标值11%,
实际达到13.5%; 调解成功率实际上达到98.4%): 目标值 right after a rate's label names the figure the rate's target, as
目标 and 控制目标 do, and 实际 (实际上, 实际值) joins a label to its level as a verb does. The target was read as a level
and the actual level was lost, or the level alone was lost (出庭应诉率(目标值92%)实际达到97.3%).

Every sentence here is written for the test.
"""

from __future__ import annotations

from lawreport import extract

REPORT = "青川县司法局2024年法治政府建设工作报告\n一、主要成效\n"


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


def rates(text: str) -> list[tuple]:
    return sorted((r.label, r.value, r.target) for r in extract(text).rates)


def test_a_target_value_after_the_label_then_the_actual_level():
    assert facts(REPORT + "2024年,全县行政机关负责人出庭应诉率目标值为92%,实际为97.3%。\n") == [
        ("head_appearance_rate", 92, 2024, True), ("head_appearance_rate", 97.3, 2024, False)]


def test_a_target_value_with_no_verb_then_the_actual_level_reached():
    assert facts(REPORT + "我县行政复议直接纠错率目标值11%，实际达到13.5%。\n") == [
        ("reconsideration_correction_rate", 11, 2024, True),
        ("reconsideration_correction_rate", 13.5, 2024, False)]


def test_the_actual_level_said_alone():
    assert facts(REPORT + "全县人民调解成功率实际上达到98.4%。\n") == [("mediation_success_rate", 98.4, 2024, False)]
    assert rates(REPORT + "全县行政诉讼败诉率实际值为4.6%。\n") == [("行政诉讼败诉率", 4.6, False)]


def test_the_actual_level_after_a_target_in_brackets():
    assert (("head_appearance_rate", 97.3, 2024, False)
            in facts(REPORT + "全县行政机关负责人出庭应诉率(目标值92%)实际达到97.3%。\n"))


def test_a_target_value_after_a_year_and_a_base_value_stay_as_they_were():
    plan = "青川县法治政府建设实施方案(2026—2030年)\n三、主要指标\n"
    assert facts(plan + "行政机关负责人出庭应诉率2025年基期值为94%,2030年目标值为100%。\n") == [
        ("head_appearance_rate", 94, 2025, False), ("head_appearance_rate", 100, 2030, True)]
    assert facts(REPORT + "全县人民调解成功率现状值97.6%。\n") == [("mediation_success_rate", 97.6, 2024, False)]


def test_actual_words_naming_no_rate_give_none():
    assert facts(REPORT + "全县结合实际为群众解决困难97件。\n") == []

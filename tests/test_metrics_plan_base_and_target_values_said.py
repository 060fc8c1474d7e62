"""A plan's indicators said in sentences may name their figures as the base and the target values (出庭应诉率2025年基期值为
93%,2030年目标值为100%; 纠错率基期值9%,目标值12%; 调解成功率现状值97.2%): 基期值/现状值/目标值 after the rate's label
or its year join the label to its figure as a verb would, and a base or current value is the level the plan starts
from, no target, as its table's base column is. The figures were lost (the words stood between label and figure) or,
read, taken for targets.

Every sentence here is written for the test.
"""

from __future__ import annotations

from lawreport import extract

PLAN = "白河县法治政府建设实施方案(2026—2030年)\n三、主要指标\n"


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


def test_base_and_target_values_after_the_label_and_its_years():
    assert facts(PLAN + "行政机关负责人出庭应诉率2025年基期值为93%,2030年目标值为100%。\n") == [
        ("head_appearance_rate", 93, 2025, False), ("head_appearance_rate", 100, 2030, True)]


def test_base_and_target_values_of_no_year():
    assert facts(PLAN + "行政复议直接纠错率基期值9%,目标值12%。\n") == [
        ("reconsideration_correction_rate", 9, None, False), ("reconsideration_correction_rate", 12, None, True)]


def test_a_current_value_is_the_level_the_plan_starts_from():
    assert facts(PLAN + "人民调解成功率现状值97.2%,2030年达到98%以上。\n") == [
        ("mediation_success_rate", 97.2, None, False), ("mediation_success_rate", 98, 2030, True)]


def test_a_target_value_among_a_report_s_plans_stays_a_target():
    text = ("白河县司法局2025年法治政府建设工作报告\n一、主要成效\n全年新收行政复议案件120件。\n二、2026年工作计划\n"
            "行政复议直接纠错率目标值为12%。\n")
    assert ("reconsideration_correction_rate", 12, 2026, True) in facts(text)

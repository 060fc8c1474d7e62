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


def test_the_target_in_brackets_after_the_label_is_its_target_and_the_level_after_it_its_level():
    assert facts(REPORT + "全县行政机关负责人出庭应诉率(目标值92%)实际达到96%。\n") == [
        ("head_appearance_rate", 92, 2024, True), ("head_appearance_rate", 96, 2024, False)]
    assert facts(REPORT + "全县人民调解成功率（年度目标98%）实际为99.1%。\n") == [
        ("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 99.1, 2024, False)]
    assert rates(REPORT + "全县行政诉讼败诉率(控制目标10%以内)实际为6.1%。\n") == [
        ("行政诉讼败诉率", 6.1, False), ("行政诉讼败诉率", 10, True)]


def test_a_year_s_target_in_brackets_is_no_level_of_that_year():
    # (was read as the level of 2024, a bracket holding a year's level: 纠错率(2020年为8.5%))
    assert facts(REPORT + "行政复议直接纠错率（2024年目标值11%）为13.2%。\n") == [
        ("reconsideration_correction_rate", 11, 2024, True), ("reconsideration_correction_rate", 13.2, 2024, False)]


def test_a_target_cue_inside_the_bracket_plans_the_bracket_alone():
    # (目标: and 目标为 plan what follows them: the level after the bracket was read as a target)
    assert facts(REPORT + "全县行政机关负责人出庭应诉率（目标：95%）达到100%。\n") == [
        ("head_appearance_rate", 95, 2024, True), ("head_appearance_rate", 100, 2024, False)]
    assert facts(REPORT + "全县人民调解成功率(目标为97%)实际达到98.4%。\n") == [
        ("mediation_success_rate", 97, 2024, True), ("mediation_success_rate", 98.4, 2024, False)]


def test_a_bracket_after_the_label_naming_no_target_keeps_its_reading():
    assert facts(REPORT + "全县行政复议纠错率(2022年为8.5%)提高到12.4%。\n") == [
        ("reconsideration_correction_rate", 8.5, 2022, False), ("reconsideration_correction_rate", 12.4, 2024, False)]
    assert facts(REPORT + "2024年,全县行政机关负责人出庭应诉率(不含请假)为95%。\n") == [
        ("head_appearance_rate", 95, 2024, False)]
    assert facts(REPORT + "力争全县人民调解成功率(目标:98%)保持在99%以上。\n") == [
        ("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 99, 2024, True)]


def test_a_past_year_s_level_in_brackets_before_a_target_is_the_level_it_starts_from():
    # (was read as a target, the cue before the label planning it)
    assert facts(REPORT + "确保全县行政诉讼败诉率(2023年为8%)降至6%以下。\n") == [
        ("litigation_loss_rate", 6, 2024, True), ("litigation_loss_rate", 8, 2023, False)]
    # a year to come in the bracket stays planned
    assert facts(REPORT + "力争全县行政诉讼败诉率(2025年为6%)逐步降低。\n") == [("litigation_loss_rate", 6, 2025, True)]


def test_the_target_and_what_was_done_both_in_the_bracket_after_the_label():
    # (both were lost: the target's bracket goes on, the level said after a colon)
    assert facts(REPORT + "全县行政机关负责人出庭应诉率（年度目标值：95%，实际完成：98.2%）。\n") == [
        ("head_appearance_rate", 95, 2024, True), ("head_appearance_rate", 98.2, 2024, False)]


def test_a_bracket_going_on_after_a_figure_naming_no_target_holds_none():
    assert facts(REPORT + "全县行政机关负责人出庭应诉率(上年95%，同比持平)为95%。\n") == [
        ("head_appearance_rate", 95, 2024, False)]

"""A rate's target quoted before the word naming it (调解成功率实现“97%”目标,达97.8%; 出庭应诉率实现“95%”的年度目标,
达到98.2%): the quoted figure is the target met, the level said after it; the quote closing between the figure and
目标 hid the target, and both figures were read as the year's levels.

Every sentence here is written for the test.
"""

from __future__ import annotations

from lawreport import extract

REPORT = "松溪县司法局2024年法治政府建设工作报告\n一、主要成效\n"


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


def test_a_quoted_target_met_then_the_level():
    assert facts(REPORT + "全县人民调解成功率实现“97%”目标，达97.8%。\n") == [
        ("mediation_success_rate", 97, 2024, True), ("mediation_success_rate", 97.8, 2024, False)]


def test_a_quoted_year_s_target_then_the_level_reached():
    assert facts(REPORT + "2024年,全县行政机关负责人出庭应诉率实现“95%”的年度目标,达到98.2%。\n") == [
        ("head_appearance_rate", 95, 2024, True), ("head_appearance_rate", 98.2, 2024, False)]


def test_a_quoted_level_with_no_target_stays_a_level():
    assert facts(REPORT + "全县行政机关负责人出庭应诉率达到“100%”。\n") == [("head_appearance_rate", 100, 2024, False)]
    assert facts(REPORT + "全县人民调解成功率“98.9%”，目标管理考核获评优秀。\n") == [
        ("mediation_success_rate", 98.9, 2024, False)]


def test_a_quoted_target_the_level_beats_or_meets_is_the_same_rate_s_target():
    assert facts(REPORT + "2024年,全县行政机关负责人出庭应诉率达99%,超过“98%”的年度目标。\n") == [
        ("head_appearance_rate", 98, 2024, True), ("head_appearance_rate", 99, 2024, False)]
    assert facts(REPORT + "全县人民调解成功率98.9%,超额完成“98%”的目标任务。\n") == [
        ("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 98.9, 2024, False)]
    assert facts(REPORT + "全县行政诉讼败诉率为4.2%，低于“5%以内”的控制目标。\n") == [
        ("litigation_loss_rate", 4.2, 2024, False), ("litigation_loss_rate", 5, 2024, True)]


def test_a_quoted_target_named_before_its_figure_is_the_same_rate_s_target():
    assert facts(REPORT + "全县行政机关负责人出庭应诉率为96.8%,超过年度目标值“95%”。\n") == [
        ("head_appearance_rate", 95, 2024, True), ("head_appearance_rate", 96.8, 2024, False)]


def test_a_quoted_figure_beaten_that_is_no_target_adds_none():
    assert facts(REPORT + "全县行政机关负责人出庭应诉率为99.2%,高于“98%”。\n") == [
        ("head_appearance_rate", 99.2, 2024, False)]

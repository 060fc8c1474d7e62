"""今年 in a plan part of a yearly report published after its year (2025年工作打算…今年力争…): the year planned,
the one the plan is written in, not the year reported on; its figures are that year's targets.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.table import headline, headline_value

_REPORT = ("青川县司法局2024年法治政府建设工作报告\n发布时间:2025-01-20\n一、2024年工作情况\n"
           "全年调解纠纷1830件,调解成功率97.9%。\n{heading}\n{plan}\n")


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`."""
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


@pytest.mark.parametrize("heading", ["二、2025年工作打算", "二、下一步工作计划"])
@pytest.mark.parametrize("plan", ["今年力争调解成功率达到98.5%以上。", "本年度调解成功率保持在98.5%以上。"])
def test_this_year_in_a_plan_part_is_the_year_planned(heading, plan):
    assert facts(_REPORT.format(heading=heading, plan=plan)) == [
        ("mediation_cases", 1830, 2024, False), ("mediation_success_rate", 97.9, 2024, False),
        ("mediation_success_rate", 98.5, 2025, True)]


def test_this_year_in_a_plan_part_of_a_report_published_in_its_year_is_that_year():
    text = _REPORT.format(heading="二、下一步工作计划", plan="今年调解成功率达98.2%,为明年打下基础。").replace(
        "2025-01-20", "2024-12-20")
    assert facts(text) == [
        ("mediation_cases", 1830, 2024, False), ("mediation_success_rate", 97.9, 2024, False),
        ("mediation_success_rate", 98.2, 2024, False)]


def test_this_year_outside_a_plan_part_is_the_report_year():
    text = _REPORT.format(heading="二、其他工作", plan="今年行政复议纠错率为6.1%。")
    assert (("reconsideration_correction_rate", 6.1, 2024, False)) in facts(text)


def test_a_target_for_the_year_planned_is_no_headline_of_the_report_year():
    text = ("青川县司法局2024年法治政府建设工作报告\n发布时间:2025-01-20\n一、2024年工作情况\n全年调解纠纷1830件。\n"
            "二、2025年工作打算\n今年力争调解成功率达到98.5%以上。\n")
    report = extract(text)
    assert headline_value(report, "mediation_success_rate") is None
    assert headline(report, "mediation_success_rate", 2025).value == 98.5


def test_last_year_in_a_plan_part_counts_back_from_the_year_planned():
    # 今年 there is 2025, the year planned: its 去年 is the year reported on, as the sentence's own two years say
    text = _REPORT.format(heading="二、2025年工作打算", plan="去年全县行政复议纠错率为12.4%,今年力争控制在11%以内。")
    assert facts(text) == [
        ("mediation_cases", 1830, 2024, False), ("mediation_success_rate", 97.9, 2024, False),
        ("reconsideration_correction_rate", 11, 2025, True), ("reconsideration_correction_rate", 12.4, 2024, False)]


def test_last_year_in_a_plan_part_of_a_report_published_in_its_year_is_the_year_before():
    text = _REPORT.format(heading="二、下一步工作计划", plan="去年全县行政复议纠错率为12.4%。").replace(
        "2025-01-20", "2024-12-20")
    assert facts(text) == [
        ("mediation_cases", 1830, 2024, False), ("mediation_success_rate", 97.9, 2024, False),
        ("reconsideration_correction_rate", 12.4, 2023, False)]


@pytest.mark.parametrize("word, year", [("去年", 2023), ("今年", 2024)])
def test_a_rates_label_then_a_year_before_its_level(word, year):
    # 纠错率去年为12.4%: the level of the year the word says, read as said before the label
    text = _REPORT.format(heading="二、其他工作", plan=f"全县行政复议纠错率{word}为12.4%。").replace("2025-01-20", "2024-12-20")
    assert ("reconsideration_correction_rate", 12.4, year, False) in facts(text)


def test_a_rates_label_then_last_years_level_in_an_aside_reads_no_level():
    # 纠错率(去年12.4%,同比持平)为12.4%: the aside compares, the level after it is the year's
    text = _REPORT.format(heading="二、其他工作", plan="全县行政复议纠错率(去年12.4%,同比持平)为12.4%。").replace(
        "2025-01-20", "2024-12-20")
    assert [f for f in facts(text) if f[0] == "reconsideration_correction_rate"] == [
        ("reconsideration_correction_rate", 12.4, 2024, False)]

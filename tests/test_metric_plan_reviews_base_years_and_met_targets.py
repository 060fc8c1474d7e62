"""A plan's review of the period before it, its base year and the targets a report says met.

A plan (规划, 实施方案, 行动计划) whose text opens with its own title or a preamble, with no notice sending it out, reviews
the last period in its first part (一、发展基础, 工作基础, 规划背景, “十三五”时期…回顾, 第一章 发展环境): what that part
states was done, no target; the parts after it plan. A plan titled for a period of years (…规划(2021-2025年), “十四五”…
规划) dates no target of its own that names no year, and a figure of a year before its period is what was done. In its
table of indicators, the column of the base year (指标 | 2020年 | 2025年) or of the base levels (基期值) holds what was
done, the goal's column targets (≥98: at least 98). A series of yearly values said with a count of years between its
label and 分别 (出庭应诉率三年分别为…) gives each year its value, and a target said met (提前完成…100%目标) is the
target restated: no target of the year it was met in.

Every sentence is written for the test, with made-up places and figures.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport import extract


def record_facts(text: str) -> list[tuple[str, float, int | None, bool]]:
    """(key, value, year, target) of each headline metric of the document `text`."""
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


# --- a plan's review of the last period ------------------------------------------------------------------------------
_PLAN = ("{head}"
         "{review}\n"
         "2021年,全县新收行政复议案件96件,行政机关负责人出庭应诉率为89.5%。\n"
         "{goals}\n"
         "到2025年,行政机关负责人出庭应诉率达到100%,行政复议纠错率稳定在10%左右。\n")
_REVIEWED = [("head_appearance_rate", 89.5, 2021, False), ("head_appearance_rate", 100, 2025, True),
             ("reconsideration_correction_rate", 10, 2025, True), ("reconsideration_received", 96, 2021, False)]


@pytest.mark.parametrize("head", [
    "柳河县法治政府建设实施方案(2022—2025年)\n",  # its own title, no notice sending it out
    "柳河县法治政府建设实施方案\n",  # a title of no period
    "为持续推进依法行政,结合本县实际,制定本方案。\n",  # a preamble alone
])
@pytest.mark.parametrize(("review", "goals"), [
    ("一、工作基础", "二、工作目标"),
    ("一、发展基础", "二、主要目标"),
    ("一、现实基础", "二、总体要求"),
    ("一、规划背景", "二、发展目标"),
    ("一、“十三五”时期法治政府建设回顾", "二、“十四五”时期主要目标"),
    ("第一章 发展环境", "第二章 目标任务"),
])
def test_a_plans_review_of_the_last_period_states_what_was_done(head, review, goals):
    assert record_facts(_PLAN.format(head=head, review=review, goals=goals)) == _REVIEWED


def test_a_plan_part_naming_no_review_plans():
    text = ("为持续推进依法行政,结合本县实际,制定本方案。\n一、总体要求\n全县行政机关负责人出庭应诉率达到95%。\n"
            "二、主要任务\n深化行政复议体制改革。\n")
    assert record_facts(text) == [("head_appearance_rate", 95, None, True)]


_PERIOD_PLAN = ("柳河县法治政府建设规划(2021-2025年)\n"
                "一、发展基础\n"
                "“十三五”期间,全县共办理法律援助案件2810件,调解成功率稳定在97%以上。\n"
                "二、主要目标\n"
                "{goal}\n")


def test_a_plans_totals_of_the_last_period_are_of_no_one_year_and_no_targets():
    assert record_facts(_PERIOD_PLAN.format(goal="到2025年,行政复议纠错率控制在10%以内。")) == [
        ("legal_aid_cases", 2810, None, False), ("mediation_success_rate", 97, None, False),
        ("reconsideration_correction_rate", 10, 2025, True)]


@pytest.mark.parametrize("title", ["柳河县法治政府建设规划(2021-2025年)", "柳河县“十四五”法治政府建设规划"])
def test_a_target_of_a_plan_of_several_years_that_names_no_year_is_of_none(title):
    text = _PERIOD_PLAN.replace("柳河县法治政府建设规划(2021-2025年)", title).format(
        goal="每年办理法律援助案件600件以上,一审行政诉讼案件败诉率维持在5%以下。")
    assert [f for f in record_facts(text) if f[3]] == [("legal_aid_cases", 600, None, True),
                                                        ("litigation_loss_rate", 5, None, True)]


def test_a_target_of_a_plan_of_one_year_is_of_its_year():
    text = ("柳河县2024年法治政府建设工作要点\n一、主要目标\n"
            "法律援助案件办理600件以上,一审行政诉讼案件败诉率控制在5%以下。\n")
    assert record_facts(text) == [("legal_aid_cases", 600, 2024, True), ("litigation_loss_rate", 5, 2024, True)]


def test_a_figure_of_a_year_before_a_plans_period_is_what_was_done():
    # no review part: its year, before the period the title names, says it
    text = ("柳河县法治政府建设规划(2021-2025年)\n一、总体要求\n"
            "2020年,全县行政机关负责人出庭应诉率为86.1%。到2025年,出庭应诉率达到100%。\n")
    assert record_facts(text) == [("head_appearance_rate", 86.1, 2020, False), ("head_appearance_rate", 100, 2025, True)]


# --- a plan's table of indicators -------------------------------------------------------------------------------------
_TABLE_PLAN = ("为持续推进依法行政,结合本县实际,制定本规划。\n"
               "一、主要目标\n"
               "表1 主要指标\n"
               "{header}\n"
               "行政机关负责人出庭应诉率(%) | 88.4 | 100 | 约束性\n"
               "人民调解成功率(%) | 97.6 | ≥98 | 预期性\n")


@pytest.mark.parametrize(("header", "base_year", "goal_year"), [
    ("指标 | 2020年 | 2025年 | 属性", 2020, 2025),
    ("指标 | 2022年 | 2025年 | 属性", 2022, 2025),  # a plan of three years
    ("指标 | 2020年基期值 | 2025年 | 属性", 2020, 2025),
    ("指标 | 基期值 | 2025年目标值 | 属性", None, 2025),
    ("指标 | 现状值 | 2025年 | 属性", None, 2025),
])
def test_a_plan_tables_base_column_holds_what_was_done(header, base_year, goal_year):
    assert record_facts(_TABLE_PLAN.format(header=header)) == [
        ("head_appearance_rate", 88.4, base_year, False), ("head_appearance_rate", 100, goal_year, True),
        ("mediation_success_rate", 97.6, base_year, False), ("mediation_success_rate", 98, goal_year, True)]


@pytest.mark.parametrize("header", ["指标 | 2024年 | 2025年 | 属性", "指标 | 2024年目标值 | 2025年目标值 | 属性"])
def test_a_plan_tables_years_in_a_row_are_each_a_goal(header):
    # no base said: each year's column is that year's goal (the plan's period, were it said, would tell otherwise)
    assert record_facts(_TABLE_PLAN.format(header=header)) == [
        ("head_appearance_rate", 88.4, 2024, True), ("head_appearance_rate", 100, 2025, True),
        ("mediation_success_rate", 97.6, 2024, True), ("mediation_success_rate", 98, 2025, True)]


def test_a_plan_tables_year_before_its_period_holds_what_was_done():
    text = _TABLE_PLAN.format(header="指标 | 2023年 | 2024年 | 属性").replace(
        "为持续推进依法行政,结合本县实际,制定本规划。", "柳河县法治政府建设三年行动计划(2024-2026年)")
    assert record_facts(text) == [
        ("head_appearance_rate", 88.4, 2023, False), ("head_appearance_rate", 100, 2024, True),
        ("mediation_success_rate", 97.6, 2023, False), ("mediation_success_rate", 98, 2024, True)]


def test_a_goal_said_at_least_in_a_table_is_a_bound():
    record = extract(_TABLE_PLAN.format(header="指标 | 2020年 | 2025年 | 属性"))
    goal = [m for m in record.metrics if m.key == "mediation_success_rate" and m.target]
    assert [(m.value, m.qualifier) for m in goal] == [(98, "at_least")]


def test_a_bound_written_as_a_sign_in_prose():
    assert read("2023年,全县调解成功率≥98%,一审行政诉讼案件败诉率≤5%。")[0] == [
        ("mediation_success_rate", 98, 2023, False, "调解成功率≥98%"),
        ("litigation_loss_rate", 5, 2023, False, "败诉率≤5%")]
    record = extract("2023年,全县调解成功率≥98%,一审行政诉讼案件败诉率≤5%。")
    assert [m.qualifier for m in record.metrics] == ["at_least", "at_most"]


# --- a series said with a count of years ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "report_year", "expected"), [
    ("2021年至2023年,全区行政机关负责人出庭应诉工作持续加强,出庭应诉率三年分别为88.1%、95.6%和100%。", 2023,
     [("head_appearance_rate", 88.1, 2021, False), ("head_appearance_rate", 95.6, 2022, False),
      ("head_appearance_rate", 100, 2023, False)]),
    ("2021至2025年,全县行政复议纠错率五年分别为12.1%、10.4%、9.8%、8.2%和7.5%。", 2025,
     [("reconsideration_correction_rate", v, y, False) for v, y in
      ((12.1, 2021), (10.4, 2022), (9.8, 2023), (8.2, 2024), (7.5, 2025))]),
    ("2022年至2024年,全市新收行政复议案件近三年分别为512件、630件和701件。", 2024,
     [("reconsideration_received", v, y, False) for v, y in ((512, 2022), (630, 2023), (701, 2024))]),
])
def test_a_series_with_a_count_of_years_before_respectively_dates_each_value(text, report_year, expected):
    assert facts(text, report_year) == sorted(expected)


@pytest.mark.parametrize("text", [
    "全区行政机关负责人出庭应诉率三年分别为88.1%、95.6%和100%。",  # years said nowhere
    "全区三年新收行政复议案件分别为88件、95件和100件。",
    "三年来,全区行政机关负责人出庭应诉率分别为88.1%、95.6%和100%。",
])
def test_a_series_of_a_count_of_years_said_nowhere_dates_no_value(text):
    assert {(key, year) for key, _, year, _ in facts(text, 2023)} in (
        {("head_appearance_rate", None)}, {("reconsideration_received", None)})
    assert len(facts(text, 2023)) == 3


@pytest.mark.parametrize("years", ["2022年至2024年", "二〇二二年至二〇二四年"])
def test_a_years_end_before_respectively_is_no_count_of_years(years):
    assert facts(f"全市新收行政复议案件{years}分别为121件、137件、152件。", 2024) == [
        ("reconsideration_received", v, y, False) for v, y in ((121, 2022), (137, 2023), (152, 2024))]


def test_a_count_of_years_unlike_the_values_dates_none_of_them():
    # three years counted, two values: no year of the span is theirs
    assert facts("2021年至2023年,全区行政机关负责人出庭应诉率三年分别为95.6%和100%。", 2023) == [
        ("head_appearance_rate", 95.6, None, False), ("head_appearance_rate", 100, None, False)]


# --- a target said met ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("截至2023年底,提前完成“十四五”规划确定的行政机关负责人出庭应诉率100%目标。", [("head_appearance_rate", 100, None, True)]),
    ("截至2024年底,已提前实现复议纠错率控制在10%以内的规划目标。", [("reconsideration_correction_rate", 10, None, True)]),
    ("2023年,全县如期完成行政机关负责人出庭应诉率达到95%的年度目标。", [("head_appearance_rate", 95, None, True)]),
    # the target's year said after the verb dates it
    ("2023年,全县已提前完成2025年行政机关负责人出庭应诉率100%的目标。", [("head_appearance_rate", 100, 2025, True)]),
])
def test_a_target_said_met_is_no_target_of_the_year_it_was_met_in(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a target set, not met
    ("到2025年,复议纠错率控制在10%以内。", [("reconsideration_correction_rate", 10, 2025, True)]),
    # a target to be met early: planned, of the report's year
    ("全年力争提前实现行政机关负责人出庭应诉率100%的目标。", [("head_appearance_rate", 100, 2023, True)]),
    # a target met before the figure of what was done, in another clause
    ("提前完成年度目标任务,全年办理法律援助案件812件。", [("legal_aid_cases", 812, 2023, False)]),
    ("全年办理法律援助案件812件,提前完成年度目标任务。", [("legal_aid_cases", 812, 2023, False)]),
    # a quota named with no verb of its meeting
    ("全年完成法律援助案件3500件的目标任务。", [("legal_aid_cases", 3500, 2023, True)]),
])
def test_a_target_set_or_met_around_a_figure_of_what_was_done(text, expected):
    assert facts(text, 2023) == expected


def test_a_plans_item_opening_on_a_year_before_the_plans_states_that_years_level():
    # the item's line names 2023 first: no part of a plan for 2024 plans that year; 2024's figure is the target
    text = ("青禾县2024年法治政府建设工作要点\n青禾县人民政府\n(一)强化行政应诉。推动行政机关负责人出庭应诉率达到100%。\n"
            "(二)2023年全县行政复议纠错率为15.6%,2024年要将纠错率控制在13%以内。")
    assert facts(text, 2024, plan_document=True) == [("head_appearance_rate", 100, 2024, True),
                                                     ("reconsideration_correction_rate", 13, 2024, True),
                                                     ("reconsideration_correction_rate", 15.6, 2023, False)]
    # a part planning a later year than the plan's still plans it
    text = "三、2025年展望\n行政复议纠错率控制在12%以内。"
    assert facts(text, 2024, plan_document=True) == [("reconsideration_correction_rate", 12, 2025, True)]

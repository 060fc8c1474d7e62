"""Targets said by a label before a colon (2024年目标:…, 工作目标:…, 主要目标:…, 目标任务:…), on a line of their own or
in a paragraph's run, and a future 将 with a work verb and a floor or a ceiling said of the figure (全县将办理法律援助案件
不少于600件, 600件以上); a part titled by its targets (工作目标, 主要目标) plans (a text so titled: test_metadata_target_documents).
A label's line telling what was done against its targets (年度目标:…,实际完成…) is the year's own, no plan.
Not their meeting (完成年度目标任务:…, 目标任务完成情况), a 将 before its object (将矛盾化解在基层), a target system
(目标责任制), nor a floor done (已办理…不少于).

Every sentence is written for the test, with made-up figures.
"""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.structure import kind_named

_REPORT = "某县司法局2023年法治政府建设工作情况报告\n一、2023年工作情况\n全县受理各类矛盾纠纷1200件。{line}\n"


def facts(text: str) -> list[tuple[str, float, int | None, bool]]:
    """(key, value, year, target) of each headline metric of `text` but the report's own 1200 disputes."""
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics if m.value != 1200)


# --- a label and a colon ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, year", [
    ("2024年目标:全县调解矛盾纠纷不少于600件。", 2024),
    ("\n2024年目标：全县调解矛盾纠纷不少于600件。", 2024),
    ("\n2024年度工作目标:全县调解矛盾纠纷不少于600件。", 2024),
    ("今年的工作目标:全县调解矛盾纠纷不少于600件。", 2023),
    ("\n2023年目标:全县调解矛盾纠纷不少于600件。", 2023),
])
def test_a_target_named_before_a_colon_is_one(line, year):
    assert facts(_REPORT.format(line=line)) == [("mediation_cases", 600, year, True)]


@pytest.mark.parametrize("line", ["\n主要目标：全县行政机关负责人出庭应诉率达到100%。",
                                  "\n工作目标:全县行政机关负责人出庭应诉率达到100%。",
                                  "\n总体目标:全县行政机关负责人出庭应诉率达到100%。"])
def test_a_line_opening_with_a_target_label_plans(line):
    # (a line of the plans, as 2025年工作打算:… is: of the year after the report's)
    assert facts(_REPORT.format(line=line)) == [("head_appearance_rate", 100, 2024, True)]


@pytest.mark.parametrize("line, expected", [
    ("\n年度目标:全县人民调解成功率97%以上,实际完成99.2%。",
     [("mediation_success_rate", 97, 2023, True), ("mediation_success_rate", 99.2, 2023, False)]),
    ("\n目标任务:办理法律援助案件700件,实际办理733件。",
     [("legal_aid_cases", 700, 2023, True), ("legal_aid_cases", 733, 2023, False)]),
    ("\n全年目标:办理法律援助案件700件,已完成733件。",
     [("legal_aid_cases", 700, 2023, True), ("legal_aid_cases", 733, 2023, False)]),
])
def test_a_target_label_with_the_outcome_on_its_line_is_the_years_own(line, expected):
    # the year's targets set beside what was done against them: among the work done, no plan of the year after
    assert facts(_REPORT.format(line=line)) == expected


def test_a_target_label_on_a_line_of_circumstances_still_plans():
    # 实际 of circumstances (结合本地实际) tells no outcome
    line = "\n工作目标:结合本地实际,全县行政机关负责人出庭应诉率达到100%。"
    assert facts(_REPORT.format(line=line)) == [("head_appearance_rate", 100, 2024, True)]


@pytest.mark.parametrize("line", [
    "圆满完成年度目标任务:全年办理法律援助案件812件。",
    "\n目标任务完成情况:全年办理法律援助案件812件。",
    "全县落实目标责任制,全年办理法律援助案件812件。",
    "\n超额完成年度目标:全年办理法律援助案件812件。",
])
def test_targets_met_or_a_target_system_plan_nothing(line):
    assert facts(_REPORT.format(line=line)) == [("legal_aid_cases", 812, 2023, False)]


@pytest.mark.parametrize("title, kind", [
    ("工作目标", "plans"), ("2025年工作目标", "plans"), ("主要目标", "plans"), ("2025年目标", "plans"),
    ("年度目标任务", "plans"), ("目标任务及工作措施", "plans"),
    ("目标任务完成情况", "achievements"), ("年度目标任务落实情况", "achievements"),
    ("强化目标考核", "other"), ("超额完成目标任务", "other"), ("圆满完成年度目标", "other"), ("落实目标责任制", "other"),
    ("紧扣年度目标", "other"), ("围绕目标任务", "other"), ("2025年度工作目标", "plans"), ("全年目标任务", "plans"),
])
def test_a_part_titled_by_its_targets_plans(title, kind):
    assert kind_named(title) == kind


# --- a future 将 and a bound ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, year", [
    ("2024年,全县将办理法律援助案件不少于600件。", 2024),
    ("全年将办理法律援助案件不少于600件,确保应援尽援。", 2023),
    ("我局将受理法律援助案件不低于600件。", 2023),
    ("全年将办理法律援助案件600件以上。", 2023),
    ("2024年,我局将办理法律援助案件600件以上,实现应援尽援。", 2024),
])
def test_a_future_work_verb_with_a_floor_is_a_target(line, year):
    assert facts(_REPORT.format(line=line)) == [("legal_aid_cases", 600, year, True)]


def test_a_plan_sentence_read_alone_is_a_target_of_its_year():
    assert [(m.key, m.value, m.year, m.target) for m in extract("2024年,全县将办理法律援助案件不少于600件。").metrics] \
        == [("legal_aid_cases", 600, 2024, True)]


@pytest.mark.parametrize("line", [
    "全县已办理法律援助案件不少于600件。",  # a floor reached
    "全县已将调解矛盾纠纷不少于600件纳入台账管理。",  # 已将: done
    "全县坚持将矛盾化解在基层,全年调解矛盾纠纷不少于600件。",  # 将 before its object
    "全县将办理结果及时反馈当事人,全年调解矛盾纠纷不少于600件。",  # …though a verb follows it: another clause
])
def test_a_floor_done_is_no_target(line):
    assert [t for *_, t in facts(_REPORT.format(line=line))] == [False]



# --- a target stated 目标为, then what was done ----------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("全县法律援助案件年度目标任务为380件,截至12月25日共办理法律援助案件405件。",
     [("legal_aid_cases", 380, 2023, True), ("legal_aid_cases", 405, 2023, False)]),
    ("全年公证办证目标为1800件,全年共办理公证1925件。",
     [("notarizations", 1800, 2023, True), ("notarizations", 1925, 2023, False)]),
])
def test_a_target_stated_as_its_figure_plans_no_figure_of_a_later_clause(line, expected):
    assert facts(_REPORT.format(line=line)) == expected


def test_a_later_figure_another_cue_plans_is_still_a_target():
    line = "全年公证办证目标为1800件,力争调解矛盾纠纷1300件。"
    assert facts(_REPORT.format(line=line)) == [("mediation_cases", 1300, 2023, True), ("notarizations", 1800, 2023, True)]


# --- several targets listed after one 目标为 ------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("年度目标为调解成功率98%以上、行政机关负责人出庭应诉率100%。",
     [("head_appearance_rate", 100, 2023, True), ("mediation_success_rate", 98, 2023, True)]),
    ("我局全年目标为行政复议纠错率10%以内、行政诉讼败诉率5%以下、负责人出庭应诉率95%。",
     [("head_appearance_rate", 95, 2023, True), ("litigation_loss_rate", 5, 2023, True),
      ("reconsideration_correction_rate", 10, 2023, True)]),
    # said before a colon too: 目标为 with the list after it
    ("年度目标为：人民调解成功率98.5%以上、行政机关负责人出庭应诉率100%。",
     [("head_appearance_rate", 100, 2023, True), ("mediation_success_rate", 98.5, 2023, True)]),
])
def test_every_target_listed_after_one_target_stated_as_its_figure_is_one(line, expected):
    assert facts(_REPORT.format(line=line)) == expected


def test_a_figure_after_the_list_in_a_later_clause_is_still_what_was_done():
    line = "年度目标为调解成功率98%以上、行政机关负责人出庭应诉率100%,全年调解成功率98.6%。"
    assert facts(_REPORT.format(line=line)) == [("head_appearance_rate", 100, 2023, True),
                                                ("mediation_success_rate", 98, 2023, True),
                                                ("mediation_success_rate", 98.6, 2023, False)]

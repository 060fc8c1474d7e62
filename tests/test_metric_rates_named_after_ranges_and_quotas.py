"""Rates and targets said in ways the reading once took wrongly: a figure written right before its rate's label with no
的 (实现100%出庭率, 0败诉率); a range of a rate (在8%至16%之间), no one value of it; a level a target cue opens inside a
frame naming it as the ground of other work (在确保…100%的同时), a level held; a target said among what was done after
下一步, of the year planned; a quota set for the year (确定…完成…N件, 下达…任务数为N件), a target.

Every sentence is written for the test, with made-up places and figures.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport.metrics import Interpreter
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.structure import Outline


def rates(text: str, report_year: int | None = 2023) -> list[tuple[str, float]]:
    """(label, value) of each generic rate of `text`."""
    norm = normalize(text)
    _, found, _ = Interpreter(norm, Outline(norm), [], report_year).run(scan(norm))
    return sorted((r.label, r.value) for r in found)


# --- a figure right before its label, with no 的 --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected_rates", "expected_facts"), [
    ("2023年,全县各级行政机关负责人实现100%出庭率,败诉案件同比减少。",
     [("出庭率", 100)], [("head_appearance_rate", 100, 2023, False)]),
    # 0 needs no percent sign before its label, as after it (败诉率为0)
    ("2023年,全镇行政机关负责人出庭工作扎实,保持了100%出庭应诉率和0败诉率。",
     [("出庭应诉率", 100), ("败诉率", 0)],
     [("head_appearance_rate", 100, 2023, False), ("litigation_loss_rate", 0, 2023, False)]),
    ("2023年,该区行政机关负责人以100%出庭率位居全市第一。", [("出庭率", 100)], [("head_appearance_rate", 100, 2023, False)]),
    # the rate alone where its sentence names no head (the headline rate asks for one, as 行政机关出庭率为100% does)
    ("2023年,全县行政机关实现100%出庭率。", [("出庭率", 100)], []),
])
def test_a_figure_right_before_its_rate_label(text, expected_rates, expected_facts):
    assert rates(text) == sorted((label, float(v)) for label, v in expected_rates)
    assert facts(text, 2023) == expected_facts


@pytest.mark.parametrize("text", [
    "出庭应诉率较上年提高100%以上。",  # a change
    "2023年,100%的案件实现当庭宣判。",  # no label after it
    "2023年,全年受理案件同比增长12%,结案周期缩短。",
    "2023年,全区实现0投诉。",  # a zero before no rate
])
def test_no_rate_named_after_a_figure_with_no_label_or_a_change(text):
    assert read(text) == ([], [])


# --- a range of a rate --------------------------------------------------------------------------------------------
# A range is no one value: neither a headline figure nor a generic rate (the record's quantities keep its ends).
@pytest.mark.parametrize("text", [
    "2022年,各市行政复议直接纠错率在8%至16%之间。",
    "2022年,全省14个市州行政机关负责人出庭应诉率在92%到100%之间。",
    "2022年,各地行政机关负责人出庭应诉率为85%—100%。",
    "2022年,各设区市复议纠错率介于9.5%和18.2%之间。",
    "2022年,各设区市复议纠错率在9.5%与18.2%之间。",
    "2022年,各乡镇调解成功率为97-99%。",
    "全镇调解成功率在96%至99%之间。",
])
def test_a_range_of_a_rate_is_no_value_of_it(text):
    assert read(text, 2022) == ([], [])


@pytest.mark.parametrize(("text", "expected"), [
    # a bound of some units after the whole's rate: the rate stays
    ("2022年,全省行政复议直接纠错率为12.6%,其中8个市在10%以上。", [("reconsideration_correction_rate", 12.6, 2022, False)]),
    # a level after a change is no range's end
    ("2022年,全县行政机关败诉率同比下降2.5%至6.1%。", [("litigation_loss_rate", 6.1, 2022, False)]),
    # a level moved from, no range
    ("2022年,全镇调解成功率由96%至99%。", [("mediation_success_rate", 96, None, False)]),
])
def test_no_range_where_the_figures_are_a_change_or_a_bound(text, expected):
    assert facts(text, 2022) == expected


# --- a level held as the ground of other work -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,在确保全区行政机关负责人出庭应诉率100%的同时,该区推动主要负责人出庭。",
     [("head_appearance_rate", 100, 2023, False)]),
    ("2023年,该县在继续确保调解成功率98%的基础上,推动矛盾纠纷源头化解。", [("mediation_success_rate", 98, 2023, False)]),
    ("2023年,在确保复议纠错率12%的前提下,全市推行繁简分流。", [("reconsideration_correction_rate", 12, 2023, False)]),
])
def test_a_level_held_while_other_work_goes_on_is_no_target(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no frame: the cue plans, in a sentence after 下一步 for the year planned
    ("2023年,全县调解成功率98.5%。下一步,确保负责人出庭应诉率保持100%。",
     [("head_appearance_rate", 100, 2024, True), ("mediation_success_rate", 98.5, 2023, False)]),
    # a frame in a sentence opening as a plan: planned
    ("2023年,全县调解成功率98.5%。下一步,在确保负责人出庭应诉率100%的同时,推动主要负责人出庭。",
     [("head_appearance_rate", 100, 2024, True), ("mediation_success_rate", 98.5, 2023, False)]),
    # the frame closes in another clause than the figure's: the cue plans
    ("2023年,确保负责人出庭应诉率达到100%,同时推动主要负责人出庭。", [("head_appearance_rate", 100, 2023, True)]),
])
def test_a_target_cue_outside_a_held_frame_still_plans(text, expected):
    assert facts(text, 2023) == expected


# --- a target among what was done after 下一步 --------------------------------------------------------------------
def test_a_target_after_next_steps_is_of_the_year_planned():
    assert facts("2023年,全省行政复议纠错率12.5%。下一步,力争全省行政复议纠错率保持在10%以上。", 2023) == [
        ("reconsideration_correction_rate", 10, 2024, True), ("reconsideration_correction_rate", 12.5, 2023, False)]


def test_a_target_after_next_steps_in_a_text_planning_no_next_year_names_none():
    assert facts("2023年,全省行政复议纠错率12.5%。下一步,确保负责人出庭应诉率达到100%。", 2023,
                 plans_next_year=False) == [
        ("head_appearance_rate", 100, None, True), ("reconsideration_correction_rate", 12.5, 2023, False)]


def test_a_target_cue_among_what_was_done_with_no_next_step_plans_the_reports_year():
    assert facts("2023年,全县调解成功率98.5%。全年确保负责人出庭应诉率达到100%。", 2023) == [
        ("head_appearance_rate", 100, 2023, True), ("mediation_success_rate", 98.5, 2023, False)]


# --- a quota set for the year ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("确定2021年全市完成办理法律援助案件5120件,并对各县细化目标任务。", [("legal_aid_cases", 5120, 2021, True)]),
    ("经与财政部门会商,确定本年度全县完成法律援助案件760件。", [("legal_aid_cases", 760, 2022, True)]),
    # 办案 counts the cases as 案件 does
    ("市局下达我区2022年法律援助办案任务数为430件,截至6月底已受理法律援助案件250件。",
     [("legal_aid_cases", 250, 2022, False), ("legal_aid_cases", 430, 2022, True)]),
    # a quota with no label of its own: what its paragraph counted last
    ("全年共受理法律援助案件310件。年度任务数为420件。",
     [("legal_aid_cases", 310, 2022, False), ("legal_aid_cases", 420, 2022, True)]),
])
def test_a_quota_set_for_the_year_is_a_target(text, expected):
    assert facts(text, 2022) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全年共完成法律援助案件815件,超额完成年度任务。", [("legal_aid_cases", 815, 2022, False)]),
    ("全面完成市局下达的任务,全年办理法律援助案件520件。", [("legal_aid_cases", 520, 2022, False)]),
    ("按照市局下达任务完成法律援助案件505件。", [("legal_aid_cases", 505, 2022, False)]),
    ("全年法律援助办案数量410件。", [("legal_aid_cases", 410, 2022, False)]),
    # a label-less quota with no count before it in its paragraph: none
    ("年度任务数为420件。", []),
])
def test_what_was_done_against_a_quota_stays_done(text, expected):
    assert facts(text, 2022) == expected

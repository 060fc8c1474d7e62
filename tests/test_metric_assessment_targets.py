"""A rate's target said beside its level: in brackets or the next clause after the level (败诉率降至4.6%(省考核指标
6%以下), 调撤率41.2%,有望提升至45%以上), named by the assessment before the label (省定目标出庭应诉率90%以上) or after
it (败诉率控制目标为8%), with the level reached after it (…,实际为5.7%), and a target whose label stands in the clause
before its cue (要持续提升调解成功率,力争稳定在98%以上). Also a part of the next year said after a plan sentence: what
that part of the year has done, no target.

Every sentence is written for the test, with made-up figures.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport import extract


def metrics(text: str) -> list[tuple[str, float, int | None, bool]]:
    return [m[:4] for m in read(text)[0]]


def rates(text: str) -> list[tuple[str, float]]:
    return read(text)[1]


# --- a target said right after the level: in brackets, or with 有望 ---------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("全区行政诉讼败诉率降至4.6%(省考核指标6%以下)。", 6),
    ("全区行政诉讼败诉率降至4.6%(省定考核指标6%以下)。", 6),
    ("全区行政诉讼败诉率降至4.6%(市考核目标值为5.5%以下)。", 5.5),
    ("全区行政诉讼败诉率降至4.6%(考核要求7%以下)。", 7),
    ("全区行政诉讼败诉率为5.3%,有望控制在5%以内。", 5),
])
def test_a_target_said_after_the_level_is_the_same_rate_s_target(text, target):
    level = metrics(text)[0]
    assert metrics(text) == [level, ("litigation_loss_rate", target, 2023, True)]
    assert level[2:] == (2023, False)


def test_a_target_said_twice_after_the_level_is_read_each_time():
    text = "全区行政机关负责人出庭应诉率为96.1%,有望达到考核要求的98%以上(市考核指标98%以上)。"
    assert metrics(text) == [("head_appearance_rate", 96.1, 2023, False), ("head_appearance_rate", 98, 2023, True),
                             ("head_appearance_rate", 98, 2023, True)]


def test_a_target_of_a_rate_with_no_key_is_still_its_rate():
    text = "全区行政争议调撤率41.2%,有望提升至45%以上(市考核指标45%以上)。"
    assert sorted({(r.label, r.value, r.target) for r in extract(text).rates}) == [
        ("行政争议调撤率", 41.2, False), ("行政争议调撤率", 45, True)]


@pytest.mark.parametrize("text", [
    "全区行政机关负责人出庭应诉率为96.1%(同比提高2.4个百分点)。",  # a change in the brackets
    "全区行政机关负责人出庭应诉率为96.1%(上年为93.7%)。",  # the year before's level
])
def test_brackets_of_a_change_or_a_base_hold_no_target(text):
    assert [m for m in metrics(text) if m[3]] == []


# --- a target named by the assessment before or after the label, and the level reached after it ---------------------

@pytest.mark.parametrize("text, label, target, level", [
    ("市对县考核要求败诉率控制在9%以内,我区实际为5.7%。", "败诉率", 9, 5.7),
    ("考核要求调解成功率97%,实际完成98.4%。", "调解成功率", 97, 98.4),
    ("省定目标调解成功率96%以上,全区实际达到98.8%。", "调解成功率", 96, 98.8),
    ("败诉率控制目标为9%,实际降至5.7%。", "败诉率", 9, 5.7),
])
def test_a_target_the_assessment_names_and_the_level_reached_against_it(text, label, target, level):
    assert rates(text) == [(label, target), (label, level)]
    assert [(m[1], m[3]) for m in metrics(text)] == [(target, True), (level, False)]


def test_a_rate_compared_with_its_origin_names_no_target():
    text = "败诉率由9%降至5.7%,下降3.3个百分点。"
    assert [m[3] for m in metrics(text)] == [False, False]


def test_a_rate_whose_completion_is_assessed_keeps_its_whole_label():
    assert rates("考核指标完成率达到96%。") == [("考核指标完成率", 96)]


# --- a target whose label stands in the clause before its cue -----------------------------------------------------

@pytest.mark.parametrize("text, key, value, year", [
    ("要持续提升调解成功率,力争稳定在98%以上。", "mediation_success_rate", 98, 2023),
    ("要进一步压降行政诉讼败诉率,确保2024年控制在5%以下。", "litigation_loss_rate", 5, 2024),
    ("会议要求压降行政诉讼败诉率,确保明年控制在6%以内。", "litigation_loss_rate", 6, 2024),
])
def test_a_target_takes_its_label_from_the_clause_before_its_cue(text, key, value, year):
    assert metrics(text) == [(key, value, year, True)]


@pytest.mark.parametrize("text", [
    "全区加强矛盾纠纷排查,力争稳定在98%以上。",  # no rate named before the cue
    "全区调解成功率98.5%,力争稳定在98%以上。",  # the clause before states its own figure: the rate followed on
])
def test_a_target_s_clause_before_that_names_no_bare_rate_gives_it_no_label(text):
    assert all(m[0] != "mediation_success_rate" or m[1] != 98 or m[3] for m in metrics(text))


# --- a part of the next year after a plan sentence -----------------------------------------------------------------

def test_a_part_of_the_next_year_after_a_plan_sentence_is_what_it_has_done():
    text = "下一步,我们将继续深化复议为民。2024年1至2月,已办结行政复议案件11件。"
    assert metrics(text) == [("reconsideration_closed", 11, 2024, False)]


def test_a_target_said_for_a_part_of_the_next_year_still_plans():
    text = "下一步,我们将继续深化复议为民。2024年1至2月,力争办结行政复议案件20件。"
    assert [m[3] for m in metrics(text)] == [True]


def test_a_plan_sentence_s_own_figure_still_plans():
    assert metrics("下一步,力争全年办理法律援助案件不少于450件。") == [("legal_aid_cases", 450, 2024, True)]

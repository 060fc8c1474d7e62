"""A target a rate's level is said to beat, in the clause right after the level (败诉率为3.8%,低于5%的控制目标; 调解成功率
99.1%,超过省定98%的年度目标; named before its figure, 超过年度目标98%, 低于市考核目标5%): the same rate's target, of
the level's year; the level is what was done. A level beaten
that nothing calls a target (高于全省平均水平的97%, 高于98%) is none. So is a target set in a bracket after the words
naming it, what the level did to it said before them (超过年度目标(97%), 完成年度目标任务(95%)).

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全县行政诉讼败诉率为4.2%，低于6%的控制目标。",
     [("litigation_loss_rate", 4.2, 2024, False), ("litigation_loss_rate", 6, 2024, True)]),
    ("全市行政诉讼败诉率为4.2%，低于省定6%的考核目标。",
     [("litigation_loss_rate", 4.2, 2024, False), ("litigation_loss_rate", 6, 2024, True)]),
    ("全区调解成功率98.9%，超过97%的年度目标。",
     [("mediation_success_rate", 97, 2024, True), ("mediation_success_rate", 98.9, 2024, False)]),
    ("全县行政机关负责人出庭应诉率96.5%，高于市下达的90%的目标。",
     [("head_appearance_rate", 90, 2024, True), ("head_appearance_rate", 96.5, 2024, False)]),
])
def test_a_target_the_level_beats_is_the_same_rates_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", ["全区调解成功率98.9%，高于全省平均水平的97%。", "全区调解成功率98.9%，高于97%。"])
def test_a_level_beaten_that_is_no_target_is_no_figure_of_the_rate(text):
    assert facts(text) == [("mediation_success_rate", 98.9, 2024, False)]


# A target the level is said to meet or beat, set by someone at some time (年初确定的, 市局下达的, 上级要求的): the verb
# of its meeting (完成, 实现, 达到, 超额完成) or beating, the setter, then the target's figure and 目标.
@pytest.mark.parametrize("text, expected", [
    ("全县人民调解成功率达到98.4%，完成了年初确定的97%目标。",
     [("mediation_success_rate", 97, 2024, True), ("mediation_success_rate", 98.4, 2024, False)]),
    ("全区行政诉讼败诉率为5.1%，实现了年初设定的8%以内的控制目标。",
     [("litigation_loss_rate", 5.1, 2024, False), ("litigation_loss_rate", 8, 2024, True)]),
    ("全市行政机关负责人出庭应诉率97.2%，超额完成市局下达的95%的目标任务。",
     [("head_appearance_rate", 95, 2024, True), ("head_appearance_rate", 97.2, 2024, False)]),
    ("全县调解成功率99.3%，高于年初提出的98%的目标。",
     [("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 99.3, 2024, False)]),
])
def test_a_target_the_level_meets_as_set_is_the_same_rates_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全区调解成功率98.9%，完成年度目标任务的97%。",  # a share of a task done, after 目标: no target's figure
    "全区调解成功率98.9%，达到年初确定的工作目标。",  # the target met names no figure
])
def test_a_target_met_with_no_figure_of_its_own_adds_none(text):
    assert facts(text) == [("mediation_success_rate", 98.9, 2024, False)]


# A target the level is said to miss (未完成, 未能实现, 尚未达到): the same rate's target, of the level's year.
@pytest.mark.parametrize("text, expected", [
    ("全县行政诉讼败诉率为7.4%,未完成年初确定的6%以内的控制目标。",
     [("litigation_loss_rate", 6, 2024, True), ("litigation_loss_rate", 7.4, 2024, False)]),
    ("全区行政机关负责人出庭应诉率为86.5%,尚未达到市定90%的目标。",
     [("head_appearance_rate", 86.5, 2024, False), ("head_appearance_rate", 90, 2024, True)]),
])
def test_a_target_the_level_misses_is_the_same_rates_target(text, expected):
    assert facts(text) == expected


def test_a_level_missed_that_is_no_target_is_no_figure_of_the_rate():
    assert facts("全区行政诉讼败诉率为7.4%,未达到全省平均水平的6%。") == [("litigation_loss_rate", 7.4, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    ("全区调解成功率99.3%，超过年度目标97%。",
     [("mediation_success_rate", 97, 2024, True), ("mediation_success_rate", 99.3, 2024, False)]),
    ("全县行政诉讼败诉率为3.6%，低于市考核目标7%。",
     [("litigation_loss_rate", 3.6, 2024, False), ("litigation_loss_rate", 7, 2024, True)]),
    ("全市行政复议纠错率为5.4%，低于控制目标9%。",
     [("reconsideration_correction_rate", 5.4, 2024, False), ("reconsideration_correction_rate", 9, 2024, True)]),
])
def test_a_target_named_before_the_figure_the_level_beats_is_the_same_rates_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全区调解成功率99.3%，超过年度目标（97%）。",
     [("mediation_success_rate", 97, 2024, True), ("mediation_success_rate", 99.3, 2024, False)]),
    ("全县行政诉讼败诉率为3.6%，低于市考核目标(7%)。",
     [("litigation_loss_rate", 3.6, 2024, False), ("litigation_loss_rate", 7, 2024, True)]),
])
def test_a_target_the_level_beats_set_in_a_bracket_after_its_name_is_the_same_rates_target(text, expected):
    assert facts(text) == expected


def test_a_bracket_after_a_word_naming_no_target_holds_none():
    assert facts("全区调解成功率99.3%，高于全省平均（97%）。") == [("mediation_success_rate", 99.3, 2024, False)]


def test_an_average_named_before_the_figure_the_level_beats_is_no_target():
    assert facts("全区调解成功率99.3%，高于全省平均97%。") == [("mediation_success_rate", 99.3, 2024, False)]


# A target met, set in a bracket right after the words naming it (完成年度目标任务(95%), 超额完成年度目标(90%)): the
# same rate's target, of the level's year, whatever the verb of its meeting, its setter said or not.
@pytest.mark.parametrize("text, expected", [
    ("全年行政机关负责人出庭应诉率96%,完成年度目标任务(95%)。",
     [("head_appearance_rate", 95, 2024, True), ("head_appearance_rate", 96, 2024, False)]),
    ("全县负责人出庭应诉率达100%,超额完成年度目标(90%)。",
     [("head_appearance_rate", 90, 2024, True), ("head_appearance_rate", 100, 2024, False)]),
    ("我市人民调解成功率为98.6%，圆满完成市下达的目标任务（97%），较上年提高0.4个百分点。",
     [("mediation_success_rate", 97, 2024, True), ("mediation_success_rate", 98.6, 2024, False)]),
    ("全区行政复议纠错率7.9%,实现年度控制目标(10%以内)。",
     [("reconsideration_correction_rate", 7.9, 2024, False), ("reconsideration_correction_rate", 10, 2024, True)]),
    ("全区行政诉讼败诉率为6.8%,未完成年度目标任务(5%)。",
     [("litigation_loss_rate", 5, 2024, True), ("litigation_loss_rate", 6.8, 2024, False)]),
])
def test_a_target_the_level_meets_set_in_a_bracket_after_its_name_is_the_same_rates_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an average beaten, in its bracket after its name: no target
    ("全区调解成功率98.9%,超过全省平均水平(97%)。", [("mediation_success_rate", 98.9, 2024, False)]),
    # the year before's level: its year's, no target
    ("全区调解成功率98.9%,较上年(97%)有所提高。",
     [("mediation_success_rate", 97, 2023, False), ("mediation_success_rate", 98.9, 2024, False)]),
])
def test_a_bracket_after_words_naming_no_target_holds_no_target(text, expected):
    assert facts(text) == expected


# The target called a requirement or an index (高于80%的考核要求, 低于省定8%的考核指标), set by 省里 as by 市里: the same
# rate's target, as one called 目标 is.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率96%，高于80%的考核要求。",
     [("head_appearance_rate", 80, 2024, True), ("head_appearance_rate", 96, 2024, False)]),
    ("全市行政诉讼败诉率为3.9%,低于省定8%的考核指标。",
     [("litigation_loss_rate", 3.9, 2024, False), ("litigation_loss_rate", 8, 2024, True)]),
    ("全区行政机关负责人出庭应诉率达到97%,达到了省里提出的90%以上的要求。",
     [("head_appearance_rate", 90, 2024, True), ("head_appearance_rate", 97, 2024, False)]),
])
def test_a_requirement_or_an_index_the_level_beats_is_the_same_rates_target(text, expected):
    assert facts(text) == expected


# The verb beating, meeting or missing the target run into its figure, a connector's word too (未达到98%的年度目标,
# 达到98%的年度目标: read without the verb it was lost, or read as a level), and the gap left to it (距98%的年度目标还差…,
# 距离年度目标(98%)尚差…): the same rate's target.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率为96.1%,未达到97%的年度目标。",
     [("head_appearance_rate", 96.1, 2024, False), ("head_appearance_rate", 97, 2024, True)]),
    ("全区调解成功率为98.4%,达到98%的年度目标。",
     [("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 98.4, 2024, False)]),
    ("全县行政机关负责人出庭应诉率为96.1%,距97%的年度目标还差0.9个百分点。",
     [("head_appearance_rate", 96.1, 2024, False), ("head_appearance_rate", 97, 2024, True)]),
    ("全市行政复议纠错率为11.6%,距离年度目标(12%)尚差0.4个百分点。",
     [("reconsideration_correction_rate", 11.6, 2024, False), ("reconsideration_correction_rate", 12, 2024, True)]),
])
def test_a_target_met_missed_or_short_of_with_its_verb_run_into_it_is_the_same_rates_target(text, expected):
    assert facts(text) == expected


def test_a_gap_from_a_level_that_is_no_target_adds_none():
    assert facts("全区调解成功率为98.4%,距100%还差1.6个百分点。") == [("mediation_success_rate", 98.4, 2024, False)]

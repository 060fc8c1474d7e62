"""A rate's label followed by every level of the area, then 均 or 都 and one value (出庭应诉率市、镇两级均为100%,
调解成功率县乡村三级均在98%以上, 出庭应诉率各级均达到100%): every level holds it, so the area as a whole does, its
headline value (a bound stays a bound); levels given a value each (…两级分别为…) or units that are no level (县直部门)
stay parts. A target in brackets that the level is said to beat by a gap (比年度目标(95%)高3个百分点, 高出年度目标值
(90%)8个百分点): the target is the rate's, the gap no level. A target the level is said to be above or below
(高于95%的年度目标值, 低于5%的控制目标): the target is said exactly, no bound.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport.metrics import Interpreter, own_level
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.structure import Outline


def qualified(text: str) -> list[tuple[str, float, bool, str | None]]:
    """(key, value, target, qualifier) of each headline metric of `text`."""
    norm = normalize(text)
    metrics, _, _ = Interpreter(norm, Outline(norm), [], 2024).run(scan(norm))
    return sorted((m.key, round(m.value, 2), m.target, m.qualifier) for m in metrics)


@pytest.mark.parametrize("text, key, value, label", [
    ("全县行政机关负责人出庭应诉率县、镇两级均为100%。", "head_appearance_rate", 100, "行政机关负责人出庭应诉率"),
    ("2024年,全区行政机关负责人出庭应诉率各级均达到100%。", "head_appearance_rate", 100, "行政机关负责人出庭应诉率"),
    ("全市人民调解成功率市县乡三级都达到了99.2%。", "mediation_success_rate", 99.2, "人民调解成功率"),
    ("全县调解成功率县、乡、村三级均为98.6%。", "mediation_success_rate", 98.6, "调解成功率"),
])
def test_one_value_every_level_shares_is_the_areas(text, key, value, label):
    assert facts(text) == [(key, value, 2024, False)]
    assert read(text, 2024)[1] == [(label, value)]


@pytest.mark.parametrize("text, label, values", [
    ("全县县乡村三级调解组织调解成功率分别为99.4%、98.1%、97.3%。", "调解组织调解成功率", [97.3, 98.1, 99.4]),
    ("全市市县两级行政机关负责人出庭应诉率分别为100%、97.5%。", "行政机关负责人出庭应诉率", [97.5, 100]),
])
def test_levels_counted_together_before_a_label_with_a_value_each_are_parts(text, label, values):
    assert facts(text) == []
    assert sorted(read(text, 2024)[1]) == [(label, value) for value in values]


def test_levels_counted_together_before_a_label_sharing_one_value_keep_the_headline_value():
    assert facts("全市市县两级行政机关负责人出庭应诉率均达到100%。") == [("head_appearance_rate", 100, 2024, False)]


def test_a_bound_every_level_shares_stays_a_bound():
    assert qualified("全县调解成功率县乡村三级均在97%以上。") == [("mediation_success_rate", 97, False, "at_least")]


@pytest.mark.parametrize("text, label, values", [
    ("全县行政机关负责人出庭应诉率县、镇两级分别为100%、96.5%。", "行政机关负责人出庭应诉率", [96.5, 100]),
    ("全县出庭应诉率县直部门均为100%。", "出庭应诉率", [100]),  # units of the area, no level: a subset
    ("全区调解成功率镇街、村居均为99%。", "调解成功率", [99]),
    ("全县调解成功率县级为99.1%,乡镇级为97.8%。", "调解成功率", [97.8, 99.1]),
])
def test_levels_or_units_with_a_value_each_or_a_subset_stay_parts(text, label, values):
    assert facts(text) == []
    assert sorted(read(text, 2024)[1]) == [(label, value) for value in values]


@pytest.mark.parametrize("text, expected", [
    ("全县调解成功率98.7%,比年度目标(96%)高2.7个百分点。",
     [("mediation_success_rate", 96, 2024, True), ("mediation_success_rate", 98.7, 2024, False)]),
    ("全区行政机关负责人出庭应诉率达97%,高出年度目标值(85%)12个百分点。",
     [("head_appearance_rate", 85, 2024, True), ("head_appearance_rate", 97, 2024, False)]),
    ("全市行政诉讼败诉率为3.1%,较年度控制目标(6%)低2.9个百分点。",
     [("litigation_loss_rate", 3.1, 2024, False), ("litigation_loss_rate", 6, 2024, True)]),
    ("全县调解成功率98.7%,比97%的年度目标高1.7个百分点。",
     [("mediation_success_rate", 97, 2024, True), ("mediation_success_rate", 98.7, 2024, False)]),
    # the target set by an assessment (省考核目标, 市考核目标)
    ("全区行政机关负责人出庭应诉率达到96%,比省考核目标(88%)高8个百分点。",
     [("head_appearance_rate", 88, 2024, True), ("head_appearance_rate", 96, 2024, False)]),
    ("全县行政诉讼败诉率为3.5%,低于市考核目标(7%)。",
     [("litigation_loss_rate", 3.5, 2024, False), ("litigation_loss_rate", 7, 2024, True)]),
])
def test_a_target_in_brackets_beaten_by_a_gap_is_the_rates_target_the_gap_none(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全县调解成功率98.7%,比上年(97.5%)高1.2个百分点。",  # the year before: a level, no target
    "全县调解成功率98.7%,比全市平均水平(97.5%)高1.2个百分点。",  # an average: another area's
    "全县调解成功率98.7%,高于市考核平均(97.5%)1.2个百分点。",  # assessed, but no target named
])
def test_a_bracket_of_no_target_compared_with_adds_no_target(text):
    assert all(not target for *_, target in facts(text))


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率为96.5%,高于92%的年度目标值。",
     [("head_appearance_rate", 92, True, None), ("head_appearance_rate", 96.5, False, None)]),
    ("全区行政诉讼败诉率为2.8%,低于6%的控制目标。",
     [("litigation_loss_rate", 2.8, False, None), ("litigation_loss_rate", 6, True, None)]),
])
def test_a_target_the_level_is_above_or_below_is_said_exactly(text, expected):
    assert qualified(text) == expected


def test_a_bound_after_the_beaten_targets_figure_stays():
    assert qualified("全区行政诉讼败诉率为2.8%,实现了年初设定的7%以内的控制目标。") == [
        ("litigation_loss_rate", 2.8, False, None), ("litigation_loss_rate", 7, True, "at_most")]


def test_a_level_above_a_figure_that_is_no_target_is_none():
    assert qualified("全县调解成功率为99%,高于98%。") == [("mediation_success_rate", 99, False, None)]


# A county's report (own_level: a county's rank) and a city's.
_COUNTY = own_level("海南省", None, "青岭县")
_CITY = own_level("江苏省", "东川市", None)


@pytest.mark.parametrize("text, label, values", [
    ("全县人民调解成功率县乡两级均达到98%以上,村级为96%。", "人民调解成功率", [96, 98]),
    ("调解成功率县、镇两级均为99%,其中社区为97.5%。", "调解成功率", [97.5, 99]),
    ("行政机关负责人出庭应诉率县乡两级均达100%;村居达到95%。", "行政机关负责人出庭应诉率", [95, 100]),
])
def test_levels_sharing_a_value_then_another_level_with_its_own_are_no_whole(text, label, values):
    assert facts(text, level=_COUNTY) == []
    assert sorted(read(text, 2024, level=_COUNTY)[1]) == [(label, value) for value in values]


@pytest.mark.parametrize("text, key, value", [
    ("全县人民调解成功率县乡两级均达到98%以上,较上年提高1.5个百分点。", "mediation_success_rate", 98),
    ("调解成功率县乡两级均为99%,社区矫正对象再犯罪率为0%。", "mediation_success_rate", 99),
])
def test_levels_sharing_a_value_then_no_level_of_its_own_keep_the_whole(text, key, value):
    assert [(k, v) for k, v, *_ in facts(text, level=_COUNTY)] == [(key, value)]


@pytest.mark.parametrize("text, level", [
    ("行政机关负责人出庭应诉率市县两级均为100%。", _COUNTY),  # the city's level too: above the county's own
    ("行政机关负责人出庭应诉率省市两级均为100%。", _CITY),
    ("人民调解成功率乡村两级均达到99%。", _COUNTY),  # the towns and villages alone: the county's own level unsaid
])
def test_levels_sharing_a_value_other_than_the_reports_own_and_below_are_no_whole(text, level):
    assert facts(text, level=level) == []
    assert [value for _, value in read(text, 2024, level=level)[1]] == [100 if "100" in text else 99]


@pytest.mark.parametrize("text, level, key, value", [
    ("行政机关负责人出庭应诉率县乡两级均为100%。", _COUNTY, "head_appearance_rate", 100),
    ("行政机关负责人出庭应诉率市县两级均为100%。", _CITY, "head_appearance_rate", 100),
    ("人民调解成功率县乡村三级均达到98.5%。", _COUNTY, "mediation_success_rate", 98.5),
])
def test_levels_sharing_a_value_from_the_reports_own_down_are_the_whole(text, level, key, value):
    assert [(k, v) for k, v, *_ in facts(text, level=level)] == [(key, value)]


# 全部 says every level shares the value as 均 does; a 在 may stand before the levels or the parts (在县乡两级均…,
# 在镇街为…, 在各级均…): the same reading, guards and all.
@pytest.mark.parametrize("text, key, value", [
    ("全县调解成功率县、镇两级全部达到99.5%。", "mediation_success_rate", 99.5),
    ("行政机关负责人出庭应诉率在县乡两级均实现100%。", "head_appearance_rate", 100),
    ("全县行政机关负责人出庭应诉率在县、乡两级全部为100%。", "head_appearance_rate", 100),
    ("人民调解成功率在县乡村三级均达到98.8%。", "mediation_success_rate", 98.8),
])
def test_levels_sharing_a_value_said_with_all_or_at_are_the_whole(text, key, value):
    assert [(k, v) for k, v, *_ in facts(text, level=_COUNTY)] == [(key, value)]


@pytest.mark.parametrize("text, label, values", [
    ("行政机关负责人出庭应诉率在市县两级均实现100%。", "行政机关负责人出庭应诉率", [100]),  # the city's level too
    ("人民调解成功率乡、村两级全部达到99%。", "人民调解成功率", [99]),  # the county's own level unsaid
    ("行政机关负责人出庭应诉率在县乡两级均为100%,在村级为96%。", "行政机关负责人出庭应诉率", [96, 100]),
    ("全县调解成功率在镇街为98.5%,在村居为97%。", "调解成功率", [97, 98.5]),
    ("全县调解成功率在县级达到99%。", "调解成功率", [99]),  # one level alone: a part
])
def test_levels_or_parts_after_at_or_all_that_are_no_whole_stay_rates(text, label, values):
    assert facts(text, level=_COUNTY) == []
    assert sorted(read(text, 2024, level=_COUNTY)[1]) == [(label, value) for value in values]


def test_a_level_of_the_rate_said_with_at_and_no_level_stays_the_areas():
    assert qualified("全县调解成功率在98%以上。") == [("mediation_success_rate", 98, False, "at_least")]


# A target compared with, named by its setter alone (较市控制目标(8%)) or as the year before's (比上年度目标(95%), 去年目标:
# that year's), after the level or right after the rate's label with no level before it (出庭应诉率高于省定目标(90%)): the
# rate's target; a gap after its bracket no level, the figure after the gap the label's level.
@pytest.mark.parametrize("text, expected", [
    ("全县调解成功率为98.2%,比上年度目标(96%)高2.2个百分点。",
     [("mediation_success_rate", 96, 2023, True), ("mediation_success_rate", 98.2, 2024, False)]),
    ("全区行政诉讼败诉率5.5%,较市控制目标(9%)低3.5个百分点。",
     [("litigation_loss_rate", 5.5, 2024, False), ("litigation_loss_rate", 9, 2024, True)]),
    ("全县行政机关负责人出庭应诉率高于省定目标(85%)。", [("head_appearance_rate", 85, 2024, True)]),
    ("全市行政复议纠错率比年度目标（12%）低1.5个百分点。", [("reconsideration_correction_rate", 12, 2024, True)]),
    ("全县调解成功率较省定目标(96%)高出2.9个百分点,达98.9%。",
     [("mediation_success_rate", 96, 2024, True), ("mediation_success_rate", 98.9, 2024, False)]),
    ("全区行政诉讼败诉率比市控制目标(10%)低3个百分点,为7%。",
     [("litigation_loss_rate", 7, 2024, False), ("litigation_loss_rate", 10, 2024, True)]),
    ("全县调解成功率较去年目标(97%)高出1个百分点。", [("mediation_success_rate", 97, 2023, True)]),
])
def test_a_target_compared_with_by_its_setter_or_year_is_the_rates_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the year before's level in the bracket, no target: the level after the gap still the label's
    ("全县调解成功率较上年(96.5%)高出2个百分点,达98.5%。",
     [("mediation_success_rate", 96.5, 2023, False), ("mediation_success_rate", 98.5, 2024, False)]),
    ("全县调解成功率比上年度(95.5%)高3个百分点。", [("mediation_success_rate", 95.5, 2023, False)]),
    # a place named with no target: nothing of the rate's
    ("全县行政诉讼败诉率低于市(8%)。", []),
    # a gap that no bracketed figure comes right before: no level taken over it
    ("全县调解成功率较省定目标(96%)高出2.9个百分点,全县受理纠纷2000件。", [("mediation_success_rate", 96, 2024, True)]),
])
def test_a_bracket_compared_with_that_names_no_target_or_no_level_after_the_gap(text, expected):
    assert [f for f in facts(text) if f[0] != "mediation_cases"] == expected


# The target compared with right after the label, not bracketed: named before its figure (超过省定目标90%) or after it
# (高于省定90%的目标): the rate's target, a level after it in the next clause the level.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率超过省定目标88%。", [("head_appearance_rate", 88, 2024, True)]),
    ("全区行政诉讼败诉率低于市控制目标9%。", [("litigation_loss_rate", 9, 2024, True)]),
    ("全县行政机关负责人出庭应诉率高于省定88%的目标,达到97%。",
     [("head_appearance_rate", 88, 2024, True), ("head_appearance_rate", 97, 2024, False)]),
])
def test_a_target_compared_with_right_after_the_label_unbracketed_is_the_rates_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县调解成功率超过97%。", [("mediation_success_rate", 97, 2024, False)]),  # no target named: the level
    ("全县调解成功率高于全省平均水平96%。", []),  # an average: another area's
])
def test_a_figure_right_after_a_label_compared_with_no_target_is_no_target(text, expected):
    assert facts(text) == expected

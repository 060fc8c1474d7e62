"""A rate's label and its level kept apart by an adverb of the time it was reached (出庭应诉率首次达到100%,
调解成功率再次达到99%), by a trend held over a run of years (出庭应诉率连续三年上升,达到99.5%; 败诉率连年呈下降
趋势,为4.5%) or by a record it set (出庭应诉率再创新高,达到99.5%): the label is the level's. A first time before a
mark passed (首次突破90%) states no level.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率首次达到100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("全市人民调解成功率再次达到99.2%。", [("mediation_success_rate", 99.2, 2024, False)]),
    ("全区行政复议纠错率首度提高到12.4%。", [("reconsideration_correction_rate", 12.4, 2024, False)]),
])
def test_an_adverb_of_the_time_before_the_level_leaves_the_label(text, expected):
    assert facts(text) == expected


def test_the_rate_keeps_its_label_with_the_adverb_off():
    assert read("全县行政机关负责人出庭应诉率首次达到100%。")[1] == [("行政机关负责人出庭应诉率", 100)]


@pytest.mark.parametrize("text", [
    "新收行政复议案件首次突破300件。",  # a mark passed: more than 300, no count
    "全县行政机关负责人出庭应诉率首次突破90%。",
    "全县行政机关负责人出庭应诉率再次超过95%。",
])
def test_a_first_time_before_a_mark_passed_states_no_level(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率连续三年上升,达到99.5%。", [("head_appearance_rate", 99.5, 2024, False)]),
    ("全县行政机关负责人出庭应诉率连续三年呈增长态势,达99.5%。", [("head_appearance_rate", 99.5, 2024, False)]),
    ("全县行政机关负责人出庭应诉率连续4年攀升,2023年达98.2%。", [("head_appearance_rate", 98.2, 2023, False)]),
    ("全区行政诉讼败诉率连年呈下降趋势,为4.5%。", [("litigation_loss_rate", 4.5, 2024, False)]),
    ("全区行政诉讼败诉率连续两年下降,降至4.5%。", [("litigation_loss_rate", 4.5, 2024, False)]),
    ("全县行政机关负责人出庭应诉率连续两年稳步提升,达到99.5%。", [("head_appearance_rate", 99.5, 2024, False)]),
])
def test_a_trend_over_a_run_of_years_gives_the_level_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全县行政机关负责人出庭应诉率连续三年上升,分别为81%、86%、92%。",  # each year's level
    "全县行政应诉工作连续三年呈上升态势,达96.5%。",  # no rate named before the trend
    "全县行政机关负责人出庭应诉率连续三年,达99.5%。",  # a run of years with no trend
])
def test_no_level_for_a_run_of_years_without_a_rates_trend(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率再创新高,达到99.5%。", [("head_appearance_rate", 99.5, 2024, False)]),
    ("全县行政机关负责人出庭应诉率创历史新高,为99.5%。", [("head_appearance_rate", 99.5, 2024, False)]),
    ("全县行政诉讼败诉率创新低,为2.1%。", [("litigation_loss_rate", 2.1, 2024, False)]),
])
def test_a_record_set_gives_the_level_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率位居全市第一,达100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("全区调解成功率保持全市前列,为99.2%。", [("mediation_success_rate", 99.2, 2024, False)]),
    ("全县行政复议纠错率居全省首位,为12.5%。", [("reconsideration_correction_rate", 12.5, 2024, False)]),
    ("全县行政机关负责人出庭应诉率排名全市第一,达100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("全县行政机关负责人出庭应诉率在全市排名第二,达98%。", [("head_appearance_rate", 98, 2024, False)]),
    ("全县调解成功率全省第一,为99.2%。", [("mediation_success_rate", 99.2, 2024, False)]),
    ("全县行政复议纠错率连续三年全省第一,为12.5%。", [("reconsideration_correction_rate", 12.5, 2024, False)]),
    # 第一 said with no verb nor scope is no standing
    ("全县行政机关负责人出庭应诉率第一,达100%。", []),
    # a standing with no level after it: the count of the next clause is its own
    ("全区调解成功率位居全市前列,受理纠纷120件。", [("mediation_cases", 120, 2024, False)]),
])
def test_a_standing_among_others_gives_the_level_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全县行政机关负责人出庭应诉率再创新高。",  # no level said
    "全县行政应诉工作质效再创新高,达96.5%。",  # no rate named before the record
])
def test_no_level_for_a_record_without_a_rate_and_its_level(text):
    assert facts(text) == []

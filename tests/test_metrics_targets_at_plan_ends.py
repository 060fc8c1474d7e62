"""A target set for the end of a five-year plan (到“十四五”末, 力争到“十四五”期末, 到十四五规划末): a target of the plan's
last year (2025 for 十四五), which the sentence names by the plan, not by a year. The end of a plan before the
report's year (到“十三五”末) dates the level reached by then, no target, as a level said up to it (截至“十三五”末) or
at it (“十三五”末,… opening the sentence, or after the area's own call: 全县“十三五”末…) is of that year, not one
compared with it (与“十二五”末相比); the plan's end is no word of the rate's label (“十三五”末行政机关负责人出庭应诉率:
行政机关负责人出庭应诉率). A figure of the plan's whole span (“十四五”期间) is no such target, and a sum up to a plan's end (截至…末,
累计…) is of no plan's last year.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("到“十四五”末，全市行政机关负责人出庭应诉率达到95%。", [("head_appearance_rate", 95, 2025, True)]),
    ("力争到“十四五”期末，全区人民调解成功率稳定在98.5%以上。", [("mediation_success_rate", 98.5, 2025, True)]),
    ("至十四五规划末，全县公证年办证量达到2.6万件。", [("notarizations", 26000, 2025, True)]),
])
def test_a_target_for_a_plans_end_is_of_its_last_year(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("截至“十三五”末，全市行政机关负责人出庭应诉率达到92%。", [("head_appearance_rate", 92, False)]),
    ("“十四五”期间，全区人民调解成功率保持在98%以上。", [("mediation_success_rate", 98, False)]),
])
def test_a_level_up_to_a_plans_end_or_over_its_span_is_no_target_for_its_end(text, expected):
    # (the year such a level is of is not asked here: only that it is no target)
    assert [(key, value, target) for key, value, _, target in facts(text)] == expected


def test_a_past_plans_end_dates_the_level_reached_by_then():
    # 十三五 ended in 2020, before the report's year: a level reached by then, of 2020, no target
    assert facts("到“十三五”末，全市行政机关负责人出庭应诉率达到96%。") == [("head_appearance_rate", 96, 2020, False)]


@pytest.mark.parametrize("text, expected", [
    ("截至“十三五”末，全市行政机关负责人出庭应诉率达到92%。", [("head_appearance_rate", 92, 2020, False)]),
    ("截止到“十三五”期末，全县人民调解成功率为97.4%。", [("mediation_success_rate", 97.4, 2020, False)]),
    ("“十三五”末，全区行政机关负责人出庭应诉率为94%。", [("head_appearance_rate", 94, 2020, False)]),
])
def test_a_level_said_up_to_a_past_plans_end_is_of_its_last_year(text, expected):
    assert facts(text) == expected


def test_a_sum_up_to_a_past_plans_end_is_not_dated_by_it():
    # 累计: the plan's years summed, no level of its last year
    assert [year for _, _, year, _ in facts("截至“十三五”末，全区累计办理法律援助案件4380件。")] != [2020]


def test_a_plans_end_another_word_governs_dates_nothing():
    # 与…末相比: the base of a comparison, the level the report's year's
    assert facts("与“十二五”末相比，全县人民调解成功率提高到98.2%。") == [("mediation_success_rate", 98.2, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    ("全县“十三五”末行政机关负责人出庭应诉率达到100%。",
     ([("head_appearance_rate", 100, 2020, False)], [("行政机关负责人出庭应诉率", 100)])),
    ("我市十三五期末人民调解成功率为97.6%。", ([("mediation_success_rate", 97.6, 2020, False)], [("人民调解成功率", 97.6)])),
    ("本区“十三五”规划末行政诉讼败诉率降至4.3%。",
     ([("litigation_loss_rate", 4.3, 2020, False)], [("行政诉讼败诉率", 4.3)])),
])
def test_a_level_at_a_past_plans_end_after_the_areas_call_is_of_its_last_year_and_labelled_without_it(text, expected):
    metrics, rates = read(text, 2024)
    assert (sorted((k, v, y, t) for k, v, y, t, _ in metrics), rates) == expected


def test_a_label_after_a_quoted_name_of_no_plan_keeps_its_first_word():
    assert read("“最后一公里”末端服务覆盖率达到95%。", 2024)[1] == [("末端服务覆盖率", 95)]


def test_a_plans_end_compared_with_after_the_areas_call_dates_nothing():
    assert facts("全县与“十三五”末相比,人民调解成功率提高到98.5%。") == [("mediation_success_rate", 98.5, 2024, False)]


# The end of a plan still to come, said with no cue (“十四五”末,…达到100%; 全县“十四五”末…), in a report before its last
# year: a level yet to be reached, a target of that year; after a year the sentence names first (2024年…,到“十四五”末…),
# the plan's end is the time the figure is of.
@pytest.mark.parametrize("text, expected", [
    ("“十四五”末，全市行政机关负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2025, True)]),
    ("“十四五”末全县人民调解成功率98.5%。", [("mediation_success_rate", 98.5, 2025, True)]),
    ("全区“十四五”期末行政复议纠错率为12%。", [("reconsideration_correction_rate", 12, 2025, True)]),
    ("2024年全县调解成功率为97.9%,到“十四五”末调解成功率达到99%。",
     [("mediation_success_rate", 97.9, 2024, False), ("mediation_success_rate", 99, 2025, True)]),
])
def test_a_coming_plans_end_with_no_cue_is_a_target_of_its_last_year(text, expected):
    assert facts(text) == expected


def test_a_plans_end_in_its_last_years_report_dates_the_level():
    assert facts("“十四五”末，全市行政机关负责人出庭应诉率达到100%。", 2025) == [("head_appearance_rate", 100, 2025, False)]


def test_a_year_said_after_a_plans_end_dates_the_figure():
    # (the plan's end opens the sentence, a year of its own the figure's clause)
    assert [(value, year) for _, value, year, _ in facts("到“十四五”末全县调解成功率达到99%,2024年全县调解成功率为97.9%。")] \
        == [(97.9, 2024), (99, 2025)]


# A clause after a rate's level that plans it to a plan's end, the plan's name quoted (…95%,力争到“十四五”末达到100%):
# the same rate's target of the plan's last year, as with the name unquoted (力争到十四五末达到100%); to a past plan's
# end, the level reached by then.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率达到95%,力争到“十四五”末达到100%。",
     [("head_appearance_rate", 95, 2024, False), ("head_appearance_rate", 100, 2025, True)]),
    ("全市人民调解成功率为98.2%，到“十四五”期末达到99%以上。",
     [("mediation_success_rate", 98.2, 2024, False), ("mediation_success_rate", 99, 2025, True)]),
    ("全县行政复议纠错率为12%,到“十三五”末为15%。",
     [("reconsideration_correction_rate", 12, 2024, False), ("reconsideration_correction_rate", 15, 2020, False)]),
])
def test_a_later_clause_to_a_quoted_plans_end_is_the_same_rates_figure_of_its_last_year(text, expected):
    assert facts(text) == expected


def test_a_clause_after_a_quoted_name_of_no_plan_goes_on_from_no_level():
    assert facts("全县人民调解成功率为98.2%,“枫桥经验”达到99%。") == [("mediation_success_rate", 98.2, 2024, False)]


# A level reached after a change measured from a plan's end, the plan's name quoted (较“十三五”末提高5个百分点,达到96%):
# the rate's level of the year, as after a change from a year (较2020年提高…); the change itself is no level.
@pytest.mark.parametrize("text, expected", [
    ("2024年，全市行政机关负责人出庭应诉率较“十三五”末提高5个百分点，达到96%。", [("head_appearance_rate", 96, 2024, False)]),
    ("全县行政复议纠错率比“十三五”期末下降2.1个百分点,降至9.6%。", [("reconsideration_correction_rate", 9.6, 2024, False)]),
    ("我区人民调解成功率较“十三五”末提升0.5个百分点，为98.7%。", [("mediation_success_rate", 98.7, 2024, False)]),
])
def test_a_level_after_a_change_from_a_quoted_plans_end_is_the_years(text, expected):
    assert facts(text) == expected


def test_a_change_from_a_quoted_plans_end_alone_is_no_level():
    assert facts("全市行政机关负责人出庭应诉率较“十三五”末提高5个百分点。") == []


# A clause after a rate's level naming a plan's end with no 到 before it, bare or after a cue (…98.2%,“十四五”末将达到
# 99%; …,十四五末力争达到99%; …,力争“十四五”末达到99%; …,预计“十四五”期末可达99%): the same rate's target of the plan's
# last year; a past plan's end so named (…12%,“十三五”末为15%), the level of that year. A clause naming another rate
# after the plan's end is that rate's; one comparing with the plan's end states no level.
@pytest.mark.parametrize("text, expected", [
    ("全县人民调解成功率98.2%，“十四五”末将达到99%。",
     [("mediation_success_rate", 98.2, 2024, False), ("mediation_success_rate", 99, 2025, True)]),
    ("我市行政机关负责人出庭应诉率为96%,十四五末力争达到100%。",
     [("head_appearance_rate", 96, 2024, False), ("head_appearance_rate", 100, 2025, True)]),
    ("全区人民调解成功率达98.6%，力争“十四五”末达到99%以上。",
     [("mediation_success_rate", 98.6, 2024, False), ("mediation_success_rate", 99, 2025, True)]),
    ("本县行政复议纠错率为11%，预计“十四五”期末可达15%。",
     [("reconsideration_correction_rate", 11, 2024, False), ("reconsideration_correction_rate", 15, 2025, True)]),
    ("全县行政复议纠错率为12%,“十三五”末为15%。",
     [("reconsideration_correction_rate", 12, 2024, False), ("reconsideration_correction_rate", 15, 2020, False)]),
])
def test_a_later_clause_naming_a_bare_plans_end_is_the_same_rates_figure_of_its_last_year(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县人民调解成功率98.2%，“十四五”末行政复议纠错率将达到15%。",
     [("mediation_success_rate", 98.2, 2024, False), ("reconsideration_correction_rate", 15, 2025, True)]),
    ("全县人民调解成功率98.2%，较“十三五”末提高1个百分点。", [("mediation_success_rate", 98.2, 2024, False)]),
])
def test_a_later_clause_at_a_plans_end_naming_another_rate_or_a_change_is_no_level_of_the_rate_before(text, expected):
    assert facts(text) == expected


# A change's origin said at a plan's end (由“十三五”末的91%提高到96%, 较十三五末的91%提高5个百分点,达到96%, 从十三五期末
# 的8%上升至12.5%): the rate's level of the plan's last year, as an origin said in a year is that year's (较2020年的91%);
# the level reached is the report's year's. An origin naming no time (由91%提高到96%) stays undated.
@pytest.mark.parametrize("text, expected", [
    ("全市行政机关负责人出庭应诉率由“十三五”末的91%提高到96%。",
     [("head_appearance_rate", 91, 2020, False), ("head_appearance_rate", 96, 2024, False)]),
    ("全县行政机关负责人出庭应诉率较十三五末的91%提高5个百分点，达到96%。",
     [("head_appearance_rate", 91, 2020, False), ("head_appearance_rate", 96, 2024, False)]),
    ("我区行政复议纠错率从“十三五”期末的8%上升至12.5%。",
     [("reconsideration_correction_rate", 8, 2020, False), ("reconsideration_correction_rate", 12.5, 2024, False)]),
])
def test_a_changes_origin_at_a_plans_end_is_the_level_of_its_last_year(text, expected):
    assert facts(text) == expected


def test_a_changes_origin_naming_no_time_stays_undated():
    assert facts("全市行政机关负责人出庭应诉率由91%提高到96%。") == [
        ("head_appearance_rate", 91, None, False), ("head_appearance_rate", 96, 2024, False)]

"""A change said between two levels with no year (由85%提高到92%, 从120件增加到150件): the level reached is the
sentence's year's, the level it started from is of some time before that the text does not date. Neither is lost,
and the two are never read as two values of one year.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率由81%提高到96%。",
     [("head_appearance_rate", 81, None, False), ("head_appearance_rate", 96, 2024, False)]),
    ("全区行政复议纠错率从4.5%上升至7.2%。",
     [("reconsideration_correction_rate", 4.5, None, False), ("reconsideration_correction_rate", 7.2, 2024, False)]),
    ("行政诉讼败诉率由13.5%下降到了6.4%。",
     [("litigation_loss_rate", 6.4, 2024, False), ("litigation_loss_rate", 13.5, None, False)]),
    ("全市新收行政复议案件由118件增加到163件。",
     [("reconsideration_received", 118, None, False), ("reconsideration_received", 163, 2024, False)]),
])
def test_a_change_without_years_dates_only_the_level_reached(text, expected):
    assert facts(text) == expected


def test_both_levels_stay_among_the_rates():
    assert read("全区行政复议纠错率从4.5%上升至7.2%。")[1] == [("行政复议纠错率", 4.5), ("行政复议纠错率", 7.2)]


def test_an_origin_with_its_year_keeps_it():
    assert facts("全区行政复议纠错率从2022年的4.5%上升至7.2%。") == [
        ("reconsideration_correction_rate", 4.5, 2022, False), ("reconsideration_correction_rate", 7.2, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # 由 before a number that no rise or fall follows names no origin: the label is not read through it
    ("人民调解委员会由7人组成,全年调解纠纷36件。", [("mediation_cases", 36, 2024, False)]),
    ("行政复议纠错率由5.1%。", []),
])
def test_by_with_no_change_after_starts_no_series(text, expected):
    assert facts(text) == expected


def test_the_level_a_planned_rise_starts_from_is_no_target():
    assert facts("下一步,力争行政机关负责人出庭应诉率由84%提高到95%。") == [
        ("head_appearance_rate", 84, None, False), ("head_appearance_rate", 95, 2025, True)]


@pytest.mark.parametrize("text", ["全区行政复议纠错率由上年度的4.5%上升至7.2%。", "全区行政复议纠错率由去年同期的4.5%上升至7.2%。"])
def test_an_origin_of_the_year_before_in_other_words_is_that_years(text):
    assert facts(text) == [
        ("reconsideration_correction_rate", 4.5, 2023, False), ("reconsideration_correction_rate", 7.2, 2024, False)]


def test_a_comparisons_base_of_the_year_before_said_as_its_year_is_that_years():
    assert facts("全市新收行政复议案件126件,较上年度的104件增长21.2%。") == [
        ("reconsideration_received", 104, 2023, False), ("reconsideration_received", 126, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # the level reached said with 为 after the verb of the change, as with 至 or 到
    ("全县普法知晓率由88%提升为93%。", [("普法知晓率", 88), ("普法知晓率", 93)]),
    ("公共法律服务满意率从上年度的95.2%上升为97.6%。", [("公共法律服务满意率", 95.2), ("公共法律服务满意率", 97.6)]),
    # 为 with no verb of change before it starts no series: the figure before it is no origin
    ("行政执法案卷合格率由4.5%,为全市最低。", []),
])
def test_the_level_reached_said_with_wei_after_the_change(text, expected):
    assert read(text)[1] == expected


def test_a_change_to_a_level_said_with_wei_dates_it_as_one_said_with_dao():
    assert facts("全县行政机关负责人出庭应诉率由82%提高为97%。") == [
        ("head_appearance_rate", 82, None, False), ("head_appearance_rate", 97, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # the change's own figure between the origin and the level it reached, its verb alone before it
    ("全县调解成功率由97.4%提升0.9个百分点,达到98.3%。",
     [("mediation_success_rate", 97.4, None, False), ("mediation_success_rate", 98.3, 2024, False)]),
    ("我区行政复议纠错率由11.6%下降2.8个百分点，降至8.8%。",
     [("reconsideration_correction_rate", 8.8, 2024, False), ("reconsideration_correction_rate", 11.6, None, False)]),
    ("全市新收行政复议案件由142件增加19件至161件。",
     [("reconsideration_received", 142, None, False), ("reconsideration_received", 161, 2024, False)]),
    # the origin named by its year keeps it, as without the change's figure
    ("全区行政机关负责人出庭应诉率由2022年的88%提高7个百分点,达到95%。",
     [("head_appearance_rate", 88, 2022, False), ("head_appearance_rate", 95, 2024, False)]),
    # no level reached said: the origin is still a level of some time before, undated
    ("全县调解成功率由96.5%提升1.5个百分点。", [("mediation_success_rate", 96.5, None, False)]),
    # a planned rise: the level it starts from is no target, the one it reaches is
    ("下一步,力争全县行政机关负责人出庭应诉率由90%提高10个百分点,达到100%。",
     [("head_appearance_rate", 90, None, False), ("head_appearance_rate", 100, 2025, True)]),
])
def test_a_change_said_with_its_own_figure_between_the_two_levels(text, expected):
    assert facts(text) == expected


def test_both_levels_around_a_changes_figure_stay_among_the_rates():
    assert read("全县调解成功率由97.4%提升0.9个百分点,达到98.3%。")[1] == [("调解成功率", 97.4), ("调解成功率", 98.3)]


@pytest.mark.parametrize("text, expected", [
    # a count after 由 that a change's figure does not follow with its verb alone is no origin
    ("人民调解委员会由7人组成,全年调解纠纷36件,同比增加5件。", [("mediation_cases", 36, 2024, False)]),
    ("调解成功率由98%,占全市首位,同比提升0.5个百分点。", []),
])
def test_a_figure_after_by_that_no_change_of_its_own_follows_is_no_origin(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the change's word after 同比, or after a pause, between the origin and the change's figure
    ("全市人民调解成功率由97.6%同比提升0.8个百分点，达到98.4%。",
     [("mediation_success_rate", 97.6, None, False), ("mediation_success_rate", 98.4, 2024, False)]),
    ("本局行政复议纠错率由2023年的14.8%，下降3.9个百分点，为10.9%。",
     [("reconsideration_correction_rate", 10.9, 2024, False), ("reconsideration_correction_rate", 14.8, 2023, False)]),
    ("全县行政诉讼败诉率由9.5%，下降3个百分点，降至6.5%。",
     [("litigation_loss_rate", 6.5, 2024, False), ("litigation_loss_rate", 9.5, None, False)]),
])
def test_a_change_said_after_a_comparison_or_a_pause_between_the_two_levels(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the level reached said with 达到 or 达至, or after a verb of falling back, pressing down or rising again
    ("全县行政机关负责人出庭应诉率由2022年的87%达到2023年的100%。",
     [("head_appearance_rate", 87, 2022, False), ("head_appearance_rate", 100, 2023, False)]),
    ("我区人民调解成功率从96.4%达到98.1%。",
     [("mediation_success_rate", 96.4, None, False), ("mediation_success_rate", 98.1, 2024, False)]),
    ("全市新收行政复议案件由2023年的210件达至2024年的356件。",
     [("reconsideration_received", 210, 2023, False), ("reconsideration_received", 356, 2024, False)]),
    ("本县行政诉讼败诉率由2023年的8.2%压降至5.6%。",
     [("litigation_loss_rate", 5.6, 2024, False), ("litigation_loss_rate", 8.2, 2023, False)]),
    ("全区行政复议纠错率由上年的16.1%回落至13.4%。",
     [("reconsideration_correction_rate", 13.4, 2024, False), ("reconsideration_correction_rate", 16.1, 2023, False)]),
])
def test_a_change_reached_or_pressed_down_to_a_level_is_a_series(text, expected):
    assert facts(text) == expected

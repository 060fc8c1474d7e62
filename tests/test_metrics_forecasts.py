"""A level a forecast or a plan says will be reached, said with 可 or 将 before its verb (全年法律援助案件预计可达950件,
调解成功率预计全年可达99%, 预计全年将达到…): the figure is that level, a target of the year it is said for, as 预计达到
says it; and, its label elided after a count of the year so far, the count before's (截至11月底已办理法律援助案件860件,
预计全年可达950件).

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全县全年办理法律援助案件预计可达740件。", [("legal_aid_cases", 740, 2024, True)]),
    ("预计全年公证办证量将达到4200件。", [("notarizations", 4200, 2024, True)]),
    ("预计全年公证办证量将突破4600件。", [("notarizations", 4600, 2024, True)]),  # the bound read with the number
    ("截至10月底,全区调解成功率为98.1%,预计全年可达98.5%。",
     [("mediation_success_rate", 98.1, 2024, False), ("mediation_success_rate", 98.5, 2024, True)]),
])
def test_a_forecast_level_said_with_ke_or_jiang_is_the_labels_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全区调解成功率为98.1%,实现了平稳运行。", [("mediation_success_rate", 98.1, 2024, False)]),
    ("全年办理法律援助案件510件,可以说成效明显。", [("legal_aid_cases", 510, 2024, False)]),
])
def test_ke_with_no_level_after_it_adds_nothing(text, expected):
    assert facts(text) == expected


# A count's clause of a target cue and the year it is of alone, ending at the figure, speaks of the count before it.
@pytest.mark.parametrize("text, expected", [
    ("截至11月底,全县已办理法律援助案件612件,预计全年可达700件。",
     [("legal_aid_cases", 612, 2024, False), ("legal_aid_cases", 700, 2024, True)]),
    ("1-10月,全市共办理公证3850件,全年预计将突破4500件。",
     [("notarizations", 3850, 2024, False), ("notarizations", 4500, 2024, True)]),
    ("全区新收行政复议案件214件,力争全年达到260件以上。",
     [("reconsideration_received", 214, 2024, False), ("reconsideration_received", 260, 2024, True)]),
])
def test_a_forecast_with_its_label_elided_is_the_count_befores(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "截至11月底,全县已办理法律援助案件612件,全年700件。",  # no cue: no forecast
    "截至11月底,全县已办理法律援助案件612件,力争评出25件优秀案件。",  # the label after the figure
    "截至11月底,全县已办理法律援助案件612件,力争25件获评精品案件。",
])
def test_a_clause_with_no_cue_or_a_noun_after_the_figure_is_no_forecast(text):
    assert facts(text) == [("legal_aid_cases", 612, 2024, False)]


# A forecast said 有望 (expected to reach), as 预计 is, and one dated by the year's end (预计年底将达到…, 到年底预计可达…).
@pytest.mark.parametrize("text, expected", [
    ("截至10月底,全区调解成功率为98.2%,全年有望达到98.8%。",
     [("mediation_success_rate", 98.2, 2024, False), ("mediation_success_rate", 98.8, 2024, True)]),
    ("全年法律援助案件有望达到830件。", [("legal_aid_cases", 830, 2024, True)]),
    ("截至11月底,全县已办理法律援助案件734件,全年有望突破800件。",
     [("legal_aid_cases", 734, 2024, False), ("legal_aid_cases", 800, 2024, True)]),
    ("截至11月底,全县已办理公证2540件,预计年底将达到2800件。",
     [("notarizations", 2540, 2024, False), ("notarizations", 2800, 2024, True)]),
    ("截至11月底,全县已办理公证2540件,到年底预计可达2790件。",
     [("notarizations", 2540, 2024, False), ("notarizations", 2790, 2024, True)]),
])
def test_a_forecast_said_expected_or_by_the_years_end_is_a_target_of_the_year(text, expected):
    assert facts(text) == expected


def test_expected_with_no_figure_adds_none():
    assert facts("全区调解成功率为98.2%,有望成为全市第一。") == [("mediation_success_rate", 98.2, 2024, False)]


# A year named before what it will reach, the area and the label between or none (2025年将达到…): that year's figure to
# come, a target; not 将近 (nearly), nor 将 before its object (将调解成功率提高到…: done), nor a level said with no 将.
@pytest.mark.parametrize("text, expected", [
    ("全县办理法律援助案件1200件,2025年将达到1500件。",
     [("legal_aid_cases", 1200, 2024, False), ("legal_aid_cases", 1500, 2025, True)]),
    ("全县调解矛盾纠纷1000件。2025年全县调解矛盾纠纷将突破1200件。",
     [("mediation_cases", 1000, 2024, False), ("mediation_cases", 1200, 2025, True)]),
    ("2025年,全区行政机关负责人出庭应诉率将达到100%。", [("head_appearance_rate", 100, 2025, True)]),
    ("2024年,全市法律援助案件将近1500件。", [("legal_aid_cases", 1500, 2024, False)]),
    ("2024年,全县将调解成功率提高到99.2%。", [("mediation_success_rate", 99.2, 2024, False)]),
    ("2023年全县受理矛盾纠纷800件,2024年达到900件。",
     [("mediation_cases", 800, 2023, False), ("mediation_cases", 900, 2024, False)]),
])
def test_a_year_before_what_it_will_reach_plans_it(text, expected):
    assert facts(text) == expected


# A forecast's or an aim's word between the rate's label and the whole year or the year's end its level is of
# (出庭应诉率预计全年可达…, 纠错率预计年底达到…, 败诉率力争年底控制在…): the label's target of the year; the year's end
# said alone after the label (调解成功率年末为…) is the year's level, as 全年 is.
@pytest.mark.parametrize("text, expected", [
    ("全市行政机关负责人出庭应诉率预计全年可达96%左右。", [("head_appearance_rate", 96, 2024, True)]),
    ("全县行政复议纠错率预计年底达到17.5%。", [("reconsideration_correction_rate", 17.5, 2024, True)]),
    ("本区行政诉讼败诉率力争年底控制在4%以内。", [("litigation_loss_rate", 4, 2024, True)]),
    ("我县调解成功率有望全年达到98.6%。", [("mediation_success_rate", 98.6, 2024, True)]),
    ("全区调解成功率年末为97.4%,同比提高1个百分点。", [("mediation_success_rate", 97.4, 2024, False)]),
    ("全市行政复议纠错率年底为13%。", [("reconsideration_correction_rate", 13, 2024, False)]),
])
def test_a_forecast_word_before_the_whole_year_after_the_label(text, expected):
    assert facts(text) == expected


# A forecast's or an aim's word with a future 将, or the year's end said 在年底, 于年底, 年底前, before the level (预计将在年底
# 达到100%, 力争年底前达到99%): a target of the report's year, run into the label or in a clause after its level.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率为93%,预计将在年底达到100%。",
     [("head_appearance_rate", 93, 2024, False), ("head_appearance_rate", 100, 2024, True)]),
    ("全县人民调解成功率力争年底前达到99%。", [("mediation_success_rate", 99, 2024, True)]),
    ("本区行政复议纠错率预计将于年底达到15%。", [("reconsideration_correction_rate", 15, 2024, True)]),
    ("我县调解成功率为97.5%,力争在年底前达到98.5%。",
     [("mediation_success_rate", 97.5, 2024, False), ("mediation_success_rate", 98.5, 2024, True)]),
])
def test_a_forecast_by_the_years_end_said_with_jiang_or_qian_is_a_target_of_the_year(text, expected):
    assert facts(text) == expected


def test_the_years_end_said_with_no_cue_stays_a_level():
    assert facts("全县行政机关负责人出庭应诉率在年底达到100%。") == [("head_appearance_rate", 100, 2024, False)]

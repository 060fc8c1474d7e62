"""A rate's label ending a clause that judges its level, says it was held, or says how it moved, with the level in the
next clause (出庭应诉率偏低,全年仅为60%; 调解成功率保持高位,达99%; 较上年有所提升,达60%; 败诉率下降明显,为6.1%): the
level is the rate's figure, of the year the text is of or the one its clause names; the series a trend's clause opens
(…大幅提升,由2022年的75%提升至2023年的96%) gives each year its level. A change said with its size is never the level.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    # a judgement of the level, as a report's problems say it
    ("二是行政机关负责人出庭应诉率偏低,全年仅为61.5%。", ("head_appearance_rate", 61.5, 2024, False)),
    ("行政机关负责人出庭应诉率不高,只有58.3%。", ("head_appearance_rate", 58.3, 2024, False)),
    ("行政复议直接纠错率仍然较高,为14.2%。", ("reconsideration_correction_rate", 14.2, 2024, False)),
    # a level held
    ("人民调解成功率保持高位,达99.1%。", ("mediation_success_rate", 99.1, 2024, False)),
    ("人民调解成功率保持较高水平,为98.7%。", ("mediation_success_rate", 98.7, 2024, False)),
    ("人民调解成功率稳中有升,达98.9%。", ("mediation_success_rate", 98.9, 2024, False)),
    # a trend, set against the year before or not, its adverb before or after the verb
    ("行政机关负责人出庭应诉率较上年有所提升,达到63%。", ("head_appearance_rate", 63, 2024, False)),
    ("行政诉讼败诉率下降明显,为6.1%。", ("litigation_loss_rate", 6.1, 2024, False)),
    ("行政机关负责人出庭应诉率比上年有明显提升,达到92%。", ("head_appearance_rate", 92, 2024, False)),
    ("行政诉讼败诉率持续走低,全年为3.9%。", ("litigation_loss_rate", 3.9, 2024, False)),
    ("行政复议直接纠错率略有回落,为10.4%。", ("reconsideration_correction_rate", 10.4, 2024, False)),
    ("2023年,行政复议直接纠错率有所上升,达到12.4%。", ("reconsideration_correction_rate", 12.4, 2023, False)),
    # a trend said as the shape the years took
    ("行政诉讼败诉率呈逐年下降趋势,2024年为4.6%。", ("litigation_loss_rate", 4.6, 2024, False)),
    ("人民调解成功率呈现稳步上升态势,全年达98.4%。", ("mediation_success_rate", 98.4, 2024, False)),
])
def test_a_level_after_a_judged_or_moving_label_is_the_rate(text, expected):
    assert facts(text) == [expected]


def test_the_evidence_holds_the_label_and_the_clause_between():
    metrics, rates = read("行政机关负责人出庭应诉率偏低,全年仅为61.5%。", 2024)
    assert [evidence for *_, evidence in metrics] == ["行政机关负责人出庭应诉率偏低,全年仅为61.5%"]
    assert [label for label, *_ in rates] == ["行政机关负责人出庭应诉率"]


def test_a_series_after_a_trend_gives_each_year_its_level():
    assert facts("行政机关负责人出庭应诉率大幅提升,由2022年的75%提升至2023年的96%。", 2023) == [
        ("head_appearance_rate", 75, 2022, False), ("head_appearance_rate", 96, 2023, False)]


def test_the_years_listed_after_a_trend_said_as_a_shape_each_have_their_level():
    rates = read("全市群众法治满意率呈逐年上升趋势,2021年度为91.2%,2022年度为93.5%,2023年度为95.8%。", 2023)[1]
    assert rates == [("群众法治满意率", 91.2), ("群众法治满意率", 93.5), ("群众法治满意率", 95.8)]


@pytest.mark.parametrize("text", [
    "行政机关负责人出庭应诉率较上年提高6个百分点。",
    "行政诉讼败诉率呈下降趋势,同比下降1.5个百分点。",
    "行政机关负责人出庭应诉率有所提升,提高6个百分点。",
    "行政诉讼败诉率有所下降,同比下降19%。",
])
def test_a_change_after_a_trend_is_never_the_level(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("二是行政机关负责人出庭应诉率偏低(61.5%),个别单位重视不够。", ("head_appearance_rate", 61.5, 2024, False)),
    ("行政机关负责人出庭应诉率较低(仅为58.3%)。", ("head_appearance_rate", 58.3, 2024, False)),
    ("人民调解成功率位居全市第一(99.5%)。", ("mediation_success_rate", 99.5, 2024, False)),
    ("全区行政复议纠错率较高(12.5%)。", ("reconsideration_correction_rate", 12.5, 2024, False)),
])
def test_a_bracket_after_a_judged_label_opens_its_level(text, expected):
    assert facts(text) == [expected]


@pytest.mark.parametrize("text", [
    "行政诉讼败诉率较上年下降(下降2个百分点)。",  # a change in the bracket, not the level
    "行政诉讼败诉率持续下降(同比下降19%)。",
])
def test_a_change_in_a_bracket_after_a_trend_is_no_level(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, rate", [
    # a trend month by month, then the month the level was reached in: the rate's level, one month's
    ("行政机关负责人出庭应诉率逐月提高,11月份达到96%。", ("行政机关负责人出庭应诉率", 96)),
    ("全县调解成功率稳步提升,9月达到99.2%。", ("调解成功率", 99.2)),
])
def test_a_level_reached_in_a_month_after_a_trend_is_the_rates_but_no_years(text, rate):
    assert read(text, 2024)[1] == [rate]
    assert facts(text) == []


def test_a_trend_with_a_count_after_another_clause_gives_no_rate():
    text = "行政机关负责人出庭应诉率逐月提高,规范化水平持续提升,全年办结行政复议案件130件。"
    assert read(text, 2024)[1] == []
    assert facts(text) == [("reconsideration_closed", 130, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # a change set against the year before with no adverb, or sized in words: the figure after it is the level
    ("全区人民调解成功率较上年提高,达到98%。", [("mediation_success_rate", 98, 2024, False)]),
    ("2023年,我市行政复议纠错率同比下降,为8.2%。", [("reconsideration_correction_rate", 8.2, 2023, False)]),
    ("全县行政诉讼败诉率下降了一半,为3%。", [("litigation_loss_rate", 3, 2024, False)]),
    ("本局行政复议纠错率提高了一倍,为19.5%。", [("reconsideration_correction_rate", 19.5, 2024, False)]),
    # the level compared with set in a bracket before the trend: that year's, the figure after it the report's year's
    ("2023年,全市行政诉讼败诉率较上年(6.5%)有所下降,为5.1%。",
     [("litigation_loss_rate", 5.1, 2023, False), ("litigation_loss_rate", 6.5, 2022, False)]),
    ("我区行政复议纠错率比上年(12.3%)明显降低,为9.6%。",
     [("reconsideration_correction_rate", 9.6, 2024, False), ("reconsideration_correction_rate", 12.3, 2023, False)]),
])
def test_a_level_after_a_change_said_in_words_is_the_rate(text, expected):
    assert facts(text, 2023 if text.startswith("2023年") else 2024) == expected


@pytest.mark.parametrize("text, expected", [
    # a change's own size after the trend is no level; a bracket's level compared with alone is the year before's
    ("全县行政诉讼败诉率较上年下降,下降了2.1个百分点。", []),
    ("全市行政诉讼败诉率同比下降,降幅达20%。", []),
    ("全市行政诉讼败诉率较上年(6.5%)有所下降。", [("litigation_loss_rate", 6.5, 2023, False)]),
])
def test_no_level_after_a_change_said_in_words_without_one(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change said with no adverb nor comparison: the figure after it is the level
    ("全县人民调解成功率提升，达到98.5%。", [("mediation_success_rate", 98.5, 2024, False)]),
    ("2023年,我区行政诉讼败诉率下降,为3.1%。", [("litigation_loss_rate", 3.1, 2023, False)]),
    ("本局行政复议纠错率上升，达到16.4%，监督作用进一步发挥。", [("reconsideration_correction_rate", 16.4, 2024, False)]),
    # set against the year before with 相比, or against the year before it
    ("全县人民调解成功率与上年相比有所提高，达到98.5%。", [("mediation_success_rate", 98.5, 2024, False)]),
    ("全市行政机关负责人出庭应诉率同上年相比提高,达96%。", [("head_appearance_rate", 96, 2024, False)]),
    ("我县行政复议直接纠错率和2022年相比明显下降，为7.3%。", [("reconsideration_correction_rate", 7.3, 2024, False)]),
    ("全县行政诉讼败诉率比前年降低，为4.4%。", [("litigation_loss_rate", 4.4, 2024, False)]),
])
def test_a_level_after_a_bare_or_compared_change_is_the_rate(text, expected):
    assert facts(text, 2023 if text.startswith("2023年") else 2024) == expected


@pytest.mark.parametrize("text", [
    # the change's own size after a bare verb, or a count's clause after it: no level of the rate
    "全县行政诉讼败诉率下降,降幅为2.1个百分点。",
    "全县行政机关负责人出庭应诉率提升,与上年相比提高6个百分点。",
])
def test_no_level_after_a_bare_change_with_its_size(text):
    assert facts(text) == []

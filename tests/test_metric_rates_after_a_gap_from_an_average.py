"""A rate's level said after its gap from another area's average (纠错率较全市平均水平高2个百分点,为14.5%; 败诉率低于
全省平均1.2个百分点,为3.1%): the gap, in points, is no level; the figure after it, its clause holding connectors alone,
is the label's level, as after a change (catalog [rates] average_gap). The gap said alone gives no level.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport.metrics import own_level


@pytest.mark.parametrize("text, expected", [
    ("全县行政复议纠错率较全市平均水平高2个百分点，为14.5%。", ("reconsideration_correction_rate", 14.5, "行政复议纠错率")),
    ("我区行政诉讼败诉率低于全省平均1.2个百分点,为3.1%。", ("litigation_loss_rate", 3.1, "行政诉讼败诉率")),
    ("全市行政机关负责人出庭应诉率比全省平均高出3个百分点，达到98%。",
     ("head_appearance_rate", 98, "行政机关负责人出庭应诉率")),
    ("本局行政复议直接纠错率比全省平均值低0.8个百分点，仅为6.2%。",
     ("reconsideration_correction_rate", 6.2, "行政复议直接纠错率")),
    ("全县人民调解成功率高于全市平均水平1.5个百分点，达99.1%。", ("mediation_success_rate", 99.1, "人民调解成功率")),
])
def test_a_level_after_a_gap_from_an_average_is_the_rate_s(text, expected):
    key, value, label = expected
    assert facts(text) == [(key, value, 2024, False)]
    assert read(text, 2024)[1] == [(label, value)]


@pytest.mark.parametrize("text", [
    "全县行政复议纠错率高于全省平均水平2个百分点。",  # the gap alone
    "我区行政诉讼败诉率比全市平均低1.6个百分点,受理行政诉讼案件45件。",  # the figure after it is another's
    "全县调解成功率较全市平均高1.5个百分点，全市平均为97%。",  # the average's figure, no level of the rate
])
def test_a_gap_from_an_average_gives_no_level_of_the_rate(text):
    assert [fact for fact in facts(text) if fact[0].endswith("_rate")] == []
    assert read(text, 2024)[1] == []


# A gap from the year before said bare, no verb of a change (较上年高2个百分点, 比去年低, 高于上年同期, 同比低): no level
# either; the figure after it is the label's level. The gap alone gives none.
@pytest.mark.parametrize("text, expected", [
    ("全区行政机关负责人出庭应诉率较上年高2个百分点，为98.5%。", ("head_appearance_rate", 98.5, "行政机关负责人出庭应诉率")),
    ("我市行政诉讼败诉率比去年低1.5个百分点,达到5.2%。", ("litigation_loss_rate", 5.2, "行政诉讼败诉率")),
    ("全县行政复议纠错率高于上年2.1个百分点,为15.3%。", ("reconsideration_correction_rate", 15.3, "行政复议纠错率")),
    ("本区调解成功率比上年同期高出0.4个百分点，达97.9%。", ("mediation_success_rate", 97.9, "调解成功率")),
    ("全市行政机关负责人出庭应诉率同比低1个百分点,为94%。", ("head_appearance_rate", 94, "行政机关负责人出庭应诉率")),
])
def test_a_level_after_a_bare_gap_from_the_year_before_is_the_rate_s(text, expected):
    key, value, label = expected
    assert facts(text) == [(key, value, 2024, False)]
    assert read(text, 2024)[1] == [(label, value)]


@pytest.mark.parametrize("text", [
    "全县行政复议纠错率较上年高2个百分点。",
    "全县调解成功率比上年同期高出0.3个百分点,全市平均为97%。",
])
def test_a_bare_gap_from_the_year_before_gives_no_level_of_the_rate(text):
    assert [fact for fact in facts(text) if fact[0].endswith("_rate")] == []
    assert read(text, 2024)[1] == []


# The average set in a bracket after the whole it is of (比全市平均(95%)高3个百分点, 高于全省平均(8.5%), 较全市平均水平
# (96%)…): the average is no level of the rate, nor is the gap after it; the figure after the gap, or after the bracket
# alone, is the label's level. In a report whose own place is below the average's (全县… in a county's report), the
# whole named in the comparison is the one set against, not the place the figure is for.
_COUNTY = own_level("湖北省", "南川市", "青岭县")


@pytest.mark.parametrize("text, expected", [
    ("全县人民调解成功率比全市平均(96.2%)高2.5个百分点,达98.7%。", ("mediation_success_rate", 98.7, "人民调解成功率")),
    ("全县行政复议纠错率较全市平均水平（13%）低2.4个百分点，为10.6%。",
     ("reconsideration_correction_rate", 10.6, "行政复议纠错率")),
    ("全县行政诉讼败诉率低于全省平均(7.5%)2.2个百分点,为5.3%。", ("litigation_loss_rate", 5.3, "行政诉讼败诉率")),
    ("全县行政机关负责人出庭应诉率高于全市平均水平(88%),达到97.5%。",
     ("head_appearance_rate", 97.5, "行政机关负责人出庭应诉率")),
])
@pytest.mark.parametrize("level", [None, _COUNTY])
def test_a_level_after_an_average_in_a_bracket_is_the_rate_s(text, expected, level):
    key, value, label = expected
    assert facts(text, level=level) == [(key, value, 2024, False)]
    assert read(text, 2024, level=level)[1] == [(label, value)]


@pytest.mark.parametrize("text", [
    "全县调解成功率比全市平均(96.2%)高2.5个百分点。",  # the gap alone
    "全市人民调解成功率为97.1%,全县行政复议工作有序开展。",  # the city's own figure, above the county's
])
def test_an_average_in_a_bracket_or_the_whole_above_gives_no_level_of_the_rate(text):
    assert [fact for fact in facts(text, level=_COUNTY) if fact[0].endswith("_rate")] == []


@pytest.mark.parametrize("text, key, value", [
    ("全县人民调解成功率高于全市平均水平1.5个百分点，达99.1%。", "mediation_success_rate", 99.1),
    ("全县行政复议纠错率比全市平均值低1.2个百分点,为9.8%。", "reconsideration_correction_rate", 9.8),
])
def test_a_level_after_a_gap_from_the_whole_above_is_the_reports_own(text, key, value):
    assert facts(text, level=_COUNTY) == [(key, value, 2024, False)]


# A whole named after 比 or 较 is the place compared with only where its average runs straight into the gap or into a
# bracket holding its figure alone; a figure or a rate's label said of it before the gap keeps it the figure's place
# (较全市调解成功率96%高…: 96% the city's, above the county's, no headline value). The bracket after the average is
# the average's only where the gap, or a pause then the level, follows it: a bracket after it holds the label's own.
@pytest.mark.parametrize("text, expected", [
    ("全县调解成功率为98.2%,较全市调解成功率96%高出2.2个百分点。", [("mediation_success_rate", 98.2, 2024, False)]),
    ("全县依法行政有序推进。人民调解成功率较全市平均调解成功率96.8%高1.4个百分点。", []),
    ("全县依法行政有序推进。行政机关负责人出庭应诉率比全省平均出庭应诉率87%高出13个百分点。", []),
    ("较全市调解成功率96%,我县调解成功率为98.2%。", [("mediation_success_rate", 98.2, 2024, False)]),
    ("全县行政复议案件纠错率高于全市平均(8.5%)(全县为10.4%)。", [("reconsideration_correction_rate", 10.4, 2024, False)]),
])
def test_a_whole_with_its_own_figure_before_the_gap_stays_the_figures_place(text, expected):
    assert [fact for fact in facts(text, level=_COUNTY) if fact[0].endswith("_rate")] == expected

"""A rate's value set in a bracket right after its label (出庭应诉率(98.5%), closed or not), a count alone in a bracket
right after its label (受理行政复议案件(56件)), and an average a figure is set against (高于全省平均调解成功率98%): the first is the rate's value, the second another area's, a generic rate only.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


def rates(text: str) -> list[tuple[str, float]]:
    return sorted(read(text, 2024)[1])


@pytest.mark.parametrize("text, expected, label", [
    ("全县行政机关负责人出庭应诉率(98.5%)位居全市前列。",
     [("head_appearance_rate", 98.5, 2024, False)], "行政机关负责人出庭应诉率"),
    # a page that lost the closing bracket
    ("全县行政机关负责人出庭应诉率(98.5%位居全市前列。",
     [("head_appearance_rate", 98.5, 2024, False)], "行政机关负责人出庭应诉率"),
    ("各级调解组织的调解成功率(99.2%)保持高位。", [("mediation_success_rate", 99.2, 2024, False)], "调解成功率"),
])
def test_a_rate_bracketed_after_its_label_is_its_value(text, expected, label):
    assert facts(text) == expected
    assert rates(text) == [(label, expected[0][1])]


@pytest.mark.parametrize("text, expected", [
    ("全年受理行政复议案件(56件)。", [("reconsideration_received", 56, 2024, False)]),
    ("全年办理行政复议案件（56件）、行政应诉案件（32件）。",
     [("litigation_first_instance", 32, 2024, False), ("reconsideration_received", 56, 2024, False)]),
    ("全县共调解矛盾纠纷（1200件），调解成功（1180件）。",
     [("mediation_cases", 1200, 2024, False), ("mediation_succeeded", 1180, 2024, False)]),
    ("全年办理法律援助案件(1230件),办理公证事项(5600件)。",
     [("legal_aid_cases", 1230, 2024, False), ("notarizations", 5600, 2024, False)]),
    # a bracket after a figure, or one holding more than the count: as before
    ("全年受理行政复议申请56件,同比增加12.5%(6件)。", [("reconsideration_received", 56, 2024, False)]),
    ("全年受理行政复议申请56件(上年43件)。",
     [("reconsideration_received", 43, 2023, False), ("reconsideration_received", 56, 2024, False)]),
])
def test_a_count_alone_in_a_bracket_after_its_label_is_its_value(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # the bracket follows a clause naming no rate (a rate's label judged right before it is read: see
    # test_metrics_rates_after_judged_levels_and_trends)
    "全区行政复议纠错率较高,涉及征收类案件较多(12.5%)。",
    "全县受理行政复议案件120件(同比增长12.5%)。",
])
def test_a_bracketed_figure_after_no_rate_label_is_no_rate(text):
    assert rates(text) == []
    assert all(key != "reconsideration_correction_rate" for key, *_ in facts(text))


@pytest.mark.parametrize("text, own", [
    ("全县调解成功率99%,高于全省平均调解成功率98%。", ("mediation_success_rate", 99, 2024, False)),
    ("全县受理矛盾纠纷800件,化解率98%,高于全市平均化解率95%。", ("mediation_success_rate", 98, 2024, False)),
    ("全县行政复议直接纠错率12%,超过全市平均纠错率(9%)。", ("reconsideration_correction_rate", 12, 2024, False)),
    ("全县行政机关负责人出庭应诉率100%,高于全省平均出庭应诉率96.5%。", ("head_appearance_rate", 100, 2024, False)),
    ("全县行政诉讼败诉率5%,低于全省平均败诉率8%。", ("litigation_loss_rate", 5, 2024, False)),
    # with no place called the report's own beside it (全县), the comparison alone keeps the average out
    ("调解成功率99.4%,高于全省平均调解成功率98.1%。", ("mediation_success_rate", 99.4, 2024, False)),
    ("矛盾纠纷化解率98.5%,高于全市平均化解率95.2%。", ("mediation_success_rate", 98.5, 2024, False)),
    ("行政复议直接纠错率12.6%,超过全市平均纠错率9.1%。", ("reconsideration_correction_rate", 12.6, 2024, False)),
    ("行政诉讼败诉率4.6%,低于全省平均败诉率8.3%。", ("litigation_loss_rate", 4.6, 2024, False)),
])
def test_an_average_set_against_is_no_figure_of_the_report(text, own):
    found = facts(text)
    assert [f for f in found if f[0] == own[0]] == [own]


@pytest.mark.parametrize("text", [
    # the average set against, the report's own rate said with no value: an average alone is read as the rate
    # (全镇各村平均调解成功率…), but not one set against
    "全县人民调解工作成效明显,高于全省平均调解成功率97.6%。",
    "全县矛盾纠纷排查化解工作扎实,高于全市平均化解率95.2%。",
    "全县行政复议工作扎实,直接纠错数低于全市平均纠错率11.5%。",
    "全县行政应诉工作扎实,超过全省平均出庭应诉率88%。",
    "全县行政诉讼应诉工作规范,低于全市平均败诉率9.3%。",
])
def test_an_average_set_against_alone_is_no_figure_of_the_report(text):
    assert facts(text) == []


def test_an_average_of_years_dated_is_still_one_set_against():
    text = "全区行政机关负责人出庭应诉率2019年低于2020年全国平均出庭应诉率(41.8%)12个百分点。"
    assert facts(text) == []
    assert rates(text) == [("全国平均出庭应诉率", 41.8)]


@pytest.mark.parametrize("text, expected", [
    # an average of the report's own area, set against nothing
    ("全省平均调解成功率为98%。", [("mediation_success_rate", 98, 2024, False)]),
    ("全区各级行政机关负责人平均出庭应诉率为96%。", [("head_appearance_rate", 96, 2024, False)]),
    ("全省行政复议平均纠错率为11%。", [("reconsideration_correction_rate", 11, 2024, False)]),
    ("全省行政诉讼平均败诉率为7%。", [("litigation_loss_rate", 7, 2024, False)]),
    ("全市受理矛盾纠纷800件,平均化解率98%。", [("mediation_cases", 800, 2024, False),
                                         ("mediation_success_rate", 98, 2024, False)]),
])
def test_an_average_set_against_nothing_is_the_reports_own(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县出庭应诉率高于全国平均出庭应诉率41.8%。", [("全国平均出庭应诉率", 41.8)]),
    ("全县调解成功率超过全省平均调解成功率98%。", [("全省平均调解成功率", 98)]),
    # no comparison: the label runs on (the months it is of say when, not what)
    ("全区1-10月平均出庭应诉率为73.55%。", [("平均出庭应诉率", 73.55)]),
])
def test_a_comparison_ends_the_label_of_the_rate_compared(text, expected):
    assert rates(text) == expected


@pytest.mark.parametrize("text, own", [
    ("全镇矛盾纠纷调解成功率99.1%,全县平均为97.6%。", ("矛盾纠纷调解成功率", 99.1)),
    ("全区行政诉讼败诉率4.2%,而全市平均达6.8%。", ("行政诉讼败诉率", 4.2)),
    ("我县行政机关负责人出庭应诉率96%,全省平均仅为91%。", ("行政机关负责人出庭应诉率", 96)),
])
def test_a_place_s_average_after_the_rate_is_no_value_of_that_rate(text, own):
    # the average a place named after the rate has (全县平均为…) is the figure the rate is set against
    assert rates(text) == [own]


def test_a_place_s_own_value_after_the_rate_keeps_its_label():
    text = "全市调解成功率均在98%以上;东川县99.3%,西河县98.6%。"
    assert ("调解成功率", 99.3) in rates(text) and ("调解成功率", 98.6) in rates(text)


@pytest.mark.parametrize("text, own", [
    ("全县调解成功率98.4%,平均为97.1%。", ("mediation_success_rate", 98.4, 2024, False)),
    ("我区人民调解成功率达到98.4%，平均达97.1%。", ("mediation_success_rate", 98.4, 2024, False)),
    ("本局行政机关负责人出庭应诉率为95%,平均为91%。", ("head_appearance_rate", 95, 2024, False)),
    ("2024年行政复议直接纠错率12.6%,平均为10.2%。", ("reconsideration_correction_rate", 12.6, 2024, False)),
])
def test_an_average_said_bare_after_a_rate_is_no_second_value(text, own):
    found = facts(text)
    assert [f for f in found if f[0] == own[0]] == [own]
    assert [value for _, value in rates(text)] == [own[1]]


@pytest.mark.parametrize("text, own, average", [
    ("全乡调解纠纷74件,调解成功73件,调解成功率98.6%,各村平均调解成功率96.9%。",
     ("mediation_success_rate", 98.6, 2024, False), ("各村平均调解成功率", 96.9)),
    ("各街道平均出庭应诉率为90.5%,全区行政机关负责人出庭应诉率为94%。",
     ("head_appearance_rate", 94, 2024, False), ("各街道平均出庭应诉率", 90.5)),
    # the average said after the label
    ("全区调解成功率98.9%,各街道调解成功率平均达到96.4%。",
     ("mediation_success_rate", 98.9, 2024, False), ("各街道调解成功率", 96.4)),
])
def test_the_sub_units_average_beside_the_area_s_rate_is_no_second_value(text, own, average):
    # the units' average of the rate, with a label of its own, is a generic rate only where the area's is said
    assert [f for f in facts(text) if f[0] == own[0]] == [own]
    assert average in rates(text)


def test_the_sub_units_average_alone_is_the_rate():
    assert facts("全镇各村平均调解成功率达96.9%。") == [("mediation_success_rate", 96.9, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # the level planned in the clause after stays the rate's
    ("调解成功率98.4%,力争明年达到99%。", [98.4, 99]),
])
def test_a_level_again_after_a_rate_is_still_read(text, expected):
    assert sorted(value for key, value, *_ in facts(text) if key == "mediation_success_rate") == expected

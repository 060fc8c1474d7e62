"""Spans of years and labels that put their verb last, as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


# A span of years, whether its first year carries 年 or not and whatever joins the ends, dates its count to
# no one year; and the year after 到 in it is its end, not a year planned for.
@pytest.mark.parametrize("text, expected", [
    ("2017至2019年,全县共办理法律援助案件2140件。", [("legal_aid_cases", 2140, None, False)]),
    ("2017到2019年,全县共办理法律援助案件2140件。", [("legal_aid_cases", 2140, None, False)]),
    ("2020-2022年,全区共办理公证事项6315件。", [("notarizations", 6315, None, False)]),
    ("2020—2022年度,全区共办理公证事项6315件。", [("notarizations", 6315, None, False)]),
    ("2017年到2019年,各调委会共调解矛盾纠纷3270件。", [("mediation_cases", 3270, None, False)]),
    ("2017年6月到2019年,各调委会共调解矛盾纠纷3270件。", [("mediation_cases", 3270, None, False)]),
    ("2017年6月1日到2019年,各调委会共调解矛盾纠纷3270件。", [("mediation_cases", 3270, None, False)]),
])
def test_a_span_of_years_dates_no_figure_and_plans_none(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 到 after a plan word or opening the clause still plans for its year.
    ("到2025年,全县调解成功率达到99%。", [("mediation_success_rate", 99, 2025, True)]),
    ("下一步,力争到2025年办理法律援助案件2500件。", [("legal_aid_cases", 2500, 2025, True)]),
    # One year alone dates its count.
    ("2022年,全区共办理公证事项6315件。", [("notarizations", 6315, 2022, False)]),
])
def test_a_year_alone_still_dates_or_plans(text, expected):
    assert facts(text) == expected


# A court's or an agency's count may write its intake after the noun (一审行政案件新收…).
@pytest.mark.parametrize("text, expected", [
    ("全市一审行政应诉案件新收316件。", [("litigation_first_instance", 316, 2023, False)]),
    ("全区行政诉讼案件新收47件。", [("litigation_first_instance", 47, 2023, False)]),
    # a court's words for the intake (发案, 受案), with or without 案件 before them
    ("全市一审行政诉讼案件发案量为2187件。", [("litigation_first_instance", 2187, 2023, False)]),
    ("全县一审行政案件发案87件。", [("litigation_first_instance", 87, 2023, False)]),
    ("全县一审行政诉讼受案87件。", [("litigation_first_instance", 87, 2023, False)]),
])
def test_first_instance_intake_written_after_its_noun(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全区民事诉讼案件新收47件。",
    "全区行政诉讼案件新收47件,其中二审9件。",
    "全区一审民事案件发案量为470件。",
])
def test_intake_of_other_cases_is_no_first_instance(text):
    assert [f for f in facts(text) if f[0] == "litigation_first_instance"] == []


# Reconsideration's or a court's list of outcomes counts 调解 as a way cases closed, not people's mediation.
@pytest.mark.parametrize("text", [
    "全年收到行政复议申请64件。已审结59件,其中维持38件,调解11件。",
    "全年收到行政复议申请64件,纠错7件,调解11件。",
    "全年收到行政复议申请64件,其中驳回9件,调解11件。",
])
def test_mediation_among_case_outcomes_is_no_mediation_count(text):
    assert [f for f in facts(text) if f[0].startswith("mediation")] == []


def test_mediation_alone_after_its_body_is_still_a_mediation_count():
    assert facts("各村调委会全年调解845件,调解成功839件。")[:2] == [
        ("mediation_cases", 845, 2023, False), ("mediation_succeeded", 839, 2023, False)]


# A conjunction opens the clause its rate is named in: the label starts after it.
@pytest.mark.parametrize("text, label", [
    ("全年办结案件312件且回访满意率达97%。", "回访满意率"),
    ("全年办结案件312件而且回访满意率达97%。", "回访满意率"),
])
def test_a_rate_label_starts_after_a_conjunction(text, label):
    assert read(text)[1] == [(label, 97)]


# 有 before a share of things opens a clause of its own: the figure is no level of the rate said before.
def test_a_share_of_cases_after_a_rate_takes_no_label():
    assert read("调撤结案率达31.5%,经复议后,有88.2%的案件未再起诉。")[1] == [("调撤结案率", 31.5)]


def test_a_rate_said_again_with_connectors_alone_keeps_its_label():
    assert read("调解成功率99.2%,连续四年保持在98%以上。")[1] == [("调解成功率", 99.2), ("调解成功率", 98)]


# A ratio's bare figure after its name and a verb: 为, 是, 达, 达到 (not 同比, a change).
@pytest.mark.parametrize("text, value", [
    ("全市复议诉讼比值达2.4。", 2.4),
    ("全市复议诉讼比达到1.37。", 1.37),
    ("全市复议诉讼比值为2.4。", 2.4),
])
def test_a_ratio_written_without_its_one(text, value):
    assert facts(text) == [("reconsideration_litigation_ratio", value, 2023, False)]


# 案 stands for 案件 after 行政复议 (审结行政复议案…).
@pytest.mark.parametrize("text, key", [
    ("全年共审结行政复议案(含结转)1312件。", "reconsideration_closed"),
    ("全年新收行政复议案1312件。", "reconsideration_received"),
])
def test_a_reconsideration_case_written_short(text, key):
    assert facts(text) == [(key, 1312, 2023, False)]


# A share said right after a count a rate follows from, where the sentence has stated the total: that rate, stated.
@pytest.mark.parametrize("text, expected", [
    ("全年审结行政复议案件98件,其中维持71件,纠错6件,占比6.1%。", ("reconsideration_correction_rate", 6.1)),
    ("全年审结行政复议案件98件,纠错6件,占审结案件的6.1%。", ("reconsideration_correction_rate", 6.1)),
    ("全县开庭审理行政案件40件,行政机关负责人出庭应诉36件,占比90%。", ("head_appearance_rate", 90)),
])
def test_a_share_after_a_count_is_its_rate(text, expected):
    stated = [(k, v) for k, v, _, _, _ in read(text)[0] if k.endswith("_rate")]
    assert stated == [expected]


@pytest.mark.parametrize("text", [
    # the total is not the sentence's: a part's share of another total
    "全县开庭审理行政案件40件。行政机关正职负责人出庭应诉16件,占出庭总数的40%。",
    # the count is the total itself, no rate's numerator
    "全年调处纠纷640件,占比12%。",
])
def test_a_share_of_another_total_is_no_rate(text):
    assert [k for k, *_ in read(text)[0] if k.endswith("_rate")] == []


# A paragraph opening with a span of years: the sentences after its first count over the span too.
@pytest.mark.parametrize("text, expected", [
    ("2020年至2022年,全县共办理公证事项4410件。全县审结行政复议案件215件。",
     [("notarizations", 4410, None, False), ("reconsideration_closed", 215, None, False)]),
    ("2020—2022年度,全县共办理公证事项4410件。全县审结行政复议案件215件。",
     [("notarizations", 4410, None, False), ("reconsideration_closed", 215, None, False)]),
    # a year said in a later sentence still dates it
    ("2020年至2022年,全县共办理公证事项4410件。2022年审结行政复议案件215件。",
     [("notarizations", 4410, None, False), ("reconsideration_closed", 215, 2022, False)]),
])
def test_a_paragraph_opening_with_a_span_dates_no_later_figure(text, expected):
    assert facts(text) == expected


def test_a_paragraph_opening_with_a_year_still_dates_its_later_figures():
    assert facts("2022年,全县共办理公证事项4410件。全县审结行政复议案件215件。") == [
        ("notarizations", 4410, 2022, False), ("reconsideration_closed", 215, 2022, False)]


# 至今 after a year before the report's, as 以来: a period up to now, no one year.
@pytest.mark.parametrize("text, expected", [
    ("2021年至今,全县共办理法律援助案件2140件。", [("legal_aid_cases", 2140, None, False)]),
    ("2023年至今,全县共办理法律援助案件2140件。", [("legal_aid_cases", 2140, 2023, False)]),
    ("2021年至今,行政机关负责人出庭应诉率分别为90%、95%、100%。",
     [("head_appearance_rate", 90, 2021, False), ("head_appearance_rate", 95, 2022, False),
      ("head_appearance_rate", 100, 2023, False)]),
])
def test_a_year_up_to_now_is_a_period(text, expected):
    assert facts(text) == expected


# A zero said in words (无败诉, 零败诉) where the report counts that key for the year is a part's zero.
def test_a_part_s_zero_beside_the_year_s_count_is_no_value():
    text = "经复议后起诉的案件9件,暂无败诉。全县行政诉讼案件审结88件,败诉7件。"
    assert [f for f in facts(text) if f[0] == "litigation_lost"] == [("litigation_lost", 7, 2023, False)]


@pytest.mark.parametrize("text, expected", [
    ("全县行政诉讼案件审结88件,实现零败诉。", [("litigation_lost", 0, 2023, False)]),
    # another year's count leaves this year's zero
    ("2022年败诉3件。2023年全县行政诉讼实现零败诉。", [("litigation_lost", 0, 2023, False), ("litigation_lost", 3, 2022, False)]),
])
def test_a_zero_alone_for_its_year_is_the_value(text, expected):
    assert [f for f in facts(text) if f[0] == "litigation_lost"] == expected


# A bracketed aside inside a label (审结(含上年结转)行政复议案件…): the words on both sides are one label.
@pytest.mark.parametrize("text, expected", [
    ("全年共审结(含上年结转)行政复议案件131件。", [("reconsideration_closed", 131, 2023, False)]),
    ("全年审结行政复议案件131件,其中维持90件,直接纠正(含撤销、确认违法)行政机关决定14件。",
     [("reconsideration_closed", 131, 2023, False), ("reconsideration_corrected", 14, 2023, False)]),
])
def test_a_label_cut_by_a_bracketed_aside(text, expected):
    assert [f for f in facts(text) if not f[0].endswith("_rate")] == expected


def test_words_with_a_figure_before_a_bracket_join_no_label():
    assert facts("审结行政复议案件98件(含上年结转5件)调解12件。") == [("reconsideration_closed", 98, 2023, False)]


# 到 a year not after the report's is a level reached by then (as 截至), no plan; a later year, or another cue, plans.
@pytest.mark.parametrize("text, expected", [
    ("到2022年底,全县行政机关负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2022, False)]),
    ("到2023年底,全县共办理法律援助案件326件。", [("legal_aid_cases", 326, 2023, False)]),
    ("到2025年底,全县行政机关负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2025, True)]),
    ("力争到2023年底,全县行政机关负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2023, True)]),
])
def test_by_a_past_year_is_a_level_not_a_target(text, expected):
    assert facts(text) == expected


# A text of no year of its own (a span's review, an article) counts the years past from its date: 到 a year before
# the one it is dated in is a level reached; 到 its own year's end, or a later one, still plans.
@pytest.mark.parametrize("text, expected", [
    ("到2019年底,全省人民调解组织共调解民间纠纷61万件。", [("mediation_cases", 610000, 2019, False)]),
    ("到“十三五”末,全市行政机关负责人出庭应诉率达到96%。", [("head_appearance_rate", 96, 2020, False)]),
    ("到2021年底,全省人民调解组织调解民间纠纷61万件。", [("mediation_cases", 610000, 2021, True)]),
    ("到2022年底,全市行政机关负责人出庭应诉率达到96%。", [("head_appearance_rate", 96, 2022, True)]),
])
def test_by_a_year_before_the_date_of_a_text_of_no_year_is_a_level(text, expected):
    assert sorted((k, v, y, t) for k, v, y, t, _ in read(text, None, published_year=2021)[0]) == expected


# A ratio's colon closes no clause: a series of ratios goes on after it (由上年的1.2:1提升至2.6:1).
@pytest.mark.parametrize("text, expected", [
    ("全县复议诉讼比由上年的1.2:1提升至2.6:1。",
     [("reconsideration_litigation_ratio", 1.2, 2022, False), ("reconsideration_litigation_ratio", 2.6, 2023, False)]),
    ("全县复议诉讼比由2021年的0.8:1提升至2023年的1.6:1。",
     [("reconsideration_litigation_ratio", 0.8, 2021, False), ("reconsideration_litigation_ratio", 1.6, 2023, False)]),
])
def test_a_series_of_ratios(text, expected):
    assert facts(text) == expected


# Months of one year joined as a span (2022年1月至7月) are a part of that year, no span of years: a news item or a
# release on them gives their figures that year, whatever year the item reports on.
@pytest.mark.parametrize("text, year", [
    ("据统计,2022年1月至7月,全区人民调解组织共受理调解纠纷1616件。", 2022),
    ("2022年1月-7月,全区人民调解组织共受理调解纠纷1616件。", 2022),
    # a span of years across months stays no one year's
    ("2020年3月至2022年7月,全区人民调解组织共受理调解纠纷1616件。", None),
])
def test_months_of_one_year_are_that_year_s(text, year):
    assert sorted((k, v, y, t) for k, v, y, t, _ in read(text, 2021, plans_next_year=False)[0]) == [
        ("mediation_cases", 1616, year, False)]

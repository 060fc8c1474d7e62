"""A white paper on several years: one year's figure set as a part of the span's total (其中,2023年新收…) is that
year's own, and a 分别 list in a sentence that counts the span's years (三年来,…分别为…) takes the range its
paragraph said before, one year per value.

Every sentence here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

_SPAN_TOTAL = "2021年至2023年,全市法院共受理一审行政案件4 287件。"


@pytest.mark.parametrize("text, expected", [
    (_SPAN_TOTAL + "其中,2023年新收一审行政案件1 562件,同比上升8.9%。",
     [("litigation_first_instance", 1562, 2023, False), ("litigation_first_instance", 4287, None, False)]),
    # a part that names no year of the span is a share of the total
    (_SPAN_TOTAL + "其中,涉及房屋征收的一审行政案件1 562件。", [("litigation_first_instance", 4287, None, False)]),
    # a year's total holds its new cases and those carried over: no year of a span
    ("2023年,全市法院共受理一审行政案件1 787件。其中,2023年新收一审行政案件1 562件,上年结转225件。",
     [("litigation_first_instance", 1787, 2023, False)]),
])
def test_a_year_of_a_span_total_is_its_own_figure(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize("text, expected", [
    (_SPAN_TOTAL + "三年来,全市行政机关败诉率分别为12.3%、10.8%和9.6%。",
     [("litigation_first_instance", 4287, None, False), ("litigation_loss_rate", 9.6, 2023, False),
      ("litigation_loss_rate", 10.8, 2022, False), ("litigation_loss_rate", 12.3, 2021, False)]),
    # a span of another length than the list dates none of its values
    (_SPAN_TOTAL + "两年来,全市行政机关败诉率分别为12.3%和9.6%。",
     [("litigation_first_instance", 4287, None, False), ("litigation_loss_rate", 9.6, None, False),
      ("litigation_loss_rate", 12.3, None, False)]),
])
def test_a_list_over_a_counted_span_takes_the_range_said_before(text, expected):
    assert facts(text, 2023) == expected


# The year's own figure set as a part of a total of many years, in the total's sentence or the one after: a year
# named after the marker (其中2025年…), or this year (其中今年…), of a total read for no one year (“十四五”以来, 五年来,
# 累计 since a year). The total keeps its year (none); a part that names no year, or a part of the year, stays a part.
@pytest.mark.parametrize("text, expected", [
    ("“十四五”以来,全县累计受理行政复议案件612件,其中2025年受理158件。",
     [("reconsideration_received", 158, 2025, False), ("reconsideration_received", 612, None, False)]),
    ("2021年以来全县累计办理法律援助案件3650件,其中2025年办理812件。",
     [("legal_aid_cases", 812, 2025, False), ("legal_aid_cases", 3650, None, False)]),
    ("五年来全县共调解矛盾纠纷6200件,其中今年调解1380件。",
     [("mediation_cases", 1380, 2025, False), ("mediation_cases", 6200, None, False)]),
    ("五年来全县共调解矛盾纠纷6200件。其中,今年调解1380件。",
     [("mediation_cases", 1380, 2025, False), ("mediation_cases", 6200, None, False)]),
])
def test_a_year_s_part_of_a_total_of_many_years_is_its_own_figure(text, expected):
    assert facts(text, 2025) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年办理法律援助案件812件,其中刑事案件301件。", [("legal_aid_cases", 812, 2025, False)]),
    # the year's own total: a part of its year is a part
    ("2025年全县办理法律援助案件900件,其中2025年上半年办理400件。", [("legal_aid_cases", 900, 2025, False)]),
    # a part of the year of a total of many years is no year's figure
    ("五年来全县共调解矛盾纠纷6200件,其中今年上半年调解700件。", [("mediation_cases", 6200, None, False)]),
])
def test_a_part_naming_no_one_year_of_many_stays_a_part(text, expected):
    assert facts(text, 2025) == expected


@pytest.mark.parametrize("text", [
    "2020年1月至今年9月,全市共受理行政复议案件386件。",
    "2021年至今年,全市共受理行政复议案件386件。",
    "2021年3月到本年10月,全市共受理行政复议案件386件。",
])
def test_a_span_ending_in_this_years_word_dates_its_total_to_no_year(text):
    assert facts(text, 2023) == [("reconsideration_received", 386, None, False)]


@pytest.mark.parametrize("text", [
    "今年1月至9月,全市共受理行政复议案件386件。",  # months of this year
    "2020年全市调解纠纷900件。今年,全市共受理行政复议案件386件。",  # this year said alone, after another year
])
def test_this_years_word_alone_still_dates_its_figure(text):
    assert ("reconsideration_received", 386, 2023, False) in facts(text, 2023)

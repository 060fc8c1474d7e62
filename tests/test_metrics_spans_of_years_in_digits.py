"""A span of years counted in digits (5年来, 10年间, 3年以来) dates its figures to no one year, as 五年来 does; the last
digits of a year (2024年以来) and one year (1年来, the year reported) are no such span.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    ("据统计,5年来全省共办理法律援助案件31万件。", [("legal_aid_cases", 310000, None, False)]),
    ("10年来,全市公证机构办理公证事项8.6万件。", [("notarizations", 86000, None, False)]),
    ("3年间,全县调解矛盾纠纷1.2万件,调解成功率98.6%。",
     [("mediation_cases", 12000, None, False), ("mediation_success_rate", 98.6, None, False)]),
    ("12年以来,全区新收行政复议案件2400件。", [("reconsideration_received", 2400, None, False)]),
])
def test_a_span_of_years_in_digits_dates_no_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2024年以来,全市公证机构办理公证事项8600件。", [("notarizations", 8600, 2024, False)]),
    ("1年来,全县调解矛盾纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    ("2023年,全区新收行政复议案件240件。", [("reconsideration_received", 240, 2023, False)]),
])
def test_a_year_or_the_one_year_keeps_its_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the last of a rate's yearly values said after 到 (到2024年已经达到…), as the years before it
    ("全县行政机关负责人出庭应诉率2022年是71.1%,2023年达到81.3%,到2024年已经达到93.8%。",
     [("head_appearance_rate", 71.1, 2022, False), ("head_appearance_rate", 81.3, 2023, False),
      ("head_appearance_rate", 93.8, 2024, False)]),
    # a year to come after 到 is the year a target is set for
    ("全县调解成功率2023年为97%,到2025年要达到99%。",
     [("mediation_success_rate", 97, 2023, False), ("mediation_success_rate", 99, 2025, True)]),
])
def test_a_year_reached_after_to_keys_the_next_value(text, expected):
    assert facts(text) == expected



def test_a_month_reached_after_to_keys_no_value_of_the_year():
    # 到 a month of the year: the level of that month, not the year's value
    assert facts("全县行政机关负责人出庭应诉率2023年为90%,直到2024年10月才达到100%。") == [
        ("head_appearance_rate", 90, 2023, False)]


# A span since a year said short (2022年来, 2023年來) or up to now (2021年迄今, 2021年至今) dates its figure to no one year, as
# 2022年以来 does in a yearly report of a later year; the year said alone dates it.
_REPORT = "青禾县2023年法治政府建设工作报告\n2023年,青禾县深入推进法治政府建设。现将有关情况报告如下。\n一、主要成效\n"


@pytest.mark.parametrize("sentence, year", [
    ("2022年来,该县依托矛盾调处中心累计化解各类纠纷4300件。", None),
    ("2022年來,該縣依託矛盾調處中心累計化解各類糾紛4300件。", None),
    ("2021年迄今,县法律援助中心共办理援助案件1150件。", None),
    ("2021年至今,县法律援助中心共办理援助案件1150件。", None),
    ("2022年以来,该县依托矛盾调处中心累计化解各类纠纷4300件。", None),
    ("2022年,该县依托矛盾调处中心化解各类纠纷4300件。", 2022),
])
def test_a_span_said_short_dates_no_figure(sentence, year):
    metric = extract(_REPORT + sentence + "\n").metrics[0]
    assert metric.value in (4300, 1150) and metric.year == year

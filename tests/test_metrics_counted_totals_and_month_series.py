"""A total named by its count before its noun in a clause the sentence's parts follow, the count written with 万 or
余 (在收到的2.6万件行政复议案件中,…), and a rate that moves from one month's level to another's (由1月的…上升至12月的…),
as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    # the total of the period the sentence names, its parts after it no second total
    ("在2024年上半年收到的2.6万件行政复议案件中,经复议后未再起诉的为1.8万件。",
     [("reconsideration_received", 26000, 2024, False)]),
    ("全省在办结的1.1万余件法律援助案件中,刑事法律援助案件4000件。", [("legal_aid_cases", 11000, 2024, False)]),
    ("全省新收的4.6万件一审行政案件中,行政机关败诉2100件。",
     [("litigation_first_instance", 46000, 2024, False), ("litigation_lost", 2100, 2024, False)]),
    # the disputes counted before their noun: the kind after it is a part, no count of the disputes mediated
    ("在调处的1.2万件纠纷中,婚姻家庭纠纷3000件。", [("mediation_cases", 12000, 2024, False)]),
])
def test_a_total_counted_in_ten_thousands_before_its_noun(text, expected):
    assert facts(text) == expected


def test_the_total_is_cited_with_its_noun():
    metrics, _ = read("在2024年上半年收到的2.6万件行政复议案件中,经复议后未再起诉的为1.8万件。", 2024)
    assert [evidence for *_, evidence in metrics] == ["2.6万件行政复议案件"]


@pytest.mark.parametrize("text", [
    "全年调解成功率由1月的92.5%上升至12月的98.1%。",
    "行政机关负责人出庭应诉率由1月份的60%提高到12月份的100%。",
    # the level the month's rose to, the text says not when
    "全年调解成功率由1月的92.5%上升至98.1%。",
])
def test_a_rate_moving_between_months_gives_no_years_figure(text):
    assert facts(text) == []


def test_a_rate_moving_between_months_keeps_both_levels_as_rates():
    _, rates = read("2023年,诉前调解成功分流率由1月的31.5%上升至12月的55.2%,自动履行率达94.6%。")
    assert rates == [("诉前调解成功分流率", 31.5), ("诉前调解成功分流率", 55.2), ("自动履行率", 94.6)]


@pytest.mark.parametrize("text, expected", [
    # an origin of a year said, or the year before: each level its year's
    ("全年调解成功率由2023年的92.5%上升至98.1%。",
     [("mediation_success_rate", 92.5, 2023, False), ("mediation_success_rate", 98.1, 2024, False)]),
    ("全年调解成功率由上年的92.5%上升至98.1%。",
     [("mediation_success_rate", 92.5, 2023, False), ("mediation_success_rate", 98.1, 2024, False)]),
])
def test_a_rate_moving_from_a_year_keeps_each_years_figure(text, expected):
    assert facts(text) == expected

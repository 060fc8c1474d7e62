"""Lawsuits heard and closed in court (开庭审结), a change whose number a space sets off from its verb, and a bound on
each of a number of units or of places listed.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport import extract
from lawreport.normalize import normalize
from lawreport.numbers import scan


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("全区行政诉讼案件开庭审结52件,行政机关负责人出庭41件。",
     [("head_appearances", 41, 2023, False), ("litigation_hearings", 52, 2023, False)]),
    ("全区新收行政诉讼案件61件。其中开庭审结47件,行政机关负责人出庭30件。",
     [("head_appearances", 30, 2023, False), ("litigation_first_instance", 61, 2023, False),
      ("litigation_hearings", 47, 2023, False)]),
])
def test_lawsuits_heard_and_closed_in_court_are_hearings(text, expected):
    assert facts(text) == expected


def test_reconsiderations_heard_and_closed_are_no_lawsuit_hearings():
    assert facts("全区审结行政复议案件40件,其中开庭审结12件。") == [("reconsideration_closed", 40, 2023, False)]


@pytest.mark.parametrize("text, change", [
    ("一审案件数量增长率为 4.22 %", "up"),
    ("同比增长  6.1%", "up"),
    ("同比下降\u30002.5%", "down"),
    ("结案率为 99.5 %", None),
    ("调解成功率 98.2%", None),
])
def test_a_space_between_a_verb_of_change_and_its_number_keeps_the_change(text, change):
    norm = normalize(text)
    assert [q.change for q in scan(norm)] == [change]


@pytest.mark.parametrize("text, rates", [
    ("全市一审行政案件增长311件,增长率为 4.22 %。", []),
    ("全市一审行政案件结案率为 99.5 %。", [("一审行政案件结案率", 99.5)]),
])
def test_a_spaced_change_is_no_rate(text, rates):
    assert read(text)[1] == rates


@pytest.mark.parametrize("text, expected", [
    # each of the units named: no count of the area's
    ("全省收到行政复议申请3260件。白沙区等7个县级政府收到行政复议申请超过50件,青禾县等11个县级政府收到行政复议申请少于6件。",
     [("reconsideration_received", 3260, 2023, False)]),
    ("全县有5个乡镇受理矛盾纠纷超过200件。", []),
    # a sum of the units' counts is the total's bound
    ("全县14个乡镇共收到行政复议申请超过300件。", [("reconsideration_received", 300, 2023, False)]),
    ("全县14个乡镇累计调解矛盾纠纷超过3000件。", [("mediation_cases", 3000, 2023, False)]),
    # a bound with no units before it stays
    ("全县收到行政复议申请超过300件。", [("reconsideration_received", 300, 2023, False)]),
])
def test_a_bound_after_a_number_of_units_is_each_one_s(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # each of the places listed: a cut-off of each unit's, no bound of the area's
    ("青禾县、白沙区新收一审行政案件数超过100件。", []),
    ("全年全市新收一审行政案件640件。东城区、西城区、南湖区收到行政复议申请超过80件。",
     [("litigation_first_instance", 640, 2023, False)]),
    # a part said after it is one of those places', none of the area's
    ("全年全市新收一审行政案件640件。青禾县、白沙区新收一审行政案件数超过100件。其中,青禾县新收一审行政案件131件。",
     [("litigation_first_instance", 640, 2023, False)]),
    ("全市9个县级政府收到行政复议申请超过40件,其中青禾县收到行政复议申请52件。", []),
])
def test_a_bound_after_places_listed_is_each_ones(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bound of the whole, or of the levels of government listed (市、县两级: no places), or of kinds listed, stays
    ("全县行政复议案件数量超过200件。", [("reconsideration_received", 200, 2023, False)]),
    ("市、县两级收到行政复议申请超过800件。", [("reconsideration_received", 800, 2023, False)]),
])
def test_a_bound_after_no_places_listed_stays(text, expected):
    assert facts(text) == expected
    assert [(m.key, m.qualifier) for m in extract(text).metrics] == [(expected[0][0], "at_least")]

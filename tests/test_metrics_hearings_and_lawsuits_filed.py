"""Two ways of counting lawsuits: the cases a court heard (开庭审理行政应诉案件5件) are its hearings, not the cases
brought, whatever kind of case it names; the lawsuits that arose (行政诉讼发案量13件), said as a reconsideration's
发案量 is, are the cases brought.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    ("目前,人民法院共开庭审理行政应诉案件5件。", [("litigation_hearings", 5, 2024, False)]),
    ("全县法院开庭审理行政应诉案件12件,负责人出庭12件。",
     [("head_appearances", 12, 2024, False), ("litigation_hearings", 12, 2024, False)]),
])
def test_the_lawsuits_an_agency_answers_that_a_court_heard_are_hearings(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全年开庭审理涉企行政应诉案件5件。",  # a kind of them heard: no hearings key, and no cases brought
    "经开庭审理的行政应诉案件中有5件。",
])
def test_heard_lawsuits_are_never_the_cases_brought(text):
    assert all(key != "litigation_first_instance" for key, *_ in facts(text))


def test_the_answered_lawsuits_not_heard_are_the_cases_brought():
    assert facts("全年行政应诉案件19件。") == [("litigation_first_instance", 19, 2024, False)]
    # their intake said after them; not those closed (审结) said so
    assert facts("全年行政应诉案件新收19件。") == [("litigation_first_instance", 19, 2024, False)]
    assert facts("全年行政应诉案件审结17件。") == []


@pytest.mark.parametrize("text, expected", [
    ("全区行政复议发案量37件,行政诉讼发案量13件,败诉2件。",
     [("litigation_first_instance", 13, 2024, False), ("litigation_lost", 2, 2024, False),
      ("reconsideration_received", 37, 2024, False)]),
    ("2023年,全县行政诉讼发案23件。", [("litigation_first_instance", 23, 2023, False)]),
])
def test_the_lawsuits_that_arose_are_the_cases_brought(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全县刑事案件发案量13件。",  # no lawsuit
    "全县行政诉讼发案量13件,其中二审5件。",  # appeals among them: no first-instance count
])
def test_other_cases_that_arose_are_no_lawsuits_brought(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, unit", [
    ("全年行政诉讼案件开庭审理26次,行政机关负责人出庭应诉26次。", "次"),
    ("全年行政诉讼案件开庭审理26场,行政机关负责人出庭应诉26场。", "场"),
    ("全年行政诉讼案件开庭审理26场次,行政机关负责人出庭应诉26场次。", "场次"),
    ("全年行政诉讼案件开庭审理26案次,行政机关负责人出庭应诉26案次。", "案次"),
])
def test_hearings_and_appearances_counted_by_the_session_or_the_case(text, unit):
    metrics, _ = read(text, 2024)
    assert sorted((key, value) for key, value, *_ in metrics) == [("head_appearances", 26), ("litigation_hearings", 26)]
    assert all(evidence.endswith(unit) for *_, evidence in metrics)


def test_hearings_in_sessions_give_the_rate_of_appearances():
    record = extract("2023年,全县行政案件开庭审理40场次,行政机关负责人出庭应诉36场次。")
    assert sorted((m.key, m.value, m.derived) for m in record.metrics) == [
        ("head_appearance_rate", 90, True), ("head_appearances", 36, False), ("litigation_hearings", 40, False)]


def test_appearances_counted_by_the_head_with_the_time_in_brackets():
    assert facts("行政机关负责人出庭应诉17人(次)。") == [("head_appearances", 17, 2024, False)]


@pytest.mark.parametrize("text", [
    "全院审结行政案件1200件,在线开庭3460场。",  # a court's sessions held online, of all its cases
    "全院审结行政案件1200件,巡回开庭86次。",
])
def test_sessions_a_court_holds_a_way_are_no_hearings(text):
    assert all(key != "litigation_hearings" for key, *_ in facts(text))

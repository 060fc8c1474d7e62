"""A 分别 list whose first item is a verb alone (新收、审结行政复议案件分别为120件、112件): the verb is of the noun the
last item's verb is of, so the first value is 新收行政复议案件's; a first item that names its own noun keeps it. Two
items joined by 和 (受理和审结…分别为, 调解矛盾纠纷和办理法律援助案件分别为) give the first value the first item's label,
not the second's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全年新收、审结行政复议案件分别为120件、112件。",
     [("reconsideration_closed", 112, 2024, False), ("reconsideration_received", 120, 2024, False)]),
    ("全年受理、审结行政复议案件分别为120件和112件。",
     [("reconsideration_closed", 112, 2024, False), ("reconsideration_received", 120, 2024, False)]),
])
def test_a_verb_alone_first_is_of_the_last_items_noun(text, expected):
    assert facts(text) == expected


def test_its_evidence_starts_at_the_verb():
    metrics, _ = read("全年新收、审结行政复议案件分别为120件、112件。")
    assert ("reconsideration_received", 120, 2023, False, "新收、审结行政复议案件分别为120件") in metrics


@pytest.mark.parametrize("text, expected", [
    ("受理法律援助案件、办理公证分别为1200件、5600件。",
     [("legal_aid_cases", 1200, 2024, False), ("notarizations", 5600, 2024, False)]),
    # a verb of no count of the noun: nothing for its value
    ("全年开展、审结行政复议案件分别为3次、112件。", [("reconsideration_closed", 112, 2024, False)]),
])
def test_a_first_item_naming_its_own_noun_or_none_of_the_last(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年受理和审结行政复议案件分别为120件、112件。",
     [("reconsideration_closed", 112, 2024, False), ("reconsideration_received", 120, 2024, False)]),
    ("全年新收及办结行政复议案件分别为120件和112件。",
     [("reconsideration_closed", 112, 2024, False), ("reconsideration_received", 120, 2024, False)]),
    ("全年调解矛盾纠纷和办理法律援助案件分别为1200件、300件。",
     [("legal_aid_cases", 300, 2024, False), ("mediation_cases", 1200, 2024, False)]),
    ("行政复议和行政诉讼案件分别为120件、56件。",
     [("litigation_first_instance", 56, 2024, False), ("reconsideration_received", 120, 2024, False)]),
    # a first item of more words, the time and the verb before its noun
    ("全年共受理法律援助案件和公证事项分别为740件、2910件。",
     [("legal_aid_cases", 740, 2024, False), ("notarizations", 2910, 2024, False)]),
    ("今年以来办理法律援助案件和办理公证分别为740件、2910件。",
     [("legal_aid_cases", 740, 2024, False), ("notarizations", 2910, 2024, False)]),
])
def test_two_items_joined_give_the_first_value_the_first_items_label(text, expected):
    assert facts(text) == expected


def test_a_first_item_of_no_key_gives_its_value_none():
    assert facts("全年排查和调解矛盾纠纷分别为3500件、1200件。") == [("mediation_cases", 1200, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # the bodies listed before the labels (法律援助中心、公证处) take no value: one label per value, from the last
    ("市法律援助中心、公证处办结法律援助案件、公证事项分别为860件、2310件。",
     [("legal_aid_cases", 860, 2024, False), ("notarizations", 2310, 2024, False)]),
    ("区调解中心、法律援助中心、公证处调解矛盾纠纷、受理法律援助案件、办理公证事项分别为1500件、640件、3020件。",
     [("legal_aid_cases", 640, 2024, False), ("mediation_cases", 1500, 2024, False),
      ("notarizations", 3020, 2024, False)]),
])
def test_bodies_listed_before_the_labels_take_no_value(text, expected):
    assert facts(text) == expected

"""One count shared by the labels listed before it (行政复议、行政诉讼案件各2件, …均为1件, …都是3件): each label that names a
key has the value, as each label of a 分别 list has its own value, and as 行政复议、行政诉讼案件均为零 gives each its zero. With
a year or not, with the region's call or not, labels joined by 、, 和 or 及, two labels or three, verbs sharing one noun.

Not a count of units listed (甲镇、乙镇受理矛盾纠纷各20件: each place's), nor of kinds of one key (刑事、民事法律援助案件各
200件: each kind's), nor one 各 or 均 after a single label (each of units the label does not list), nor a 各 that opens a
word (各类, 各乡镇).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("2024年,全县发生行政复议、行政诉讼案件各2件。",
     [("litigation_first_instance", 2, 2024, False), ("reconsideration_received", 2, 2024, False)]),
    ("2024年，我局发生行政复议、行政诉讼案件均为1件。",
     [("litigation_first_instance", 1, 2024, False), ("reconsideration_received", 1, 2024, False)]),
    ("全市行政复议案件、行政诉讼案件都是3件。",
     [("litigation_first_instance", 3, 2024, False), ("reconsideration_received", 3, 2024, False)]),
    ("2024年,全县受理行政复议和行政诉讼案件各3起。",
     [("litigation_first_instance", 3, 2024, False), ("reconsideration_received", 3, 2024, False)]),
    ("全年办理行政复议案件及行政应诉案件各4件。",
     [("litigation_first_instance", 4, 2024, False), ("reconsideration_received", 4, 2024, False)]),
    ("2024年我区受理行政复议、行政诉讼、国家赔偿案件均为1件。",
     [("litigation_first_instance", 1, 2024, False), ("reconsideration_received", 1, 2024, False)]),
    ("2024年,全县行政复议、行政诉讼案件均为0件。",
     [("litigation_first_instance", 0, 2024, False), ("reconsideration_received", 0, 2024, False)]),
    # verbs sharing the noun after the last: each stage's count
    ("全年新收、审结行政复议案件各5件。",
     [("reconsideration_closed", 5, 2024, False), ("reconsideration_received", 5, 2024, False)]),
])
def test_a_count_shared_by_listed_labels_is_each_labels(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "2024年,甲镇、乙镇受理矛盾纠纷各20件。",  # places listed: each place's
    "2024年,城关镇和新安镇调解纠纷均为30件。",
    "2024年,全县受理刑事、民事法律援助案件各200件。",  # kinds of one key: each kind's, no total
    "2024年,全县发生行政复议案件各2件。",  # one label: each of units it does not list
    "2024年,全县各乡镇、各部门受理行政复议案件均为2件。",
    "2024年,全县14个乡镇受理矛盾纠纷均为20件以上。",
])
def test_a_count_each_unit_has_is_none_of_the_reports(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    # 各 opening a word, no share: the count as said
    ("2024年,全县办理各类法律援助案件120件。", [("legal_aid_cases", 120, 2024, False)]),
    ("2024年,各级调解组织受理各类矛盾纠纷2100件。", [("mediation_cases", 2100, 2024, False)]),
    # a list of values one each stays one each
    ("2024年,全县发生行政复议、行政诉讼案件分别为2件、3件。",
     [("litigation_first_instance", 3, 2024, False), ("reconsideration_received", 2, 2024, False)]),
    # the zero said in words, as before
    ("2024年,全县行政复议案件、行政诉讼案件均为零。",
     [("litigation_first_instance", 0, 2024, False), ("reconsideration_received", 0, 2024, False)]),
])
def test_counts_said_otherwise_keep_their_readings(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, rates", [
    ("2024年,全县行政复议纠错率、行政诉讼败诉率均为0。", {"行政复议纠错率": 0, "行政诉讼败诉率": 0}),
    ("2024年,全县行政机关负责人出庭应诉率、出庭出声率都达到100%。",
     {"行政机关负责人出庭应诉率": 100, "出庭出声率": 100}),
])
def test_rates_shared_by_listed_labels_are_each_labels(text, rates):
    assert {r[0]: r[1] for r in read(text, 2024)[1]} == rates

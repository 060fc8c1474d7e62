"""The first-instance lawsuits closed, where the report counts none brought: the verb after the cases (一审行政诉讼
案件已审结16件, …结案16件) or between the instance and the cases (一审审结行政案件1200件) and a defendant named between the verb and the cases (审结以市政府为被告的一审行政诉讼案件…),
as 审结一审行政案件18件 reads; beside a count of the lawsuits brought they give way to it. And the lawsuits a
department answers said without 行政 (共办理应诉案件15件), but those a head attended or an agent handled.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values

HEAD = "某县2023年法治政府建设情况报告\n2023年,"


@pytest.mark.parametrize("text, expected", [
    ("全县一审行政诉讼案件已审结16件,败诉0件。", [("litigation_first_instance", 16), ("litigation_lost", 0)]),
    ("全县一审行政案件审结16件。", [("litigation_first_instance", 16)]),
    ("全县一审行政诉讼案件结案21件。", [("litigation_first_instance", 21)]),
    ("全县共审结以县级行政机关为被告的一审行政诉讼案件88件。", [("litigation_first_instance", 88)]),
    ("全市审结以市政府作为被告的一审行政案件12件。", [("litigation_first_instance", 12)]),
    # an agency's 办结, as it answers its lawsuits
    ("全县共办结一审行政应诉案件27件,败诉2件。", [("litigation_first_instance", 27), ("litigation_lost", 2)]),
    ("全区一审行政诉讼案件已办结14件。", [("litigation_first_instance", 14)]),
    # the verb after the instance, before the cases
    ("全市法院一审审结行政案件1200件,行政机关败诉128件。",
     [("litigation_first_instance", 1200), ("litigation_lost", 128)]),
])
def test_the_first_instance_lawsuits_closed_stand_for_those_brought(text, expected):
    assert keys_values(HEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # the lawsuits brought are the count; those closed, said after the cases, give way to it
    ("全县新收一审行政诉讼案件25件,一审行政诉讼案件已审结20件。", [("litigation_first_instance", 25)]),
    ("全县一审行政案件结案20件,新收一审行政案件25件。", [("litigation_first_instance", 25)]),
    # an appeal's cases closed are no first-instance lawsuits
    ("全市审结以市政府为被告的二审行政案件12件。", []),
    # a civil court's cases closed
    ("全县一审民事案件已审结160件。", []),
    ("全县新收一审行政诉讼案件25件,办结一审行政诉讼案件20件。", [("litigation_first_instance", 25)]),
    ("全县新收一审行政诉讼案件25件,一审审结行政诉讼案件20件。", [("litigation_first_instance", 25)]),
    ("全县一审审结民事案件160件。", []),
    # reconsiderations closed stay theirs
    ("全年办结行政复议案件42件。", [("reconsideration_closed", 42)]),
])
def test_the_first_instance_lawsuits_closed_that_are_no_such_count(text, expected):
    assert keys_values(HEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a department's lawsuits answered, without 行政
    ("我局共办理应诉案件15件,败诉2件。", [("litigation_first_instance", 15), ("litigation_lost", 2)]),
    ("区政府法制办受区政府委托共参加应诉案件9起。", [("litigation_first_instance", 9)]),
    # with an 一审 part: the first-instance count is the part
    ("我局共办理应诉案件40件,其中一审32件。", [("litigation_first_instance", 32)]),
])
def test_the_lawsuits_answered_without_xingzheng(text, expected):
    assert keys_values(HEAD + text) == expected


@pytest.mark.parametrize("text", [
    "我局出庭应诉案件23件。",  # the hearings a head or staff attended: a part
    "我局委托律师代理应诉案件5件。",  # an agent's share
    "我局民事应诉案件3件。",  # civil lawsuits
    "我局审结应诉案件12件。",  # those closed, not brought
    "我局办结应诉案件12件。",
    "法院开庭审理应诉案件6件。",  # those heard
    "近三年我局年均应诉案件12件。",  # an average
])
def test_the_lawsuits_answered_that_are_a_part_or_civil(text):
    assert "litigation_first_instance" not in [k for k, _ in keys_values(HEAD + text)]


@pytest.mark.parametrize("text", [
    "我局应诉案件20件,其中民事案件8件。",  # the lawsuits hold civil ones
    "我局应诉案件20件,其中行政案件12件。",  # sorted by a kind: the rest of no kind said
    "我局应诉案件20件,其中刑事附带民事案件2件。",
    "我局涉及应诉案件12件,其中刑事案件2件。",
])
def test_the_lawsuits_answered_without_xingzheng_sorted_by_kind(text):
    assert "litigation_first_instance" not in [k for k, _ in keys_values(HEAD + text)]

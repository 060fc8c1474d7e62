"""Lawsuits counted by the agencies' answering them, the word said after the cases (一审行政诉讼案件应诉386件,
行政诉讼案件应诉386件) or bare, as a verb with no noun, where the sentence or its section speaks of lawsuits
(行政应诉方面,全年共应诉386件): the lawsuits answered, as 应诉一审行政诉讼案件386件 or 行政应诉案件 count them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("2023年,全市各级行政机关一审行政诉讼案件应诉386件。", [("litigation_first_instance", 386, 2023, False)]),
    ("2023年,全县一审行政案件应诉57件,开庭审理41件。",
     [("litigation_first_instance", 57, 2023, False), ("litigation_hearings", 41, 2023, False)]),
    ("2023年,我局行政诉讼案件应诉12件,均胜诉。",
     [("litigation_first_instance", 12, 2023, False), ("litigation_lost", 0, 2023, False)]),
])
def test_lawsuits_answered_said_after_the_cases(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "2023年,全市行政诉讼案件出庭应诉386件。",  # the appearances, no head named: no count of lawsuits
    "2023年,全市一审行政诉讼案件律师代理应诉36件。",  # an agent's work
    "2023年,全市行政复议、行政诉讼案件应诉工作有序开展。",  # no count
])
def test_no_lawsuits_answered_where_the_word_counts_other_acts(text):
    assert [f for f in facts(text) if f[0] == "litigation_first_instance"] == []


@pytest.mark.parametrize("text, expected", [
    ("行政应诉方面,2023年全年共应诉386件,开庭审理302件。",
     [("litigation_first_instance", 386, 2023, False), ("litigation_hearings", 302, 2023, False)]),
    ("二、行政应诉工作\n2023年,全市各级行政机关共应诉73件,败诉4件。",
     [("litigation_first_instance", 73, 2023, False), ("litigation_lost", 4, 2023, False)]),
])
def test_lawsuits_answered_said_bare_under_their_topic(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # reconsideration and lawsuits answered together
    ("2023年,全县行政复议应诉工作扎实推进,全年应诉21件。", []),
    # a total beside its first-instance part: the part
    ("二、行政应诉工作\n2023年,全市各级行政机关共应诉386件,其中一审298件。",
     [("litigation_first_instance", 298, 2023, False)]),
    # reconsideration named beside the lawsuits
    ("2023年,行政复议和行政应诉工作扎实推进,全年应诉21件。", []),
    # civil suits answered too
    ("行政应诉方面,2023年区政府作为当事人的民事、行政诉讼共应诉30件。", []),
    # an agent's answering, a head's appearing, an average
    ("行政应诉方面,2023年委托代理应诉15件。", []),
    ("行政应诉方面,2023年法律顾问应诉15件。", []),
    ("行政应诉方面,2023年区长出庭应诉3件。", [("head_appearances", 3, 2023, False)]),
    ("行政应诉方面,2023年月均应诉15件。", []),
    # no lawsuits named
    ("2023年,区司法局共应诉12件。", []),
])
def test_no_lawsuits_answered_said_bare_beside_other_topics(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2023年,我区共应诉行政案件36件,开庭审理28件。",
     [("litigation_first_instance", 36, 2023, False), ("litigation_hearings", 28, 2023, False)]),
    ("全年各级行政机关共应诉行政案件112件。", [("litigation_first_instance", 112, 2023, False)]),
    ("2022年，市政府应诉行政案件15件，应诉率100%。", [("litigation_first_instance", 15, 2022, False)]),
    ("本局应诉行政诉讼案件9件。", [("litigation_first_instance", 9, 2023, False)]),
    # a total beside its first-instance part: the part
    ("2023年,全县应诉行政案件70件,其中一审52件。", [("litigation_first_instance", 52, 2023, False)]),
])
def test_lawsuits_answered_said_before_the_cases(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "2023年,全县行政机关负责人出庭应诉行政案件20件。",  # the heads' appearances
    "2023年,全县行政机关出庭应诉行政案件20件。",  # the appearances, no head named
    "2023年,本局委托律师代理应诉行政案件12件。",  # an agent's work
    "2023年,市政府审结应诉行政案件30件。",  # the cases closed
    "2023年,全区应诉行政案件败诉3件。",  # the cases lost
])
def test_no_lawsuits_answered_before_the_cases_where_others_are_counted(text):
    assert [f for f in facts(text) if f[0] == "litigation_first_instance"] == []

"""The agencies' lawsuits named as those they are involved in (涉诉行政案件68件, 行政涉诉案件, 行政机关涉诉案件): the
first-instance lawsuits, as 被诉行政案件 counts them, under the same conditions (no appeal or retrial named beside).
Petitions about lawsuits (涉诉信访案件) are none.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("2023年,全县涉诉行政案件68件,开庭审理51件。",
     [("litigation_first_instance", 68, 2023, False), ("litigation_hearings", 51, 2023, False)]),
    ("2023年,全县行政机关涉诉案件68件,败诉3件。",
     [("litigation_first_instance", 68, 2023, False), ("litigation_lost", 3, 2023, False)]),
    ("2023年,全市行政涉诉案件共计142件。", [("litigation_first_instance", 142, 2023, False)]),
    # the number right after the word, or 共/累计 between the agencies and it
    ("2023年,全区行政机关共涉诉57件,败诉4件。",
     [("litigation_first_instance", 57, 2023, False), ("litigation_lost", 4, 2023, False)]),
    ("2023年,全市各级行政机关累计涉诉案件212件。", [("litigation_first_instance", 212, 2023, False)]),
    ("2023年,全县行政涉诉39件。", [("litigation_first_instance", 39, 2023, False)]),
])
def test_lawsuits_involved_in_are_the_lawsuits(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "2023年,全县涉诉信访案件68件。",  # petitions about lawsuits
    "2023年,全县涉诉行政案件68件,其中二审12件。",  # appeals among them
    "2023年,全县涉诉民事案件68件。",  # civil suits
    "2023年,全区共涉诉57件。",  # no agency named: any party's lawsuits
    "2023年,全区行政机关涉诉信访事项57件。",  # petitions
    "2023年,全区行政机关共涉诉57件,其中二审9件。",  # appeals among them
])
def test_no_lawsuits_involved_in_where_they_are_other_cases(text):
    assert [f for f in facts(text) if f[0] == "litigation_first_instance"] == []


# 涉诉案件 said with no 行政, where the sentence or its section speaks of the agencies' lawsuits: theirs, as 应诉案件 is
# read; said alone (any party's suits, civil ones too), with reconsiderations, beside an 一审 part or civil suits, none.
@pytest.mark.parametrize("text, expected", [
    ("2023年,在行政应诉方面,我局涉诉案件12件,均胜诉。",
     [("litigation_first_instance", 12, 2023, False), ("litigation_lost", 0, 2023, False)]),
    ("2023年,行政诉讼方面,我局共有涉诉案件9件,败诉1件。",
     [("litigation_first_instance", 9, 2023, False), ("litigation_lost", 1, 2023, False)]),
    ("三、行政应诉工作\n2023年,全县各部门涉诉案件37件。", [("litigation_first_instance", 37, 2023, False)]),
    ("2023年,我局共有涉诉案件12件,均胜诉。", [("litigation_lost", 0, 2023, False)]),
    ("2023年,行政应诉工作中,全县涉复议、涉诉案件共计45件。", []),
    ("2023年,行政应诉方面,我局涉诉案件12件,其中一审9件。", [("litigation_first_instance", 9, 2023, False)]),
    ("2023年,在行政应诉方面,我局涉民事诉讼案件3件,涉诉案件共12件。", []),
    ("2023年,行政应诉工作中,全县涉复议涉诉案件45件。", []),
    ("行政应诉方面,我局年均涉诉案件12件。", []),
    ("2023年,行政诉讼工作中,全县化解涉法涉诉案件30件。", []),
])
def test_lawsuits_involved_in_said_bare_where_lawsuits_are_spoken_of(text, expected):
    assert facts(text) == expected

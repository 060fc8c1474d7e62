"""Legal-aid cases counted by their kinds (刑事, 民事, 行政 法律援助案件), as notarial acts are: listed with no total, no one
kind is the year's figure; all three add up to it, two leave the third out. So when the kinds are named before their
values (刑事、民事、行政法律援助案件分别为…). A kind said alone is the one figure there is, and a total said before the
kinds is the figure.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport import extract


@pytest.mark.parametrize(("text", "expected"), [
    # every kind listed: their sum
    ("2023年,全县办理刑事法律援助案件231件、民事法律援助案件318件、行政法律援助案件7件。",
     [("legal_aid_cases", 556, 2023, False)]),
    # two kinds of three: no figure of the year
    ("2023年,全县办理刑事法律援助案件231件,民事法律援助案件318件。", []),
    # one kind alone: the one figure there is
    ("2023年,全县指派刑事法律援助案件231件。", [("legal_aid_cases", 231, 2023, False)]),
    # a total said before the kinds
    ("2023年,全县办理法律援助案件556件,其中刑事法律援助案件231件、民事法律援助案件318件。",
     [("legal_aid_cases", 556, 2023, False)]),
])
def test_legal_aid_cases_counted_by_their_kinds(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # every kind, their values listed after 分别: their sum, as when each is said with its kind
    ("2023年,全市刑事、民事、行政法律援助案件分别为230件、330件、12件。", [("legal_aid_cases", 572, 2023, True)]),
    ("2023年，我区办理刑事、民事和行政法律援助案件分别为88件、141件和5件。", [("legal_aid_cases", 234, 2023, True)]),
    ("2023年,全县刑事、民事、行政法律援助案件分别办理230件、330件、12件。", [("legal_aid_cases", 572, 2023, True)]),
    # two kinds of three: no figure of the year, not the last kind's
    ("2023年,全市刑事、民事法律援助案件分别为230件、330件。", []),
    ("全县指派刑事、民事法律援助案件分别为96件、57件。", []),
    ("2023年,全县刑事、民事法律援助案件分别指派96件、57件。", []),
    # a total said before them, or right after them
    ("2023年,全市办理法律援助案件572件,其中刑事、民事、行政法律援助案件分别为230件、330件、12件。",
     [("legal_aid_cases", 572, 2023, False)]),
    ("2023年,全市刑事、民事法律援助案件分别为230件、330件,共计560件。", [("legal_aid_cases", 560, 2023, False)]),
    # not kinds: the stages of one count, the first its figure
    ("2023年,全市受理、办结法律援助案件分别为412件、398件。", [("legal_aid_cases", 412, 2023, False)]),
])
def test_legal_aid_kinds_listed_with_their_values_after_them(text, expected):
    assert sorted((m.key, m.value, m.year, m.derived) for m in extract(text).metrics) == expected

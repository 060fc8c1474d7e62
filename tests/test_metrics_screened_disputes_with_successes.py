"""排查 said by no mediation body counts the disputes found; it is the mediation caseload where its sentence counts the
mediations that succeeded (全省共排查矛盾纠纷2.1万件,调解成功2.0万件): what the successes are of. Not where the sentence
counts an intake or the cases mediated besides.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    ("全省共排查矛盾纠纷2.1万件,调解成功2.0万件,调解成功率96.9%。",
     [("mediation_cases", 21000, 2024, False), ("mediation_succeeded", 20000, 2024, False),
      ("mediation_success_rate", 96.9, 2024, False)]),
    ("全镇共排查矛盾纠纷120件,成功调解118件。",
     [("mediation_cases", 120, 2024, False), ("mediation_succeeded", 118, 2024, False)]),
    ("全乡排查矛盾纠纷隐患35件,调解成功率100%。",
     [("mediation_cases", 35, 2024, False), ("mediation_success_rate", 100, 2024, False)]),
])
def test_disputes_screened_are_the_caseload_of_the_successes(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全市排查矛盾纠纷1305件,预防纠纷785件。", []),  # no success counted: disputes found
    ("全镇共排查矛盾纠纷186起,受理160起,调解成功156起。",  # an intake counted
     [("mediation_cases", 160, 2024, False), ("mediation_succeeded", 156, 2024, False)]),
    ("全市共排查纠纷135件,调解案件总数474件,成功调解470件。",  # the cases mediated counted
     [("mediation_cases", 474, 2024, False), ("mediation_succeeded", 470, 2024, False)]),
])
def test_disputes_screened_beside_another_caseload_are_none(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 化解 or 调结 counted alone in a clause of its own: the successes of the disputes screened, as after an intake
    ("全县共排查矛盾纠纷417件,化解409件。",
     [("mediation_cases", 417, 2024, False), ("mediation_succeeded", 409, 2024, False)]),
    ("各村排查各类矛盾纠纷88件,已化解85件,化解率96.6%。",
     [("mediation_cases", 88, 2024, False), ("mediation_succeeded", 85, 2024, False),
      ("mediation_success_rate", 96.6, 2024, False)]),
    ("全镇排查民间纠纷64起,调结63起。",
     [("mediation_cases", 64, 2024, False), ("mediation_succeeded", 63, 2024, False)]),
    # 已化解 after an intake reads as 化解 does
    ("全年受理矛盾纠纷230件,已化解226件。",
     [("mediation_cases", 230, 2024, False), ("mediation_succeeded", 226, 2024, False)]),
])
def test_disputes_screened_then_settled_alone_are_the_caseload_of_those_settled(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rounds of screening (次) count no disputes; the disputes settled with their noun are those mediated (as a lone
    # 化解矛盾纠纷N件), of no screened count; 化解 with a noun in the clause before counts no successes of the screening
    ("全县开展矛盾纠纷排查1200次。", []),
    ("全县共排查矛盾纠纷417件,化解矛盾纠纷409件。", [("mediation_cases", 409, 2024, False)]),
    ("全县共排查矛盾纠纷417件,受理矛盾纠纷398件,化解390件。",
     [("mediation_cases", 398, 2024, False), ("mediation_succeeded", 390, 2024, False)]),
])
def test_disputes_screened_then_settled_with_another_count_or_noun_are_none(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the disputes mediated counted after the screened ones, with their noun or alone: the successes are of those, the
    # screened count gives way (also a mediation body's)
    ("全县共排查矛盾纠纷215件，调解矛盾纠纷210件，调解成功205件。",
     [("mediation_cases", 210, 2024, False), ("mediation_succeeded", 205, 2024, False)]),
    ("2023年,全区排查各类纠纷1,360起,化解纠纷1,320起,成功调解1,301起。",
     [("mediation_cases", 1320, 2023, False), ("mediation_succeeded", 1301, 2023, False)]),
    ("各村调委会排查矛盾纠纷96件,调解90件,调解成功88件。",
     [("mediation_cases", 90, 2024, False), ("mediation_succeeded", 88, 2024, False)]),
    ("我镇共排查民间纠纷58起，进入调解程序52起，调解成功50起，调解成功率96.2%。",
     [("mediation_succeeded", 50, 2024, False), ("mediation_success_rate", 96.2, 2024, False)]),
    # the successes said with their noun count no disputes mediated: the screened figure is what they are of
    ("全县排查矛盾纠纷215起，成功化解矛盾纠纷210起。",
     [("mediation_cases", 215, 2024, False), ("mediation_succeeded", 210, 2024, False)]),
    ("调委会共排查矛盾纠纷140件,成功调解矛盾纠纷138件。",
     [("mediation_cases", 140, 2024, False), ("mediation_succeeded", 138, 2024, False)]),
])
def test_disputes_screened_give_way_to_the_disputes_mediated(text, expected):
    assert facts(text) == expected


def test_the_rate_of_disputes_screened_then_mediated_is_of_those_mediated():
    rates = [(m.value, m.derived) for m in extract("2023年,全县共排查矛盾纠纷215件,调解矛盾纠纷210件,调解成功205件。").metrics
             if m.key == "mediation_success_rate"]
    assert rates == [(97.62, True)]

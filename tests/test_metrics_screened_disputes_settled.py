"""Disputes found by screening (排查) are the caseload where the sentence counts the mediations that succeeded: also when
the successes are said 成功调处 (排查矛盾纠纷126起,成功调处123起), a success as 调处成功 is, not the disputes taken up for
mediation (调处120起) that make the screened figure give way; and when the disputes are said found (排查出矛盾纠纷34起).
A screened count with no successes after it, or one that gives way to the disputes taken up, is no caseload.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def mediation(text: str) -> list[tuple[str, float]]:
    return sorted((m.key, m.value) for m in extract(text).metrics if m.key.startswith("mediation"))


@pytest.mark.parametrize(("text", "expected"), [
    ("2021年,全乡共排查矛盾纠纷87起,成功调处85起。",
     [("mediation_cases", 87), ("mediation_succeeded", 85), ("mediation_success_rate", 97.7)]),
    ("2022年,镇村两级调委会共排查各类纠纷64件,成功调处63件,调处成功率98.4%。",
     [("mediation_cases", 64), ("mediation_succeeded", 63), ("mediation_success_rate", 98.4)]),
    ("2020年,街道开展矛盾纠纷排查210次,排查出矛盾纠纷41起,成功调处40起。",
     [("mediation_cases", 41), ("mediation_succeeded", 40), ("mediation_success_rate", 97.56)]),
    ("2023年,全镇排查出各类矛盾纠纷29件,均已化解。",
     [("mediation_cases", 29), ("mediation_succeeded", 29), ("mediation_success_rate", 100.0)]),
])
def test_screened_disputes_with_their_successes_are_the_caseload(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the disputes taken up for mediation are the count; the screened figure gives way
    ("2021年,全乡共排查矛盾纠纷87起,调处80起,成功调处78起。",
     [("mediation_cases", 80), ("mediation_succeeded", 78), ("mediation_success_rate", 97.5)]),
    # found and nothing said of their settling: no caseload
    ("2023年,全镇排查出各类矛盾纠纷29件。", []),
])
def test_screened_disputes_without_successes_or_giving_way(text, expected):
    assert mediation(text) == expected

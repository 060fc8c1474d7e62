"""The disputes taken in said by the verb alone count mediation's where the sentence's topic names the disputes
(矛盾纠纷 or 民间纠纷 …方面,全年共受理…件), as where it names mediation; not where it names neither.

Every text here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def mediation_cases(text: str) -> list[float]:
    return sorted(m.value for m in extract(text).metrics if m.key == "mediation_cases")


@pytest.mark.parametrize(("text", "expected"), [
    ("矛盾纠纷排查化解方面,2023年全年共受理1250件。", [1250]),
    ("民间纠纷化解方面,2023年全年共受理860件。", [860]),
    ("2023年,全县矛盾纠纷多元化解工作扎实推进,全年共受理1420件。", [1420]),
])
def test_the_disputes_topic_makes_the_verb_alone_mediations(text, expected):
    assert mediation_cases(text) == expected


@pytest.mark.parametrize("text", [
    "信访工作方面,2023年全年共受理1250件。",
    "2023年,全县政务服务中心全年共受理1420件。",
])
def test_no_disputes_named_no_mediations(text):
    assert mediation_cases(text) == []

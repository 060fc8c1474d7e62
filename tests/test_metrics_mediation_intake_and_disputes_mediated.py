"""The disputes a mediation body took in and those it then mediated (调处), both counted: 受理矛盾纠纷N件,调处M件
(调处矛盾纠纷M件, in either order, in one sentence or apart). The intake is the year's count of disputes; the disputes
mediated are a stage of it on the way to the successes, no second count. With both said, no success rate is derived
from the intake: which of the two the successes are of, the text says not. 调处 said alone stays the count.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def mediation(text: str) -> list[tuple[str, float, bool]]:
    return sorted((m.key, m.value, m.derived) for m in extract(text).metrics if m.key.startswith("mediation"))


@pytest.mark.parametrize(("text", "expected"), [
    ("2024年,全镇各级调委会共受理矛盾纠纷486件,调处479件,调解成功472件。",
     [("mediation_cases", 486, False), ("mediation_succeeded", 472, False)]),
    # the body whose intake it is opening the label
    ("2024年,全镇人民调解组织共受理矛盾纠纷486件,调处479件。", [("mediation_cases", 486, False)]),
    ("2024年,全区受理民间纠纷930件,调处矛盾纠纷921件,调处率99%。", [("mediation_cases", 930, False)]),
    ("2024年,全县调处矛盾纠纷921件。全年共受理矛盾纠纷930件。", [("mediation_cases", 930, False)]),
])
def test_the_intake_is_the_count_the_disputes_mediated_a_stage_of_it(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 调处 said alone: the count, and the rate its successes give
    ("2024年,全镇调处矛盾纠纷479件,调解成功472件。",
     [("mediation_cases", 479, False), ("mediation_succeeded", 472, False), ("mediation_success_rate", 98.54, True)]),
    # the intake and its successes, no stage between: the rate of the intake
    ("2024年,全镇受理矛盾纠纷486件,调处成功472件。",
     [("mediation_cases", 486, False), ("mediation_succeeded", 472, False), ("mediation_success_rate", 97.12, True)]),
])
def test_a_count_said_alone_keeps_its_reading(text, expected):
    assert mediation(text) == expected

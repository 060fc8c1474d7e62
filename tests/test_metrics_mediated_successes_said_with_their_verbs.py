"""Successes of mediation said with the verbs around them: the cases closed by the success (调解矛盾纠纷N件,调解成功
结案M件), and the mediation said before 化解 alone in its clause (受理矛盾纠纷N件,调处化解M件; 调解化解M件,化解率…), after
an intake or a screening (排查矛盾纠纷N件,调处化解M件: the screened disputes are what the successes are of). Not a
court's cases closed, a petition office's or a reconsideration's, nor 调处化解 with its noun (调处化解矛盾纠纷N件: the
disputes mediated).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


def mediation(text: str):
    return [(k, v) for k, v in keys_values(text) if k.startswith("mediation")]


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全镇调解矛盾纠纷286件,调解成功结案281件。", [("mediation_cases", 286), ("mediation_succeeded", 281)]),
    ("2023年,全镇受理矛盾纠纷286件,调处化解281件。", [("mediation_cases", 286), ("mediation_succeeded", 281)]),
    ("2023年,全镇受理矛盾纠纷286件,调解化解281件,化解率98.3%。",
     [("mediation_cases", 286), ("mediation_succeeded", 281), ("mediation_success_rate", 98.3)]),
    ("2023年,全镇排查矛盾纠纷286件,调处化解281件。", [("mediation_cases", 286), ("mediation_succeeded", 281)]),
    ("2023年,全镇调委会共排查矛盾纠纷286件,调处化解281件。", [("mediation_cases", 286), ("mediation_succeeded", 281)]),
])
def test_successes_said_with_their_verbs(text, expected):
    assert sorted(mediation(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a court's cases closed by its mediation; a petition office's; a reconsideration's
    ("2023年,县法院审结民事案件512件,调解成功结案128件。", []),
    ("2023年,县信访局受理信访事项88件,调处化解80件。", []),
    ("2023年,全县受理行政复议案件301件,调解化解126件。", []),
    # with its noun: the disputes mediated, after a screening that no longer counts the caseload
    ("2023年,全镇排查矛盾纠纷286件,调处化解矛盾纠纷281件。", [("mediation_cases", 281)]),
])
def test_no_successes_of_another_body_or_with_their_noun(text, expected):
    assert sorted(mediation(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 化解 or 调结 alone beside the successes said with 成功: the disputes mediated, no second count of successes
    ("全县受理矛盾纠纷1200件,化解1190件,调解成功1180件。",
     [("mediation_cases", 1200), ("mediation_succeeded", 1180)]),
    ("全镇受理民间纠纷86起,调结84起,其中调处成功82起。",
     [("mediation_cases", 86), ("mediation_succeeded", 82)]),
    ("全区受理矛盾纠纷640件,化解632件,成功调解矛盾纠纷630件。",
     [("mediation_cases", 640), ("mediation_succeeded", 630)]),
    # beside the successes' rate, not their count, 化解 alone is the successes
    ("全县受理矛盾纠纷1200件,化解1190件,调解成功率99.2%。",
     [("mediation_cases", 1200), ("mediation_succeeded", 1190), ("mediation_success_rate", 99.2)]),
])
def test_settled_alone_beside_the_successes_said_with_their_word(text, expected):
    assert sorted(mediation(text)) == expected

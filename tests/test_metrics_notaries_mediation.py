"""A notary office's mediation (县公证处参与调解纠纷N件, 公证参与化解…) is the notaries' work, as the lawyers' is: none of
the area's mediation keys. The area's mediation said after the office's notarial acts, or with its people's mediators
named, stays the area's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


def mediation(text: str):
    return [(k, v) for k, v in keys_values(text) if k.startswith("mediation")]


@pytest.mark.parametrize("text", [
    "2023年,县公证处参与调解纠纷64件。",
    "2023年,县公证处参与调解纠纷64件,调解成功59件。",
    "2023年,县公证机构开展化解矛盾纠纷64件。",
])
def test_a_notary_office_s_mediation_is_none_of_the_area_s(text):
    assert mediation(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,县公证处办理公证3216件,全县调解纠纷1204件。", [("mediation_cases", 1204)]),
    ("2023年,县公证处办理公证3216件;全县人民调解组织调解纠纷1204件,调解成功1190件。",
     [("mediation_cases", 1204), ("mediation_succeeded", 1190)]),
])
def test_the_area_s_mediation_after_the_notarial_acts_stays(text, expected):
    assert mediation(text) == expected

"""Legal-aid cases counted by their kinds (刑事, 民事, 行政 法律援助案件), as notarial acts are: listed with no total, no one
kind is the year's figure; all three add up to it, two leave the third out. A kind said alone is the one figure there
is, and a total said before the kinds is the figure.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


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

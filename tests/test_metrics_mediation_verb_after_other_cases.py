"""调解 alone after a count of reconsiderations or of a court's cases is how those cases closed, no people's mediation
(办理行政复议案件141件,调解75件); after a mediation body's count it is that body's caseload.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text, expected", [
    ("2024年办理行政复议案件96件,调解41件,调解率42.7%。", [("reconsideration_received", 96)]),
    ("全年受理行政复议申请58件,调解19件。", [("reconsideration_received", 58)]),
    ("县法院审理民事案件820件,调解310件。", []),
])
def test_mediation_after_other_cases_is_theirs(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全镇人民调解委员会全年调解860件,调解成功851件。", [("mediation_cases", 860), ("mediation_succeeded", 851)]),
    # a reconsideration count in its own sentence before
    ("全年受理行政复议申请58件。各村调委会全年调解430件,调解成功428件。",
     [("mediation_cases", 430), ("mediation_succeeded", 428), ("reconsideration_received", 58)]),
])
def test_mediation_after_a_mediation_body_is_its_caseload(text, expected):
    assert keys_values(text) == expected

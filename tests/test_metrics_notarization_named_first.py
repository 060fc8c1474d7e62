"""Notarization named before its verb (公证办理案件640件, 公证业务办理量达2.3万件, 公证办件量1200件), as legal aid's
(法律援助受理案件) and mediation's counts are said: the year's notarizations. Not the time an act takes nor the notaries.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2024年,青禾县公共法律服务中心公证办理案件640件,法律援助受理案件210件。",
     [("legal_aid_cases", 210, 2024, False), ("notarizations", 640, 2024, False)]),
    ("全年公证业务办理量达2.3万件,同比增长9%。", [("notarizations", 23000, 2024, False)]),
    ("全县公证办件量1200件,较上年有所增加。", [("notarizations", 1200, 2024, False)]),
    ("白沙区公证受理各类事项860件。", [("notarizations", 860, 2024, False)]),
])
def test_notarization_named_before_its_verb_is_counted(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "公证办理时限压缩至5个工作日,公证员增至12名。",
    # both services joined: neither one's count
    "全县法律援助和公证办理案件共1320件。",
])
def test_what_is_no_count_of_notarial_acts(text):
    assert facts(text) == []

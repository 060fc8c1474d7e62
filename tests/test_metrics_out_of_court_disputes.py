"""非诉讼 names disputes settled out of court (非诉讼纠纷化解中心, 非诉讼纠纷解决机制): mediation's own word, never the
lawsuit that keeps a count from the mediation keys ({LITIGATION}).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text, expected", [
    ("县非诉讼纠纷化解中心全年受理矛盾纠纷300件,成功化解290件。",
     [("mediation_cases", 300), ("mediation_succeeded", 290)]),
    ("依托非诉讼纠纷化解中心受理民间纠纷120件。", [("mediation_cases", 120)]),
    ("健全非诉讼纠纷解决机制,全年达成调解协议410件。", [("mediation_succeeded", 410)]),
    ("区非诉讼纠纷化解中心调解矛盾纠纷75件,调解成功率98%。",
     [("mediation_cases", 75), ("mediation_success_rate", 98.0)]),
])
def test_out_of_court_disputes_are_mediations(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text", [
    "县法院受理行政诉讼纠纷200件,成功化解90件。",
    "全县调解行政诉讼纠纷80件,调解成功率45%。",
    "法院受理民事诉讼案件300件,达成调解协议120件。",
])
def test_lawsuit_disputes_stay_out_of_the_mediation_keys(text):
    assert not [key for key, _ in keys_values(text) if key.startswith("mediation")]

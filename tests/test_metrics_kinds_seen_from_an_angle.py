"""A breakdown opened by the angle it is seen from (从纠纷类型看, 从案件类别上看, 按纠纷类型分) sorts the total said
before into kinds, as one opened by 其中 does: the kinds are parts, no second headline count; a kind said alone stays
the one figure there is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

MC, MS = "mediation_cases", "mediation_succeeded"


@pytest.mark.parametrize("text, expected", [
    ("全年调解纠纷820件,调解成功812件。从纠纷类型看,婚姻家庭纠纷210件,邻里纠纷180件。",
     [(MC, 820, 2024, False), (MS, 812, 2024, False)]),
    ("全县调解纠纷640件。按纠纷类型分,婚姻家庭纠纷150件,邻里纠纷120件,物业纠纷60件。", [(MC, 640, 2024, False)]),
    ("全镇调解矛盾纠纷310件。从纠纷类别上看,土地纠纷95件,邻里纠纷88件。", [(MC, 310, 2024, False)]),
])
def test_the_kinds_of_a_breakdown_are_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年调解婚姻家庭纠纷210件。", [(MC, 210, 2024, False)]),
    # an angle that sorts by no kind (从全年看: the year's) opens no breakdown
    ("全年调解纠纷820件,调解成功812件。从全年看,调解婚姻家庭纠纷210件。",
     [(MC, 210, 2024, False), (MC, 820, 2024, False), (MS, 812, 2024, False)]),
])
def test_what_is_no_breakdown(text, expected):
    assert facts(text) == expected

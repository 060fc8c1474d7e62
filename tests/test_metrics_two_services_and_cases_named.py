"""Counts whose label is not one service's or one kind's alone.

A total over legal aid and notarization joined (法律援助和公证案件共1320件) is neither service's count; each said
on its own keeps its figure. A head's appearances may be written with the cases they answered, named by a party or by
the case before their number (局长出庭应诉某建材公司等3起诉我局…案): the appearances, where a head is named, not
an agent's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全年办理法律援助和公证案件共1320件。", []),
    ("全年办理公证及法律援助案件共1320件。", []),
    ("全年共办理法律援助案件和公证事项860件。", []),
    ("全年办理公证和法律援助事项共860件。", []),
    ("办理法律援助案件320件,办理婚姻、继承公证1000件。",
     [("legal_aid_cases", 320, 2024, False), ("notarizations", 1000, 2024, False)]),
    ("全年办理法律援助案件和司法救助案件共50件。", []),
])
def test_a_total_over_legal_aid_and_notarization_is_neither(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("局长出庭应诉某某建材有限公司等3起诉我局行政处罚案。", [("head_appearances", 3, 2024, False)]),
    ("局主要负责人出庭应诉王某诉我局政府信息公开案等2起。", [("head_appearances", 2, 2024, False)]),
    ("行政机关负责人出庭应诉李某等6起行政诉讼案件。", [("head_appearances", 6, 2024, False)]),
    # an agent's appearances, or none said to be a head's
    ("法律顾问出庭应诉某某建材有限公司等3起诉我局行政处罚案。", []),
    ("工作人员出庭应诉王某诉我局政府信息公开案等2起。", []),
    ("出庭应诉王某诉我局政府信息公开案等2起。", []),
])
def test_appearances_written_with_the_cases_named(text, expected):
    assert facts(text) == expected

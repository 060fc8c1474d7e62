"""A kind's count in brackets after what changed of it (处罚类案件增幅超2倍(新收318件)), as reports write them: the
kind's share, not the area's intake, when the area's whole is also said.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    # the whole in the sentence before, the kinds after 其中
    ("全年共收到行政复议申请1040件。其中,征收类案件数量增长1.8倍(新收233件),信息公开类案件下降15%(新收61件)。",
     [("reconsideration_received", 1040, 2024, False)]),
    # the whole in another paragraph
    ("全市新收行政复议申请5120件。\n涉及交通管理处罚类的行政复议案件数量增幅超2倍(新收1377件),工伤认定类案件明显上升。",
     [("reconsideration_received", 5120, 2024, False)]),
])
def test_a_kinds_count_in_brackets_leaves_the_whole(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket after the whole of every kind (各类) or with no kind named: the whole's count
    ("全年各类行政复议案件数量增长62%(新收744件)。", [("reconsideration_received", 744, 2024, False)]),
    ("行政复议案件数量持续增长(新收744件)。", [("reconsideration_received", 744, 2024, False)]),
    # 其中新收 of the whole still gives the year's intake, the count before it holding cases carried over
    ("全年办理行政复议案件420件,其中新收398件。", [("reconsideration_received", 398, 2024, False)]),
])
def test_a_count_in_brackets_of_no_kind_stays(text, expected):
    assert facts(text) == expected

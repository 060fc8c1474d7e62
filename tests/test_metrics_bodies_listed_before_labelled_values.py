"""Bodies listed before 分别, each value after a label of its own (县法律援助中心、县公证处分别办理法律援助案件300件、
公证事项1200件): each value is its own label's, as said alone; the bodies listed give no value in their order. Places
listed so stay each place's, none the report's own.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2023年,县法律援助中心、县公证处分别办理法律援助案件300件、公证事项1200件。",
     [("legal_aid_cases", 300, 2023, False), ("notarizations", 1200, 2023, False)]),
    ("2023年,我区法律援助中心和公证处分别办理法律援助案件三百件、公证事项一千二百件。",
     [("legal_aid_cases", 300, 2023, False), ("notarizations", 1200, 2023, False)]),
    ("2023年,市法律援助中心、市公证处分别受理法律援助案件845宗和办理公证2310宗。",
     [("legal_aid_cases", 845, 2023, False), ("notarizations", 2310, 2023, False)]),
])
def test_each_value_is_its_own_labels(text, expected):
    assert facts(text, 2023) == expected


def test_places_listed_keep_their_values():
    # each place's, not the report's: the first value's label gives the report no figure
    assert "reconsideration_received" not in {
        key for key, *_ in facts("2023年,甲县、乙县分别受理行政复议案件30件、行政诉讼案件20件。", 2023)}
    assert facts("2023年,甲镇、乙镇分别受理矛盾纠纷300件、200件。", 2023) == []

"""A count whose verb an adverb of each precedes (两镇各受理纠纷12件, 两个公证处各办理公证500件, 市县两级法律援助
中心均办理…) is each body's, no total of the area: no headline value. 各 determining a body named by a verb (各调解
委员会, 各调处中心) and an average's 均 say no such thing, nor does 各 after the label, which the labels listed before it
share (受理、办结行政复议案件各15件).

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "全年两镇各受理矛盾纠纷12件。",
    "2023年,全县各镇均受理纠纷25件。",
    "我市两个公证处各办理公证事项3000件。",
    "全县15个乡镇人民调解委员会各调解纠纷100件。",
    "全年市、县两级法律援助中心各办理法律援助案件200件。",
    "市县两级行政复议机构均受理行政复议案件50件。",
    "两个行政复议中心各自办结行政复议案件40件。",
])
def test_a_count_each_body_did_is_no_total(text):
    assert facts(text, 2023) == []


@pytest.mark.parametrize("text, expected", [
    ("全县各调解委员会共调解纠纷800件。", [("mediation_cases", 800, 2023, False)]),
    ("全县各调处中心共受理矛盾纠纷820件。", [("mediation_cases", 820, 2023, False)]),
    ("本区各级人民调解组织共受理矛盾纠纷1200件。", [("mediation_cases", 1200, 2023, False)]),
    ("成都市办理法律援助案件2000件。", [("legal_aid_cases", 2000, 2023, False)]),
    # years sharing the count its verb's 均 says: each year's, no body's
    ("2021年和2022年全县均办理法律援助案件300件。",
     [("legal_aid_cases", 300, 2021, False), ("legal_aid_cases", 300, 2022, False)]),
    ("受理、办结行政复议案件各15件。",
     [("reconsideration_closed", 15, 2023, False), ("reconsideration_received", 15, 2023, False)]),
])
def test_a_total_or_labels_sharing_a_count_stay(text, expected):
    assert facts(text, 2023) == expected

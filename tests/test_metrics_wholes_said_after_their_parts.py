"""A count said as a sum alone after the counts it adds up (正职负责人出庭应诉12次、副职负责人出庭应诉30次,共计42次;
县法律援助中心…120件,乡镇工作站…80件,合计200件): the whole of the key those counts are read as, stated, its evidence
from the first part on; the parts stay, sub-units beside their whole. It had been read as nothing. A sum the counts
before it do not add up to, or of counts of more than one key, is no such whole.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

HEADS = "head_appearances"


def wholes(text: str):
    """(key, value, evidence) of the headline metrics of `text` whose evidence holds a sum word."""
    return [(k, v, e) for k, v, _, _, e in read(text, 2023)[0] if any(word in e for word in ("共", "合计", "总计"))]


@pytest.mark.parametrize("text, expected", [
    ("2023年，全市行政机关正职负责人出庭应诉12次、副职负责人出庭应诉30次，共计42次。",
     [(HEADS, 42, "正职负责人出庭应诉12次、副职负责人出庭应诉30次，共计42次")]),
    ("2023年,全县开庭审理行政案件50件,正职负责人出庭17次,其他负责人出庭25次,共42次。",
     [(HEADS, 42, "正职负责人出庭17次,其他负责人出庭25次,共42次")]),
    ("2023年，县法律援助中心办理法律援助案件120件，乡镇工作站办理法律援助案件80件，合计200件。",
     [("legal_aid_cases", 200, "县法律援助中心办理法律援助案件120件，乡镇工作站办理法律援助案件80件，合计200件")]),
    ("2023年,市本级收到行政复议申请120件,各县区收到行政复议申请80件,总计200件。",
     [("reconsideration_received", 200, "市本级收到行政复议申请120件,各县区收到行政复议申请80件,总计200件")]),
])
def test_the_sum_after_the_parts_is_their_key_s_whole(text, expected):
    assert wholes(text) == expected


@pytest.mark.parametrize("text", [
    # the parts add up to another number
    "2023年，全市行政机关正职负责人出庭应诉12次、副职负责人出庭应诉30次，共计43次。",
    # counts of two keys
    "2023年，全县受理矛盾纠纷1200件，调解成功1180件，共计2380件。",
    # counts of no key
    "2023年,全县开展普法活动12场、法治讲座30场,共计42场。",
])
def test_no_whole_where_the_parts_do_not_make_one(text):
    assert wholes(text) == []

"""A reprint's note of the headline it ran under (原标题:去年某市…超八成) gives the headline without the note's label; a
headline naming the words elsewhere keeps them.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = "\n本报讯 记者甲乙 10月31日,石门县人民法院发布行政审判白皮书。白皮书显示,全年受理一审行政案件八十件。(甲乙)\n"

CASES = [
    ("the note under the headline", "去年石门县行政机关负责人出庭应诉率超八成\n分享至\n原标题:去年石门县行政机关负责人出庭应诉率超八成" + _LEAD,
     "去年石门县行政机关负责人出庭应诉率超八成"),
    ("…alone", "原标题:去年石门县行政机关负责人出庭应诉率超八成" + _LEAD, "去年石门县行政机关负责人出庭应诉率超八成"),
    ("the words inside a headline", "石门县法院白皮书沿用原标题:行政审判年度报告" + _LEAD, "石门县法院白皮书沿用原标题:行政审判年度报告"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_reprints_title_note(case, text, expected):
    assert read(text, "title") == expected

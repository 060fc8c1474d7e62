"""A county or banner of a two-character name (沛县, 单县, 莫旗 for 莫力达瓦达斡尔族自治旗) named right before its own party
committee or government, its level written again (在沛县县委、县政府领导下, 莫旗旗委): the unit is named, whatever character
stands before it, and a town's report so placing itself under it is that unit's. A two-character run closed by a level's
character with no second level after it (召开县委常委会: no 开县) names none.

Every text below is written for these tests; the figures are made up; the counties are real divisions, the towns not.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

PLACED = [
    ("a town under its county's committee and government",
     "青禾镇2023年法治政府建设情况报告\n2023年,青禾镇在单县县委、县政府的坚强领导下推进法治建设,调解纠纷18件。\n",
     ("山东省", "菏泽市", "单县")),
    ("a town under its banner's committee, the banner by its customary name",
     "白桦镇2022年法治政府建设工作总结\n2022年,白桦镇在莫旗旗委、旗政府领导下推进依法行政,开展普法活动9场。\n",
     ("内蒙古自治区", "呼伦贝尔市", "莫力达瓦达斡尔族自治旗")),
    ("a committee meeting held, no county",
     "2023年,会议召开县委常委会专题研究法治建设,全年调解纠纷12件。\n", (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "region"), PLACED, ids=[c[0] for c in PLACED])
def test_a_two_character_unit_before_its_own_bodies(case, text, region):
    assert read(text, "region") == region

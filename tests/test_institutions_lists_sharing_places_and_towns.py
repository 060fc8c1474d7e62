"""Institutions: bodies listed right after a name that opens with its places or its town, each by its words alone
(郸城县公安局、民政局和人社局, 白沙镇综治中心、司法所和派出所), share them, as those after a level word share it
(县公安局、民政局): each is that place's or that town's body, mentioned by its own words. The list ends at an item with a
place or a town of its own, at the head alone, and, after a county, at a town's station; a body of another kind ending as
the first does (闵行区律师调查委员会和惩戒委员会) shares none, one ending otherwise does (郸城县人大常委会、政协)."""

from __future__ import annotations

import pytest
from conftest import bodies

DANCHENG = "411625"  # 河南省周口市郸城县


def _canonicals(sentence: str, code: str | None = DANCHENG) -> dict[str, str | None]:
    return {name: f.canonical for name, f in bodies(sentence, code).items()}


@pytest.mark.parametrize("sentence, expected", [
    ("。郸城县公安局、民政局和人社局联合开展专项行动",
     {"郸城县公安局": "郸城县公安局", "民政局": "郸城县民政局", "人社局": "郸城县人力资源和社会保障局"}),
    ("。郸城县法院、检察院、公安局及司法局召开联席会议",
     {"郸城县法院": "河南省郸城县人民法院", "检察院": "河南省郸城县人民检察院", "公安局": "郸城县公安局",
      "司法局": "郸城县司法局"}),
    ("。周口市中级人民法院、检察院联合发文", {"周口市中级人民法院": "河南省周口市中级人民法院", "检察院": "河南省周口市人民检察院"}),
    ("。郸城县人民政府、公安局联合督导", {"郸城县人民政府": "郸城县人民政府", "公安局": "郸城县公安局"}),
    ("。郸城县人大常委会、政协开展联合视察", {"郸城县人大常委会": "郸城县人大常委会", "政协": "郸城县政协"}),
])
def test_bodies_after_a_place_share_it(sentence, expected):
    assert _canonicals(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("。白沙镇综治中心、司法所和派出所联合调处纠纷",
     {"白沙镇综治中心": "白沙镇综治中心", "司法所": "白沙镇司法所", "派出所": "白沙镇派出所"}),
    ("。青山乡人民政府、司法所共同开展普法", {"青山乡人民政府": "青山乡人民政府", "司法所": "青山乡司法所"}),
])
def test_bodies_after_a_town_share_it(sentence, expected):
    assert _canonicals(sentence, None) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a town's own body after another's
    ("。白沙镇司法所、青山镇司法所联合调解", {"白沙镇司法所": "白沙镇司法所", "青山镇司法所": "青山镇司法所"}),
    # another place's body
    ("。郸城县法院、宝山区司法局签订协议", {"郸城县法院": "河南省郸城县人民法院", "宝山区司法局": "宝山区司法局"}),
    # a county's police and the towns' stations
    ("。郸城县公安局、派出所开展巡逻", {"郸城县公安局": "郸城县公安局"}),
    # two towns
    ("。白沙镇、青山镇开展排查", {"白沙镇": "白沙镇", "青山镇": "青山镇"}),
    # bodies of one other kind, which may share more than the place (the lawyers')
    ("。成立郸城县律师调查委员会和惩戒委员会", {"郸城县律师调查委员会": "郸城县律师调查委员会", "惩戒委员会": None}),
])
def test_no_sharing(sentence, expected):
    assert _canonicals(sentence) == expected

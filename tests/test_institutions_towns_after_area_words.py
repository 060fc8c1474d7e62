"""A town right after the whole area's word of a county, a district, a city or a banner (全县龙山镇司法所, 全旗巴彦乌拉苏木
司法所: catalog town_boundary) is one of the area's towns, read with its body as after any boundary; the area's towns or
stations in general (全县乡镇司法所, 全县各镇, 全县重点镇) and a town's body by its level word after the area's word (全县镇司法所:
the towns' stations) name none.

Every sentence below is written for these tests; the towns and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize(("sentence", "name", "canonical"), [
    ("2024年,全县龙山镇司法所调解矛盾纠纷42件。", "龙山镇司法所", "龙山镇司法所"),
    ("。全旗巴彦乌拉苏木司法所开展普法宣传8场次", "巴彦乌拉苏木司法所", "巴彦乌拉苏木司法所"),
    ("。全县青石乡人民政府聘请法律顾问2名", "青石乡人民政府", "青石乡人民政府"),
    ("。全市龙山镇党委开展集体学法4次", "龙山镇党委", "中共龙山镇委员会"),
    ("。全区金龙街道办事处被评为法治建设先进单位", "金龙街道办事处", "金龙街道办事处"),
])
def test_a_town_after_the_areas_word_is_read(sentence, name, canonical):
    found = bodies(sentence)
    assert name in found
    assert found[name].canonical == canonical


def test_a_list_of_towns_after_the_areas_word_shares_its_station():
    found = bodies("。全县龙山镇、白沙镇司法所共调解纠纷60件")
    assert found["龙山镇"].canonical == "龙山镇司法所"
    assert found["白沙镇司法所"].canonical == "白沙镇司法所"


@pytest.mark.parametrize("sentence", [
    "。全县乡镇司法所调解纠纷300件",  # the towns' stations in general
    "。全县各镇司法所调解纠纷300件",
    "。全县司法所共有工作人员56名",
    "。全县重点镇、中心镇均建成法治文化阵地",  # kinds of towns
    "。全县建制镇12个",
    "。全区街道办事处均设立法律顾问",
    "。全县共有镇、乡十二个",  # how many towns the area has: a verb, no town's name
    "。全区现有镇、街道九个",
])
def test_the_areas_towns_in_general_are_no_town(sentence):
    assert not bodies(sentence)

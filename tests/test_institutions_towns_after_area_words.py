"""A town right after the whole area's word of a county, a district, a city or a banner (全县, 全区, 全市, 全旗: catalog
area_word), or its station named by the town's name alone, is read with its body as after any boundary where the report
names that town elsewhere (a town read at a boundary, before a body or as a place), or where its name has a shape no
phrase has: a quarter of the county seat (全县城关镇司法所, 全县城南司法所) or a name of three to seven of long_town_chars
(全旗巴彦乌拉苏木司法所). A verb, a count or a kind of towns after the area's word (全县共设镇司法所, 全区下设街道办事处,
全区多数街道司法所, 全县重点镇) names no town: the report names no such town elsewhere, and no such word has the shape; and
a town of our own language the report names only after the area's word is not read there (全县龙山镇司法所 alone).

Every sentence below is written for these tests; the towns and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize(("sentence", "name", "canonical"), [
    ("。龙山镇推进普法。2024年,全县龙山镇司法所调解矛盾纠纷42件。", "龙山镇司法所", "龙山镇司法所"),
    ("。在青石乡调研。全县青石乡人民政府聘请法律顾问2名", "青石乡人民政府", "青石乡人民政府"),
    ("。金龙街道开展普法。全区金龙街道办事处被评为法治建设先进单位", "金龙街道办事处", "金龙街道办事处"),
    ("。龙山镇推进普法,全市龙山镇党委开展集体学法4次", "龙山镇党委", "中共龙山镇委员会"),
    ("。全县城关镇司法所调解矛盾纠纷58件", "城关镇司法所", "城关镇司法所"),
    ("。全县城南司法所调解矛盾纠纷58件", "城南司法所", "城南司法所"),
    ("。全旗巴彦乌拉苏木司法所开展普法宣传8场次", "巴彦乌拉苏木司法所", "巴彦乌拉苏木司法所"),
    ("。全旗洪格尔图勒镇人民政府聘请法律顾问1名", "洪格尔图勒镇人民政府", "洪格尔图勒镇人民政府"),
])
def test_a_town_after_the_areas_word_is_read(sentence, name, canonical):
    found = bodies(sentence)  # the town named elsewhere first: one body, named by either mention
    assert any(body.canonical == canonical and any(sentence[start:end] == name for start, end in body.mentions)
               for body in found.values())


def test_a_station_by_a_known_towns_name_after_the_areas_word():
    found = bodies("。白石镇开展法治宣传。全县白石司法所调解纠纷32件")
    assert found["白石司法所"].canonical == "白石镇司法所"


def test_a_list_of_known_towns_after_the_areas_word_shares_its_station():
    found = bodies("。龙山镇推进普法。全县龙山镇、白沙镇司法所共调解纠纷60件")
    assert found["白沙镇司法所"].canonical == "白沙镇司法所"
    assert any(name == "龙山镇" and body.canonical == "龙山镇司法所" for name, body in found.items())


@pytest.mark.parametrize("sentence", [
    "。全县乡镇司法所调解纠纷300件",  # the towns' stations in general
    "。全县各镇司法所调解纠纷300件",
    "。全县共设镇司法所12个",  # a verb, then the towns' stations
    "。全区下设街道办事处3个",
    "。全区多数街道司法所达到规范化标准",
    "。全县重点镇、中心镇均建成法治文化阵地",  # kinds of towns
    "。全县共有镇、乡十二个",  # how many towns the area has
    "。全旗苏木乡镇司法所实现全覆盖",  # the sumu and towns in general
    "。全县龙山镇司法所调解纠纷42件",  # a town of our language named only here: not read
])
def test_no_town_after_the_areas_word(sentence):
    assert not [name for name in bodies(sentence) if name.endswith(("镇", "乡", "街道", "所", "办事处"))]

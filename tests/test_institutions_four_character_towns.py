"""A town's name of four characters before its level word (Inner Mongolia's and the north-east's: 查干敖包镇, 二道白河镇,
a 苏木 too) is read as a two- or three-character one is: its station, its government, its party committee, the town in a
list before a shared station. Its first two characters are no boundary word a name may follow (联合故里乡 is 联合 and a
town), none of its four is a body's last (信访站和镇人民政府 is a station, then the town's government), and none is 不
(大事不出乡: a slogan's matter going no further).

Every sentence below is written for these tests; the banner is a real division, the towns and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize(("sentence", "name", "canonical"), [
    ("2024年,乌兰敖都镇司法所调解矛盾纠纷31件。", "乌兰敖都镇司法所", "乌兰敖都镇司法所"),
    ("。巴音宝力苏木司法所开展普法宣传6场次", "巴音宝力苏木司法所", "巴音宝力苏木司法所"),
    ("2024年,二道松江镇人民政府推行合法性审查。", "二道松江镇人民政府", "二道松江镇人民政府"),
    ("2024年,哈达图门镇党委开展集体学法5次。", "哈达图门镇党委", "中共哈达图门镇委员会"),
    ("。阿巴嘎旗乌兰敖都镇党委开展集体学法5次", "阿巴嘎旗乌兰敖都镇党委", "中共阿巴嘎旗乌兰敖都镇委员会"),
    ("。中共额尔图门镇委员会开展集体学法5次", "中共额尔图门镇委员会", "中共额尔图门镇委员会"),
])
def test_a_four_character_town_is_read(sentence, name, canonical):
    found = bodies(sentence)
    assert name in found
    assert found[name].canonical == canonical


def test_four_character_towns_listed_before_their_stations():
    found = bodies("2024年,乌兰敖都镇、哈达图门镇司法所共调解矛盾纠纷52件。")
    assert found["哈达图门镇司法所"].canonical == "哈达图门镇司法所"
    assert found["乌兰敖都镇"].canonical == "乌兰敖都镇司法所"


@pytest.mark.parametrize(("sentence", "names"), [
    ("联合青石乡开展矛盾排查", {"青石乡"}),
    ("。信访站和镇人民政府联合排查", set()),
    ("。警务室和镇人民政府联合排查", set()),
    ("。小事不出村、大事不出乡,矛盾就地化解", set()),
    ("。小事不出社区、大事不出街道", set()),
])
def test_no_four_character_town_across_a_word_or_a_body(sentence, names):
    assert {name for name in bodies(sentence) if name.endswith(("乡", "镇人民政府", "街道"))} == names

"""A town's name of five to seven characters before its level word, carried over from Mongolian, Uyghur or Kazakh
(Inner Mongolia's towns and 苏木, Xinjiang's townships), is read as a shorter one is: its station, its government, its
party committee, the town alone, the town in a list before a shared station, after its banner's bureau. Such a name is
read only where every character of it is one of the catalog's long_town_chars: a phrase of five characters before a
town's word never is, and 和 opening it is a join (县司法局和阿拉坦合力镇司法所).

Every sentence below is written for these tests; the banners are real divisions, the towns and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize(("sentence", "name", "canonical"), [
    ("2024年,洪格尔图勒镇司法所调解矛盾纠纷27件。", "洪格尔图勒镇司法所", "洪格尔图勒镇司法所"),
    ("。乌兰哈拉图苏木司法所开展普法宣传9场次", "乌兰哈拉图苏木司法所", "乌兰哈拉图苏木司法所"),
    ("2023年,阿拉坦敖包镇人民政府推行合法性审查。", "阿拉坦敖包镇人民政府", "阿拉坦敖包镇人民政府"),
    ("。塔什米里喀乡党委开展集体学法4次", "塔什米里喀乡党委", "中共塔什米里喀乡委员会"),
    ("。中共巴彦温都尔镇委员会开展集体学法6次", "中共巴彦温都尔镇委员会", "中共巴彦温都尔镇委员会"),
    ("督导伊和乌拉图镇司法所整改问题3个", "伊和乌拉图镇司法所", "伊和乌拉图镇司法所"),
    ("。阿热勒托格拉克乡人民政府开展执法检查", "阿热勒托格拉克乡人民政府", "阿热勒托格拉克乡人民政府"),
    ("。苏尼特右旗司法局赛罕温都尔镇司法所所长介绍", "苏尼特右旗司法局赛罕温都尔镇司法所", "赛罕温都尔镇司法所"),
])
def test_a_long_town_is_read(sentence, name, canonical):
    found = bodies(sentence)
    assert name in found
    assert found[name].canonical == canonical


def test_a_long_town_alone_is_its_government():
    found = bodies("。巴彦温都尔镇开展普法宣传12场次")
    assert found["巴彦温都尔镇"].canonical == "巴彦温都尔镇"


def test_long_and_short_towns_listed_before_their_stations():
    found = bodies("2024年,洪格尔图勒镇、巴彦花镇司法所共调解矛盾纠纷40件。")
    assert found["巴彦花镇司法所"].canonical == "巴彦花镇司法所"
    assert found["洪格尔图勒镇"].canonical == "洪格尔图勒镇司法所"


def test_a_join_opens_no_long_town():
    found = bodies("。县司法局和阿拉坦敖包镇司法所联合排查")
    assert found["阿拉坦敖包镇司法所"].canonical == "阿拉坦敖包镇司法所"
    assert not any(name.startswith("和") for name in found)


@pytest.mark.parametrize("sentence", [
    "。全面推进依法治镇工作",
    "。扎实推进美丽乡镇建设",
    "。持续深化放管服改革向乡镇延伸",
    "。统筹推进城乡融合发展示范镇建设",
])
def test_no_long_town_from_a_phrase(sentence):
    assert not [name for name in bodies(sentence) if name.endswith(("镇", "乡", "镇司法所"))]

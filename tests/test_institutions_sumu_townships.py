"""Inner Mongolia's township, the 苏木, is read as a town is (catalog town_suffix): its justice station (浩尧尔苏木司法所)
and the 苏木 after its banner (阿鲁科尔沁旗查干苏木). The townships in general (各苏木镇, 苏木乡镇) are no town.

Every sentence below is written for these tests; the banners are real divisions, the 苏木 not.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize(("sentence", "name"), [
    ("2023年,浩尧尔苏木司法所调解矛盾纠纷14件。", "浩尧尔苏木司法所"),
    ("。阿鲁科尔沁旗查干苏木开展普法宣传8场次", "阿鲁科尔沁旗查干苏木"),
])
def test_a_sumu_is_read(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", [
    "2023年,全旗各苏木镇开展普法宣传30场次。",
    "2023年,全旗12个苏木乡镇实现法律顾问全覆盖。",
])
def test_the_townships_in_general_are_none(sentence):
    assert not [name for name in bodies(sentence) if "苏木" in name]

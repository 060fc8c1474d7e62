"""No town is a count of towns or what an area has or sets up of them: a verb of having, setting up or changing before a
town's word (共有镇8个, 现有街道办事处5个, 下设街道办事处4个, 设有镇司法所, 建有镇司法所, 撤销镇人民政府: catalog
leading_verbs) and a word picking some of them (多数街道司法所, 大多数镇, 少数镇人民政府, 若干镇, 一些街道办事处: catalog
town_exclude) open no town's name. Towns whose names share a character with them stay read (共乐镇, 多宝镇, 现河街道, 下洋镇).

Every sentence below is written for these tests; the towns and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "。共有镇司法所12个,均达到规范化标准",
    "。截至目前,现有街道办事处5个",
    "。下设街道办事处4个、镇6个",
    "。2024年,设有镇人民调解委员会15个",
    "。建有镇司法所9个",
    "。辖有镇8个、乡3个",
    "。撤销镇人民政府2个",
    "。多数街道司法所达到规范化标准",
    "。大多数镇司法所配备3名以上工作人员",
    "。少数镇人民政府未按时报送",
    "。若干镇司法所人员不足",
    "。一些街道办事处未落实法律顾问制度",
    "。仅有镇司法所3个达到规范化标准",
    "。尚有街道办事处2个未落实",
    "。两个镇人民政府聘请法律顾问",
    "。近半数街道办事处建立合法性审查机制",
])
def test_a_count_or_a_verb_before_a_towns_word_is_no_town(sentence):
    assert not [name for name in bodies(sentence) if name.endswith(("镇", "乡", "街道", "所", "办事处", "政府", "委员会"))]


@pytest.mark.parametrize(("sentence", "name"), [
    ("。共乐镇司法所调解纠纷31件", "共乐镇司法所"),
    ("。多宝镇人民政府聘请法律顾问2名", "多宝镇人民政府"),
    ("。现河街道办事处被评为先进单位", "现河街道办事处"),
    ("。下洋镇司法所开展普法宣传5场", "下洋镇司法所"),
])
def test_towns_sharing_a_character_stay_read(sentence, name):
    assert name in bodies(sentence)

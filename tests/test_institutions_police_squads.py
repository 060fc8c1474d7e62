"""A police squad of a place named in full or by its short word (县公安局巡特警大队, 县公安局交通警察大队, 市公安局刑事侦查支队,
区网安大队) is the squad, as 县交警大队 and 区治安大队 are; the officers of a line of work (巡特警, 交通警察) are no squad.

Every sentence below is written for these tests; the counties and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize(("sentence", "name"), [
    ("2024年,县公安局巡特警大队开展街面巡逻360次。", "县公安局巡特警大队"),
    ("。县巡特警大队联合东风街道办事处开展夜间巡防", "县巡特警大队"),
    ("。县公安局交通警察大队查处酒驾案件41起", "县公安局交通警察大队"),
    ("。市公安局刑事侦查支队破获电信诈骗案件18起", "市公安局刑事侦查支队"),
    ("。县公安局经济犯罪侦查大队挽回群众损失120万元", "县公安局经济犯罪侦查大队"),
    ("。县公安局治安管理大队检查娱乐场所52家次", "县公安局治安管理大队"),
    ("。区网安大队开展网络安全宣传6场次", "区网安大队"),
    ("。县公安局网络安全保卫大队约谈网站负责人9人", "县公安局网络安全保卫大队"),
    ("。县公安局食药环侦大队侦办食品安全案件7起", "县公安局食药环侦大队"),
])
def test_a_police_squad_is_read_whole(sentence, name):
    found = bodies(sentence)
    assert name in found
    assert found[name].type == "government"


@pytest.mark.parametrize("sentence", [
    "。组织巡特警开展街面巡逻",  # the officers
    "。交通警察在路口执勤",
    "。抽调巡特警大队骨干参与整治",  # some place's squad, no head
])
def test_officers_or_a_squad_without_its_place_are_no_body(sentence):
    assert not any(name.endswith(("大队", "支队")) for name in bodies(sentence))

"""Institutions: two bodies joined by a word of joining (同, 与, 和, 及, 以及, 协同) or a sentence's linking word before a
body are each read, with their names' bounds right: 同 right after a body's last character joins (县司法局同白沙司法所: two
bodies, no 同白沙司法所; catalog name_verbs), 及 and 以及 join as 和 and 与 do (catalog list_join), and a justice station
named by its town's name alone may begin where a town may (同时白沙司法所, 县法院与白沙司法所: catalog town_boundary)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, names", [
    ("。县司法局同白沙司法所联合开展普法宣传", {"县司法局", "白沙司法所"}),
    ("。区公安局同城关派出所召开联席会议", {"区公安局", "城关派出所"}),
    ("。市司法局同青山律师事务所签订合作协议", {"市司法局", "青山律师事务所"}),
    ("。县人民法院同龙门镇人民调解委员会建立诉调对接机制", {"县人民法院", "龙门镇人民调解委员会"}),
    ("。青山镇同石门律师事务所签订法律顾问合同", {"青山镇", "石门律师事务所"}),
    ("。区司法局协同长乐律师事务所开展法律体检", {"区司法局", "长乐律师事务所"}),
])
def test_two_bodies_joined_by_tong(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, name", [
    ("。宁夏同心县司法局开展普法", "宁夏同心县司法局"),  # 同 inside a place's name
    ("。大同市司法局召开会议", "大同市司法局"),
])
def test_a_name_holding_tong_stays_whole(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence, names", [
    ("。县司法局及白沙镇司法所联合开展法律服务", {"县司法局", "白沙镇司法所"}),
    ("。区人民法院以及青山乡人民政府共同化解纠纷", {"区人民法院", "青山乡人民政府"}),
    ("。市公安局及龙池镇联合开展整治", {"市公安局", "龙池镇"}),
])
def test_a_town_after_ji(sentence, names):
    assert set(bodies(sentence)) == names


def test_ji_of_jishi_joins_nothing():
    # 及时 (promptly) is no join: what follows it opens no town
    assert set(bodies("。县司法局及时石门镇协调化解纠纷")) == {"县司法局"}


@pytest.mark.parametrize("sentence", [
    "。同时白沙司法所开展法治宣传进村活动",
    "。随后，白沙司法所调解纠纷12件",
    "。县人民法院与白沙司法所建立联调机制",
    "。县公安局和白沙司法所联合排查矛盾",
    "。县检察院及白沙司法所开展普法",
    "。县司法局以及白沙司法所开展培训",
])
def test_a_station_named_alone_after_a_join_or_an_opener(sentence):
    assert "白沙司法所" in bodies(sentence)


@pytest.mark.parametrize("sentence", [
    "。县法院与辖区司法所加强联动",  # the area's stations in general
    "。县法院与各司法所建立机制",
    "。派出所与司法所联合调处纠纷",  # stations in general
    "。同时司法所积极参与调解",
    "。旗司法局将组织苏木镇司法所开展排查",  # the sumu's and the towns' stations
])
def test_no_station_named_after_a_join_by_a_kind(sentence):
    assert not [name for name in bodies(sentence) if name.endswith("司法所")]


# Items listed before a body's words that share its last word and the list's level word --------------------------


@pytest.mark.parametrize("sentence, code, canonicals", [
    ("。县公安、民政、人社局联合开展专项整治", "411625",
     {"县公安": "郸城县公安局", "民政": "郸城县民政局", "人社局": "郸城县人力资源和社会保障局"}),
    ("。由区财政、审计局开展专项检查", "310113", {"区财政": "宝山区财政局", "审计局": "宝山区审计局"}),
    ("。县教育、卫健、文旅局联合执法", None, {"县教育": None, "卫健": None, "文旅局": None}),
    # a place's call of itself opens the list as its level word does
    ("。我县公安、民政、人社局联合开展专项整治", "411625",
     {"县公安": "郸城县公安局", "民政": "郸城县民政局", "人社局": "郸城县人力资源和社会保障局"}),
    ("。2023年，我区财政、审计局开展专项检查", "310113", {"区财政": "宝山区财政局", "审计局": "宝山区审计局"}),
])
def test_items_sharing_a_bodys_last_word_and_the_level_word(sentence, code, canonicals):
    assert {name: f.canonical for name, f in bodies(sentence, code).items()} == canonicals


@pytest.mark.parametrize("sentence", [
    "。全县公安、民政、人社局联合开展",  # the county's in general
    "。加强公安、民政、人社局协作",  # no level word opens the list
    "。省、市、县司法局联合督查",  # levels listed
    "。我局公安、民政、人社局协作",  # a bureau's call of itself names no level
])
def test_no_items_sharing_a_bodys_word_without_a_level_opening_the_list(sentence):
    assert not [name for name in bodies(sentence) if not name.endswith("局")]


@pytest.mark.parametrize("sentence, names", [
    ("。青山镇会同县公安局联合开展普法", {"青山镇", "县公安局"}),  # 会同, together with: no 会同县
    ("。县法律援助中心会同县法院开展法律援助", {"县法律援助中心", "县法院"}),
    ("。县人民法庭会同县司法局调解纠纷", {"县人民法庭", "县司法局"}),
])
def test_huitong_after_a_town_or_a_centre_joins(sentence, names):
    assert set(bodies(sentence)) == names

"""Institutions: a town's rule-of-law committee named after the town's own party committee is one body; a body named
after a list of places is each place's; the party committee's offices and departments by their short names."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    # after the town's name: the town, its committee and the body are one name
    ("。青石镇党委全面依法治镇委员会召开第一次会议", "青石镇党委全面依法治镇委员会", "青石镇党委全面依法治镇委员会"),
    ("，红岭乡党委依法治乡委员会办公室挂牌运行", "红岭乡党委依法治乡委员会办公室", "红岭乡党委依法治乡委员会办公室"),
    # a street's working committee, written short too (spelled out as 党工委), and the party's name before it
    ("。中共柳岸街道工委全面依法治街委员会办公室正式挂牌", "中共柳岸街道工委全面依法治街委员会办公室",
     "柳岸街道党工委全面依法治街委员会办公室"),
    ("。柳岸街道党工委全面依法治街委员会审议年度要点", "柳岸街道党工委全面依法治街委员会",
     "柳岸街道党工委全面依法治街委员会"),
    # by the level word alone
    ("。镇党委全面依法治镇委员会审议通过工作规则", "镇党委全面依法治镇委员会", None),
])
def test_a_towns_rule_of_law_committee_after_its_party_committee_is_one_body(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, "party_committee")


def test_named_by_the_level_word_it_is_the_one_the_report_names_after_its_town():
    found = bodies("。青石镇党委全面依法治镇委员会成立，镇党委全面依法治镇委员会审议；"
                   "柳岸街道党工委全面依法治街委员会办公室挂牌，街道工委全面依法治街委员会办公室督办")
    assert set(found) == {"青石镇党委全面依法治镇委员会", "柳岸街道党工委全面依法治街委员会办公室"}
    assert all(len(body.mentions) == 2 for body in found.values())


@pytest.mark.parametrize("sentence, names", [
    # the towns' committees in general are none of them
    ("。各乡镇党委全面依法治镇委员会陆续成立", {"全面依法治镇委员会"}),
    # the town's committee alone before another level's committee
    ("。青石镇党委全面依法治县委员会成员单位", {"青石镇党委", "全面依法治县委员会"}),
    # the town's committee before something else of its own
    ("。青石镇党委理论学习中心组学法", {"青石镇党委"}),
])
def test_a_towns_party_committee_before_no_rule_of_law_committee_of_its_own_stays_itself(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, shared", [
    # the places listed before one body name each their own, mentioned by the place
    ("。永昌县、金川区人民政府联合开展执法检查", {"永昌县": "永昌县人民政府", "金川区人民政府": "金川区人民政府"}),
    ("，永昌县、金川区、金昌市司法局共同举办培训",
     {"永昌县": "永昌县司法局", "金川区": "金川区司法局", "金昌市司法局": "金昌市司法局"}),
    # a court's each in its own full form
    ("。永昌县、金川区人民法院共同发布典型案例",
     {"永昌县": "甘肃省永昌县人民法院", "金川区人民法院": "甘肃省金昌市金川区人民法院"}),
])
def test_a_body_after_a_list_of_places_is_each_places(sentence, shared):
    found = bodies(sentence)
    assert {name: body.canonical for name, body in found.items()} == shared
    assert len({body.type for body in found.values()}) == 1


def test_a_listed_places_body_written_in_full_too_is_one():
    found = bodies("。永昌县、金川区人民政府联合开展执法，永昌县人民政府牵头")
    assert len(found["永昌县"].mentions) == 2
    assert len(found) == 2


@pytest.mark.parametrize("sentence, names", [
    # a list of bodies, each named by a level word
    ("。县人民政府、县司法局联合开展普法", {"县人民政府", "县司法局"}),
    # a body, then another body after a place
    ("。金川区司法局、永昌县人民政府联合开展普法", {"金川区司法局", "永昌县人民政府"}),
])
def test_no_place_is_listed_before_the_body(sentence, names):
    assert set(bodies(sentence)) == names


def test_a_short_place_name_lists_no_place():
    # in the report of the place itself, where its short name is read as a place
    assert set(bodies("。东城、西城区司法局联合开展普法", "110101")) == {"西城区司法局"}


@pytest.mark.parametrize("sentence, name", [
    # the party committee's own offices and departments after it, or its offices by their short names alone
    ("。县委巡察办反馈问题清单", "县委巡察办"),
    ("。区委平安办牵头开展排查", "区委平安办"),
    ("。市委深改办督办改革任务", "市委深改办"),
    ("。县委社会工作部指导社区治理", "县委社会工作部"),
    ("。巡察办列出整改清单", "巡察办"),
])
def test_a_party_committees_own_office_or_department_is_one_body(sentence, name):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].type == "party_committee"


@pytest.mark.parametrize("sentence", [
    # the same words opening a word of their own: a method, a case handled
    "。完善巡察办法",
    "。坚持平安办案理念",
    "。推行深改办法",
])
def test_the_offices_words_before_another_word_are_none(sentence):
    assert bodies(sentence) == {}


def test_a_countys_rule_of_law_committee_after_its_party_committee_in_full_is_one_body():
    found = bodies("。中共融安县委员会全面依法治县委员会成立，融安县委全面依法治县委员会召开会议")
    assert set(found) == {"中共融安县委员会全面依法治县委员会"}
    body = found["中共融安县委员会全面依法治县委员会"]
    assert (body.canonical, body.type, len(body.mentions)) == ("中共融安县委全面依法治县委员会", "party_committee", 2)


@pytest.mark.parametrize("sentence, names", [
    # the committee in full before something else: the committee, then the body it holds a meeting of
    ("。中共融安县委员会召开全面依法治县委员会会议", {"中共融安县委员会", "全面依法治县委员会"}),
    # the committee in full before the work it leads, no body
    ("。中共融安县委员会全面依法治县工作会议召开", {"中共融安县委员会"}),
])
def test_a_committee_in_full_before_no_rule_of_law_committee_stays_itself(sentence, names):
    assert set(bodies(sentence)) == names

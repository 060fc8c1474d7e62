"""Institutions: a town may begin right after a verb by which a body goes to or oversees the towns it names (督导, 检查了,
走访, 前往 …), so each town listed after one has the body named after the last (督导桃源镇、双河乡司法所: two stations);
and a town whose name closes with 街 before 镇 or 乡 (横街镇) is a town, while 街镇 alone are streets and towns."""

from __future__ import annotations

import pytest
from conftest import bodies

from lawreport.institutions import find_institutions
from lawreport.normalize import normalize


def found(sentence: str) -> set[tuple[str, str | None, str]]:
    return {(f.name, f.canonical, f.type) for f in find_institutions(normalize(sentence), None)}


@pytest.mark.parametrize("sentence", [
    "。县司法局督导桃源镇、双河乡司法所开展规范化建设",
    "，县司法局检查了桃源镇、双河乡司法所台账",
    "。调研组先后走访桃源镇、双河乡司法所",
])
def test_each_town_listed_after_an_oversight_verb_has_the_station(sentence):
    assert found(sentence) - {("县司法局", None, "justice_bureau")} == {
        ("桃源镇", "桃源镇司法所", "justice_bureau"),
        ("双河乡司法所", "双河乡司法所", "justice_bureau"),
    }


def test_a_station_named_after_an_oversight_verb_is_read():
    assert set(bodies("。县司法局督导桃源镇司法所开展排查")) == {"县司法局", "桃源镇司法所"}


def test_a_town_overseen_is_the_town_and_one_gone_to_a_place():
    assert found("。县司法局督导桃源镇、双河乡开展普法") == {
        ("县司法局", None, "justice_bureau"),
        ("桃源镇", "桃源镇", "government"),
        ("双河乡", "双河乡", "government"),
    }
    assert set(bodies("。县司法局前往桃源镇开展普法")) == {"县司法局"}


@pytest.mark.parametrize("sentence", [
    "。县司法局督导乡镇司法所开展排查",
    "，县委督查城乡结合部整治工作",
    "。县司法局检查各镇街调解台账",
])
def test_no_town_after_an_oversight_verb_where_none_is_named(sentence):
    assert {f.name for f in find_institutions(normalize(sentence), None)} <= {"县司法局", "县委"}


@pytest.mark.parametrize("sentence, name, canonical, kind", [
    ("。横街镇司法所开展普法宣传", "横街镇司法所", "横街镇司法所", "justice_bureau"),
    ("，横街镇党委召开专题会议", "横街镇党委", "中共横街镇委员会", "party_committee"),
    ("。2024年，横街镇坚持依法行政", "横街镇", "横街镇", "government"),
    ("。东街乡人民政府聘请法律顾问", "东街乡人民政府", "东街乡人民政府", "government"),
])
def test_a_town_whose_name_closes_with_街_is_a_town(sentence, name, canonical, kind):
    found_bodies = bodies(sentence)
    assert set(found_bodies) == {name}
    assert (found_bodies[name].canonical, found_bodies[name].type) == (canonical, kind)


@pytest.mark.parametrize("sentence", [
    "。推动街镇综治中心建设",
    "，指导街镇开展工作",
    "。覆盖全区各街镇司法所",
])
def test_街镇_alone_names_no_town(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。县司法局协调白沙镇司法所开展普法活动", "白沙镇司法所"),
    ("，我局组织青山乡派出所开展联合巡查", "青山乡派出所"),
    ("。县委督促横水镇政府落实整改", "横水镇政府"),
    ("，区司法局要求柳林镇司法所限期整改", "柳林镇司法所"),
    ("。县政府责成青山乡人民政府限期整改", "青山乡人民政府"),
    ("，县司法局协助横水镇党委开展普法", "横水镇党委"),
    ("。县司法局帮助白沙镇政府审查合同12份", "白沙镇政府"),
    ("，县司法局抽调白沙镇司法所骨干2名", "白沙镇司法所"),
    ("。全年通过白沙镇司法所调解纠纷45件", "白沙镇司法所"),
    ("。县司法局协调了白沙镇司法所开展排查", "白沙镇司法所"),
])
def test_a_town_body_after_a_verb_asking_helping_or_working_through_it(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", [
    "。组织乡镇司法所开展排查",
    "，通过城镇化建设推动发展",
    "。要求各镇街落实主体责任",
    "，协调城乡统筹发展",
    "。组织送法下乡活动5次",
    "，通过依法治镇工作推动发展",
])
def test_no_town_after_such_a_verb_where_none_is_named(sentence):
    assert not bodies(sentence)

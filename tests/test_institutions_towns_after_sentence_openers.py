"""Institutions: a time or a linking word opening a sentence (今年, 同时, 近年来, 目前 …: catalog town_boundary) opens no
town's name (今年镇政府 is no government of a town 今年镇): what follows is the one town's body by its level word
(同时镇综治中心: 白沙镇综治中心) or a town named after it (今年白沙镇党委, 同时白沙镇政府: not 时白沙镇)."""

from __future__ import annotations

import pytest
from conftest import bodies

OPENERS = ["今年", "去年", "当年", "同年", "年内", "近年来", "目前", "当前", "同时", "随后", "首先", "另外"]


@pytest.mark.parametrize("opener", OPENERS)
def test_an_opener_before_a_town_government_by_its_level_word(opener):
    found = bodies(f"。白沙镇召开会议。{opener}镇政府聘请法律顾问3名")
    assert set(found) == {"白沙镇"}
    assert (found["白沙镇"].canonical, len(found["白沙镇"].mentions)) == ("白沙镇人民政府", 2)


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。白沙镇召开会议。今年镇司法所在县司法局的指导下调解纠纷", "镇司法所", "白沙镇司法所"),
    ("。白沙镇召开会议。同时镇综治中心在镇党委的领导下运行", "镇综治中心", "白沙镇综治中心"),
    ("。白沙镇召开会议。首先镇党委召开专题会议", "镇党委", "中共白沙镇委员会"),
])
def test_an_opener_before_a_town_body_by_its_level_word(sentence, name, canonical):
    found = bodies(sentence)
    assert found[name].canonical == canonical
    assert "白沙镇" in found and len(found) == 2 + ("县司法局" in found) + ("镇党委" in found and name != "镇党委")


@pytest.mark.parametrize("sentence, name", [
    ("。今年白沙镇党委召开会议", "白沙镇党委"),
    ("。同时白沙镇政府聘请法律顾问", "白沙镇政府"),
    ("。近年来白沙镇司法所调解纠纷", "白沙镇司法所"),
    ("。目前白沙镇综治中心运行良好", "白沙镇综治中心"),
])
def test_a_town_named_after_an_opener(sentence, name):
    assert set(bodies(sentence)) == {name}


def test_the_own_town_by_its_level_word_after_an_opener():
    assert set(bodies("。全镇调解纠纷45件。近年来镇党委高度重视法治建设")) == {"镇党委"}


@pytest.mark.parametrize("sentence, station", [
    ("。白沙镇召开会议。同时镇司法所积极开展法律援助", "司法所"),
    ("。青山乡召开会议。同年乡司法所调解纠纷12件", "司法所"),
    ("。青山乡召开会议。同时乡派出所开展巡逻", "派出所"),
    ("。同时白沙司法所开展普法", "白沙司法所"),
])
def test_a_one_character_boundary_word_opening_an_opener_names_no_station(sentence, station):
    """同 is a boundary word, and 同时 or 同年 an opener: the station after it is the one town's by its level word, never
    the station of a town 时镇 or 年乡 named alone (nor 时白沙司法所)."""
    assert not any(name.endswith(station) and name[0] in "时年" for name in bodies(sentence))


@pytest.mark.parametrize("sentence, name", [
    ("。县司法局同白沙镇司法所开展普法", "白沙镇司法所"),
    ("。县司法局会同白沙司法所开展普法", "白沙司法所"),
    ("。同时白沙镇派出所开展巡逻", "白沙镇派出所"),
])
def test_a_station_after_the_boundary_word_alone(sentence, name):
    assert name in bodies(sentence)

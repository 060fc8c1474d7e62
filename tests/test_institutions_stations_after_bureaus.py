"""Institutions: a town's station named right after its bureau, or after the bureau's branch, is one body, the
station, placed at its town; a verb or a plural between the bureau and a station word names no station."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical, kind", [
    # the town in full after the bureau
    ("。县公安局青石镇派出所破获一起盗窃案", "县公安局青石镇派出所", "青石镇派出所", "government"),
    ("，区市场监管局桃源乡市场监管所开展检查", "区市场监管局桃源乡市场监管所", "桃源乡市场监管所", "government"),
    ("。县市场监督管理局双河镇市场监督管理所开展检查", "县市场监督管理局双河镇市场监督管理所", "双河镇市场监督管理所",
     "government"),
    # the town by its name alone, after the bureau or after the bureau's branch
    ("。县司法局双河司法所调解纠纷12件", "县司法局双河司法所", "双河司法所", "justice_bureau"),
    ("，市公安局江北分局莲塘派出所开展反诈宣传", "市公安局江北分局莲塘派出所", "莲塘派出所", "government"),
])
def test_a_station_after_its_bureau_is_the_station(sentence, name, canonical, kind):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, kind)


def test_a_station_after_its_bureau_is_its_towns_where_the_text_names_the_town():
    found = bodies("。双河镇开展普法，县司法局双河司法所参与，双河司法所调解")
    assert found["县司法局双河司法所"].canonical == "双河镇司法所"
    assert len(found["县司法局双河司法所"].mentions) == 2


def test_a_market_station_in_full_words_named_without_its_towns_level_word_is_the_towns():
    found = bodies("。双河镇开展普法，双河市场监督管理所参与")
    assert found["双河市场监督管理所"].canonical == "双河镇市场监督管理所"


def test_a_station_after_its_bureau_joins_the_station_written_alone():
    found = bodies("。县公安局青石镇派出所破案，青石镇派出所联合调解")
    assert set(found) == {"县公安局青石镇派出所"}
    assert found["县公安局青石镇派出所"].mentions == ((1, 11), (14, 20))


@pytest.mark.parametrize("sentence, name", [
    # a verb between the bureau and a station word: what the bureau does to its stations
    ("。县司法局抽调司法所骨干参与", "县司法局"),
    ("，县公安局统筹派出所警力", "县公安局"),
    ("。县司法局指导司法所规范调解", "县司法局"),
    ("。县司法局配强司法所工作力量", "县司法局"),
    ("，县公安局配齐派出所警力", "县公安局"),
    ("。县司法局统一司法所标牌", "县司法局"),
    ("。县司法局选配司法所所长", "县司法局"),
    # a plural or a kind of station
    ("。县司法局各司法所开展普法", "县司法局"),
    ("，县司法局基层司法所力量薄弱", "县司法局"),
    ("。县公安局所属派出所开展巡逻", "县公安局"),
])
def test_no_station_after_a_bureau_without_a_town(sentence, name):
    assert set(bodies(sentence)) == {name}


@pytest.mark.parametrize("sentence, name, canonical", [
    # a town's name of three characters, without its level word
    ("。县司法局马各庄司法所调解纠纷", "县司法局马各庄司法所", "马各庄司法所"),
    ("。区人民法院溪南庄法庭开展巡回审判", "区人民法院溪南庄法庭", "溪南庄法庭"),
])
def test_a_three_character_town_name_after_the_bureau_or_court(sentence, name, canonical):
    assert bodies(sentence)[name].canonical == canonical


@pytest.mark.parametrize("sentence, name", [
    ("。县司法局新成立司法所三个", "县司法局"),  # a verb of three characters
    ("。区法院辖区内法庭全部达标", "区法院"),  # a level word inside
])
def test_no_three_character_station_name_from_other_words(sentence, name):
    assert set(bodies(sentence)) == {name}


@pytest.mark.parametrize("sentence, name", [
    ("。统一乡人民政府开展普法", "统一乡人民政府"),
    ("，统一镇党委召开会议", "统一镇党委"),
])
def test_a_verb_before_stations_still_names_a_town_before_its_government_or_party_committee(sentence, name):
    assert set(bodies(sentence)) == {name}

"""Institutions: a town's station named by its town's name alone (坪头司法所, 坪头派出所) is a body where a visit goes to it
(先后到坪头司法所) or in a list of such stations (坪头司法所、石湾司法所), after the town's other station too
(坪头派出所、坪头司法所), and a justice station wherever the text names it so (坪头司法所开展普法); not a category of
stations (基层司法所, 当地司法所), nor what is done to stations in general (改造司法所); and the title a tribunal or a station is awarded
(“枫桥式”人民法庭), and what a body created (创建平安人民法庭), names none; nor do the stations of a kind (公安派出所,
属地派出所)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, names", [
    ("。调研组先后到坪头司法所、石湾司法所了解情况", {"坪头司法所", "石湾司法所"}),
    ("，视察组前往坪头司法所实地查看", {"坪头司法所"}),
    ("。坪头司法所、石湾司法所和青林司法所开展普法", {"坪头司法所", "石湾司法所", "青林司法所"}),
    ("。县公安局坪头派出所、坪头司法所联合调解", {"县公安局坪头派出所", "坪头司法所"}),
])
def test_a_station_named_by_its_towns_name_in_a_visit_or_a_list(sentence, names):
    found = bodies(sentence)
    assert set(found) == names
    assert {found[name].canonical for name in names if found[name].type == "justice_bureau"} == {
        name for name in names if name.endswith("司法所")}


@pytest.mark.parametrize("sentence", [
    "。到基层司法所调研，深入乡镇司法所指导，前往当地司法所座谈",
    "，走访全县司法所，到3个司法所检查",
    "。加强司法所建设，改造司法所、派出所办公用房",
    "。整合派出所、规范司法所力量，派出所、当地司法所联动",
])
def test_no_station_by_a_name_where_no_visit_or_list_says_so(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence", [
    "。积极创建“枫桥式”人民法庭",
    "。成功创建枫桥式人民法庭2个",
    "。成功创建平安人民法庭",
])
def test_an_awarded_title_names_no_tribunal(sentence):
    assert bodies(sentence) == {}


def test_a_tribunal_named_before_the_title_it_earns_stays():
    assert set(bodies("。青山人民法庭创建枫桥式法庭")) == {"青山人民法庭"}


def test_a_police_station_named_by_its_towns_name_in_a_list_of_stations():
    found = bodies("。县法院坪头人民法庭联合坪头派出所、坪头司法所召开联席会")
    assert (found["坪头派出所"].canonical, found["坪头派出所"].type) == ("坪头派出所", "government")
    assert found["坪头司法所"].type == "justice_bureau"


@pytest.mark.parametrize("sentence", [
    "。群众到公安派出所报案",
    "，到属地派出所登记",
    "。引导群众到就近派出所求助",
])
def test_a_kind_of_police_station_is_no_body(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, stations", [
    ("。坪头、石湾、青林司法所通过验收", {"坪头": "坪头司法所", "石湾": "石湾司法所", "青林司法所": "青林司法所"}),
    ("，在坪头、石湾等派出所设立调解室", {"坪头": "坪头派出所", "石湾": "石湾派出所"}),
])
def test_towns_names_listed_before_the_station_they_share(sentence, stations):
    found = bodies(sentence)
    assert {name: f.canonical for name, f in found.items()} == stations


@pytest.mark.parametrize("sentence", [
    "。整合公安、民政、司法所力量",
    "，乡镇、村居、基层司法所联动",
    "。派出所、司法所联合调解",
    "，综治、公安派出所合作",
])
def test_no_listed_stations_where_the_list_holds_no_towns_names(sentence):
    assert bodies(sentence) == {}

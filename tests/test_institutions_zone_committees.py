"""Institutions: a development zone's administrative committee (管委会), named by the zone's kind, after the zone's own
name or alone; never cut inside the kind, never a committee of another kind or of zones in general."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。青柳经济开发区管委会印发实施方案", "青柳经济开发区管委会", "青柳经济开发区管委会"),
    ("，由白石产业园区管理委员会统一受理", "白石产业园区管理委员会", "白石产业园区管理委员会"),
    ("。金湾综合保税区管委会开展执法检查", "金湾综合保税区管委会", "金湾综合保税区管委会"),
    # the zone named by its kind alone: some zone's, no proper name
    ("。高新区管委会制定权责清单", "高新区管委会", None),
    ("，经济技术开发区管委会召开专题会议", "经济技术开发区管委会", None),
    ("。工业园区管委会聘请法律顾问", "工业园区管委会", None),
    ("。经开区管委会出台办法", "经开区管委会", None),  # its 区 no level word (区管委会)
    ("，综保区管委会开展检查", "综保区管委会", None),
    ("。青湖旅游度假区管委会推进普法", "青湖旅游度假区管委会", "青湖旅游度假区管委会"),
    # zones of other kinds: free trade, bonded port, border cooperation, special economic, experimental
    ("，南港自贸区管委会出台清单", "南港自贸区管委会", "南港自贸区管委会"),
    ("。东湾保税港区管委会开展检查", "东湾保税港区管委会", "东湾保税港区管委会"),
    ("。北关边境经济合作区管委会完善制度", "北关边境经济合作区管委会", "北关边境经济合作区管委会"),
    ("。青峰旅游经济特区管委会推进普法", "青峰旅游经济特区管委会", "青峰旅游经济特区管委会"),
    ("。临空经济综合实验区管委会印发方案", "临空经济综合实验区管委会", "临空经济综合实验区管委会"),
])
def test_a_zone_committee_is_a_government_body(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].canonical == canonical
    assert found[name].type == "government"


@pytest.mark.parametrize("sentence", [
    "。小区物业管理委员会开展议事",  # a committee of another kind
    "。管委会主任带头学法",  # no zone
    "。各开发区管委会要落实责任",  # zones in general
    "。全市8个开发区管委会完成改革",
    "。开展开发区管委会改革试点",  # a verb opens no name
])
def test_no_zone_committee_is_read_where_none_is_named(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。山前农业园区管委会推进", "山前农业园区管委会", "山前农业园区管委会"),
    ("，在化工园区管委会召开座谈会", "化工园区管委会", None),  # no zone named 化工
    ("，经高新区管委会同意", "高新区管委会", None),  # nor 高 after 经
    ("，在综合保税区管委会召开", "综合保税区管委会", None),  # nor 综合
    ("。临港经济综合实验区管委会印发方案", "临港经济综合实验区管委会", "临港经济综合实验区管委会"),  # nor 济综合 after 经
])
def test_a_zone_name_never_ends_inside_the_kind(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].canonical == canonical


@pytest.mark.parametrize("code", ["440400", "120116"])  # a city's report, and a district's whose zone it is not
def test_a_zone_committee_after_a_level_word_is_the_zones_no_divisions(code):
    found = bodies("。区党工委、区管委会研究部署", code)
    assert found["区管委会"].type == "government"
    assert found["区管委会"].canonical is None
    # its party working committee too: a district's own is its 区委
    assert found["区党工委"].type == "party_committee"
    assert found["区党工委"].canonical is None


def test_a_zone_committee_after_a_level_word_joins_the_one_named_in_full():
    found = bodies("。青柳高新区管委会印发方案，区管委会主要负责同志带头述法", "440400")
    assert set(found) == {"青柳高新区管委会"}
    assert len(found["青柳高新区管委会"].mentions) == 2


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。青柳高新区党工委研究部署法治工作", "青柳高新区党工委", "青柳高新区党工委"),
    ("，青柳经济技术开发区工委召开专题会议", "青柳经济技术开发区工委", "青柳经济技术开发区工委"),
    ("。中共青柳经济开发区工作委员会印发方案", "中共青柳经济开发区工作委员会", "中共青柳经济开发区工作委员会"),
    ("。高新区党工委研究部署法治工作", "高新区党工委", None),  # the zone by its kind alone: some zone's
])
def test_a_zones_party_working_committee_is_the_zones(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].canonical == canonical
    assert found[name].type == "party_committee"


def test_a_zones_working_committee_is_no_streets_in_the_streets_report():
    # a street's report naming the zone above it: the zone's committee is its own body, and the bare 党工委 the street's
    found = bodies("。巨野河街道在青柳高新区党工委的领导下推进法治建设。定期召开党工委会议研究街道法治建设", "370112")
    assert found["青柳高新区党工委"].canonical == "青柳高新区党工委"
    assert len(found["青柳高新区党工委"].mentions) == 1
    assert found["党工委"].canonical == "巨野河街道党工委"


def test_a_bare_working_committee_is_the_zones_in_a_report_naming_no_street():
    found = bodies("。青柳高新区党工委研究部署法治工作。党工委会议听取汇报")
    assert set(found) == {"青柳高新区党工委"}
    assert len(found["青柳高新区党工委"].mentions) == 2


@pytest.mark.parametrize("sentence, name", [
    ("。街道党工委研究部署法治工作", "街道党工委"),  # a street's, by its level word
    ("。各开发区党工委要落实责任", "党工委"),  # zones in general: a bare 党工委, no zone's
    ("。全市8个开发区党工委完成改革", "党工委"),
])
def test_no_zone_working_committee_is_read_where_none_is_named(sentence, name):
    assert set(bodies(sentence)) == {name}


@pytest.mark.parametrize("sentence, canonical", [
    ("。在青柳高新区党工委、管委会的领导下推进", "青柳高新区管委会"),
    ("。在青柳经济技术开发区党工委和管委会的领导下推进", "青柳经济技术开发区管委会"),
    ("。在宜春市青柳高新区党工委、管委会的领导下推进", "宜春市青柳高新区管委会"),  # with the places before the zone
    ("。高新区党工委、管委会研究部署", None),  # the zone by its kind alone: some zone's
])
def test_a_zones_committee_listed_after_its_working_committee_is_the_zones(sentence, canonical):
    found = bodies(sentence)
    assert found["管委会"].type == "government"
    assert found["管委会"].canonical == canonical


def test_a_zones_committee_listed_so_joins_the_one_named_in_full():
    found = bodies("。在青柳高新区党工委、管委会的领导下推进。青柳高新区管委会印发方案")
    assert {body.canonical for body in found.values()} == {"青柳高新区党工委", "青柳高新区管委会"}
    committee = next(body for body in found.values() if body.canonical == "青柳高新区管委会")
    assert len(committee.mentions) == 2


@pytest.mark.parametrize("sentence, names", [
    ("。青柳高新区党工委、区司法局联合推进", {"青柳高新区党工委", "区司法局"}),  # another body of its own
    ("。青柳高新区党工委、管委会主任带头学法", {"青柳高新区党工委", "管委会"}),  # the committee, not its head
])
def test_only_a_committee_listed_after_a_zones_working_committee_is_the_zones(sentence, names):
    assert set(bodies(sentence)) == names

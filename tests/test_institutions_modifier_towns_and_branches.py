"""Institutions: towns whose names open with a modifier, named by themselves beside their body and in three
characters; a branch named by a short place before its bureau's words; the central general offices as a pair."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, written", [
    ("，小营街道办事处印发方案。小营街道推进执法规范化建设", "小营街道办事处", ["小营街道办事处", "小营街道"]),
    ("。老城关镇人民政府聘请顾问，老城关镇开展合法性审查", "老城关镇人民政府", ["老城关镇人民政府", "老城关镇"]),
    ("。重固镇政府出台制度；重固镇完成清理", "重固镇政府", ["重固镇政府", "重固镇"]),
    ("。集美街道办事处部署，由集美街道牵头落实", "集美街道办事处", ["集美街道办事处", "集美街道"]),
])
def test_a_modified_town_is_named_by_itself_beside_its_body(sentence, name, written):
    found = bodies(sentence)
    assert set(found) == {name}
    assert [sentence[slice(*span)] for span in found[name].mentions] == written


@pytest.mark.parametrize("sentence, name", [
    # where a bare town is a place, or no town may begin
    ("，小营街道办事处印发方案，在小营街道试点推行", "小营街道办事处"),
    ("，小营街道办事处印发方案，一是小营街道推进普法", "小营街道办事处"),
    ("，小营街道办事处印发方案，小营街道某社区完成整改", "小营街道办事处"),
    # another town holding its name
    ("。小营街道办事处开展培训，西小营街道推进", "小营街道办事处"),
])
def test_a_modified_town_is_not_joined_where_a_bare_town_would_not_be_read(sentence, name):
    found = bodies(sentence)
    assert len(found[name].mentions) == 1


@pytest.mark.parametrize("sentence", ["。小营街道推进执法规范化建设，小营街道完成", "，老城关镇开展合法性审查"])
def test_a_modified_town_alone_stays_unread(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。小金口街道办事处开展执法培训", "小金口街道办事处", "小金口街道办事处"),
    ("，小龙门乡人民政府聘请法律顾问", "小龙门乡人民政府", "小龙门乡人民政府"),
    ("。老城关镇党委专题研究法治建设", "老城关镇党委", "中共老城关镇委员会"),
    ("，集贤庄镇政府公布清单", "集贤庄镇政府", "集贤庄镇人民政府"),
])
def test_a_three_character_town_opening_with_a_modifier_is_read_before_its_body(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].canonical == canonical


@pytest.mark.parametrize("sentence", [
    "。小微化街道办事处运行",
    "，老旧小区街道办事处",
    "。重要事项乡政府研究",
    "，集体经济镇政府",
    "，老年人乡政府补贴",
])
def test_a_word_a_modifier_opens_names_no_three_character_town(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。湖塘税务分局推行说理式执法", "湖塘税务分局"),
    ("，江宁公安分局联合开展整治", "江宁公安分局"),
    ("。由龙岗规划分局牵头", "龙岗规划分局"),
])
def test_a_branch_named_by_a_short_place_is_its_own_name(sentence, name):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (name, "government")


@pytest.mark.parametrize("sentence, names", [
    ("。各税务分局落实要求", set()),
    ("。两个税务分局试点", set()),
    ("，所属公安分局开展", set()),
    ("。推动税务分局规范执法", {"税务分局"}),
    ("，全市税务分局推行", set()),
])
def test_a_plural_or_a_verb_before_a_branch_is_no_place(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence", ["。落实中办、国办规定", "，中办和国办联合印发意见", "。按照中办国办要求"])
def test_the_central_general_offices_as_a_pair(sentence):
    found = {f.canonical: f.type for f in bodies(sentence).values()}
    assert found == {"中共中央办公厅": "party_committee", "国务院办公厅": "government"}


def test_the_pair_joins_the_full_names():
    found = bodies("。中共中央办公厅、国务院办公厅印发规定，中办、国办要求落实")
    assert set(found) == {"中共中央办公厅", "国务院办公厅"}
    assert [len(f.mentions) for f in found.values()] == [2, 2]


@pytest.mark.parametrize("sentence", [
    "。国办发〔2024〕3号文件",
    "，中办发〔2023〕7号",
    "，中办、国办发〔2022〕",
    "。集中办理行政许可",
    "，全国办理案件",
    "。中办印发通知",
])
def test_no_general_office_in_a_document_number_or_a_word(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, town", [
    ("。小陶镇党委研究部署，小陶镇推进合法性审查", "小陶镇"),
    ("，老城关镇党委召开会议；老城关镇完成清理", "老城关镇"),
])
def test_a_modified_town_is_named_by_itself_beside_its_party_committee(sentence, town):
    found = bodies(sentence)
    assert set(found) == {town + "党委", town}
    assert (found[town].canonical, found[town].type) == (town, "government")


def test_a_station_named_by_its_town_beside_the_towns_party_committee_is_the_towns():
    found = bodies("。柳林镇党委研究，柳林司法所开展调解")
    assert set(found) == {"柳林镇党委", "柳林司法所"}
    assert found["柳林司法所"].canonical == "柳林镇司法所"


def test_no_town_of_its_own_without_its_body():
    assert "小陶镇" not in bodies("。柳林镇党委研究，在小陶镇推进")


def test_a_station_named_by_a_town_the_report_does_not_name_is_its_own_name():
    assert bodies("。柳林司法所开展调解")["柳林司法所"].canonical == "柳林司法所"

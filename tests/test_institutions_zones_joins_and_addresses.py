"""Institutions: a body's free-form name holding a zone or an area (园区, 开发区, 景区, 会展区域: a level word where
``levels`` makes it a word's end), and one named after its place's or bureau's call of itself (我区, 我县, 我局: own_calls);
a body by its words alone after another body and 和 or 与 (政府和地委: list_join); a town of two characters holding a
character a phrase ends with (万古镇, 盘古乡, 万全镇) and one of three opening with a number (万家寨镇); a street or a town
right before its community's name, the community's address (上塘街道蔡马社区获评…), as before a village's."""

from __future__ import annotations

import pytest
from conftest import bodies

# Zones and areas in a body's name --------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    ("。我区琶洲国际会展区域调委会荣获全国模范调委会称号", "琶洲国际会展区域调委会"),
    ("。市高新区人民调解委员会获评先进集体", "市高新区人民调解委员会"),
    ("。县经济开发区人民调解委员会化解纠纷20件", "县经济开发区人民调解委员会"),
    ("。区工业园区调委会积极化解纠纷", "区工业园区调委会"),
    ("。东湖景区旅游纠纷调解室接待游客", "东湖景区旅游纠纷调解室"),
    # a zone after 经 (a boundary word) keeps the word 经济
    ("。白沙经济开发区调解中心揭牌运行", "白沙经济开发区调解中心"),
])
def test_a_body_named_with_a_zone(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", [
    "。辖区律师事务所积极参与调解",  # the jurisdiction's, in general
    "。台湾地区律师事务所来访交流",  # a region's
    "。全区人民调解委员会共调解纠纷300件",  # the district's in general
    "。各园区调解室均已建成",
])
def test_no_body_named_by_an_area_in_general(sentence):
    assert not [name for name in bodies(sentence) if "区" in name]


# A body named after its place's or bureau's call of itself ---------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    ("。我区琶洲会展调委会荣获表彰", "琶洲会展调委会"),
    ("。我县白沙医院开展普法宣传", "白沙医院"),
    ("。2023年我区法律援助中心共受理案件120件", "法律援助中心"),
])
def test_a_body_named_after_its_own_call(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", [
    "。我区律师事务所24家",  # a count of a kind
    "。我区各人民调解委员会积极调解",  # a plural
    "。我区调委会共调解纠纷",  # the kind's word alone names no body
])
def test_no_body_named_after_its_own_call(sentence):
    assert bodies(sentence) == {}


# A body by its words alone after a list's 和 or 与 ------------------------------------------------------------------


@pytest.mark.parametrize("sentence, names", [
    ("。在自治区党委、政府和地委、行署的坚强领导下，法治建设稳步推进", {"自治区党委", "政府", "地委", "行署"}),
    ("。地委和行署主要负责同志专题听取汇报", {"地委", "行署"}),
    ("。县政府与工商联联合开展普法", {"县政府", "工商联"}),
])
def test_a_bare_body_after_a_lists_join(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence", [
    "。行政机关负责人出庭与法院协调形成合力",  # a verb's 庭, then the courts in general
    "。情况和地委扩大会议精神",  # no body before 和
    "。派出所与司法所联合调处纠纷",  # the towns' stations in general
])
def test_no_bare_body_after_a_join_of_no_list(sentence):
    assert not [name for name in bodies(sentence) if name in ("法院", "地委", "司法所")]


# Towns holding a character a phrase ends with ----------------------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    ("。万古镇人民政府推进法治建设", "万古镇人民政府"),
    ("。县司法局指导万古镇开展普法", "万古镇"),
    ("。盘古乡成立调解室", "盘古乡"),
    ("。万全镇推进依法行政", "万全镇"),
    ("。万家寨镇开展普法宣传", "万家寨镇"),
])
def test_a_town_holding_a_phrases_last_character(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", [
    "。今年全镇调解纠纷30件",  # the town a text calls its own, after a word
    "，六月本街道开展普法",
    "。千年老镇焕发生机",  # a number of years
    "。打造康养小镇",  # a small town in general
])
def test_no_town_of_a_phrase(sentence):
    assert bodies(sentence) == {}


# A street or a town before its community ---------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "。上塘街道蔡马社区获评全国民主法治示范社区",
    "。八大湖街道高邮湖路社区被评为省级民主法治社区",
])
def test_a_street_before_its_community_is_a_place(sentence):
    assert not [name for name in bodies(sentence) if name.endswith("街道")]


@pytest.mark.parametrize("sentence, name", [
    ("。白沙街道做好社区矫正工作", "白沙街道"),  # the communities' corrections, which the street does
    ("。青山街道平安社区建设成效明显", "青山街道"),  # a kind of community
    ("。金水街道所有社区建立调解室", "金水街道"),  # all of them
])
def test_a_street_before_communities_in_general_is_read(sentence, name):
    assert name in bodies(sentence)

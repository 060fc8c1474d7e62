"""More structure phrasings met on published reports: a town where something was done, streets named after a
province, a bureau's sub-units after its full name."""

from __future__ import annotations

import pytest
from conftest import bodies

DATONG = "140200"  # a city: 市 in its reports is 大同市


# A town where something was done ---------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "今年在白沙镇试点推行执法公示",
    "组织人员到青山镇调研调解工作",
    "带队赴城南街道督导检查",
    "工作组深入河口乡走访群众",
    "在李家镇、石门乡先行试点",
])
def test_a_bare_town_after_a_place_word_is_a_place(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("在白沙镇党委的领导下,成立调解室", "白沙镇党委"),
    ("到青山镇人民政府调研", "青山镇人民政府"),
    ("由白沙镇牵头开展排查", "白沙镇"),
    ("白沙镇开展普法宣传", "白沙镇"),
])
def test_a_town_or_its_body_elsewhere_is_a_body(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence, name", [("古城街道开展普法", "古城街道"), ("今年,古柏镇推行合法性审查", "古柏镇")])
def test_a_town_whose_name_opens_with_古(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", ["会议指出,千年古镇焕发新貌", "打造古镇旅游品牌"])
def test_an_old_town_in_general_is_no_town(sentence):
    assert bodies(sentence) == {}


# Streets named after a province -----------------------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    ("中山东路街道开展法治宣传", "中山东路街道"),
    ("山东路街道组织学法", "山东路街道"),
    ("会议要求,北京街道落实整改", "北京街道"),
])
def test_a_province_short_name_inside_a_street_name(sentence, name):
    assert set(bodies(sentence)) == {name}


def test_a_province_short_name_before_a_body_is_still_a_place():
    assert set(bodies("联合湖南省司法厅、上海公证处开展活动")) == {"湖南省司法厅", "上海公证处"}


# A bureau's sub-units -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    ("县公安局交警大队开展交通安全宣传", "县公安局交警大队"),
    ("县城管局执法大队查处违建", "县城管局执法大队"),
    ("市公安局法制支队审核案件", "市公安局法制支队"),
])
def test_a_sub_unit_after_a_full_bureau_name_is_read_whole(sentence, name):
    found = bodies(sentence, DATONG)
    assert set(found) == {name} and found[name].type == "government"


def test_a_sub_unit_under_a_bureau_of_the_reports_city_takes_its_name():
    assert bodies("市公安局交警支队开展整治", DATONG)["市公安局交警支队"].canonical == "大同市公安局交警支队"


def test_a_bureau_before_what_is_no_sub_unit_stays_the_bureau():
    assert set(bodies("市公安局党委召开会议", DATONG)) == {"市公安局"}

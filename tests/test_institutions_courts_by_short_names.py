"""Institutions: a court or a procuratorate named by a short place of the report's area or its city's (铁岭中院,
宝山法院, a neighbour county's 余姚法院) is named as its judgments are, so that it is one body with its full name;
a bureau too (宝山司法局: 宝山区司法局); other bodies and branches named so keep their own names (宝山公证处,
宝山公安分局). After a city's full name 法院 are all its courts
(绍兴市法院), none; a county-level city's (慈溪市法院) is one court. A municipality's intermediate courts are called by
their numbers (北京一中院, 上海市二中院, 第一中院): 北京市第一中级人民法院."""

from __future__ import annotations

import pytest
from conftest import bodies

TIELING, CIXI, BAOSHAN = "211200", "330282", "310113"


@pytest.mark.parametrize("sentence, code, name, canonical", [
    ("。铁岭中院审结行政案件", TIELING, "铁岭中院", "辽宁省铁岭市中级人民法院"),
    ("。慈溪法院开展诉源治理", CIXI, "慈溪法院", "浙江省慈溪市人民法院"),
    ("。余姚法院开展诉源治理", CIXI, "余姚法院", "浙江省余姚市人民法院"),
    ("。慈溪检察院提起公益诉讼", CIXI, "慈溪检察院", "浙江省慈溪市人民检察院"),
    ("。宝山法院审结行政案件", BAOSHAN, "宝山法院", "上海市宝山区人民法院"),
])
def test_a_court_by_a_short_place_of_the_area_is_named_in_full(sentence, code, name, canonical):
    assert bodies(sentence, code)[name].canonical == canonical


@pytest.mark.parametrize("sentence, code, name, canonical", [
    ("。北京一中院审结行政案件", "110100", "北京一中院", "北京市第一中级人民法院"),
    ("。上海市二中院审结行政案件", "310100", "上海市二中院", "上海市第二中级人民法院"),
    ("。北京市第四中院审结行政案件", "110100", "北京市第四中院", "北京市第四中级人民法院"),
    ("。重庆五中院审结行政案件", "500100", "重庆五中院", "重庆市第五中级人民法院"),
])
def test_a_municipality_s_numbered_intermediate_court_is_named_in_full(sentence, code, name, canonical):
    assert bodies(sentence, code)[name].canonical == canonical


def test_a_numbered_court_and_its_full_name_are_one_body():
    found = bodies("。北京一中院、北京市第一中级人民法院联合发布白皮书", "110100")
    assert [(f.canonical, len(f.mentions)) for f in found.values()] == [("北京市第一中级人民法院", 2)]


def test_a_court_by_its_short_and_its_full_name_is_one_body():
    found = bodies("。铁岭中院、铁岭市中级人民法院联合发布白皮书", TIELING)
    assert [(f.canonical, len(f.mentions)) for f in found.values()] == [("辽宁省铁岭市中级人民法院", 2)]


def test_another_body_by_a_short_place_keeps_its_own_name():
    assert bodies("。宝山公证处办理公证", BAOSHAN)["宝山公证处"].canonical == "宝山公证处"


def test_a_special_court_by_the_city_it_sits_in_keeps_its_own_name():
    assert bodies("。兰州铁路运输法院审结行政案件", "620100")["兰州铁路运输法院"].canonical == "兰州铁路运输法院"


@pytest.mark.parametrize("sentence", [
    "。近两年，绍兴市法院受理行政案件逐年下降",
    "。上海市法院系统推进繁简分流",
])
def test_a_city_s_courts_by_its_full_name_are_no_one_body(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。慈溪市法院开展诉源治理", "慈溪市法院", "浙江省慈溪市人民法院"),  # a county-level city's: one court
    ("。绍兴市检察院提起公益诉讼", "绍兴市检察院", "浙江省绍兴市人民检察院"),
    ("。绍兴市中级法院审结行政案件", "绍兴市中级法院", "浙江省绍兴市中级人民法院"),
])
def test_a_county_level_city_s_court_and_a_city_s_procuratorate_are_bodies(sentence, name, canonical):
    assert bodies(sentence)[name].canonical == canonical


@pytest.mark.parametrize("sentence, code, name, canonical", [
    ("。宝山司法局开放日活动", BAOSHAN, "宝山司法局", "宝山区司法局"),
    ("。慈溪公安局开展反诈宣传", CIXI, "慈溪公安局", "慈溪市公安局"),
])
def test_a_bureau_by_a_short_place_of_the_area_is_its_unit_s(sentence, code, name, canonical):
    assert bodies(sentence, code)[name].canonical == canonical


def test_a_bureau_by_its_short_and_its_full_name_is_one_body():
    found = bodies("。宝山区司法局开展活动，宝山司法局将持续推进", BAOSHAN)
    assert [len(f.mentions) for f in found.values()] == [2]


def test_a_branch_by_a_short_place_keeps_its_own_name():
    assert bodies("。宝山公安分局破获案件", BAOSHAN)["宝山公安分局"].canonical == "宝山公安分局"


@pytest.mark.parametrize("sentence", ["。市中院审结行政案件", "。市中级人民法院发布白皮书"])
def test_the_intermediate_court_in_a_county_level_city_s_report_is_its_city_s(sentence):
    assert [f.canonical for f in bodies(sentence, CIXI).values()] == ["浙江省宁波市中级人民法院"]


def test_a_county_level_city_s_own_court_by_its_level_word_stays_its_own():
    assert [f.canonical for f in bodies("。市法院审结行政案件", CIXI).values()] == ["浙江省慈溪市人民法院"]

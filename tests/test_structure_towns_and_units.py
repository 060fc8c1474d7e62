"""Structure phrasings met on published reports: towns and streets as bodies, units under an unnamed
bureau (市局…), a party committee's general office, headings with a space after the numbering."""

from __future__ import annotations

import pytest
from conftest import bodies, region_of

from lawreport.institutions import find_institutions
from lawreport.normalize import normalize
from lawreport.pipeline import extract

DATONG = "140200"  # a city: 市 in its reports is 大同市


# Towns and streets -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    ("城南街道组织开展法治宣传活动", "城南街道"),
    ("今年,白沙镇全面落实合法性审查", "白沙镇"),
    ("走马镇开展普法培训", "走马镇"),
    ("立新乡组织集中学法", "立新乡"),
])
def test_a_town_or_street_named_as_a_body_is_a_government(sentence, name):
    assert bodies(sentence)[name].type == "government"


def test_a_body_of_a_town_keeps_its_own_type():
    assert bodies("青石镇人民调解委员会受理纠纷")["青石镇人民调解委员会"].type == "mediation"


@pytest.mark.parametrize("sentence", [
    "会议要求,立足街道实际推进基层治理",
    "会议要求,列入街道年度计划",
    "组织律师,走进街道开展普法",
    "推动执法力量,扎根街道一线",
    "会议要求,走访街道了解诉求",
    "会议要求,进入街道开展检查",
])
def test_a_verb_before_a_town_word_makes_no_town(sentence):
    assert bodies(sentence) == {}


def test_a_townships_area_is_no_town():
    assert bodies("会议指出,城东乡域治理水平提升") == {}  # 乡域: the township's area


# Units under a bureau written 市局, 县局 -----------------------------------------------------------------


@pytest.mark.parametrize("sentence, name, kind", [
    ("市局法制支队全年审核案件三百件", "市局法制支队", "government"),
    ("县局执法大队开展专项检查", "县局执法大队", "government"),
    ("区局党委研究部署法治建设", "区局党委", "party_committee"),
])
def test_a_unit_of_a_bureau_the_head_does_not_name(sentence, name, kind):
    found = bodies(sentence, DATONG)[name]
    assert (found.type, found.canonical) == (kind, None)  # which bureau 市局 is, the region does not say


@pytest.mark.parametrize("sentence", ["全市局面总体稳定", "县局部地区出现降雨", "邀请市局领导授课"])
def test_a_level_word_and_局_before_no_body_name_nothing(sentence):
    assert bodies(sentence, DATONG) == {}


# A party committee's general office ----------------------------------------------------------------


def test_a_party_committees_general_office():
    found = bodies("根据市委办公厅、市政府办公厅印发的方案", DATONG)
    assert found["市委办公厅"].canonical == "中共大同市委办公厅"
    assert found["市委办公厅"].type == "party_committee"
    assert found["市政府办公厅"].type == "government"


def test_the_short_and_the_full_name_of_the_office_are_one_body():
    found = find_institutions(normalize("县委办牵头起草。县委办公室印发通知。"), region_of("140221"))
    assert [(f.name, len(f.mentions)) for f in found] == [("县委办", 2)]


def test_a_committee_handling_something_is_the_committee():
    assert set(bodies("县委办理群众来信", "140221")) == {"县委"}


# Bureau qualifiers -----------------------------------------------------------------------------------


def test_an_industry_and_commerce_bureau():
    found = bodies("市工商局推进商事登记改革,县工商行政管理局开展检查,市工商联组织企业座谈", DATONG)
    assert found["市工商局"].type == found["县工商行政管理局"].type == "government"
    assert found["市工商联"].type == "other"


# Headings --------------------------------------------------------------------------------------------


def test_a_space_after_the_numbering_still_opens_a_heading():
    text = "一、 主要工作开展情况\n（一）加强领导，健全机制。街道成立领导小组。\n二、 存在的不足\n一是学法不够深入。\n"
    report = extract(text)
    assert [(s.level, s.numbering, s.title, s.kind) for s in report.sections] == [
        (1, "一、", "主要工作开展情况", "achievements"),
        (2, "（一）", "加强领导，健全机制", "achievements"),  # numbering and title as written
        (1, "二、", "存在的不足", "shortcomings"),
    ]
    first = report.sections[0]
    assert text[first.evidence.start:first.evidence.end] == "主要工作开展情况"


@pytest.mark.parametrize("sentence, name", [("城关镇开展普法", "城关镇"), ("城南街道组织培训", "城南街道")])
def test_a_town_named_after_the_county_seat(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", ["加强管理,城区街道环境整治", "统筹推进,城镇街道改造"])
def test_a_town_word_after_a_word_for_the_city_is_no_town(sentence):
    assert bodies(sentence) == {}


# A committee for law-based governance written short ---------------------------------------------------


@pytest.mark.parametrize("code", ["440304", None])
def test_the_short_and_the_full_name_of_the_committee_are_one_body(code):
    text = normalize("召开区委全面依法治区委全体会议。区委全面依法治区委员会听取述法。")
    found = find_institutions(text, region_of(code) if code else None)
    assert [(f.name, len(f.mentions)) for f in found] == [("区委全面依法治区委", 2)]


def test_the_committee_and_its_office_stay_apart():
    found = bodies("区委全面依法治区委部署,区委依法治区办督促", "440304")
    assert set(found) == {"区委全面依法治区委", "区委依法治区办"}


# A town's or a street's own party committee --------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    ("今年以来,街道党工委高度重视法治建设", "街道党工委"),
    ("发挥镇党委学习中心组作用", "镇党委"),
    ("乡党委组织集中学法", "乡党委"),
])
def test_a_towns_party_committee_named_by_its_level(sentence, name):
    assert bodies(sentence)[name].type == "party_committee"


@pytest.mark.parametrize("sentence", ["乡镇党委书记集中述法", "统筹城乡党委联建"])
def test_the_party_committees_of_towns_in_general_are_no_body(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("word", ["部分", "相关", "有关", "多个", "上述", "沿线", "周边", "试点"])
def test_some_towns_are_no_town(word):
    assert bodies(f"会议要求,{word}街道落实整改") == {}


@pytest.mark.parametrize("sentence, name", [
    ("会议要求,人民街街道开展普法", "人民街街道"),
    ("会议要求,银杏大街街道开展普法", "银杏大街街道"),
    ("会议要求,解放北路街道开展普法", "解放北路街道"),
])
def test_a_street_named_after_its_road(sentence, name):
    assert name in bodies(sentence)


def test_towns_and_streets_after_a_determiner_are_no_town():
    assert bodies("会议要求,部分街镇开展交叉检查") == {}


# A town named as the place where something happened ----------------------------------------------


@pytest.mark.parametrize("sentence", [
    "案例:今年,青石镇某村两户村民因宅基地发生纠纷",
    "报告举例,白沙镇一起土地流转纠纷经调解化解",
    "报告举例,白沙镇一家合作社拖欠货款",
    "报告举例,白沙镇一户村民申请法律援助",
    "报告举例,白沙镇一名村民申请法律援助",
    "会议要求,推广青石镇、白沙镇等地的经验",
    "会议要求,在城关镇、白沙镇等乡镇试点",
])
def test_a_town_named_as_a_place_is_no_body(sentence):
    assert bodies(sentence) == {}


def test_a_town_listed_among_bodies_is_one():
    assert set(bodies("会议要求,城关镇、白沙镇等单位落实整改")) == {"城关镇", "白沙镇"}


# Initiatives: a lead sentence summing up the effort behind a result ---------------------------------


def initiative_titles(text: str) -> list[str]:
    return [i.title for i in extract(text).initiatives]


@pytest.mark.parametrize("lead", ["通过三年的不懈努力，我局执法公信力明显提升", "经过全体干部共同努力，群众满意度持续提高"])
def test_a_paragraph_summing_up_the_effort_behind_a_result_names_no_measure(lead):
    text = f"一、工作总体情况\n加强统筹谋划抓好落实。召开会议两次。\n{lead}。各项指标位居全市前列。\n"
    assert initiative_titles(text) == ["加强统筹谋划抓好落实"]


def test_a_measure_taken_through_a_means_is_still_one():
    text = "一、主要举措\n通过以案释法强化普法。全年发布典型案例十件。\n"
    assert initiative_titles(text) == ["通过以案释法强化普法"]


@pytest.mark.parametrize("name", ["新华街道", "新集镇", "下洋镇"])
def test_a_town_whose_name_opens_with_new_or_lower(name):
    assert name in bodies(f"会议要求,{name}开展普法")


@pytest.mark.parametrize("verb", ["新建", "新增", "新设", "下属", "下辖", "下到"])
def test_a_verb_opening_with_new_or_lower_before_a_town_word_makes_no_town(verb):
    assert bodies(f"会议要求,{verb}街道落实整改") == {}


# Canonical names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code, canonical", [("130133", "中共赵县县委政法委"), ("140221", "中共阳高县委政法委")])
def test_a_county_named_by_one_character_writes_its_level_again_before_its_committee(code, canonical):
    assert bodies("县委政法委牵头开展督察", code)["县委政法委"].canonical == canonical


# A party committee in full ---------------------------------------------------------------------------


def test_a_party_committee_in_full_is_the_committee():
    text = normalize("中共阳高县委员会召开全会。中国共产党阳高县委员会印发通知。县委研究部署。")
    found = find_institutions(text, region_of("140221"))
    assert [(f.name, f.canonical, f.type, len(f.mentions)) for f in found] == [
        ("中共阳高县委员会", "中共阳高县委", "party_committee", 3)]


def test_a_county_committee_without_the_partys_name_is_no_party_committee():
    assert bodies("政协阳高县委员会召开常委会议", "140221") == {}

"""Names and places: a university's name cut after a one-character boundary word, a town that only locates a village,
a bureau's branch written from its place or after its bureau, a street's working committee by itself."""

from __future__ import annotations

import pytest
from conftest import bodies


def test_a_name_holding_a_university_holds_all_of_it():
    # 经 ends 财经 here: the name runs on to where it begins
    assert "东南财经大学法学院" in bodies("邀请东南财经大学法学院教授授课")
    assert "大学法学院" not in bodies("邀请东南财经大学法学院教授授课")
    # 同 opens the name here: one character before 大学 is no university's name
    assert "德大学法学院" not in bodies("与同德大学法学院签订协议")


@pytest.mark.parametrize("sentence, name", [
    # a one-character boundary word after a word still opens a name
    ("。学校同华东理工大学签订合作协议", "华东理工大学"),
    ("。组织干部赴井冈山干部学院学习", "井冈山干部学院"),
    ("。纠纷经“老娘舅”调解工作室调解，双方达成协议", "“老娘舅”调解工作室"),
])
def test_a_one_character_boundary_word_opens_a_name(sentence, name):
    assert name in bodies(sentence)
    assert not any(found.endswith(name) and found != name for found in bodies(sentence))


@pytest.mark.parametrize("sentence", [
    "检查组先后深入到县法院、白沙镇李家村补植点查看复绿情况",
    "（青山乡新华村）",
    "。白沙镇李家村开展法治文化活动",
])
def test_a_town_before_its_village_is_a_place(sentence):
    assert not any(name.endswith(("白沙镇", "青山乡")) for name in bodies(sentence))


@pytest.mark.parametrize("sentence, name", [
    # a verb between town and village: the town acts
    ("。白沙镇指导村级组织修订村规民约", "白沙镇"),
    # the villages' people or affairs are what the town acts on
    ("。青山乡培训村干部依法办事", "青山乡"),
    ("。青山乡动员村民参与调解", "青山乡"),
    # after a verb the town may be what is meant
    ("全力指导白沙镇李家村申报示范村", "白沙镇"),
    # the village's own body after the town keeps the whole name
    ("。白沙镇李家村人民调解委员会调处纠纷", "白沙镇李家村人民调解委员会"),
])
def test_a_town_that_acts_or_heads_a_body_is_read(sentence, name):
    assert name in bodies(sentence)


def test_a_branch_after_its_bureau_is_the_branch_written_from_its_place():
    found = bodies("番禺区公安分局会同广州市公安局番禺区分局开展整治")
    assert len(found) == 1
    assert len(next(iter(found.values())).mentions) == 2


def test_branches_of_two_places_stay_two():
    found = bodies("广州市公安局番禺区分局与广州市公安局天河区分局联合开展整治")
    assert {f.canonical for f in found.values()} == {"番禺区公安分局", "天河区公安分局"}


def test_a_branch_by_a_short_place_name_is_read_without_a_region():
    assert "市生态环境局江宁分局" in bodies("。市生态环境局江宁分局开展专项执法")


@pytest.mark.parametrize("sentence", [
    "。市公安局下属分局开展专项整治",
    "。市公安局相关分局开展专项整治",
])
def test_a_plural_or_a_verb_before_a_branch_is_no_branch_name(sentence):
    assert set(bodies(sentence)) == {"市公安局"}


def test_a_bare_working_committee_is_the_streets_the_report_names():
    found = bodies("。街道党工委召开专题会议，党工委书记带头述法")
    assert list(found) == ["街道党工委"]
    assert len(found["街道党工委"].mentions) == 2


def test_a_bare_working_committee_beside_two_streets_stays_apart():
    assert "党工委" in bodies("。金龙街道党工委和银杏街道党工委联合开展活动，党工委书记带头述法")


def test_a_town_committee_by_its_level_word_is_not_the_rule_of_law_committee():
    found = bodies("。中共石门镇委员会成立全面依法治镇委员会，镇党委书记任主任")
    assert len(found["中共石门镇委员会"].mentions) == 2


@pytest.mark.parametrize("sentence, name", [
    ("。县规划自然资源局制定权责清单", "县规划自然资源局"),
    ("，区规划和自然资源局开展执法", "区规划和自然资源局"),
])
def test_a_planning_and_natural_resources_bureau_is_named_in_full(sentence, name):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].type == "government"


@pytest.mark.parametrize("sentence, canonical", [
    ("。横水镇人民调解委员会受理纠纷，横水镇调委会调解成功", "横水镇人民调解委员会"),
    ("。县调委会、县调解委员会受理纠纷", "青河县人民调解委员会"),
])
def test_a_mediation_committee_written_short_is_the_one_in_full(sentence, canonical):
    found = bodies(sentence, "654325")
    assert [(f.canonical, len(f.mentions)) for f in found.values()] == [(canonical, 2)]


def test_a_mediation_committee_of_a_field_stays_apart():
    found = bodies("。县调委会、县医疗纠纷人民调解委员会受理纠纷", "654325")
    assert len(found) == 2

"""Institutions: a body's own party group after its full name, the Youth League's committee, the committee for the
next generation's care, and towns whose names are also verbs."""

from __future__ import annotations

import pytest
from conftest import bodies

BAOSHAN = "310113"


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。区司法局党组专题研究法治督察整改", "区司法局党组", "宝山区司法局党组"),
    ("。区法院党组审议通过工作规则", "区法院党组", "宝山区人民法院党组"),
    ("，区检察院党组成员列席会议", "区检察院党组", "宝山区人民检察院党组"),
    ("。区公安分局党组部署执法规范化建设", "区公安分局党组", "宝山区公安分局党组"),
    ("。区市场监管局党组召开专题会", "区市场监管局党组", "宝山区市场监督管理局党组"),
])
def test_a_bodys_own_party_group_after_its_full_name_is_one_body(sentence, name, canonical):
    found = bodies(sentence, BAOSHAN)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, "party_committee")


def test_a_ministrys_own_party_group_named_from_inside_it():
    assert bodies("。部党组研究部署年度立法计划")["部党组"].type == "party_committee"


@pytest.mark.parametrize("sentence, names", [
    # a party organisation (党组织) is no party group, after a body's name or alone
    ("。区司法局党组织建设全面加强", {"区司法局"}),
    ("。局党组织书记述职", set()),
    ("，区政府党组织生活会如期召开", {"区政府"}),
    ("。全体干部党组织关系转接完成", set()),
    # a body's party committee is not read as one body with it
    ("，区司法局党委书记带头讲法治课", {"区司法局"}),
])
def test_a_party_organisation_is_no_party_group(sentence, names):
    assert set(bodies(sentence, BAOSHAN)) == names


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。团区委举办青少年模拟法庭", "团区委", "共青团宝山区委"),
    ("，联合团宝山区委开展普法", "团宝山区委", "共青团宝山区委"),
    ("，共青团宝山区委组织志愿者", "共青团宝山区委", "共青团宝山区委"),
])
def test_the_youth_leagues_committee_is_no_party_committee(sentence, name, canonical):
    found = bodies(sentence, BAOSHAN)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, "other")


def test_the_youth_leagues_committee_and_the_partys_stay_apart():
    found = bodies("。区委统筹部署，团区委具体落实", BAOSHAN)
    assert {(f.name, f.type) for f in found.values()} == {("区委", "party_committee"), ("团区委", "other")}


def test_an_unresolved_youth_league_committee_has_no_canonical_name():
    found = bodies("。团县委发放宣传资料")
    assert (found["团县委"].canonical, found["团县委"].type) == (None, "other")


def test_a_group_word_before_another_bodys_head_is_no_part_of_its_name():
    assert set(bodies("。组建普法讲师团区司法局负责培训", BAOSHAN)) == {"区司法局"}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。区关工委开展青少年普法", "区关工委", "宝山区关心下一代工作委员会"),
    ("，宝山区关心下一代工作委员会举办讲座", "宝山区关心下一代工作委员会", "宝山区关心下一代工作委员会"),
])
def test_the_committee_for_the_next_generation_is_read(sentence, name, canonical):
    found = bodies(sentence, BAOSHAN)
    assert (found[name].canonical, found[name].type) == (canonical, "other")


def test_the_committee_for_the_next_generation_in_two_forms_is_one_body():
    found = bodies("。区关工委牵头，宝山区关心下一代工作委员会各成员单位参加", BAOSHAN)
    assert len(found) == 1


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。建设镇人民政府印发权责清单", "建设镇人民政府", "建设镇人民政府"),
    ("，新建乡人民政府推行合法性审查", "新建乡人民政府", "新建乡人民政府"),
    ("。新建乡党委专题学法", "新建乡党委", "中共新建乡委员会"),
    ("。宝山区建设镇人民政府开展执法检查", "宝山区建设镇人民政府", "宝山区建设镇人民政府"),
])
def test_a_town_named_like_a_verb_is_read_before_its_government_or_party_committee(sentence, name, canonical):
    found = bodies(sentence)
    assert found[name].canonical == canonical


@pytest.mark.parametrize("sentence", [
    # other verbs before a town word and a town's body stay verbs
    "。健全镇人民政府法律顾问制度",
    "。完善镇人民政府权责清单",
    "。规范乡人民政府行政执法",
    # before anything else, the verb builds or sets up what follows
    "。建设镇综治中心",
    "。新建乡村调解室",
    "。新建镇级便民服务站",
])
def test_a_verb_before_a_town_word_is_no_town(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence", [
    "。制定《柳溪县党委(党组)理论学习中心组学法办法》",
    "，县党委（党组）书记履行第一责任人职责",
])
def test_the_committees_and_groups_of_a_countys_units_are_no_body(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。县党委研究部署普法工作", "县党委"),
    ("，青山镇党委(党组)专题学法", "青山镇党委"),
])
def test_a_party_committee_alone_or_a_towns_stays(sentence, name):
    assert set(bodies(sentence)) == {name}

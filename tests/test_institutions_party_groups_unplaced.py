"""Institutions: a body's own party group after its name without a place, a national body's party group, and a
study session that is no university."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name", [
    ("。市场监管局党组专题研究执法规范化建设", "市场监管局党组"),
    ("，司法局党组书记带头讲授法治课", "司法局党组"),
    ("。召开公安局党组会议审议权责清单", "公安局党组"),
    ("，人社局党组理论学习中心组集中学法", "人社局党组"),
])
def test_a_bureaus_own_party_group_after_its_name_without_a_place(sentence, name):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (None, "party_committee")


@pytest.mark.parametrize("sentence, name", [
    ("。司法部党组研究部署行政立法工作", "司法部党组"),
    ("，公安部党组印发执法监督意见", "公安部党组"),
    ("。最高人民法院党组审议司法解释", "最高人民法院党组"),
])
def test_a_national_bodys_own_party_group_is_named_in_full(sentence, name):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (name, "party_committee")


@pytest.mark.parametrize("sentence, names", [
    # a party organisation is no party group; a party committee after the bureau leaves the bureau
    ("，市场监管局党组织书记述职评议", {"市场监管局"}),
    ("。司法局党组织生活会如期召开", {"司法局"}),
    ("。公安局党委专题研究", {"公安局"}),
    ("，司法部党组织建设持续加强", {"司法部"}),
    # a plural of bureaus names no one of them
    ("，各公安局党组要压实责任", set()),
])
def test_no_party_group_without_the_word_for_it(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, names", [
    ("，组织理论学习中心组第5次扩大学习", set()),
    ("。党委召开扩大学习会议", set()),
    ("，邀请同济大学教授开展专题讲座", {"同济大学"}),
])
def test_an_enlarged_study_session_is_no_university(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。局党组专题研究年度立法计划，区司法局党组书记带头述法", "局党组", "宝山区司法局党组"),
    ("。区法院党组审议规则，院党组成员列席旁听", "区法院党组", "宝山区人民法院党组"),
])
def test_a_party_group_named_from_inside_is_the_one_the_report_names_in_full(sentence, name, canonical):
    found = bodies(sentence, "310113")
    assert set(found) == {name}
    assert found[name].canonical == canonical
    assert len(found[name].mentions) == 2


def test_a_party_group_named_from_inside_joins_its_name_as_written_where_no_place_is_named():
    found = bodies("。司法局党组研究部署，局党组成员分工负责")
    assert set(found) == {"司法局党组"}
    assert len(found["司法局党组"].mentions) == 2


@pytest.mark.parametrize("sentence, names", [
    # two bodies' party groups: the one named from inside is neither
    ("。区司法局党组、区市场监管局党组联合调研，局党组专题学法", {"区司法局党组", "区市场监管局党组", "局党组"}),
    # the party group of the division above is not the report's own
    ("。认真落实市司法局党组部署，局党组专题研究", {"市司法局党组", "局党组"}),
    # a body's party committee is no party group
    ("。区司法局党委研究部署，局党组专题学法", {"区司法局", "局党组"}),
])
def test_a_party_group_named_from_inside_stays_apart_where_no_one_body_fits(sentence, names):
    assert set(bodies(sentence, "310113")) == names


@pytest.mark.parametrize("sentence, names", [
    # a featured kind of room or firm is a category, not the name of one
    ("。“老马说理”特色调解工作室运行良好", set()),
    ("，设立特色律师事务所服务园区企业", set()),
    ("，成立老马调解工作室化解纠纷", {"老马调解工作室"}),
])
def test_a_featured_kind_is_no_name(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, name", [
    ("。委党组召开专题会议部署年度立法工作", "委党组"),
    ("，办党组书记带头讲授法治课", "办党组"),
    ("。通过召开委党委会议审议执法清单", "委党委"),
    ("，成立机关党委统筹全体干部学法", "机关党委"),
])
def test_a_commissions_or_offices_own_party_group_or_committee_named_from_inside(sentence, name):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (None, "party_committee")


def test_a_party_group_by_its_word_alone_is_the_report_bodys_own():
    found = bodies("。党组书记带头述法，强化党组集体学法制度")
    assert set(found) == {"党组"}
    assert (found["党组"].type, len(found["党组"].mentions)) == ("party_committee", 2)


def test_a_party_group_by_its_word_alone_joins_the_one_the_report_names():
    found = bodies("。局党组专题研究普法规划，全年召开党组会议6次")
    assert set(found) == {"局党组"}
    assert len(found["局党组"].mentions) == 2


@pytest.mark.parametrize("sentence, names", [
    # the party's committees and groups in general
    ("。各级党组（党委）理论学习中心组开展专题学习", set()),
    ("，将法治思想纳入党委(党组)理论学习中心组", set()),
    ("。党组织书记带头讲党课", set()),
    # several party groups named: which one the word alone means, the text does not say
    ("。县政府党组、县司法局党组分别研究，党组书记带头述法", {"县政府党组", "县司法局党组"}),
    # a commission's or an office's party group is named from inside only at a boundary, not after another word
    ("，坚持党委领导政府负责", set()),
])
def test_no_party_group_by_its_word_alone(sentence, names):
    assert set(bodies(sentence)) == names

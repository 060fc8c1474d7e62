"""Institutions: a place's service bodies written without its name, or after its level word alone: the one notary
office and legal-aid centre by their words (公证处, 法律援助中心), the office for legal education (县普法办), the
community-corrections centre and the health inspection institute (区社区矫正中心, 省卫生监督所), a health inspection
squad, and a town's own offices and squads by its level word (镇党政办, 镇综合行政执法队, 镇便民服务中心)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, kind", [
    ("。联合公证处开展上门办证服务", "公证处", "notary"),
    ("。依托法律援助中心受理困难群众申请", "法律援助中心", "legal_aid"),
])
def test_a_notary_office_or_legal_aid_centre_by_its_word_alone(sentence, name, kind):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (None, kind)


def test_by_its_word_alone_it_is_the_one_the_report_names_with_its_place():
    found = bodies("。县公证处全年办证900件。联合公证处开展上门服务，县法律援助中心受理案件，在法律援助中心设立窗口")
    assert set(found) == {"县公证处", "县法律援助中心"}
    assert len(found["县公证处"].mentions) == len(found["县法律援助中心"].mentions) == 2


@pytest.mark.parametrize("sentence, names", [
    # many offices or centres, or a kind of them
    ("。全县12个司法所、各公证机构和法律援助工作站参与活动", set()),
    ("。各公证处、全县公证处均开通绿色通道", set()),
    ("。组织律师事务所、公证处、司法鉴定机构开展公益服务", set()),
    ("。依托法律援助工作站受理申请", set()),
    # several named with their places: which one the word alone means, the text does not say
    ("。县公证处、市公证处共同参与，由公证处出具文书", {"县公证处", "市公证处"}),
])
def test_no_notary_office_or_legal_aid_centre_by_its_word_alone(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, name, kind", [
    ("。县普法办组织全县干部学法考试", "县普法办", "party_committee"),
    ("，联合市普法办公室开展宣传", "市普法办公室", "party_committee"),
    ("。区社区矫正中心获评省级“智慧矫正中心”", "区社区矫正中心", "government"),
    ("，省卫生监督所获评全国先进集体", "省卫生监督所", "government"),
    ("。市卫生健康综合监督执法支队开展专项检查", "市卫生健康综合监督执法支队", "government"),
    ("作者：青山乡党政办公室", "青山乡党政办公室", "government"),
])
def test_a_places_service_body_after_its_name_or_level_word(sentence, name, kind):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].type == kind


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。青山镇党委部署。镇综合行政执法队开展联合执法", "镇综合行政执法队", "青山镇综合行政执法队"),
    ("。青山镇党委部署。政务服务事项全部入驻镇便民服务中心", "镇便民服务中心", "青山镇便民服务中心"),
    ("。青山镇党委部署。由镇党政办牵头起草", "镇党政办", "青山镇党政办"),
])
def test_a_towns_office_or_squad_by_its_level_word_is_the_one_towns(sentence, name, canonical):
    found = bodies(sentence)
    assert (found[name].canonical, found[name].type) == (canonical, "government")


@pytest.mark.parametrize("sentence", [
    # the ranks or a member of a squad, the towns' or the villages' halls, an office by itself, a title in quotes
    "。青山镇党委部署。优化镇综合行政执法队伍",
    "。青山镇党委部署。镇综合行政执法队员持证上岗",
    "。推进乡镇便民服务中心标准化建设",
    "。推进社区便民服务中心规范化建设",
    "。由党政办牵头起草",
    "。创成“省级智慧矫正中心”",
])
def test_no_service_body_of_a_kind(sentence):
    assert not [name for name in bodies(sentence) if name.endswith(("队", "中心", "办"))]

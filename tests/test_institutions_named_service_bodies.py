"""Institutions: service bodies whose words the grammar did not read: a place's centre for administrative
reconsideration (区行政复议中心), an arbitration court named after mediation too (市劳动人事争议调解仲裁院), the
federation of industry and commerce of the country or by its word alone after 与 (全国工商联, 与工商联…), the academies of
social sciences (中国社科院, 省社科院) and the ministry's legal-aid centre (司法部法律援助中心: one body, not 司法部)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, kind", [
    ("。设立青山区行政复议中心，集中受理复议申请", "青山区行政复议中心", "government"),
    ("，市行政复议服务中心获评群众满意窗口", "市行政复议服务中心", "government"),
    ("。市劳动人事争议调解仲裁院获评先进集体", "市劳动人事争议调解仲裁院", "other"),
    ("。县劳动人事争议仲裁院审结案件", "县劳动人事争议仲裁院", "other"),
    ("，该案例入选全国工商联民营经济法治建设优秀案例", "全国工商联", "other"),
    ("。邀请中国社科院专家授课", "中国社科院", "other"),
    ("。省社科院课题组开展调研", "省社科院", "other"),
    ("，在司法部法律援助中心组织的案件质量评查中获评优秀", "司法部法律援助中心", "legal_aid"),
])
def test_a_named_service_body(sentence, name, kind):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].type == kind


def test_the_federation_by_its_word_alone_after_with_but_not_the_chambers_it_counts():
    found = bodies("。组织律师与工商联所属12家商会建立联系")
    assert set(found) == {"工商联"}
    assert (found["工商联"].canonical, found["工商联"].type) == (None, "other")


@pytest.mark.parametrize("sentence", [
    # counted or in general; taking part (参与) is no 与 joining bodies; the courts by their word alone after 与 are the
    # courts in general; the centre's words with no place
    "。全区15个司法所、各律师事务所参与矛盾化解",
    "。律师参与公证处调解",
    "。加强与法院沟通协调",
    "。各行政复议中心统一受理标准",
])
def test_no_body_of_a_kind(sentence):
    assert bodies(sentence) == {}

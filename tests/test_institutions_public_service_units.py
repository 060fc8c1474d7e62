"""Institutions: a public service unit named after its place and a name of its work (某县建筑设计院, 某县疾病预防控制中心,
某县不动产登记中心) is a body of type other; without a place, or a centre of another kind (市民服务中心), it is none."""

from __future__ import annotations

import pytest
from conftest import bodies

CIXI = "330282"


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。划入生产经营类的有慈溪市建筑设计院", "慈溪市建筑设计院", "慈溪市建筑设计院"),
    ("。市疾病预防控制中心开展执法", "市疾病预防控制中心", "慈溪市疾病预防控制中心"),
    ("。市不动产登记中心压缩办理时限", "市不动产登记中心", "慈溪市不动产登记中心"),
    ("。市公共资源交易中心规范招投标", "市公共资源交易中心", "慈溪市公共资源交易中心"),
    ("。市融媒体中心开设普法专栏", "市融媒体中心", "慈溪市融媒体中心"),
])
def test_a_public_service_unit_after_its_place(sentence, name, canonical):
    found = bodies(sentence, CIXI)
    assert (found[name].type, found[name].canonical) == ("other", canonical)


@pytest.mark.parametrize("sentence", [
    "。委托建筑设计院编制规划",
    "。各县疾病预防控制中心开展培训",
    "。市民服务中心设立法律服务窗口",
    "。县级检测中心全部建成",
])
def test_no_unit_without_a_place_or_of_another_kind(sentence):
    assert bodies(sentence, CIXI) == {}

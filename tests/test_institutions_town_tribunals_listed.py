"""Institutions: a town's tribunal listed with the town's other bodies after the town's name by 法庭 alone (白沙镇派出所、
司法所、法庭) is the town's 人民法庭, read as 司法所 there is the town's station; after a county's body (郸城县公安局、
法庭), or with no town named before it, 法庭 names none."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, canonical", [
    ("。白沙镇派出所、司法所、法庭联合调解纠纷", "白沙镇人民法庭"),
    ("，青山乡司法所、派出所和法庭开展联合普法3次", "青山乡人民法庭"),
    ("。由横水镇综治中心牵头，横水镇司法所、法庭参与", "横水镇人民法庭"),
])
def test_a_tribunal_listed_after_a_town_body(sentence, canonical):
    found = bodies(sentence)
    assert (found["法庭"].canonical, found["法庭"].type) == (canonical, "court")
    assert len(found["法庭"].mentions) == 1


@pytest.mark.parametrize("sentence", [
    "。郸城县公安局、法庭联合开展普法",
    "。县公安局、法院、法庭联合开展普法",
    "。镇司法所组织模拟法庭活动",
])
def test_no_tribunal_without_a_town_before_it(sentence):
    assert not any(name.endswith("法庭") for name in bodies(sentence))

"""Institutions: a body followed by a word that picks many of the bodies below it (各, 所属, 相关, 全部: 县法院各人民法庭,
区检察院所属检察室) is named, and what follows is those bodies in general, no body; so is a plural alone (各镇司法所)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name", [
    ("。县人民法院各人民法庭推行巡回审判", "县人民法院"),
    ("，区法院各派出人民法庭就地调解", "区法院"),
    ("。市中级人民法院所属人民法庭开展送法下乡", "市中级人民法院"),
    ("，县人民法院相关人民法庭参与联调", "县人民法院"),
    ("。区法院全部人民法庭实现立案服务全覆盖", "区法院"),
])
def test_a_court_before_its_tribunals_in_general_is_the_court_alone(sentence, name):
    assert set(bodies(sentence)) == {name}


@pytest.mark.parametrize("sentence", [
    "。各人民法庭推行巡回审判",
    "，各乡镇司法所全年调解纠纷86件",
    "。各乡（镇）人民调解委员会排查矛盾",
])
def test_a_plural_names_no_body(sentence):
    assert bodies(sentence) == {}


def test_a_court_and_its_named_tribunal_are_still_the_tribunal():
    found = bodies("。县人民法院河口法庭审结案件")
    assert set(found) == {"县人民法院河口法庭"}
    assert found["县人民法院河口法庭"].canonical == "河口法庭"

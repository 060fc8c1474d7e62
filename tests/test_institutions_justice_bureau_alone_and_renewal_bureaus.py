"""Institutions: a justice bureau named by itself (在司法局的指导下, 由司法局牵头), the one the report names with its
place where it names one, and a bureau for urban renewal named with its compound words (区城区改造更新局,
市城市更新和土地整备局)."""

from __future__ import annotations

import pytest
from conftest import bodies

BAOSHAN = "310113"  # 上海市宝山区


@pytest.mark.parametrize("sentence", [
    "。在司法局的指导下，全镇调解纠纷100件",
    "。由司法局牵头,公安局配合开展排查",
    "。会同司法局开展法治督察",
])
def test_a_justice_bureau_by_its_word_alone(sentence):
    found = bodies(sentence)
    assert "司法局" in found
    assert (found["司法局"].canonical, found["司法局"].type) == (None, "justice_bureau")


@pytest.mark.parametrize("sentence, name, code", [
    ("。青禾县司法局召开会议。在司法局的指导下，全镇调解纠纷100件", "县司法局", None),
    ("。宝山区司法局召开会议。由司法局牵头开展检查", "宝山区司法局", BAOSHAN),
])
def test_by_its_word_alone_it_is_the_one_the_report_names_with_its_place(sentence, name, code):
    found = bodies(sentence, code)
    assert set(found) == {name}
    assert len(found[name].mentions) == 2


@pytest.mark.parametrize("sentence, names", [
    ("。在司法局长的带领下开展工作", set()),  # its head
    ("。由司法局系统干部组成宣讲团", set()),  # the bureaus in general
    ("。各级司法局开展普法", set()),
    # several named with their places: which one the word alone means, the text does not say
    ("。县司法局、市司法局共同参与，由司法局出具意见", {"县司法局", "市司法局"}),
])
def test_no_justice_bureau_by_its_word_alone(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("name", ["区城区改造更新局", "市城市更新和土地整备局"])
def test_an_urban_renewal_bureau_is_read_whole(name):
    found = bodies(f"。会同{name}开展执法检查")
    assert set(found) == {name}
    assert found[name].type == "government"

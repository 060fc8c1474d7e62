"""Institutions: 地市 and 地州 are the prefectures and the cities of a province together (全省地市法院, 地州司法局), a
plural, so the level word after 地 heads no body; the city's or the prefecture's own body named by its level word alone
stays one (市法院, 州司法局)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "，全年收案1200件，占全省地市法院收案总数的18%",
    "。全区地州司法局参加业务培训",
])
def test_the_prefectures_and_cities_together_are_no_body(sentence):
    assert bodies(sentence) == {}


def test_a_city_body_beside_them_keeps_only_its_own_mention():
    found = bodies("。市司法局作为全省地市司法局唯一代表作交流发言")
    assert [(name, len(f.mentions)) for name, f in found.items()] == [("市司法局", 1)]


@pytest.mark.parametrize("sentence, name", [
    ("。市法院审结行政案件", "市法院"),
    ("。州司法局召开全州调解工作会议", "州司法局"),
])
def test_a_body_by_its_level_word_alone_stays(sentence, name):
    assert set(bodies(sentence)) == {name}

"""Institutions: a verb that strengthens something (巩固, 夯实, 筑牢, 织密) before 镇村两级… or 乡村… is a verb and the
levels of government, never a town named by the verb (巩固镇); a town after such a verb's sentence stays a town."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "，巩固镇村两级调解网络",
    "。夯实镇村两级法律顾问队伍",
    "，织密镇村两级矛盾排查网",
    "。筑牢乡村两级普法阵地",
])
def test_a_verb_before_the_levels_names_no_town(sentence):
    assert bodies(sentence) == {}


def test_the_town_acting_before_the_verb_stays():
    found = bodies("。青石镇巩固镇村两级调解网络")
    assert set(found) == {"青石镇"}
    assert found["青石镇"].type == "government"

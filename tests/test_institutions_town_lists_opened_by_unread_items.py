"""Institutions: bodies listed after an item that opens with a town's level word but is no body the rules know share
that word as after one that is (镇社会事务办、司法所: 镇司法所, the one town's the report names); not after the towns in
general (乡镇…), nor past an item that is no such body."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, listed", [
    ("。青石镇推进普法。镇社会事务办、司法所联合排查纠纷", {"司法所": "青石镇司法所"}),
    ("。青石镇推进普法。由镇党政办、司法所组成专班", {"司法所": "青石镇司法所"}),
    ("，白云街道完善制度。街道民政办、司法所、综治中心联合排查",
     {"司法所": "白云街道司法所", "综治中心": "白云街道综治中心"}),
])
def test_bodies_after_an_unread_item_share_its_town_word(sentence, listed):
    found = bodies(sentence)
    assert {name: found[name].canonical for name in listed if name in found} == listed


@pytest.mark.parametrize("sentence", [
    "。青石镇推进普法。推进乡镇社会事务办、司法所建设",
    "。青石镇推进普法。镇社会事务办、当事人、司法所到场",
    "。青石镇推进普法。镇社会事务办、县司法所联合排查",
])
def test_no_town_station_without_the_town_word_shared(sentence):
    assert "司法所" not in bodies(sentence)

"""Institutions: a town's party committee written in full after its county (中共某县青石镇委员会) is read as the
committee, not as the town; and the town's committee named with places before it or without them (某县青石镇党委,
青石镇党委) is one body, as its government is."""

from __future__ import annotations

import pytest
from conftest import bodies


def test_the_committee_in_full_after_the_county():
    found = bodies("。中共慈溪市青石镇委员会印发工作要点")
    assert [(f.name, f.type) for f in found.values()] == [("中共慈溪市青石镇委员会", "party_committee")]


@pytest.mark.parametrize("text", [
    "。慈溪市青石镇党委专题研究法治工作。青石镇党委书记主持会议",
    "。中共慈溪市青石镇委员会印发要点。青石镇党委召开会议",
    "。慈溪市白云街道党工委召开会议。白云街道党工委部署",
])
def test_the_committee_with_places_and_without_is_one_body(text):
    found = [f for f in bodies(text).values() if f.type == "party_committee"]
    assert [len(f.mentions) for f in found] == [2]


def test_two_towns_committees_stay_apart():
    found = [f for f in bodies("。慈溪市青石镇党委召开会议。双河镇党委部署").values() if f.type == "party_committee"]
    assert len(found) == 2

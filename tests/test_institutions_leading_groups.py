"""Institutions: the party's leading groups for the rule of law, for peace-building and for the campaign against
organised crime, and their offices, are party bodies as its committees are (县委全面依法治县工作领导小组); a group of
another kind (法治政府建设领导小组) names none."""

from __future__ import annotations

import pytest
from conftest import bodies

COUNTY = "420923"  # 云梦县


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。县委全面依法治县工作领导小组印发要点", "县委全面依法治县工作领导小组", "中共云梦县委全面依法治县工作领导小组"),
    ("，县委平安建设领导小组召开会议", "县委平安建设领导小组", "中共云梦县委平安建设领导小组"),
    ("。县扫黑除恶专项斗争领导小组办公室督导", "县扫黑除恶专项斗争领导小组办公室", "云梦县扫黑除恶专项斗争领导小组办公室"),
    ("，成立依法治县领导小组", "依法治县领导小组", None),
])
def test_a_party_leading_group_is_a_party_body(sentence, name, canonical):
    found = bodies(sentence, COUNTY)
    assert set(found) == {name}
    assert found[name].canonical == canonical
    assert found[name].type == "party_committee"


@pytest.mark.parametrize("sentence", [
    "。县法治政府建设工作领导小组召开会议",
    "，县推进依法行政工作领导小组办公室通报",
    "。各乡镇依法治镇领导小组",  # the towns', a level the rule does not name
])
def test_no_party_body_in_a_group_of_another_kind(sentence):
    assert bodies(sentence, COUNTY) == {}

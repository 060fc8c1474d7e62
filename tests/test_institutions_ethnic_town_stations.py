"""Institutions: an ethnic town's station named by the town's own name without its groups (高台司法所 where the report
names 高台回族镇) is that town's station; where the report names no such town, the station is its own name as written."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。高台回族镇落实权责清单，高台司法所调处纠纷27件", "高台司法所", "高台回族镇司法所"),
    ("。县司法局在沙坪彝族乡开展普法，沙坪派出所协同宣传", "沙坪派出所", "沙坪彝族乡派出所"),
    ("。白马民族乡政府聘请法律顾问，白马司法所参与审查", "白马司法所", "白马民族乡司法所"),
    ("。红岩土家族苗族乡完善制度，红岩司法所开展法律援助", "红岩司法所", "红岩土家族苗族乡司法所"),
])
def test_the_short_station_is_the_ethnic_towns(sentence, name, canonical):
    found = bodies(sentence)
    assert found[name].canonical == canonical
    assert found[name].type in ("justice_bureau", "government")


def test_the_short_station_joins_the_station_written_in_full():
    found = bodies("。高台回族镇司法所挂牌，高台司法所调处纠纷27件")
    assert set(found) == {"高台回族镇司法所"}
    assert len(found["高台回族镇司法所"].mentions) == 2


def test_no_ethnic_town_named_the_station_is_its_own_name():
    found = bodies("。高台司法所调处纠纷27件")
    assert {name: f.canonical for name, f in found.items()} == {"高台司法所": "高台司法所"}

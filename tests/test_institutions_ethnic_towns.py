"""Institutions: an ethnic town or township (十里望回族镇, 青山彝族乡) is a town named by its name, its groups and its level
word: its government, its bodies and its stations; 民族乡 names one only before its own body, since a phrase ends so too."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical, kind", [
    ("。沙河回族镇开展法治宣传进村活动", "沙河回族镇", "沙河回族镇", "government"),
    ("，红岩苗族乡人民政府制定权责清单", "红岩苗族乡人民政府", "红岩苗族乡人民政府", "government"),
    ("。马鞍山彝族乡司法所调解纠纷31件", "马鞍山彝族乡司法所", "马鞍山彝族乡司法所", "justice_bureau"),
    ("，三道满族镇综治中心受理矛盾纠纷", "三道满族镇综治中心", "三道满族镇综治中心", "mediation"),
    ("。杉木土家族苗族乡党委研究部署", "杉木土家族苗族乡党委", "中共杉木土家族苗族乡委员会", "party_committee"),
    ("。石桥民族乡政府聘请法律顾问", "石桥民族乡政府", "石桥民族乡人民政府", "government"),
])
def test_an_ethnic_town_is_a_town(sentence, name, canonical, kind):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, kind)


@pytest.mark.parametrize("sentence", [
    "，扶持少数民族乡发展特色产业",
    "。加快民族乡村振兴",
    "。全县共有镇、乡、民族乡十二个",
    "，各民族乡要落实责任",
    "。深入开展民族团结进步创建",
])
def test_no_town_where_民族乡_ends_a_phrase(sentence):
    assert bodies(sentence) == {}


def test_an_ethnic_town_where_something_was_done_is_a_place():
    assert set(bodies("。县司法局在沙河回族镇开展普法")) == {"县司法局"}

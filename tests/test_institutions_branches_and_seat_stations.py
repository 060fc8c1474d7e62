"""Institutions: a branch named by a short place right after the bureau or administration above it; a station named
by a quarter of the county seat."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, names, branch", [
    ("。国家税务总局湖塘税务分局推行说理式执法", {"湖塘税务分局"}, "湖塘税务分局"),
    ("，国家税务总局常州市武进区税务局湖塘税务分局开展", {"常州市武进区税务局", "湖塘税务分局"}, "湖塘税务分局"),
    ("。区公安局江宁公安分局联合整治", {"区公安局", "江宁公安分局"}, "江宁公安分局"),
])
def test_a_branch_after_the_body_above_it_is_read_whole(sentence, names, branch):
    found = bodies(sentence)
    assert set(found) == names
    assert (found[branch].canonical, found[branch].type) == (branch, "government")


@pytest.mark.parametrize("sentence, names", [
    ("。国家税务总局所属税务分局落实", {"国家税务总局"}),
    ("。国家税务总局各税务分局落实", {"国家税务总局"}),
    ("，区税务局各税务分局推行", {"区税务局"}),
    ("。国家税务总局部署，湖塘税务分局落实", {"国家税务总局", "湖塘税务分局"}),
])
def test_no_branch_of_a_plural_and_the_administration_stays_where_no_branch_follows(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, name, kind", [
    ("。城关派出所开展法治宣传", "城关派出所", "government"),
    ("，城南司法所调解纠纷", "城南司法所", "justice_bureau"),
    ("。东街派出所联合社区排查", "东街派出所", "government"),
    ("。由西关司法所牵头", "西关司法所", "justice_bureau"),
])
def test_a_station_named_by_a_quarter_of_the_county_seat(sentence, name, kind):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (name, kind)


@pytest.mark.parametrize("sentence", [
    "。各派出所开展宣传",
    "，辖区派出所走访",
    "，所属司法所落实",
    "。推动司法所规范化建设",
    "，老城南司法所",
    "。全城关派出所",
])
def test_no_station_of_a_plural_a_verb_or_another_place(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。城关镇党委研究，城关派出所开展", "城关派出所", "城关镇派出所"),
    ("，城南街道办事处部署，城南司法所调解", "城南司法所", "城南街道司法所"),
])
def test_a_quarters_station_is_the_towns_where_the_text_names_the_town(sentence, name, canonical):
    assert bodies(sentence)[name].canonical == canonical


def test_a_quarters_station_joins_the_towns_station_in_full():
    found = bodies("。城关镇派出所开展，城关派出所联合")
    assert set(found) == {"城关镇派出所"}
    assert len(found["城关镇派出所"].mentions) == 2


def test_a_quarters_station_of_a_town_keeps_its_mentions_in_order():
    found = bodies("。城关镇党委研究，加强城关派出所建设，城关派出所开展")
    assert found["城关派出所"].mentions == ((11, 16), (19, 24))

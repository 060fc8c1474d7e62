"""Institutions: the quarters of a county seat as catalog data; a station named by a town the report names only as a
place; a bureau's party group named by its level and 局 (市局党组); drug administrations by their short or full words;
a street's working committee written short (街道工委); towns in general (镇乡街道); the party's name before a town's
own committee; a name right after a year."""

from __future__ import annotations

import pytest
from conftest import bodies

from lawreport.catalog import get_catalog


def _quarters() -> list[str]:
    """Every two-character quarter the catalog's seat_quarters names (城[关东] → 城关, 城东)."""
    quarters = get_catalog().institutions.seat_quarters
    chars = sorted({c for c in quarters.pattern if c.isalpha()})
    return [a + b for a in chars for b in chars if quarters.fullmatch(a + b)]


def test_the_quarters_are_catalog_data():
    assert {"城关", "城南", "城郊", "东街", "西关", "北门"} <= set(_quarters())


@pytest.mark.parametrize("quarter", _quarters())
def test_a_station_named_by_each_quarter_is_read(quarter):
    # each quarter the catalog lists: deleting one from seat_quarters leaves its station unread
    name = quarter + "派出所"
    found = bodies(f"。{name}开展法治宣传")
    assert set(found) == {name}
    assert found[name].canonical == name


@pytest.mark.parametrize("sentence", ["。城乡司法所开展调解", "。中街派出所联合排查", "，老城东派出所走访"])
def test_a_station_named_by_no_quarter_stays_unread(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。在河口镇调研，河口司法所开展调解", "河口司法所", "河口镇司法所"),
    ("，到青山乡走访群众，青山派出所联合排查", "青山派出所", "青山乡派出所"),
    ("。在金龙街道试点，金龙司法所参与", "金龙司法所", "金龙街道司法所"),
    ("。石门镇李家村补植点，石门派出所配合", "石门派出所", "石门镇派出所"),
])
def test_a_station_named_by_a_town_the_report_names_as_a_place_is_the_towns(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}  # the town itself stays a place
    assert (found[name].canonical, found[name].mentions[0]) == (canonical, (sentence.index(name), sentence.index(name) + len(name)))


@pytest.mark.parametrize("sentence, station", [
    ("。在河口镇调研，石桥司法所开展调解", "石桥司法所"),  # another town's name
    ("。河口司法所开展调解", "河口司法所"),  # no town named
    ("。在河口村调研，河口司法所开展调解", "河口司法所"),  # a village, no town
])
def test_without_the_town_named_the_station_is_its_own_name(sentence, station):
    assert {name: f.canonical for name, f in bodies(sentence).items()} == {station: station}


@pytest.mark.parametrize("sentence, code, group", [
    ("。中共重庆市市场监督管理局党组(以下简称市局党组)研究，市局党组理论学习中心组学法", "500100", "中共重庆市市场监督管理局党组"),
    ("。重庆市司法局党组部署，市局党组书记带头述法", "500100", "重庆市司法局党组"),
    ("。汉中市司法局党组部署，佛坪县公安局党组落实，市局党组要求", "610730", "汉中市司法局党组"),
    ("。佛坪县司法局党组研究，县局党组书记述法", "610730", "佛坪县司法局党组"),
])
def test_a_bureaus_party_group_by_its_level_is_the_one_of_the_reports_unit_at_that_level(sentence, code, group):
    found = bodies(sentence, code)
    assert not any(name.endswith("局党组") and name != group and "公安局" not in name for name in found)
    assert len(found[group].mentions) == sentence.count("局党组") - sentence.count("公安局党组")


@pytest.mark.parametrize("sentence, code", [
    ("。汉中市司法局党组、汉中市公安局党组部署，市局党组要求", "610730"),  # two fit
    ("。佛坪县市场监督管理局党组研究，市局党组要求", "610730"),  # the county's, not the city's
    ("。重庆市司法局党组部署，县局党组落实", "500100"),  # no county in the report's region
    ("。司法局党组研究，市局党组要求", None),  # no region
])
def test_a_bureaus_party_group_by_its_level_stays_apart_where_none_or_two_fit(sentence, code):
    assert "市局党组" in bodies(sentence, code) or "县局党组" in bodies(sentence, code)


@pytest.mark.parametrize("sentence, code, name, canonical", [
    ("。省市场监管局、省药监局联合检查", "442000", "省药监局", "广东省药品监督管理局"),
    ("，县药品监督管理局开展抽检", "610730", "县药品监督管理局", "佛坪县药品监督管理局"),
])
def test_a_drug_administration_by_its_short_or_full_words(sentence, code, name, canonical):
    found = bodies(sentence, code)
    assert (found[name].canonical, found[name].type) == (canonical, "government")


def test_a_drug_administrations_short_name_joins_its_full_one():
    found = bodies("。市药品监督管理局开展检查，市药监局牵头", "442000")
    assert set(found) == {"市药品监督管理局"}
    assert len(found["市药品监督管理局"].mentions) == 2


@pytest.mark.parametrize("sentence", ["。县药监所检查", "。加强药监执法", "，开展食品药品监督检查"])
def test_no_drug_administration_without_its_bureau_word(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。金龙街道工委召开会议", "金龙街道工委", "金龙街道党工委"),
    ("，小营街道工委研究部署", "小营街道工委", "小营街道党工委"),
])
def test_a_streets_working_committee_written_short_is_its_party_committee(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}  # not the street's government
    assert (found[name].canonical, found[name].type) == (canonical, "party_committee")


@pytest.mark.parametrize("sentence, name", [
    ("。金龙街道党工委部署，金龙街道工委研究，街道工委落实", "金龙街道党工委"),
    ("。街道工委专题学习，街道党工委研究", "街道工委"),
])
def test_a_streets_working_committee_written_short_joins_the_one_written_in_full(sentence, name):
    found = bodies(sentence)
    assert set(found) == {name}
    assert len(found[name].mentions) == sentence.count("工委")


@pytest.mark.parametrize("sentence, names", [
    ("。各街道工委落实", set()),
    ("。市委教育工委、市直机关工委部署", {"市委"}),
    ("。金龙街道党工委、银杏街道党工委部署，街道工委落实", {"金龙街道党工委", "银杏街道党工委", "街道工委"}),
])
def test_no_working_committee_of_a_plural_or_another_body_and_none_joined_where_two_fit(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence", ["，标志着镇乡街道法治化改革迈出一步", "。意味着镇乡、街道权责更清晰", "，培训了镇乡长"])
def test_towns_and_townships_in_general_name_no_town(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [("。白沙镇乡贤参事会成立", "白沙镇"), ("，青山镇乡风文明建设", "青山镇")])
def test_a_town_before_a_word_opening_with_its_level_word_stays(sentence, name):
    assert set(bodies(sentence)) == {name}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。中共金龙街道党工委印发方案，金龙街道党工委部署", "中共金龙街道党工委", "金龙街道党工委"),
    ("。中共金龙街道工委印发方案", "中共金龙街道工委", "金龙街道党工委"),
    ("。中共白沙镇党委研究，白沙镇党委部署", "中共白沙镇党委", "中共白沙镇委员会"),
])
def test_the_partys_name_before_a_towns_own_party_committee(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, len(found[name].mentions)) == (canonical, sentence.count(name.removeprefix("中共")))


@pytest.mark.parametrize("sentence", ["。中共白沙镇开展普法", "。中共党员镇党委"])
def test_the_partys_name_opens_no_town_without_its_committee(sentence):
    assert not any(name.startswith("中共") for name in bodies(sentence))


@pytest.mark.parametrize("sentence, name", [
    ("。自2013年中国政法大学启动评估", "中国政法大学"),
    ("，2022年鲁川律师事务所获评优秀", "鲁川律师事务所"),
    ("。2021年“和事佬”调解室挂牌", "“和事佬”调解室"),
])
def test_a_headless_name_right_after_a_year_leaves_the_years_word_out(sentence, name):
    assert set(bodies(sentence)) == {name}


@pytest.mark.parametrize("sentence, names", [
    ("。青年律师事务所开展", {"青年律师事务所"}),  # 年 inside a name, no year
    ("，全年律师事务所办理案件", set()),
])
def test_no_year_where_no_number_ends_before_its_word(sentence, names):
    assert set(bodies(sentence)) == names

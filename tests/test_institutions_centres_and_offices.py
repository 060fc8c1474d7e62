"""A place's centres for social governance and for settling disputes, a bureau's station in a town, a bureau of
data resources, the party committee's finance office, and a town's rule-of-law committee after the town's party
committee written in full."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name", [
    ("。县综治中心受理群众诉求85件", "县综治中心"),
    ("依托区社会治安综合治理中心开展排查", "区社会治安综合治理中心"),
    ("。县非诉讼纠纷化解中心调处纠纷40件", "县非诉讼纠纷化解中心"),
    ("。市矛盾纠纷化解中心接待来访", "市矛盾纠纷化解中心"),
    ("。区诉源治理中心化解诉前纠纷", "区诉源治理中心"),
    ("。市社会治理中心受理群众诉求320件", "市社会治理中心"),  # the name a 矛调中心 took on
])
def test_a_places_centre_that_settles_disputes_mediates(sentence, name):
    assert bodies(sentence)[name].type == "mediation"


@pytest.mark.parametrize("sentence", [
    "。推进综治中心规范化建设",  # the centres in general, no place's
    "。各县综治中心实体化运行",
    "。诉源治理中心建设稳步推进",
    "。加快社会治理中心实体化运行",
])
def test_centres_in_general_are_no_body(sentence):
    assert not [name for name in bodies(sentence) if name.endswith("中心")]


def test_a_bureau_of_data_resources_is_one_body():
    assert bodies("。县数据资源局推进数据共享")["县数据资源局"].type == "government"


def test_a_towns_market_supervision_station_is_a_body():
    assert bodies("。白沙镇市场监管所开展检查")["白沙镇市场监管所"].type == "government"
    assert bodies("。城关市场监管所开展检查")["城关市场监管所"].type == "government"  # by a quarter of the seat
    assert not [name for name in bodies("。各市场监管所开展检查") if name.endswith("所")]


def test_a_station_after_its_bureau_is_the_station():
    found = bodies("。县市场监管局城关市场监管所查处案件")
    assert found["县市场监管局城关市场监管所"].type == "government"
    assert "县市场监管局" not in found
    assert "县公安局城关派出所" in bodies("。县公安局城关派出所开展巡逻")
    found = bodies("。县市场监管局联合城关派出所开展检查")  # two bodies, not one
    assert "县市场监管局" in found and "城关派出所" in found


def test_the_party_committees_finance_office_is_the_partys():
    assert bodies("。县委金融办牵头开展宣传")["县委金融办"].type == "party_committee"
    assert bodies("。县金融办牵头开展宣传")["县金融办"].type == "government"  # the government's own


def test_a_towns_rule_of_law_committee_after_its_committee_in_full_is_one_body():
    found = bodies("。中共白沙镇委员会全面依法治镇委员会召开会议")
    committee = found["中共白沙镇委员会全面依法治镇委员会"]
    assert committee.type == "party_committee"
    assert committee.canonical == "白沙镇党委全面依法治镇委员会"  # as the one named after 白沙镇党委
    assert "全面依法治镇委员会" not in found


@pytest.mark.parametrize("sentence", [
    "。中共白沙镇委员会召开全面依法治镇委员会会议",  # the committee in full, then what it did
    "。中共白沙镇委员会全面依法治县委员会",  # before another level's committee
])
def test_a_towns_committee_in_full_before_anything_else_stays_itself(sentence):
    assert "中共白沙镇委员会" in bodies(sentence)

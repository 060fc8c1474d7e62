"""Institutions: what ends in 乡, 镇 or 街道 and is no town: a campaign's or a brand's name in quotes or before 活动
(“三下乡”, "五下乡", “法润龙乡”), a list of levels (盟旗乡三级, 镇(街道)), a verb before the level word the report uses for
its own body (研究街道, 审核街道, 融入到街道, 推动解决镇(街道), 涵盖街道党工委), a class of towns (涉农街道, 非涉农街道) and a
place in a list of places after 在 (在龙岩、长汀、古田乡挂牌); a town acting, or its body, stays."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    # campaigns and brands
    "，结合文化科技卫生“三下乡”活动开展普法",
    '，充分利用"五下乡"契机开展宣传',
    "。组建“法润龙乡”宣讲队",
    "，三下乡活动覆盖全县",
    # lists of levels
    "。盟旗乡三级述法实现全覆盖",
    "。推动解决镇(街道)执法力量不足问题",
    # verbs before the level word
    "。班子定期听取、研究街道重大事项",
    "，审核街道各部门报送合同20份",
    "，融入到街道日常工作当中",
    "，审查街道拟签合同12份",
    "，审议街道年度重点工作",
    "。讨论街道重大行政决策事项",
    "，延伸至街道法治宣传阵地",
    "，保障街道综合执法有序开展",
    "，扩建镇综合服务用房",
    "，改善乡便民服务条件",
    # classes of towns
    "。涉农街道涉及6个类别，非涉农街道涉及5个类别",
    # a place listed with other places
    "。在龙岩、长汀、古田乡挂牌设立教育基地",
])
def test_no_town(sentence):
    assert bodies(sentence) == {}


def test_a_verb_before_a_streets_committee_leaves_the_committee_by_its_level_word():
    found = bodies("，涵盖街道党工委、办事处的职权事项80项")
    assert "涵盖街道党工委" not in found
    assert set(found) <= {"街道党工委"}


@pytest.mark.parametrize("sentence, names", [
    ("。东湖街道党工委召开专题会议，青山镇获评省级法治乡镇", {"东湖街道党工委": "party_committee", "青山镇": "government"}),
    ("，白沙镇开展“送法进村”活动", {"白沙镇": "government"}),
    ("。在龙岩市调研，古田镇党委部署", {"古田镇党委": "party_committee"}),
])
def test_a_town_or_its_body_stays(sentence, names):
    found = bodies(sentence)
    assert {name: found[name].type for name in names if name in found} == names

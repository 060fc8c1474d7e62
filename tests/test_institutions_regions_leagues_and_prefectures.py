"""Institutions: an autonomous region's text calls it 自治区 as a province's calls it 省, and a league's 盟 (自治区党委,
自治区人民政府, 盟委, 盟行署): bodies of the report's region or league, named canonically by its name as 省委 is; a
prefecture's (地区) or a league's text calls its party committee 地委 and its government, the 行政公署, 行署 by themselves:
the report's own prefecture's or league's, else no canonical name; both rule the law by committees of their own
(依法治盟委员会, 依法治地委员会). A division of the production corps run as one with
its city is 师市, a level no unit is named by. The regions, the leagues or the prefectures in general are no body."""

from __future__ import annotations

import pytest
from conftest import bodies

_XINJIANG = "650000"
_KASHGAR = "653100"  # 喀什地区
_HINGGAN = "152200"  # 兴安盟


def _canonical(sentence: str, code: str | None) -> dict[str, str | None]:
    return {name: found.canonical for name, found in bodies(sentence, code).items()}


@pytest.mark.parametrize("sentence, code, expected", [
    ("。在自治区党委、自治区人民政府的坚强领导下，全区法治建设稳步推进",
     _XINJIANG, {"自治区党委": "新疆维吾尔自治区党委", "自治区人民政府": "新疆维吾尔自治区人民政府"}),
    # the government listed after the committee shares its level, as 市委、政府 does
    ("。自治区党委、政府召开法治建设专题会议", _XINJIANG,
     {"自治区党委": "新疆维吾尔自治区党委", "政府": "新疆维吾尔自治区人民政府"}),
    ("。自治区司法厅组织开展执法检查", _XINJIANG, {"自治区司法厅": "新疆维吾尔自治区司法厅"}),
    # the region's committee before its rule-of-law committee: one body, the latter
    ("。自治区党委全面依法治区委员会印发年度工作要点", _XINJIANG,
     {"自治区党委全面依法治区委员会": "新疆维吾尔自治区党委全面依法治区委员会"}),
    ("。地委、行署主要负责同志专题听取法治建设汇报", _KASHGAR, {"地委": "中共喀什地委", "行署": "喀什地区行政公署"}),
    ("。盟委召开专题会议，盟行署出台实施意见", _HINGGAN, {"盟委": "中共兴安盟委", "盟行署": "兴安盟行政公署"}),
    # where the region is no prefecture or league, or unknown, the bodies stay, with no canonical name
    ("。地委、行署主要负责同志专题听取法治建设汇报", "330000", {"地委": None, "行署": None}),
    ("。自治区党委高度重视法治建设", None, {"自治区党委": None}),
    ("。认真落实师市党委决策部署", None, {"师市党委": None}),
    # their rule-of-law committees
    ("。召开盟委依法治盟委员会会议", _HINGGAN, {"盟委依法治盟委员会": "中共兴安盟委依法治盟委员会"}),
    ("。提请召开地委依法治地委员会会议", _KASHGAR, {"地委": "中共喀什地委", "依法治地委员会": None}),
])
def test_a_region_league_or_prefecture_body_by_its_own_call(sentence, code, expected):
    assert _canonical(sentence, code) == expected


def test_a_call_written_after_its_full_name_is_that_body():
    found = bodies("。阿克苏地区行政公署印发通知，行署分管领导带队督查", "652900")
    assert [(name, f.canonical, len(f.mentions)) for name, f in found.items()] == [
        ("阿克苏地区行政公署", "阿克苏地区行政公署", 2)]


@pytest.mark.parametrize("sentence", [
    "。全自治区各级党委（党组）将法治纳入理论学习计划",  # the committees of the region in general
    "。推动自治区和兵团融合发展",  # a pair of places
    "。各自治区司法厅参加会议",  # the regions' in general
    "。律师调解联盟委托专人值守",  # a word 盟 ends, then a verb
    "。完善律师市场准入制度",  # a word 师 ends
    "。当地委托律师代理案件",  # 当地, then a verb
    "。地委委员带队走访企业",  # a member of the committee, a person
    "。贯彻依法治盟部署要求",  # the work, no committee
])
def test_regions_leagues_and_prefectures_in_general_are_no_body(sentence):
    assert bodies(sentence, _KASHGAR) == {}

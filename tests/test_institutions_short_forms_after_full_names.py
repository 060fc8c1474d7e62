"""Institutions: one body written in full and then shorter is one entry. A department named by its words alone
(自然资源局, 市场监管局) is the one the report names with its place, where it names one (东湖区自然资源局); a commission
written short by its 委 after its words in full is its 委员会 (市卫生健康委 = 市卫生健康委员会, 住房城乡建设 spelled
住房和城乡建设); a body by its words alone beside its place's and another place's is the report's own place's
(依法治市办 beside 市委依法治市办 and 泉州市委依法治市办 in 晋江市's report); bodies read by different ways to one canonical
name are one (a town's station in a list and alone). Two bodies stay two, and a body after a level
with the other levels in brackets (各县(市、区)应急管理局) is the levels' in general, none."""

from __future__ import annotations

import pytest
from conftest import bodies

from lawreport.institutions import find_institutions
from lawreport.normalize import normalize

DISTRICT = "360102"  # 东湖区
CITY = "360100"  # 南昌市
JINJIANG = "350582"  # 晋江市, of 泉州市


def _entries(sentence: str, code: str) -> list[tuple[str, str | None, int]]:
    return [(name, f.canonical, len(f.mentions)) for name, f in bodies(sentence, code).items()]


@pytest.mark.parametrize("sentence, code, expected", [
    ("。东湖区自然资源局扎实推进依法行政，对照自然资源局权责清单完成调整", DISTRICT,
     [("东湖区自然资源局", "东湖区自然资源局", 2)]),
    ("。区市场监管局开展抽查，市场监管局执法人员全程记录", DISTRICT,
     [("区市场监管局", "东湖区市场监督管理局", 2)]),
    ("。市卫生健康委员会组织培训，市卫生健康委全年办理案件50件", CITY,
     [("市卫生健康委员会", "南昌市卫生健康委员会", 2)]),
    ("。市住房城乡建设局与南昌市住房和城乡建设局联合执法", CITY,
     [("市住房城乡建设局", "南昌市住房和城乡建设局", 2)]),
    ("。市委依法治市办统筹推进，泉州市委依法治市办开展督察，以依法治市办名义印发文件", JINJIANG,
     [("市委依法治市办", "中共晋江市委依法治市办", 2), ("泉州市委依法治市办", "中共泉州市委依法治市办", 1)]),
])
def test_a_short_form_is_the_body_named_in_full(sentence, code, expected):
    assert _entries(sentence, code) == expected


@pytest.mark.parametrize("sentence, code, expected", [
    ("。东湖区自然资源局与区生态环境局联合执法", DISTRICT,
     [("东湖区自然资源局", "东湖区自然资源局", 1), ("区生态环境局", "东湖区生态环境局", 1)]),
    # two places' bureaus: which one the words alone name, the text does not say
    ("。进贤县自然资源局、安义县自然资源局开展检查，自然资源局权责清单完成调整", CITY,
     [("进贤县自然资源局", "进贤县自然资源局", 1), ("安义县自然资源局", "安义县自然资源局", 1),
      ("自然资源局", None, 1)]),
    # a commission's short name of two characters is no full name's
    ("。市国资委开展检查", CITY, [("市国资委", "南昌市国资委", 1)]),
])
def test_bodies_that_are_not_one_stay_apart(sentence, code, expected):
    assert _entries(sentence, code) == expected


@pytest.mark.parametrize("sentence", [
    "。抽查各县（市、区）应急管理局行政处罚案卷",
    "。市本级和十个区（县、市）行政复议局全部挂牌",
    "。建成86个市（县、区）公共法律服务中心",
    # …or after 各 and the levels, where the name opens with 市场 and so takes none of them in
    "。协助各区县市场监督管理局查办案件4件",
    "。督促各县区市场监管局落实整改",
    # …or after 市 as the cities and prefectures in general (市州), the prefecture's level no head there
    "。通报各市州市场监管局执法情况",
    "。指导各市州应急管理局开展培训",
])
def test_a_body_after_levels_in_brackets_is_no_body(sentence):
    assert bodies(sentence, CITY) == {}


def test_a_station_named_in_a_list_and_alone_is_one_body():
    # the town's station by its word, shared in a list of the street's bodies and then alone: one canonical name, one body
    found = find_institutions(normalize("。2025年，青山街道深化法治建设。明确街道党政办、司法所、综合执法队职责。"
                                        "一是严格决策程序。司法所全面参与重大决策"), None)
    stations = [(f.canonical, len(f.mentions)) for f in found if f.type == "justice_bureau"]
    assert stations == [("青山街道司法所", 2)]

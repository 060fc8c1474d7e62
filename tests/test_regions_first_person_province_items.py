"""A province's item telling one county's case and speaking as the province in the first person (一年来,我区各地…;
今年以来,我区各级…) is the province's, however often it names the county's body; a prefecture between them that the
text never names (和田地区 of 洛浦县) is not what 我区 calls. A county's text saying 全省 or 全区 in passing, one naming
the prefecture (和田地区洛浦县), or one its title names, stays the county's.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ITEM = ("法律援助走进社区\n今年4月,{place}法律援助中心组织律师来到青禾社区,开展法律援助宣传活动,为居民解答法律问题。\n"
         "“有了法律援助,打官司不用愁。”{place}法律援助中心主任告诉记者,中心全年为农民工讨薪120万元。\n"
         "一年来,{first}各地法律援助机构不断创新便民举措。今年以来,{second}各级法律援助机构共受理法律援助案件3600件,"
         "12348新疆公共法律服务热线解答咨询8万余人次。\n")
_COUNTY = ("新疆维吾尔自治区", "和田地区", "洛浦县")

_MEDIATION = ("3月5日,绩溪县司法局青禾司法所调解员化解一起邻里纠纷。绩溪县司法局介绍,该所今年调解纠纷90件。\n"
              "今年以来,{first}各级人民调解组织共调解纠纷12万件,{second}调解成功率98%。\n")


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("我区 twice, the prefecture never named: the autonomous region's",
     _ITEM.format(place="洛浦县", first="我区", second="我区"), ("新疆维吾尔自治区", None, None)),
    ("the prefecture named (和田地区洛浦县): 我区 may be the prefecture's, the county stays",
     _ITEM.format(place="和田地区洛浦县", first="我区", second="我区"), _COUNTY),
    ("全区 only, as a county says it in passing: the county stays",
     _ITEM.format(place="洛浦县", first="全区", second="全区"), _COUNTY),
    ("我区 once: the county stays", _ITEM.format(place="洛浦县", first="我区", second="全县"), _COUNTY),
    ("我省 twice in a province: the province's", _MEDIATION.format(first="我省", second="我省"), ("安徽省", None, None)),
    ("全省 twice: the county's body named twice keeps it", _MEDIATION.format(first="全省", second="全省"),
     ("安徽省", "宣城市", "绩溪县")),
])
def test_a_province_speaking_in_the_first_person_around_one_countys_case(case, text, expected):
    assert read(text, "region") == expected


def test_a_county_its_title_names_stays_the_county_whatever_it_calls_the_region():
    text = "洛浦县司法局2023年法律援助工作总结\n" + _ITEM.format(place="洛浦县", first="我区", second="我区")
    assert read(text, "region") == _COUNTY

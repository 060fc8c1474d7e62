"""A province-wide item opening on one county's case: the text calls its own place by the province's level (全省;
全区 of an autonomous region) more than by the county's, and is the province's; a county's text saying 全省 once in
passing stays the county's.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_COURTS = ("12月3日上午,{opening}人民法院青禾人民法庭庭长接到村干部的电话,赶到村委会调解一起土地纠纷。\n"
           "一年来,{first}法院深化人民法庭建设,{second}法院人民法庭共受理纠纷5200件,调解成功率达90%。\n"
           "{others}人民法院红柳人民法庭设立牧区调解室。\n{third}各地法庭因地制宜创新工作方法。\n")
_OTHERS = "喀什地区疏勒县人民法院白沙人民法庭推行巡回审判;阿勒泰地区福海县"
_REGION_WIDE = {"first": "我区", "second": "全区", "third": "我区"}

_MEDIATION = ("3月5日,安徽省绩溪县青禾镇调解员成功调解一起邻里纠纷。\n"
              "今年以来,{first}各级人民调解组织共调解纠纷12万件,{second}调解成功率98%。\n宣城市、芜湖市、安庆市的调解组织各有创新。\n")


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("an autonomous region's item saying 我区, 全区 after one county's case is the region's",
     _COURTS.format(opening="伊犁哈萨克自治州尼勒克县", others=_OTHERS, **_REGION_WIDE), ("新疆维吾尔自治区", None, None)),
    ("calls of the region's level outnumbering the county's (我县 once, 全区 and 我区) still make it the region's",
     _COURTS.format(opening="伊犁哈萨克自治州尼勒克县", others=_OTHERS, first="我县", second="全区", third="我区"),
     ("新疆维吾尔自治区", None, None)),
    ("the county's own item saying 全区 once in passing stays the county's",
     _COURTS.format(opening="伊犁哈萨克自治州尼勒克县", others=_OTHERS, first="我县", second="全县",
                    third="位居全区前列。我县"), ("新疆维吾尔自治区", "伊犁哈萨克自治州", "尼勒克县")),
    ("全区 under a prefecture (喀什地区) may be the prefecture's: the county stays",
     _COURTS.format(opening="喀什地区疏勒县", others="和田地区墨玉县人民法院白沙人民法庭推行巡回审判;阿勒泰地区福海县",
                    **_REGION_WIDE), ("新疆维吾尔自治区", "喀什地区", "疏勒县")),
    ("a province's item saying 全省 twice after one county's case is the province's",
     _MEDIATION.format(first="全省", second="全省"), ("安徽省", None, None)),
    ("a county's item saying 全省 once in passing stays the county's",
     _MEDIATION.format(first="各乡镇", second="位居全省前列,"), ("安徽省", "宣城市", "绩溪县")),
    ("the region's level said as often as the county's (全区, 我区; 我县 twice) stays the county's",
     _COURTS.format(opening="伊犁哈萨克自治州尼勒克县", others=_OTHERS, first="我县", second="全区", third="我区。我县"),
     ("新疆维吾尔自治区", "伊犁哈萨克自治州", "尼勒克县")),
])
def test_province_wide_items_opening_on_a_county(case, text, expected):
    assert read(text, "region") == expected


def test_a_county_naming_itself_in_its_body_stays_the_county_however_often_it_says_the_province():
    """Only a county its opening alone places gives way: a county's report naming itself in its body (绩溪县司法局 twice)
    keeps its county while saying 全省 three times (全省首家, 全省前列, 全省推广)."""
    text = ("2023年,绩溪县司法局建成全省首家乡村调解驿站,调解成功率位居全省前列。\n"
            "绩溪县司法局推行的“调解驿站”做法在全省推广,全年调解纠纷860件。\n")
    assert read(text, "region") == ("安徽省", "宣城市", "绩溪县")

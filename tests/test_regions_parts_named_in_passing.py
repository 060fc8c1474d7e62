"""A unit a text names in passing, as one part of its whole, is not the text's own place: a province's item naming
one city's court as the maker of a practice (…由南通市中级人民法院会同该市司法局首创), a city's report naming one county
beside the city's counties together (…出庭应诉率为70%,居各区县之首) or as a part of a whole it has just stated
(其中,岚山区法院新收…).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.regions import resolve

_PROVINCE_ITEM = ("本报讯 记者近日从江苏省高级人民法院获悉,2023年江苏法院新收各类行政诉讼案件40120件,同比增长2.1%。"
                  "其中全省行政机关一审败诉案件1210件,一审败诉率6.9%。\n"
                  "去年,江苏法院持续加强对重点领域的司法监督。{passing}\n"
                  "同时,全省各级法院建立联动解纷机制,全年有4100件一审行政案件以调解方式结案。\n")


@pytest.mark.parametrize(("case", "passing", "expected"), [
    ("a city's court named once as the maker of a practice, with 该市 calling the city back",
     "值得一提的是,江苏法院推广诉前化解机制,该机制由南通市中级人民法院会同该市司法局首创。", ("江苏省", None, None)),
    ("the city named twice in passing", "江苏法院推广的诉前化解机制由南通市中级人民法院首创,南通市司法局参与。",
     ("江苏省", None, None)),
])
def test_a_province_s_item_naming_one_city_in_passing_is_the_province_s(case, passing, expected):
    assert read(_PROVINCE_ITEM.format(passing=passing), "region") == expected


def test_a_city_s_item_naming_its_province_is_still_the_city_s():
    """The city named at least half as often as its province stays: its own text, which cites its province too."""
    text = ("近日,南通市中级人民法院召开新闻发布会,发布2023年全市行政审判白皮书。\n"
            "2023年,全市法院新收一审行政案件2310件,南通市行政机关负责人出庭应诉率达98%。\n"
            "南通市中级人民法院会同江苏省高级人民法院推广诉前化解机制,江苏各地纷纷借鉴。\n")
    assert read(text, "region") == ("江苏省", "南通市", None)


_CITY_REPORT = ("日照中院召开全市行政审判白皮书新闻发布会,通报2023年全市法院行政案件司法审查情况。\n"
                "全市法院共受理一审行政案件340件。{part}\n"
                "去年,岚山区人民法院审结一起行政公益诉讼案件。\n")


@pytest.mark.parametrize(("case", "part", "expected"), [
    ("a county ranked among the city's counties together (各区县)",
     "全市开庭审理行政案件266件,行政机关负责人出庭应诉89件,岚山区行政机关负责人出庭应诉率为70%,居各区县之首。",
     ("山东省", "日照市", None)),
    ("…written 各县(市、区)", "岚山区行政机关负责人出庭应诉率为70%,在全市各县(市、区)中最高。", ("山东省", "日照市", None)),
    ("the district's own text, calling itself 全区, stays the district's however it ranks among the city's counties",
     "全区行政机关负责人出庭应诉率为70%,岚山区居全市各区县之首。", ("山东省", "日照市", "岚山区")),
    ("with no other county nor the counties together named, the county named twice stays",
     "岚山区行政机关负责人出庭应诉率为70%。", ("山东省", "日照市", "岚山区")),
])
def test_a_county_named_beside_the_city_s_counties_is_one_of_them(case, part, expected):
    assert read(_CITY_REPORT.format(part=part), "region") == expected


@pytest.mark.parametrize("together", ["各区县", "各县区", "各县市区", "各县（市、区）", "各县(区、市)", "各区（县）", "各区(县、市)",
                                      "各县(区)", "各县（市）"])
def test_each_way_of_calling_the_city_s_counties_together_makes_the_county_one_of_them(together):
    """Each as written, full-width brackets or not: a form the catalog lacks leaves the county the text's."""
    text = _CITY_REPORT.format(part=f"岚山区行政机关负责人出庭应诉率为70%,在全市{together}中最高。")
    assert read(text, "region") == ("山东省", "日照市", None)


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("…after 其中 and a colon", ("2023年,日照市法院新收一审行政案件1200件。其中:岚山区法院新收230件。全市负责人出庭应诉率98%,"
     "岚山区法院审结200件。"), ("山东省", "日照市", None)),
    ("a county after 其中 is a part of the whole just stated",
     "2023年,日照市法院新收一审行政案件1200件。其中,岚山区法院新收230件。全市行政机关负责人出庭应诉率98%,岚山区法院审结200件。",
     ("山东省", "日照市", None)),
    ("…after 其中 with no pause", ("2023年,日照市法院新收一审行政案件1200件,其中岚山区法院新收230件。全市负责人出庭应诉率98%,"
     "岚山区法院审结200件。"), ("山东省", "日照市", None)),
    ("a county named as the subject of its own sentences twice stays",
     "2023年,日照市法院新收一审行政案件1200件。岚山区法院新收230件。全市行政机关负责人出庭应诉率98%,岚山区法院审结200件。",
     ("山东省", "日照市", "岚山区")),
])
def test_a_county_named_as_a_part_after_qizhong_is_no_subject(case, text, expected):
    """The body alone (no title line placing the text): what its mentions say."""
    region = resolve(text)
    assert (region.province, region.city, region.county) == expected

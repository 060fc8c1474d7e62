"""A unit a text names in passing, as one part of its whole, is not the text's own place: a province's item naming
one city's court as the maker of a practice (…由南通市中级人民法院会同该市司法局首创), a city's report naming one county
beside the city's counties together (…出庭应诉率为70%,居各区县之首), as a part of a whole it has just stated
(其中,岚山区法院新收…), or as what the text's own place acts on (向茶陵县发出…督办函, 督促茶陵县城管局…, 对乙县、丙区
…开展督察: the acted_on words of the catalog).

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


_CITY_ACTING = ("2023年,在省委、省政府的坚强领导下,株洲坚持以习近平法治思想为指导,全面推进法治政府建设。现将有关情况报告如下:\n"
                "一、主要工作\n市政府常务会议学法12次。《株洲市法治政府建设责任清单》全面落实。{acting}株洲的做法获全省推介。\n")


@pytest.mark.parametrize(("case", "acting"), [
    ("a county a notice is sent down to, and its bureau urged",
     "针对督察发现的问题,向茶陵县发出整改督办函,督促茶陵县城管局纠正错误处罚行为。"),
    ("a county and a district listed after 对, the supervision said later in the clause",
     "市委依法治市办对茶陵县、芦淞区法治建设开展实地督察。"),
    ("a county guided", "指导茶陵县创建全省法治政府建设示范县,茶陵县政府负责人接受约谈。"),
])
def test_a_county_its_city_acts_on_is_not_the_city_report_s_own(case, acting):
    assert read(_CITY_ACTING.format(acting=acting), "region") == ("湖南省", "株洲市", None)


def test_a_county_acted_on_by_its_superior_keeps_its_own_report():
    text = ("2023年,茶陵县坚持以习近平法治思想为指导,全面推进法治政府建设。现将有关情况报告如下:\n"
            "一、主要工作\n县政府常务会议学法12次。市委依法治市办对茶陵县开展法治督察,茶陵县逐项整改到位。\n")
    assert read(text, "region") == ("湖南省", "株洲市", "茶陵县")


def test_a_county_sent_a_notice_without_a_supervision_is_named_as_any_place():
    """向 and 对 leave a place out only before a notice sent down or a supervision named in their clause."""
    text = "2023年,茶陵县坚持依法行政。对茶陵县人民群众反映的问题逐一回应,茶陵县政府常务会议学法12次。\n"
    region = resolve(text)
    assert (region.province, region.city, region.county) == ("湖南省", "株洲市", "茶陵县")


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全国人民调解组织共调解矛盾纠纷1760万件,其中,浙江省调解纠纷132万件。\n全国人民调解工作扎实推进。\n",
     (None, None, None)),  # a national text's part: no place of its own
    ("2023年,浙江省人民调解组织共调解矛盾纠纷132万件,调解成功率98%。\n全省人民调解工作扎实推进。\n",
     ("浙江省", None, None)),
])
def test_a_province_named_as_a_part_in_the_opening_places_no_text(text, expected):
    assert read(text, "region") == expected

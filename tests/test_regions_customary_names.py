"""Prefectures, banners, counties and a league called by a customary name the division list does not give (博州, 克州,
巴州, 海南州, 科右前旗, 达茂旗, 莫旗, 前郭县, 喀左县, 杜蒙县, 河南县, 锡盟, 加格达奇区: data/customary.tsv), and a two-character name after 法治 or 平安
(平安克州, 法治沛县). 巴州, also 巴州区's, is the unit whose level the text calls its own place by (全州), and neither
where the text says neither (test_metadata_prefecture_short_names).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import regions
from lawreport.catalog import data_bytes, data_text

_PREFECTURE = ("2023年,{name}人民政府坚持依法行政,州政府常务会议专题研究法治政府建设4次,"
               "全州行政复议机关新收案件120件。{more}\n一、主要工作\n州政府健全重大行政决策程序。\n")


@pytest.mark.parametrize(("name", "more", "expected"), [
    ("博州", "", ("新疆维吾尔自治区", "博尔塔拉蒙古自治州", None)),
    ("克州", "", ("新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", None)),
    ("海南州", "", ("青海省", "海南藏族自治州", None)),  # not the province 海南 is the short name of
    ("巴州", "新疆维吾尔自治区司法厅予以通报表扬。", ("新疆维吾尔自治区", "巴音郭楞蒙古自治州", None)),
    ("巴州", "巴中市司法局予以通报表扬。", ("四川省", "巴中市", "巴州区")),  # 巴州区 is called 巴州 too
    ("巴州", "", ("新疆维吾尔自治区", "巴音郭楞蒙古自治州", None)),  # 全州, never 全区: the prefecture calls itself so
])
def test_a_prefecture_by_its_customary_name(name, more, expected):
    assert read(_PREFECTURE.format(name=name, more=more), "region") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Xinjiang prefecture's report calls its autonomous region 全区 more often than itself 全州: 巴州 stays the prefecture
    (("2024年,巴州坚持依法行政,全州化解矛盾纠纷1350件,调解成功率居全区首位,在全区法治建设考核中获评优秀,"
      "受到全区通报表扬。\n一、主要工作\n州政府健全决策程序。\n"), ("新疆维吾尔自治区", "巴音郭楞蒙古自治州", None)),
    # 全区 alone tells the district from the autonomous region's prefecture no better: neither is the text's
    ("2023年,巴州司法局坚持依法行政,全区人民调解组织调解纠纷420件,全区行政复议案件36件。\n", (None, None, None)),
])
def test_an_autonomous_regions_qu_tells_no_district(text, expected):
    assert read(text, "region") == expected


def test_the_province_of_hainan_stays_the_province():
    text = "2023年,海南省人民政府坚持依法行政,全省行政复议机关新收案件1200件。\n一、主要工作\n省政府健全决策程序。\n"
    assert read(text, "region") == ("海南省", None, None)


def test_a_customary_name_must_name_the_unit_of_its_code():
    rows = "name\tcode\tunit\n博州\t652800\t博尔塔拉蒙古自治州\n"
    with pytest.raises(KeyError, match="customary.tsv"):
        regions._kept(data_text(data_bytes("divisions.tsv")), data_text(data_bytes("renamed.tsv")), rows)


@pytest.mark.parametrize(("text", "expected"), [
    (("新时代枫桥经验在新疆 绘就平安克州新图景\n近年来,克孜勒苏柯尔克孜自治州坚持和发展新时代枫桥经验。"
      "阿合奇县司法局阿合奇司法所调解员化解纠纷。乌恰县公安局走访商铺。\n"),
     ("新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", None)),
    ("2024年,我县推进法治沛县建设,全县化解矛盾纠纷1200件。\n一、主要工作\n县政府健全决策程序。\n",
     ("江苏省", "徐州市", "沛县")),
])
def test_a_two_character_name_after_fazhi_or_pingan_is_the_texts_own(text, expected):
    assert read(text, "region") == expected


def test_a_two_character_name_inside_a_word_is_none():
    assert read("2024年,县里召开县委常委会议,研究法治政府建设工作。\n", "region") == (None, None, None)


_BANNER = ("2023年,{name}司法局坚持依法行政,全旗人民调解组织调解纠纷360件。\n"
           "一、主要工作\n旗司法局健全行政执法协调监督工作体系。\n")


@pytest.mark.parametrize(("name", "expected"), [
    ("科右前旗", ("内蒙古自治区", "兴安盟", "科尔沁右翼前旗")),
    ("达茂旗", ("内蒙古自治区", "包头市", "达尔罕茂明安联合旗")),
    ("乌前旗", ("内蒙古自治区", "巴彦淖尔市", "乌拉特前旗")),
    ("西乌旗", ("内蒙古自治区", "锡林郭勒盟", "西乌珠穆沁旗")),
    ("科右旗", (None, None, None)),  # no banner is so called: 科右前旗 or 科右中旗
    ("莫旗", ("内蒙古自治区", "呼伦贝尔市", "莫力达瓦达斡尔族自治旗")),  # two characters, after no Han character
    ("准旗", ("内蒙古自治区", "鄂尔多斯市", "准格尔旗")),
])
def test_a_banner_by_its_customary_name(name, expected):
    assert read(_BANNER.format(name=name), "region") == expected


@pytest.mark.parametrize(("text", "named"), [
    ("锡盟司法行政系统开展矛盾纠纷排查。", ["锡林郭勒盟"]),
    ("无锡盟友商会开展法律咨询。", []),  # 锡盟 inside another word: no name stands there
])
def test_the_league_by_its_customary_name(text, named):
    assert [mention.division.name for mention in regions.find_mentions(text)] == named


def test_a_two_character_banner_name_inside_a_word_is_none():
    assert regions.find_mentions("全体队员切莫旗开得胜就松懈。") == []


_COUNTY = "{name}2023年法治政府建设工作报告\n2023年,{name}司法局深入推进依法行政,全县受理法律援助案件96件。\n"


@pytest.mark.parametrize(("name", "expected"), [
    ("河南县", ("青海省", "黄南藏族自治州", "河南蒙古族自治县")),  # not the province whose short name it holds
    ("前郭县", ("吉林省", "松原市", "前郭尔罗斯蒙古族自治县")),
    ("本溪县", ("辽宁省", "本溪市", "本溪满族自治县")),
    ("阜蒙县", ("辽宁省", "阜新市", "阜新蒙古族自治县")),
    ("喀左县", ("辽宁省", "朝阳市", "喀喇沁左翼蒙古族自治县")),
    ("杜蒙县", ("黑龙江省", "大庆市", "杜尔伯特蒙古族自治县")),
])
def test_an_autonomous_county_by_its_everyday_name(name, expected):
    assert read(_COUNTY.format(name=name), "region") == expected


@pytest.mark.parametrize("text", [
    "贯彻落实河南省司法厅部署,全省各级行政复议机关新收案件1.2万件。\n一、主要工作\n省司法厅健全工作机制。\n",
    "2023年,河南省推动河南县域经济高质量发展,河南县级政府全部公开权责清单,全省行政复议机关新收案件1.2万件。\n",
])
def test_the_province_of_henan_stays_the_province(text):
    """河南县域, 河南县级: the province's counties, no county named 河南县 (name_end_words)."""
    assert read(text, "region") == ("河南省", None, None)


@pytest.mark.parametrize("text", [
    "加格达奇区2022年度法治政府建设情况报告\n2022年,全区行政复议机关新收案件14件。\n",
    "呼中区司法局2021年法治政府建设工作总结\n2021年,我局坚持依法行政。\n",
    "2020年,松岭区人民政府坚持依法行政,全区办理法律援助案件31件。\n",
    "新林区2022年度法治政府建设情况报告\n2022年,全区行政复议机关新收案件12件。\n",  # 新林区 opening a title
    "新林区司法局2021年法治政府建设工作总结\n2021年,我局坚持依法行政。\n",
    "2022年,大兴安岭新林区人民政府坚持依法行政,全区办理法律援助案件27件。\n",  # …or after the prefecture's name
    "2022年,新林区人民政府坚持依法行政,全区新收案件8件。\n",  # …or opening the text's first clause
])
def test_a_district_daxinganling_set_up_for_itself_is_placed_in_the_prefecture(text):
    assert read(text, "region") == ("黑龙江省", "大兴安岭地区", None)


def test_a_forest_area_renewed_names_no_district_of_daxinganling():
    text = "2021年,敦化市人民政府坚持创新林区管理体制,全市新收行政复议案件12件。\n"
    assert read(text, "region") == ("吉林省", "延边朝鲜族自治州", "敦化市")


@pytest.mark.parametrize("text", [
    "2022年,全省坚持创新林区管理体制,更新林区防火设施,新收行政复议案件12件。\n",  # 新林区 inside words
    "创新林区管理体制改革工作报告\n2022年,林业局更新林区道路。\n",
])
def test_xinlin_district_inside_words_places_nothing(text):
    assert read(text, "region") == (None, None, None)

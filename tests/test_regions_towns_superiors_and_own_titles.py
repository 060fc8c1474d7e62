"""Where a report's place is not the place a name seems to give, and where it is one a name gives only in passing:

- a county's short name opening a town's longer name (松江河镇, 巨野河街道: no town is named by one character) names no
  county, while a town named after its county's name (抚松县兴隆乡) still places it;
- a pair of superiors whose committee a county-level city's name opens (在昆山市委、市政府的领导下) is that city's, not
  its parent's whose bureau the text thanks next; and the bodies a report is sent to (中共某市委、某市人民政府:) are its
  superiors, which do not keep the one unit below them the text names from being its own;
- a city's text (全市…) naming one county as an example or for an honour stays the city's, and a district's text (全区,
  区政府…, never 全市) naming its district once, inside the title of its own plan, is the district's however often it
  names its city (the addressee, its superiors, the same title);
- a province's text (全省…, never 全市 or 全县) naming its province only in a title it put out (印发《2025年某省…工作要点》)
  is that province's, and a 来源 line naming a district by short names after its parent's (来源:南京江宁) places a page
  naming no place, with the line as evidence; so does a portal's greeting in the page's head (某区欢迎您!, 苏州·吴中欢迎您),
  which also places a town's report its body puts in its city alone.

Every text below is written for these tests; the places are real, the bodies' work and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import extract, regions

# --- a short name opening a town's longer name --------------------------------------------------------------------


@pytest.mark.parametrize("town", ["松江河镇", "巨野河街道", "汉中门街道", "大兴庄镇", "定海桥街道", "长兴岛街道"])
def test_a_county_s_short_name_opening_a_town_s_longer_name_places_nothing(town):
    text = f"{town}2023年法治政府建设工作报告\n2023年,{town}围绕依法行政主线,完善合法性审查机制。现将有关情况报告如下:\n"
    assert read(text, "region") == (None, None, None)


def test_the_real_county_named_beside_such_a_town_places_it():
    text = ("历城区巨野河街道2023年法治政府建设工作报告\n2023年,巨野河街道围绕依法行政主线,完善合法性审查机制。"
            "现将有关情况报告如下:\n")
    assert read(text, "region") == ("山东省", "济南市", "历城区")
    text = ("2023年,在抚松县委、县政府的坚强领导下,松江河镇围绕依法行政主线推进法治建设。现将有关情况报告如下:\n"
            "一、主要做法\n全镇调处矛盾纠纷36件。\n")
    assert read(text, "region") == ("吉林省", "白山市", "抚松县")


@pytest.mark.parametrize(("text", "expected"), [
    ("抚松县兴隆乡2023年法治政府建设工作报告\n2023年,兴隆乡围绕依法行政主线推进法治建设。", ("吉林省", "白山市", "抚松县")),
    ("长兴城乡一体化法治建设情况报告\n2023年,全县推进城乡法治一体化。", ("浙江省", "湖州市", "长兴县")),
    ("长兴小镇法治建设情况报告\n2023年,全县推进特色小镇法治服务。", ("浙江省", "湖州市", "长兴县")),
])
def test_a_county_s_own_name_before_its_town_or_a_word_still_places_it(text, expected):
    assert read(text, "region") == expected


@pytest.mark.parametrize("town", ["沙河街道", "江苏路街道", "长寿湖镇"])
def test_towns_named_like_no_county_stay_unplaced(town):
    assert read(f"2023年,{town}围绕依法行政主线推进法治建设。现将有关情况报告如下:\n", "region") == (None, None, None)


def test_the_catalogs_township_words_decide(use_catalog):
    hint = "长兴城乡一体化法治建设情况报告"
    assert regions.resolve("", [hint]).county == "长兴县"
    use_catalog(lambda text: text.replace('township_words = ["城乡", ', "township_words = [", 1))
    assert regions.resolve("", [hint]).code is None


# --- superiors: a county-level city's committee and government, and the bodies a report is sent to ----------------


@pytest.mark.parametrize(("text", "expected"), [
    (("2023年,我局在昆山市委、市政府的正确领导下,在苏州市生态环境局的有力指导下,扎实推进法治政府建设。"
     "现将情况报告如下:\n一、主要做法\n我局全年办理行政处罚案件210件。\n"), ("江苏省", "苏州市", "昆山市")),
    ("2024年,我局在义乌市委和市政府的领导下,在金华市市场监管局的指导下,持续推进依法行政,我局全年审查合同40份。\n",
     ("浙江省", "金华市", "义乌市")),
])
def test_a_county_level_city_s_own_superiors_place_its_bureau_s_report(text, expected):
    assert read(text, "region") == expected


def test_a_county_s_superiors_beside_its_city_s_bureau_keep_the_county():
    text = ("2023年,我局在泗阳县委、县政府的正确领导下,在宿迁市生态环境局的有力指导下,扎实推进法治政府建设。"
            "我局全年办理行政处罚案件88件。\n")
    assert read(text, "region") == ("江苏省", "宿迁市", "泗阳县")


def test_a_city_s_own_superiors_keep_the_city():
    text = ("2023年,苏州市司法局在苏州市委、市政府的坚强领导下,扎实推进法治政府建设。昆山市获评省级法治政府建设示范市。"
            "全市调解组织调处纠纷5.2万件。\n")
    assert read(text, "region") == ("江苏省", "苏州市", None)


@pytest.mark.parametrize(("text", "expected"), [
    (("中共株洲市委、株洲市人民政府:\n2024年,醴陵市坚持以法治思想为引领,扎实推进依法行政。现将有关情况报告如下:\n"
     "全市各级调委会调处纠纷2860件。\n"), ("湖南省", "株洲市", "醴陵市")),
    (("中共郑州市委、郑州市人民政府:2023年,登封市坚持依法行政,法治政府建设取得新成效。现将有关情况报告如下:\n"
     "全市调解纠纷1900件。\n"), ("河南省", "郑州市", "登封市")),
])
def test_the_bodies_a_report_is_sent_to_are_its_superiors(text, expected):
    assert read(text, "region") == expected


def test_a_report_sent_to_its_city_naming_no_unit_below_stays_the_city_s():
    text = "中共株洲市委、株洲市人民政府:\n2024年,我们坚持以法治思想为引领,扎实推进依法行政。现将有关情况报告如下:\n"
    assert read(text, "region") == ("湖南省", "株洲市", None)


def test_a_colon_line_of_no_bodies_is_no_addressee():
    assert regions._addressee("株洲市2024年法治政府建设情况报告\n现将有关情况报告如下:\n全市调解纠纷100件。") is None
    assert regions._addressee("中共株洲市委、株洲市人民政府:\n2024年,醴陵市坚持依法行政。") == (0, 15)


# --- a city's text naming one county ----------------------------------------------------------------------------


@pytest.mark.parametrize("honour", [
    "宿松县人大常委会获批国家级基层立法联系点。",
    "怀宁县获评省级法治政府建设示范县。",
])
def test_a_city_s_text_naming_one_county_for_an_honour_stays_the_city_s(honour):
    text = f"2024年,安庆市以法治领域改革为牵引,全市法治建设稳步推进。{honour}\n"
    assert read(text, "region") == ("安徽省", "安庆市", None)


def test_a_county_s_own_text_keeps_the_county():
    text = "2023年,怀宁县司法局坚持依法行政,全县各级人民调解组织调处纠纷972件,怀宁县获评省级法治政府建设示范县。\n"
    assert read(text, "region") == ("安徽省", "安庆市", "怀宁县")


def test_a_district_s_report_naming_itself_only_in_its_own_title_is_the_district_s():
    # sent up to its city, it names the city in the addressee, its superiors and its plan's title, itself by its
    # level alone (区政府, 全区) and by name only inside that title
    text = ("无锡市人民政府:\n2024年,在市委、市政府的坚强领导下,区政府扎实推进依法行政。制定《无锡市梁溪区行政规范性文件"
            "管理办法》,全区行政复议案件办理质效提升,助力无锡高质量发展。\n")
    assert read(text, "region") == ("江苏省", "无锡市", "梁溪区")


@pytest.mark.parametrize(("text", "expected"), [
    # a city's text (全市, never 全区) citing a district's document stays the city's
    ("2024年,无锡市坚持依法行政,全市推进法治建设。转发《无锡市梁溪区行政规范性文件管理办法》,助力无锡高质量发展。\n",
     ("江苏省", "无锡市", None)),
    # a district's name two cities bear, with no city named: no place
    (("区政府:\n2024年,在市委、市政府的坚强领导下,区政府扎实推进依法行政,印发《朝阳区行政规范性文件管理办法》,"
      "全区行政复议案件办理质效提升。\n"), (None, None, None)),
    # a higher level's law cited never outweighs the place the body names
    ("涿州市2023年法治政府建设情况报告\n涿州市学习借鉴《北京市接诉即办工作条例》经验,全市推进接诉即办。\n",
     ("河北省", "保定市", "涿州市")),
])
def test_what_a_title_naming_a_unit_below_leaves_as_it_was(text, expected):
    assert read(text, "region") == expected


# --- a province's own titles, a 来源 line naming a district --------------------------------------------------------


def test_a_province_s_text_names_its_province_in_a_title_it_put_out():
    text = ("2025年,全省各级行政复议机关共办理行政复议案件9120件。省政府印发《2025年湖南省行政复议工作要点》,"
            "全省复议纠错率为11.2%。\n")
    assert read(text, "region") == ("湖南省", None, None)


@pytest.mark.parametrize("text", [
    "2025年,全省各级行政复议机关共办理案件9120件。全县推广。印发《2025年湖南省行政复议工作要点》,全省领先。\n",
    "2025年,全省各级行政复议机关共办理案件9120件。认真学习《湖北省行政复议条例》,全省纠错率为11.2%。\n",
    "2025年,全县行政复议机关共办理案件120件。印发《2025年湖南省行政复议工作要点》。\n",
])
def test_a_title_another_level_or_place_put_out_places_nothing(text):
    assert read(text, "region") == (None, None, None)


def test_a_source_line_naming_a_district_after_its_city_places_the_page():
    text = "【推进调解网络建设】\n\n2016-03-02 来源: 南京江宁\n\n年内,区司法局拓展人民调解领域,全区调委会受理纠纷3200件。\n"
    record = extract(text)
    assert (record.region.province, record.region.city, record.region.county) == ("江苏省", "南京市", "江宁区")
    source = text.index("南京江宁")
    assert [(span.text, span.start) for span in record.region.evidence] == [("南京", source), ("江宁", source + 2)]


_PORTAL_TOWN = ("{greeting}\n用户登录 无障碍\n光福镇2024年度法治政府建设情况报告\n"
                "2024年,光福镇完善合法性审查机制,全年化解矛盾纠纷210件,获评{city}法治建设示范镇。\n")


@pytest.mark.parametrize(("case", "greeting", "city", "expected"), [
    ("a portal's greeting naming its district by short names after its city's places a town's report there",
     "苏州·吴中欢迎您!", "苏州市", ("江苏省", "苏州市", "吴中区")),
    ("…its district in full, the body naming no place", "吴中区欢迎您!", "", ("江苏省", "苏州市", "吴中区")),
    ("…the portal's invitation to its site", "欢迎访问吴中区人民政府门户网站", "苏州市", ("江苏省", "苏州市", "吴中区")),
    ("a greeting naming a district of another city leaves the town's city alone", "江宁区欢迎您!", "苏州市",
     ("江苏省", "苏州市", None)),
    ("a greeting naming a short name alone places nothing", "吴中欢迎您!", "", (None, None, None)),
    ("a shop's greeting names no place", "某某手机版欢迎您!", "", (None, None, None)),
])
def test_a_portal_s_greeting_names_its_place(case, greeting, city, expected):
    assert read(_PORTAL_TOWN.format(greeting=greeting, city=city), "region") == expected


def test_a_portal_s_greeting_is_the_evidence_of_the_place_it_names():
    record = extract(_PORTAL_TOWN.format(greeting="苏州·吴中欢迎您!", city="苏州市"))
    assert "苏州·吴中" in [span.text for span in record.region.evidence]


def test_a_greeting_in_a_city_s_own_report_narrows_nothing():
    """Only a town's report is its county's portal's: a city's, naming its city, stays the city's."""
    text = ("苏州·吴中欢迎您!\n苏州市司法局2024年度法治政府建设情况报告\n2024年,苏州市司法局完善合法性审查机制,"
            "全市化解矛盾纠纷21000件。\n")
    assert read(text, "region") == ("江苏省", "苏州市", None)


@pytest.mark.parametrize(("value", "places_only"), [
    ("南京江宁", True), ("上海普陀", True), ("江苏南京", True), ("上海", False), ("闽清县", False), ("广西日报", False),
])
def test_names_places_only(value, places_only):
    assert regions.names_places_only(value) is places_only


# --- a town of a city with no counties, and a leader's visit a town's text names ------------------------------------


def test_a_street_of_a_city_with_no_counties_naming_its_citys_committee_is_the_citys():
    text = ("南城街道2024年法治政府建设年度报告\n2024年,南城街道在东莞市委、市政府的坚强领导下,完善合法性审查机制。"
            "现将有关情况报告如下:\n一、主要工作\n全年化解矛盾纠纷130宗。\n")
    assert read(text, "region") == ("广东省", "东莞市", None)


def test_a_leaders_visit_to_a_city_a_towns_text_names_is_no_place_of_its_own():
    text = ("南口镇2024年法治政府建设年度报告\n2024年,南口镇深入学习习近平总书记到广东梅州视察重要讲话精神,完善合法性审查"
            "机制。现将有关情况报告如下:\n一、主要工作\n全年化解矛盾纠纷130宗。\n")
    assert read(text, "city") is None

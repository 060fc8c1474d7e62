"""National-level new areas (西咸新区, 雄安新区, 湘江新区 …), a development zone named after no division (洋浦经济开发区) and the zones a province runs itself (长白山保护开发区, 沈抚示范区, 宁东基地) place a text in the unit that holds each whole
(data/customary.tsv): the province of one spanning cities, else its city or the district it is; they are no name of
that unit (雄安新区管委会 is no body of 河北省).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import regions

_ZONE = ("2023年,{name}管委会坚持依法行政,全区行政复议机关新收案件120件。\n"
         "一、主要工作\n新区管委会健全重大行政决策程序,在全省率先推行涉企执法清单。\n")


@pytest.mark.parametrize(("name", "expected"), [
    ("西咸新区", ("陕西省", None, None)),  # spans 西安 and 咸阳: the province alone
    ("雄安新区", ("河北省", None, None)),
    ("赣江新区", ("江西省", None, None)),
    ("湘江新区", ("湖南省", "长沙市", None)),  # inside one city
    ("西海岸新区", ("山东省", "青岛市", "黄岛区")),  # the district it is
    ("洋浦经济开发区", ("海南省", "儋州市", None)),  # a development zone named after no division: the city holding it
    ("洋浦开发区", ("海南省", "儋州市", None)),
    ("长白山保护开发区", ("吉林省", None, None)),  # a zone the province runs across its cities: the province, not 长白县
    ("沈抚改革创新示范区", ("辽宁省", None, None)),
    ("沈抚示范区", ("辽宁省", None, None)),
    ("沈抚新区", ("辽宁省", None, None)),
    ("宁东能源化工基地", ("宁夏回族自治区", None, None)),
    ("宁东基地", ("宁夏回族自治区", None, None)),
    ("青禾新区", (None, None, None)),  # no such new area: nothing
])
def test_a_new_area_is_placed_in_the_unit_holding_it(name, expected):
    assert read(_ZONE.format(name=name), "region") == expected


def test_a_zone_a_province_runs_titling_its_report_is_no_county_its_name_opens_with():
    text = "长白山保护开发区管理委员会2022年法治政府建设情况报告\n2022年,管委会坚持依法行政,新收行政复议案件9件。\n"
    assert read(text, "region") == ("吉林省", None, None)


def test_a_new_area_named_in_a_citys_report_leaves_the_city():
    text = ("2023年,咸阳市人民政府坚持依法行政,全市行政复议机关新收案件120件,配合西咸新区开展执法协作。\n"
            "一、主要工作\n市政府健全重大行政决策程序。\n")
    assert read(text, "region") == ("陕西省", "咸阳市", None)


def test_a_new_area_that_is_a_district_stays_the_district():
    text = "2023年,浦东新区人民政府坚持依法行政,全区行政复议机关新收案件120件。\n一、主要工作\n区政府健全决策程序。\n"
    assert read(text, "region") == ("上海市", "上海市", "浦东新区")


@pytest.mark.parametrize(("text", "named"), [
    ("雄安新区管委会与保定市司法局座谈。", ["保定市"]),  # the area places a text, but names no unit
    ("浦东新区司法局与保定市司法局座谈。", ["浦东新区", "保定市"]),
])
def test_a_new_area_is_no_name_of_the_unit_holding_it(text, named):
    assert [mention.division.name for mention in regions.find_mentions(text)] == named


@pytest.mark.parametrize(("name", "named"), [
    ("西咸新区", []),  # a new area lies in 陕西省 without naming it
    ("洋浦经济开发区", []),  # …a zone in 儋州市
    ("沈抚示范区", []),  # …a pilot zone in 辽宁省
    ("宁东基地", []),  # …a base in 宁夏回族自治区
    ("浦东新区", ["浦东新区"]),
    ("巴州", ["巴州区", "巴音郭楞蒙古自治州"]),  # a customary name names its units
])
def test_divisions_named_by_a_new_area_are_none(name, named):
    assert [unit.name for unit in regions.divisions_named(name)] == named


def test_a_new_areas_title_names_no_issuer():
    """西咸新区 opening a title places the report, but is no body's name (nor is the holding province the author)."""
    text = "西咸新区2023年度法治政府建设工作报告\n\n2023年,新区法治政府建设工作在党工委领导下,积极开展省级法治政府示范创建。\n"
    assert read(text, "issuer") is None
    assert read(text, "region") == ("陕西省", None, None)


@pytest.mark.parametrize(("text", "expected"), [
    # a bay named after a place (杭州湾) is no mention of it, nor is a zone named after the bay
    ("宁波杭州湾新区2024年法治政府建设情况报告\n2024年,杭州湾新区深入学习贯彻习近平法治思想,全区行政复议机关新收案件120件。\n",
     ("浙江省", "宁波市", None)),
    ("2024年,青岛市司法局推进胶州湾沿岸执法协作,全市行政复议机关新收案件120件。\n", ("山东省", "青岛市", None)),
    # …the place named alone still is
    ("2024年,杭州市司法局推进执法协作,全市行政复议机关新收案件120件。\n", ("浙江省", "杭州市", None)),
])
def test_a_bay_named_after_a_place_names_no_place(text, expected):
    assert read(text, "region") == expected


@pytest.mark.parametrize(("hint", "code"), [("杭州湾新区2024年工作报告", None), ("杭州2024年工作报告", "330100")])
def test_a_bay_in_a_hint_names_no_place(hint, code):
    assert regions.resolve("坚持依法行政。", [hint]).code == code

"""Where a place's name places a report: not inside the name of a street, a lane or an estate named after a
city (南京街, 宁波巷, 杭州大道, 苏州小区), while a report of the city itself, or a place's own streets (慈溪街头),
still places it. Every sentence below is written for these tests; bodies and figures are made up (the places
are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest

from lawreport import extract, regions


def _place(text: str) -> tuple[str | None, str | None, str | None] | None:
    region = extract(text).region
    return (region.province, region.city, region.county) if region and region.code else None


# --- a street, a lane or an estate named after a city ---------------------------------------------

@pytest.mark.parametrize("text", [
    "2024年法治政府建设情况报告\n2024年，街道在南京街开展普法宣传，南京街沿线商户法治宣传全覆盖。",
    "宁波巷社区2024年法治建设工作总结\n2024年，宁波巷社区开展普法宣传12场。",
    "杭州大道社区2024年工作总结\n2024年，社区开展普法宣传8场。",
    "苏州小区业委会2024年工作总结\n2024年，业委会开展普法宣传3场。",
    "成都胡同社区2024年工作总结\n2024年，社区开展普法宣传5场。",
])
def test_a_street_lane_or_estate_named_after_a_city_places_nothing(text):
    assert _place(text) is None


@pytest.mark.parametrize(("text", "city"), [
    ("南京2024年法治政府建设情况报告\n2024年，全市坚持依法行政。", "南京市"),
    ("南京市2024年法治政府建设情况报告\n2024年，南京市坚持依法行政。", "南京市"),
    ("宁波街巷处处见法治\n2024年3月，市司法局开展普法宣传。", "宁波市"),
])
def test_the_city_itself_is_still_placed(text, city):
    place = _place(text)
    assert place is not None and place[1] == city


def test_a_street_named_after_a_city_the_text_names_once_is_no_short_mention_of_it():
    text = ("2024年法治政府建设情况报告\n2024年，街道赴南京市学习基层治理经验。南京街沿线商户普法全覆盖，南京街两侧店铺"
            "签订承诺书，南京巷社区、南京街社区开展法治讲座。")
    assert _place(text) is None


def test_a_places_own_streets_name_it():
    assert _place("慈溪街头：普法宣传进万家\n2024年3月，市司法局开展普法宣传。") == ("浙江省", "宁波市", "慈溪市")


@pytest.mark.parametrize("hint", ["南京街社区工作总结", "宁波巷社区工作总结", "杭州大道社区工作总结", "苏州小区工作总结"])
def test_a_hint_naming_a_street_after_a_city_names_no_place(hint):
    assert regions.resolve("坚持依法行政。", [hint]).code is None


def test_the_catalogs_street_words_decide(use_catalog):
    assert regions.resolve("坚持依法行政。", ["宁波巷社区工作总结"]).code is None
    use_catalog(lambda text: text.replace("street_after_place = '街(?![头面巷道])|巷|", "street_after_place = '街(?![头面巷道])|", 1))
    assert regions.resolve("坚持依法行政。", ["宁波巷社区工作总结"]).code == "330200"


# --- a short name the division table gives to another unit, after its parent's name -------------------

@pytest.mark.parametrize(("text", "place"), [
    ("北京朝阳法院发布2024年行政审判白皮书\n2024年，全区行政机关负责人出庭应诉率100%。", ("北京市", "北京市", "朝阳区")),
    ("长春朝阳2024年法治政府建设情况报告\n2024年，全区坚持依法行政。", ("吉林省", "长春市", "朝阳区")),
    ("湖南资阳2024年法治政府建设情况报告\n2024年，全区坚持依法行政。", ("湖南省", "益阳市", "资阳区")),
    ("天津河北2024年法治政府建设情况报告\n2024年，全区坚持依法行政。", ("天津市", "天津市", "河北区")),
])
def test_a_short_name_after_a_parent_it_is_not_inside_is_the_parents_unit_of_that_name(text, place):
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("辽宁朝阳2024年法治政府建设情况报告\n2024年，全市坚持依法行政。", ("辽宁省", "朝阳市", None)),
    ("四川资阳2024年法治政府建设情况报告\n2024年，全市坚持依法行政。", ("四川省", "资阳市", None)),
    ("浙江慈溪2024年法治政府建设情况报告\n2024年，全市坚持依法行政。", ("浙江省", "宁波市", "慈溪市")),
    ("荣昌2024年法治政府建设情况报告\n2024年，全区坚持依法行政。", ("重庆市", "重庆市", "荣昌区")),
])
def test_a_short_name_inside_its_parent_or_alone_stays_its_own_unit(text, place):
    assert _place(text) == place


def test_a_short_name_after_a_place_with_no_unit_of_that_name_stays_unsettled():
    assert _place("上海朝阳2024年法治政府建设情况报告\n2024年，全区坚持依法行政。") is None


# --- a short name that reads as the text calling its own place (全州: the whole prefecture) -----------

@pytest.mark.parametrize("text", [
    "2024年法治政府建设工作情况报告\n2024年，全州各级行政机关坚持依法行政，全州共办理行政复议案件120件。",
    "全州2024年法治政府建设工作综述\n2024年，全州各级行政机关坚持依法行政。",
    ("2024年法治政府建设工作情况报告\n2024年，州司法局赴全州县学习。全州各级行政机关坚持依法行政，全州共办理行政复议案件"
     "120件，全州调解案件300件，全州法律援助100件。"),
])
def test_the_whole_prefecture_is_no_county_named_like_it(text):
    assert _place(text) is None


@pytest.mark.parametrize("text", [
    "2024年法治政府建设工作情况报告\n2024年，全州县各级行政机关坚持依法行政。",
    "全州县司法局2024年法治政府建设工作情况报告\n2024年，局机关坚持依法行政。",
])
def test_the_county_named_in_full_is_placed(text):
    assert _place(text) == ("广西壮族自治区", "桂林市", "全州县")


def test_a_prefectures_own_words_follow_the_catalogs_prefixes(use_catalog):
    assert regions.resolve("", ["全州工作综述"]).code is None
    use_catalog(lambda text: text.replace('own_place_prefixes = ["我", "全", "本", "该"]',
                                          'own_place_prefixes = ["我", "本", "该"]', 1))
    assert regions.resolve("", ["全州工作综述"]).county == "全州县"


# --- a page's browser title: the column and the site after the title, or the page's date ---------------

_BROWSER_TITLED = ("青松路街道2024年法治政府建设情况报告_街镇文件_上海市宝山区人民政府门户网站\n\n"
                   "青松路街道2024年法治政府建设情况报告\n\n"
                   "2024年，青松路街道按照《上海法治政府建设规划》要求，坚持依法行政。全年开展学法活动12次。")


def test_a_browser_titles_column_and_site_are_no_part_of_the_title():
    report = extract(_BROWSER_TITLED)
    assert report.title == "青松路街道2024年法治政府建设情况报告"


def test_the_site_after_a_browser_title_places_the_page():
    assert _place(_BROWSER_TITLED) == ("上海市", "上海市", "宝山区")


@pytest.mark.parametrize(("text", "title"), [
    (("2024年度青松路街道法治政府建设工作报告 2024-12-12\n\n区法治政府建设工作领导小组办公室：\n\n"
      "2024年，街道坚持依法行政。现将工作情况报告如下："), "2024年度青松路街道法治政府建设工作报告"),
    ("青禾县2024年法治政府建设情况报告\n\n2024年，全县坚持依法行政。", "青禾县2024年法治政府建设情况报告"),
    ("关于建设法治宣传网的情况报告\n\n2024年，全县坚持依法行政。", "关于建设法治宣传网的情况报告"),
])
def test_a_pages_date_after_its_title_is_no_part_of_it(text, title):
    assert extract(text).title == title

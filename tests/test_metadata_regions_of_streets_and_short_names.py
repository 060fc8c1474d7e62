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


def test_a_places_own_streets_name_it():
    assert _place("慈溪街头：普法宣传进万家\n2024年3月，市司法局开展普法宣传。") == ("浙江省", "宁波市", "慈溪市")


@pytest.mark.parametrize("hint", ["南京街社区工作总结", "宁波巷社区工作总结", "杭州大道社区工作总结", "苏州小区工作总结"])
def test_a_hint_naming_a_street_after_a_city_names_no_place(hint):
    assert regions.resolve("坚持依法行政。", [hint]).code is None


def test_the_catalogs_street_words_decide(use_catalog):
    assert regions.resolve("坚持依法行政。", ["宁波巷社区工作总结"]).code is None
    use_catalog(lambda text: text.replace("street_after_place = '街(?![头面巷道])|巷|", "street_after_place = '街(?![头面巷道])|", 1))
    assert regions.resolve("坚持依法行政。", ["宁波巷社区工作总结"]).code == "330200"

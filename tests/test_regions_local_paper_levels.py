"""A local paper's item is placed by the paper at the level the item speaks of: a city's paper reporting its province's
news (我省…) places it in the province, not in the paper's city; one saying 我市 places it in the city, or in the county
of the city whose body the lead opens with, the item's actor (泌阳县人民法院发布…,该院是我市首家…).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ITEM = ("调解品牌多点开花 去年化解矛盾纠纷3.2万件\n\n常德日报\n\n{own}新增12个人民调解品牌\n\n"
         "4日,记者从新闻发布会获悉,{own}去年共排查化解矛盾纠纷3.2万件,调解成功率达98%。\n")


@pytest.mark.parametrize(("own", "expected"), [
    ("我省", ("湖南省", None, None)),
    ("我市", ("湖南省", "常德市", None)),
])
def test_a_local_papers_item_is_placed_at_the_level_it_speaks_of(own, expected):
    assert read(_ITEM.format(own=own), "region") == expected


def test_a_provinces_paper_speaking_of_its_province_places_the_item_there():
    assert read(_ITEM.format(own="我省").replace("常德日报", "湖南日报"), "region") == ("湖南省", None, None)


_COUNTY_COURT_ITEM = ("基层法院首次发布行政审判白皮书\n驻马店日报\n\n{lead}\n"
                      "白皮书显示,全年行政机关负责人出庭应诉率为86%。\n")


@pytest.mark.parametrize(("lead", "expected"), [
    ("3月12日,泌阳县人民法院召开新闻发布会,发布2023年度行政审判白皮书。据了解,该院是我市第一家发布此类白皮书的基层法院。",
     ("河南省", "驻马店市", "泌阳县")),
    ("3月12日,记者从市中级人民法院获悉,今年我市法院共受理行政案件900件,其中泌阳县人民法院受理132件。",
     ("河南省", "驻马店市", None)),  # the city's whole, one county its part: the city's item
])
def test_a_city_papers_item_on_a_county_body_is_the_county_s(lead, expected):
    assert read(_COUNTY_COURT_ITEM.format(lead=lead), "region") == expected


"""A local paper's item is placed by the paper at the level the item speaks of: a city's paper reporting its province's
news (我省…) places it in the province, not in the paper's city; one saying 我市 places it in the city.

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

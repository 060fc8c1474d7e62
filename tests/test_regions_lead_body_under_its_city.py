"""A lead's body named with its city before its county (近年来,某市某区司法局…): the body is the county's.

A news item or an account of the years names its actor once in its lead; the place the item is about is that body's,
the last place its name writes, not the city its name opens with. A city's own body so named stays the city's. Every
sentence is written for these tests (invented figures; real places, which the region rules read).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read


@pytest.mark.parametrize("label,text,expected", [
    ("an account of the years led by a district's bureau under its city",
     "近年来,绵阳市涪城区司法局立足职能,积极化解矛盾纠纷,共调解纠纷416件。\n", ("四川省", "绵阳市", "涪城区")),
    ("a news item led by a district's government under its city",
     "本报讯 近日,遵义市汇川区人民政府召开会议,今年以来共收到行政复议申请58件。\n", ("贵州省", "遵义市", "汇川区")),
    ("…and by a county's court",
     "近日,南阳市卧龙区人民法院发布行政审判白皮书,去年共受理行政诉讼案件73件。\n", ("河南省", "南阳市", "卧龙区")),
    # A city's own body leads: the city's, no county.
    ("a city's bureau leads", "近日,绵阳市司法局召开会议,今年以来共调解纠纷416件。\n", ("四川省", "绵阳市", None)),
    ("a city's intermediate court leads",
     "近日,南阳市中级人民法院发布行政审判白皮书,去年共受理行政诉讼案件73件。\n", ("河南省", "南阳市", None)),
])
def test_the_lead_body_places_the_item_at_its_own_level(label, text, expected):
    assert read(text, "region") == expected, label


def test_a_provinces_item_opening_on_a_countys_bureau_is_not_the_countys():
    text = "近日,绵阳市涪城区司法局调解员化解一起邻里纠纷。\n今年以来,全省各级调解组织共调解纠纷15万件,全省调解成功率98%。\n"
    assert read(text, "county") is None

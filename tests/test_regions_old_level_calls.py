"""A unit renamed to another level (撤县设市: 祁阳县 now 祁阳市, 邵东县 now 邵东市; 茌平县 now 茌平区) that a text names by
its old name calls its own place by the old level (全县, 我县): that call is the unit's, as a call by its present level
is, where a news item names it once as the bureau the reporter has the news from. A unit named by its present name
keeps only its present level's call.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SOURCE_NEWS = ("去年{whole}调解成功率达98.1%\n发布时间:2024-02-20 09:10  来源:某某网\n"
                "本报讯 记者日前从{body}获悉,去年{whole}各级调解组织共调解矛盾纠纷2860件,调解成功率达98.1%。\n")


@pytest.mark.parametrize("body, whole, expected", [
    ("湖南省祁阳县司法局", "全县", ("湖南省", "永州市", "祁阳市")),
    ("湖南省邵东县司法局", "全县", ("湖南省", "邵阳市", "邵东市")),
    ("祁阳县司法局", "全县", ("湖南省", "永州市", "祁阳市")),
    ("湖南省祁陽縣司法局", "全縣", ("湖南省", "永州市", "祁阳市")),  # traditional script
    ("山东省茌平县司法局", "全县", ("山东省", "聊城市", "茌平区")),
    # a county never renamed: as before
    ("湖南省宁远县司法局", "全县", ("湖南省", "永州市", "宁远县")),
    # the present name with its present level's call: as before
    ("湖南省邵东市司法局", "全市", ("湖南省", "邵阳市", "邵东市")),
])
def test_an_old_name_calls_its_place_by_the_old_level(body, whole, expected):
    assert read(_SOURCE_NEWS.format(body=body, whole=whole), "region") == expected


@pytest.mark.parametrize("body, whole", [
    # the present name (a city) with a county's call: the call is no one's it names
    ("湖南省邵东市司法局", "全县"),
    # the old name with a call of neither level
    ("湖南省祁阳县司法局", "全区"),
])
def test_a_call_of_a_level_the_name_never_had_places_only_the_province(body, whole):
    assert read(_SOURCE_NEWS.format(body=body, whole=whole), "region") == ("湖南省", None, None)

"""A province's text calling itself 全省 and naming no unit in full nor its province's short name, which lists its cities by
their short names (嘉兴、湖州、绍兴三地法院…: regions._province_of_listed_cities), is the province's that all the cities
listed are of; cities of two provinces listed, or one city's short name said in passing, name none.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "行政审判工作情况通报(2024年度)\n"

REGIONS = [
    ("cities of one province listed after a sentence", _TITLE + "2024年,全省法院共受理一审行政案件12345件。其中,嘉兴、湖州、"
     "绍兴三地法院受理4321件。\n", ("浙江省", None, None)),
    ("…two of them, in a later part", _TITLE + "一、基本情况\n2024年,全省法院共受理一审行政案件12345件。\n二、主要特点\n"
     "案件分布不均衡,徐州、连云港两地增幅较大。\n", ("江苏省", None, None)),
    ("cities of two provinces", _TITLE + "2024年,全省法院共受理一审行政案件12345件。其中,嘉兴、徐州两地增幅较大。\n",
     (None, None, None)),
    ("one city said in passing", _TITLE + "2024年,全省法院共受理一审行政案件12345件。其中,嘉兴增幅较大。\n",
     (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), REGIONS, ids=[c[0] for c in REGIONS])
def test_listed_cities_name_their_province(case, text, expected):
    assert read(text, "region") == expected

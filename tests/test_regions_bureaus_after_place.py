"""Region families of real pages: a county's bureau named by the short forms of both, its place before its
department (天台人社局, 鄞州市场监管局), names the county as its full name would (天台县人力资源和社会保障局).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.catalog import get_catalog
from lawreport.regions import find_mentions

_BUREAU_NEWS = ("{opening}立足部门职能,连续3年实现行政诉讼“零败诉”,位居{city}前列。今年以来,办理行政复议案件12件,"
                "向全县28个服务网点推广业务知识库,在全县部门考核中位居第一。\n")

CASES = [
    ("a bureau its county's and its department's short names make names the county",
     _BUREAU_NEWS.format(opening="浙江天台人社局", city="台州市"), ("浙江省", "台州市", "天台县")),
    ("…written in the traditional script", _BUREAU_NEWS.format(opening="浙江天臺人社局", city="臺州市"),
     ("浙江省", "台州市", "天台县")),
    ("…another department's", _BUREAU_NEWS.format(opening="浙江鄞州市场监管局", city="宁波市"),
     ("浙江省", "宁波市", "鄞州区")),
    ("the county's short name before the department's work names nothing",
     _BUREAU_NEWS.format(opening="浙江天台人社部门", city="台州市"), ("浙江省", "台州市", None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_regions_of_bureaus_named_short(case, text, expected):
    assert read(text, "region") == expected


def test_the_bureaus_are_the_catalogs():
    assert "人社局" in get_catalog().lexicon.bodies_after_place


@pytest.mark.parametrize(("text", "named"), [
    ("今年,天台人社局开通工伤认定绿色通道。", ["天台县"]),
    ("鄞州市场监管局开展食品安全执法检查。", ["鄞州区"]),
    ("今年除天台人社局外,其他部门均已完成。", []),  # inside a phrase, where no bureau's name starts
    ("县人社局会同公安局开展联合执法。", []),  # 会同 (together with) is an everyday word, no county's
])
def test_a_short_name_names_a_bureau_where_the_bureaus_name_starts(text, named):
    assert [mention.division.name for mention in find_mentions(text)] == named

"""Institutions: a level word closing a unit's short name (杭州, 广州, 开州) names no unit of the report's where the
report's units have none of that level: 杭州互联网法院 in a district's report is no 州's court, cut from its city's name;
in a prefecture's report, and where the report's unit is not known, the level word stays (召开州委常委会)."""

from __future__ import annotations

import pytest
from conftest import bodies

DISTRICT = "310113"  # 宝山区, 上海市
PREFECTURE = "422800"  # 恩施土家族苗族自治州


@pytest.mark.parametrize("sentence", [
    "。参照杭州互联网法院的做法",
    "。广州知识产权法院审结案件",
    "，郑州仲裁委员会受理",
    "。召开州委常委会会议",  # no prefecture in a district's report
])
def test_no_level_word_cut_from_a_short_name(sentence):
    assert not [name for name in bodies(sentence, DISTRICT) if name.startswith("州")]


@pytest.mark.parametrize("sentence, code, canonical", [
    ("。召开州委常委会会议", PREFECTURE, "中共恩施土家族苗族自治州委常委会"),
    ("。召开州委常委会会议", None, None),
    ("。召开区委常委会会议", DISTRICT, "中共宝山区委常委会"),
])
def test_the_level_word_stays_where_the_report_has_that_level_or_is_not_placed(sentence, code, canonical):
    found = bodies(sentence, code)
    assert [f.canonical for f in found.values()] == [canonical]

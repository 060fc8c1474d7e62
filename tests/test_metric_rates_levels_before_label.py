"""Levels of government counted together before a rate's label, listed whole and sharing one value (县、乡两级调解成功率
均达到100%, 市县乡三级…纠错率均为…): where the report's own level is the highest listed, the value is the report's
headline value; where a level above it is listed (市、县两级 in a county's report: the city's too), the figure is of a
place above the report's own, as one after 全市 is, kept as a rate and no headline value, where the figure is
their pooled one; not where each level is said to have it (市、县两级…均达100%: the report's own level too) nor where
it is a target they are to reach (…要达到100%). Levels below the report's
own alone (乡、村两级) or one such level (乡镇调解成功率) stay what they were: a sub-unit's figure, the headline value
where no whole is said.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport.metrics import own_level

_COUNTY = own_level("湖北省", "南川市", "青岭县")
_DISTRICT = own_level("湖北省", "南川市", "东湖区")
_CITY = own_level("湖北省", "南川市", None)


@pytest.mark.parametrize("text, level, key, value", [
    ("全县人民调解工作扎实开展,县、乡两级调解成功率均达到100%。", _COUNTY, "mediation_success_rate", 100),
    ("2024年,全县县乡村三级人民调解成功率均为98.7%。", _COUNTY, "mediation_success_rate", 98.7),
    ("全区依法行政水平稳步提升,区、街道两级行政机关负责人出庭应诉率均为100%。", _DISTRICT, "head_appearance_rate", 100),
    ("全市行政复议工作有序开展,2024年市县两级行政复议纠错率均为9.6%。", _CITY, "reconsideration_correction_rate", 9.6),
])
def test_levels_listed_from_the_reports_own_down_share_its_headline_value(text, level, key, value):
    assert [(k, v) for k, v, *_ in facts(text, level=level)] == [(key, value)]


@pytest.mark.parametrize("text, level, label, value", [
    ("全县人民调解工作扎实开展,市、县两级调解成功率达到99.1%。", _COUNTY, "市、县两级调解成功率", 99.1),
    ("全县行政复议工作有序开展,市县乡三级行政复议纠错率7.5%。", _COUNTY, "市县乡三级行政复议纠错率", 7.5),
    ("全区依法行政水平稳步提升,市、区两级行政机关负责人出庭应诉率为96.4%。", _DISTRICT, "市、区两级行政机关负责人出庭应诉率",
     96.4),
    ("全市依法行政水平稳步提升,全年省市县三级负责人出庭应诉率达93%。", _CITY, "省市县三级负责人出庭应诉率", 93),
])
def test_levels_pooled_above_the_reports_own_are_no_headline_value(text, level, label, value):
    assert facts(text, level=level) == []
    assert read(text, 2024, level=level)[1] == [(label, value)]


@pytest.mark.parametrize("text, level, fact", [
    # each level listed reached it (均, 都, 全部): the report's own level too, its headline value
    ("全县依法行政水平稳步提升,市、县两级行政机关负责人出庭应诉率均达100%。", _COUNTY,
     ("head_appearance_rate", 100, 2024, False)),
    ("全县人民调解工作扎实开展,省、市、县三级调解成功率都在98.2%。", _COUNTY, ("mediation_success_rate", 98.2, 2024, False)),
    ("全市依法行政水平稳步提升,省市两级行政机关负责人出庭应诉率全部为100%。", _CITY,
     ("head_appearance_rate", 100, 2024, False)),
    ("全区依法行政水平稳步提升,市、区两级行政机关负责人出庭应诉率均为100%。", _DISTRICT,
     ("head_appearance_rate", 100, 2024, False)),
    # a target the levels are to reach: each one's, the report's own too
    ("全县依法行政水平稳步提升。2025年,市县两级行政机关负责人出庭应诉率要达到100%。", _COUNTY,
     ("head_appearance_rate", 100, 2025, True)),
])
def test_levels_above_the_reports_own_each_reaching_or_set_a_target_keep_the_headline(text, level, fact):
    assert facts(text, level=level) == [fact]


@pytest.mark.parametrize("text", [
    "全县人民调解工作扎实开展,乡、村两级调解成功率均为97.5%。",  # below the county alone: a sub-unit's, no whole said
    "全县人民调解工作扎实开展,乡镇调解成功率为97.5%。",
])
def test_levels_below_the_reports_own_keep_their_reading(text):
    assert [(k, v) for k, v, *_ in facts(text, level=_COUNTY)] == [("mediation_success_rate", 97.5)]

"""Figures of an example of one place or unit (以…为例, 比如, 如…镇) inside a report on a larger area, as reports
write them.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport import extract


# An example's counts and rates are a part of the area's, like a sub-unit's: where the report states the area's
# figure of the key and year, before the example or after it, only that figure is read.
@pytest.mark.parametrize("text, expected", [
    ("全县调解矛盾纠纷2870件,调解成功率97.6%。以石门乡为例,全年调解纠纷140件,调解成功率达99.3%。",
     [("mediation_cases", 2870, 2024, False), ("mediation_success_rate", 97.6, 2024, False)]),
    ("以石门乡为例,全年调解纠纷140件,调解成功率达99.3%。全县调解矛盾纠纷2870件,调解成功率97.6%。",
     [("mediation_cases", 2870, 2024, False), ("mediation_success_rate", 97.6, 2024, False)]),
    ("全县共化解矛盾纠纷3120件。比如,柳营镇组建调解队,全年化解矛盾纠纷66件,调解成功率98.5%。",
     [("mediation_cases", 3120, 2024, False), ("mediation_success_rate", 98.5, 2024, False)]),
    ("全年调解纠纷2870件(如青山镇调解纠纷73件)。", [("mediation_cases", 2870, 2024, False)]),
])
def test_an_examples_figures_give_way_to_the_areas(text, expected):
    assert facts(text) == expected


# Where the report states no figure of the area for the key, the example's is the one figure of it (a sub-unit's
# figure stated alone is the headline fact).
@pytest.mark.parametrize("text, expected", [
    ("以城东街道为例,全年调解纠纷95件,调解成功率98.9%。",
     [("mediation_cases", 95, 2024, False), ("mediation_success_rate", 98.9, 2024, False)]),
    ("如青山镇聘请法律顾问参与调解,全年调解纠纷73件,调解成功率97.3%。",
     [("mediation_cases", 73, 2024, False), ("mediation_success_rate", 97.3, 2024, False)]),
])
def test_an_example_alone_gives_its_figures(text, expected):
    assert facts(text) == expected


# 如 that opens no place's name (如期, 如实), or an example after the figure, leaves the figure the area's.
@pytest.mark.parametrize("text, expected", [
    ("如期办结行政复议案件55件,纠错率10.9%。",
     [("reconsideration_closed", 55, 2024, False), ("reconsideration_correction_rate", 10.9, 2024, False)]),
    ("全年调解纠纷1460件,调解成功率98.1%,以枫林镇为代表的调解品牌持续打响。",
     [("mediation_cases", 1460, 2024, False), ("mediation_success_rate", 98.1, 2024, False)]),
    ("全县调解矛盾纠纷2870件,如实登记率100%。", [("mediation_cases", 2870, 2024, False)]),
])
def test_no_example_leaves_the_figures(text, expected):
    assert facts(text) == expected


# A campaign's figures (开展…专项行动, 在“百日攻坚”行动中) are read as an example's: a part of the area's year where the
# report states that, before the campaign or after it; the one figure where it does not. Its stated rate gives way to
# the rate the area's two counts give, so that rate is derived from them.
_AREA = "全县共调处矛盾纠纷1200件,调处成功1150件。"
_CAMPAIGN = "开展矛盾纠纷集中排查专项行动,共排查纠纷262件,调处成功率达90%。"
_AREA_FACTS = [("mediation_cases", 1200, 2024, False), ("mediation_succeeded", 1150, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    (_AREA + _CAMPAIGN, _AREA_FACTS),
    (_CAMPAIGN + "全年" + _AREA, _AREA_FACTS),
    (_AREA + "在“百日攻坚”行动中,化解矛盾纠纷86件。", _AREA_FACTS),
    (_AREA + "组织开展信访积案化解专项活动期间,调处纠纷40件。", _AREA_FACTS),
    ("对土地承包等热点问题进行了集中排查,共排查纠纷262件。全年" + _AREA, _AREA_FACTS),
    # an assault on a backlog, and a batch of old or hard cases sorted out
    ("县里开展积案化解攻坚,梳理疑难纠纷25件,化解成功率达88%;" + _AREA, _AREA_FACTS),
    ("各乡镇通过两项活动的开展,共梳理“三案”件数18件,成功调处率达90%;" + _AREA, _AREA_FACTS),
    (_AREA + "排查化解信访积案12件,化解成功率91.7%。", _AREA_FACTS),
])
def test_a_campaigns_figures_give_way_to_the_areas(text, expected):
    assert facts(text) == expected


def test_the_areas_rate_is_derived_beside_a_campaigns():
    record = extract("2024年,全县法治政府建设情况报告\n" + _AREA + _CAMPAIGN)
    assert [(m.key, m.value, m.derived) for m in record.metrics if m.key == "mediation_success_rate"] \
        == [("mediation_success_rate", 95.83, True)]


@pytest.mark.parametrize("text, expected", [
    # alone, the campaign's figures are the one figures of their keys
    (_CAMPAIGN, [("mediation_cases", 262, 2024, False), ("mediation_success_rate", 90, 2024, False)]),
    # the area's whole named after the campaign makes the figures the area's
    ("开展矛盾纠纷集中排查专项行动,全县共调处矛盾纠纷1200件,调处成功率达96%。" + _CAMPAIGN.replace("集中排查", "重点"),
     [("mediation_cases", 1200, 2024, False), ("mediation_success_rate", 96, 2024, False)]),
    # alone, a batch's and an assault's figures are the one figures there are
    ("各镇梳理疑难纠纷25件,化解成功率达88%。", [("mediation_cases", 25, 2024, False), ("mediation_success_rate", 88, 2024, False)]),
    ("开展积案化解攻坚,调处纠纷40件。", [("mediation_cases", 40, 2024, False)]),
    # a count of disputes sorted out that names no batch of old or hard ones is the area's
    (_AREA + "梳理排查矛盾纠纷300件,调处成功率达90%。",
     [("mediation_cases", 300, 2024, False), *_AREA_FACTS, ("mediation_success_rate", 90, 2024, False)]),
    # the year's work said as a campaign without 专项 is none
    (_AREA + "深入开展矛盾纠纷排查化解活动,调处纠纷262件,调处成功率达90%。",
     [("mediation_cases", 262, 2024, False), *_AREA_FACTS, ("mediation_success_rate", 90, 2024, False)]),
])
def test_a_campaign_alone_or_naming_the_area_keeps_its_figures(text, expected):
    assert facts(text) == expected


# An area's total of many years (read for no one year) is the whole an example's year is a part of: the example's
# figure gives way to it, as to the year's.
@pytest.mark.parametrize("text, expected", [
    ("2023年至2024年全县累计调解矛盾纠纷5100件。以石门乡为例,2024年调解纠纷140件。",
     [("mediation_cases", 5100, None, False)]),
    ("以石门乡为例,2024年调解纠纷140件。近两年来全县累计调解矛盾纠纷5100件。",
     [("mediation_cases", 5100, None, False)]),
])
def test_an_examples_figure_gives_way_to_the_areas_total_of_many_years(text, expected):
    assert facts(text) == expected

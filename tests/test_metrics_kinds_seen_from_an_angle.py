"""A breakdown opened by the angle it is seen from (从纠纷类型看, 从案件类别上看, 按纠纷类型分) sorts the total said
before into kinds, as one opened by 其中 does: the kinds are parts, no second headline count; a kind said alone stays
the one figure there is. So does a list of kinds' counts opened by nothing, numbered or not ((一)婚姻家庭纠纷…;(二)…,
1、…;2、…, 主要类型:…, a page's text broken inside the list): each kind named alone before the noun of disputes, another
kind's count next to it, is one item of a breakdown, of the total said before or of one not said; with its verb, the
first item of such a list is too (调解婚姻家庭纠纷646件、邻里纠纷…). Levels' counts (村级…,镇级…) are summed apart.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

MC, MS = "mediation_cases", "mediation_succeeded"


@pytest.mark.parametrize("text, expected", [
    ("全年调解纠纷820件,调解成功812件。从纠纷类型看,婚姻家庭纠纷210件,邻里纠纷180件。",
     [(MC, 820, 2024, False), (MS, 812, 2024, False)]),
    ("全县调解纠纷640件。按纠纷类型分,婚姻家庭纠纷150件,邻里纠纷120件,物业纠纷60件。", [(MC, 640, 2024, False)]),
    ("全镇调解矛盾纠纷310件。从纠纷类别上看,土地纠纷95件,邻里纠纷88件。", [(MC, 310, 2024, False)]),
])
def test_the_kinds_of_a_breakdown_are_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年调解婚姻家庭纠纷210件。", [(MC, 210, 2024, False)]),
    # an angle that sorts by no kind (从全年看: the year's) opens no breakdown
    ("全年调解纠纷820件,调解成功812件。从全年看,调解婚姻家庭纠纷210件。",
     [(MC, 210, 2024, False), (MC, 820, 2024, False), (MS, 812, 2024, False)]),
])
def test_what_is_no_breakdown(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县共受理纠纷930件,调解成功921件。(一)婚姻家庭纠纷402件;(二)邻里纠纷311件;(三)合同纠纷17件。",
     [(MC, 930, 2024, False), (MS, 921, 2024, False)]),
    ("全县共受理纠纷930件,调解成功921件。1、婚姻家庭纠纷402件;2、邻里纠纷311件;3、宅基地纠纷17件。",
     [(MC, 930, 2024, False), (MS, 921, 2024, False)]),
    ("各调委会共调解纠纷930件,调解成功921件。主要类型:婚姻家庭纠纷402件,山林土地纠纷311件,村务管理纠纷57件。",
     [(MC, 930, 2024, False), (MS, 921, 2024, False)]),
    # a page's text broken inside the list: the line goes on with the kinds after a count's tail
    (("(二)人民调解。全年共受理纠纷930件,调解成功921件,调解成功率为99%。其中婚姻家庭纠纷402件,邻里纠纷311件,计划生育"
      "纠纷1\n2、2 件,村务管理纠纷 57 件,环境卫生纠纷 19 件,其他纠纷 8 件。"),
     [(MC, 930, 2024, False), (MS, 921, 2024, False), ("mediation_success_rate", 99, 2024, False)]),
    # no total said: no kind's count stands for it
    ("全县人民调解组织调处涉及婚姻家庭纠纷402件、邻里纠纷311件。", []),
    ("全县共排查调解婚姻家庭纠纷402件、邻里纠纷311件、合同纠纷17件。", []),
])
def test_the_kinds_of_a_list_are_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind said alone, its verb or not
    ("全年调解婚姻家庭纠纷402件。", [(MC, 402, 2024, False)]),
    ("全年共调解纠纷930件,调解成功921件。", [(MC, 930, 2024, False), (MS, 921, 2024, False)]),
    # the whole before a kind's count is no kind's
    ("全年调解纠纷930件,婚姻家庭纠纷402件,邻里纠纷311件。", [(MC, 930, 2024, False)]),
])
def test_what_is_no_list_of_kinds(text, expected):
    assert facts(text) == expected


def test_the_levels_counts_are_summed_not_dropped():
    assert facts("全年成功调解村级矛盾纠纷64件,镇级矛盾纠纷21件。") == [("mediation_succeeded", 85, 2024, False)]

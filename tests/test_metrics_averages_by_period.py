"""Averages per period (季均, 周均, as 年均, 月均, 日均 and 平均每月) and a month's figure are no year's count, for any
count key.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "季均调解矛盾纠纷310件。",
    "周均受理矛盾纠纷34件。",
    "季均受理行政复议案件16件。",
    "周均办理法律援助案件12件。",
    "月均办理公证280件。",
    "平均每月受理行政复议案件12件。",
    # the successes of mediation, an average or a month's
    "全县人民调解组织年均成功调解矛盾纠纷1200余件。",
    "全县每月成功化解矛盾纠纷30余件。",
    # disputes screened, with the successes averaged too
    "全县年均排查矛盾纠纷3000件,年均调解成功2900件。",
    # corrections, heads' appearances, hearings, lawsuits lost and brought
    "行政复议案件年均纠错12件。",
    "行政机关负责人年均出庭应诉40件。",
    "年均开庭审理行政诉讼案件50件。",
    "行政诉讼案件年均败诉8件。",
    "全县年均提起行政诉讼的案件30件。",
    "一审行政案件收案持续上升,月均新收120件。",
])
def test_an_average_per_period_is_no_years_count(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    # 月均 is no 均 of every dispute counted before: no success of them all
    ("全年调解矛盾纠纷1200件,月均化解100件。", [("mediation_cases", 1200, 2024, False)]),
    ("全年共受理矛盾纠纷1200件,月均调解成功98件。", [("mediation_cases", 1200, 2024, False)]),
    # an average after disputes screened names no success of them
    ("全县排查矛盾纠纷300件,月均化解25件。", []),
])
def test_an_average_after_a_count_leaves_the_count_alone(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("今年以来,全县成功调解纠纷1020件。", [("mediation_succeeded", 1020, 2024, False)]),
    ("受理矛盾纠纷245件,均已调解成功。", [("mediation_cases", 245, 2024, False), ("mediation_succeeded", 245, 2024, False)]),
    ("全县排查矛盾纠纷56起,均已化解。", [("mediation_cases", 56, 2024, False), ("mediation_succeeded", 56, 2024, False)]),
    ("行政复议案件纠错12件,负责人出庭应诉40件,败诉8件。",
     [("head_appearances", 40, 2024, False), ("litigation_lost", 8, 2024, False),
      ("reconsideration_corrected", 12, 2024, False)]),
])
def test_a_years_count_with_no_average_stays(text, expected):
    assert facts(text) == expected


def test_the_years_count_beside_its_average_stays():
    assert facts("全年调解矛盾纠纷1240件,季均310件。") == [("mediation_cases", 1240, 2024, False)]

"""A norm's 原则上 (in principle) between a rate's label and its verb or bound (出庭应诉率原则上达到100%, 原则上不低于90%)
leaves the level or the bound: the rate is read whole, a target where a plan's goals say it.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

PLAN = "某市法治政府建设实施方案\n为深入推进依法行政,结合本市实际,制定本方案。\n一、主要目标\n"


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target, m.qualifier) for m in extract(text).metrics)


@pytest.mark.parametrize("text, expected", [
    (PLAN + "到2027年,被诉行政机关负责人出庭应诉率原则上达到100%。\n",
     [("head_appearance_rate", 100, 2027, True, None)]),
    (PLAN + "到2027年,行政机关负责人出庭应诉率原则上不低于95%。\n",
     [("head_appearance_rate", 95, 2027, True, "at_least")]),
    (PLAN + "到2027年,一审行政案件败诉率原则上控制在6%以内。\n",
     [("litigation_loss_rate", 6, 2027, True, "at_most")]),
])
def test_a_rate_said_in_principle_is_read_whole(text, expected):
    assert facts(text) == expected

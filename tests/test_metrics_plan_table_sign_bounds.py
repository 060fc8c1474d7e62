"""A plan's indicator table writes its goals as signed bounds (＜6, ＞95, ≦6, ≧95, <6%): each is the target of its
row's rate for the column's year, bounded as the sign says; the base year's column beside it is a level.

Every table here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract

PLAN = ("某市法治政府建设规划(2026-2030年)\n为深入推进依法行政,结合本市实际,制定本规划。\n"
        "序号 | 指标 | 2025年 | 2030年 | 属性\n"
        "1 | 行政诉讼败诉率(%) | 7.1 | {loss} | 预期性\n"
        "2 | 行政机关负责人出庭应诉率(%) | 93 | {heads} | 约束性\n")


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target, m.qualifier) for m in extract(text).metrics)


@pytest.mark.parametrize("loss, heads, strict", [
    ("＜6", "＞95", True),
    ("<6%", ">95%", True),
    ("≦6", "≧95", False),
])
def test_a_signed_goal_in_a_plan_table_is_the_rows_target(loss, heads, strict):
    below, above = ("less_than", "at_least") if strict else ("at_most", "at_least")
    assert facts(PLAN.format(loss=loss, heads=heads)) == [
        ("head_appearance_rate", 93, 2025, False, None), ("head_appearance_rate", 95, 2030, True, above),
        ("litigation_loss_rate", 6, 2030, True, below), ("litigation_loss_rate", 7.1, 2025, False, None)]


def test_a_signed_bound_in_a_sentence_is_a_target_bounded_so():
    assert facts("到2030年,全市一审行政诉讼败诉率<6%。") == [("litigation_loss_rate", 6, 2030, True, "less_than")]

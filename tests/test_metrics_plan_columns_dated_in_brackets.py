"""A plan's indicator table may date its columns in brackets after their words (现状值（2025年） | 目标值（2030年）): each
column's cells are of that year, the base column's levels reached and the goal column's targets, as with the year
before the words (2025年基期值 | 2030年目标值).

Every table here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract

PLAN = ("某县法治政府建设规划(2026-2030年)\n为深入推进依法行政,结合本县实际,制定本规划。\n"
        "指标名称 | {base} | {goal}\n"
        "行政机关负责人出庭应诉率（%） | 91 | 100\n"
        "人民调解成功率（%） | 97.2 | 98.4\n")


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


@pytest.mark.parametrize("base, goal", [
    ("现状值（2025年）", "目标值（2030年）"),
    ("基期值(2025年)", "目标值(2030年度)"),
    ("2025年基期值", "2030年目标值"),
])
def test_a_column_dated_in_brackets_dates_its_cells(base, goal):
    assert facts(PLAN.format(base=base, goal=goal)) == [
        ("head_appearance_rate", 91, 2025, False), ("head_appearance_rate", 100, 2030, True),
        ("mediation_success_rate", 97.2, 2025, False), ("mediation_success_rate", 98.4, 2030, True)]

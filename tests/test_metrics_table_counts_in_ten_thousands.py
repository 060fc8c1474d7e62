"""A table may note its counts in tens of thousands, in the row's label (法律援助案件数（万件） | 1.6) or in a unit column
(法律援助案件 | 万件 | 1.6): each figure is so many times ten thousand, of the key the label names, as 1.6万件 said in a
sentence is. The figures were lost.

Every table here is written for the test.
"""

from __future__ import annotations

from lawreport import extract

NOTED = ("某市公共法律服务发展规划(2026-2030年)\n为健全公共法律服务体系,制定本规划。\n"
         "指标名称 | 2025年基期值 | 2030年目标值 | 属性\n"
         "法律援助案件数（万件） | 1.6 | 2.05 | 预期性\n"
         "办理公证（万件） | 32 | 36 | 预期性\n")

UNIT_COLUMN = ("某市公共法律服务发展规划(2026-2030年)\n为健全公共法律服务体系,制定本规划。\n"
               "指标 | 单位 | 2025年 | 2030年 | 属性\n"
               "法律援助案件 | 万件 | 1.6 | 2.05 | 预期性\n"
               "人民调解成功率 | % | 96.5 | 98 | 预期性\n")

MONEY = ("某市公共法律服务发展规划(2026-2030年)\n为健全公共法律服务体系,制定本规划。\n"
         "指标 | 单位 | 2025年 | 2030年\n"
         "法律援助经费 | 万元 | 860 | 1000\n")


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


def test_counts_noted_in_ten_thousands_in_the_label_are_multiplied():
    assert facts(NOTED) == [
        ("legal_aid_cases", 16000, 2025, False), ("legal_aid_cases", 20500, 2030, True),
        ("notarizations", 320000, 2025, False), ("notarizations", 360000, 2030, True)]


def test_a_unit_column_of_ten_thousands_multiplies_its_row():
    assert facts(UNIT_COLUMN) == [
        ("legal_aid_cases", 16000, 2025, False), ("legal_aid_cases", 20500, 2030, True),
        ("mediation_success_rate", 96.5, 2025, False), ("mediation_success_rate", 98, 2030, True)]


def test_money_in_ten_thousands_is_no_count():
    assert facts(MONEY) == []

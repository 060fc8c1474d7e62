"""Measures on a page converted to markup: the bold marks around a lead sentence, a lead phrase or an item's first
clause (**强化…。**将…, **加强…**：…, 一是**…**，…) are no part of its title, and a lead phrase marked so still opens
with its measure verb."""

from __future__ import annotations

import pytest

from lawreport import extract

REPORT = ("白川县2024年法治政府建设情况报告\n"
          "{b}一、主要举措和成效{b}\n"
          "{b}（一）深化学习培训{b}\n"
          "{b}强化分层分类学习培训。{b}将习近平法治思想纳入党委理论学习中心组学习内容，全年开展专题学习5次。\n"
          "{b}加强基层法治宣传{b}：依托法治文化阵地开展宣讲18次，覆盖群众3000余人。\n"
          "{b}二、存在的问题{b}\n"
          "一是{b}执法人员专业素质有待提升{b}，部分人员法律知识储备不足，难以适应新形势下执法工作要求。\n"
          "二是普法形式较为单一。\n")


@pytest.mark.parametrize("b", ["**", "***", ""])
def test_bold_marks_are_no_part_of_a_measures_title(b):
    record = extract(REPORT.format(b=b))
    assert [(i.title, i.category) for i in record.initiatives] == [
        ("强化分层分类学习培训", "achievements"), ("加强基层法治宣传", "achievements"),
        ("执法人员专业素质有待提升", "shortcomings"), ("普法形式较为单一", "shortcomings")]


def test_a_star_standing_for_a_name_stays_in_a_title():
    """An anonymised copy writes a name as *: one star is the title's own, only the paired marks of bold are not."""
    record = extract(REPORT.format(b="").replace("一是执法人员", "一是*区执法人员"))
    assert record.initiatives[2].title == "*区执法人员专业素质有待提升"

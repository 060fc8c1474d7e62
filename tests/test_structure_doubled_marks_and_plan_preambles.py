"""A bracketed number a writer marks twice ((一)、…), and an untitled plan that names itself in its preamble
(…结合本县实际,制定本实施方案。): every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lawreport import extract


@pytest.mark.parametrize("mark", ["、", ".", ""])
def test_a_mark_after_a_bracketed_number_is_no_part_of_the_title(mark):
    text = (f"一、主要成效\n（一）{mark}健全依法决策机制\n全年审查重大决策18件。\n"
            f"（二）{mark}规范行政执法行为\n组织执法案卷评查两轮。\n"
            f"二、下一步工作\n（1）{mark}深化综合执法改革。年内组建执法队伍4支。\n")
    record = extract(text)
    assert [s.title for s in record.sections if s.level == 2] == ["健全依法决策机制", "规范行政执法行为", "深化综合执法改革"]
    assert [i.title for i in record.initiatives] == ["健全依法决策机制", "规范行政执法行为", "深化综合执法改革"]


_PLAN_BODY = ("一、深化依法行政\n（一）完善重大行政决策程序。年内出台决策事项目录。\n"
              "二、加强普法宣传\n组织法治宣传活动不少于30场。\n")


@pytest.mark.parametrize("preamble", [
    "为深入推进依法行政，结合本县实际，制定本实施方案。\n",
    "为扎实推进法治政府建设，结合工作实际，制定本工作要点。\n",
    "为推进法治乡村建设，制定本行动计划。\n",
])
def test_a_plan_naming_itself_in_its_preamble_plans_in_every_part(preamble):
    record = extract(preamble + _PLAN_BODY)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("深化依法行政", "plans"), ("加强普法宣传", "plans")]


def test_a_body_of_rules_naming_itself_in_its_preamble_makes_no_plan():
    record = extract("为规范行政执法公示工作，结合本县实际，制定本办法。\n" + _PLAN_BODY)
    assert "plans" not in [s.kind for s in record.sections if s.level == 1]


_REPORT_BODY = ("一、主要工作\n（一）完善重大行政决策程序。全年审查决策事项12件。\n"
                "二、存在的问题\n基层执法力量不足。\n")


def test_a_pages_trail_of_links_ending_in_a_plan_word_makes_no_plan():
    record = extract("当前位置: 首页 > 公开领域 > 城乡规划\n松岭县2024年法治政府建设情况报告\n" + _REPORT_BODY)
    assert [s.kind for s in record.sections if s.level == 1] == ["achievements", "shortcomings"]


def test_a_title_line_ending_in_a_plan_word_makes_a_plan():
    record = extract("松岭县法治宣传教育第八个五年规划\n" + _REPORT_BODY)
    assert [s.kind for s in record.sections if s.level == 1] == ["plans", "shortcomings"]


def test_a_part_framing_a_plan_plans_nothing():
    text = ("为推进依法行政，结合本县实际，制定本工作要点。\n一、制定依据\n根据上级部署制定。\n"
            "二、主要任务\n组织法治宣传活动不少于30场。\n三、制定过程\n征求各单位意见两轮。\n")
    record = extract(text)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("制定依据", "other"), ("主要任务", "plans"), ("制定过程", "other")]

"""Items enumerated by an ordinal and a comma (第一,…;第二,…), as 一是…二是… are: run into a paragraph or one a line."""

from __future__ import annotations

from lawreport import extract

OPENING = ("白川县2024年法治政府建设情况报告\n"
           "2024年，我县坚持以法治思维统筹推进各项工作，依法行政能力持续提升，现将有关情况报告如下。\n")


def _items(body: str) -> list[tuple[str, str]]:
    return [(i.title, i.category) for i in extract(OPENING + body).initiatives]


def test_ordinal_items_run_into_a_paragraph():
    assert _items("一、主要工作\n"
                  "（一）强化组织领导。第一，健全领导机制，成立法治建设领导小组。第二，压实主体责任，全年召开专题会议4次。\n"
                  "二、存在的问题\n"
                  "第一，执法力量不足，专业人员短缺。第二，普法形式单一，针对性不强。\n") == [
        ("健全领导机制，成立法治建设领导小组", "achievements"), ("压实主体责任，全年召开专题会议4次", "achievements"),
        ("执法力量不足，专业人员短缺", "shortcomings"), ("普法形式单一，针对性不强", "shortcomings")]


def test_ordinal_items_one_a_line():
    assert _items("三、下一步工作打算\n"
                  "第一，深化普法宣传，开展活动20场。\n"
                  "第二，加强队伍建设，培训执法人员100人次。\n") == [
        ("深化普法宣传，开展活动20场", "plans"), ("加强队伍建设，培训执法人员100人次", "plans")]


def test_an_ordinal_inside_a_clause_or_before_a_list_mark_is_no_item():
    """排名全省第一, ranks; 第一、第二季度 names two quarters."""
    assert _items("一、主要工作\n"
                  "（一）强化组织领导。全县依法行政考核排名全省第一，获评优秀等次。\n"
                  "（二）规范执法行为。第一、第二季度共开展执法检查12次，整改问题30项。\n") == [
        ("强化组织领导", "achievements"), ("规范执法行为", "achievements")]

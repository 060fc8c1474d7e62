"""A number a page sets apart on its own line, its item's text on the line below ((一) / 加强组织领导, ① / 基层执法力量
不足…): the two lines read as one, as the number and its text on one line do. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from lawreport import extract

_APART = ("一、主要举措和成效\n（一）\n加强组织领导\n县政府常务会议专题研究法治政府建设4次。\n"
          "（二）\n规范行政执法\n组织执法案卷评查两轮。\n"
          "二、存在的问题\n①\n基层执法力量不足。\n②\n普法宣传覆盖面不够。\n"
          "三、下一步工作\n1.\n深化综合执法改革。年内组建执法队伍4支。\n")
_ON_ONE_LINE = ("一、主要举措和成效\n（一）加强组织领导\n县政府常务会议专题研究法治政府建设4次。\n"
                "（二）规范行政执法\n组织执法案卷评查两轮。\n"
                "二、存在的问题\n①基层执法力量不足。\n②普法宣传覆盖面不够。\n"
                "三、下一步工作\n1.深化综合执法改革。年内组建执法队伍4支。\n")


def _outline(text: str) -> tuple[list[tuple[int, str, str]], list[tuple[str, str]]]:
    record = extract(text)
    return ([(s.level, s.title, s.kind) for s in record.sections],
            [(i.title, i.category) for i in record.initiatives])


def test_a_number_set_apart_numbers_the_line_below():
    sections, initiatives = _outline(_APART)
    assert sections == [
        (1, "主要举措和成效", "achievements"), (2, "加强组织领导", "achievements"), (2, "规范行政执法", "achievements"),
        (1, "存在的问题", "shortcomings"), (1, "下一步工作", "plans"), (2, "深化综合执法改革", "plans")]
    assert initiatives == [
        ("加强组织领导", "achievements"), ("规范行政执法", "achievements"),
        ("基层执法力量不足", "shortcomings"), ("普法宣传覆盖面不够", "shortcomings"),
        ("深化综合执法改革", "plans")]


def test_a_number_set_apart_reads_as_one_on_the_line():
    assert _outline(_APART) == _outline(_ON_ONE_LINE)


def test_a_number_above_a_blank_line_heads_nothing():
    sections, _ = _outline("一、主要举措和成效\n（一）\n\n县政府常务会议专题研究法治政府建设4次。\n")
    assert sections == [(1, "主要举措和成效", "achievements")]


def test_a_circled_number_before_no_words_is_no_item():
    _, initiatives = _outline("二、存在的问题\n基层执法力量不足。③\n7\n")
    assert initiatives == [("基层执法力量不足", "shortcomings")]


@pytest.mark.parametrize("below", ["责任编辑：王某", "相关阅读", "打印本页 关闭窗口"])
def test_a_number_above_a_field_or_page_furniture_heads_nothing(below):
    sections, _ = _outline(f"一、主要举措和成效\n（一）加强组织领导\n全年研究法治建设4次。\n（二）\n{below}\n")
    assert [title for _, title, _ in sections] == ["主要举措和成效", "加强组织领导"]


def test_a_circled_number_ending_a_line_of_text_is_a_notes_mark():
    _, initiatives = _outline("二、存在的问题\n基层执法力量不足。①\n普法宣传覆盖面不够。\n")
    assert initiatives == [("基层执法力量不足", "shortcomings")]

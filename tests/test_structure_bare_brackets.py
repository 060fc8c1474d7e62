"""Headings numbered without their opening bracket (一） 1） 1)), as a page that lost it or a writer's habit writes
them: read as their bracketed forms ((一) (1)), where the line is a heading and not the close of an aside wrapped
onto it nor a number out of sequence."""

from __future__ import annotations

from lawreport import extract
from lawreport.normalize import normalize
from lawreport.structure import Outline


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.numbering, h.title) for h in Outline(normalize(text)).headings]


REPORT = (
    "柳溪县2024年法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "一）健全依法决策机制\n"
    "县政府常务会议审议重大决策事项9件，均经合法性审查。\n"
    "二）规范行政执法\n"
    "1）推行执法全过程记录。全县执法单位配备记录仪210台。\n"
    "2）开展案卷评查。抽查执法案卷350卷。\n"
    "三）强化普法宣传\n"
    "组织送法下乡活动40场。\n"
    "二、存在的不足\n"
    "基层执法力量仍然薄弱。\n"
)


def test_numbering_without_its_opening_bracket_heads_as_its_bracketed_form():
    record = extract(REPORT)
    assert [(s.level, s.title, s.kind) for s in record.sections] == [
        (1, "主要举措和成效", "achievements"),
        (2, "健全依法决策机制", "achievements"),
        (2, "规范行政执法", "achievements"),
        (3, "推行执法全过程记录", "achievements"),
        (3, "开展案卷评查", "achievements"),
        (2, "强化普法宣传", "achievements"),
        (1, "存在的不足", "shortcomings"),
    ]
    assert [i.title for i in record.initiatives] == [
        "健全依法决策机制", "推行执法全过程记录", "开展案卷评查", "强化普法宣传"]
    # the numbering is the one written, its closing bracket full-width as in the text
    assert [s.numbering for s in record.sections][1:4] == ["一）", "二）", "1）"]


def test_a_bare_numbering_counts_on_from_a_bracketed_one_and_back():
    # the outermost family of the text, its level 1
    text = "（一）压实工作责任\n正文。\n二)加强队伍建设\n正文。\n（三）推进基层治理\n正文。\n"
    assert _outline(text) == [(1, "(一)", "压实工作责任"), (1, "二)", "加强队伍建设"), (1, "(三)", "推进基层治理")]


def test_a_bare_numbering_with_a_space_before_its_title():
    assert _outline("1) 完善法律顾问制度\n正文。\n2) 深化府院联动\n正文。\n") == [
        (1, "1)", "完善法律顾问制度"), (1, "2)", "深化府院联动")]


def test_a_bracket_closing_an_aside_wrapped_onto_the_line_heads_nothing():
    text = "依照《某省行政执法条例》第十二条(第\n一)项的规定,对违法行为作出处理。\n"
    assert _outline(text) == []
    text = "对照评查标准(详见附表\n2)逐卷打分,评出优秀案卷十卷。\n"
    assert _outline(text) == []


def test_a_bare_numbering_out_of_sequence_heads_nothing():
    # a 3) with no 2) above it, and a 2) after 1. (another family)
    assert _outline("一、主要做法\n3)年内共办结案件四十件。\n") == [(1, "一、", "主要做法")]
    assert _outline("1.强化学习\n正文。\n2)落实责任\n正文。\n") == [(1, "1.", "强化学习")]


def test_a_number_closing_a_bracket_mid_line_heads_nothing():
    text = "一、加强组织领导\n召开专题会议(全年共计3)次,研究法治工作。\n"
    assert _outline(text) == [(1, "一、", "加强组织领导")]

"""A table of contents before a long report's body (一、主要举措和成效……………1): its entries, a heading's numbering and
title with leader dots and a page number, head nothing; the headings of the body do, once each."""

from __future__ import annotations

import pytest

from lawreport import extract

BODY = ("2024年，柳林县全面推进依法行政，现将有关情况报告如下。\n"
        "一、主要举措和成效\n"
        "（一）依法全面履行政府职能\n"
        "深化审批制度改革，取消行政许可事项12项，网上可办率达98%。\n"
        "（二）健全依法决策机制\n"
        "严格落实重大行政决策程序，审查决策事项15件。\n"
        "二、存在的不足和原因\n"
        "依法决策水平有待提高，基层执法力量薄弱。\n")
SECTIONS = [(1, "一、", "主要举措和成效"), (2, "（一）", "依法全面履行政府职能"), (2, "（二）", "健全依法决策机制"),
            (1, "二、", "存在的不足和原因")]


@pytest.mark.parametrize("contents", [
    ("一、主要举措和成效……………………1\n（一）依法全面履行政府职能………………1\n（二）健全依法决策机制………………2\n"
     "二、存在的不足和原因…………………3\n"),
    ("一、主要举措和成效 ........ 1\n（一）依法全面履行政府职能 ........ 1\n（二）健全依法决策机制 ........ 2\n"
     "二、存在的不足和原因 ········ 3\n"),
])
def test_a_table_of_contents_heads_nothing(contents):
    record = extract("柳林县2024年法治政府建设情况报告\n目录\n" + contents + BODY)
    assert [(s.level, s.numbering, s.title) for s in record.sections] == SECTIONS
    assert [i.title for i in record.initiatives] == ["依法全面履行政府职能", "健全依法决策机制"]


def test_a_heading_ending_in_a_number_without_leaders_stays():
    """A title that ends in a figure (一、全年办结案件12) or an ellipsis of its own, no page's leader dots, heads its part."""
    record = extract("柳林县2024年法治政府建设情况报告\n" + BODY.replace("（二）健全依法决策机制", "（二）审查决策事项15")
                     .replace("（一）依法全面履行政府职能", "（一）推进“放管服”…改革2"))
    assert [(s.level, s.numbering, s.title) for s in record.sections] == [
        SECTIONS[0], (2, "（一）", "推进“放管服”…改革2"), (2, "（二）", "审查决策事项15"), SECTIONS[3]]

"""A disclosure box whose rows hold their values after their labels (• 成文日期:2022-12-30) may leave a field empty
(• 文号:, • 有效性/截止日期:): the headline below it is no value of that field, and the box's rows, 发布单位 and 内容分类
among them, are no title. A box of labels set alone keeps taking the line below each as its value.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "白沙区司法局2024年工作总结及2025年工作计划"
_BOX = ("首页\n>政府信息公开>规划计划>年度计划\n  • 索引号:001002003/2024-00012\n  • 发布单位:白沙区司法局\n"
        "  • 内容分类:年度计划\n  • 成文日期:2024-12-27\n  • 公开方式:主动公开\n")
_BELOW = ("\n时间:2024/12/27 10:12:40 来源:白沙区司法局 浏览次数:\n\n"
          "2024年,白沙区司法局坚持以习近平法治思想为指导,扎实推进法治政府建设,全年办理法律援助案件210件。\n")

CASES = [
    ("an empty field last", _BOX + "  • 文号:\n\n" + _HEADLINE + _BELOW, "title", _HEADLINE),
    ("an empty validity and closing date", _BOX + "  • 有效性/截止日期:\n  • 文号:\n\n" + _HEADLINE + _BELOW, "title",
     _HEADLINE),
    ("…which is no title itself", _BOX + "  • 有效性/截止日期:\n\n" + _HEADLINE + _BELOW, "kind", "annual_report"),
    ("rows without bullets", _BOX.replace("  • ", "") + "有效性/截止日期:\n文号:\n\n" + _HEADLINE + _BELOW, "title",
     _HEADLINE),
    # labels set alone, each value on the line below, the last one empty
    ("labels set alone", "• 索引号:\n001002003/2024-00013\n• 发布单位:\n白沙区司法局\n• 文号:\n• 成文日期:\n2024-12-27\n\n"
     + _HEADLINE + _BELOW, "title", _HEADLINE),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_inline_boxs_empty_field_takes_no_headline(case, text, field, expected):
    assert read(text, field) == expected

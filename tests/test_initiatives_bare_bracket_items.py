"""Items run into a paragraph numbered without their opening bracket (…主要做法：1）…；2）…, 一）…；二）…), as a writer or a
page that lost the bracket numbers them: read as (1)…;(2)… are."""

from __future__ import annotations

import pytest

from lawreport import extract

OPENING = ("白川县2024年法治政府建设情况报告\n"
           "一、主要举措和成效\n"
           "（一）规范行政执法\n")
CLOSING = "二、存在的问题\n执法人员专业素质有待提升。\n"


def _titles(paragraph: str) -> list[tuple[str, str]]:
    return [(i.title, i.category) for i in extract(OPENING + paragraph + "\n" + CLOSING).initiatives]


@pytest.mark.parametrize("first, second, third", [("1）", "2）", "3）"), ("一）", "二）", "三）"), ("（1）", "（2）", "（3）")])
def test_items_numbered_without_their_opening_bracket_are_measures(first, second, third):
    paragraph = (f"主要做法：{first}开展案卷评查，全年评查案卷60卷；{second}加强执法培训，培训执法人员300人次；"
                 f"{third}推行执法公示，公示执法信息1200条。")
    assert _titles(paragraph) == [("开展案卷评查，全年评查案卷60卷", "achievements"),
                                  ("加强执法培训，培训执法人员300人次", "achievements"),
                                  ("推行执法公示，公示执法信息1200条", "achievements")]


@pytest.mark.parametrize("paragraph", [
    # one number after a pause, or numbers out of sequence, make no list: the heading above is the measure
    "全年评查案卷60卷，其中整改问题案卷共计12卷；3）号文件已按要求废止，相关问题已全部整改完毕。",
    "全年评查案卷60卷，整改问题案卷12卷；2）类案卷占比较高；5）类案卷已全部整改完毕。",
])
def test_a_number_closing_a_bracket_alone_or_out_of_sequence_makes_no_list(paragraph):
    assert _titles(paragraph) == [("规范行政执法", "achievements")]

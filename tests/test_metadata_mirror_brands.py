"""A hijacked mirror's brand after the headline on its line, Latin letters run into Chinese ones with no blank after a
dash or an underscore (…开展情况 -ab某某k9国际, …工作纪实_某某app|*某某平台*), is no part of the title; a title's own
words after a dash (…报告-解读, …-PPP项目绩效评价报告) or a year after an underscore stay.

Every text below is written for these tests; the places, brands and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("稿件来源:南江日报 发布时间:2016-03-02 10:15:20\n近日,石门县人大常委会组织调研组,对全县人民调解工作进行调研。"
         "调研组走访了县司法局和三个乡镇司法所。\n")

CASES = [
    ("a brand after a dash", "石门县 调研人民调解工作开展情况 -ab凯旋k9国际\n", "石门县 调研人民调解工作开展情况"),
    ("a brand after an underscore, marks in it", "石门县调研人民调解工作纪实_金牛app|*官方娱乐平台*\n", "石门县调研人民调解工作纪实"),
    ("a title's own words after a dash stay", "石门县调研人民调解工作情况的报告-解读\n", "石门县调研人民调解工作情况的报告-解读"),
    ("words naming a report after a dash are the title's, Latin letters in them or not", "石门县财政局-PPP项目绩效评价报告\n",
     "石门县财政局-PPP项目绩效评价报告"),
    ("a Chinese column after an underscore holds no Latin letter", "石门县调研人民调解工作开展情况_2016年\n",
     "石门县调研人民调解工作开展情况_2016年"),
]


@pytest.mark.parametrize(("case", "head", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_mirrors_brand_after_the_headline_is_no_part_of_it(case, head, expected):
    assert read(head + _BODY, "title") == expected

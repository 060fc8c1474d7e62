"""A database page heading a yearbook entry with its topic, the entry opening with the same topic in 【】 before its first
sentence (乡镇政务公开 / 【乡镇政务公开】 4月份,…): a yearbook's entry, though no 年鉴 nor year marks it and its writer's
credit closes it as a reporter's would.

Every text below is written for these tests; the places, names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ENTRY = ("4月份,地区成立乡镇政务公开领导小组。9月份,召开全区乡镇政务公开会议,交流各地经验。年终,对全区三十个乡镇实施政务公开"
          "情况进行检查验收,有二十六个乡镇达到规范化标准。\n                (甲乙丙)\n")

CASES = [
    ("the page's heading repeated as the entry's topic", "您的当前位置:\n\n乡镇政务公开\n\n【乡镇政务公开】 " + _ENTRY, "yearbook"),
    ("a topic other than the page's heading", "您的当前位置:\n\n白沙镇工作动态\n\n【乡镇政务公开】 " + _ENTRY, "news"),
    ("the topic alone on its line", "您的当前位置:\n\n乡镇政务公开\n\n【乡镇政务公开】\n" + _ENTRY, "news"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_topic_repeated_under_the_pages_heading(case, text, expected):
    assert read(text, "kind") == expected

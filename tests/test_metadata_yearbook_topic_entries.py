"""A yearbook's section whose entries open with neither a year nor 年内 nor the book's name (公共法律服务 / 【人民调解】 全县…
/ 【法律援助】 …): a subject heading without brackets over two entries in a row, each opening a line with its 【topic】
run into its first sentence, makes the page a yearbook's; a report's or a plan's title over parts so headed
(某局工作总结, …情况报告) and a case's parts (【基本案情】, 【法官说法】) do not.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ENTRIES = ("【人民调解】 全区有调解组织184个,调解员960名,调解纠纷1876件,调解成功1850件。\n"
            "【法律援助】 区法律援助中心办理法律援助案件356件,接待来访咨询2100人次。\n"
            "【公证】 区公证处办理各类公证事项2210件。\n")

KINDS = [
    ("a section's entries without a year", "公共法律服务\n" + _ENTRIES, "yearbook"),
    ("…a blank line under the heading", "司法行政工作\n\n" + _ENTRIES + "(区司法局)\n", "yearbook"),
    ("a summary's parts so headed", "某区司法局工作总结\n" + _ENTRIES, "annual_report"),
    ("a report's parts so headed", "法治政府建设情况报告\n" + _ENTRIES, "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), KINDS, ids=[c[0] for c in KINDS])
def test_topic_entries_make_a_yearbook_page(case, text, expected):
    assert read(text, "kind") == expected


def test_case_parts_are_no_yearbook_entries():
    text = ("以案释法\n【基本案情】 2024年5月,王某与邻居赵某因排水沟发生纠纷,诉至法院。\n"
            "【法官说法】 相邻关系应当按照有利生产、方便生活的原则处理。\n")
    assert read(text, "kind") != "yearbook"


def test_topic_entries_give_no_year():
    assert read("公共法律服务\n" + _ENTRIES, "report_year") is None

"""A yearly report's title wrapped at the margin (…关于2024年度法治政府 / 建设情况的报告) names the yearly report as one set
on one line does: a case the report mentions (入选全国、全省…的典型案例) makes it no case study; a title wrapped so naming case
studies keeps their kind.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("市委、市政府:\n2024年,东山区坚持依法行政,复议工作入选全国、全省相关领域的典型案例各1件。现将有关情况报告如下:\n"
         "一、主要做法和成效\n全年审查规范性文件十二件,均按期办结。\n")

CASES = [
    ("a yearly report's wrapped title keeps its kind against a case it mentions",
     "青禾市东山区关于2024年度法治政府\n建设情况的报告\n" + _BODY, "annual_report"),
    ("…as the title on one line does", "青禾市东山区关于2024年度法治政府建设情况的报告\n" + _BODY, "annual_report"),
    ("a wrapped title naming case studies is theirs", "青禾市东山区2024年度行政复议\n典型案例\n" + _BODY, "case_study"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_wrapped_yearly_title_names_its_kind(case, text, expected):
    assert read(text, "kind") == expected


_PARTS = "2024年,县政府深入推进法治政府建设。全年新收行政复议案件52件。\n一、主要成效\n二、存在不足\n青禾县人民政府\n2025年1月25日\n"
LINES = [
    ("a title wrapped over three lines, its 关于 closing the first",
     "青禾县人民政府关于\n2024年度法治政府建设\n情况的报告\n" + _PARTS, "青禾县人民政府关于2024年度法治政府建设情况的报告"),
    ("…over two, its end on the second", "青禾县人民政府关于\n2024年度法治政府建设情况的报告\n" + _PARTS,
     "青禾县人民政府关于2024年度法治政府建设情况的报告"),
    ("…its body's line above a title on two lines", "青禾县人民政府\n关于2024年度法治政府建设\n情况的报告\n" + _PARTS,
     "青禾县人民政府关于2024年度法治政府建设情况的报告"),
]


@pytest.mark.parametrize(("case", "text", "expected"), LINES, ids=[c[0] for c in LINES])
def test_a_title_wrapped_over_lines(case, text, expected):
    assert read(text, "title").replace("\n", "") == expected


def test_a_heading_below_a_wrapped_title_ends_none_of_it():
    title = read("青禾县人民政府关于\n2024年度法治政府建设\n一、主要成效\n全年新收行政复议案件52件。\n二、存在不足\n", "title")
    assert title is not None and "主要成效" not in title

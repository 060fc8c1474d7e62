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

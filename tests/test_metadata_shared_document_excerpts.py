"""A document-sharing site's number for the first excerpt of a document, run into the title that opens it with its year
(1、2023年度乡镇法治政府建设情况报告…): no part of the title; the months of a title (1、2月份全县…情况) are.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

CASES = [
    ("the first excerpt's number before the title",
     ("1、2023年度乡镇法治政府建设情况报告2023年,白沙镇依法全面履行政府职能,切实抓好法治政府建设各项工作,现将主要情况报告如下:"
      "一、基本情况。\n2、二、主要做法。\n"), "2023年度乡镇法治政府建设情况报告"),
    ("the months of a title", "1、2月份全县调解工作情况2024年1月至2月,全县各级调解组织共调解纠纷一百件,调解成功率达到九成以上。\n",
     "1、2月份全县调解工作情况"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_excerpts_number_is_no_part_of_the_title(case, text, expected):
    assert read(text, "title") == expected

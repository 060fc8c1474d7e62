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


# An excerpt run on from the file's title into the body's first part ((一) or 一、), as a site lists its excerpts 1、 2、.
RUN_INTO_PART = [
    ("the title run into the first part, the next excerpt below",
     ("1、石桥市法律援助中心2023年度工作报告书 (一)加大办案力度。全市共受理法律援助案件1925件。\n"
      "2、(二)完善便民措施。各县设立临街窗口。\n"), ("石桥市法律援助中心2023年度工作报告书", "annual_report")),
    ("the title naming its year run into the first part, no excerpt below",
     "1、石桥市法律援助中心2023年度工作报告 (一)加大办案力度。全市共受理法律援助案件1925件。\n",
     ("石桥市法律援助中心2023年度工作报告", "annual_report")),
    ("a page's first line, its title run into 一、",
     "石桥市法律援助中心2023年度工作总结一、主要工作全市共受理法律援助案件1925件,办结1866件。\n",
     ("石桥市法律援助中心2023年度工作总结", "annual_report")),
    ("a part's heading over its first sub-part, no excerpt below: no title",
     "1、基本情况 (一)加大办案力度。全市共受理法律援助案件1925件,办结1866件。\n", (None,)),
    ("a title run into the second part: none", "石桥市法律援助中心2023年度工作总结二、存在问题部分案件办理不够及时。\n", (None,)),
]


@pytest.mark.parametrize(("case", "text", "expected"), RUN_INTO_PART, ids=[c[0] for c in RUN_INTO_PART])
def test_a_title_run_into_the_first_part(case, text, expected):
    assert tuple(read(text, name) for name in ("title", "kind"))[:len(expected)] == expected

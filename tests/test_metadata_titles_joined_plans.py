"""A summary's title whose next year's plan is wrapped onto the line below it (2023年法治政府建设工作总结 / 及2024年工作
计划, …工作总结 / 暨下一步工作打算): one title, the plan's line joined to it. A line below that opens otherwise, or is a
paragraph, or names no plan, is not part of the title. A cover's year set alone on the line above a title ending as
one does (2023年度 / 法治政府建设工作报告) opens it.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "　　2023年，我局坚持依法行政，扎实推进法治政府建设，全年办理行政复议案件37件。现将有关情况报告如下：\n　　一、主要成效\n　　规范行政执法。\n"


@pytest.mark.parametrize(("head", "title"), [
    ("2023年法治政府建设工作总结\n及2024年工作计划", "2023年法治政府建设工作总结及2024年工作计划"),
    ("宁远县司法局2022年度依法行政工作总结\n和2023年度工作打算\n发布时间：2023-01-16",
     "宁远县司法局2022年度依法行政工作总结和2023年度工作打算"),
    ("2023年法治政府建设情况\n暨下一步工作思路", "2023年法治政府建设情况暨下一步工作思路"),
    ("县司法局2021年工作总结\n以及2022年工作安排", "县司法局2021年工作总结以及2022年工作安排"),
    # not a plan's line: the title alone
    ("2023年法治政府建设工作总结\n发布时间：2024-01-16", "2023年法治政府建设工作总结"),
    ("2023年法治政府建设工作总结\n和谐稳定促发展", "2023年法治政府建设工作总结"),
])
def test_a_summary_s_title_over_its_plan_s(head, title):
    assert read(head + "\n" + _BODY, "title") == title


def test_a_paragraph_opening_with_a_plan_is_no_title_s_line():
    text = "2023年法治政府建设工作总结\n及2024年工作计划，我局将持续推进依法行政。全年办理行政复议案件37件。\n" + _BODY
    assert read(text, "title") == "2023年法治政府建设工作总结"


@pytest.mark.parametrize(("head", "title"), [
    # a cover's year set alone over the title ending as one does
    ("2023年度\n法治政府建设工作报告", "2023年度法治政府建设工作报告"),
    ("2022年度\n依法行政工作总结\n发布时间：2023-01-10", "2022年度依法行政工作总结"),
    # …not over a line ending otherwise, nor a line holding more than the year
    ("发布时间：2024年\n法治政府建设工作报告", "法治政府建设工作报告"),
])
def test_a_year_alone_over_a_title(head, title):
    assert read(head + "\n" + _BODY, "title") == title

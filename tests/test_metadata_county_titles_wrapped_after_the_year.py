"""A county's yearly report whose headline is wrapped after its place, its year and some words (石门县2023年法治政府 /
建设年度报告): the title is read whole, and the place it opens with is the report's region, where the text never calls
the county by name again nor itself 全县. The line is no title's opening when what is below it ends no title. So is a
headline wrapped inside its year (某县司法局2023 / 年法治政府建设工作报告) when the line above names its owner."""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("2023年,我们坚持以习近平法治思想为指导,推进依法行政,全年办理行政复议案件36件。\n一、主要举措\n"
         "(一)完善依法决策机制。全年审查重大行政决策12件。\n")


@pytest.mark.parametrize("head, title, county", [
    ("石门县2023年法治政府\n建设年度报告\n", "石门县2023年法治政府建设年度报告", "石门县"),
    ("东阳市2023年度法治政府\n建设情况报告\n", "东阳市2023年度法治政府建设情况报告", "东阳市"),
    ("湖南省石门县2023年法治政府\n建设工作总结\n", "湖南省石门县2023年法治政府建设工作总结", "石门县"),
    ("常德市石门县2023年法治\n政府建设年度报告\n", "常德市石门县2023年法治政府建设年度报告", "石门县"),
])
def test_a_headline_wrapped_after_its_place_and_year_is_read_whole(head, title, county):
    text = head + _BODY
    assert read(text, "title") == title
    assert read(text, "county") == county


def test_a_line_over_a_numbered_part_is_no_title_wrapped():
    assert read("石门县2023年法治政府\n" + _BODY, "title") == "石门县2023年法治政府"


@pytest.mark.parametrize("head, title, issuer", [
    ("石门县司法局2023\n年法治政府建设工作报告\n", "石门县司法局2023年法治政府建设工作报告", "石门县司法局"),
    ("石门县司法局202\n3年度法治政府建设工作报告\n", "石门县司法局2023年度法治政府建设工作报告", "石门县司法局"),
    ("东阳市2023\n年度法治政府建设情况报告\n", "东阳市2023年度法治政府建设情况报告", None),
])
def test_a_headline_wrapped_inside_its_year_is_read_whole(head, title, issuer):
    text = head + _BODY
    assert read(text, "title") == title
    assert read(text, "issuer") == issuer


@pytest.mark.parametrize("head, year", [
    ("石门县司法局2023\n年法治政府建设工作报告\n", 2023),
    ("石门县司法局202\n2年度法治政府建设工作报告\n", 2022),
    ("东阳市人民政府关于20\n22年度法治政府建设情况的报告\n", 2022),
    # digits a break parts that make no year name none
    ("石门县司法局2\n3年法治政府建设工作报告\n", None),
])
def test_the_year_a_wrapping_cut_is_the_titles(head, year):
    assert read(head + "全县坚持依法行政,全年办理行政复议案件36件。\n一、主要举措\n", "report_year") == year


def test_a_line_closing_on_digits_that_name_no_owner_is_no_titles_opening():
    assert "办理" not in read("全年办理行政复议案件2023\n年法治政府建设工作报告\n" + _BODY, "title")

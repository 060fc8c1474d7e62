"""A reprint marks the title it copied ([转载]…, 转载:…, …(转载)) and may credit where it took it from on a line of its own
(转自:某某新闻网 2025年3月5日); a disclosure page may close its title on the document's number in brackets (…年度报告
(某县民字〔2025〕12号)). The marks, the number and the credit's line are no part of the title; the credit's date dates the
page. Words of a title that only hold the characters (…转载行为…) stay.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = "\n2024年,青禾县深入推进依法行政,全年共受理行政复议案件八十件。\n"
_NEWS = "\n近日,记者从青禾县司法局了解到,2024年全县行政机关负责人出庭应诉率达100%。\n"

TITLES = [
    ("a bracketed mark before the title", "[转载]青禾县2024年法治政府建设年度报告" + _REPORT, "青禾县2024年法治政府建设年度报告"),
    ("a labelled mark", "转载:青禾县2024年法治政府建设年度报告" + _REPORT, "青禾县2024年法治政府建设年度报告"),
    ("a mark after the title", "青禾县2024年法治政府建设年度报告(转载)" + _REPORT, "青禾县2024年法治政府建设年度报告"),
    ("the credit's line under a headline", "青禾县:负责人出庭应诉率连续三年达到百分之百\n转自:青禾新闻网 2025年3月5日" + _NEWS,
     "青禾县:负责人出庭应诉率连续三年达到百分之百"),
    ("…named as the article's", "青禾县:负责人出庭应诉率连续三年达到百分之百\n本文转自:青禾日报" + _NEWS,
     "青禾县:负责人出庭应诉率连续三年达到百分之百"),
    ("the document's number closing the title", "青禾县民政局2024年度法治政府建设工作报告(青民字〔2025〕12号)" + _REPORT,
     "青禾县民政局2024年度法治政府建设工作报告"),
    ("…in square brackets", "青禾县民政局关于2024年度法治政府建设情况的报告[青民发[2025]3号]" + _REPORT,
     "青禾县民政局关于2024年度法治政府建设情况的报告"),
    ("…in traditional script", "青禾縣民政局2024年度法治政府建設工作報告(青民字〔2025〕12號)" + _REPORT,
     "青禾縣民政局2024年度法治政府建設工作報告"),
    ("the word inside a title", "青禾县网信办关于规范网络转载行为的工作报告" + _REPORT, "青禾县网信办关于规范网络转载行为的工作报告"),
    ("a draft's note in brackets", "青禾县2024年法治政府建设年度报告(征求意见稿)" + _REPORT,
     "青禾县2024年法治政府建设年度报告(征求意见稿)"),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_a_titles_reprint_marks_and_number(case, text, expected):
    assert read(text, "title") == expected


DATES = [
    ("the credit's date", "青禾县:负责人出庭应诉率连续三年达到百分之百\n转自:青禾新闻网 2025年3月5日" + _NEWS, "2025-03-05"),
    ("a body's words in prose", "青禾县司法局2024年法治政府建设年度报告\n2024年,我局推动工作重心转自事后处置,关口前移。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), DATES, ids=[c[0] for c in DATES])
def test_a_reprints_credit_dates_it(case, text, expected):
    assert read(text, "published") == expected

"""The kind of an item whose lead opens with the day and tells what happened on it (3月12日,某局召开…; 当天,某院发布…;
为…。5月8日上午,某镇组织…), or reports a press conference held on a day (11月2日的…新闻发布会上,…通报): a news item,
whatever report or white paper it goes on to quote. A report's own year, a month without its day, or a text saying what
its authors did make none.

Every sentence below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_FIGURES = "\n全年共受理行政复议案件120件,审结110件。\n"

CASES = [
    # A lead opening with the day and an event on it.
    ("a bureau's meeting on a day", "3月12日,青禾县司法局召开全县人民调解工作推进会,部署全年重点任务。" + _FIGURES, "news"),
    ("…in the morning of a day", "3月12日上午,青禾县司法局召开全县人民调解工作推进会。" + _FIGURES, "news"),
    ("…a visit over two days", "8月3日至4日,青禾市司法局一行到白沙县考察人民调解工作。" + _FIGURES, "news"),
    ("…日前 and an inspection", "日前,青禾县司法局负责同志到白沙镇督导基层调解工作。" + _FIGURES, "news"),
    ("…当天 and a court putting out its white paper",
     "当天,青禾市中级人民法院发布2024年度行政审判白皮书,据该院介绍,全年受理行政案件300件。" + _FIGURES, "news"),
    ("…after a lead's sentence of purpose",
     "为进一步提升群众法治意识,营造学法守法的良好氛围。5月8日上午,白沙镇政府组织司法所等部门开展普法宣传活动。" + _FIGURES,
     "news"),
    ("…a day with its year after a purpose", "为提高群众对法律援助法的知晓率。2021年12月27日,青禾县司法局开展法律援助法宣传活动。"
     + _FIGURES, "news"),
    # A press conference held on a day, reported in the lead.
    ("a press conference's day", "人民调解扎根基层。11月2日的青禾区人民调解工作新闻发布会上,区司法局通报了全区调解工作情况。"
     + _FIGURES, "news"),
    # None of these tells a day's event.
    ("a month without its day is a report's", "2023年,青禾县司法局坚持依法行政。3月,县司法局召开专题会议,部署法治政府建设工作。"
     "现将有关情况报告如下。" + _FIGURES, "annual_report"),
    ("…nor a day's meeting hearing a report", "1月10日,青禾县政府常务会议审议2025年法治政府建设情况报告。\n", "other"),
    ("…nor the authors' own gathering of figures", "近日,我们对全市2023年度行政复议工作情况进行了汇总和分析,具体情况如下:" + _FIGURES,
     "statistics"),
    ("a white paper itself stays one", "青禾市中级人民法院2024年度行政审判白皮书\n2024年,全市法院共受理行政案件300件。" + _FIGURES,
     "white_paper"),
    ("a press conference named without its day is none",
     "2024年,青禾县司法局坚持依法行政,召开新闻发布会3次。现将有关情况报告如下。" + _FIGURES, "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_lead_telling_a_days_event_is_news(case, text, expected):
    assert read(text, "kind") == expected


def test_the_year_of_a_white_paper_quoted_in_a_day_lead():
    text = "当天,青禾市中级人民法院发布2024年度行政审判白皮书,据该院介绍,全年受理行政案件300件。" + _FIGURES
    assert read(text, "report_year") == 2024


_DAY_LEAD = "3月12日,青禾县司法局召开全县人民调解工作推进会,部署全年重点任务。\n"
CLAIMED = [
    # A headline a kind's title cue claims says what the text is, whatever day its lead opens with.
    ("a yearly report's title", "青禾县2023年度法治政府建设情况报告\n" + _DAY_LEAD, "annual_report"),
    ("a headline telling that a meeting heard a report", "县政府常务会议审议2023年度法治政府建设情况报告\n" + _DAY_LEAD, "other"),
    ("a headline no title cue claims leaves the lead to say it", "青禾县司法局部署全年调解工作\n" + _DAY_LEAD, "news"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CLAIMED, ids=[c[0] for c in CLAIMED])
def test_a_claimed_title_outranks_the_days_lead(case, text, expected):
    assert read(text, "kind") == expected


CREDITS = [
    # A body's own item closing with its credit in parentheses: the body wrote it.
    ("a closing credit names the item's author", "青禾县司法局部署全年调解工作\n" + _DAY_LEAD + "(青禾县司法局)\n",
     "青禾县司法局"),
    # A body's name closing the page without parentheses is the site's, not the item's.
    ("a site's name closing the page names none", "青禾县司法局部署全年调解工作\n" + _DAY_LEAD + "青禾县人民政府\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CREDITS, ids=[c[0] for c in CREDITS])
def test_a_day_items_closing_credit(case, text, expected):
    assert read(text, "issuer") == expected


def test_a_lead_opening_with_a_span_of_days():
    assert read("3月16日-18日,青禾县司法局开展矛盾纠纷排查化解专项活动。" + _FIGURES, "kind") == "news"


_PRESS = "6月23日,青禾市中级人民法院召开新闻发布会,通报行政审判工作情况。\n"
SPAN_YEARS = [
    # An undated item's span (2024年以来) may run to any later year: it dates none; a year alone, or a date, does.
    ("an undated item's span names no year", _PRESS + "2024年以来,全市法院共受理各类行政案件524件。\n", None),
    ("…its year alone does", _PRESS + "2024年,全市法院共受理各类行政案件524件。\n", 2024),
    ("…and so does the span of a page dated within it", "发布时间:2024-06-25\n" + _PRESS
     + "2024年以来,全市法院共受理各类行政案件524件。\n", 2024),
    # A yearly report's own opening span, undated, still opens its year's work.
    ("an undated yearly report's span is its year",
     "2024年以来,青禾县司法局坚持依法行政,各项工作取得新成效。现将有关情况报告如下。\n一、主要举措\n全年办理行政复议案件30件。\n", 2024),
]


@pytest.mark.parametrize(("case", "text", "expected"), SPAN_YEARS, ids=[c[0] for c in SPAN_YEARS])
def test_the_year_of_an_items_span(case, text, expected):
    assert read(text, "report_year") == expected


_STUDY = "一是深入学习。2020年11月16日至17日,中央全面依法治国工作会议在北京召开,我局第一时间组织传达学习。\n"
IN_PARTS = [
    # A day's event recited inside a report's parts (its study of a meeting held in the capital) is no item's lead:
    # below the report's first numbered heading, or after it said it is a report.
    ("a meeting recited below the parts' headings",
     "2023年,青禾县交通运输局认真落实法治政府建设各项任务,现将2023年度情况报告如下:\n一、主要举措和成效\n"
     "(一)深入学习习近平法治思想。\n" + _STUDY, "annual_report", "青禾县交通运输局"),
    ("…run into one line after the report says what it is",
     ("2022年,青禾县市场监督管理局扎实推进法治建设。现将情况报告如下:一是加强学习。2022年10月16日,党的二十大在北京开幕,"
     "局党组组织全体干部集中收看。\n"), "annual_report", "青禾县市场监督管理局"),
    ("…or below a heading alone",
     ("2023年,青禾县交通运输局认真落实法治政府建设各项任务。\n一、主要工作\n(一)加强学习。\n"
     "3月15日,局党组召开专题会议,传达学习全国两会精神。全年组织集中学法12次。\n二、存在问题\n学法形式单一。\n"),
     "annual_report", "青禾县交通运输局"),
    # An item opening with its day keeps it, whatever numbered points it goes on to; an agency's dateline is news.
    ("an item's lead before its points",
     "3月12日,青禾县司法局召开全县人民调解工作推进会。会议部署了三项任务:\n一、强化矛盾纠纷排查\n二、规范调解程序\n",
     "news", None),
    ("an agency's dateline over the meeting",
     "新华社北京11月17日电 中央全面依法治国工作会议11月16日至17日在北京召开。会议强调,要坚持依法治国。\n", "news", None),
]


@pytest.mark.parametrize(("case", "text", "kind", "issuer"), IN_PARTS, ids=[c[0] for c in IN_PARTS])
def test_a_days_event_in_a_reports_parts_is_no_lead(case, text, kind, issuer):
    assert (read(text, "kind"), read(text, "issuer")) == (kind, issuer)

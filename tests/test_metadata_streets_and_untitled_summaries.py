"""Metadata phrasings: a title set alone in 【】, street offices named with 街 alone (the author; the issuer its office where
the text names it), news verbs before a white paper, untitled yearly work summaries.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_OPENING = "\n2024年,青禾县坚持依法行政,各项工作取得新成效。\n一、主要举措和成效\n全年审查规范性文件十二件。\n"

BRACKETED_LINES = [
    ("a report's title alone in 【】 on its line is the title, without its marks",
     "【青禾县2024年法治政府建设情况报告】", "青禾县2024年法治政府建设情况报告"),
    ("…a work summary's too", "【青禾县司法局2024年工作总结】", "青禾县司法局2024年工作总结"),
    ("…a long title's, which was never a tag", "【青禾县司法局关于2024年度法治政府建设工作情况的报告】",
     "青禾县司法局关于2024年度法治政府建设工作情况的报告"),
    ("a page's tag in 【】 stays chrome", "【打印】", None),
    ("…and so does a column's name", "【工作动态】", None),
]


@pytest.mark.parametrize(("case", "line", "expected"), BRACKETED_LINES, ids=[c[0] for c in BRACKETED_LINES])
def test_a_bracketed_line_reading_as_a_reports_title_is_the_title(case, line, expected):
    assert read(line + _OPENING, "title") == expected


_TOLD = "\n近日,青禾区人民法院召开会议介绍有关情况。白皮书显示,全年受理行政案件三百件,同比有所增加。\n"
_ITSELF = "\n本白皮书由青禾区人民法院编写。2024年,全院受理行政案件三百件,同比有所增加。\n"

WHITE_PAPER_VERBS = [
    ("a headline sending a body's white paper to another, the text telling of it, is news",
     "青禾区法院向区政府报送2024年度行政审判白皮书" + _TOLD, "news"),
    ("…and one telling it out (通报…白皮书) too", "青禾区法院通报2024年度行政审判白皮书" + _TOLD, "news"),
    ("…and one handing a report to a body (向…提交…报告)",
     "青禾县人民政府向县人大常委会提交2024年度法治政府建设情况报告\n近日,县人大常委会听取有关情况。"
     + "报告显示,全县全年办理行政复议案件三百件。\n", "news"),
    ("the white paper itself under such a headline keeps its kind",
     "青禾区法院向区政府报送2024年度行政审判白皮书" + _ITSELF, "white_paper"),
    ("a headline where the body only uses a white paper is none of these",
     "青禾区法院运用2024年度行政审判白皮书" + _TOLD, "white_paper"),
]


@pytest.mark.parametrize(("case", "text", "expected"), WHITE_PAPER_VERBS, ids=[c[0] for c in WHITE_PAPER_VERBS])
def test_a_headline_putting_out_a_white_paper_by_other_verbs_is_news(case, text, expected):
    assert read(text, "kind") == expected


_STREET_BODY = "\n一、主要举措和成效\n全年审查合同十二份,开展普法活动二十场。\n"

STREETS_BY_JIE = [
    ("a title opening with a street named with 街 before its year names the office",
     "青禾街2024年法治政府建设工作报告\n2024年,青禾街坚持依法行政,各项工作取得新成效。" + _STREET_BODY, "青禾街"),
    ("a shopping street's title names no office", "青禾步行街2024年工作总结\n2024年,步行街管理处规范经营秩序,各项工作取得新成效。"
     + _STREET_BODY, None),
    ("…nor an old street's", "青禾老街2024年工作总结\n2024年,老街管理处规范经营秩序,各项工作取得新成效。" + _STREET_BODY, None),
    ("a yearly report opening with a street named with 街, its office named in full below, is the office's",
     "2024年,青禾街坚持依法行政,各项工作取得新成效。现将有关情况报告如下:" + _STREET_BODY
     + "青禾街道办事处全年召开会议四次。\n", "青禾街"),
    ("…without the office named in full the name may be a street's",
     "2024年,青禾街坚持依法行政,各项工作取得新成效。现将有关情况报告如下:" + _STREET_BODY, None),
    ("…and a shopping street opening one is none, whatever office the text names",
     "2024年,青禾商业街坚持规范经营,各项工作取得新成效。现将有关情况报告如下:" + _STREET_BODY
     + "青禾街道办事处全年召开会议四次。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), STREETS_BY_JIE, ids=[c[0] for c in STREETS_BY_JIE])
def test_a_street_office_named_with_jie_alone_authors_its_report(case, text, expected):
    assert read(text, "author") == expected


def test_a_street_named_with_jie_alone_issues_by_the_office_the_text_names():
    title, _, _, below = (case[1] for case in STREETS_BY_JIE[:4])
    assert read(title, "issuer") is None  # the street, a place: no office named
    assert read(below, "issuer") == "青禾街道办事处"


_DONE = "2024年,青禾区司法局坚持依法履职,全力服务保障全区发展大局,各项工作取得新成效。\n"
_NOT_DONE = "2024年,青禾区司法局坚持依法履职,全力服务保障全区发展大局。\n"
_WORK = "(一)公共法律服务。全年办理法律援助案件三百件。\n(二)人民调解。调解矛盾纠纷五百件。\n"

UNTITLED_SUMMARIES = [
    ("an untitled text opening with its year's results above a heading naming the year's work summary is the year's report",
     _DONE + "一、2024年工作总结\n" + _WORK, "annual_report"),
    ("…the summary of a field's work too", _DONE + "一、2024年度司法行政工作总结\n" + _WORK, "annual_report"),
    ("a half year's summary is none", _DONE + "一、2024年上半年工作总结\n" + _WORK, "other"),
    ("an opening telling no results above the work's name reports none done", _NOT_DONE + "一、推进法治政府建设\n" + _WORK,
     "other"),
    ("…but the year's summary as its first part says it is the report", _NOT_DONE + "一、2024年工作总结\n" + _WORK,
     "annual_report"),
    # A first part opening the text stands where its title would: a half year's summary is a summary, as one so titled is.
    ("a half year's summary opening the text", "一、2024年上半年工作总结\n" + _WORK + "二、下一步工作\n", "annual_report"),
    ("a year's summary opening the text", "一、2023年工作总结\n" + _WORK, "annual_report"),
]


@pytest.mark.parametrize(("case", "text"), [
    ("a year's plan opening the text", "一、2024年工作计划\n(一)深化述法。组织全区各部门开展述法工作。\n(二)持续建设法治政府。\n"),
    ("a half year's plan opening the text", "一、2024年下半年工作打算\n(一)深化述法。组织全区各部门开展述法工作。\n"),
])
def test_a_plan_opening_the_text_is_no_summary(case, text):
    assert read(text, "kind") != "annual_report"


@pytest.mark.parametrize(("case", "text", "expected"), UNTITLED_SUMMARIES, ids=[c[0] for c in UNTITLED_SUMMARIES])
def test_an_untitled_yearly_work_summary_is_the_years_report(case, text, expected):
    assert read(text, "kind") == expected

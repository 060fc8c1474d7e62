"""Metadata of more real page shapes, each with a twin the rule must leave alone.

A joint title under a county committee named without 中共, a web page's date spaced after its dashes, a
development zone's 管委会 compiling a disclosure report, an untitled opening whose first sentence a line break
cuts, a news item dating its figures in a clause of its lead, a title citing nested titles; a committee's office
(某县编委办), a site's navigation label, an interpretation labelled before its title, and a yearly report whose
opening names a province's committee and government. Every sentence below is written for these tests; bodies and
figures are made up (the places that must resolve are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.dates import find_years

_BODY = "\n2023年，全县坚持依法行政，推进法治政府建设。\n"

CASES = [
    # A joint title: the committee named without 中共 gives the report to the government, as with 中共.
    ("a committee without 中共 before the government", "青禾县委 青禾县人民政府关于2023年度法治政府建设情况的报告" + _BODY,
     "issuer", "青禾县人民政府"),
    ("…written together", "青禾县委青禾县人民政府关于2023年度法治政府建设情况的报告" + _BODY, "issuer", "青禾县人民政府"),
    ("a department ending in 委 is no party committee",
     "青禾县卫健委 青禾县人民政府关于2023年度法治政府建设情况的报告" + _BODY, "issuer", "青禾县卫健委"),
    ("the CPPCC's committee is no party committee",
     "政协青禾县委员会 青禾县人民政府关于2023年度协商工作情况的报告" + _BODY, "issuer", "政协青禾县委员会"),
    ("a committee's title alone stays the committee's", "青禾县委关于2023年度法治建设情况的报告" + _BODY, "issuer", "青禾县委"),
    # A page's date spaced after its dashes.
    ("a spaced date line", ("青禾县司法局2024年法治政府建设工作总结\n发布日期: 2025- 02- 08 08: 53 浏览次数:\n"
     "2024年，青禾县司法局扎实推进法治政府建设。\n"), "published", "2025-02-08"),
    # A development zone's 管委会 as a body, compiling its disclosure report with the figures.
    ("a zone's 管委会 compiles the report",
     "本报告由青禾经济开发区管委会结合有关统计数据编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n",
     "issuer", "青禾经济开发区管委会"),
    ("…and a high-tech zone's, in its opening", "2023年，青禾高新区管委会坚持依法行政，推进政务公开。\n",
     "issuer", "青禾高新区管委会"),
    ("…a report compiled with the figures is no statistics release",
     "青禾高新区管委会2023年政府信息公开工作年度报告\n本报告由青禾高新区管委会结合有关统计数据编制。全文包括总体情况等。\n",
     "kind", "annual_report"),
    ("…one that releases figures is", "青禾县司法局现发布2023年人民调解统计数据如下。全年调解案件三百件。\n", "kind", "statistics"),
    ("a body compiling with a clause between names none",
     "本报告由青禾县政府办公室结合各单位报送的材料，经汇总后编制。\n", "issuer", None),
    # An untitled opening whose first sentence a line break cuts.
    ("a first sentence broken at a line's end",
     ("2023年，青禾县司法局坚持以习近平法治思想为指导，认真落实上级部署要求，扎实推进\n"
     "本系统法治政府建设各项工作，取得明显成效。\n一、主要举措\n"), "kind", "annual_report"),
    ("…not when a heading follows the first line",
     ("2023年，青禾县司法局坚持以习近平法治思想为指导，认真落实上级部署要求，工作情况如下\n"
     "一、推进法治政府建设取得明显成效。\n"), "kind", "other"),
    ("…nor when a blank line ends the paragraph",
     ("2023年，青禾县司法局坚持以习近平法治思想为指导，认真落实上级部署要求，扎实推进\n\n"
     "本系统法治政府建设各项工作，取得明显成效。\n"), "kind", "other"),
    # A news item whose headline gives no year: a clause of its lead sentence dates the figures.
    ("a lead dating its figures after the reporter's source",
     ("行政机关负责人出庭应诉率达百分之百\n时间:2025-03-06 来源:某某日报\n"
     "某某日报讯 近日，记者从青禾市中级人民法院召开的新闻发布会上获悉，2024年，青禾市行政机关负责人出庭应诉率达100%。\n"),
     "report_year", 2024),
    ("…a lead naming two years dates nothing",
     ("行政机关负责人出庭应诉率达百分之百\n时间:2025-03-06 来源:某某日报\n"
     "某某日报讯 近日，记者获悉，2023年，青禾市出庭应诉率为98%，2024年，青禾市出庭应诉率达100%。\n"),
     "report_year", None),
    ("a scoped year in the lead's first sentence",
     ("法律援助案例评选结果发布\n时间:2024-03-13 来源:某某日报\n某某日报讯 近日，青禾省法律援助案例评选结果发布。\n"
     "据统计，2023年全省法律援助机构共办理法律援助案件二千件。\n"), "report_year", 2023),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_field(case, text, name, expected):
    assert read(text, name) == expected


_NESTED = ("青禾市人民政府关于《青禾市人大常委会对〈青禾市人民政府关于2022年度环境保护工作情况的报告〉的审议意见》"
           "研究处理情况的报告\n市人大常委会：\n现将有关情况报告如下：\n一、加强污染防治。\n")


def test_a_title_citing_nested_titles_is_read_however_long():
    assert read(_NESTED, "title") == _NESTED.split("\n")[0]
    assert read(_NESTED, "issuer") == "青禾市人民政府"


def test_the_year_of_a_title_cited_inside_a_cited_title_is_not_the_reports():
    assert read(_NESTED, "report_year") is None
    dated = _NESTED.replace("关于《", "关于2023年度落实《", 1)
    assert read(dated, "report_year") == 2023


def test_a_long_line_without_nested_titles_or_with_a_pause_is_no_title():
    long_line = "青禾市人民政府关于进一步加强和改进全市行政执法监督工作推动严格规范公正文明执法全面落实行政执法责任制和重大行政决策程序制度的实施情况的报告"
    assert len(long_line) > 60
    assert read(long_line + "\n一、主要做法。\n", "title") is None
    paused = _NESTED.replace("研究处理", "，研究处理", 1)
    assert read(paused, "title") is None


def test_a_date_spaced_after_its_dashes():
    assert [(y.kind, y.value) for y in find_years("发布日期: 2025- 02- 08 08: 53")] == [("date", "2025-02-08")]
    # Only a dash may be followed by a space: 2023. 12. 5 is no date.
    assert [y.kind for y in find_years("见附表2023. 12. 5")] != ["date"]


_NAVIGATION = ("站群导航\n\n2024-03-15来源:\n\n2023年，青禾县人民政府坚持依法行政，推进法治政府建设取得新成效。\n")

MORE_CASES = [
    # A committee's office named whole: the name does not end at the 委 before 办.
    ("a committee's office", "青禾县编委办2023年度法治政府建设工作报告\n一、主要举措。\n", "issuer", "青禾县编委办"),
    ("…a committee alone still ends at 委", "青禾县卫健委2023年度法治政府建设工作报告\n一、主要举措。\n", "issuer", "青禾县卫健委"),
    # A site's navigation label is no headline.
    ("a navigation label", _NAVIGATION, "title", None),
    ("…a headline on a guide service is one", _NAVIGATION.replace("站群导航", "青禾县推行法治导航员服务"), "title",
     "青禾县推行法治导航员服务"),
    # A page labelled as an interpretation before the title it explains.
    ("an interpretation labelled before its title", "文字解读:青禾街道2022年政府信息公开工作年度报告\n一、编制背景\n", "kind", "other"),
    ("…the report itself", "青禾街道2022年政府信息公开工作年度报告\n一、总体情况\n", "kind", "annual_report"),
    # A yearly report whose opening names its joint authors, the committee first: the government.
    ("a yearly report by a province's committee and government",
     "2024年，云南省委、省政府坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n",
     "issuer", "云南省人民政府"),
    ("…not an article opening on the years past",
     "近年来，云南省委、省政府深入推进法治建设，各项工作取得新进展。\n", "issuer", None),
    ("…nor a report naming them by level alone",
     "2024年，县委、县政府坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n", "issuer", None),
    # …joined by 和 as by 、: the government, never the committee.
    ("a region's committee and government joined by 和",
     "2023年,广西壮族自治区党委和政府坚持以习近平法治思想为指导,深入推进法治政府建设。现将有关情况报告如下。\n一、主要举措\n",
     "issuer", "广西壮族自治区人民政府"),
    ("a province's committee and government joined by 和",
     "2023年,湖南省委和省政府坚持依法行政,法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n", "issuer", "湖南省人民政府"),
    ("…by level alone",
     "2023年,省委和省政府深入推进法治政府建设,全省法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n", "issuer", None),
    ("…a committee joined to no government",
     "2023年,湖南省委和省人大常委会深入推进法治建设。现将有关情况报告如下。\n一、主要举措\n", "issuer", None),
    ("…a title naming a committee's office keeps it",
     ("中共青禾市委全面依法治市委员会办公室关于2023年法治建设情况的报告\n2023年,市委和市政府深入推进法治建设。"
      "现将有关情况报告如下。\n一、主要举措\n"), "issuer", "中共青禾市委全面依法治市委员会办公室"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), MORE_CASES, ids=[c[0] for c in MORE_CASES])
def test_more_metadata_fields(case, text, name, expected):
    assert read(text, name) == expected

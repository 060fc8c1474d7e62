"""Kinds of pages read without a title of their own to go by: a report naming an honour its work won as a 典型案例
(获评, 被…评为, 荣获, 入围) is no case study, while a case told with its facts (基本案情:…) is one, its own honour said or
not; a year's opening with its author over an unnumbered line naming the year's work (2017年工作情况) above the numbered
parts is that year's report; an item numbered in a paper's series (“…白皮书”系列报道之四) is news, whatever report it
names, with no issuer of its own, while a white paper under its title and author stays one.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

_PARTS = "(二)深化复议改革。全旗受理行政复议案件45件,审结43件。\n二、存在的问题\n基层力量薄弱。\n"

CASES = [
    ("a report's work won an honour as a 典型案例 (获评)",
     "一、工作开展情况\n(一)创新普法形式,“草原轻骑兵”普法品牌获评全国法治论坛典型案例。全年开展普法活动300场。\n" + _PARTS,
     "annual_report"),
    ("…said 被…评为",
     "一、工作开展情况\n(一)创新普法形式,我旗“法治夜校”被司法厅评为全区普法创新典型案例。\n" + _PARTS, "annual_report"),
    ("…said 荣获",
     "一、工作开展情况\n(一)创新普法形式,“法治夜校”荣获全区普法依法治理创新典型案例称号。\n" + _PARTS, "annual_report"),
    ("a case told with its facts is a case study, its honour said of it",
     ("基本案情:2022年5月,两户牧民因草场边界发生争执,多次协商未果。\n调解过程:司法所组织双方实地勘察,依法释理,"
     "双方达成协议。该案被司法厅评为全区人民调解典型案例。\n"), "case_study"),
    ("…as is one headed 【基本案情】",
     "【基本案情】\n2022年5月,两户牧民因草场边界发生争执。\n【调解结果】\n双方当场签订协议。\n", "case_study"),
    ("…and one under its own title",
     "案例一:某司法所调解一起草场纠纷\n基本案情:2022年5月,两户牧民因草场边界发生争执,多次协商未果。\n", "case_study"),
    ("a year's opening with its author over the year's work on a line of its own",
     ("2019年是松岭区法治建设提升年,我局在区委、区政府正确领导下,深入推进依法治区工作。\n2019年工作情况\n"
     "一、保稳定,维护大局\n(一)全区人民调解组织调解纠纷1500宗,成功率99.2%。\n"), "annual_report"),
    ("…over the year's summary", ("2019年是松岭区法治建设提升年,我局在区委、区政府正确领导下,深入推进依法治区工作。\n"
     "2019年工作总结\n一、保稳定,维护大局\n(一)全区人民调解组织调解纠纷1500宗。\n"), "annual_report"),
    ("…but over the next year's plan reports none done",
     ("2019年是松岭区法治建设提升年,我局在区委、区政府正确领导下,深入推进依法治区工作。\n2020年工作计划\n"
     "一、保稳定,维护大局\n(一)力争全区人民调解组织调解纠纷1600宗。\n"), "other"),
    ("…and a line on the year's work under no opening of the year is none",
     "法治建设是全面依法治国的重点任务,需要各部门协同推进、久久为功,全局上下要持续用力抓好落实。\n2019年工作情况\n一、保稳定,维护大局\n(一)全区调解纠纷1500宗。\n", "other"),
    ("an item of a paper's series naming a white paper is news",
     "“2022中国法治建设‘白皮书’”系列报道之三\n——2022年行政复议工作进展\n2022年,最高人民法院受理案件31000件,审结29000件。\n",
     "news"),
    ("…numbered in brackets", "法治惠民新答卷系列述评(二)\n2022年,全省法院审结行政案件3100件。\n", "news"),
    ("a white paper under its title and author stays one",
     "2023年松岭市行政复议和行政应诉工作白皮书\n松岭市司法局\n2024年3月\n2023年,全市共收到行政复议申请1200件,审结1100件。\n",
     "white_paper"),
    ("a report running a series of its own stays a report",
     ("2023年,松岭县司法局在县委领导下扎实推进各项工作,取得明显成效。\n一、加强普法宣传\n在县电视台开设专栏,推出系列报道20篇。\n"
     "二、化解矛盾纠纷\n全县调解纠纷1200件,调解成功1190件。\n"), "annual_report"),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_the_kind_of_a_page(name, text, expected):
    assert extract(text).kind == expected


def test_a_papers_series_item_has_no_issuer():
    """The court its lead opens with is what the item reports on, not its author."""
    record = extract(CASES[10][1])
    assert record.issuer is None


def test_a_white_paper_keeps_its_author():
    record = extract(CASES[12][1])
    assert record.issuer is not None and record.issuer.name == "松岭市司法局"


# An untitled yearly report names cases in passing in its head: its work taken up by another body as one (被…作为典型案例
# 推广), or the cases it put on air, in print or before the public. Neither makes it a case study.
_OPENING = "2024年,松岭县司法局坚持以习近平法治思想为指导,扎实推进法治政府建设,{}。\n一、主要举措和成效\n" + _PARTS

PASSING_CASES = [
    ("its work taken up as one (作为)", "“庭前调解”做法被省司法厅作为典型案例在全省推广"),
    ("cases put on air (播出)", "在县电视台播出以案释法典型案例等节目36期"),
    ("cases printed (刊发)", "在县融媒体中心刊发行政执法典型案例"),
    ("…or printed (刊登)", "在《松岭日报》刊登普法典型案例"),
    ("cases reported (报道)", "配合省台报道矛盾纠纷化解典型案例"),
    ("cases exposed (曝光)", "向社会曝光违法用地典型案例"),
    ("cases circulated (通报)", "在全县范围通报行政执法不规范典型案例"),
    ("cases compiled (选编)", "选编人民调解典型案例供基层学习"),
]


@pytest.mark.parametrize("name, clause", PASSING_CASES, ids=[c[0] for c in PASSING_CASES])
def test_a_reports_passing_word_on_cases_keeps_it_a_report(name, clause):
    assert extract(_OPENING.format(clause)).kind == "annual_report"


def test_the_opening_alone_is_a_report():
    """The opening the cases above are said in reads as the year's report without them."""
    assert extract(_OPENING.format("取得明显成效")).kind == "annual_report"

"""An untitled item a lead paragraph of which opens with what the writer learned (据悉,…; 据了解,…): news, where nothing
else says what it is; a body's count (据统计,…), the words past the lead, or a yearly report's own words are no reporter's."""

import pytest
from conftest import metadata_field as read

from lawreport.catalog import get_catalog

FIRST = "{opening}本次庭审所涉案件为青禾区政府经复议后的诉讼案件。行政复议体制改革以来,青禾区不断放大制度优势。\n"
OTHER = "一是拓宽申请渠道,实现基层受理咨询点全覆盖。二是提高化解力,与人民调解高效联动。\n"
REPORT = ("2024年,青禾区司法局坚持依法行政,法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n"
          "据悉,全区复议申请量较上年明显增加。\n二、存在的不足\n基层力量薄弱。\n")
PAGES = [
    ("learned in the opening", "【资料图】\n" + FIRST.format(opening="据悉,") + OTHER, "news"),
    ("learned in the lead's second paragraph", OTHER + FIRST.format(opening="据了解,"), "news"),
    ("a body's count", FIRST.format(opening="据统计,") + OTHER, "other"),
    ("learned past the lead", OTHER * 3 + FIRST.format(opening="据悉,"), "other"),
    ("a yearly report's words", REPORT, "annual_report"),
]


@pytest.mark.parametrize(("case", "page", "expected"), PAGES, ids=[c[0] for c in PAGES])
def test_a_lead_telling_what_was_learned_makes_news(case, page, expected):
    assert read(page, "kind") == expected


# A lead telling what an official said (局长某某介绍,…; 院长某某在…会议上作…报告时指出,…) or whom the writer heard it from
# (据某局介绍,…): the press telling a body's words, news with no issuer, its year the lead's; a report quoting the
# general secretary, or a yearly report its own head, stays what it is.
SAID = "2024年,全县人民调解组织共调解矛盾纠纷1320件,调解成功1298件。\n王某表示,下一步将继续深化人民调解工作。\n"
SPEAKERS = [
    ("an official's words", "青禾县司法局局长王某介绍," + SAID),
    ("an official's words at a meeting", "青禾市中级人民法院院长李某在1月20日召开的市人代会上作工作报告时指出," + SAID),
    ("a body's head unnamed", "青禾县司法局相关负责人表示," + SAID),
    ("whom the writer heard it from", "据青禾县司法局介绍," + SAID),
]


@pytest.mark.parametrize(("case", "page"), SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_a_lead_telling_an_officials_words_makes_news(case, page):
    assert read(page, "kind") == "news"
    assert read(page, "issuer") is None  # never the body the official heads, nor 据某局
    assert read(page, "report_year") == 2024


@pytest.mark.parametrize(("case", "page", "expected"), [
    ("the general secretary quoted", ("习近平总书记指出,法治是最好的营商环境。2024年,青禾县司法局坚持依法行政。\n"
     "一、主要举措\n全年调解矛盾纠纷1320件。\n"), "other"),
    ("a yearly report's own head", ("2024年,青禾县司法局坚持依法行政。现将有关情况报告如下:\n一、主要举措\n"
     "青禾县司法局局长王某指出,调解是化解矛盾的第一道防线。\n全年调解矛盾纠纷1320件。\n"), "annual_report"),
], ids=["the general secretary quoted", "a yearly report's own head"])
def test_words_a_report_quotes_make_no_news(case, page, expected):
    assert read(page, "kind") == expected


def test_no_body_opens_with_the_writers_source():
    assert get_catalog().org.match("据青禾县司法局介绍") is None
    assert get_catalog().org.match("青禾县司法局介绍").group(0) == "青禾县司法局"


# An opening paragraph calling the place it tells of back with 该 (2024年,该县司法局…; 该区今年…): the press's third person, news with no
# issuer (该县司法局 is no body's own name); a body's own report says 我县 or 县司法局, 该区域 names no place, and a later
# paragraph's 该县 calls back a place the text named before it.
HEADLINE = "青禾县复议为民成效明显\n"
CALLED_BACK = [
    ("after the year", HEADLINE + "2024年,该县司法局共办理行政复议案件71件,纠错率13.2%。\n", "news"),
    ("opening the lead", HEADLINE + "该区今年以来共调解矛盾纠纷860件,调解成功率98.6%。\n", "news"),
    ("the body's own words", HEADLINE + "2024年,县司法局共办理行政复议案件71件,纠错率13.2%。\n", "other"),
    ("a region, no place", HEADLINE + "该区域内共调解矛盾纠纷860件,调解成功率98.6%。\n", "other"),
    ("a later paragraph's", HEADLINE + "2023年,青禾县共调解矛盾纠纷790件。\n2024年,该县共调解矛盾纠纷860件。\n", "other"),
]


@pytest.mark.parametrize(("case", "page", "expected"), CALLED_BACK, ids=[c[0] for c in CALLED_BACK])
def test_a_lead_calling_its_place_back_makes_news(case, page, expected):
    assert read(page, "kind") == expected
    assert read(page, "issuer") is None

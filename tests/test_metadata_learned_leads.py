"""An untitled item a lead paragraph of which opens with what the writer learned (据悉,…; 据了解,…): news, where nothing
else says what it is; a body's count (据统计,…), the words past the lead, or a yearly report's own words are no reporter's."""

import pytest
from conftest import metadata_field as read

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

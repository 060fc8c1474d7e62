"""Metadata phrasings of genres other than a body's own yearly report: reviews of several years, news, releases."""

import pytest
from conftest import metadata_field as read

COURT_TITLE = "青禾县人民法院关于行政审判工作情况的报告\n"
BODY = "\n依法受理各类行政案件，监督行政机关依法行政。\n"

# A first section headed by a year it reviews from (一、2015年以来的…工作) reports on a span of years, not that year.
SECTION_SPANS = [
    ("a review since a year", COURT_TITLE + "一、2015年以来的行政审判工作" + BODY, None),
    ("…in traditional script", "青禾縣人民法院關於行政審判工作情況的報告\n一、2015年以來的行政審判工作\n依法受理行政案件。\n",
     None),
    ("…a range of years", "青禾县行政应诉情况分析\n一、2019—2021年行政应诉案件情况" + BODY, None),
    ("a section headed by the one year it reviews still dates the item", COURT_TITLE + "一、2015年行政审判工作" + BODY,
     2015),
]


@pytest.mark.parametrize(("case", "text", "expected"), SECTION_SPANS, ids=[c[0] for c in SECTION_SPANS])
def test_a_first_section_reviewing_a_span_of_years_gives_no_report_year(case, text, expected):
    assert read(text, "report_year") == expected


# A paper's affiliation line under its byline, with a postcode, places its authors, not its subject.
PAPER = "基层司法所建设的现状与对策\n甲乙 丙丁\n{affiliation}\n{body}\n一、问题的提出\n司法所承担着基层法治建设的职责。\n"
PAPER_BODY = "司法所是县级司法局在乡镇设立的派出机构，近年来各地加强了司法所规范化建设。"
AFFILIATIONS = [
    ("a university and its city", PAPER.format(affiliation="(青禾大学 法学院，湖北 武汉 430079)", body=PAPER_BODY),
     None),
    ("two numbered affiliations", PAPER.format(
        affiliation="（1.中共山东省委党校，山东 济南 250001；2.青禾学院，山东 济南 250100）", body=PAPER_BODY), None),
    ("a paper on a place it names in its body still has it", PAPER.format(
        affiliation="(青禾大学 法学院，湖北 武汉 430079)",
        body="本文以四川省成都市为样本，成都市各区县司法所均已完成规范化建设。"), "四川省"),
]


@pytest.mark.parametrize(("case", "text", "expected"), AFFILIATIONS, ids=[c[0] for c in AFFILIATIONS])
def test_an_authors_affiliation_with_a_postcode_does_not_place_the_paper(case, text, expected):
    assert read(text, "province") == expected


# A subtitle under a paper's or an article's headline (——以某县为例) qualifies it: the headline is the title.
LEAD = "\n2023-02-07 08:42\n司法所是县级司法局在乡镇设立的派出机构，近年来各地加强了司法所规范化建设。\n"
SUBTITLES = [
    ("a subtitle naming its sample", "基层治理中司法所的困境及其应对\n——以青禾县十个司法所为例" + LEAD,
     "基层治理中司法所的困境及其应对"),
    ("a subtitle holding a title word", "基层治理中司法所的困境及其应对\n——以青禾县十个司法所为分析样本" + LEAD,
     "基层治理中司法所的困境及其应对"),
    ("a dash inside a headline is no subtitle", "青禾县司法所建设——三年攻坚回眸与展望" + LEAD,
     "青禾县司法所建设——三年攻坚回眸与展望"),
]


@pytest.mark.parametrize(("case", "text", "expected"), SUBTITLES, ids=[c[0] for c in SUBTITLES])
def test_a_subtitle_is_not_the_title(case, text, expected):
    assert read(text, "title") == expected

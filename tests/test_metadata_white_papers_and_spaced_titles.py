"""Metadata of a body's item announcing its white paper, and of what a report speaking of itself says.

A headline or a lead telling that a court put out its white paper (某中院发布2025年行政审判白皮书) over text telling of
it in the third person (白皮书显示…) is news, as an item announcing a report is; the white paper itself, posted under
such a headline, keeps its kind, and so does a report speaking of itself (本报告显示…). Every sentence below is written
for these tests; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_COURT_TITLE = "青禾市中级人民法院发布2025年行政审判白皮书"
_WHITE_TOLD = "\n6月1日,青禾市中级人民法院发布2025年行政审判白皮书。白皮书显示,全市受理行政案件220件。\n"
_WHITE_ITSELF = "\n前言\n2025年,全市两级法院受理行政案件220件,审结208件。\n"

WHITE_PAPERS = [
    ("a court's headline announcing its white paper", _COURT_TITLE + _WHITE_TOLD, "kind", "news"),
    ("…told by 据白皮书", _COURT_TITLE + "\n据白皮书,全市受理行政案件220件。\n", "kind", "news"),
    ("…its year is the white paper's", _COURT_TITLE + _WHITE_TOLD, "report_year", 2025),
    ("…the court it tells of is no issuer", _COURT_TITLE + _WHITE_TOLD, "issuer", None),
    ("…a lead opening with the day", _WHITE_TOLD.lstrip("\n"), "kind", "news"),
    ("…the white paper itself under such a headline", _COURT_TITLE + _WHITE_ITSELF, "kind", "white_paper"),
    ("…and names its author", _COURT_TITLE + _WHITE_ITSELF, "issuer", "青禾市中级人民法院"),
    ("…speaking of itself", _COURT_TITLE + _WHITE_ITSELF + "本白皮书显示,行政机关败诉率有所下降。\n", "kind", "white_paper"),
    ("…nor is the white paper under its own title", "青禾市中级人民法院2025年行政审判白皮书" + _WHITE_ITSELF, "kind", "white_paper"),
    # A report speaking of itself is the report, not an item telling of it.
    ("a report's 本报告显示", "青禾县司法局发布2025年行政复议工作报告\n本报告显示,2025年全县共收到行政复议申请120件。\n", "kind",
     "annual_report"),
    ("…报告显示 tells of one", "青禾县司法局发布2025年行政复议工作报告\n报告显示,2025年全县共收到行政复议申请120件。\n", "kind",
     "news"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), WHITE_PAPERS, ids=[c[0] for c in WHITE_PAPERS])
def test_an_item_announcing_a_white_paper(case, text, name, expected):
    assert read(text, name) == expected


# A mirror's title scraped letter-spaced (青 禾 县 司 法 局 2024 年…) or with spaces around its year (白沙镇 2024 年度…):
# the title stays as printed; its author, place and year read as from the title set solid.
_DONE = "坚持依法行政,推进法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n"
_UNNAMED = "\n全县" + _DONE
SPACED = [
    ("a letter-spaced body names the author", "阳 山 县 司 法 局 2024 年 法治政府建设情况报告" + _UNNAMED, "issuer", "阳山县司法局"),
    ("…and places the report", "阳 山 县 司 法 局 2024 年 法治政府建设情况报告" + _UNNAMED, "county", "阳山县"),
    ("…the year spaced is the year", "阳 山 县 司 法 局 2024 年 法治政府建设情况报告" + _UNNAMED, "report_year", 2024),
    ("…the title as printed", "阳 山 县 司 法 局 2024 年 法治政府建设情况报告" + _UNNAMED, "title",
     "阳 山 县 司 法 局 2024 年 法治政府建设情况报告"),
    ("…a government before 关 于", "阳 山 县 人 民 政 府 关 于 2024 年 法治政府建设情况的报告" + _UNNAMED, "issuer",
     "阳山县人民政府"),
    ("…a town before its year", "白 沙 镇 2024 年法治政府建设情况报告\n2024年,全镇" + _DONE + "白沙镇政府严格落实法律顾问制度。\n",
     "issuer", "白沙镇人民政府"),
    ("a town set solid, a space before its year", "阳山县白沙镇 2024年度法治政府建设情况报告" + _UNNAMED
     + "阳山县白沙镇人民政府严格落实法律顾问制度。\n", "issuer", "阳山县白沙镇人民政府"),
    ("…a town before no year authors no title", "阳山县白沙镇 法治政府建设情况报告" + _UNNAMED, "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), SPACED, ids=[c[0] for c in SPACED])
def test_a_spaced_title(case, text, name, expected):
    assert read(text, name) == expected


def test_words_parted_by_a_space_are_not_read_as_one_name():
    # Only letters standing alone are set solid: a column's words before the body stay apart from its name.
    assert read("政务公开 阳山县人民政府2024年法治政府建设情况报告" + _UNNAMED, "issuer") != "政务公开阳山县人民政府"


# A title set alone in 《》 or 〈〉 on its line: the marks are no part of it; its year and author are read from it.
_MARKED = "阳山县司法局2024年法治政府建设情况的报告"
MARKED = [
    ("a title in 〈〉 on its line", "〈" + _MARKED + "〉" + _UNNAMED, "title", _MARKED),
    ("…its year", "〈" + _MARKED + "〉" + _UNNAMED, "report_year", 2024),
    ("…its author", "〈" + _MARKED + "〉" + _UNNAMED, "issuer", "阳山县司法局"),
    ("…in 《》", "《" + _MARKED + "》" + _UNNAMED, "title", _MARKED),
    ("…in 《》, its author", "《" + _MARKED + "》" + _UNNAMED, "issuer", "阳山县司法局"),
    ("…a title citing one in 〈〉 keeps its marks", "《阳山县人民政府关于〈" + _MARKED + "〉的说明》" + _UNNAMED, "title",
     "《阳山县人民政府关于〈" + _MARKED + "〉的说明》"),
    ("…and the cited year is not its own",
     "阳山县人大常委会对〈阳山县人民政府关于2017年度法治政府建设情况的报告〉的审议意见" + _UNNAMED, "report_year", None),
    ("…nor is it when the cited title opens the line",
     "〈阳山县人民政府关于2017年度法治政府建设情况的报告〉的审议意见" + _UNNAMED, "report_year", None),
    ("…a word in 〈〉 inside a title stays", "阳山县2024年法治政府建设〈年度〉报告" + _UNNAMED, "title", "阳山县2024年法治政府建设〈年度〉报告"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), MARKED, ids=[c[0] for c in MARKED])
def test_a_title_alone_in_its_marks(case, text, name, expected):
    assert read(text, name) == expected


# A news headline or lead naming a report dated in parentheses after its name (《…白皮书(2024)》发布, 《某某蓝皮书:…评估报告
# (2024)》): the year the item reports on.
_PAPER_LEAD = "\n来源:青禾日报\n6月1日,青禾大学召开新闻发布会。\n"
DATED_REPORTS = [
    ("a headline naming a report dated in parentheses", "《青禾市行政复议白皮书(2024)》发布" + _PAPER_LEAD, "report_year", 2024),
    ("…a lead naming one after its series' name",
     "青禾法治蓝皮书在京发布\n来源:青禾日报\n6月1日,青禾大学发布《青禾法治蓝皮书:青禾市法治政府评估报告(2024)》。\n", "report_year", 2024),
    ("…a report named without its year dates nothing", "《青禾市行政复议白皮书》发布" + _PAPER_LEAD, "report_year", None),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), DATED_REPORTS, ids=[c[0] for c in DATED_REPORTS])
def test_a_news_item_on_a_report_dated_in_parentheses(case, text, name, expected):
    assert read(text, name) == expected

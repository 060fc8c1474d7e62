"""A gazetteer's (地方志) chapter is read as a yearbook's entry, the nearest kind of reference work: its name on a line of
its own or in a page's running head (某县志, Page 12 - 某市某区志), a volume over its chapter (卷十九 政法 / 第三章 司法行政),
or a chapter's or a section's heading over an entry on the past (第五节 律师业务 / 1981年4月,建立县法律顾问处…). Each has a
twin that keeps its kind: a report in sections, a plan for compiling a gazetteer, a law in chapters, a report's line on
compiling one.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

CASES = [
    ("a county's gazetteer over its parts",
     "柳河县志\n第十八编 政法\n第四章 司法行政\n第二节 人民调解\n1990年,全县调委会调解民间纠纷812件。\n", "yearbook"),
    ("a district's gazetteer in a page's running head",
     "Page 12 - 青禾市白沙区志\nP. 12\n续表\n年份 受理数 办结数\n2003 25 21\n2004 19 22\n", "yearbook"),
    ("a bureau's own gazetteer with its span",
     "青禾县司法行政志(1978—2005)\n人民调解\n1985年,全县建立村调委会215个。\n", "yearbook"),
    ("a volume over its chapter",
     "卷十九 政法\n第三章 司法行政\n1998年,全县办理公证1200件。\n", "yearbook"),
    ("a section over an entry on the past",
     "第五节 律师业务\n1981年4月,建立县法律顾问处,共2人。1986年增至8人。\n", "yearbook"),
    ("a section over an entry run into its subject",
     "第一节 组织机构\n司法局调解科1991年,区司法局设调解科,主管基层人民调解工作。\n", "yearbook"),
    # twins
    ("a report in sections",
     ("柳河县司法局2020年法治政府建设工作报告\n一、主要工作\n第一节 人民调解\n2020年,全县调委会调解纠纷812件。\n"
      "第二节 法律援助\n全年办理法律援助案件300件。\n"), "annual_report"),
    ("a plan for compiling a gazetteer",
     "《柳河县志》编纂工作方案\n为做好第三轮县志编纂工作,制定本方案。\n一、总体要求\n二、编纂内容\n", "plan"),
    ("a law in chapters", "中华人民共和国某法\n第一章 总则\n第一条 为了规范人民调解活动,制定本法。\n", "other"),
    ("a report's line on compiling one",
     "青禾县司法局2023年工作总结\n2023年,我局全力推进各项工作。\n(三)编修县志\n完成司法行政部分初稿。\n", "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_gazetteer_chapter_is_a_yearbook_entry(case, text, expected):
    assert field(text, "kind") == expected


# A yearbook's entries all open with the year it records (2023年,… / 年内,…); a gazetteer's chapter tells the decades
# (1951年,… / 1985年,…): it reports on no one year.
YEARS = [
    ("a chapter's entries decades apart",
     ("第四章 司法行政\n第一节 机 构\n1951年,县人民政府设司法科,负责民事调解和监所管理。\n"
      "1980年至1987年,县司法局先后恢复公证处和律师事务所。\n第二节 人民调解\n1985年,全县调解纠纷1200件。\n"), None),
    ("…a gazetteer's sections, years apart",
     ("柳河县志\n第十八编 政法\n第四章 司法行政\n第二节 人民调解\n1990年,全县调委会调解民间纠纷812件。\n"
      "1995年,全县调委会调解民间纠纷900件。\n"), None),
    # twins
    ("a yearbook's entries of its one year", ("司法行政\n2023年,青禾市司法局内设科室8个,有干部职工160人。全年办理法律援助案件"
                                             "1200件。\n年内,全市新建司法所业务用房5处。\n"), 2023),
    ("a section over one entry", "卷十九 政法\n第三章 司法行政\n1998年,全县办理公证1200件。\n", 1998),
    ("a yearbook's entries opening with no year, the first telling what its year was",
     ("【司法行政】 2023年是全市法治建设年,市司法局办理法律援助案件1200件。\n【人民调解】 年内,全市调解纠纷7412件。\n"), 2023),
]


@pytest.mark.parametrize(("case", "text", "expected"), YEARS, ids=[c[0] for c in YEARS])
def test_a_gazetteer_chapter_reports_no_one_year(case, text, expected):
    assert field(text, "kind") == "yearbook"
    assert field(text, "report_year") == expected


# A gazetteer's numbered chapter or section names no page's title, its name letter-spaced (第一节 机 构) or not, as the
# unspaced heading, read as a table's row, names none; a yearbook's heading over its entry is its title.
TITLES = [
    ("a letter-spaced section under its chapter",
     ("第四章 司法行政\n第一节 机 构\n1951年,县人民政府设司法科,负责民事调解和监所管理。\n"
      "第二节 人民调解\n1985年,全县调解纠纷1200件。\n"), None),
    ("…a section's long name", "第五节 人民调解委员会组织\n1981年4月,建立县人民调解委员会。1986年增至80个。\n", None),
    ("the same section set solid", ("第四章 司法行政\n第一节 机构\n1951年,县人民政府设司法科,负责民事调解和监所管理。\n"
                                    "第二节 人民调解\n1985年,全县调解纠纷1200件。\n"), None),
    # twin
    ("a yearbook's heading", ("司法行政\n2023年,青禾市司法局内设科室8个,有干部职工160人。全年办理法律援助案件1200件。\n"
                              "年内,全市新建司法所业务用房5处。\n"), "司法行政"),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_a_gazetteer_heading_is_no_title(case, text, expected):
    assert field(text, "kind") == "yearbook"
    assert field(text, "title") == expected

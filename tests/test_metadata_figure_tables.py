"""A table of a year's figures put out under its own title (…案件办理情况一览表, …行政应诉案件一览表, …数量一览表) is a
statistics release, its title the line naming the table, not a row of it below (新收行政复议案件 96); a list of bodies or
duties so titled (行政执法主体一览表) counts nothing and is no release.

Every text below is written for these tests; the names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ROWS = "项目 数量\n新收行政复议案件 96\n一审行政诉讼案件 41\n"
_CASES = "2023年全县行政复议行政应诉案件一览表\n" + _ROWS
_STATE = ("青禾县2023年法律援助案件办理情况一览表\n发布时间:2024-01-08\n序号 项目 数量\n1 受理法律援助案件 460\n"
          "2 办结法律援助案件 442\n青禾县法律援助中心\n")
_COUNTS = "白沙区2024年人民调解案件数量一览表\n调委会 受理 调解成功\n白沙镇调委会 120 118\n青石镇调委会 86 85\n"
# A release of the figures titled by them (…主要业务数据), its rows one cell a line or labelled before a colon below it.
_FIGURES = "2023年度白沙区司法行政主要业务数据\n\n项目\n数量\n人民调解案件数(件)\n2345\n法律援助案件数(件)\n523\n"
_LISTED = "青禾县2024年司法行政数据发布\n\n人民调解案件数(件):2345\n法律援助案件数(件):523\n"

TABLES = [
    ("a table of a year's cases", _CASES, "kind", "statistics"),
    ("…titled by its name, not by a row", _CASES, "title", "2023年全县行政复议行政应诉案件一览表"),
    ("…dated by its year", _CASES, "report_year", 2023),
    ("a table of the state of the cases handled, under a site's date line", _STATE, "kind", "statistics"),
    ("…its title", _STATE, "title", "青禾县2023年法律援助案件办理情况一览表"),
    ("a table of the counts", _COUNTS, "kind", "statistics"),
    ("…its title", _COUNTS, "title", "白沙区2024年人民调解案件数量一览表"),
    ("a release of the figures", _FIGURES, "kind", "statistics"),
    ("…titled by them, not by a row's label", _FIGURES, "title", "2023年度白沙区司法行政主要业务数据"),
    ("…dated by its year", _FIGURES, "report_year", 2023),
    ("…or by their release", _LISTED, "title", "青禾县2024年司法行政数据发布"),
    ("a list of bodies so titled is no release",
     "青禾县行政执法主体一览表\n序号 单位名称 执法类别\n1 县市场监督管理局 市场监管\n", "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), TABLES, ids=[c[0] for c in TABLES])
def test_a_table_of_figures(case, text, field, expected):
    assert read(text, field) == expected


def test_a_column_s_two_characters_are_no_title():
    assert read("青禾县矛盾纠纷化解\n项目\n数据\n受理纠纷\n120\n调解成功\n118\n", "title") != "数据"


# A table flattened one cell a line under a headline with no title word: its rows' labels (受理纠纷(件) / 120, run
# together by normalize when two rows or more follow: 受理纠纷(件)120), and the unit cells between (受理纠纷 / 件 / 120),
# are no headline; a cover's year alone (… / 2023), a date, a number alone with no figure after it and a headline
# ending on a figure (…成功率达98.7%) are no table.
FLATTENED = [
    ("rows noting their unit", "青禾县矛盾纠纷化解\n项目\n数量\n受理纠纷(件)\n120\n调解成功(件)\n118\n", "青禾县矛盾纠纷化解"),
    ("rows with unit cells", "白沙区人民调解主要指标\n指标\n单位\n数值\n受理纠纷\n件\n120\n调解成功\n件\n118\n",
     "白沙区人民调解主要指标"),
    ("two rows", "青禾县法律援助\n受理法律援助案件\n460\n办结法律援助案件\n452\n", "青禾县法律援助"),
    ("a date", "青禾县法律援助惠民生\n2024.01.05\n1024\n2023年,县司法局共受理法律援助案件460件。\n", "青禾县法律援助惠民生"),
    ("a number alone", "青禾县法律援助惠民生\n1024\n2023年,县司法局共受理法律援助案件460件。\n", "青禾县法律援助惠民生"),
    ("a cover's year", "青禾县法院行政审判\n2023\n\n一、基本情况\n2023年,本院受理一审行政案件86件。\n", "青禾县法院行政审判"),
    ("a page's or an item's number", "青禾县法律援助简讯\n1\n2023年,县司法局共受理法律援助案件460件。\n", "青禾县法律援助简讯"),
    ("a headline's figure", "青禾县去年人民调解成功率达98.7%\n\n本报讯 去年全县共受理矛盾纠纷3120件。\n",
     "青禾县去年人民调解成功率达98.7%"),
]


@pytest.mark.parametrize(("case", "text", "title"), FLATTENED, ids=[c[0] for c in FLATTENED])
def test_a_flattened_table_s_rows_are_no_headline(case, text, title):
    assert read(text, "title") == title


"""Three ways a text dates itself that are not what they seem.

- A month alone under a body's name (石桥县司法局 / 2025年1月), read with it as the title, is the month the text was
  issued in, not the year it reports on: the body's account says that (2024年,我局…; 现将2023年…报告如下). A title's
  own year stays, whatever month stands below it.
- A report's statement of what it is may open with 特将, or with 现 alone before the year, or give the year in brackets
  after 本年度: the year reported on, as 现将2024年…报告如下 gives it. 实现2023年…目标 states nothing.
- An e-paper reader's masthead shows the day it is read on (电子报阅读机 / 2025-06-30 / 星期一); the item's own line
  gives its day without the year (日期:03-12). The item is dated that day in the masthead's year, when that falls on or
  before the masthead's day; when after, the item is of some year before, which the page does not say: none.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

ISSUE_MONTHS = [
    ("a month under a body's name", "石桥县司法局\n2025年1月\n2024年,我局共受理法律援助案件815件。\n", 2024),
    ("…over a report's first part", "石桥区人民政府\n2023年2月\n一、2022年法治政府建设情况\n全区共办理行政复议案件47件。\n",
     2022),
    ("…over a report's statement", "青禾市司法局\n2024年3月\n2023年,我局全年办理法律援助案件1463件。现将2023年工作情况报告如下。\n",
     2023),
    ("a title's own year stays", "石桥县人民政府关于2024年法治政府建设情况的报告\n2025年1月\n全县共办理行政复议案件47件。\n",
     2024),
]


@pytest.mark.parametrize(("case", "text", "expected"), ISSUE_MONTHS, ids=[c[0] for c in ISSUE_MONTHS])
def test_an_issue_month_is_no_report_year(case, text, expected):
    assert read(text, "report_year") == expected


_PART = "\n一、主要工作\n全镇共调解矛盾纠纷46件。\n"

STATEMENTS = [
    ("特将", "白沙镇坚持以习近平法治思想为指导。特将2024年我镇法治政府建设情况报告如下:" + _PART, 2024),
    ("现 alone before the year", "白沙镇深入推进依法行政。现2025年我镇法治政府建设工作情况报告如下:" + _PART, 2025),
    ("the year in brackets after 本年度", "某街道高度重视法治建设。现将本街道本年度(2023年)法治政府建设情况报告如下:"
     + _PART.replace("全镇", "全街"), 2023),
    ("…in full-width brackets", "某街道高度重视法治建设。现将本街道本年度（2023年）法治政府建设情况报告如下:"
     + _PART.replace("全镇", "全街"), 2023),
    ("现将, as before", "白沙镇坚持依法行政。现将2024年法治政府建设情况报告如下:" + _PART, 2024),
    ("实现 states nothing", "白沙镇全力实现2023年度法治建设目标情况良好。" + _PART, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), STATEMENTS, ids=[c[0] for c in STATEMENTS])
def test_a_report_statement_worded_otherwise(case, text, expected):
    assert read(text, "report_year") == expected


_READER = "电子报阅读机\n2025-06-30\n星期一\n当前报纸名称:青禾日报\n\n石桥县行政复议收案创新高\n\n"
_ITEM = "\n本报讯 去年石桥县共收到行政复议申请327件。\n"

YEARLESS = [
    ("the item's day in the masthead's year", _READER + "日期:03-12" + _ITEM, "2025-03-12"),
    ("…the masthead's weekday on its line", "数字报\n2024-12-01 星期日\n当前报纸名称:青禾日报\n石桥县行政复议收案创新高\n"
     + "日期:11-28\n本报讯 今年石桥县共收到行政复议申请327件。\n", "2024-11-28"),
    ("a day after the masthead's is of a year not said", _READER + "日期:08-12" + _ITEM, None),
    ("an item's own full date stays", _READER + "日期:2025-03-12" + _ITEM, "2025-03-12"),
]


@pytest.mark.parametrize(("case", "text", "expected"), YEARLESS, ids=[c[0] for c in YEARLESS])
def test_a_yearless_item_day_under_a_masthead(case, text, expected):
    assert read(text, "published") == expected

"""A page's header of fields parted by bars, one of them its day alone (法治观察 | 依法行政 | 2022-05-18 | 某某晚报,
2022年05月18日 | 来源:某某网): the page's date line, never its headline."""

import pytest
from conftest import metadata_field as read

_HEADLINE = "\n\n白沙县去年办理法律援助案件860件\n\n"
_LEAD = "本报讯 2021年,白沙县法律援助中心共办理法律援助案件860件,同比增长6%。\n"

HEADERS = [
    ("the day after a bar, between two", "法治观察 | 依法行政 | 2022-05-18 | 《某某晚报》"),
    ("the day after a bar, closing the line", "首页 | 法治动态 | 2022-05-18"),
    ("the day in words opening the line before a bar", "2022年05月18日 | 来源:某某网"),
    ("the day and its time opening the line before a bar", "2022/05/18 09:30 | 某某晚报"),
    ("the day alone opening the line before a bar", "2022-05-18 | 《某某晚报》 | 法治版"),
]


@pytest.mark.parametrize(("case", "header"), HEADERS, ids=[c[0] for c in HEADERS])
def test_a_bar_parted_header_is_no_headline(case, header):
    assert read(header + _HEADLINE + _LEAD, "title") == "白沙县去年办理法律援助案件860件"


@pytest.mark.parametrize(("case", "header"), HEADERS, ids=[c[0] for c in HEADERS])
def test_a_bar_parted_header_dates_the_page(case, header):
    assert read(header + _HEADLINE + _LEAD, "published") == "2022-05-18"


# A header whose columns name an analysis (热点分析) is no headline either, though it reads more like one than the
# headline under it does.
def test_a_bar_parted_header_naming_an_analysis_is_no_headline():
    text = ("热点分析 | 公共管理与法制 | 2023-07-01 | 《某某报》\n\n青禾县司法局去年调解纠纷1300件\n\n"
            "本报讯 2022年,青禾县人民调解组织共调解纠纷1300件,调解成功率98%。\n")
    assert read(text, "title") == "青禾县司法局去年调解纠纷1300件"


# A day in a table's row among the body's figures is no header: the page stays undated.
def test_a_table_row_holding_a_day_dates_nothing():
    text = ("白沙县法律援助工作情况\n\n2021年,全县办理法律援助案件860件。\n项目 | 截止日期 | 件数\n"
            "法律援助 | 2021-12-31 | 860\n")
    assert read(text, "published") is None

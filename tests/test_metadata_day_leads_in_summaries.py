"""A day's doings told in the head of a year's work summary (3月5日,区委书记到街道调研…。2024年,某街道…), its numbered parts
those of a summary (a part on work done and one on shortcomings or plans ahead): the year's report, no news item. A day
whose sentence names a report (3月5日,区政府常务会议审议通过…报告), or one over parts of no summary, leads a news item.

Every text below is written for these tests; the places are real, the bodies' doings and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SUMMARY = ("\n一、主要工作\n(一)加强组织领导。全年召开党工委会议学法8次。\n(二)化解矛盾纠纷。全年调解纠纷210件。\n"
            "二、存在问题\n基层法治力量薄弱。\n三、下一步工作打算\n继续推进基层依法治理。\n")
_NO_SUMMARY = "\n调研组一行察看了街道综治中心,听取了司法所调解工作汇报,全年调解纠纷210件。\n"


@pytest.mark.parametrize("head", [
    "3月5日,区委书记到孝丰镇调研法治建设工作,对全镇依法行政工作给予肯定。2024年,孝丰镇人民政府坚持依法行政。",
    "2024年,天子湖镇人民政府坚持依法行政,深入推进法治政府建设。6月18日,县委副书记到镇督导基层法治工作。",
    "安吉县灵峰街道办事处\n9月12日上午,区委依法治区办到街道调研,听取法治建设工作汇报。今年以来,我街道坚持依法行政,现将2024年工作总结如下:",
])
def test_a_days_doings_heading_a_years_summary_is_a_report(head):
    assert read(head + _SUMMARY, "kind") == "annual_report"


@pytest.mark.parametrize(("head", "parts"), [
    ("3月5日,区政府召开常务会议,审议通过2024年度法治政府建设情况报告。会议指出,要压实责任。", _SUMMARY),
    ("3月5日,区委书记到灵峰街道调研法治建设工作,对街道依法行政工作给予肯定。", _NO_SUMMARY),
    ("3月5日,县政府召开常务会议,听取2024年度法治政府建设工作情况汇报,研究部署下一步工作。会议指出,要压实责任。",
     _SUMMARY),
    ("6月2日,市政府召开第9次常务会议,审议2023年度依法行政工作汇报。会议强调,要抓好整改。", _SUMMARY),
])
def test_a_day_telling_of_a_report_or_over_no_summary_leads_news(head, parts):
    assert read(head + parts, "kind") == "news"


@pytest.mark.parametrize(("head", "issuer", "year"), [
    ("3月5日,区委书记到孝丰镇调研法治建设工作,对全镇依法行政工作给予肯定。2024年,孝丰镇人民政府坚持依法行政。",
     "孝丰镇人民政府", 2024),
    ("3月5日,区委书记到孝丰镇调研法治建设工作,对全镇依法行政工作给予肯定。\n2024年,孝丰镇人民政府坚持依法行政。",
     "孝丰镇人民政府", 2024),
    ("10月8日下午,市委依法治市办到递铺街道督导基层法治工作。\n2023年,递铺街道办事处深入推进法治政府建设。",
     "递铺街道办事处", 2023),
])
def test_a_summary_under_a_days_doings_is_read_from_the_sentence_after_it(head, issuer, year):
    text = head + _SUMMARY
    assert read(text, "kind") == "annual_report"
    assert read(text, "issuer") == issuer
    assert read(text, "report_year") == year


def test_a_news_items_opening_day_is_not_set_aside():
    text = "3月5日,县政府召开常务会议,听取2024年度法治政府建设工作情况汇报。\n2024年,某县人民政府坚持依法行政。" + _SUMMARY
    assert read(text, "kind") == "news"

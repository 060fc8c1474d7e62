"""The body named alone on the line right below a title, set there in parentheses or after a dash, the day it signed
it after it or not, is the report's byline: its author, whatever lines (a page's date, the report's opening) follow; the
day in parentheses with it dates the page.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("2024年,我局坚持以习近平法治思想为指导,现将有关情况报告如下:\n一、主要举措和成效\n"
         "(一)加强组织领导。全年召开专题会议三次。\n二、存在的问题\n一是学法用法还不够深入。\n")

BYLINES = [
    ("a body alone under the title, the page's date below it",
     "关于2024年度法治政府建设工作情况的报告\n石门县自然资源局\n发布日期:2025-02-18\n" + _BODY, "石门县自然资源局"),
    ("…set in parentheses", "2024年法治政府建设年度报告\n（石门县人民政府）\n" + _BODY, "石门县人民政府"),
    ("…after a dash", "2024年法治政府建设年度报告\n——石门县司法局\n" + _BODY, "石门县司法局"),
    ("…in parentheses with the day it signed it", "2024年法治政府建设年度报告\n（石门县司法局 2025年2月10日）\n" + _BODY,
     "石门县司法局"),
    ("…with the month it signed it", "2024年法治政府建设年度报告\n（石门县人民政府 2025年3月）\n" + _BODY, "石门县人民政府"),
    ("…a committee's office, a blank before its office word",
     "2024年法治政府建设年度报告\n中共石门县委全面依法治县委员会 办公室\n" + _BODY, "中共石门县委全面依法治县委员会办公室"),
    ("…a government's, a full-width blank", "2024年法治政府建设年度报告\n石门县人民政府\u3000办公室\n" + _BODY,
     "石门县人民政府办公室"),
    ("two bodies parted by a blank are no one body's byline",
     "2024年法治政府建设年度报告\n石门县人民政府 石门县司法局办公室\n" + _BODY, None),
    ("…the day it released it said so", "2024年法治政府建设年度报告\n石门县人民政府 2025年2月10日发布\n" + _BODY,
     "石门县人民政府"),
    ("…issued, in parentheses", "2024年法治政府建设年度报告\n(石门县司法局 2025年2月10日印发)\n" + _BODY, "石门县司法局"),
    ("a day released on names no body", "2024年法治政府建设年度报告\n2025年2月10日发布\n" + _BODY, None),
    ("a subtitle after a dash names no body", "2024年法治政府建设年度报告\n——以白沙镇为例\n" + _BODY, None),
    ("a date under the title names no body", "关于2024年度法治政府建设工作情况的报告\n2025年2月18日\n" + _BODY, None),
    ("a line under the title naming a body among other words is no byline",
     "关于2024年度法治政府建设工作情况的报告\n石门县自然资源局供稿 2025年2月\n" + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BYLINES, ids=[c[0] for c in BYLINES])
def test_a_body_alone_under_the_title_is_its_byline(case, text, expected):
    assert read(text, "issuer") == expected


def test_a_bylines_day_in_parentheses_dates_the_page():
    text = "2024年法治政府建设年度报告\n（石门县司法局 2025年2月10日）\n" + _BODY
    assert read(text, "published") == "2025-02-10"


@pytest.mark.parametrize(("sign_off", "expected"), [
    ("中共石门县委全面依法治县委员会 办公室\n2025年2月10日\n", "中共石门县委全面依法治县委员会办公室"),
    ("石门县委全面依法治县委员会　办公室\n2025年2月10日\n", "石门县委全面依法治县委员会办公室"),
])
def test_a_sign_off_broken_before_its_office_word_signs_whole(sign_off, expected):
    assert read("2024年法治政府建设年度报告\n" + _BODY.replace("我局", "全县") + sign_off, "issuer") == expected

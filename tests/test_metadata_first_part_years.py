"""A yearly report whose opening names no year (本年度报告根据《…条例》…编制; 现将有关情况报告如下) and whose first part's
heading names none either (一、总体情况; 一、主要工作成效) reports on the year its first part opens its account with
(2023年,我局…); not on a span's first year (2021年以来,…), nor on the year a plan's part opens with.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_DISCLOSURE = ("本年度报告根据《中华人民共和国政府信息公开条例》编制,主要包括总体情况、主动公开政府信息情况、"
               "收到和处理政府信息公开申请情况、存在的主要问题和改进情况等。\n一、总体情况\n")
_ANNUAL = "根据《法治政府建设与责任落实督察工作规定》要求,现将有关情况报告如下。\n一、主要工作成效\n"

CASES = [
    ("a disclosure report's template opening", _DISCLOSURE + "2023年,我局坚持以公开为常态、不公开为例外,不断提升工作水平。\n"
     "(一)主动公开\n2023年,我局主动公开政务信息325条。\n", 2023),
    ("a report to a council, 年度 after the year", _ANNUAL + "2022年度,青禾县司法局扎实推进法治政府建设。全年受理行政复议案件26件。\n",
     2022),
    ("the part's account opening under its first sub-part", _ANNUAL + "(一)依法全面履行政府职能\n"
     "2024年,白沙区市场监管局深化“放管服”改革,办理行政许可1200件。\n", 2024),
    ("a span opening the first part", _ANNUAL + "2021年以来,我局扎实推进法治政府建设,累计受理行政复议案件80件。\n", None),
    ("a plan as the first part", "现将有关工作安排报告如下。\n一、2025年工作计划\n2025年,我局将继续推进法治政府建设。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_first_parts_opening_year_dates_a_report_whose_opening_names_none(case, text, expected):
    assert read(text, "report_year") == expected

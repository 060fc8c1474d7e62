"""An untitled text opening with a span of years before its subject (近年来,青禾县积极整合…), which no kind's cue claims,
tells how a place has done its work over the years: experience material, a case study. An opening on this year's work
so far (今年以来,…), a text in a report's numbered parts (一、工作开展情况) or a lead going on to one year's figures
(2023年,全县…共调解…) makes none, and a kind's cue still decides (a reporter's closing credit, a report's statement).

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ACCOUNT = ("{opening},青禾县积极整合多元化解矛盾纠纷的力量与资源,构建以人民调解为基础的大调解工作格局。\n"
            "聚焦人民调解,着力化解基层矛盾纠纷。全县建立人民调解组织377个,实现县、乡、村全覆盖。\n"
            "聚焦诉源治理,着力完善诉前调解机制。县人民法院在各乡镇建立诉源治理工作站。\n")

CASES = [
    ("an account opening with 近年来", _ACCOUNT.format(opening="近年来"), "case_study"),
    ("…with 多年来", _ACCOUNT.format(opening="多年来"), "case_study"),
    ("…with 近三年来", _ACCOUNT.format(opening="近三年来"), "case_study"),
    ("this year's work so far is none", _ACCOUNT.format(opening="今年以来"), "other"),
    ("a text in a report's numbered parts is none",
     _ACCOUNT.format(opening="近年来").replace("聚焦人民调解,", "一、工作开展情况\n聚焦人民调解,", 1), "other"),
    ("a lead going on to one year's figures is none",
     _ACCOUNT.format(opening="近年来").replace("聚焦人民调解,", "2023年,全县各级调解组织共调解纠纷5808件。聚焦人民调解,", 1),
     "other"),
    ("a reporter's closing credit makes news", _ACCOUNT.format(opening="近年来").replace("工作站。\n", "工作站。(甲乙 丙丁)\n"), "news"),
    ("a report's statement of what it is makes a yearly report",
     _ACCOUNT.format(opening="近年来").replace("大调解工作格局。", "大调解工作格局。现将2023年工作情况报告如下:", 1),
     "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_years_accounts(case, text, expected):
    assert read(text, "kind") == expected

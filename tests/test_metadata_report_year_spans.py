"""A report whose account runs over more than one year reports on no one year.

- Two years' accounts side by side (2021年,全县…共收到… / 2022年,全县…共收到…): none; not a paragraph on what the next
  year will bring (2024年,全县将…), nor one opening a span (2021年以来,…), nor one on a year further off.
- Figures counted over a window of most of a year running into the next (2022年8月1日至2023年7月31日,…): none; not a
  campaign's few months across the new year (2023年12月至2024年1月,…).

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

HEAD = "青禾县政府行政复议工作总结\n一、基本情况\n"
FIRST = "2021年,全县各级行政复议机关共收到行政复议申请41件,审结38件。\n"

CASES = [
    ("two years side by side", HEAD + FIRST + "2022年,全县各级行政复议机关共收到行政复议申请47件,审结45件。\n", None),
    ("the next year's plan", HEAD + FIRST + "二、下一步工作\n2022年,全县将进一步规范行政复议工作。\n", 2021),
    ("a plan paragraph outside a plan part", HEAD + FIRST + "2022年,全县将进一步规范行政复议工作。\n", 2021),
    ("a span opened", HEAD + FIRST + "2020年以来,全县共收到行政复议申请90件。\n", 2021),
    ("a year further off", HEAD + FIRST + "2018年,全县被评为法治建设先进县。\n", 2021),
    ("a twelve-month window",
     ("白沙市行政复议体制改革一周年情况\n2022年,白沙市正式启动行政复议体制改革工作。\n"
      "2022年8月1日至2023年7月31日,全市各级行政复议机关共办理行政复议案件1260件。\n"), None),
    ("a campaign's months",
     ("青禾县司法局工作总结\n2023年,青禾县司法局全面推进法治建设。\n"
      "2023年12月至2024年1月,全局开展矛盾纠纷排查专项行动,排查纠纷56件。\n"), 2023),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_an_account_of_several_years_has_no_report_year(name, text, expected):
    assert field(text, "report_year") == expected

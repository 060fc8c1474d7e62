"""A year opening a sentence that says what a body or an area will do in it (2024年,区法援中心将进一步…; 2023年,该市将
深化…) is the next year's plan closing a summary: it does not vote against the year the summary reports on, in an
untitled text whose opening states that year or whose later paragraph does, under a scene. A year whose work is told
(2023年,全县共调解…), or whose 将 puts an object before its verb (将调解工作纳入考核), is no plan.

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

SCENE = "“耐心调解化心结”“热心服务暖民心”……年末,青禾县法律援助中心又收到两面受援群众送来的锦旗,墙上的锦旗已经挂满。\n"

CASES = [
    ("the next year's plan under the year's figures",
     "2022年,白沙市调解组织共调解矛盾纠纷3870件。\n2023年,该市将深化“枫桥经验”,推动调解工作提质增效。\n", 2022),
    ("a body's plan after its figures",
     "2021年,青禾县法律援助中心共办理法律援助案件415件。\n2022年,县法援中心将推进“援调对接”。\n", 2021),
    ("a plan said with 计划",
     "2023年,青禾县司法局共审查合同57件。\n2024年,县司法局计划完善合法性审查机制。\n", 2023),
    ("the plan in the same paragraph",
     "2021年,青禾县法律援助中心共办理法律援助案件415件。2022年,中心将推进“援调对接”。\n", 2021),
    ("the year's paragraph under a scene, the plan after it",
     SCENE + "2023年,青禾县法律援助中心全年受理法律援助案件402件。\n2024年,县法援中心将进一步提升服务水平。\n", 2023),
    # negatives: two years told side by side, and 将 before its object
    ("two years told under a scene",
     SCENE + "2022年,青禾县法律援助中心受理法律援助案件380件。\n2023年,中心受理法律援助案件402件。\n", None),
    ("将 before its object",
     "2022年,白沙市调解组织共调解矛盾纠纷3870件。\n2023年,该市将调解工作纳入综治考核,调解矛盾纠纷4100件。\n", None),
    ("no plan verb",
     "2022年,白沙市调解组织共调解矛盾纠纷3870件。\n2023年,该市调解组织共调解矛盾纠纷4100件。\n", None),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_planned_closing_year_leaves_the_year_reported(name, text, expected):
    assert field(text, "report_year") == expected

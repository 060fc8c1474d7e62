"""A bureau's text naming no place of its own, only the places it went to, worked with or handed cases to (赴某省某市学习
考察, 与某省某市联合开展执法, 向某省各市区移送线索): none of them is its region. A text naming its own place keeps it, and
a place it names outside such a clause places it.

Every text below is written for these tests; the names and figures are made up; the places are real divisions.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "区市场监管局2023年法治政府建设工作报告\n2023年,我局深入推进依法行政,全年共查处各类违法案件126件,"

PARTNERS = [
    ("a study visit", "组织执法人员赴浙江省杭州市学习考察。"),
    ("a city alone visited", "组织执法人员赴杭州市学习考察。"),
    ("a joint action", "与山东省济南市市场监管局联合开展执法行动3次。"),
    ("cases handed over", "向河北省各市区移送案件线索8条。"),
    ("cases handed over and a joint action", "向河北省各市区移送案件线索8条,与山东省济南市联合开展执法行动3次。"),
]


@pytest.mark.parametrize(("case", "clause"), PARTNERS, ids=[c[0] for c in PARTNERS])
def test_a_partners_place_is_no_region(case, clause):
    assert read(_TITLE + clause + "\n", "region") == (None, None, None)


@pytest.mark.parametrize(("text", "county"), [
    ("南湖区城管局2023年法治政府建设年度报告\n2023年,我局向嘉兴市公安局移送案件3件,与秀洲区联合开展执法行动2次。\n", "南湖区"),
    (_TITLE + "在南湖区开展专项整治行动3次。\n", "南湖区"),
])
def test_a_place_named_as_its_own_stays(text, county):
    assert read(text, "county") == county

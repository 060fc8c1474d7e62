"""An e-paper's page header: the page's code and the day of the issue on a line of their own (A04 2023年1月10日),
which dates the item as a 04版 line does. Every text below is written for these tests; the places, bodies and
figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_NAV = "上一版  下一版\n返回首页 版面导航\n"
_BODY = ("本报讯(记者 林岚)2022年,全省各级法律援助机构共办理法律援助案件5200件,"
         "为群众挽回经济损失3000余万元。\n")
_HEADLINE = "青岚法律援助惠及五千余群众\n"

CASES = [
    ("a page code and the day date the item",
     _NAV + "A04 2023年1月10日\n要闻\n" + _HEADLINE + _BODY, "published", "2023-01-10"),
    ("a page code of one digit and a day with padded figures",
     _NAV + "B2 2024年03月05日\n" + _HEADLINE + _BODY, "published", "2024-03-05"),
    ("the code and the day leave the headline the title",
     _NAV + "A04 2023年1月10日\n要闻\n" + _HEADLINE + _BODY, "title", "青岚法律援助惠及五千余群众"),
    ("a code before a day and what is due by it is a list's row, no page header",
     _NAV + _HEADLINE + "工作安排\nA4 2023年1月10日前报送材料\n" + _BODY, "published", None),
    ("a code of two letters is no page's",
     _NAV + "AB04 2023年1月10日\n" + _HEADLINE + _BODY, "published", None),
]


@pytest.mark.parametrize("why, text, field, expected", CASES, ids=[case[0] for case in CASES])
def test_epaper_page_code(why: str, text: str, field: str, expected: object) -> None:
    assert read(text, field) == expected, why

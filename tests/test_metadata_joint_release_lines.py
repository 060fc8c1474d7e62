"""A statistical communiqué headed by the bodies that release it together on one line and its date alone below
(…统计公报 / 某省统计局　国家统计局某调查总队 / 2024年3月20日): the first body is its author and the date its own. A
date under a line that names no body is no release's date.

Every sentence here is written for the test; bodies and figures are made up (the places are real: the region rules
read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "青海省2023年国民经济和社会发展统计公报\n"
_BODY = ("\n　　2023年，全省经济运行总体平稳。\n　　十三、社会治理和法治\n"
         "　　年末全省共有律师事务所210个。全年办理公证事项8.6万件，各级人民调解组织调解矛盾纠纷3.1万件，"
         "调解成功率98.4%，法律援助机构办理法律援助案件1.2万件。\n　　注：本公报数据为初步统计数。\n")


@pytest.mark.parametrize("bodies", ["青海省统计局　国家统计局青海调查总队", "青海省统计局"])
def test_the_bodies_line_and_the_date_below_it(bodies):
    text = _TITLE + bodies + "\n2024年3月20日\n" + _BODY
    assert (read(text, "issuer"), read(text, "published")) == ("青海省统计局", "2024-03-20")


def test_a_date_under_a_line_naming_no_body_is_none():
    text = _TITLE + "全文如下\n2024年3月20日\n" + _BODY
    assert read(text, "published") is None

"""A yearly report whose opening names a government in full as its subject (2023年,青禾县人民政府坚持…) is the
government's, though a department of its place (or of one holding it) posted it under its 来源 or dated line; a
department's own report, another place's government, or a government said by its level alone keep the 来源's body.

Every text here is written for the test; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field


@pytest.mark.parametrize("title, source, opening, issuer", [
    ("青禾县2023年法治政府建设工作情况报告", "来源：青禾县司法局", "2023年，青禾县人民政府坚持依法行政", "青禾县人民政府"),
    ("关于2023年度法治政府建设情况的报告", "来源：县司法局　作者：县司法局", "2023年，青禾县人民政府在县委的坚强领导下",
     "青禾县人民政府"),
    ("2022年法治政府建设年度报告", "信息来源:盐城市司法局", "2022年,阜宁县人民政府全面推进依法行政", "阜宁县人民政府"),
    ("2023年度法治政府建设工作报告", "来源：青禾县司法局", "2023年，青禾县司法局坚持依法行政", "青禾县司法局"),
    ("2023年度法治政府建设工作报告", "来源：阜宁县司法局", "2023年，射阳县人民政府坚持依法行政", "阜宁县司法局"),
    ("青禾县2023年法治政府建设工作情况报告", "来源：青禾县司法局", "2023年，县委、县政府坚持依法行政", "青禾县司法局"),
])
def test_the_government_an_opening_names_wrote_what_its_department_posted(title, source, opening, issuer):
    text = f"{title}\n发布时间：2024-03-01　{source}\n　　{opening}，推进法治政府建设取得新成效。\n"
    assert metadata_field(text, "issuer") == issuer

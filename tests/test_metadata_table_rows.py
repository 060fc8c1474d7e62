"""A table's heading row at the top of a page (项目 数量 单位, 在编 编外) is no title: a row of short cells parted by
spaces names columns, while a headline parted by a space has longer parts and stays the title.

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

FIGURES = "全年各镇调解委员会共受理纠纷一百二十六件,调解成功一百二十件,法律援助五十八件。\n"

CASES = [
    ("a heading row of three short cells", "项目 数量 单位\n" + FIGURES, None),
    ("a heading row of two cells set in from the margin", "  在编人员 编外人员\n" + FIGURES, None),
    ("a heading row parted by wide spaces", "类别\u3000件数\u3000占比\n" + FIGURES, None),
    ("a headline parted by a space keeps its longer parts",
     "扎根乡村二十年 青禾县调解员守护一方平安\n" + FIGURES, "扎根乡村二十年 青禾县调解员守护一方平安"),
    ("a headline of one run is a title", "白沙镇调解员化解邻里纠纷\n" + FIGURES, "白沙镇调解员化解邻里纠纷"),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_table_heading_row_is_no_title(name, text, expected):
    assert field(text, "title") == expected

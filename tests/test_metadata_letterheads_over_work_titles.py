"""A title naming the work alone (政府信息公开工作年度报告, 法治政府建设工作总结), no body nor place in it, set under its
body's letterhead (某区卫生健康局 / 政府信息公开工作年度报告): the letterhead's line is the title's first part, as it is above a
title opening with 关于 or with its year. A line naming no body above it stays out, and so does a body above a title that
names its own, by its level alone too (县卫生健康局…), or a town's by its place before its year (白沙镇2024年…).

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("2024年,我局坚持依法行政,各项工作取得新成效。现将有关情况报告如下:\n一、主要做法和成效\n"
         "全年审查规范性文件六件,均按期办结。\n")

TITLES = [
    ("a bureau's name over the work's report", "石门县卫生健康局\n政府信息公开工作年度报告\n",
     "石门县卫生健康局政府信息公开工作年度报告"),
    ("a town's government over its summary", "白沙镇人民政府\n法治政府建设工作总结\n", "白沙镇人民政府法治政府建设工作总结"),
    ("a site's column above names no body", "政务公开\n政府信息公开工作年度报告\n", "政府信息公开工作年度报告"),
    ("a body above a title naming its own", "石门县人民政府\n石门县卫生健康局法治政府建设工作总结\n",
     "石门县卫生健康局法治政府建设工作总结"),
    ("…its own by its level alone", "雁川市石门县卫生健康局\n县卫生健康局法治政府建设工作总结\n", "县卫生健康局法治政府建设工作总结"),
    ("a town's committee and government above its title by its place and year",
     "中共白沙镇委员会 白沙镇人民政府\n白沙镇2024年法治政府建设工作情况报告\n", "白沙镇2024年法治政府建设工作情况报告"),
    ("…a street office's", "青山街道办事处\n青山街道2024年度法治政府建设工作报告\n", "青山街道2024年度法治政府建设工作报告"),
]


@pytest.mark.parametrize(("case", "head", "title"), TITLES, ids=[c[0] for c in TITLES])
def test_a_letterhead_above_a_work_title_is_its_first_part(case, head, title):
    assert read(head + _BODY, "title") == title

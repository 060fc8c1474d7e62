"""Titles set under their body's name: the letterhead's line above a title opening with the report's year
(某县人民政府 / 2024年度…报告), or a state body's party group under 中共 above one (中共某局党组 / 关于…的报告,
中共某局党组 / 2024年度…报告), is the title's first part; a line naming no body above it is not.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "2024年,局党组坚持依法理财,各项工作取得新成效。\n一、主要做法和成效\n全年审查规范性文件六件,均按期办结。\n"

TITLES = [
    ("a government's name over a title opening with its year",
     "石门县人民政府\n2024年度法治政府建设情况报告\n", "石门县人民政府2024年度法治政府建设情况报告", "石门县人民政府"),
    ("a bureau's party group over a title opening with its year names the bureau",
     "中共石门县财政局党组\n2024年度法治政府建设情况报告\n", "中共石门县财政局党组2024年度法治政府建设情况报告", "石门县财政局"),
    ("a bureau's party group over a title opening with 关于",
     "中共石门县财政局党组\n关于2024年度法治政府建设情况的报告\n", "中共石门县财政局党组关于2024年度法治政府建设情况的报告",
     "石门县财政局"),
    ("a letterhead's whole name is the issuer, an office of a government too",
     "石门市人民政府法制办公室\n2024年度全市行政复议工作情况\n", "石门市人民政府法制办公室2024年度全市行政复议工作情况",
     "石门市人民政府法制办公室"),
    ("a site's column above the title names no body", "政务公开\n2024年度法治政府建设情况报告\n",
     "2024年度法治政府建设情况报告", None),
    ("a party group's study group is no letterhead", "中共石门县财政局党组理论学习中心组\n2024年度法治政府建设情况报告\n",
     "2024年度法治政府建设情况报告", None),
]


@pytest.mark.parametrize(("case", "head", "title", "issuer"), TITLES, ids=[c[0] for c in TITLES])
def test_a_letterhead_above_a_title_is_its_first_part(case, head, title, issuer):
    assert read(head + _BODY, "title") == title
    assert read(head + _BODY, "issuer") == issuer

"""A body's whole name in brackets closing a title that names no body before its work (2024年度法治政府建设工作报告(某县
应急管理局)), as a portal lists its departments' reports, authors the report. Brackets holding no body (摘要, 征求意见稿)
name none, nor does a body by its level alone there (县应急管理局) without a place to complete it; a title opening with its
body keeps that body.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "坚持依法行政,各项工作取得新成效。现将有关情况报告如下:\n一、主要举措和成效\n全年审查规范性文件六件。\n"

CASES = [
    ("a bureau in full-width brackets", "2024年度法治政府建设工作报告（石门县应急管理局）\n", "石门县应急管理局"),
    ("…in half-width brackets", "2024年度法治政府建设工作报告(石门县市场监督管理局)\n", "石门县市场监督管理局"),
    ("a town's government", "2024年法治政府建设工作总结（白沙镇人民政府）\n", "白沙镇人民政府"),
    ("brackets holding no body", "2024年度法治政府建设工作报告（摘要）\n", None),
    ("a body by its level alone", "2024年度法治政府建设工作报告（县应急管理局）\n", None),
    ("a title opening with its body", "石门县司法局2024年度法治政府建设工作报告（石门县人民政府）\n", "石门县司法局"),
]


@pytest.mark.parametrize(("case", "title", "issuer"), CASES, ids=[c[0] for c in CASES])
def test_a_body_closing_a_title(case, title, issuer):
    assert read(title + _BODY, "issuer") == issuer

"""An untitled report saying it is put out to the public under its name (特向社会公布2024年某乡人民政府政府信息公开工作情况
报告): the name gives its author and year, as 现发布《…报告》 does; one putting out anything else names no report.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "一、总体情况\n(一)主动公开情况\n全年主动公开政府信息一百二十条。\n"

CASES = [
    ("a report put out to the public by its name",
     "依据《中华人民共和国政府信息公开条例》第五十条规定,特向社会公布2024年连生乡人民政府政府信息公开工作情况报告。\n" + _PARTS,
     "issuer", "连生乡人民政府"),
    ("…its year", "依据《条例》规定,特向社会公布2024年连生乡人民政府政府信息公开工作情况报告。\n" + _PARTS, "report_year", 2024),
    ("…put out now", "依据《条例》规定,现向社会公布连生乡人民政府2024年度政府信息公开工作年度报告。\n" + _PARTS, "issuer",
     "连生乡人民政府"),
    ("something else put out names no report", "为方便群众监督,特向社会公布连生乡人民政府监督举报电话。\n" + _PARTS, "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_report_put_out_to_the_public(case, text, field, expected):
    assert read(text, field) == expected

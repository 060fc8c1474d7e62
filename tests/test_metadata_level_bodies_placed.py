"""A body calling itself by its level alone (省司法厅, 省公安厅, 市司法局) in a text naming no place in its own words is
placed by what only its own level's body writes: a province's department by its province's documents it cites
(按照《某省2018年度法治政府建设工作安排》要求) or its province's paper, a city's body by the paper it reports in (在某某日报
开设法治专栏); the issuer is then completed. Two provinces cited, a national paper, a city's body citing its
province's rules, or a county's body citing them or writing in its city's paper say nothing so.

Every text below is written for these tests; the figures are made up (the provinces and cities are real, for the
division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_WORK = "一、主要举措和成效\n(一)完善制度体系,全年审核规范性文件36件,办理行政复议案件52件。\n"


def _report(body: str, said: str) -> str:
    return f"2023年,{body}坚持依法行政,{said},扎实推进法治政府建设。现将{body}2023年度法治政府建设工作情况报告如下。\n" + _WORK


CASES = [
    ("a province's department citing its province's plan",
     _report("省司法厅", "按照《河南省2023年度法治政府建设工作安排》要求"), "河南省司法厅", ("河南省", None, None)),
    ("…its province's rules drafted", _report("省公安厅", "推动出台《山东省行政规范性文件制定和监督管理办法》"), "山东省公安厅",
     ("山东省", None, None)),
    ("…its province's paper", _report("省公安厅", "在河南日报开设法治专栏"), "河南省公安厅", ("河南省", None, None)),
    ("…two provinces cited: no place", _report("省司法厅", "学习《河南省法治政府建设规划》《山东省法治政府建设规划》"), None,
     (None, None, None)),
    ("a city's body writing in its paper", _report("市司法局", "在鄂尔多斯日报开设法治专栏"), "鄂尔多斯市司法局",
     ("内蒙古自治区", "鄂尔多斯市", None)),
    ("…in a national paper: no place", _report("市司法局", "在法治日报开设法治专栏"), None, (None, None, None)),
    ("…citing its province's rules: no place", _report("市司法局", "严格落实《内蒙古自治区重大行政决策程序规定》"), None,
     (None, None, None)),
    ("a county's body citing its province's rules: not the province",
     _report("县司法局", "严格落实《河南省重大行政决策程序规定》"), None, (None, None, None)),
    ("…writing in its city's paper: not the city", _report("县司法局", "在鄂尔多斯日报开设法治专栏"), None, (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "issuer", "region"), CASES, ids=[c[0] for c in CASES])
def test_a_body_by_its_level_placed(case, text, issuer, region):
    assert (read(text, "issuer"), read(text, "region")) == (issuer, region)

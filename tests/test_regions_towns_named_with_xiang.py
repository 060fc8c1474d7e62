"""A town whose name ends in 乡 before its 镇 (中山市三乡镇, 五乡镇) is a town: its 来源 line or letterhead names its
body and places the report, while the word 乡镇 (the townships in general) names no body.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.metadata import _is_org

_TOWN_REPORT = ("{title}2024年法治政府建设工作情况报告\n来源:{source}\n"
                "2024年,我镇坚持依法行政,全年化解矛盾纠纷86件。现将工作情况报告如下:\n"
                "一、主要工作\n(一)加强组织领导。镇党委、政府定期研究法治建设工作。\n")


@pytest.mark.parametrize(("title", "source", "expected"), [
    ("三乡镇", "中山市三乡镇人民政府", ("广东省", "中山市", None)),
    ("五乡镇", "宁波市鄞州区五乡镇人民政府", ("浙江省", "宁波市", "鄞州区")),
    ("五乡镇", "鄞州区五乡镇", ("浙江省", "宁波市", "鄞州区")),
])
def test_a_town_named_with_xiang_places_its_report_by_its_source_line(title, source, expected):
    assert read(_TOWN_REPORT.format(title=title, source=source), "region") == expected


@pytest.mark.parametrize("line", ["中山市三乡镇人民政府", "五乡镇人民政府", "鄞州区五乡镇人民政府", "中山市三乡镇党委"])
def test_a_town_named_with_xiang_is_a_body(line):
    assert _is_org(line)


@pytest.mark.parametrize("line", ["乡镇人民政府", "各乡镇人民政府", "全县乡镇人民政府", "某县各乡镇人民政府",
                                  "12个乡镇人民政府", "两个乡镇人民政府", "县乡镇人民政府", "部分乡镇人民政府",
                                  "有关乡镇人民政府", "乡镇党委", "各乡镇党委"])
def test_the_townships_in_general_are_no_body(line):
    assert not _is_org(line)


def test_a_source_line_naming_the_townships_in_general_places_no_report():
    assert read(_TOWN_REPORT.format(title="某镇", source="各乡镇人民政府"), "region") == (None, None, None)

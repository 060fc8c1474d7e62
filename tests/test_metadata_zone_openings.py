"""Issuers of untitled yearly reports opened by a zone by its own name (2024年,东湖前湾新区坚持…): the zone reports on
itself; a zone by a level word or its kind alone, or one the opening speaks of, names no author."""

import pytest
from conftest import metadata_field as read

PAGE = ("{opening},全面贯彻党的二十大精神,法治政府建设取得新成效。现将有关工作情况报告如下:\n"
        "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足\n基层法治力量薄弱。\n")
OPENINGS = [
    ("a new area", "2024年,东湖前湾新区坚持以习近平新时代中国特色社会主义思想为指导", "东湖前湾新区"),
    ("a high-tech zone", "2023年,青禾高新区深入学习贯彻习近平法治思想", "青禾高新区"),
    ("a zone by its kind alone", "2023年,高新区坚持以习近平新时代中国特色社会主义思想为指导", None),
    ("a county's park", "2023年,县工业园区坚持以习近平新时代中国特色社会主义思想为指导", None),
    ("a zone spoken of", "2023年,东湖前湾新区建设稳步推进,我们坚持依法行政", None),
    # the short name a zone gives itself in brackets, its predicate after them
    ("a new area and its short name", "2024年,在市委、市政府的坚强领导下,东湖前湾新区(以下简称“新区”)始终坚持依法行政",
     "东湖前湾新区"),
    ("a development zone and its short name", "2023年,青禾经济技术开发区(简称“青禾经开区”)深入推进依法行政", "青禾经济技术开发区"),
    ("a short name without quotes", "2023年,青禾高新区(以下简称高新区)坚持依法行政", "青禾高新区"),
    ("a short name said 下称", "2023年,青禾经济开发区(下称“开发区”)扎实推进依法行政", "青禾经济开发区"),
    ("a bracket of another kind", "2023年,东湖前湾新区(含三个街道)坚持依法行政", None),
    ("a zone and its short name spoken of", "2023年,东湖前湾新区(以下简称“新区”)建设稳步推进,我们坚持依法行政", None),
]


@pytest.mark.parametrize(("case", "opening", "expected"), OPENINGS, ids=[c[0] for c in OPENINGS])
def test_a_zone_opening_its_report_issues_it(case, opening, expected):
    assert read(PAGE.format(opening=opening), "issuer") == expected

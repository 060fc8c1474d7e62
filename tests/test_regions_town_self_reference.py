"""A town's or a street's report calls itself by its own name's stem (平安桃源、法治桃源 in 桃源街道's report): the stem
names the town, not a county elsewhere whose short name it is (湖南 常德 桃源县), and the region stays unknown rather
than guessed. A town under a county of its name calls its superiors by the county's level (在县委县政府的领导下), and the
stem is that county's then; a report that is no town's keeps the familiar phrase as its county's.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.regions import _township_stems

_REPORT = ("{title}2024年法治政府建设工作情况报告\n"
           "2024年,{subject}坚持依法行政,着力打造平安桃源、法治桃源,全年化解矛盾纠纷86件。现将工作情况报告如下:\n"
           "一、主要工作\n(一)加强组织领导。定期研究法治建设工作,推进法治桃源建设。\n")


@pytest.mark.parametrize(("title", "subject"), [("桃源街道", "街道"), ("桃源镇", "我镇"), ("桃源乡", "我乡")])
def test_a_towns_familiar_name_is_no_county_of_that_short_name(title, subject):
    assert read(_REPORT.format(title=title, subject=subject), "region") == (None, None, None)


@pytest.mark.parametrize(("title", "subject"), [("区司法局", "我局"), ("桃源乡村振兴服务中心", "中心")])
def test_a_report_of_no_town_keeps_its_familiar_name(title, subject):
    assert read(_REPORT.format(title=title, subject=subject), "region") == ("湖南省", "常德市", "桃源县")


@pytest.mark.parametrize(("superiors", "expected"), [
    ("在县委县政府的正确领导下,", ("湖南省", "常德市", "桃源县")),
    ("在县委的正确领导下,", ("湖南省", "常德市", "桃源县")),
    ("在区委区政府的正确领导下,", (None, None, None)),
    ("在市委市政府的正确领导下,", (None, None, None)),
])
def test_a_town_under_a_county_of_its_name_is_that_countys(superiors, expected):
    text = _REPORT.format(title="桃源镇", subject=superiors + "我镇")
    assert read(text, "region") == expected


@pytest.mark.parametrize(("hint", "stems"), [
    ("桃源街道2024年法治政府建设工作情况报告", {"桃源"}),
    ("常德市桃源县漳江镇人民政府", set()),
    ("桃源乡村振兴服务中心", set()),
    ("区司法局", set()),
])
def test_the_stems_a_hint_writes_as_a_townships(hint, stems):
    assert _township_stems(hint) == stems

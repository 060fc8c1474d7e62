"""A report whose opening names its place only by its short name in the purpose its work serves (为大连振兴发展…提供
保障, 助力烟台高质量发展), its body written by its level alone (市司法局), is that place's; the purpose after the name is
no second place (振兴 is no 振兴区 there). The short name without the purpose's opener or without what it serves names
no place. So does a short name before what a text says of its own place's circumstances or measures (结合铜梁实际,
铜梁具体举措), unless two districts bear it or it is an everyday word.

Every sentence below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "现将有关工作情况报告如下。\n一、主要工作\n全年审查规范性文件十二件。\n"
_DISTRICT_LEAD = "2024年,在区委、区政府正确领导下,区司法局深入学习贯彻法治思想,"
_LEAD = "2024年,在市委、市政府正确领导下,市司法局深入学习贯彻法治思想,"

CASES = [
    ("the place the work serves", _LEAD + "为大连振兴发展提供了有力法治保障。" + _PARTS, ("辽宁省", "大连市", None)),
    ("…with another opener", _LEAD + "助力烟台高质量发展。" + _PARTS, ("山东省", "烟台市", None)),
    ("nothing served after the name", _LEAD + "为大连提供了有力法治保障。" + _PARTS, (None, None, None)),
    ("no opener before the name", _LEAD + "推动大连振兴发展取得新突破。" + _PARTS, (None, None, None)),
    ("the place's own circumstances after its name", _DISTRICT_LEAD + "紧密结合铜梁实际推进依法行政。" + _PARTS,
     ("重庆市", "重庆市", "铜梁区")),
    ("…its own measures", _DISTRICT_LEAD + "围绕市委实施方案和綦江具体举措推进依法行政。" + _PARTS,
     ("重庆市", "重庆市", "綦江区")),
    ("…a name two districts bear", _DISTRICT_LEAD + "紧密结合龙华实际推进依法行政。" + _PARTS, (None, None, None)),
    ("…an everyday word", _DISTRICT_LEAD + "着力彰显江南特色推进依法行政。" + _PARTS, (None, None, None)),
    ("…nothing of its own after the name", _DISTRICT_LEAD + "推动铜梁各项工作提质增效。" + _PARTS, (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_purpose_places(case, text, expected):
    assert read(text, "region") == expected

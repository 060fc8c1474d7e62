"""Region families of real pages that name their place once: a department's or a street's report calling its
superiors by their level alone (在区委、区政府领导下, 区司法局) and its district in full only once.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_DEPARTMENT = ("2023年以来,在区委、区政府坚强领导下,在{guide}的指导下,区农业农村局扎实推进法治机关建设。\n"
               "一、主要举措\n我局牵头起草的《余杭区农村宅基地管理{doc}》列入年度重大行政决策事项。全年办理行政许可120件。\n")

CASES = [
    ("a department naming its superiors by the level alone is the district it names once",
     _DEPARTMENT.format(guide="区司法局", doc="办法"), ("浙江省", "杭州市", "余杭区")),
    ("one body by the level alone (区农业农村局) with nothing else confirms nothing",
     _DEPARTMENT.format(guide="上级部门", doc="办法").replace("区委、区政府", "党委政府"), (None, None, None)),
    ("bodies of another level (县政府, 县司法局) say nothing of a district",
     _DEPARTMENT.format(guide="县司法局", doc="办法").replace("区", "县", 2).replace("区农业", "县农业"),
     (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_regions_of_places_named_once(case, text, expected):
    assert read(text, "region") == expected

"""A headline opening with its subject in a tag (【镇坪县】开展…督察, 【镇坪县司法局】开展…), which title_furniture trims as it
trims a category's tag: the place the tag names in full, or its body's, is the item's, as a place opening the headline
is; a category's tag (【图文】, 【县区动态】) names none, and a tag naming a place many divisions share (【朝阳区】) places
nothing. Every sentence below is written for these tests; bodies and figures are made up (the places that must resolve
are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BELOW = "\n发布时间：2024-05-10\n5月8日，县法治政府建设督察组深入各部门开展督察，共检查单位二十个。\n"
_CITY_SOURCE = "\n来源：安康市司法局  发布时间：2024-05-10\n5月8日，县法治政府建设督察组深入各部门开展督察。\n"

CASES = [
    ("a county's tag", "【镇坪县】开展法治政府建设督察" + _BELOW, ("陕西省", "安康市", "镇坪县")),
    ("…under its city's 来源", "【镇坪县】开展法治政府建设督察" + _CITY_SOURCE, ("陕西省", "安康市", "镇坪县")),
    ("a body's tag", "【镇坪县司法局】开展法治政府建设督察" + _BELOW, ("陕西省", "安康市", "镇坪县")),
    # A category's tag, or a name several divisions share, places nothing.
    ("a category's tag", "【图文】开展法治政府建设督察" + _BELOW, (None, None, None)),
    ("a shared name", "【朝阳区】开展法治政府建设督察" + _BELOW, (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_region(case, text, expected):
    assert read(text, "region") == expected, case

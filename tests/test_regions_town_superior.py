"""A town's text (我镇, 全街道, 本乡) whose opening names no place, its county or city named only in an honour that place
gave it (获评为某市…示范乡镇, 被评为“某区平安街道”) or in the title of that place's plan it carries out (贯彻落实《某区…工作
要点》): that place is the town's own. A province's title (贯彻《某省…方案》), an honour of a village, or a text speaking as
no town, places nothing so.

Every text below is written for these tests; the figures are made up; the places are real divisions.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TOWN = "白龙桥镇2023年法治政府建设工作报告\n2023年,我镇扎实推进法治政府建设,全年共调解纠纷88件。\n一、工作举措\n"

PLACED = [
    ("the city's honour", _TOWN + "我镇获评金华市民主法治示范乡镇。\n", ("浙江省", "金华市", None)),
    ("the city's honour in quotes, a title after it", _TOWN + "我镇获评“金华市民主法治示范乡镇”称号。\n",
     ("浙江省", "金华市", None)),
    ("the district's honour", _TOWN + "我镇被评为婺城区平安乡镇。\n", ("浙江省", "金华市", "婺城区")),
    ("the district's plan carried out", _TOWN + "认真贯彻落实《婺城区2023年法治政府建设工作要点》。\n",
     ("浙江省", "金华市", "婺城区")),
    ("a street's text",
     "2023年,本街道扎实推进法治政府建设。\n一、工作举措\n认真落实《鹿城区法治政府建设实施方案》。\n",
     ("浙江省", "温州市", "鹿城区")),
]


@pytest.mark.parametrize(("case", "text", "region"), PLACED, ids=[c[0] for c in PLACED])
def test_a_towns_superior_places_it(case, text, region):
    assert read(text, "region") == region


@pytest.mark.parametrize("text", [
    _TOWN + "认真贯彻落实《浙江省法治政府建设实施方案》。\n",
    _TOWN + "我镇东岸村获评金华市民主法治示范村。\n",
    "2023年,县司法局扎实推进法治政府建设。\n一、工作举措\n白龙桥镇获评金华市民主法治示范乡镇。\n",
])
def test_no_superior_so_named(text):
    assert read(text, "region") == (None, None, None)

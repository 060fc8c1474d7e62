"""A local paper's item introducing a county as its city's own (我市石门县…): the item is about the county, which places
it, below the city the paper serves; not a county that is only the venue of the city's meeting, nor the city's counties
in general.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "法治护航发展 示范创建结硕果\n常德日报\n2025-01-20\n本报讯 "

CASES = [
    ("a county the lead introduces as the city's own",
     _HEAD + "近日,第二批省级法治政府建设示范地区名单公布,我市石门县榜上有名。2024年,石门县司法局办理行政复议案件56件。\n",
     ("湖南省", "常德市", "石门县")),
    ("…named so in the headline", "我市石门县获评省级法治政府建设示范县\n常德日报\n2025-01-20\n本报讯 近日,名单公布,石门县入选。\n",
     ("湖南省", "常德市", "石门县")),
    ("a county that is only the venue of the city's meeting",
     _HEAD + "1月18日,全市法治政府建设推进会在我市石门县召开。会议要求,各区县持续推进法治政府建设。\n",
     ("湖南省", "常德市", None)),
    ("the city's counties in general", _HEAD + "近日,我市各区县持续推进法治政府建设,石门县、澧县分别入选省级示范名单。\n",
     ("湖南省", "常德市", None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_county_a_local_paper_calls_its_own(case, text, expected):
    assert read(text, "region") == expected

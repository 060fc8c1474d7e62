"""A health body's campaign named after its place (以健康临川建设为主线) places the report, as 法治临川 does; one named after
the country (健康中国建设) places nothing.

Every sentence below is written for these tests; the figures are made up (the places that must resolve are real: the
region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = "区2023年卫生健康工作总结\n2023年,我们全面落实上级部署,{campaign},全年完成体检八千余人次。\n一、主要做法及成效\n"

CASES = [
    ("a district's health campaign", _REPORT.format(campaign="以健康临川建设为主线"), ("江西省", "抚州市", "临川区")),
    ("the country's names no place", _REPORT.format(campaign="以健康中国建设为主线"), (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_health_campaign_places_the_report(case, text, expected):
    assert read(text, "region") == expected

"""A title line opening with a column's or a campaign's 【category】 longer than a short label (【法治政府建设年度报告】,
【学习贯彻党的二十届三中全会精神】: title_furniture) is the title without it, as one opening with 【政策解读】 is.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "发布时间:2025-02-20\n2024年,全市坚持依法行政,办理行政复议案件118件。\n"

TITLES = [
    ("a column's name", "【法治政府建设年度报告】某市2024年度法治政府建设情况报告\n" + _BODY, "某市2024年度法治政府建设情况报告"),
    ("a campaign's", "【深入学习贯彻习近平法治思想】某市司法局召开年度工作会议\n" + _BODY, "某市司法局召开年度工作会议"),
    ("a short label", "【图文解读】某市2024年度法治政府建设情况报告\n" + _BODY, "某市2024年度法治政府建设情况报告"),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_long_category_leaves_the_title(case, text, expected):
    assert read(text, "title") == expected

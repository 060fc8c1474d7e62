"""A lead telling from whom the writer learned its news (2月28日,从省司法厅获悉,…; 近日,记者从市司法局了解到,…) is a
reporter's: where no other kind is told, the item is news. A body's own sentence opening with 从 (从全市情况看,…;
从源头上…) learns nothing.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "去年青禾全省行政复议案件增长七成\n"
_REST = "行政复议与诉讼案件比达2.1:1,九成以上行政争议在复议环节得到化解。\n"

CASES = [
    ("from whom, after the day", _HEADLINE + "2月28日,从青禾省司法厅获悉,2024年全省共受理行政复议案件1.2万余件," + _REST, "news"),
    ("a reporter learned it lately", _HEADLINE + "近日,记者从青禾市司法局了解到,2024年全市共受理行政复议案件1200余件," + _REST,
     "news"),
    ("a body's sentence opening with 从", _HEADLINE + "从全省情况看,2024年全省共受理行政复议案件1.2万余件," + _REST, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_lead_learned_from_a_body_is_news(case, text, expected):
    assert read(text, "kind") == expected

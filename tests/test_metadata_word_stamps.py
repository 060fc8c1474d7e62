"""A page's stamp in words with its time, an outlet after it, under the headline (2023年05月12日 08:30  某某法制报) is
the item's own date line; a day and a time later in a line (a schedule's 活动安排 …) dates nothing.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = "\n\n5月11日下午,青禾市司法局召开新闻发布会,介绍公共法律服务体系建设情况。目前,全市建成公共法律服务站点1200个。\n"

CASES = [
    ("a stamp in words with its time and the outlet",
     "青禾公共法律服务站点实现全覆盖\n\n2023年05月12日 08:30  青禾法制报" + _LEAD, "2023-05-12"),
    ("…its seconds given too", "青禾公共法律服务站点实现全覆盖\n2023年5月12日 08:30:15 青禾法制报" + _LEAD, "2023-05-12"),
    ("a day and a time inside a line are a schedule's", "青禾公共法律服务站点实现全覆盖\n活动安排 2023年5月12日 09:30 青禾广场"
     + _LEAD, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_stamp_in_words_dates_the_item(case, text, expected):
    assert read(text, "published") == expected

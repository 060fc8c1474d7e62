"""A site's or a paper's 讯 opening a lead set off by a colon (青禾新闻讯:11月2日上午,…) or run into the day (青禾晚报讯
7日上午,…) is a news dateline; 讯 inside a word going on (讯息) is none.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = "上午,青禾市司法局召开新闻发布会,介绍全市法律援助工作情况。今年以来,全市办理法律援助案件1200件。\n"

CASES = [
    ("a site's 讯 set off by a colon", "青禾新闻讯:11月2日" + _LEAD, "news"),
    ("a paper's 讯 run into the day", "青禾晚报讯7日" + _LEAD, "news"),
    ("讯 in a word going on is no dateline", "青禾新闻讯息平台:全市法律援助服务机构120家,均可在线查询。\n", "other"),
    ("…as before a colon", "青禾新闻讯:全市法律援助服务机构120家,均可在线查询。\n", "news"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_colon_or_a_day_after_a_dateline(case, text, expected):
    assert read(text, "kind") == expected

"""An official's words in a news lead stating a level at a year's end (会上,相关负责人表示,截至2023年底,全市…) date the
item to that year; a level at a month's end in it (截至2023年6月底) or a plan opening their words (表示,2025年将…) dates
nothing.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾市建成村级公共法律服务工作室1200个\n"
_MEETING = "6月15日,青禾市司法局召开媒体通气会。会上,相关负责人"
_REST = "全市共建成村级公共法律服务工作室1200个,配备法律顾问的村(社区)达到全覆盖。\n"

CASES = [
    ("a level at a year's end an official stated", _HEADLINE + _MEETING + "表示,截至2023年底," + _REST, 2023),
    ("…at the year's last day, introduced", _HEADLINE + _MEETING + "介绍,截至2023年12月31日," + _REST, 2023),
    ("a level at a month's end", _HEADLINE + _MEETING + "表示,截至2023年6月底," + _REST, None),
    ("a plan opening the official's words", _HEADLINE + _MEETING + "表示,2025年将新建公共法律服务工作室200个。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_official_s_year_end_level_dates_the_item(case, text, expected):
    assert read(text, "kind") == "news"
    assert read(text, "report_year") == expected

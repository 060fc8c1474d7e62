"""The page's date beside its view counter on a head line (浏览次数:123  2024-03-15): the page's own date."""

import pytest
from conftest import metadata_field as read

_TITLE = "青禾县司法局2023年法治政府建设工作报告\n"
_LEAD = "\n  2023年,我局深入推进法治政府建设,全年办理行政复议案件37件。\n"

# A portal's head line may set the page's view counter before its day or after it (浏览次数:123  2024-03-15, 2024年03月
# 15日 点击数:56), a bar between them or not: the day is the page's. A counter alone dates nothing, nor does a sentence of
# the body telling a site's visits.
VIEW_COUNTERS = [
    ("the counter before a dashed day", _TITLE + "浏览次数:123  2024-03-15" + _LEAD, "2024-03-15"),
    ("a full-width colon, a thousands comma and a bar before a slashed day",
     _TITLE + "阅读次数：1,234 | 2024/03/15" + _LEAD, "2024-03-15"),
    ("the counter after a day in words", _TITLE + "2024年03月15日 点击数:56" + _LEAD, "2024-03-15"),
    ("the counter with its 次 after a day and its time", _TITLE + "2024-02-28 09:12  浏览量：88次" + _LEAD, "2024-02-28"),
    ("a bare label and its 次 before the day", _TITLE + "浏览：45次 2024-01-30" + _LEAD, "2024-01-30"),
    ("a counter alone", _TITLE + "浏览次数:123" + _LEAD, None),
    ("a sentence of the body on a site's visits",
     _TITLE + "  2024年3月15日,门户网站访问量：12万次,较上年增长。" + _LEAD, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), VIEW_COUNTERS, ids=[c[0] for c in VIEW_COUNTERS])
def test_a_view_counter_beside_a_day_dates_the_page(case, text, expected):
    assert read(text, "published") == expected

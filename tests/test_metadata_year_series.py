"""A news lead giving a series of years' figures, each clause opening with its year (2021年全市收到…;2022年增至…;2023年
增至…), reports on no one year; one year's figures with an event's month beside them (…。2022年12月,某市出台…) or a
comparison (比2022年增长…) still report on that year.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾市行政复议案件逐年增长\n"
_LEAD = "青禾讯 近年来,青禾市不断深化行政复议体制改革。据统计,"

CASES = [
    ("one year's figures", _HEADLINE + _LEAD + "2023年全市收到行政复议申请860件,比2022年增长40%。\n", 2023),
    ("…with an event's month beside them",
     _HEADLINE + _LEAD + "2023年全市收到行政复议申请860件。2022年12月,青禾市出台行政复议体制改革方案。\n", 2023),
    ("a series of years' figures",
     _HEADLINE + _LEAD + "2021年全市收到行政复议申请310件;2022年增至620件;2023年增至860件。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_series_of_years_dates_no_item(case, text, expected):
    assert read(text, "kind") == "news"
    assert read(text, "report_year") == expected

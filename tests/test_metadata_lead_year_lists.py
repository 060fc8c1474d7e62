"""A news lead telling what the reporter learned opens with the year its figures are of (记者从…获悉,2023年,…); one opening
with a list of years (获悉,2021年、2022年、2023年,…分别…) gives figures of each, and no one year of the item.

Every text here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field

_ITEM = ("青禾：行政复议主渠道作用持续凸显\n2024-03-21 10:05　来源：青禾日报　作者：记者 孙雨\n\n"
         "　　本报讯 记者从市司法局获悉，{}，全市各级行政复议机关分别收到行政复议申请1 126件、1 492件、2 083件。\n")


@pytest.mark.parametrize("years, expected", [
    ("2023年", 2023),
    ("2021年、2022年、2023年", None),
    ("2022年和2023年", None),
])
def test_a_list_of_years_after_what_was_learned_dates_no_item(years, expected):
    assert metadata_field(_ITEM.format(years), "report_year") == expected

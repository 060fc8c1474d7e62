"""A series' origin that names no time (由98件上升到132件) in a sentence opening with the year it compares with
(与2022年相比, 与上年同期相比, 同比,): the origin is that year's level, or the year before's; said alone, it is a level
of some time before (year unknown), as before.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("与上年相比,全区新收行政复议案件由164件上升到187件。",
     [("reconsideration_received", 164, 2023, False), ("reconsideration_received", 187, 2024, False)]),
    ("与2021年相比,全市办理法律援助案件由2310件增加到2875件。",
     [("legal_aid_cases", 2310, 2021, False), ("legal_aid_cases", 2875, 2024, False)]),
    ("与去年同期相比,全县行政诉讼败诉率由9.1%下降到5.3%。",
     [("litigation_loss_rate", 5.3, 2024, False), ("litigation_loss_rate", 9.1, 2023, False)]),
])
def test_an_origin_after_a_compared_year_is_that_years_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全区新收行政复议案件由164件上升到187件。",
     [("reconsideration_received", 164, None, False), ("reconsideration_received", 187, 2024, False)]),
    # the comparison said after the series dates nothing before it
    ("全县行政诉讼败诉率由9.1%下降到5.3%,与上年相比降幅明显。",
     [("litigation_loss_rate", 5.3, 2024, False), ("litigation_loss_rate", 9.1, None, False)]),
])
def test_an_origin_with_no_compared_year_before_it_names_no_year(text, expected):
    assert facts(text) == expected

"""A total counted from an event of a year up to now (2019年机构改革至今,共收到…31件) is no figure of that year, as for
2019年以来; and the parts of such a total that are each only a year (其中2019年4件,2020年5件) are the total's label's
values for those years. A total one year dates has no parts of other years read so.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2019年机构改革至今,某局共收到行政复议申请31件。", [("reconsideration_received", 31, None, False)]),
    ("2020年成立调委会至今,共调解纠纷860件。", [("mediation_cases", 860, None, False)]),
    ("2019年以来,某局共收到行政复议申请31件。", [("reconsideration_received", 31, None, False)]),
])
def test_a_total_since_an_event_of_a_year_is_no_years(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "2019年机构改革后,某局收到行政复议申请31件。",
    "2019年旧案至今未出现反弹,某局收到行政复议申请31件。",  # 至今 of how things are now, no span of time
])
def test_a_year_said_with_an_event_but_no_span_still_dates(text):
    assert facts(text) == [("reconsideration_received", 31, 2019, False)]


@pytest.mark.parametrize("text, expected", [
    ("2019年机构改革至今,某局共收到行政复议申请31件,其中2019年4件,2020年5件,2021年15件。",
     [("reconsideration_received", 4, 2019, False), ("reconsideration_received", 5, 2020, False),
      ("reconsideration_received", 15, 2021, False), ("reconsideration_received", 31, None, False)]),
    ("2019年以来,全县共受理行政复议案件90件,其中2023年20件、2024年30件。",
     [("reconsideration_received", 20, 2023, False), ("reconsideration_received", 30, 2024, False),
      ("reconsideration_received", 90, None, False)]),
])
def test_the_yearly_parts_of_a_total_over_years_are_each_years(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a total the report's year dates: its parts said as years are not read as other years' values
    ("全县共受理行政复议案件50件,其中2023年20件、2024年30件。", [("reconsideration_received", 50, 2024, False)]),
    ("2024年全县受理行政复议案件50件,其中2023年20件。", [("reconsideration_received", 50, 2024, False)]),
])
def test_the_parts_of_a_dated_total_are_not_years_values(text, expected):
    assert facts(text) == expected

"""A year up to now closing a list of the years before it (其中2020年5件,2021年15件,2022年至今7件): the count of that
year so far, a value of the list's label; not after a year it does not follow, nor in a text on a later year, where up
to now spans several.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

LIST = "2019年机构改革以来,本局共收到行政复议申请31件,其中2019年4件,2020年5件,2021年15件,{last}7件。"
YEARS = [("reconsideration_received", 4, 2019, False), ("reconsideration_received", 5, 2020, False),
         ("reconsideration_received", 15, 2021, False)]


@pytest.mark.parametrize("last", ["2022年至今", "2022年以来"])
def test_the_year_so_far_closing_a_list_is_that_years(last):
    assert facts(LIST.format(last=last), 2022) == sorted(
        [("reconsideration_received", 31, None, False), *YEARS, ("reconsideration_received", 7, 2022, False)])


def test_a_year_so_far_of_an_undated_text_closes_its_list():
    assert ("reconsideration_received", 7, 2022, False) in facts(LIST.format(last="2022年至今"), None)


@pytest.mark.parametrize("text, report_year", [
    (LIST.format(last="2022年至今"), 2024),  # up to a later year: a span of years
    ("2019年机构改革以来,本局共收到行政复议申请31件,其中2019年4件,2020年5件,2022年至今7件。", 2022),  # not the year after the last
    ("本局共收到行政复议申请31件,2022年至今7件。", 2022),  # no list of years before it
])
def test_a_year_so_far_that_closes_no_list_is_no_years(text, report_year):
    assert [f for f in facts(text, report_year) if f[1] == 7] == []

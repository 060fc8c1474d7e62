"""Spans from one day to another of one year (2024年3月1日至12月31日, 3月1日至11月30日): a part of the year, like the
month spans; from the year's first day to its last (1月1日至12月31日), the whole year.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "2024年4月1日至12月31日,全县共新收行政复议案件57件。",
    "6月15日至11月30日,全县共新收行政复议案件57件。",
    "全县2024年5月10日至12月20日共新收行政复议案件57件。",
])
def test_a_span_of_days_short_of_the_year_gives_no_years_figure(text):
    # in a yearly report, which says its year as a whole (a text saying it only with the span is on the span)
    assert facts("青禾县2024年法治政府建设年度报告\n" + text) == []


def test_the_years_first_day_to_a_day_before_its_end_is_the_year_so_far():
    # from 1月1日 on: the year's figure so far, as one up to that day (截至10月31日) is
    assert facts("青禾县2024年法治政府建设年度报告\n2024年1月1日至10月31日,全县共新收行政复议案件57件。") == [
        ("reconsideration_received", 57, 2024, False)]


@pytest.mark.parametrize("text", [
    "2024年1月1日至12月31日,全县共新收行政复议案件57件。",
    "1月1日至12月31日,全县共新收行政复议案件57件。",
])
def test_the_years_first_day_to_its_last_is_the_year(text):
    assert facts(text) == [("reconsideration_received", 57, 2024, False)]

"""A rate restated rounded and said about (约) beside the precise one of the same measure and year (纠错率12.2% …
纠错率约为12%) is the same fact: it is read once, as the precise figure. A rate said about that no precise one restates,
or one it does not round to, or one of another year, stays.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text", [
    # the analysis restates in its own section the figure its overview gave
    "全年审结行政复议案件180件,直接纠错22件,纠错率12.2%。\n(三)纠错情况:审结的180件中直接纠错22件,纠错率约为12%。",
    # before the precise one, or said with 约 as the figure's qualifier, or 大约
    "全年行政复议纠错率约12%。从审结案件看,全年行政复议纠错率12.2%。",
    "全年行政复议纠错率12.2%,大约为12%。",
])
def test_a_rate_restated_rounded_is_read_once_as_the_precise_figure(text):
    metrics, rates = read(text, 2024)
    assert [(key, value) for key, value, *_ in metrics if key.endswith("rate")] == [
        ("reconsideration_correction_rate", 12.2)]
    assert [value for _, value in rates] == [12.2]


@pytest.mark.parametrize("text, expected", [
    # alone: the figure there is
    ("全年审结行政复议案件180件,纠错率约为12%。",
     [("reconsideration_closed", 180, 2024, False), ("reconsideration_correction_rate", 12, 2024, False)]),
    # not rounded from the precise one: another figure
    ("全年行政复议纠错率12.8%。全年行政复议纠错率约为12%。",
     [("reconsideration_correction_rate", 12, 2024, False), ("reconsideration_correction_rate", 12.8, 2024, False)]),
    # of another year
    ("全年行政复议纠错率12.2%。2023年行政复议纠错率约为12%。",
     [("reconsideration_correction_rate", 12, 2023, False), ("reconsideration_correction_rate", 12.2, 2024, False)]),
])
def test_a_rate_said_about_that_no_precise_one_restates_stays(text, expected):
    assert facts(text) == expected

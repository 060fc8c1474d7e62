"""A rate restated rounded and said about (约) beside the precise one of the same measure and year (纠错率12.2% …
纠错率约为12%) is the same fact: its headline figure is read once, as the precise one. Among the generic rates it stays,
as every rate said with a number does (a label and value of its own). A rate said about that no precise one restates,
or one it does not round to, or one of another year, stays a headline figure.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, rated", [
    # the analysis restates in its own section the figure its overview gave
    ("全年审结行政复议案件180件,直接纠错22件,纠错率12.2%。\n(三)纠错情况:审结的180件中直接纠错22件,纠错率约为12%。",
     [("纠错率", 12.2), ("纠错率", 12)]),
    # before the precise one, or said with 约 as the figure's qualifier
    ("全年行政复议纠错率约12%。从审结案件看,全年行政复议纠错率12.2%。",
     [("行政复议纠错率", 12), ("行政复议纠错率", 12.2)]),
    # …or said 大约 before its verb, as 约为
    ("全年行政复议纠错率12.2%。全年行政复议纠错率大约为12%。", [("行政复议纠错率", 12.2), ("行政复议纠错率", 12)]),
    # …or with no label of its own, the precise one's carried over it: the same rate restated, once
    ("全年行政复议纠错率12.2%,约为12%。", [("行政复议纠错率", 12.2)]),
    ("全年行政复议纠错率12.2%,大约为12%。", [("行政复议纠错率", 12.2)]),
    # a shorter label restating it: a rate of its own as written
    ("全年行政复议纠错率24.2%。分析显示,纠错率约为24%。", [("行政复议纠错率", 24.2), ("纠错率", 24)]),
])
def test_a_rate_restated_rounded_is_read_once_as_the_precise_figure(text, rated):
    metrics, rates = read(text, 2024)
    value = max(v for _, v in rated)
    assert [(key, v) for key, v, *_ in metrics if key.endswith("rate")] == [("reconsideration_correction_rate", value)]
    assert rates == rated


def test_a_rate_said_again_with_its_own_value_is_one_rate():
    # the same label and value said twice: one rate (no rounding involved)
    assert read("全年行政复议纠错率12.2%。分析显示,全年行政复议纠错率12.2%。", 2024)[1] == [("行政复议纠错率", 12.2)]


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


@pytest.mark.parametrize("text, expected", [
    # 大约 before the verb, alone: the figure there is, as with 约为
    ("全年行政复议纠错率大约是12%。", [("reconsideration_correction_rate", 12, 2024, False)]),
    ("全年新收行政复议案件大约为130件。", [("reconsideration_received", 130, 2024, False)]),
])
def test_a_figure_said_about_before_its_verb_is_read(text, expected):
    assert facts(text) == expected

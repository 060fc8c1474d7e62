"""Corrections said in groups of outcomes (撤销和确认违法…件、变更和责令履行…件): one count of corrections, their sum,
which the rate of the sentence is checked against; a group that is a whole before its own part stays the value.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport import extract


def corrected(text: str):
    return [(v, evidence) for k, v, _, _, evidence in read(text)[0] if k == "reconsideration_corrected"]


@pytest.mark.parametrize("text, expected", [
    # two groups, each of corrections only: their sum
    ("全年办结行政复议案件120件,其中维持90件,撤销和确认违法9件、变更和责令履行3件。",
     [(12, "撤销和确认违法9件、变更和责令履行3件")]),
    # a group and a single outcome
    ("全年办结行政复议案件120件,其中驳回20件,撤销、确认违法7件,责令履行2件。",
     [(9, "撤销、确认违法7件,责令履行2件")]),
])
def test_groups_of_corrections_add_up(text, expected):
    assert corrected(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one group with 等: the corrections' count as said
    ("全年办结行政复议案件120件,其中维持90件,撤销、确认违法等11件。", [(11, "撤销、确认违法等11件")]),
    # a whole of every outcome and a part of it: the whole, the part not added to it
    ("全年办结行政复议案件120件,撤销、变更、确认违法和责令履行40件,其中撤销25件。",
     [(40, "撤销、变更、确认违法和责令履行40件")]),
    # a stated total of corrections beside its parts: the total
    ("全年办结行政复议案件120件,纠错15件,其中撤销和确认违法9件、变更6件。", [(15, "纠错15件")]),
])
def test_a_group_that_is_the_whole_stays(text, expected):
    assert corrected(text) == expected


def test_the_rate_is_checked_against_the_sum():
    record = extract("某区2024年法治政府建设情况报告\n一、主要成效\n"
                     "全年办结行政复议案件120件,其中维持90件,撤销和确认违法9件、变更和责令履行3件,纠错率8%。\n")
    [check] = record.checks
    assert (check.key, check.stated, check.computed, check.agrees) == ("reconsideration_correction_rate", 8, 10, False)
    assert [f.kind for f in record.findings] == ["rate_mismatch"]

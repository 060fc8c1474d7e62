"""Every reconsideration case received said closed right after its count (受理行政复议案件176件,已全部审结; 收到…,均已
按期办结): the closed count is the received one (catalog all_of with all_of_count).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text, expected", [
    ("全区共受理行政复议案件176件,已全部审结。", [("reconsideration_closed", 176), ("reconsideration_received", 176)]),
    ("全市收到行政复议申请58件,均已按期办结。", [("reconsideration_closed", 58), ("reconsideration_received", 58)]),
    ("本机关新收行政复议案件12件,全部结案。", [("reconsideration_closed", 12), ("reconsideration_received", 12)]),
])
def test_all_received_said_closed_counts_the_closed(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part closed, or none yet
    ("全区共受理行政复议案件176件,部分审结。", [("reconsideration_received", 176)]),
    ("全区共受理行政复议案件176件,尚未审结。", [("reconsideration_received", 176)]),
    # the closed said in figures
    ("全区共受理行政复议案件176件,审结170件,均已按期办结。",
     [("reconsideration_closed", 170), ("reconsideration_received", 176)]),
    # another service's cases
    ("全区受理法律援助案件300件,均已办结。", [("legal_aid_cases", 300)]),
    # a rate, not the cases
    ("全区共受理行政复议案件176件,全部办结率100%。", [("reconsideration_received", 176)]),
])
def test_no_closed_count_without_all_of_the_received(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # closed past the deadline: an inspection's finding, a part of the closed
    ("督察发现,该县行政复议案件超期办结5件。", []),
    ("检查发现,部分单位行政复议案件逾期审结2件。", []),
    ("全市收到行政复议申请230件,审结214件,其中逾期审结3件。",
     [("reconsideration_closed", 214), ("reconsideration_received", 230)]),
    # closed in time said as the whole (按期) keeps its count
    ("全市收到行政复议申请230件,按期审结214件。", [("reconsideration_closed", 214), ("reconsideration_received", 230)]),
])
def test_the_closed_past_the_deadline_are_no_closed_count(text, expected):
    assert keys_values(text) == expected
